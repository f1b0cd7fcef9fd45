package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.clean.Cleaner;
import org.parley.ingest.FieldMapping;
import org.parley.ingest.IngestReport;
import org.parley.ingest.Sources;
import org.parley.model.Article;
import org.parley.nlp.SharedAnnotator;
import org.parley.pipeline.IngestListener;
import org.parley.pipeline.IngestPipeline;
import org.parley.store.ArticleStore;

/**
 * The seeds with one dated corpus article that used to take over seed 000's cluster (issue #6): a
 * 2025 Peskov statement sharing only "the Russian Federation (will)" with the Kremlin's quote. The
 * article is copied at run time from ../shared/corpus into a one-line JSONL with its date.
 */
class LinkSliceIT {
  private static final String KYIV_INDEPENDENT = "corpus/ukraine/kyiv-independent-2025/Kyiv_Independent_contenuti_articoli_estratti.csv";
  private static final String ROW = "#636";

  @TempDir static Path dir;

  private static List<LinkStatement> statements;
  private static Links links;

  private static Path shared() {
    return Path.of(System.getProperty("parley.shared", "../shared"));
  }

  @BeforeAll
  static void ingestAndLink() throws IOException {
    Path csv = shared().resolve(KYIV_INDEPENDENT);
    Assumptions.assumeTrue(Files.isRegularFile(csv) && Files.isDirectory(shared().resolve("corpus/seeds")), "../shared/corpus not found: skipping");
    List<Article> row = new ArrayList<>();
    Sources.read(List.of(csv), FieldMapping.DEFAULT, a -> {
      if (a.source().endsWith(ROW)) {
        row.add(a);
      }
    }, new IngestReport() {
      @Override
      public void warn(String source, String message) {}

      @Override
      public void skip(String source, String reason) {}
    });
    Assumptions.assumeTrue(row.size() == 1 && row.get(0).published() != null, "the 2025 article is not in this corpus");
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("title", row.get(0).title());
    record.put("outlet", row.get(0).outlet());
    record.put("published", row.get(0).published().toString());
    record.put("text", row.get(0).text());
    Path jsonl = dir.resolve("peskov-2025.jsonl");
    Files.writeString(jsonl, new ObjectMapper().writeValueAsString(record) + "\n");
    Path data = dir.resolve("data");
    try (ArticleStore store = ArticleStore.open(data)) {
      new IngestPipeline(SharedAnnotator.get(), new Cleaner(), 2)
          .run(List.of(shared().resolve("corpus/seeds"), jsonl), FieldMapping.DEFAULT, store, IngestListener.SILENT);
    }
    new Linker().relink(data);
    statements = Linker.readStatements(data);
    links = Links.open(data);
  }

  private static LinkStatement statement(String sourcePart, String words) {
    return statements.stream().filter(s -> s.source().contains(sourcePart) && s.content().contains(words)).findFirst().orElseThrow();
  }

  @Test
  void theUndatedKremlinStatementHeadsItsOwnClusterWith001() {
    LinkStatement kremlin = statement("000_", "demilitarisation and neutral status");
    StatementCluster c = links.clusterOf(kremlin.id()).orElseThrow();
    assertThat(c.earliest()).isEqualTo(kremlin.id());
    String seed001 = statement("001_", "according to plan").articleId();
    assertThat(c.members().stream().anyMatch(m -> m.article().equals(seed001)) || c.carriers().stream().anyMatch(k -> k.article().equals(seed001)))
        .as("001 in %s", c).isTrue();
    assertThat(c.members()).allMatch(m -> m.published() == null);
  }

  @Test
  void theDated2025StatementIsNotInTheKremlinCluster() {
    LinkStatement peskov = statement("peskov-2025", "Russian Federation will prepare");
    LinkStatement kremlin = statement("000_", "demilitarisation and neutral status");
    assertThat(links.clusterOf(peskov.id()).map(StatementCluster::id)).isNotEqualTo(links.clusterOf(kremlin.id()).map(StatementCluster::id));
  }
}
