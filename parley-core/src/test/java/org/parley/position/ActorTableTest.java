package org.parley.position;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorTableTest {
  private final ActorTable actors = ActorTable.defaults();

  @Test
  void outletsNamedAfterPlacesAreReportersNotSides() {
    assertThat(actors.sideOf("Washington")).isEqualTo("United States");
    assertThat(actors.sideOf("the Washington Post")).isNull();
    assertThat(actors.sideOf("Kyiv Independent")).isNull();
    String text = "The minister told the Kyiv Independent that talks would resume.";
    assertThat(actors.find(text, 0, text.length())).allMatch(ActorTable.ActorMatch::reporter);
  }

  @Test
  void analystsAndCommentatorsSpeakForNoSide() {
    assertThat(actors.sidesOf("Western analysts")).isEmpty();
    assertThat(actors.sidesOf("Russian military experts")).isEmpty();
    assertThat(actors.sidesOf("Belarusian minister of foreign affairs")).containsExactly("Belarus");
  }
}
