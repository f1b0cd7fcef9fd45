package org.parley.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Stance;

class TaxonomyTest {
  @Test
  void shippedTaxonomyHasTheStartingVocabulary() {
    Taxonomy t = Taxonomy.defaults();
    for (String id : new String[] {"demilitarisation", "denazification", "neutrality_non_bloc", "nato_renunciation",
        "referendum", "recognition_crimea", "recognition_dpr_lpr", "recognition_annexed_regions",
        "territorial_withdrawal", "troop_withdrawal", "lay_down_arms", "war_aims", "non_occupation", "ceasefire",
        "peace_agreement", "negotiations", "direct_talks", "mediation", "humanitarian_corridors", "protect_civilians",
        "de_escalation", "security_interests", "european_security_architecture", "non_aggression_pledge_europe",
        "peace_plan_basis", "no_fly_zone", "military_aid", "sanctions", "legitimacy_ukraine_government"}) {
      assertThat(t.topic(id)).as(id).isNotNull();
      assertThat(t.topic(id).description()).as(id).isNotBlank();
    }
  }

  @Test
  void termsMatchSpellingVariants() {
    Taxonomy t = Taxonomy.defaults();
    String text = "They want demilitarization, de-Nazification and a non aligned status.";
    assertThat(t.find(text, 0, text.length())).extracting(m -> m.topic().id())
        .containsExactly("demilitarisation", "denazification", "neutrality_non_bloc");
  }

  @Test
  void userFileReplacesExtendsAndAdds(@TempDir Path dir) throws IOException {
    Path user = dir.resolve("topics.txt");
    Files.writeString(user, String.join("\n",
        "# user topics",
        "[+ceasefire]",
        "term: armistice",
        "[grain_corridor]",
        "description: Safe passage for grain ships.",
        "default: demands",
        "term: grain corridor*",
        "[sanctions]",
        "disabled: true",
        ""));
    Taxonomy t = Taxonomy.load(user);
    assertThat(t.topic("sanctions")).isNull();
    assertThat(t.topic("grain_corridor").defaultStance()).isEqualTo(Stance.DEMANDS);
    String text = "Valdoria wants an armistice and grain corridors.";
    assertThat(t.find(text, 0, text.length())).extracting(m -> m.topic().id())
        .containsExactly("ceasefire", "grain_corridor");
  }

  @Test
  void badPatternNamesTheLine() {
    assertThatThrownBy(() -> Taxonomy.parse("[x]\npattern: (unclosed\n", "mine.txt"))
        .hasMessageContaining("mine.txt:2");
  }

  @Test
  void actorTableMatchesNamesIdsAndDescriptions() {
    ActorTable a = ActorTable.defaults();
    assertThat(a.sideOf("Vladimir Putin")).isEqualTo("Russia");
    assertThat(a.sideOf("e:volodymyr-zelenskyy")).isEqualTo("Ukraine");
    assertThat(a.sideOf("senior French official")).isEqualTo("France");
    assertThat(a.sideOf("Élysée Palace")).isEqualTo("France");
    assertThat(a.sideOf("the kremlin")).isEqualTo("Russia");
    assertThat(a.sideOf("Ukraine's Dzerkalo Tyzhnia newspaper")).isNull();
    assertThat(a.sideOf("some analysts")).isNull();
    String text = "It was passed on to us by the US.";
    assertThat(a.find(text, 0, text.length())).extracting(ActorTable.ActorMatch::side).containsExactly("United States");
  }

  @Test
  void wordsInAnotherSenseAreNotTheTopic() {
    Taxonomy t = Taxonomy.defaults();
    String rhetoric = "He was seeking headlines with talk of total victory.";
    assertThat(t.find(rhetoric, 0, rhetoric.length())).isEmpty();
    String other = "The envoy said Russia should be ready to negotiate a new arms control treaty.";
    assertThat(t.find(other, 0, other.length())).extracting(m -> m.topic().id()).doesNotContain("negotiations");
    String toRussia = "The ministry said it is not providing Russia with weapons or military assistance.";
    assertThat(t.find(toRussia, 0, toRussia.length())).extracting(m -> m.topic().id()).doesNotContain("military_aid");
    String toUkraine = "The ministry said it will keep providing Ukraine with weapons.";
    assertThat(t.find(toUkraine, 0, toUkraine.length())).extracting(m -> m.topic().id()).contains("military_aid");
    String swiss = "The Swiss minister defended the country's traditional neutrality.";
    assertThat(t.find(swiss, 0, swiss.length())).isEmpty();
    String both = "Moscow wants Ukraine to adopt a neutral status like Austria.";
    assertThat(t.find(both, 0, both.length())).extracting(m -> m.topic().id()).contains("neutrality_non_bloc");
    String syria = "The envoy called for a complete end to sanctions on Syria.";
    assertThat(t.find(syria, 0, syria.length())).isEmpty();
    String passive = "The agents were withdrawn from the territory after the raid.";
    assertThat(t.find(passive, 0, passive.length())).isEmpty();
  }
}
