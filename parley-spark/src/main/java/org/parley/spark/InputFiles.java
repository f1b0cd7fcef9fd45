package org.parley.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the input files of a job on any Hadoop filesystem (local paths, {@code file:},
 * {@code hdfs:}, {@code s3a:}, ...) in the order {@code parley ingest} reads them: inputs as given,
 * folders recursively with entries sorted by name, hidden entries and {@code .meta.json} sidecars
 * left out. Local paths are kept exactly as given, so {@code source} fields match a local ingest.
 */
final class InputFiles {
  private InputFiles() {}

  /** One input file: its place in input order, its path as given, its size. */
  record Entry(int index, String path, long bytes) implements java.io.Serializable {}

  static List<Entry> list(List<String> inputs, Configuration conf, List<String> missing) {
    List<Entry> out = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        if (!fs.exists(path)) {
          missing.add(input);
          continue;
        }
        FileStatus status = fs.getFileStatus(path);
        if (status.isDirectory()) {
          walk(fs, status, stripSlash(input), out);
        } else {
          out.add(new Entry(out.size(), input, status.getLen()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("listing " + input, e);
      }
    }
    return out;
  }

  private static void walk(FileSystem fs, FileStatus dir, String shown, List<Entry> out) throws IOException {
    FileStatus[] entries = fs.listStatus(dir.getPath());
    Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus entry : entries) {
      String name = entry.getPath().getName();
      if (name.startsWith(".")) {
        continue;
      }
      String child = shown + "/" + name;
      if (entry.isDirectory()) {
        walk(fs, entry, child, out);
      } else if (!name.toLowerCase(Locale.ROOT).endsWith(".meta.json")) {
        out.add(new Entry(out.size(), child, entry.getLen()));
      }
    }
  }

  private static String stripSlash(String s) {
    return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** True for paths the executor can open with java.nio directly (no scheme, or file:). */
  static boolean isLocal(String path) {
    URI uri = new Path(path).toUri();
    return uri.getScheme() == null || "file".equals(uri.getScheme());
  }

  /** A Parquet file: Spark's part files ({@code part-*.snappy.parquet}) or any {@code .parquet}. */
  static boolean isParquet(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".parquet");
  }

  static boolean isJsonLines(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }
}
