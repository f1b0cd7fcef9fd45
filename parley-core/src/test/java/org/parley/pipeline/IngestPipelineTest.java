package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.clean.Cleaner;
import org.parley.ingest.FieldMapping;
import org.parley.nlp.SharedAnnotator;
import org.parley.query.ArticleSearcher;
import org.parley.query.SearchRequest;
import org.parley.store.ArticleStore;

class IngestPipelineTest {
  @TempDir Path dir;

  private final List<String> skips = new CopyOnWriteArrayList<>();
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  private final IngestListener recording =
      new IngestListener() {
        @Override
        public void skipped(String source, String reason) {
          skips.add(source + ": " + reason);
        }

        @Override
        public void warned(String source, String message) {
          warnings.add(source + ": " + message);
        }
      };

  private IngestSummary ingest(Path... inputs) throws IOException {
    IngestPipeline pipeline = new IngestPipeline(SharedAnnotator.get(), new Cleaner(), 2);
    try (ArticleStore store = ArticleStore.open(dir.resolve("data"))) {
      return pipeline.run(List.of(inputs), FieldMapping.DEFAULT, store, recording);
    }
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void badFilesAreReportedAndSkippedWhileTheRestIsStored() throws IOException {
    write("a.txt", "Valdorian President Ema Rusk said on Monday that talks with Karsk would resume.\n");
    write("b.txt", "The Karsk foreign ministry rejected the twelve-point plan, according to state media.\n");
    write("empty.txt", "   \n");
    write("broken.jsonl", "{\"title\": \"Fine\", \"text\": \"Ostmark offered to host a summit in its capital.\"}\n{not json\n");
    Files.write(dir.resolve("in/latin1.txt"), "Karsk demanded \u00a35 million in reparations, officials said.".getBytes(StandardCharsets.ISO_8859_1));

    IngestSummary summary = ingest(dir.resolve("in"), dir.resolve("missing-folder"));

    assertThat(summary.added()).isEqualTo(4);
    assertThat(summary.skipped()).isEqualTo(3);
    assertThat(skips).anyMatch(s -> s.contains("empty.txt")).anyMatch(s -> s.contains("broken.jsonl")).anyMatch(s -> s.contains("missing-folder"));
    assertThat(warnings).anyMatch(w -> w.contains("latin1.txt") && w.contains("UTF-8"));
    try (ArticleSearcher searcher = ArticleSearcher.open(dir.resolve("data"))) {
      assertThat(searcher.count()).isEqualTo(4);
      assertThat(searcher.search(SearchRequest.of("reparations")).hits().get(0).snippets().get(0)).contains("\u00a3");
    }
  }

  @Test
  void reingestingAddsNothingAndCountsDuplicates() throws IOException {
    write("a.txt", "Ema Rusk said the ceasefire would hold.\n");
    write("copy.txt", "Ema Rusk said   the ceasefire would hold.\n");
    write("c.txt", "Karsk refused to withdraw its troops, a spokesman said.\n");

    IngestSummary first = ingest(dir.resolve("in"));
    IngestSummary second = ingest(dir.resolve("in"));

    assertThat(first.added()).isEqualTo(2);
    assertThat(first.duplicates()).isEqualTo(1);
    assertThat(second.added()).isZero();
    assertThat(second.duplicates()).isEqualTo(3);
    try (ArticleSearcher searcher = ArticleSearcher.open(dir.resolve("data"))) {
      assertThat(searcher.count()).isEqualTo(2);
    }
  }

  @Test
  void everyArticleReadIsCountedOnce() throws IOException {
    write("a.txt", "Ostmark urged both sides to open humanitarian corridors.\n");
    write("b.txt", "Ostmark urged both sides to open humanitarian corridors.\n");
    write("c.txt", "");
    IngestSummary s = ingest(dir.resolve("in"));
    assertThat(s.read()).isEqualTo(2);
    assertThat(s.added() + s.duplicates()).isEqualTo(s.read());
    assertThat(s.skipped()).isEqualTo(1);
    assertThat(s.tokens()).isGreaterThan(5);
  }
}
