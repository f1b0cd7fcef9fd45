package org.parley.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Compressed files and archives, streamed: {@code .gz} (the inner type by the inner name), {@code
 * .zip} (each entry by its own name) and WARC ({@code .warc}, {@code .warc.gz}: response and
 * resource records holding HTML). Decompressed bytes are capped, so a zip or gzip bomb is skipped
 * with its reason instead of filling the disk or the heap.
 */
final class Archives {
  /** Most bytes one compressed entry may inflate to. */
  static long maxEntryBytes = 4L * 1024 * 1024 * 1024;
  /** Largest inflation ratio accepted once an entry is past {@link #RATIO_FLOOR} bytes. */
  static final long MAX_RATIO = 200;

  static final long RATIO_FLOOR = 16L * 1024 * 1024;

  private Archives() {}

  /** Thrown when an entry inflates beyond the caps. */
  static final class TooLarge extends IOException {
    TooLarge(String message) {
      super(message);
    }
  }

  /** Counts bytes read through it. */
  static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /** Fails with {@link TooLarge} once the inflated bytes pass the caps. */
  /**
   * A stream over one archive entry that checks every byte read; closing it leaves the archive
   * stream open for its owner (the next entry).
   */
  private abstract static class Checked extends FilterInputStream {
    Checked(InputStream in) {
      super(in);
    }

    abstract void check(int n) throws IOException;

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        check(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        check(n);
      }
      return n;
    }
  }

  static final class Capped extends Checked {
    private final Counting compressed;
    private long count;

    Capped(InputStream inflated, Counting compressed) {
      super(inflated);
      this.compressed = compressed;
    }

    @Override
    public void close() {
      // the archive stream is closed by its owner
    }

    @Override
    void check(int n) throws IOException {
      count += n;
      if (count > maxEntryBytes) {
        throw new TooLarge("decompressed size over " + maxEntryBytes + " bytes (archive bomb?)");
      }
      if (count > RATIO_FLOOR && compressed != null && count > MAX_RATIO * Math.max(1, compressed.count)) {
        throw new TooLarge(
            "decompresses over " + MAX_RATIO + " times its size (" + count + " bytes from "
                + compressed.count + "): archive bomb?");
      }
    }
  }

  /** {@code name} without its last extension ({@code a.csv.gz} -> {@code a.csv}). */
  static String innerName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".gz", ".gzip", ".tgz"}) {
      if (lower.endsWith(ext)) {
        return ext.equals(".tgz") ? name.substring(0, name.length() - 4) + ".tar" : name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }

  static void readGzip(Path file, String source, ReadContext ctx, int depth) throws IOException {
    String inner = innerName(file.getFileName().toString());
    try (Counting raw = new Counting(Files.newInputStream(file));
        InputStream in = new Capped(new GZIPInputStream(raw, 64 * 1024), raw)) {
      Sources.readStream(in, inner, source, null, null, ctx, depth + 1);
    } catch (TooLarge e) {
      ctx.report.skip(source, e.getMessage());
    }
  }

  static void readZip(Path file, String source, ReadContext ctx, int depth) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      readZip(in, source, ctx, depth);
    }
  }

  static void readZip(InputStream stream, String source, ReadContext ctx, int depth) throws IOException {
    Counting raw = new Counting(stream);
    ZipInputStream zip = new ZipInputStream(raw);
    ZipEntry entry;
    int entries = 0;
    while ((entry = zip.getNextEntry()) != null) {
      if (entry.isDirectory()) {
        continue;
      }
      String name = entry.getName();
      String base = name.substring(name.lastIndexOf('/') + 1);
      if (base.startsWith(".") || name.startsWith("__MACOSX/")) {
        continue;
      }
      if (base.toLowerCase(Locale.ROOT).endsWith(".meta.json")) {
        continue;
      }
      entries++;
      String entrySource = source + "!/" + name;
      long before = raw.count;
      try {
        InputStream capped = new RatioCapped(new Capped(zip, null), raw, before);
        Sources.readStream(capped, base, entrySource, null, null, ctx, depth + 1);
      } catch (TooLarge e) {
        ctx.report.skip(entrySource, e.getMessage());
      }
    }
    if (entries == 0) {
      ctx.report.skip(source, "empty archive");
    }
  }

  /** Ratio check of a zip entry against the compressed bytes read since it began. */
  private static final class RatioCapped extends Checked {
    private final Counting raw;
    private final long start;
    private long count;

    RatioCapped(InputStream in, Counting raw, long start) {
      super(in);
      this.raw = raw;
      this.start = start;
    }

    @Override
    public void close() {
      // the zip stream stays open for the next entry
    }

    @Override
    void check(int n) throws IOException {
      count += n;
      long compressed = Math.max(1, raw.count - start);
      if (count > RATIO_FLOOR && count > MAX_RATIO * compressed) {
        throw new TooLarge(
            "decompresses over " + MAX_RATIO + " times its size (" + count + " bytes from "
                + compressed + "): archive bomb?");
      }
    }
  }

  /** Every HTML response (or resource) record of a WARC file is a page. */
  static void readWarc(Path file, String source, ReadContext ctx) throws IOException {
    try (WarcReader reader = new WarcReader(file)) {
      int n = 0;
      int pages = 0;
      for (WarcRecord record : reader) {
        n++;
        String recordSource = source + "#record" + n;
        try {
          if (record instanceof WarcResponse response) {
            String uri = response.target();
            org.netpreserve.jwarc.HttpResponse http;
            try {
              http = response.http();
            } catch (IOException | RuntimeException e) {
              continue; // not an HTTP response (dns:, gemini:...)
            }
            MediaType type = http.contentType();
            if (!isHtml(type)) {
              continue;
            }
            if (http.status() != 200) {
              continue;
            }
            pages++;
            String charset = type.parameters().get("charset");
            try (InputStream body = http.bodyDecoded().stream()) {
              HtmlReader.read(body, source + "#" + uri, charset, uri, ctx);
            }
          } else if (record instanceof WarcResource resource) {
            MediaType type = resource.contentType();
            if (!isHtml(type)) {
              continue;
            }
            pages++;
            String uri = resource.target();
            try (InputStream body = resource.body().stream()) {
              HtmlReader.read(body, source + "#" + uri, type.parameters().get("charset"), uri, ctx);
            }
          }
        } catch (ReadContext.SinkFailure e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          ctx.report.skip(recordSource, "unreadable WARC record: " + ReadContext.describe(e));
        }
      }
      if (pages == 0) {
        ctx.report.skip(source, "no HTML responses in the WARC file");
      }
    }
  }

  private static boolean isHtml(MediaType type) {
    if (type == null) {
      return false;
    }
    String t = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    return t.equals("text/html") || t.equals("application/xhtml+xml");
  }
}
