package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.clean.Cleaner;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.model.Token;
import org.parley.nlp.SharedAnnotator;
import org.parley.statement.StatementExtractor;

/**
 * Property: any string through clean -> annotate -> extract raises nothing, and every span it
 * yields lies inside the text. Seeded generator: failures reproduce.
 */
class AnyTextPropertyTest {
  private static final String[] PIECES = {
    "said", " ", "\n", "\n\n", "\"", "\u201c", "\u201d", "'", "\u2019", ",", ".", ":", "according to",
    "Putin", "the Kremlin", "he", "told", "that", "Related Post", "Leave a Reply", "\u00a0", "\u200b",
    "\t", "\r\n", "\ud83d\ude00", "\u0000", "\u00ad", "Kyiv", "Zelensky", "demanded", "(", ")", "\u2014",
    "ceasefire", "\u00ab", "\u00bb", "only if", "denied", "on Thursday", "\ud800", "x".repeat(300)
  };

  private final Cleaner cleaner = new Cleaner();
  private final StatementExtractor extractor = new StatementExtractor();

  @Test
  void anyTextYieldsSpansInsideTheText() {
    Random random = new Random(20261122L);
    for (int i = 0; i < 120; i++) {
      String text = randomText(random);
      Article article =
          cleaner.clean(new Article(ArticleId.of(text), "gen#" + i, null, null, null, null, null, null, null, null, text, List.of()));
      for (Span s : article.junk()) {
        assertInside(text, s.start(), s.end(), "junk", i);
      }
      AnnotatedArticle annotated = SharedAnnotator.get().annotate(article);
      for (Sentence sentence : annotated.sentences()) {
        for (Token t : sentence.tokens()) {
          assertInside(text, t.start(), t.end(), "token", i);
        }
      }
      for (Mention m : annotated.mentions()) {
        assertInside(text, m.start(), m.end(), "mention", i);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
      for (Statement s : extractor.extract(annotated)) {
        assertInside(text, s.start(), s.end(), "statement", i);
        if (s.speakerStart() >= 0) {
          assertInside(text, s.speakerStart(), s.speakerEnd(), "speaker", i);
        }
        if (s.cueStart() >= 0) {
          assertInside(text, s.cueStart(), s.cueEnd(), "cue", i);
        }
      }
    }
  }

  private static String randomText(Random random) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(60);
    for (int j = 0; j < n; j++) {
      if (random.nextInt(5) == 0) {
        b.append((char) random.nextInt(0x3000));
      } else {
        b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
      }
    }
    return b.toString();
  }

  private static void assertInside(String text, int start, int end, String what, int caseNo) {
    assertThat(start).as("%s start, case %d", what, caseNo).isBetween(0, text.length());
    assertThat(end).as("%s end, case %d", what, caseNo).isBetween(start, text.length());
  }
}
