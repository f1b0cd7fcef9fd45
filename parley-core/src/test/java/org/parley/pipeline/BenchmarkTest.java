package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.nlp.SharedAnnotator;

class BenchmarkTest {
  @TempDir Path dir;

  private static final String QUOTE =
      "\u201CWe will not sign any agreement that gives away the northern valleys,\u201D Foreign Minister Alda Verin said on Monday.";

  @Test
  void benchRunsTheStagesIngestRunsAfterTheArticles() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), "Valdoria rejects valley deal\n\n" + QUOTE + " Talks resume next week.\n", StandardCharsets.UTF_8);
    Files.writeString(
        in.resolve("b.txt"),
        "Minister firm on valleys\n\nThe talks stalled again. " + QUOTE + " Karsk did not comment.\n",
        StandardCharsets.UTF_8);

    Benchmark.Report r = Benchmark.run(List.of(in), dir.resolve("data"), 1, Long.MAX_VALUE, SharedAnnotator.get(), IngestListener.SILENT);

    assertThat(r.ingest().added()).isEqualTo(2);
    // Linking read back every statement the ingest stored, and found the one quoted twice.
    assertThat(r.links().statements()).isEqualTo(r.ingest().statements()).isPositive();
    assertThat(r.links().clusters()).isGreaterThanOrEqualTo(1);
    assertThat(r.allStagesMillis()).isEqualTo(r.ingest().elapsed().toMillis() + r.relinkMillis() + r.links().totalMillis());
    assertThat(Files.exists(dir.resolve("data").resolve("links"))).isTrue();
  }
}
