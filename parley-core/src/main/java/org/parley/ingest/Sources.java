package org.parley.ingest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.parley.model.Article;

/**
 * The public face of ingest: walks files and folders (and fetches URLs) and streams every article
 * found to a sink, one at a time, so memory stays bounded whatever the corpus size. Never throws
 * for bad input: problems go to the {@link IngestReport}.
 *
 * <p>Formats by extension: {@code .txt} (one article, sidecar {@code NAME.meta.json}), {@code
 * .csv}/{@code .tsv} (header row), {@code .jsonl}, {@code .json}, Reuters-21578 {@code .sgm},
 * web pages {@code .html}/{@code .htm} (the article extracted), feeds {@code .xml}/{@code
 * .rss}/{@code .atom}/{@code .rdf} (each item an article), {@code .gz} (by the inner name), {@code
 * .zip} (each entry by its name) and WARC {@code .warc}/{@code .warc.gz}. {@code http(s)://}
 * inputs are fetched politely (see {@link Fetcher}). Folders are walked recursively in sorted
 * order; hidden files and {@code *.meta.json} sidecars are not articles.
 */
public final class Sources {
  private Sources() {}

  /** What a file's name makes of it. */
  enum Kind {
    TXT,
    CSV,
    TSV,
    JSONL,
    JSON,
    SGML,
    HTML,
    /** XML: a feed when its root is rss, feed or rdf:RDF. */
    XML,
    GZIP,
    ZIP,
    WARC,
    UNSUPPORTED
  }

  /** Archives inside archives are followed this deep. */
  private static final int MAX_DEPTH = 3;

  /**
   * Reads every input (files, folders recursively) and passes each article (id computed, no junk
   * marked yet) to {@code sink}, in input order.
   */
  public static void read(List<Path> inputs, FieldMapping mapping, Consumer<Article> sink, IngestReport report) {
    List<String> names = new ArrayList<>();
    for (Path p : inputs) {
      names.add(p.toString());
    }
    readInputs(names, mapping, sink, report);
  }

  /**
   * Reads every input: an {@code http://} or {@code https://} URL is fetched (a page gives its
   * article, a feed its items); anything else is a file or folder path.
   */
  public static void readInputs(
      List<String> inputs, FieldMapping mapping, Consumer<Article> sink, IngestReport report) {
    readInputs(inputs, mapping, OutletNames.shipped(), sink, report);
  }

  /** As {@link #readInputs(List, FieldMapping, Consumer, IngestReport)}, naming outlets by {@code outlets}. */
  public static void readInputs(
      List<String> inputs, FieldMapping mapping, OutletNames outlets, Consumer<Article> sink, IngestReport report) {
    RecordMapper mapper = new RecordMapper(mapping == null ? FieldMapping.DEFAULT : mapping);
    for (String key : mapper.unknownKeys()) {
      report.warn("--map", "unknown field '" + key + "' ignored");
    }
    ReadContext ctx = new ReadContext(mapper, outlets, sink, report);
    Fetcher fetcher = null;
    try {
      for (String input : inputs) {
        if (Fetcher.isUrl(input)) {
          if (fetcher == null) {
            fetcher = new Fetcher(Fetcher.Options.DEFAULT);
          }
          fetcher.read(input, ctx);
          continue;
        }
        for (Path file : files(List.of(Path.of(input)), report)) {
          readFile(file, ctx);
        }
      }
    } catch (ReadContext.SinkFailure e) {
      throw e.getCause();
    }
  }

  /** Total size in bytes of the readable input files, for progress and ETA. */
  public static long totalBytes(List<Path> inputs) {
    long total = 0;
    for (Path file : files(inputs, null)) {
      if (kind(file) != Kind.UNSUPPORTED) {
        try {
          total += Files.size(file);
        } catch (IOException e) {
          // unreadable: read() will report it
        }
      }
    }
    return total;
  }

  private static void readFile(Path file, ReadContext ctx) {
    String source = source(file);
    Kind kind = kind(file);
    long bytes = 0;
    try {
      if (kind == Kind.UNSUPPORTED) {
        ctx.report.skip(source, unsupported(source));
        return;
      }
      bytes = Files.size(file);
      if (!Files.isReadable(file)) {
        ctx.report.skip(source, "unreadable file (permission denied)");
        return;
      }
      readPath(file, source, kind, ctx, 0);
    } catch (ReadContext.SinkFailure e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      ctx.report.skip(source, "unreadable file: " + ReadContext.describe(e));
    } catch (StackOverflowError e) {
      ctx.report.skip(source, "unreadable file: structure nested too deeply");
    } finally {
      ctx.report.fileDone(file, bytes);
    }
  }

  private static void readPath(Path file, String source, Kind kind, ReadContext ctx, int depth)
      throws IOException {
    switch (kind) {
      case TXT -> TxtReader.read(file, source, ctx);
      case CSV -> CsvReader.read(file, source, ',', ctx);
      case TSV -> CsvReader.read(file, source, '\t', ctx);
      case JSONL -> JsonReader.readLines(file, source, ctx);
      case JSON -> JsonReader.readDocument(file, source, ctx);
      case SGML -> SgmlReader.read(file, source, ctx);
      case HTML -> HtmlReader.read(file, source, ctx);
      case XML -> readXml(file, source, ctx);
      case GZIP -> Archives.readGzip(file, source, ctx, depth);
      case ZIP -> Archives.readZip(file, source, ctx, depth);
      case WARC -> Archives.readWarc(file, source, ctx);
      default -> ctx.report.skip(source, "unsupported file type");
    }
  }

