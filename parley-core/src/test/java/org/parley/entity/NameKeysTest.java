package org.parley.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {
  @Test
  void keyIgnoresCaseAccentsPossessivesArticlesInitialsAndSuffixes() {
    assertThat(NameKeys.key("the Kremlin\u2019s")).isEqualTo("kremlin");
    assertThat(NameKeys.key("Erdo\u011fan")).isEqualTo("erdogan");
    assertThat(NameKeys.key("Joseph R. Biden Jr.")).isEqualTo("joseph biden");
    assertThat(NameKeys.key("  Anna   Berg ")).isEqualTo("anna berg");
    assertThat(NameKeys.key("U.S. Senate")).isEqualTo("us senate");
    assertThat(NameKeys.key("World War I")).isNotEqualTo(NameKeys.key("World War"));
    assertThat(NameKeys.key("Lyndon B. Johnson")).isEqualTo("lyndon johnson");
  }

  @Test
  void transliterationVariantsShareAKey() {
    assertThat(NameKeys.translitKey("Zelenskyy"))
        .isEqualTo(NameKeys.translitKey("Zelenskiy"))
        .isEqualTo(NameKeys.translitKey("Zelensky"))
        .isEqualTo(NameKeys.translitKey("Zelenskyi"));
    assertThat(NameKeys.translitKey("Podolyak")).isEqualTo(NameKeys.translitKey("Podoliak"));
    assertThat(NameKeys.translitKey("Odessa")).isEqualTo(NameKeys.translitKey("Odesa"));
    assertThat(NameKeys.translitKey("Donbass")).isEqualTo(NameKeys.translitKey("Donbas"));
    assertThat(NameKeys.translitKey("Kharkiv")).isNotEqualTo(NameKeys.translitKey("Kharkov"));
  }

  @Test
  void gAndHOnlyMeetInTheLooseKey() {
    assertThat(NameKeys.translitKey("Lugansk")).isNotEqualTo(NameKeys.translitKey("Luhansk"));
    assertThat(NameKeys.looseKey("Lugansk")).isEqualTo(NameKeys.looseKey("Luhansk"));
    assertThat(NameKeys.looseKey("Myrnograd")).isEqualTo(NameKeys.looseKey("Myrnohrad"));
  }

  @Test
  void adjacentSwapsAreTranspositions() {
    assertThat(NameKeys.isTransposition("mairupol", "mariupol")).isTrue();
    assertThat(NameKeys.isTransposition("dneiper", "dnieper")).isTrue();
    assertThat(NameKeys.isTransposition("mariupol", "mariupol")).isFalse();
    assertThat(NameKeys.isTransposition("berg", "burg")).isFalse();
  }
}
