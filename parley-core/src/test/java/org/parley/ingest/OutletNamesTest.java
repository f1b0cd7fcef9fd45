package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletNamesTest {
  private static final OutletNames TABLE =
      OutletNames.parse(
          "# comment\n"
              + "The Daily Example\tdailyexample.org|example-daily.co.uk\tDaily Ex|DEX\n"
              + "Wire Service\twire.example.net\t-\n"
              + "Foo\t-\tFoo Online Edition\n");

  @Test
  void aKnownHostNamesTheOutletWhateverTheSiteCallsItself() {
    assertThat(TABLE.canonical(null, "https://www.dailyexample.org/a")).isEqualTo("The Daily Example");
    assertThat(TABLE.canonical("Daily Example Weekend", "https://amp.dailyexample.org/a"))
        .isEqualTo("The Daily Example");
    assertThat(TABLE.canonical("Anything", "http://sport.example-daily.co.uk/x")).isEqualTo("The Daily Example");
    assertThat(TABLE.canonical(null, "https://m.wire.example.net/x")).isEqualTo("Wire Service");
  }

  @Test
  void knownNamesIgnoreCaseSpacesPunctuationAndALeadingThe() {
    assertThat(TABLE.canonical("daily  example")).isEqualTo("The Daily Example");
    assertThat(TABLE.canonical("THE DAILY-EXAMPLE")).isEqualTo("The Daily Example");
    assertThat(TABLE.canonical("D.E.X.")).isEqualTo("The Daily Example");
    assertThat(TABLE.canonical("wire service", "https://other.example/x")).isEqualTo("Wire Service");
  }

  @Test
  void knownTellsAnOutletsNameOrAliasFromOtherNames() {
    assertThat(TABLE.known("the daily example")).isTrue();
    assertThat(TABLE.known("D.E.X.")).isTrue();
    assertThat(TABLE.known("Wire Service")).isTrue();
    assertThat(TABLE.known("Ema Rusk")).isFalse();
    assertThat(TABLE.known(" ")).isFalse();
    assertThat(TABLE.known(null)).isFalse();
  }

  @Test
  void trailingNewsOrOnlineAndTaglinesOnlyWhenTheRestIsKnown() {
    assertThat(TABLE.canonical("Daily Example News")).isEqualTo("The Daily Example");
    assertThat(TABLE.canonical("Daily Ex Online")).isEqualTo("The Daily Example");
    assertThat(TABLE.canonical("Daily Example | Latest headlines")).isEqualTo("The Daily Example");
    assertThat(TABLE.canonical("Unknown News")).isEqualTo("Unknown News");
    assertThat(TABLE.canonical("Some Blog - Thoughts")).isEqualTo("Some Blog - Thoughts");
  }

  @Test
  void webAddressesAndBareHostNamesBecomeTheBareHost() {
    assertThat(TABLE.canonical("https://www.Unknown-Site.example/")).isEqualTo("unknown-site.example");
    assertThat(TABLE.canonical("Unknown-Site.example", null)).isEqualTo("unknown-site.example");
    assertThat(TABLE.canonical("unknownsite", "https://www.unknownsite.com/x")).isEqualTo("unknownsite.com");
    assertThat(TABLE.canonical(null, "https://www.unknownsite.com/x")).isEqualTo("unknownsite.com");
    assertThat(TABLE.canonical("UnknownSite", "https://www.unknownsite.com/x")).isEqualTo("UnknownSite");
    assertThat(TABLE.canonical("DailyExample.org")).isEqualTo("The Daily Example");
  }

  @Test
  void aHostAloneIsTheTablesNameWhenItsSiteNameIsKnown() {
    assertThat(TABLE.canonical(null, "https://foo.example.com/x")).isEqualTo("foo.example.com");
    assertThat(TABLE.canonical(null, "https://www.foo.com/x")).isEqualTo("Foo");
    assertThat(TABLE.canonical(null, "https://foo.co.uk/x")).isEqualTo("Foo");
  }

  @Test
  void otherNamesStayAsGivenWithSpacesTidied() {
    assertThat(TABLE.canonical("  A  Local\tPaper ")).isEqualTo("A Local Paper");
    assertThat(TABLE.canonical("A Local Paper", "https://platform.example/a-local-paper")).isEqualTo("A Local Paper");
    assertThat(TABLE.canonical(" ", null)).isNull();
    assertThat(TABLE.canonical(null, null)).isNull();
  }

  @Test
  void theResultIsAFixedPoint() {
    for (String name : new String[] {"DEX", "Daily Example News", "https://x.example/", "Local Paper"}) {
      String once = TABLE.canonical(name);
      assertThat(TABLE.canonical(once)).isEqualTo(once);
    }
  }

  @Test
  void theShippedTableJoinsTheUsualVariants() {
    OutletNames shipped = OutletNames.shipped();
    assertThat(shipped.canonical("BBC News", "https://www.bbc.com/news/1")).isEqualTo("BBC");
    assertThat(shipped.canonical(null, "http://news.bbc.co.uk/2/hi")).isEqualTo("BBC");
    assertThat(shipped.canonical("BBC News")).isEqualTo("BBC");
    assertThat(shipped.canonical("the Guardian")).isEqualTo("The Guardian");
    assertThat(shipped.canonical("guardian")).isEqualTo("The Guardian");
    assertThat(shipped.canonical("New York Times")).isEqualTo("The New York Times");
    assertThat(shipped.canonical("REUTERS")).isEqualTo("Reuters");
    assertThat(shipped.canonical(null, "https://www.ign.com/articles/x")).isEqualTo("IGN");
    assertThat(shipped.canonical("IGN", "https://www.ign.com/articles/x")).isEqualTo("IGN");
  }

  @Test
  void everyShippedLineNamesItsOwnOutlet() throws IOException {
    String table;
    try (java.io.InputStream in = OutletNames.class.getResourceAsStream("outlets.tsv")) {
      table = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    OutletNames shipped = OutletNames.shipped();
    for (String line : table.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      assertThat(cols).as(line).hasSize(3);
      assertThat(shipped.canonical(cols[0])).as(line).isEqualTo(cols[0]);
      for (String host : cols[1].split("\\|")) {
        assertThat(shipped.canonical(null, "https://" + host + "/x")).as(host).isEqualTo(cols[0]);
      }
      for (String alias : cols[2].equals("-") ? new String[0] : cols[2].split("\\|")) {
        assertThat(shipped.canonical(alias)).as(alias).isEqualTo(cols[0]);
      }
    }
  }

  @Test
  void theUsersTableExtendsAndOverridesTheShippedOne(@TempDir Path data) throws IOException {
    assertThat(OutletNames.load(data).canonical("Example Gazette")).isEqualTo("Example Gazette");
    Files.writeString(
        data.resolve(OutletNames.FILE_NAME),
        "Example Gazette\tgazette.example\tThe Gazette\nBBC World\tbbc.com\tBBC\n");
    OutletNames user = OutletNames.load(data);
    assertThat(user.canonical("the gazette")).isEqualTo("Example Gazette");
    assertThat(user.canonical(null, "https://gazette.example/1")).isEqualTo("Example Gazette");
    assertThat(user.canonical("BBC News", "https://www.bbc.com/x")).isEqualTo("BBC World");
    assertThat(user.canonical("bbc")).isEqualTo("BBC World");
    assertThat(user.canonical("Reuters")).isEqualTo("Reuters");
  }

  @Test
  void aLineWithoutANameIsAnError() {
    assertThatThrownBy(() -> OutletNames.parse("\texample.org\n")).isInstanceOf(IllegalArgumentException.class);
  }
}
