package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

class NlpAnnotatorTest {
  private static NlpAnnotator annotator;

  @BeforeAll
  static void loadModels() {
    annotator = SharedAnnotator.get();
  }

  private static Article article(String text, List<Span> junk) {
    return new Article(ArticleId.of(text), "test.txt", null, null, null, null, null, "en", null, null, text, junk);
  }

  @Test
  void tokenOffsetsIndexTheArticleText() {
    String text = "Foreign Minister Anna Berg said on Monday that Valdoria wants a ceasefire.\nTalks resume\u00a0soon.";
    AnnotatedArticle result = annotator.annotate(article(text, List.of()));
    assertThat(result.sentences()).hasSize(2);
    for (Sentence sentence : result.sentences()) {
      for (Token token : sentence.tokens()) {
        assertThat(text.substring(token.start(), token.end())).isEqualTo(token.word());
      }
    }
  }

  @Test
  void parsesOnlySentencesThatCanCarryAnAttribution() {
    String text = "The weather was cold in the capital.\nThe president said the talks would continue.";
    AnnotatedArticle result = annotator.annotate(article(text, List.of()));
    assertThat(result.sentences().get(0).parsed()).isFalse();
    Sentence reported = result.sentences().get(1);
    assertThat(reported.parsed()).isTrue();
    // "said" governs the clause about the talks: a ccomp arc from the cue.
    int said = indexOf(reported, "said");
    assertThat(reported.dependencies()).anyMatch(d -> d.head() == said && d.relation().equals("ccomp"));
    assertThat(reported.dependencies()).anyMatch(d -> d.head() == said && d.relation().equals("nsubj"));
  }

  @Test
  void namedMentionsAreTypedAndSurnamesJoinTheFullName() {
    String text =
        "Vladimir Putin spoke with Emmanuel Macron by phone.\nPutin told reporters in Moscow that the Kremlin was ready.";
    AnnotatedArticle result = annotator.annotate(article(text, List.of()));
    List<Mention> putin = result.mentions().stream().filter(m -> m.text().contains("Putin")).toList();
    assertThat(putin).hasSize(2).allMatch(m -> m.entityId().equals("e:vladimir-putin"));
    assertThat(result.mentions()).anyMatch(m -> m.text().equals("Moscow") && m.type() == EntityType.PLACE);
    for (Mention m : result.mentions()) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }

  @Test
  void pronounsAndNationalityAdjectivesAreNotEntities() {
    String text = "Anna Berg said she would meet Ukrainian and Russian officials. He agreed, his aide said.";
    AnnotatedArticle result = annotator.annotate(article(text, List.of()));
    assertThat(result.mentions()).extracting(Mention::text).contains("Anna Berg").doesNotContain("she", "He", "his", "Ukrainian", "Russian");
  }

  @Test
  void junkSpansYieldNoMentions() {
    String body = "Angela Merkel met Olaf Scholz in Berlin.\n";
    String junk = "Related Post: Boris Johnson visits Paris";
    String text = body + junk;
    AnnotatedArticle result =
        annotator.annotate(article(text, List.of(new Span(body.length(), text.length(), "test"))));
    assertThat(result.mentions()).isNotEmpty().allMatch(m -> m.end() <= body.length());
  }

  private static int indexOf(Sentence sentence, String word) {
    for (int i = 0; i < sentence.tokens().size(); i++) {
      if (sentence.tokens().get(i).word().equals(word)) {
        return i;
      }
    }
    throw new AssertionError(word + " not in sentence");
  }
}
