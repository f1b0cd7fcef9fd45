package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  @Test
  void aSparkParquetDatasetIsImportedFromItsJsonlTwin(@TempDir Path out) throws Exception {
    Files.createDirectories(out.resolve("articles.parquet"));
    Files.createDirectories(out.resolve("articles.jsonl"));
    assertThat(ImportCommand.jsonlTwin(out.resolve("articles.parquet"))).isEqualTo(out.resolve("articles.jsonl"));
  }

  @Test
  void aParquetTableWithoutTwinSaysToRunParleySpark(@TempDir Path dir) throws Exception {
    Path table = Files.createFile(dir.resolve("news.parquet"));
    assertThatThrownBy(() -> ImportCommand.jsonlTwin(table))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no news.jsonl")
        .hasMessageContaining("parley-spark/run --output OUT " + table);
  }
}
