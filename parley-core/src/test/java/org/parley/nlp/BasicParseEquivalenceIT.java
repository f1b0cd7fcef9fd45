package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Sentence;

/**
 * Building only the basic dependency graph gives exactly what CoreNLP's depparse annotator gives
 * (which also builds four graphs nobody reads): same sentences, tokens, arcs in the same order,
 * mentions, on the seeds and slices of the real corpora.
 */
class BasicParseEquivalenceIT {
  @Test
  void basicGraphOnlyEqualsTheAnnotatorsBasicGraph() throws Exception {
    assumeTrue(Boolean.getBoolean("parley.failsafe"), "runs under failsafe (mvn verify) only");
List<Article> articles = CorpusSlice.seedsAndFirst(20, 100, "ukraine/gdelt-2022-2024", "general/bbc-2004-2005/politics");
    ParseFilter filter = ParseFilter.fromResource();
    NlpAnnotator basicOnly = new NlpAnnotator(NlpConfig.DEFAULT, filter);
    NlpAnnotator allGraphs = new NlpAnnotator(NlpConfig.DEFAULT, filter, new Properties(), true);
    long parsed = 0;
    for (Article article : articles) {
      AnnotatedArticle a = basicOnly.annotate(article);
      AnnotatedArticle b = allGraphs.annotate(article);
      assertThat(a.sentences()).as(article.source()).isEqualTo(b.sentences());
      assertThat(a.mentions()).as(article.source()).isEqualTo(b.mentions());
      parsed += a.sentences().stream().filter(Sentence::parsed).count();
    }
    System.out.printf("basic graph only: %d articles, %d parsed sentences, all identical%n", articles.size(), parsed);
    assertThat(parsed).isGreaterThan(100);
  }
}
