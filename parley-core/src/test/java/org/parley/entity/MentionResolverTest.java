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

  private static Mention at(String text, String surface, EntityType type) {
    int i = text.indexOf(surface);
    return new Mention(i, i + surface.length(), surface, type, null, null);
  }

  @Test
  void shippedTableNamesWellKnownActors() {
    List<Mention> out =
        resolver.resolve(List.of(m("Zelenskyy", EntityType.PERSON), m("Kiev", EntityType.PLACE), m("Kremlin", EntityType.PLACE)));
    assertThat(out).extracting(Mention::entityName).containsExactly("Volodymyr Zelensky", "Kyiv", "Kremlin");
    assertThat(out.get(2).type()).isEqualTo(EntityType.ORG);
  }

  @Test
  void contextSeparatesTheCityFromTheRegion() {
    String text = "Shelling hit Kherson overnight. In the Kherson region, and in the Donetsk and Luhansk regions, "
        + "fighting went on; the Donetsk People's Republic said Donetsk was calm.";
    int second = text.indexOf("Kherson region");
    int dpr = text.indexOf("Donetsk People");
    int city = text.lastIndexOf("Donetsk was");
    List<Mention> in =
        List.of(
            at(text, "Kherson", EntityType.PLACE),
            new Mention(second, second + 7, "Kherson", EntityType.PLACE, null, null),
            at(text, "Donetsk", EntityType.PLACE),
            at(text, "Luhansk", EntityType.PLACE),
            new Mention(dpr, dpr + 7, "Donetsk", EntityType.PLACE, null, null),
            new Mention(city, city + 7, "Donetsk", EntityType.PLACE, null, null));
    assertThat(resolver.resolve(in, text))
        .extracting(Mention::entityName)
        .containsExactly("Kherson", "Kherson Oblast", "Donetsk Oblast", "Luhansk Oblast", "Donetsk People's Republic", "Donetsk");
  }

  @Test
  void deletedNamesStayAsMentionsWithoutEntity() {
    MentionResolver r = new MentionResolver(AliasTable.parse("delete\tAdvertisement\n"));
    List<Mention> out = r.resolve(List.of(m("Advertisement", EntityType.ORG), m("Anna Berg", EntityType.PERSON)));
    assertThat(out).hasSize(2);
    assertThat(out.get(0).entityId()).isNull();
    assertThat(out.get(1).entityId()).isEqualTo("e:anna-berg");
  }

  @Test
  void demonymsAreNotEntities() {
    assertThat(MentionResolver.isDemonym("Ukrainians", EntityType.MISC)).isTrue();
    assertThat(MentionResolver.isDemonym("RUSSIAN", EntityType.MISC)).isTrue();
    assertThat(MentionResolver.isDemonym("Polish", EntityType.MISC)).isTrue();
    assertThat(MentionResolver.isDemonym("Taurus", EntityType.MISC)).isFalse();
    assertThat(MentionResolver.isDemonym("mini-Churchills", EntityType.MISC)).isTrue();
    assertThat(MentionResolver.isDemonym("Ukrainians", EntityType.ORG)).isFalse();
    assertThat(resolver.resolve(List.of(m("Russians", EntityType.MISC))).get(0).entityId()).isNull();
  }

  @Test
  void nationalityAndRoleTitlesAreStripped() {
    assertThat(MentionResolver.canonicalForm("Russian President Vladimir Putin")).isEqualTo("Vladimir Putin");
    assertThat(MentionResolver.canonicalForm("Foreign Minister Karl Osk's")).isEqualTo("Karl Osk");
    assertThat(MentionResolver.canonicalForm("President")).isEqualTo("President");
    assertThat(MentionResolver.canonicalForm("Karl Osk.He")).isEqualTo("Karl Osk");
    assertThat(MentionResolver.canonicalForm("Karl) Osk\u201d")).isEqualTo("Karl Osk");
    assertThat(MentionResolver.canonicalForm("St. Petersburg")).isEqualTo("St. Petersburg");
  }
}
