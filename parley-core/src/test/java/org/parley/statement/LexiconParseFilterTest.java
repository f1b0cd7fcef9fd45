package org.parley.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Token;
import org.parley.nlp.ParseFilter;

/** Only parsed sentences yield statements: the parse filter must know every cue the extractor uses. */
class LexiconParseFilterTest {
  @Test
  void everyCueLemmaGetsItsSentenceParsed() {
    ParseFilter filter = ParseFilter.fromResource();
    for (String lemma : Lexicon.load().cueLemmas()) {
      Token cue = new Token(0, lemma.length(), lemma, "VBD", lemma, "O");
      assertThat(filter.worthParsing(List.of(cue))).as(lemma).isTrue();
    }
  }

  @Test
  void sentencesWithoutCueOrQuoteAreNotParsed() {
    ParseFilter filter = ParseFilter.fromResource();
    Token a = new Token(0, 5, "Tanks", "NNS", "tank", "O");
    Token b = new Token(6, 12, "rolled", "VBD", "roll", "O");
    assertThat(filter.worthParsing(List.of(a, b))).isFalse();
  }
}
