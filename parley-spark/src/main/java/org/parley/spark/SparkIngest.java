package org.parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.parley.ingest.FieldMapping;
import org.parley.ingest.IngestReport;
import org.parley.ingest.Sources;
import org.parley.model.Article;
import scala.Tuple2;

/**
 * The ingest as a Spark job: read (one task per input file, or per block of a large JSONL file),
 * drop duplicate articles across the whole dataset (the first in input order wins, as in {@code
 * parley ingest}), then clean, annotate and extract statements per partition with the very stage
 * code of a local ingest, and write the records as Parquet and JSONL.
 *
 * <p>Output folder: {@code articles}, {@code statements}, {@code mentions}, {@code entities}, each
 * as {@code NAME.parquet/} and {@code NAME.jsonl/} (part files, one JSON object per line, field
 * names of docs/formats.md, nulls kept), and {@code summary.json}.
 */
public final class SparkIngest {
  /** JSONL files at least this big are split by lines across tasks instead of read whole. */
  public static final long DEFAULT_SPLIT_BYTES = 128L << 20;

  /** How a job is set up. {@code partitions} 0 means four per core of the cluster. */
  public record Options(List<String> inputs, String output, int partitions, long splitJsonlBytes) {
    public Options {
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(output, "output");
    }
  }

  /** What a job did; every article read is counted once as written, duplicate or skipped. */
  public record Summary(
      long files,
      long read,
      long written,
      long duplicates,
      long skipped,
      long statements,
      long tokens,
      Duration elapsed,
      List<String> problems) {
    public String toJson() {
      StringBuilder problemsJson = new StringBuilder("[");
      for (int i = 0; i < problems.size(); i++) {
        problemsJson.append(i == 0 ? "" : ", ").append('"').append(escape(problems.get(i))).append('"');
      }
      problemsJson.append(']');
      return String.format(
          java.util.Locale.ROOT,
          "{\"files\": %d, \"read\": %d, \"written\": %d, \"duplicates\": %d, \"skipped\": %d, "
              + "\"statements\": %d, \"tokens\": %d, \"seconds\": %.1f, \"problems\": %s}%n",
          files, read, written, duplicates, skipped, statements, tokens, elapsed.toMillis() / 1000.0, problemsJson);
    }

    private static String escape(String s) {
      StringBuilder out = new StringBuilder();
      for (char c : s.toCharArray()) {
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }
  }

  private static final int MAX_PROBLEMS_PER_TASK = 20;

  private SparkIngest() {}

  public static Summary run(SparkSession spark, Options options) throws IOException {
    long started = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    // No _SUCCESS markers: the output folders hold records only, so `parley` can read them as is.
    conf.set("mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
    LongAccumulator read = jsc.sc().longAccumulator("read");
    LongAccumulator skipped = jsc.sc().longAccumulator("skipped");
    LongAccumulator dropped = jsc.sc().longAccumulator("dropped");
    LongAccumulator tokens = jsc.sc().longAccumulator("tokens");
    CollectionAccumulator<String> problems = jsc.sc().collectionAccumulator("problems");

    List<String> missing = new ArrayList<>();
    List<InputFiles.Entry> files = InputFiles.list(options.inputs(), conf, missing);
    for (String m : missing) {
      problems.add(m + ": skipped: no such file or directory");
      skipped.add(1);
    }
    List<InputFiles.Entry> whole = new ArrayList<>();
    JavaRDD<Row> rows = null;
    for (InputFiles.Entry file : files) {
      if (InputFiles.isJsonLines(file.path()) && file.bytes() >= options.splitJsonlBytes()) {
        JavaRDD<Row> lines = readJsonLines(jsc.textFile(file.path()), file, read, skipped, problems);
        rows = rows == null ? lines : rows.union(lines);
      } else if (InputFiles.isParquet(file.path())) {
        // Spark's own reader; each row becomes a JSON line, so the JSONL field synonyms map it.
        JavaRDD<Row> records = readJsonLines(spark.read().parquet(file.path()).toJSON().javaRDD(), file, read, skipped, problems);
        rows = rows == null ? records : rows.union(records);
      } else {
        whole.add(file);
      }
    }
    if (!whole.isEmpty()) {
      int slices = Math.max(1, Math.min(whole.size(), jsc.defaultParallelism() * 4));
      JavaRDD<Row> fromFiles =
          jsc.parallelize(whole, slices)
              .flatMap(entry -> readFile(entry, read, skipped, problems));
      rows = rows == null ? fromFiles : fromFiles.union(rows);
    }
    if (rows == null) {
      rows = jsc.emptyRDD();
    }

    Dataset<Row> articles = spark.createDataFrame(rows, Records.READ);
    // dropDuplicates("id"), but deterministic: the first in input order wins, as in a local ingest.
    Dataset<Row> unique =
        articles
            .withColumn("_n", row_number().over(Window.partitionBy("id").orderBy(col("file"), col("ordinal"))))
            .where(col("_n").equalTo(1))
            .drop("_n", "file", "ordinal");
    int partitions = options.partitions() > 0 ? options.partitions() : jsc.defaultParallelism() * 4;
    JavaRDD<Row> annotatedRows =
        unique.repartition(partitions).javaRDD().mapPartitions(it -> annotate(it, dropped, tokens, problems));
    Dataset<Row> annotated = spark.createDataFrame(annotatedRows, Records.ANNOTATED).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long written = annotated.count();
      Dataset<Row> articleOut = annotated.select(cols(Records.ARTICLE_COLUMNS, "statements")).orderBy("id");
      Dataset<Row> statements =
          annotated.select(explode(col("statements")).as("s")).select("s.*").orderBy("article", "start", "id");
      Dataset<Row> mentions =
          annotated
              .select(col("id").as("article"), explode(col("mentions")).as("m"))
              .select(col("article"), col("m.*"))
              .orderBy("article", "start", "end");
      Dataset<Row> entities =
          mentions
              .where(col("entity_id").isNotNull())
              .groupBy(col("entity_id").as("id"))
              .agg(
                  first(col("entity_name"), true).as("name"),
                  first(col("type"), true).as("type"),
                  sort_array(collect_set(col("text"))).as("aliases"),
                  count("*").as("mentions"),
                  countDistinct(col("article")).as("articles"))
              .orderBy(col("mentions").desc(), col("id"));
      long statementCount = statements.count();
      write(articleOut, options.output(), "articles", conf);
      write(statements, options.output(), "statements", conf);
      write(mentions, options.output(), "mentions", conf);
      write(entities, options.output(), "entities", conf);
      long readCount = read.value();
      long droppedCount = dropped.value();
      Summary summary =
          new Summary(
              files.size(),
              readCount,
              written,
              readCount - written - droppedCount,
              skipped.value() + droppedCount,
              statementCount,
              tokens.value(),
              Duration.ofNanos(System.nanoTime() - started),
              List.copyOf(problems.value()));
      writeText(options.output() + "/summary.json", summary.toJson(), conf);
      return summary;
    } finally {
      annotated.unpersist();
    }
  }

  private static Column[] cols(List<String> names, String... more) {
    List<Column> out = new ArrayList<>();
    for (String n : names) {
      out.add(col(n));
    }
    for (String n : more) {
      out.add(col(n));
    }
    return out.toArray(new Column[0]);
  }

  private static void write(Dataset<Row> data, String output, String name, Configuration conf) throws IOException {
    data.write().mode(SaveMode.Overwrite).parquet(output + "/" + name + ".parquet");
    String jsonl = output + "/" + name + ".jsonl";
    data.write().mode(SaveMode.Overwrite).option("ignoreNullFields", "false").json(jsonl);
    // Spark names JSON Lines part files *.json; parley reads *.json as one document, *.jsonl by line.
    Path dir = new Path(jsonl);
    FileSystem fs = dir.getFileSystem(conf);
    for (FileStatus part : fs.listStatus(dir)) {
      String n = part.getPath().getName();
      if (n.endsWith(".json")) {
        fs.rename(part.getPath(), new Path(dir, n + "l"));
      }
    }
  }

  private static void writeText(String file, String text, Configuration conf) throws IOException {
    Path path = new Path(file);
    try (var out = path.getFileSystem(conf).create(path, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static IngestReport report(LongAccumulator skipped, CollectionAccumulator<String> problems) {
    return new IngestReport() {
      int kept;

      @Override
      public void warn(String source, String message) {}

      @Override
      public void skip(String source, String reason) {
        skipped.add(1);
        if (kept++ < MAX_PROBLEMS_PER_TASK) {
          problems.add(source + ": skipped: " + reason);
        }
      }
    };
  }

  /** One whole file through {@code Sources.read}; from a non-local filesystem via a local copy. */
  private static Iterator<Row> readFile(
      InputFiles.Entry entry, LongAccumulator read, LongAccumulator skipped, CollectionAccumulator<String> problems)
      throws IOException {
    IngestReport report = report(skipped, problems);
    if (InputFiles.isLocal(entry.path())) {
      String p = entry.path().startsWith("file:") ? new Path(entry.path()).toUri().getPath() : entry.path();
      return new Pull<Row>(
          sink -> {
            long[] n = {0};
            Sources.read(
                List.of(java.nio.file.Path.of(p)),
                FieldMapping.DEFAULT,
                a -> {
                  read.add(1);
                  sink.accept(Records.read(a, entry.index(), n[0]++));
                },
                report);
          },
          "parley-read-" + entry.index());
    }
    java.nio.file.Path local = copyToLocal(entry.path(), new Configuration());
    return new Pull<Row>(
        sink -> {
          long[] n = {0};
          String prefix = local.toString();
          try {
            Sources.read(
                List.of(local),
                FieldMapping.DEFAULT,
                a -> {
                  read.add(1);
                  Article renamed = withSource(a, entry.path() + a.source().substring(Math.min(prefix.length(), a.source().length())));
                  sink.accept(Records.read(renamed, entry.index(), n[0]++));
                },
                report);
          } finally {
            deleteQuietly(local);
          }
        },
        "parley-read-" + entry.index());
  }

  /** Copies a remote file (and its {@code .meta.json} sidecar) to a temp folder, same name. */
  private static java.nio.file.Path copyToLocal(String remote, Configuration conf) throws IOException {
    Path path = new Path(remote);
    FileSystem fs = path.getFileSystem(conf);
    java.nio.file.Path dir = Files.createTempDirectory("parley-spark-");
    java.nio.file.Path local = dir.resolve(path.getName());
    fs.copyToLocalFile(false, path, new Path(local.toUri()), true);
    String name = path.getName();
    int dot = name.lastIndexOf('.');
    Path sidecar = new Path(path.getParent(), (dot < 0 ? name : name.substring(0, dot)) + ".meta.json");
    if (fs.exists(sidecar)) {
      fs.copyToLocalFile(false, sidecar, new Path(dir.resolve(sidecar.getName()).toUri()), true);
    }
    return local;
  }

  /**
   * JSON lines of one input (a big JSONL file split by lines, or a Parquet file's rows as JSON):
   * each task writes its block of lines to a local {@code .jsonl} file and reads it with {@code
   * Sources.read}, so field mapping is the local ingest's; the {@code #N} of each source is the
   * line (row) number in the whole file.
   */
  private static JavaRDD<Row> readJsonLines(
      JavaRDD<String> jsonLines,
      InputFiles.Entry entry,
      LongAccumulator read,
      LongAccumulator skipped,
      CollectionAccumulator<String> problems) {
    String fileName = new Path(entry.path()).getName();
    String name = InputFiles.isJsonLines(fileName) ? fileName : fileName + ".jsonl";
    return jsonLines
        .zipWithIndex()
        .mapPartitions(
            (Iterator<Tuple2<String, Long>> lines) -> {
              if (!lines.hasNext()) {
                return java.util.Collections.emptyIterator();
              }
              java.nio.file.Path dir = Files.createTempDirectory("parley-spark-");
              java.nio.file.Path local = dir.resolve(name);
              long first = -1;
              try (var out = Files.newBufferedWriter(local, StandardCharsets.UTF_8)) {
                while (lines.hasNext()) {
                  Tuple2<String, Long> line = lines.next();
                  if (first < 0) {
                    first = line._2();
                  }
                  out.write(line._1());
                  out.write('\n');
                }
              }
              long offset = first;
              IngestReport report = report(skipped, problems);
              return new Pull<Row>(
                  sink -> {
                    try {
                      Sources.read(
                          List.of(local),
                          FieldMapping.DEFAULT,
                          a -> {
                            read.add(1);
                            int hash = a.source().lastIndexOf('#');
                            long lineNo = Long.parseLong(a.source().substring(hash + 1)) + offset;
                            sink.accept(Records.read(withSource(a, entry.path() + "#" + lineNo), entry.index(), lineNo));
                          },
                          report);
                    } finally {
                      deleteQuietly(local);
                    }
                  },
                  "parley-read-" + entry.index() + "@" + offset);
            });
  }

  private static Article withSource(Article a, String source) {
    return new Article(
        a.id(), source, a.outlet(), a.title(), a.authors(), a.published(), a.dateSource(), a.language(), a.url(),
        a.country(), a.text(), a.junk());
  }

  private static void deleteQuietly(java.nio.file.Path file) {
    try {
      Files.deleteIfExists(file);
      java.nio.file.Path dir = file.getParent();
      try (var left = Files.list(dir)) {
        for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) left::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a temp file left behind is harmless
    }
  }

  /** Clean, annotate, extract: lazily, one article at a time, with this JVM's shared models. */
  private static Iterator<Row> annotate(
      Iterator<Row> rows, LongAccumulator skipped, LongAccumulator tokens, CollectionAccumulator<String> problems) {
    Stages stages = Stages.get();
    int[] kept = {0};
    return new Iterator<>() {
      private Row next;

      @Override
      public boolean hasNext() {
        while (next == null && rows.hasNext()) {
          Article article = Records.article(rows.next());
          try {
            Stages.Result r = stages.process(article);
            if (r == null) {
              skip(article, "no article text, only page junk");
              continue;
            }
            if (r.extractionError() != null && kept[0]++ < MAX_PROBLEMS_PER_TASK) {
              problems.add(article.source() + ": statement extraction failed, article kept without statements: " + r.extractionError());
            }
            tokens.add(r.annotated().tokenCount());
            next = Records.annotated(r.annotated(), r.statements());
          } catch (RuntimeException | StackOverflowError e) {
            skip(article, "processing failed: " + e);
          }
        }
        return next != null;
      }

      private void skip(Article article, String reason) {
        skipped.add(1);
        if (kept[0]++ < MAX_PROBLEMS_PER_TASK) {
          problems.add(article.source() + ": skipped: " + reason);
        }
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        Row r = next;
        next = null;
        return r;
      }
    };
  }
}
