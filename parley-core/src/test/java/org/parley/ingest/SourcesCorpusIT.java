package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.DateSource;

/**
 * Reads the real corpora under {@code ../shared/corpus} (never copied into the repository). The
 * counts are what the datasets hold: see the comments for what the duplicates are.
 */
class SourcesCorpusIT {
  private static Path corpus;

  @BeforeAll
  static void findCorpus() {
    String shared = System.getProperty("parley.shared", "../shared");
    corpus = Path.of(shared, "corpus");
    Assumptions.assumeTrue(
        Files.isDirectory(corpus.resolve("ukraine")), "../shared/corpus not found: skipping");
  }

  private static Set<String> ids(List<Article> articles) {
    return articles.stream().map(Article::id).collect(Collectors.toSet());
  }

  @Test
  void kyivIndependentAndBbcCsv() {
    Path dir = corpus.resolve("ukraine/kyiv-independent-2025");
    Collected ki = Collected.read(dir.resolve("Kyiv_Independent_contenuti_articoli_estratti.csv"));
    Collected bbc = Collected.read(dir.resolve("BBC_News_contenuti_articoli_estratti.csv"));
    assertThat(ki.skips).isEmpty();
    assertThat(ki.warnings).isEmpty();
    assertThat(ki.articles).hasSize(639);
    assertThat(ki.articles)
        .allSatisfy(
            a -> {
              assertThat(a.title()).isNotBlank();
              assertThat(a.published()).isNotNull();
              assertThat(a.dateSource()).isEqualTo(DateSource.METADATA);
              assertThat(a.url()).startsWith("https://kyivindependent.com/");
              assertThat(a.outlet()).isEqualTo("Kyiv Independent");
              assertThat(a.source()).matches(".*\\.csv#\\d+");
            });
    // 13 rows carry the same text (a scraped donation appeal instead of the article): 12 repeats.
    assertThat(ids(ki.articles)).hasSize(639 - 12);

    assertThat(bbc.articles).hasSize(19);
    assertThat(bbc.articles).allSatisfy(a -> assertThat(a.outlet()).isEqualTo("BBC"));
    assertThat(ids(bbc.articles)).hasSize(19).doesNotContainAnyElementsOf(ids(ki.articles));
  }

  @Test
  void guardianAndNewYorkTimes() {
    Path dir = corpus.resolve("ukraine/guardian-nyt-2022");
    Collected combined = Collected.read(dir.resolve("combined_Russia_Ukraine_articles.csv"));
    Collected nyt = Collected.read(dir.resolve("NYT_Russia_Ukraine.csv"));
    assertThat(combined.skips).isEmpty();
    assertThat(nyt.skips).isEmpty();
    assertThat(combined.articles).hasSize(407);
    assertThat(combined.articles)
        .allSatisfy(
            a -> {
              assertThat(a.published()).isNotNull();
              assertThat(a.outlet()).isIn("The Guardian", "The New York Times");
            });
    assertThat(combined.articles.stream().filter(a -> a.outlet().equals("The Guardian")))
        .hasSize(188);

    // The NYT-only file has no journal column: the outlet comes from its name.
    assertThat(nyt.articles).hasSize(219);
    assertThat(nyt.articles)
        .allSatisfy(
            a -> {
              assertThat(a.published()).isNotNull();
              assertThat(a.outlet()).isEqualTo("The New York Times");
            });

    // Every NYT-file article is also in the combined file (same dates), and the combined file
    // holds 10 Guardian articles twice: 407 + 219 - 219 - 10 distinct.
    Set<String> nytIds = ids(nyt.articles);
    Set<String> combinedIds = ids(combined.articles);
    assertThat(nytIds).hasSize(219);
    assertThat(combinedIds).hasSize(407 - 10).containsAll(nytIds);
    Set<String> all = new HashSet<>(combinedIds);
    all.addAll(nytIds);
    assertThat(all).hasSize(407 + 219 - 219 - 10);
    for (Article a : nyt.articles) {
      Article twin =
          combined.articles.stream().filter(c -> c.id().equals(a.id())).findFirst().orElseThrow();
      assertThat(twin.published()).isEqualTo(a.published());
      assertThat(twin.outlet()).isEqualTo("The New York Times");
    }
  }

  @Test
  void gdeltNamesGiveDatesAndCountries() {
    Collected gdelt = Collected.read(corpus.resolve("ukraine/gdelt-2022-2024"));
    assertThat(gdelt.skips).isEmpty();
    assertThat(gdelt.articles).hasSize(447);
    assertThat(gdelt.articles)
        .allSatisfy(
            a -> {
              String name = Path.of(a.source()).getFileName().toString();
              assertThat(a.dateSource()).isEqualTo(DateSource.FILE_NAME);
              assertThat(a.published().toString().replace("-", "")).isEqualTo(name.substring(0, 8));
              assertThat(a.country()).isIn("GB", "US", "PL", "UA", "BY").isEqualTo(name.substring(17, 19));
              assertThat(a.language()).isEqualTo("en");
            });
    // The same story seen more than once: 12 texts repeated, 25 repeats in all.
    assertThat(ids(gdelt.articles)).hasSize(447 - 25);
  }

  @Test
  void wholeUkraineFolder() {
    Collected all = Collected.read(corpus.resolve("ukraine"));
    assertThat(all.skips).isEmpty();
    assertThat(all.warnings).isEmpty();
    assertThat(all.articles).hasSize(658 + 626 + 447);
    assertThat(ids(all.articles)).hasSize((658 - 12) + (626 - 219 - 10) + (447 - 25));
    assertThat(all.bytesDone).isEqualTo(Sources.totalBytes(List.of(corpus.resolve("ukraine"))));
  }

  @Test
  void latin1PoundInBbcSport() {
    Path file = corpus.resolve("general/bbc-2004-2005/sport/199.txt");
    Assumptions.assumeTrue(Files.isRegularFile(file), "bbc-2004-2005 not found: skipping");
    Collected c = Collected.read(file);
    assertThat(c.warnings)
        .singleElement()
        .asString()
        .contains("not valid UTF-8 at byte")
        .endsWith("read as windows-1252");
    assertThat(c.only().text()).contains("\u00a3").doesNotContain("\ufffd");
  }

  @Test
  void reutersSgmlFile() {
    Path file = corpus.resolve("general/reuters-21578/reut2-000.sgm");
    Assumptions.assumeTrue(Files.isRegularFile(file), "reuters-21578 not found: skipping");
    Collected c = Collected.read(file);
    assertThat(c.articles).hasSizeGreaterThan(900);
    assertThat(c.articles)
        .allSatisfy(
            a -> {
              assertThat(a.outlet()).isEqualTo("Reuters");
              assertThat(a.published()).isNotNull();
              assertThat(a.text()).doesNotContain("&lt;", "&#3;", "</BODY>");
            });
    assertThat(c.skips).allSatisfy(s -> assertThat(s).contains("no <BODY>"));
    assertThat(c.articles.size() + c.skips.size()).isEqualTo(1000);
  }
}
