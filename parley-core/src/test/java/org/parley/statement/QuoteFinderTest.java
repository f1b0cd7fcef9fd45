package org.parley.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Span;

class QuoteFinderTest {
  private static List<Quote> find(String text, List<Span> junk) {
    return new QuoteFinder().find(new Article("x", "t", null, null, null, null, null, "en", null, null, text, junk));
  }

  private static String content(String text, Quote q) {
    return text.substring(q.start(), q.end());
  }

  @Test
  void curlyAndStraightMarksPair() {
    String text = "He said \u201cno deal\u201d and then \"maybe later\" to us.";
    List<Quote> q = find(text, List.of());
    assertThat(q).extracting(x -> content(text, x)).containsExactly("no deal", "maybe later");
  }

  @Test
  void unclosedQuoteRunsToTheParagraphEnd() {
    String text = "\u201cThe first part goes on.\n\u201cAnd it ends here,\u201d she said.";
    List<Quote> q = find(text, List.of());
    assertThat(q).hasSize(2);
    assertThat(content(text, q.get(0))).isEqualTo("The first part goes on.");
    assertThat(q.get(0).closed()).isFalse();
  }

  @Test
  void loneClosingMarkQuotesFromTheParagraphStart() {
    String text = "We will rebuild every house,\u201d the mayor said.";
    List<Quote> q = find(text, List.of());
    assertThat(q).hasSize(1);
    assertThat(content(text, q.get(0))).isEqualTo("We will rebuild every house,");
    assertThat(q.get(0).opened()).isFalse();
  }

  @Test
  void singleQuotesOnlyInHeadlines() {
    String text = "Minister: 'We will not retreat'\nThe country's army said it's 'fine' now.";
    List<Quote> q = find(text, List.of());
    assertThat(q).extracting(x -> content(text, x)).containsExactly("We will not retreat");
  }

  @Test
  void junkLinesAreSkipped() {
    String text = "\u201cClick here\u201d\nReal \u201cwords\u201d.";
    List<Quote> q = find(text, List.of(new Span(0, 12, "junk")));
    assertThat(q).extracting(x -> content(text, x)).containsExactly("words");
  }

  @Test
  void doubledApostrophesAreDoubleMarks() {
    String text = "''Somebody has to pay the bills,'' Mr. Varn said. ''It isn't my job.''";
    List<Quote> q = find(text, List.of());
    assertThat(q).extracting(x -> content(text, x)).containsExactly("Somebody has to pay the bills,", "It isn't my job.");
  }
}
