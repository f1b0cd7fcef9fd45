package org.parley.nlp;

import java.util.Properties;

/**
 * The CoreNLP settings Parley runs with, chosen for speed on what we use (measured in
 * docs/performance.md): coarse NER (3-class and CoNLL 4-class CRFs) without SUTime, fine-grained
 * rules or numeric classifiers (~12x faster than the default ner); dependency parsing runs
 * separately, only on sentences that can carry an attribution.
 */
public record NlpConfig(boolean ner, boolean parse, int maxSentenceTokens) {
  public static final NlpConfig DEFAULT = new NlpConfig(true, true, 120);

  private static final String NER_MODELS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
          + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  Properties taggingProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", ner ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit,pos,lemma");
    // Each line of a news text is a paragraph or a headline: never join across lines.
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
    props.setProperty("pos.maxlen", Integer.toString(maxSentenceTokens * 2));
    // Two CRF models instead of three: MUC-7 adds only DATE/TIME/MONEY/PERCENT over these, which we
    // drop; measured the same mentions (1,687 of 1,687) and 531 of 532 statements, NER 34% faster.
    props.setProperty("ner.model", NER_MODELS);
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("threads", "1");
    return overridden(props);
  }

  Properties parseProperties() {
    // No depparse.maxlen: CoreNLP 4.5's depparse reads no such property (only the constituency
    // parser's parse.maxlen exists), so it never capped anything; nndep is linear in length.
    return overridden(new Properties());
  }

  /**
   * For measuring alternatives without a rebuild: every system property {@code
   * parley.corenlp.KEY=VALUE} sets CoreNLP's {@code KEY} (e.g. {@code
   * -Dparley.corenlp.ner.model=...} in {@code PARLEY_JAVA_OPTS}). Unset, the defaults above hold.
   */
  private static Properties overridden(Properties props) {
    String prefix = "parley.corenlp.";
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith(prefix) && name.length() > prefix.length()) {
        props.setProperty(name.substring(prefix.length()), System.getProperty(name));
      }
    }
    return props;
  }
}
