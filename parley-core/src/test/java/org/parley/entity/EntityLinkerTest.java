package org.parley.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.EntityType;
import org.parley.model.Mention;

/** Corpus merges on invented articles: each test is a small corpus of texts with their NER mentions. */
class EntityLinkerTest {
  private static final LocalDate DAY = LocalDate.of(2022, 3, 4);

  /** A text and its NER mentions: every occurrence of each given name, typed. */
  record Doc(String text, LocalDate date, List<Mention> mentions) {}

  private static Doc doc(String text, Object... namesAndTypes) {
    return docOn(DAY, text, namesAndTypes);
  }

  private static Doc docOn(LocalDate date, String text, Object... namesAndTypes) {
    List<Mention> ms = new ArrayList<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      String name = (String) namesAndTypes[i];
      EntityType type = (EntityType) namesAndTypes[i + 1];
      int at = -1;
      while ((at = text.indexOf(name, at + 1)) >= 0) {
        boolean inside = false;
        for (Mention m : ms) {
          inside |= at >= m.start() && at < m.end();
        }
        if (!inside) {
          ms.add(new Mention(at, at + name.length(), name, type, null, null));
        }
      }
    }
    ms.sort((a, b) -> a.start() - b.start());
    return new Doc(text, date, ms);
  }

  /** Runs a full session; returns each doc's final mentions. */
  private static List<List<Mention>> link(EntityLinker linker, Doc... docs) {
    EntityLinker.Session s = linker.session();
    for (Doc d : docs) {
      s.observe(linker.linkArticle(d.text(), d.date(), d.mentions()));
    }
    s.freeze();
    List<List<Mention>> out = new ArrayList<>();
    for (Doc d : docs) {
      out.add(s.apply(linker.linkArticle(d.text(), d.date(), d.mentions())));
    }
    lastSession = s;
    return out;
  }

  private static EntityLinker.Session lastSession;

  private static EntityLinker empty() {
    return new EntityLinker(AliasTable.empty());
  }

  private static Map<String, String> nameBySurface(List<List<Mention>> linked) {
    return linked.stream()
        .flatMap(List::stream)
        .filter(m -> m.entityName() != null)
        .collect(Collectors.toMap(Mention::text, Mention::entityName, (a, b) -> a.equals(b) ? a : a + "/" + b));
  }

  @Test
  void surnameAloneJoinsTheOneFullNameInTheCorpus() {
    var out =
        link(
            empty(),
            doc("Anna Berg spoke in Karsk.", "Anna Berg", EntityType.PERSON, "Karsk", EntityType.PLACE),
            doc("Berg did not reply.", "Berg", EntityType.PERSON));
    assertThat(nameBySurface(out)).containsEntry("Berg", "Anna Berg");
  }

  @Test
  void surnameSharedByTwoPeopleStaysApart() {
    var out =
        link(
            empty(),
            doc("Anna Berg met Tomas Berg.", "Anna Berg", EntityType.PERSON, "Tomas Berg", EntityType.PERSON),
            doc("Tomas Berg left. Anna Berg stayed.", "Anna Berg", EntityType.PERSON, "Tomas Berg", EntityType.PERSON),
            doc("Berg did not reply.", "Berg", EntityType.PERSON));
    assertThat(nameBySurface(out)).containsEntry("Berg", "Berg");
  }

  @Test
  void transliterationsMergeUnderTheCommonestSpelling() {
    var out =
        link(
            empty(),
            doc("Ivan Petrenkiy said. Petrenkiy again.", "Ivan Petrenkiy", EntityType.PERSON, "Petrenkiy", EntityType.PERSON),
            doc("Ivan Petrenky said.", "Ivan Petrenky", EntityType.PERSON),
            doc("Ivan Petrenky said.", "Ivan Petrenky", EntityType.PERSON),
            doc("Ivan Petrenky said.", "Ivan Petrenky", EntityType.PERSON),
            doc("Fighting near Vostokhrad and Vostokhrad.", "Vostokhrad", EntityType.PLACE),
            doc("Fighting near Vostokgrad.", "Vostokgrad", EntityType.PLACE));
    Map<String, String> names = nameBySurface(out);
    assertThat(names).containsEntry("Ivan Petrenkiy", "Ivan Petrenky").containsEntry("Petrenkiy", "Ivan Petrenky");
    assertThat(names).containsEntry("Vostokgrad", "Vostokhrad");
  }

  @Test
  void shortNamesAndDifferentTypesDoNotMergeByKey() {
    var out =
        link(
            empty(),
            doc("Lee met Le.", "Lee", EntityType.PERSON, "Le", EntityType.PERSON),
            doc("Marenko Bank and Marenko spoke.", "Marenko Bank", EntityType.ORG, "Marenko", EntityType.PLACE),
            doc("Marennko was shelled.", "Marennko", EntityType.PERSON));
    Map<String, String> names = nameBySurface(out);
    assertThat(names).containsEntry("Lee", "Lee").containsEntry("Le", "Le");
    assertThat(names).containsEntry("Marennko", "Marennko").containsEntry("Marenko", "Marenko");
  }

  @Test
  void rareSwappedLettersAreMisspellings() {
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      docs.add(doc("Troops left Ostmark.", "Ostmark", EntityType.PLACE));
    }
    docs.add(doc("Troops left Otsmark.", "Otsmark", EntityType.PLACE));
    var out = link(empty(), docs.toArray(Doc[]::new));
    assertThat(nameBySurface(out)).containsEntry("Otsmark", "Ostmark");
    // equally common spellings are two places
    var even = link(empty(), doc("Ostmark", "Ostmark", EntityType.PLACE), doc("Otsmark", "Otsmark", EntityType.PLACE));
    assertThat(nameBySurface(even)).containsEntry("Otsmark", "Otsmark");
  }

  @Test
  void aRareOneLetterTypoOfALongNameIsThatName() {
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      docs.add(doc("Envoy Magdalena Orsk spoke.", "Magdalena Orsk", EntityType.PERSON));
    }
    docs.add(doc("Envoy Magdalna Orsk spoke.", "Magdalna Orsk", EntityType.PERSON));
    docs.add(doc("Envoy Magdelena Orsk spoke.", "Magdelena Orsk", EntityType.PERSON));
    var out = link(empty(), docs.toArray(Doc[]::new));
    assertThat(nameBySurface(out))
        .containsEntry("Magdalna Orsk", "Magdalena Orsk")
        .containsEntry("Magdelena Orsk", "Magdalena Orsk");
  }

  @Test
  void twoCommonNamesOneLetterApartStayTwoPeople() {
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      docs.add(doc("Minister Ivana Petrovic met Ivan Petrovic.", "Ivana Petrovic", EntityType.PERSON, "Ivan Petrovic", EntityType.PERSON));
    }
    var out = link(empty(), docs.toArray(Doc[]::new));
    assertThat(nameBySurface(out)).containsEntry("Ivana Petrovic", "Ivana Petrovic").containsEntry("Ivan Petrovic", "Ivan Petrovic");
  }

  @Test
  void titlesAndPossessivesFallAway() {
    var out =
        link(
            empty(),
            doc("Mr Osk's plan. Karl Osk spoke.", "Mr Osk's", EntityType.PERSON, "Karl Osk", EntityType.PERSON),
            doc("President Karl Osk arrived.", "President Karl Osk", EntityType.PERSON));
    assertThat(nameBySurface(out)).containsEntry("Mr Osk's", "Karl Osk").containsEntry("President Karl Osk", "Karl Osk");
  }

  @Test
  void splitKeepsNamesApartThatWouldMergeAutomatically() {
    EntityLinker linker = new EntityLinker(AliasTable.parse("split\tAnna Berg\tBerg\n"));
    var out =
        link(
            linker,
            doc("Anna Berg spoke.", "Anna Berg", EntityType.PERSON),
            doc("Berg did not reply.", "Berg", EntityType.PERSON));
    assertThat(nameBySurface(out)).containsEntry("Berg", "Berg");
  }

  @Test
  void deleteDropsTheEntityButKeepsTheMention() {
    EntityLinker linker = new EntityLinker(AliasTable.parse("delete\tSubscribe\n"));
    var out = link(linker, doc("Subscribe now. Anna Berg spoke.", "Subscribe", EntityType.ORG, "Anna Berg", EntityType.PERSON));
    assertThat(out.get(0)).hasSize(2);
    assertThat(out.get(0).get(0).entityId()).isNull();
    assertThat(lastSession.entities()).extracting(Entity::name).containsExactly("Anna Berg");
  }

  @Test
  void descriptionsResolveToWhoeverHeldTheRoleThatDay() {
    EntityLinker linker =
        new EntityLinker(
            AliasTable.parse(
                "entity\tKarl Osk\tPERSON\nentity\tMira Vant\tPERSON\n"
                    + "describe\tthe Eldorian leader|Eldoria's president\tKarl Osk\t2019-01-01\t2022-12-31\n"
                    + "describe\tthe Eldorian leader|Eldoria's president\tMira Vant\t2023-01-01\n"));
    var out =
        link(
            linker,
            docOn(LocalDate.of(2022, 3, 4), "The Eldorian leader said no.", new Object[0]),
            docOn(LocalDate.of(2024, 1, 2), "Eldoria\u2019s president said yes.", new Object[0]),
            docOn(null, "Mira Vant and Karl Osk met. The Eldorian leader, Karl Osk, spoke. Later the Eldorian leader left.",
                "Mira Vant", EntityType.PERSON, "Karl Osk", EntityType.PERSON));
    assertThat(out.get(0)).extracting(Mention::entityName).containsExactly("Karl Osk");
    assertThat(out.get(1)).extracting(Mention::entityName).containsExactly("Mira Vant");
    // undated with both named: ambiguous, so not resolved; the appositive is not a second mention
    assertThat(out.get(2)).extracting(Mention::text).containsExactly("Mira Vant", "Karl Osk", "Karl Osk");
    assertThat(Descriptions.isDescription(out.get(0).get(0))).isTrue();
    Entity osk = lastSession.entities().stream().filter(e -> e.name().equals("Karl Osk")).findFirst().orElseThrow();
    assertThat(osk.aliases()).isEmpty(); // descriptions count as mentions, not as aliases
    assertThat(osk.mentions()).isEqualTo(3);
  }

  @Test
  void miscNamesOfTreatiesAndWarsAreDocumentsAndEvents() {
    link(
        empty(),
        doc("The Karsk Accords and the Valley War.", "Karsk Accords", EntityType.MISC, "Valley War", EntityType.MISC));
    assertThat(lastSession.entities())
        .extracting(Entity::name, Entity::type)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Karsk Accords", EntityType.DOCUMENT),
            org.assertj.core.groups.Tuple.tuple("Valley War", EntityType.EVENT));
  }

  @Test
  void catalogueCountsMentionsArticlesAndAliases() {
    link(
        new EntityLinker(AliasTable.defaults()),
        doc("Zelenskyy met Putin. Zelensky left.", "Zelenskyy", EntityType.PERSON, "Putin", EntityType.PERSON, "Zelensky", EntityType.PERSON),
        doc("Volodymyr Zelensky spoke in Kiev.", "Volodymyr Zelensky", EntityType.PERSON, "Kiev", EntityType.PLACE));
    Entity z = lastSession.entities().get(0);
    assertThat(z.id()).isEqualTo("e:volodymyr-zelensky");
    assertThat(z.type()).isEqualTo(EntityType.PERSON);
    assertThat(z.mentions()).isEqualTo(3);
    assertThat(z.articles()).isEqualTo(2);
    assertThat(z.aliases()).containsExactlyInAnyOrder("Zelenskyy", "Zelensky");
  }
}
