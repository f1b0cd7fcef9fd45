package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Token;

class ParseFilterTest {
  private final ParseFilter filter = new ParseFilter(Set.of("say", "claim", "accord", "state"));

  private static Token t(String word, String pos, String lemma) {
    return new Token(0, word.length(), word, pos, lemma, "O");
  }

  @Test
  void aCueVerbGetsItsSentenceParsed() {
    assertThat(filter.worthParsing(List.of(t("He", "PRP", "he"), t("said", "VBD", "say")))).isTrue();
    assertThat(filter.worthParsing(List.of(t("They", "PRP", "they"), t("claim", "VBP", "claim")))).isTrue();
  }

  @Test
  void aCueNounGetsItsSentenceParsedForTheCueModel() {
    assertThat(filter.worthParsing(List.of(t("The", "DT", "the"), t("claim", "NN", "claim"), t("failed", "VBD", "fail"))))
        .isTrue();
  }

  @Test
  void aCueLemmaAsProperNounCountsExceptUnderTheCommonNounRule() {
    List<Token> office = List.of(t("Secretary", "NNP", "Secretary"), t("of", "IN", "of"), t("State", "NNP", "state"), t("arrived", "VBD", "arrive"));
    assertThat(filter.worthParsing(office)).isTrue();
    assertThat(filter.with(ParseFilter.Rule.VERB_OR_COMMON_NOUN).worthParsing(office)).isFalse();
  }

  @Test
  void theVerbRuleLeavesNounCuesOut() {
    List<Token> noun = List.of(t("The", "DT", "the"), t("claim", "NN", "claim"), t("failed", "VBD", "fail"));
    assertThat(filter.with(ParseFilter.Rule.VERB).worthParsing(noun)).isFalse();
    assertThat(filter.with(ParseFilter.Rule.VERB).worthParsing(List.of(t("He", "PRP", "he"), t("said", "VBD", "say")))).isTrue();
  }

  @Test
  void aQuoteAloneOrACueLemmaAsAdjectiveDoesNot() {
    assertThat(filter.worthParsing(List.of(t("A", "DT", "a"), t("noted", "JJ", "noted"), t("author", "NN", "author"))))
        .isFalse();
    assertThat(filter.worthParsing(List.of(t("\u201c", "``", "\u201c"), t("Peace", "NN", "peace"), t("\u201d", "''", "\u201d"))))
        .isFalse();
  }

  @Test
  void accordingToIsACueWhateverItsTag() {
    assertThat(filter.worthParsing(List.of(t("according", "IN", "according"), t("to", "TO", "to")))).isTrue();
  }

  @Test
  void theWiderRuleStillTakesQuotesAndNouns() {
    ParseFilter wider = filter.wider();
    assertThat(wider.worthParsing(List.of(t("\u201c", "``", "\u201c"), t("Peace", "NN", "peace")))).isTrue();
    assertThat(wider.worthParsing(List.of(t("The", "DT", "the"), t("claim", "NN", "claim")))).isTrue();
  }
}
