package org.parley.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EntityType;
import org.parley.model.Mention;

class MentionResolverTest {
  private final MentionResolver resolver = new MentionResolver();

  private static Mention m(String text, EntityType type) {
    return new Mention(0, text.length(), text, type, null, null);
  }

  @Test
  void surnameAfterFullNameIsTheSamePerson() {
    List<Mention> out =
        resolver.resolve(List.of(m("Anna Berg", EntityType.PERSON), m("Berg", EntityType.PERSON), m("Mr Berg", EntityType.PERSON)));
    assertThat(out).extracting(Mention::entityId).containsOnly("e:anna-berg");
    assertThat(out).extracting(Mention::entityName).containsOnly("Anna Berg");
  }

  @Test
  void possessivesTitlesAndArticlesAreStripped() {
    assertThat(MentionResolver.canonicalForm("Valdoria\u2019s")).isEqualTo("Valdoria");
    assertThat(MentionResolver.canonicalForm("President  Karl Osk")).isEqualTo("Karl Osk");
    assertThat(MentionResolver.canonicalForm("the Kremlin")).isEqualTo("Kremlin");
  }

  @Test
  void differentSurnamesStayApart() {
    List<Mention> out =
        resolver.resolve(List.of(m("Anna Berg", EntityType.PERSON), m("Osk", EntityType.PERSON)));
    assertThat(out).extracting(Mention::entityId).containsExactly("e:anna-berg", "e:osk");
  }

  @Test
  void idsAreAsciiSlugs() {
    assertThat(EntityIds.of("Volodymyr Zelenskyy")).isEqualTo("e:volodymyr-zelenskyy");
    assertThat(EntityIds.of("Zaporizhzhia Nuclear Power Plant")).isEqualTo("e:zaporizhzhia-nuclear-power-plant");
    assertThat(EntityIds.of("Krak\u00f3w")).isEqualTo("e:krakow");
  }
}
