package org.parley.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredLiteralTest {
  private static Set<String> of(String regex) {
    return RequiredLiteral.of(Pattern.compile(regex, Taxonomy.FLAGS));
  }

  @Test
  void leadingLettersAreRequired() {
    assertThat(of("\\bdestroy\\w*\\W+military")).containsExactly("destroy");
    assertThat(of("\\bRecogni[szt]\\w*")).containsExactly("recogni");
    assertThat(of(Taxonomy.termRegex("neutral status"))).containsExactly("neutral");
    assertThat(of(Taxonomy.termRegex("Demilitari*"))).containsExactly("demilitari");
  }

  @Test
  void aQuantifiedLastLetterIsNotRequired() {
    assertThat(of("\\btalks?\\b")).containsExactly("talk");
    assertThat(of("\\bwarx*\\b")).containsExactly("war");
    assertThat(of("\\bwax*\\b")).isNull(); // "wa" is too short to be worth it
  }

  @Test
  void noLiteralWhenMatchesMayNotContainOne() {
    assertThat(of("\\bpeace|\\bwa")).isNull();
    assertThat(of("\\b(cap|li)\\w*")).isNull();
    assertThat(of("\\b(peace|truce)?\\W*talks")).isNull();
    assertThat(of("\\b(?=peace)\\w+")).isNull();
    assertThat(of("\\Qtalks\\E?")).containsExactly("talk");
    assertThat(of("\\bde-?nazi")).isNull();
    assertThat(of("[a-z]+ talks")).isNull();
    assertThat(of("\\bse(a)|\\bland")).isNull();
    assertThat(RequiredLiteral.of(Pattern.compile("\\bpeace", Pattern.LITERAL))).isNull();
  }

  @Test
  void eachAlternativeGivesItsOwn() {
    assertThat(of("\\bpeace|\\bwar")).containsExactlyInAnyOrder("peace", "war");
    assertThat(of("\\b(drop\\w*|abandon\\w*|give\\W+up)\\W+nato")).containsExactlyInAnyOrder("drop", "abandon", "give");
    assertThat(of("\\b(?:(truce|ceasefire)|armistice)")).containsExactlyInAnyOrder("truce", "ceasefire", "armistice");
  }

  @Test
  void alternativesInsideClassesAreNotAlternatives() {
    assertThat(of("\\bnato[|]x")).containsExactly("nato");
    assertThat(of("\\bnato\\Q|\\E")).containsExactly("nato");
  }

  /** Whatever a guarded regex matches contains the literal, after folding both as the matcher does. */
  @Test
  void foldedMatchesContainTheLiteral() {
    List<String> texts = List.of("They demand NEUTRALITY now.", "Ceasefire TALKS stalled.", "the \u212Aelvin-sign kiev");
    for (String regex : List.of("\\bneutrality\\b", "\\btalks?\\b", "\\bkelvin\\b")) {
      Pattern p = Pattern.compile(regex, Taxonomy.FLAGS);
      for (String text : texts) {
        var m = p.matcher(text);
        while (m.find()) {
          assertThat(RequiredLiteral.of(p)).anyMatch(RequiredLiteral.fold(m.group())::contains);
        }
      }
    }
    assertThat(RequiredLiteral.fold("the \u212Aelvin-sign")).contains("kelvin");
  }
}
