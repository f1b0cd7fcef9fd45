package org.parley.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.EntityType;

class AliasTableTest {
  @Test
  void entityLinesDeclareTypeAndAliases() {
    AliasTable t = AliasTable.parse("entity\tKarl Osk\tPERSON\tOsk|Carl Osk\n");
    assertThat(t.lookup("Carl Osk")).contains(new AliasTable.Canon("Karl Osk", EntityType.PERSON));
    assertThat(t.lookup("osk's")).contains(new AliasTable.Canon("Karl Osk", EntityType.PERSON));
    assertThat(t.lookup("Berg")).isEmpty();
  }

  @Test
  void fieldsMaySeparateByTwoSpacesAndUnknownLinesAreReported() {
    AliasTable t = AliasTable.parse("alias  Port Lenna  Lenna|Porto Lenna\nfrobnicate x\nentity  X  WIDGET\n");
    assertThat(t.lookup("Porto Lenna")).map(AliasTable.Canon::name).contains("Port Lenna");
    assertThat(t.problems()).hasSize(2);
    assertThat(t.problems().get(0)).contains("line 2").contains("frobnicate");
    assertThat(t.problems().get(1)).contains("line 3").contains("WIDGET");
  }

  @Test
  void userLinesOverrideDefaults() {
    AliasTable t = AliasTable.withUserText("split\tVladimir Putin\tPutin\ndelete\tKremlin\n");
    assertThat(AliasTable.defaults().lookup("Putin")).map(AliasTable.Canon::name).contains("Vladimir Putin");
    assertThat(t.lookup("Putin")).isEmpty();
    assertThat(t.areSplit(NameKeys.key("Putin"), NameKeys.key("Vladimir Putin"))).isTrue();
    assertThat(t.isDeleted("the Kremlin")).isTrue();
    assertThat(t.lookup("Kiev")).map(AliasTable.Canon::name).contains("Kyiv");
  }

  @Test
  void transliterationLookupNeedsOneCandidate() {
    AliasTable t = AliasTable.defaults();
    assertThat(t.lookupLoosely("Zelenskij")).map(AliasTable.Canon::name).contains("Volodymyr Zelensky");
    assertThat(t.lookupLoosely("Zelenskyj Volodymyr")).isEmpty();
  }

  @Test
  void descriptionsCarryDateRanges() {
    AliasTable t = AliasTable.parse("describe\tthe Eldorian leader|Eldoria's leader\tKarl Osk\t2020-01-01\t2021-12-31\n");
    assertThat(t.descriptions()).hasSize(2);
    assertThat(t.descriptions().get(0).validOn(LocalDate.of(2021, 5, 1))).isTrue();
    assertThat(t.descriptions().get(0).validOn(LocalDate.of(2022, 5, 1))).isFalse();
    assertThat(AliasTable.parse("describe\tthe Eldorian\tKarl Osk\n").problems()).hasSize(1);
  }

  @Test
  void userFileIsCreatedWithAHeaderOnFirstUse(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    AliasTable t = AliasTable.load(data);
    Path file = data.resolve("aliases.tsv");
    assertThat(file).exists();
    assertThat(Files.readString(file)).contains("split").contains("delete").contains("--relink");
    assertThat(t.lookup("Kiev")).isPresent();
    Files.writeString(file, "alias\tKyiv\tKyjiw\n", java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    assertThat(AliasTable.load(data).lookup("Kyjiw")).map(AliasTable.Canon::name).contains("Kyiv");
  }

  @Test
  void theShippedTableReadsCleanly() {
    assertThat(AliasTable.defaults().problems()).isEmpty();
    assertThat(AliasTable.defaults().lookup("Krasnoarmeysk")).map(AliasTable.Canon::name).contains("Pokrovsk");
    assertThat(AliasTable.defaults().lookup("Dimitrov")).map(AliasTable.Canon::name).contains("Myrnohrad");
    assertThat(AliasTable.defaults().lookup("Dneiper")).map(AliasTable.Canon::name).contains("Dnieper");
  }
}
