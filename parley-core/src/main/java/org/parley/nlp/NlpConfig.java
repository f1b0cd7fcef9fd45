package org.parley.nlp;

import java.util.Properties;

/**
 * The CoreNLP settings Parley runs with, chosen for speed on what we use (measured in
 * docs/performance.md): coarse NER without SUTime, fine-grained rules or numeric classifiers
 * (~12x faster than the default ner); dependency parsing runs separately, only on sentences that
 * can carry an attribution.
 */
public record NlpConfig(boolean ner, boolean parse, int maxSentenceTokens) {
  public static final NlpConfig DEFAULT = new NlpConfig(true, true, 120);

  Properties taggingProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", ner ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit,pos,lemma");
    // Each line of a news text is a paragraph or a headline: never join across lines.
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
    props.setProperty("pos.maxlen", Integer.toString(maxSentenceTokens * 2));
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("threads", "1");
    return props;
  }

  Properties parseProperties() {
    Properties props = new Properties();
    props.setProperty("depparse.maxlen", Integer.toString(maxSentenceTokens));
    return props;
  }
}
