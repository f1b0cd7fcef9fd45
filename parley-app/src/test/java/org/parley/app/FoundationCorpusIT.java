package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation's "done when", on the real corpora in ../shared/corpus. */
class FoundationCorpusIT {
  static final Path CORPUS = Path.of(System.getProperty("parley.shared", "../../shared"), "corpus");
  @TempDir static Path data;
  static Cli first;

  @BeforeAll
  static void ingestSeedsAndUkraine() {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus not found: skipping");
    first = Cli.run("ingest", "--data", data.toString(), CORPUS.resolve("seeds").toString(), CORPUS.resolve("ukraine").toString());
  }

  @Test
  void everyArticleIsIngestedAndRepeatsAreDuplicates() {
    assertThat(first.exitCode()).as(first.err()).isZero();
    // 5 seeds + 658 Kyiv Independent/BBC rows + 626 Guardian/NYT rows + 447 GDELT files.
    assertThat(first.summary("read")).isEqualTo(1736);
    // The NYT file repeats 219 articles of the combined file, which itself holds 10 Guardian
    // articles twice; 13 Kyiv Independent rows are one donation appeal (one is read, then skipped as
    // junk-only); GDELT repeats 25 texts.
    assertThat(first.summary("duplicates")).isEqualTo(219 + 10 + 12 + 25);
    assertThat(first.summary("skipped")).as(first.err()).isEqualTo(1);
    assertThat(first.err()).contains("only page junk");
    assertThat(first.summary("added")).isEqualTo(1736 - 266 - 1);
    Cli again = Cli.run("ingest", "--data", data.toString(), CORPUS.resolve("seeds").toString(), CORPUS.resolve("ukraine").toString());
    assertThat(again.summary("added")).isZero();
    assertThat(again.summary("duplicates") + again.summary("skipped")).isEqualTo(first.summary("read"));
  }

  @Test
  void seedTermsAreFoundWithHighlightedSnippets() throws Exception {
    for (String query : new String[] {"demilitarisation", "\"28-point\"", "Zaporizhzhia"}) {
      JsonNode json = search(query, "--limit", "200");
      assertThat(json.get("total").asLong()).as(query).isPositive();
      assertThat(json.get("hits").findValuesAsText("source")).as(query).anyMatch(s -> s.contains("seeds"));
      assertThat(json.get("hits").get(0).get("snippets").get(0).asText()).as(query).contains("<em>");
    }
  }

  @Test
  void facetsShowOutletsAndDatesOfTheCsvSets() throws Exception {
    JsonNode facets = search("*:*").get("facets");
    assertThat(facets.get("outlet").fieldNames()).toIterable().contains("Kyiv Independent", "BBC", "The Guardian", "The New York Times");
    assertThat(facets.get("year").fieldNames()).toIterable().contains("2022", "2025");
    JsonNode filtered = search("*:*", "--outlet", "Kyiv Independent", "--from", "2025-06-01", "--to", "2025-06-30");
    assertThat(filtered.get("total").asLong()).isPositive();
    assertThat(filtered.get("hits").findValuesAsText("published")).allMatch(d -> d.startsWith("2025-06"));
  }

  @Test
  void peopleAreMergedAcrossSpellingsAndFoundByAnyAlias() throws Exception {
    Cli people = Cli.run("entities", "--data", data.toString(), "--type", "PERSON", "--format", "jsonl", "--limit", "100000");
    assertThat(people.exitCode()).as(people.err()).isZero();
    java.util.List<JsonNode> rows = new java.util.ArrayList<>();
    for (String line : people.out().split("\n")) {
      if (!line.isBlank()) {
        rows.add(Json.MAPPER.readTree(line));
      }
    }
    for (String surname : new String[] {"Putin", "Zelensky", "Macron", "Lavrov", "Peskov", "Podolyak"}) {
      java.util.List<JsonNode> named = rows.stream().filter(r -> r.get("name").asText().endsWith(surname)).toList();
      assertThat(named).as(surname + " is one entity").hasSize(1);
    }
    JsonNode zelensky = rows.stream().filter(r -> r.get("name").asText().endsWith("Zelensky")).findFirst().orElseThrow();
    assertThat(zelensky.get("aliases").toString()).contains("Zelenskyy").contains("Zelenskiy");
    long byVariant = search("*:*", "--entity", "Zelenskyy").get("total").asLong();
    long byName = search("*:*", "--entity", "Volodymyr Zelensky").get("total").asLong();
    assertThat(byVariant).isEqualTo(byName).isGreaterThan(100);
  }

  @Test
  void putinsStatementsOverTheSeedsHaveCuesAndVia() throws Exception {
    Cli statements = Cli.run("statements", "--data", data.toString(), "--speaker", "Putin", "--format", "jsonl");
    assertThat(statements.exitCode()).as(statements.err()).isZero();
    java.util.List<JsonNode> seeds = new java.util.ArrayList<>();
    for (String line : statements.out().split("\n")) {
      JsonNode row = Json.MAPPER.readTree(line);
      if (row.get("source").asText().contains("seeds")) {
        seeds.add(row);
      }
    }
    assertThat(seeds).hasSizeGreaterThan(10);
    // follow-on quotes with no tag of their own inherit the speaker and have no cue
    assertThat(seeds.stream().filter(r -> !r.get("cue").isNull()).count()).isGreaterThan(seeds.size() * 3 / 4);
    assertThat(seeds).anyMatch(r -> r.get("via").toString().contains("Kremlin"));
  }

  private static JsonNode search(String... args) throws Exception {
    String[] full = new String[args.length + 5];
    full[0] = "search";
    full[1] = "--data";
    full[2] = data.toString();
    System.arraycopy(args, 0, full, 3, args.length);
    full[args.length + 3] = "--format";
    full[args.length + 4] = "json";
    Cli cli = Cli.run(full);
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    return Json.MAPPER.readTree(cli.out());
  }
}
