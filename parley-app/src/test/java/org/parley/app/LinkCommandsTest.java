package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.DateSource;
import org.parley.model.Statement;
import org.parley.model.StatementKind;
import org.parley.store.ArticleStore;

class LinkCommandsTest {
  @TempDir Path dir;

  private static final String QUOTE =
      "We are talking about the demobilisation and neutral status of Valdoria, so that a threat will never emanate from its territory";
  private static final String WIRE =
      "The foreign ministers of Valdoria and Karsk met in Ostmark on Thursday for five hours of talks that ended without an agreement on the northern corridor, officials from both delegations said.";

  private static Article article(String id, String outlet, String date, String text) {
    return new Article(id, "test/" + id + ".txt", outlet, "Title " + id, null, LocalDate.parse(date), DateSource.METADATA, "en", null, null, text, null);
  }

  private static Statement statement(Article a, int n, String speaker, String cue, String content) {
    int start = a.text().indexOf(content);
    return new Statement(a.id(), a.id() + "#" + n, StatementKind.INDIRECT, content, start, start + content.length(), speaker,
        "e:" + speaker.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), speaker, -1, -1, cue, -1, -1, null, List.of(), null, null, 0.9);
  }

  @BeforeEach
  void store() throws IOException {
    Article a = article("aaaa", "Morning Post", "2022-03-03",
        "\u201c" + QUOTE + ",\u201d the Kremlin said. " + WIRE + " Vladimir Putin claimed Karsk troops had encircled the garrison in Pokrovsk and Lysets.");
    Article b = article("bbbb", "Daily Bugle", "2022-03-04",
        "Putin to Rusk: \u201c" + QUOTE + ".\u201d Our own reporting follows. " + WIRE + " Valdoria has denied that Pokrovsk and Lysets are encircled.");
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(new AnnotatedArticle(a, List.of(), List.of()), List.of(
          statement(a, 1, "Kremlin", "said", QUOTE),
          statement(a, 2, "Vladimir Putin", "claimed", "Karsk troops had encircled the garrison in Pokrovsk and Lysets")));
      store.add(new AnnotatedArticle(b, List.of(), List.of()), List.of(
          statement(b, 1, "Vladimir Putin", ":", QUOTE + "."),
          statement(b, 2, "Valdoria", "has denied", "Pokrovsk and Lysets are encircled")));
      store.commit();
    }
  }

  private String data() {
    return dir.toString();
  }

  @Test
  void beforeLinkingTheLinkCommandsSayWhatToRun() {
    Cli reuse = Cli.run("reuse", "--data", data());
    assertThat(reuse.exitCode()).isEqualTo(2);
    assertThat(reuse.err()).contains("run parley link first");
    Cli statements = Cli.run("statements", "--data", data(), "--format", "jsonl");
    assertThat(statements.exitCode()).isZero();
    assertThat(statements.out()).contains("\"cluster\":null,\"cluster_size\":1,\"cluster_outlets\":[\"Morning Post\"]");
  }

  @Test
  void linkThenStatementsReuseAndDisputes() throws IOException {
    Cli link = Cli.run("link", "--data", data());
    assertThat(link.exitCode()).as(link.err()).isZero();
    assertThat(link.summary("statements")).isEqualTo(4);
    assertThat(link.summary("disputes")).isEqualTo(1);

    Cli jsonl = Cli.run("statements", "--data", data(), "--format", "jsonl");
    List<JsonNode> rows = jsonl.out().lines().map(LinkCommandsTest::json).toList();
    JsonNode kremlin = rows.stream().filter(r -> r.get("id").asText().equals("aaaa#1")).findFirst().orElseThrow();
    assertThat(kremlin.get("cluster").asText()).isEqualTo("c:aaaa#1");
    assertThat(kremlin.get("cluster_size").asInt()).isEqualTo(2);
    assertThat(kremlin.get("cluster_outlets")).extracting(JsonNode::asText).containsExactly("Morning Post", "Daily Bugle");

    Cli cluster = Cli.run("statements", "--data", data(), "--cluster", "c:aaaa#1", "--format", "jsonl");
    assertThat(cluster.out().lines().map(l -> json(l).get("id").asText())).containsExactly("aaaa#1", "bbbb#1");
    Cli clusterText = Cli.run("statements", "--data", data(), "--cluster", "bbbb#1");
    assertThat(clusterText.out()).contains("cluster c:aaaa#1: 2 reports in 2 articles; first 2022-03-03 (Morning Post)").contains("(exact)");

    Cli reuse = Cli.run("reuse", "--data", data(), "--format", "jsonl");
    JsonNode passage = json(reuse.out().lines().filter(l -> l.contains("foreign ministers")).findFirst().orElseThrow());
    assertThat(passage.get("from_article").asText()).isEqualTo("aaaa");
    assertThat(passage.get("to_outlet").asText()).isEqualTo("Daily Bugle");
    assertThat(passage.get("text").asText()).contains("The foreign ministers").endsWith("both delegations said");
    assertThat(Cli.run("reuse", "--data", data()).out()).contains("Morning Post -> Daily Bugle: 1 passages in 1 article pairs");

    Cli disputes = Cli.run("disputes", "--data", data(), "--format", "jsonl");
    JsonNode d = json(disputes.out().strip());
    assertThat(d.get("claim").get("speaker").asText()).isEqualTo("Vladimir Putin");
    assertThat(d.get("denial").get("speaker").asText()).isEqualTo("Valdoria");
    assertThat(d.get("denial").get("outlet").asText()).isEqualTo("Daily Bugle");
    assertThat(Cli.run("disputes", "--data", data()).out()).contains("claim:  Vladimir Putin claimed").contains("denial: Valdoria has denied");
  }

  private static JsonNode json(String line) {
    try {
      return Json.MAPPER.readTree(line);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
