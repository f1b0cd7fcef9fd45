package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Mention;
import org.parley.model.Statement;
import org.parley.statement.StatementExtractor;

/**
 * What fewer NER models cost: mentions (span and type) and statements of each NER model set
 * against CoreNLP's default three (3-class, MUC 7-class, CoNLL 4-class), on the seeds and corpus slices. Prints the figures for
 * docs/performance.md; asserts only that the comparison ran.
 */
class NerModelsComparisonIT {
  private static final String M = "edu/stanford/nlp/models/ner/";

  @Test
  void fewerNerModelsComparedWithTheDefaultThree() throws Exception {
    // A measurement, not a guard (slow: annotates everything three times): run it with
    // mvn -pl parley-core verify -Dit.test=NerModelsComparisonIT -Dparley.measure=true
    assumeTrue(Boolean.getBoolean("parley.measure"), "a measurement: -Dparley.measure=true runs it");
List<Article> articles = CorpusSlice.seedsAndFirst(20, 100, "ukraine/gdelt-2022-2024", "general/bbc-2004-2005/politics");
    Map<String, String> sets = new LinkedHashMap<>();
    sets.put("3class+conll4 (default)", M + "english.all.3class.distsim.crf.ser.gz," + M + "english.conll.4class.distsim.crf.ser.gz");
    sets.put("conll4", M + "english.conll.4class.distsim.crf.ser.gz");
    sets.put("3class", M + "english.all.3class.distsim.crf.ser.gz");
    ParseFilter filter = ParseFilter.fromResource();
    // CoreNLP's own default: 3-class, MUC 7-class and CoNLL 4-class
    Properties three = new Properties();
    three.setProperty(
        "ner.model",
        M + "english.all.3class.distsim.crf.ser.gz," + M + "english.muc.7class.distsim.crf.ser.gz," + M
            + "english.conll.4class.distsim.crf.ser.gz");
    NlpAnnotator base = new NlpAnnotator(NlpConfig.DEFAULT, filter, three);
    StatementExtractor extractor = new StatementExtractor();
    List<AnnotatedArticle> baseline = new ArrayList<>();
    for (Article a : articles) {
      baseline.add(base.annotate(a));
    }
    for (Map.Entry<String, String> set : sets.entrySet()) {
      Properties p = new Properties();
      p.setProperty("ner.model", set.getValue());
      NlpAnnotator other = new NlpAnnotator(NlpConfig.DEFAULT, filter, p);
      long same = 0;
      long lost = 0;
      long gained = 0;
      long statementsSame = 0;
      long statementsBase = 0;
      long statementsOther = 0;
      for (int i = 0; i < articles.size(); i++) {
        AnnotatedArticle b = baseline.get(i);
        AnnotatedArticle o = other.annotate(articles.get(i));
        Set<String> mb = keys(b.mentions());
        Set<String> mo = keys(o.mentions());
        for (String k : mb) {
          if (mo.contains(k)) {
            same++;
          } else {
            lost++;
          }
        }
        for (String k : mo) {
          if (!mb.contains(k)) {
            gained++;
          }
        }
        List<Statement> sb = extractor.extract(b);
        List<Statement> so = extractor.extract(o);
        statementsBase += sb.size();
        statementsOther += so.size();
        Set<Statement> inBase = new HashSet<>(sb);
        for (Statement s : so) {
          if (inBase.contains(s)) {
            statementsSame++;
          }
        }
      }
      System.out.printf(
          "ner %s vs all three models (%d articles): mentions (span+type) same %d, lost %d, gained %d; statements %d vs %d, identical %d%n",
          set.getKey(), articles.size(), same, lost, gained, statementsOther, statementsBase, statementsSame);
      assertThat(same).isPositive();
    }
  }

  private static Set<String> keys(List<Mention> mentions) {
    Set<String> out = new HashSet<>();
    for (Mention m : mentions) {
      out.add(m.start() + ":" + m.end() + ":" + m.type());
    }
    return out;
  }
}
