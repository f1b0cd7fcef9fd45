package org.parley.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * {@code parley-spark [--master URL] [--partitions N] [--split-jsonl-mb N] --output DIR INPUT...}.
 * Under {@code spark-submit} the master comes from spark-submit; run directly (see {@code
 * parley-spark/run}) it defaults to {@code local[*]}.
 */
public final class SparkIngestMain {
  private SparkIngestMain() {}

  public static void main(String[] args) throws Exception {
    List<String> inputs = new ArrayList<>();
    String output = null;
    String master = null;
    int partitions = 0;
    long splitBytes = SparkIngest.DEFAULT_SPLIT_BYTES;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--output", "-o" -> output = value(args, ++i, a);
        case "--master" -> master = value(args, ++i, a);
        case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
        case "--split-jsonl-mb" -> splitBytes = Long.parseLong(value(args, ++i, a)) << 20;
        case "--help", "-h" -> {
          usage();
          return;
        }
        default -> {
          if (a.startsWith("--")) {
            System.err.println("parley-spark: unknown option " + a);
            usage();
            System.exit(2);
          }
          inputs.add(a);
        }
      }
    }
    if (output == null || inputs.isEmpty()) {
      usage();
      System.exit(2);
    }
    SparkSession.Builder builder = SparkSession.builder().appName("parley-ingest");
    if (master != null) {
      builder.master(master);
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    try (SparkSession spark = builder.getOrCreate()) {
      spark.sparkContext().setLogLevel("WARN");
      SparkIngest.Summary s =
          SparkIngest.run(spark, new SparkIngest.Options(inputs, output, partitions, splitBytes));
      System.out.printf(
          "parley-spark: %,d files, %,d read, %,d written, %,d duplicates, %,d skipped; %,d statements, %,d tokens in %.1f s (%,.0f tokens/s)%n",
          s.files(), s.read(), s.written(), s.duplicates(), s.skipped(), s.statements(), s.tokens(),
          s.elapsed().toMillis() / 1000.0, s.tokens() / Math.max(0.001, s.elapsed().toMillis() / 1000.0));
      for (String p : s.problems()) {
        System.err.println(p);
      }
      System.out.println("output: " + output + " (articles, statements, mentions, entities as .parquet and .jsonl)");
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      System.err.println("parley-spark: " + option + " needs a value");
      System.exit(2);
    }
    return args[i];
  }

  private static void usage() {
    System.err.println(
        "usage: parley-spark [--master URL] [--partitions N] [--split-jsonl-mb N] --output DIR INPUT...\n"
            + "  INPUT: files or folders (local, file:, hdfs:, s3a:, ...) in the formats `parley ingest` reads\n"
            + "  --output DIR: articles, statements, mentions, entities as NAME.parquet/ and NAME.jsonl/\n"
            + "  --master: default local[*] when run directly; spark-submit sets it otherwise\n"
            + "  --partitions: annotation partitions (default 4 per core)\n"
            + "  --split-jsonl-mb: JSONL files this big or bigger are split by lines (default 128)");
  }
}
