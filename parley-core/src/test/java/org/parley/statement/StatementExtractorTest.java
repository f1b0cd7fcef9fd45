package org.parley.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Statement;
import org.parley.model.StatementKind;
import org.parley.nlp.SharedAnnotator;

/** Constructions on sentences written for the test (fictional names and places). */
class StatementExtractorTest {
  private static final StatementExtractor EXTRACTOR = new StatementExtractor();

  @BeforeAll
  static void loadModels() {
    SharedAnnotator.get();
  }

  static List<Statement> extract(String text) {
    return extract(text, null);
  }

  static List<Statement> extract(String text, LocalDate published) {
    return EXTRACTOR.extract(annotate(text, published));
  }

  static AnnotatedArticle annotate(String text, LocalDate published) {
    Article article = new Article(ArticleId.of(text), "test.txt", null, null, null, published, null, "en", null,
        null, text, List.of());
    // Other test classes call this before (or without) this class's @BeforeAll.
    return SharedAnnotator.get().annotate(article);
  }

  @Test
  void directQuoteWithTagAfter() {
    List<Statement> s = extract("\u201cWe will never give up our land,\u201d Foreign Minister Anna Berg said.");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).kind()).isEqualTo(StatementKind.DIRECT);
    assertThat(s.get(0).content()).isEqualTo("We will never give up our land,");
    assertThat(s.get(0).speaker()).isEqualTo("Anna Berg");
    assertThat(s.get(0).speakerMention()).isEqualTo("Foreign Minister Anna Berg");
    assertThat(s.get(0).cue()).isEqualTo("said");
  }

  @Test
  void indirectSpeechDropsThatAndFinalPunctuation() {
    List<Statement> s = extract("Prime Minister Tomas Varga said on Monday that the border would stay closed.");
    assertThat(s).hasSize(1);
    Statement st = s.get(0);
    assertThat(st.kind()).isEqualTo(StatementKind.INDIRECT);
    assertThat(st.content()).isEqualTo("the border would stay closed");
    assertThat(st.speaker()).isEqualTo("Tomas Varga");
    assertThat(st.dateText()).isEqualTo("on Monday");
  }
}
