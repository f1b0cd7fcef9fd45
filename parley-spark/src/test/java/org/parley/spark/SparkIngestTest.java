package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.pipeline.IngestListener;
import org.parley.pipeline.RecordsImport;
import org.parley.store.ArticleStore;

class SparkIngestTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalVsSpark.localSpark();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void sparkOnLocal2WritesWhatALocalIngestStores(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    write(
        in.resolve("a/one.txt"),
        "Talks resume in Geneva\n\n\"We are ready to talk,\" Ukrainian President Volodymyr Zelensky said on Monday.\n"
            + "Russian Foreign Minister Sergei Lavrov said Moscow wanted guarantees from NATO.\n");
    write(
        in.resolve("a/two.txt"),
        "Grain deal extended\n\nThe United Nations said the grain deal would be extended by 120 days.\n"
            + "\"This is good news for the world,\" said Antonio Guterres.\n");
    // The same article again (punctuation differs only): one record in the output, the first.
    write(
        in.resolve("b/copy.txt"),
        "Talks resume in Geneva!\n\n\"We are ready to talk\", Ukrainian President Volodymyr Zelensky said on Monday.\n"
            + "Russian Foreign Minister Sergei Lavrov said Moscow wanted guarantees from NATO.\n");
    write(
        in.resolve("c/records.jsonl"),
        "{\"title\": \"Ceasefire\", \"text\": \"The ceasefire held overnight, the army said.\\nOfficials said talks would continue.\", \"outlet\": \"Example News\", \"date\": \"2022-03-03\"}\n"
            + "\n"
            + "{\"title\": \"Sanctions\", \"text\": \"The European Union said it would adopt new sanctions against Russia.\"}\n");
    List<Path> inputs = List.of(in);

    LocalVsSpark.Result local = LocalVsSpark.local(inputs, tmp.resolve("data"));
    System.gc();
    Path out = tmp.resolve("out");
    LocalVsSpark.Result distributed = LocalVsSpark.spark(spark, inputs, out);

    assertThat(distributed.sources()).hasSize(4).isEqualTo(local.sources());
    assertThat(distributed.sources()).containsValue(in.resolve("a/one.txt").toString());
    assertThat(distributed.statements()).isNotEmpty().isEqualTo(local.statements());
    assertThat(distributed.mentions()).isEqualTo(local.mentions());

    // JSONL beside Parquet, nulls kept, readable by `parley ingest` as .jsonl part files.
    List<Path> parts;
    try (var files = Files.list(out.resolve("statements.jsonl"))) {
      parts = files.filter(p -> p.toString().endsWith(".jsonl")).toList();
    }
    assertThat(parts).isNotEmpty();
    String firstLine =
        parts.stream().map(p -> {
          try {
            return Files.readAllLines(p);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }).flatMap(List::stream).findFirst().orElseThrow();
    assertThat(firstLine).contains("\"speaker_entity\":").contains("\"addressee\":").contains("\"via\":");
    List<Row> entities = spark.read().parquet(out + "/entities.parquet").collectAsList();
    assertThat(entities).isNotEmpty();
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"written\": 4").contains("\"duplicates\": 1");

    // `parley import OUT`: the records indexed without NLP make the same index as a local ingest.
    Path imported = tmp.resolve("imported");
    try (ArticleStore store = ArticleStore.open(imported)) {
      RecordsImport.Summary s = RecordsImport.run(out.resolve("articles.jsonl"), store, IngestListener.SILENT);
      assertThat(s.added()).isEqualTo(4);
    }
    LocalVsSpark.Result reindexed = LocalVsSpark.readStore(imported);
    assertThat(reindexed).isEqualTo(local);
  }

  @Test
  void bigJsonLinesAreSplitByLineWithTheirLineNumbersAsSource(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("big.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      lines.append("{\"title\": \"Item ").append(i).append("\", \"text\": \"Report number ").append(i)
          .append(" was filed in Kyiv on day ").append(i).append(".\"}\n");
    }
    write(file, lines.toString());
    Path out = tmp.resolve("out");
    SparkIngest.Summary s =
        SparkIngest.run(spark, new SparkIngest.Options(List.of(file.toString()), out.toString(), 2, 1));
    assertThat(s.read()).isEqualTo(40);
    assertThat(s.written()).isEqualTo(40);
    List<String> sources =
        spark.read().parquet(out + "/articles.parquet").select("source").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(sources).contains(file + "#1", file + "#17", file + "#40");
  }

  @Test
  void parquetArticleTablesAreReadWithTheJsonFieldSynonyms(@TempDir Path tmp) throws Exception {
    // A third-party article table: other column names, as the JSONL/CSV synonyms know them.
    org.apache.spark.sql.types.StructType schema =
        new org.apache.spark.sql.types.StructType()
            .add("headline", "string")
            .add("body", "string")
            .add("published_at", "string")
            .add("link", "string");
    List<String[]> records =
        List.of(
            new String[] {"Port reopens", "The harbour reopened on Tuesday, the mayor said.\nShips were waiting outside.", "2023-05-02", "https://example.org/port"},
            new String[] {"Talks", "Foreign Minister Anna Berg said the talks would go on.", "2023-05-03", "https://example.org/talks"},
            new String[] {"Empty", "", "2023-05-04", "https://example.org/empty"});
    List<Row> rows = records.stream().map(r -> org.apache.spark.sql.RowFactory.create((Object[]) r)).toList();
    Path table = tmp.resolve("in/table.parquet");
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(table.toString());
    // The same records as JSONL for a local ingest, which reads no Parquet.
    StringBuilder jsonl = new StringBuilder();
    for (String[] r : records) {
      jsonl.append(String.format(
          "{\"headline\": \"%s\", \"body\": \"%s\", \"published_at\": \"%s\", \"link\": \"%s\"}%n",
          r[0], r[1].replace("\n", "\\n"), r[2], r[3]));
    }
    Path json = tmp.resolve("local/table.jsonl");
    write(json, jsonl.toString());

    LocalVsSpark.Result local = LocalVsSpark.local(List.of(json), tmp.resolve("data"));
    Path out = tmp.resolve("out");
    LocalVsSpark.Result distributed = LocalVsSpark.spark(spark, List.of(table), out);

    assertThat(distributed.statements()).isNotEmpty().isEqualTo(local.statements());
    assertThat(distributed.mentions()).isEqualTo(local.mentions());
    assertThat(distributed.sources().values()).hasSize(2).allMatch(s -> s.matches(".*/table\\.parquet/part-.*\\.parquet#[12]"));
    List<Row> articles = spark.read().parquet(out + "/articles.parquet").orderBy("url").collectAsList();
    assertThat(articles).extracting(r -> r.<String>getAs("url")).containsExactly("https://example.org/port", "https://example.org/talks");
    assertThat(articles).extracting(r -> r.<String>getAs("title")).containsExactly("Port reopens", "Talks");
    assertThat(articles).extracting(r -> String.valueOf(r.<Object>getAs("published"))).containsExactly("2023-05-02", "2023-05-03");
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"read\": 2").contains("\"written\": 2");
  }
}
