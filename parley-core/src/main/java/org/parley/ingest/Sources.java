package org.parley.ingest;

import java.io.File;
import java.io.IOException;
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
 * The public face of ingest: walks files and folders and streams every article found to a sink,
 * one at a time, so memory stays bounded whatever the corpus size. Never throws for bad input:
 * problems go to the {@link IngestReport}.
 *
 * <p>Formats by extension: {@code .txt} (one article, sidecar {@code NAME.meta.json}), {@code
 * .csv}/{@code .tsv} (header row), {@code .jsonl}, {@code .json} and Reuters-21578 {@code .sgm}.
 * Folders are walked recursively in sorted order; hidden files and {@code *.meta.json} sidecars are
 * not articles.
 */
public final class Sources {
  private Sources() {}

  /** What a file's extension makes of it. */
  enum Kind {
    TXT,
    CSV,
    TSV,
    JSONL,
    JSON,
    SGML,
    /** HTML, XML and feeds: known formats we do not import (yet). */
    MARKUP,
    UNSUPPORTED
  }

  /**
   * Reads every input (files, folders recursively) and passes each article (id computed, no junk
   * marked yet) to {@code sink}, in input order.
   */
  public static void read(List<Path> inputs, FieldMapping mapping, Consumer<Article> sink, IngestReport report) {
    RecordMapper mapper = new RecordMapper(mapping == null ? FieldMapping.DEFAULT : mapping);
    for (String key : mapper.unknownKeys()) {
      report.warn("--map", "unknown field '" + key + "' ignored");
    }
    ReadContext ctx = new ReadContext(mapper, sink, report);
    try {
      for (Path input : inputs) {
        for (Path file : files(List.of(input), report)) {
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
      if (kind(file) != Kind.UNSUPPORTED && kind(file) != Kind.MARKUP) {
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
      switch (kind) {
        case MARKUP:
          ctx.report.skip(source, "unsupported file type (HTML/XML/feed import not available)");
          return;
        case UNSUPPORTED:
          ctx.report.skip(source, "unsupported file type");
          return;
        default:
          break;
      }
      bytes = Files.size(file);
      if (!Files.isReadable(file)) {
        ctx.report.skip(source, "unreadable file (permission denied)");
        return;
      }
      switch (kind) {
        case TXT -> TxtReader.read(file, source, ctx);
        case CSV -> CsvReader.read(file, source, ',', ctx);
        case TSV -> CsvReader.read(file, source, '\t', ctx);
        case JSONL -> JsonReader.readLines(file, source, ctx);
        case JSON -> JsonReader.readDocument(file, source, ctx);
        case SGML -> SgmlReader.read(file, source, ctx);
        default -> throw new IllegalStateException(kind.toString());
      }
    } catch (ReadContext.SinkFailure e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      ctx.report.skip(source, "unreadable file: " + ReadContext.describe(e));
    } finally {
      ctx.report.fileDone(file, bytes);
    }
  }

  static Kind kind(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    String ext = dot < 0 ? "" : lower.substring(dot + 1);
    return switch (ext) {
      case "txt", "text" -> Kind.TXT;
      case "csv" -> Kind.CSV;
      case "tsv", "tab" -> Kind.TSV;
      case "jsonl", "ndjson" -> Kind.JSONL;
      case "json" -> Kind.JSON;
      case "sgm", "sgml" -> Kind.SGML;
      case "html", "htm", "xhtml", "xml", "rss", "atom", "rdf" -> Kind.MARKUP;
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
