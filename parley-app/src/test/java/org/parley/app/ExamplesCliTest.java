package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command, end to end, on the bundled fictional examples. */
class ExamplesCliTest {
  static final Path EXAMPLES = Path.of("..", "examples");
  @TempDir static Path data;
  static Cli firstIngest;

  @BeforeAll
  static void ingestExamples() {
    firstIngest = Cli.run("ingest", "--data", data.toString(), EXAMPLES.toString());
  }

  @Test
  void ingestStoresEveryExampleAndASecondRunAddsNothing() {
    assertThat(firstIngest.exitCode()).as(firstIngest.err()).isZero();
    assertThat(firstIngest.summary("added")).isGreaterThanOrEqualTo(5);
    assertThat(firstIngest.summary("skipped")).isZero();
    Cli again = Cli.run("ingest", "--data", data.toString(), EXAMPLES.toString());
    assertThat(again.summary("added")).isZero();
    assertThat(again.summary("duplicates")).isEqualTo(firstIngest.summary("added"));
  }

  @Test
  void searchFindsTheCeasefireArticlesWithHighlights() throws Exception {
    Cli search = Cli.run("search", "--data", data.toString(), "ceasefire", "--format", "json");
    assertThat(search.exitCode()).as(search.err()).isZero();
    JsonNode json = Json.MAPPER.readTree(search.out());
    assertThat(json.get("total").asLong()).isPositive();
    JsonNode hit = json.get("hits").get(0);
    assertThat(hit.get("snippets").get(0).asText()).containsIgnoringCase("<em>ceasefire</em>");
    assertThat(json.get("facets").get("outlet").size()).isPositive();
  }

  @Test
  void showTextPrintsExactlyTheInputFileOfATxtArticle() throws Exception {
    Path txt;
    try (var files = Files.list(EXAMPLES)) {
      txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
    String fileText = Files.readString(txt, StandardCharsets.UTF_8);
    String id = org.parley.model.ArticleId.of(fileText);
    Cli show = Cli.run("show", "--data", data.toString(), id, "--text");
    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(show.out()).isEqualTo(fileText);
  }

  @Test
  void badUsageExitsWithTwo() {
    assertThat(Cli.run("search", "--data", data.toString(), "--limit", "-3").exitCode()).isEqualTo(2);
    assertThat(Cli.run("search", "--data", data.toString(), "ceasefire AND (").exitCode()).isEqualTo(2);
    assertThat(Cli.run("no-such-command").exitCode()).isEqualTo(2);
  }
}
