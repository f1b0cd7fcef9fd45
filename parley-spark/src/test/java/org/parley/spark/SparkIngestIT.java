package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds and a slice of the GDELT folder of ../shared/corpus through a local ingest and through
 * Spark in local[2]: the same article ids, sources, mentions and statements.
 */
class SparkIngestIT {
  private static final int GDELT_SLICE = 40;

  @Test
  void sparkLocal2EqualsLocalIngestOnSeedsAndAGdeltSlice(@TempDir Path tmp) throws Exception {
    String shared = System.getProperty("parley.shared");
    assumeTrue(shared != null, "parley.shared not set");
    Path corpus = Path.of(shared, "corpus");
    assumeTrue(Files.isDirectory(corpus.resolve("seeds")), "no ../shared/corpus/seeds");
    List<Path> inputs = new ArrayList<>();
    inputs.add(corpus.resolve("seeds"));
    Path gdelt = corpus.resolve("ukraine/gdelt-2022-2024");
    if (Files.isDirectory(gdelt)) {
      try (Stream<Path> files = Files.list(gdelt)) {
        files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(GDELT_SLICE).forEach(inputs::add);
      }
    }
    LocalVsSpark.Result local = LocalVsSpark.local(inputs, tmp.resolve("data"));
    System.gc();
    long t0 = System.nanoTime();
    LocalVsSpark.Result distributed;
    SparkSession spark = LocalVsSpark.localSpark();
    try {
      distributed = LocalVsSpark.spark(spark, inputs, tmp.resolve("out"));
    } finally {
      spark.stop();
    }
    System.out.printf(
        "parley-spark IT: local[2] job over %d inputs (%d articles, %d statements) in %.1f s%n",
        inputs.size(), distributed.sources().size(), distributed.statements().size(), (System.nanoTime() - t0) / 1e9);

    assertThat(distributed.sources().keySet()).hasSizeGreaterThan(GDELT_SLICE / 2).isEqualTo(local.sources().keySet());
    assertThat(distributed.sources()).isEqualTo(local.sources());
    assertThat(distributed.statements()).hasSizeGreaterThan(20).isEqualTo(local.statements());
    assertThat(distributed.mentions()).isEqualTo(local.mentions());
  }
}