  /** An XML file: its items when it is a feed, else a skip saying what it is. */
  static void readXml(Path file, String source, ReadContext ctx) throws IOException {
    Decoding.Plan plan = Decoding.planMarkup(file, null);
    if (plan.warning() != null) {
      ctx.report.warn(source, plan.warning());
    }
    String head;
    try (java.io.Reader in = plan.open(file)) {
      char[] buffer = new char[8192];
      int n = in.read(buffer);
      head = n <= 0 ? "" : new String(buffer, 0, n);
    }
    String root = FeedReader.root(head);
    if (root != null && root.equalsIgnoreCase("html")) {
      HtmlReader.read(file, source, ctx); // XHTML saved as .xml
      return;
    }
    if (!FeedReader.isFeedRoot(root)) {
      ctx.report.skip(
          source, root == null ? "not an XML document" : "XML document <" + root + "> is not a feed");
      return;
    }
    try (java.io.Reader in = plan.open(file)) {
      FeedReader.read(in, source, null, ctx);
    }
  }

  /**
   * Reads one input that arrives as a stream (an archive entry, a download): web pages are read
   * from the stream; nested gzip and zip streams are followed; other formats are spooled to a
   * temporary file and read as files.
   */
  static void readStream(
      InputStream in, String name, String source, String charset, String url, ReadContext ctx, int depth)
      throws IOException {
    Kind kind = kind(name);
    if (depth > MAX_DEPTH && (kind == Kind.GZIP || kind == Kind.ZIP || kind == Kind.WARC)) {
      ctx.report.skip(source, "archive nested too deep");
      return;
    }
    switch (kind) {
      case UNSUPPORTED -> ctx.report.skip(source, unsupported(name));
      case HTML -> HtmlReader.read(in, source, charset, url, ctx);
      case GZIP -> {
        Archives.Counting raw = new Archives.Counting(in);
        InputStream inflated = new Archives.Capped(new java.util.zip.GZIPInputStream(raw, 65536), raw);
        readStream(inflated, Archives.innerName(name), source, charset, url, ctx, depth + 1);
      }
      case ZIP -> Archives.readZip(in, source, ctx, depth);
      default -> {
        Path dir = Files.createTempDirectory("parley-ingest");
        Path file = dir.resolve(name.replaceAll("[/\\\\:]", "_"));
        try {
          Files.copy(in, file);
          readPath(file, source, kind, ctx, depth);
        } finally {
          Files.deleteIfExists(file);
          Files.deleteIfExists(dir);
        }
      }
    }
  }

  /**
   * Why a file is skipped as unsupported; for Parquet, where it can be read (a Parquet reader
   * needs Hadoop's libraries, which only parley-spark carries).
   */
  static String unsupported(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".parquet")
        ? "unsupported file type: Parquet is read by parley-spark (parley-spark/run --output OUT FILE), then parley import OUT"
        : "unsupported file type";
  }

    static Kind kind(Path file) {
    return kind(file.getFileName() == null ? "" : file.getFileName().toString());
  }

  static Kind kind(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      return Kind.WARC;
    }
    int dot = lower.lastIndexOf('.');
    String ext = dot < 0 ? "" : lower.substring(dot + 1);
    return switch (ext) {
      case "txt", "text" -> Kind.TXT;
      case "csv" -> Kind.CSV;
      case "tsv", "tab" -> Kind.TSV;
      case "jsonl", "ndjson" -> Kind.JSONL;
      case "json" -> Kind.JSON;
      case "sgm", "sgml" -> Kind.SGML;
      case "html", "htm", "xhtml", "shtml" -> Kind.HTML;
      case "xml", "rss", "atom", "rdf" -> Kind.XML;
      case "gz", "gzip" -> Kind.GZIP;
      case "zip" -> Kind.ZIP;
      default -> Kind.UNSUPPORTED;
    };
  }

  /** The path as given (relative stays relative), with '/' separators. */
  static String source(Path file) {
    String s = file.toString();
    return File.separatorChar == '/' ? s : s.replace(File.separatorChar, '/');
  }

  /**
   * Every input file in order: inputs as given; folders expanded recursively, entries sorted by
   * name, hidden entries and sidecars left out. Missing inputs are reported (when a report is
   * given) and left out.
   */
  static List<Path> files(List<Path> inputs, IngestReport report) {
    List<Path> out = new ArrayList<>();
    Set<Path> visited = new HashSet<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        walk(input, out, visited, report);
      } else if (Files.exists(input)) {
        out.add(input);
      } else if (report != null) {
        report.skip(source(input), "no such file or directory");
      }
    }
    return out;
  }

  private static void walk(Path dir, List<Path> out, Set<Path> visited, IngestReport report) {
    try {
      if (!visited.add(dir.toRealPath())) {
        return; // a symbolic link back into a folder already walked
      }
    } catch (IOException e) {
      // fall through: listing will report it
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path entry : stream) {
        entries.add(entry);
      }
    } catch (IOException | RuntimeException e) {
      if (report != null) {
        report.skip(source(dir), "unreadable folder: " + ReadContext.describe(e));
      }
      return;
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        walk(entry, out, visited, report);
      } else if (!name.toLowerCase(Locale.ROOT).endsWith(".meta.json")) {
        out.add(entry);
      }
    }
  }
}
