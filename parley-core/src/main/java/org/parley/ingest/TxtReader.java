package org.parley.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.ingest.RecordMapper.Hints;

/**
 * A plain-text file is one article: its whole decoded text, untouched, so offsets point into the
 * file. Metadata comes from a sidecar {@code NAME.meta.json} and from GDELT-style file names.
 */
final class TxtReader {
  /** {@code 20220125T090000Z_GB_en_7d015e6984.txt}: seen date, country, language, hash. */
  private static final Pattern GDELT =
      Pattern.compile("(\\d{8})T\\d{6}Z?_([A-Za-z]{2})_([A-Za-z]{2,3})_[0-9A-Za-z]+\\.txt");

  /** Bytes beyond which a file cannot be an article (4 bytes per char at most). */
  static final long MAX_BYTES = 4L * RecordMapper.MAX_TEXT_CHARS;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS);

  private TxtReader() {}

  static void read(Path file, String source, ReadContext ctx) throws IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      ctx.report.skip(source, "file too large for one article (" + size + " bytes)");
      return;
    }
    byte[] bytes = Files.readAllBytes(file);
    Decoding.Plan plan = Decoding.plan(bytes);
    if (plan.warning() != null) {
      ctx.report.warn(source, plan.warning());
    }
    String text = plan.decode(bytes);
    Map<String, String> meta = sidecar(file, source, ctx.report);
    ctx.emit(ctx.mapper.build(source, text, meta, hints(file.getFileName().toString()), ctx.report));
  }

  /** What a GDELT-style name tells: date, country and language; outlet guess from the name. */
  static Hints hints(String fileName) {
    Matcher m = GDELT.matcher(fileName);
    if (m.matches()) {
      LocalDate date = Dates.parse(m.group(1));
      return new Hints(
          null,
          date,
          m.group(3).toLowerCase(java.util.Locale.ROOT),
          m.group(2).toUpperCase(java.util.Locale.ROOT));
    }
    return Hints.NONE;
  }

  /** {@code foo.meta.json} (or {@code foo.txt.meta.json}) beside {@code foo.txt}; empty if none. */
  static Map<String, String> sidecar(Path file, String source, IngestReport report) {
    String name = file.getFileName().toString();
    String base = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    Path meta = file.resolveSibling(base + ".meta.json");
    if (!Files.isRegularFile(meta)) {
      meta = file.resolveSibling(name + ".meta.json");
      if (!Files.isRegularFile(meta)) {
        return Map.of();
      }
    }
    try {
      byte[] bytes = Files.readAllBytes(meta);
      JsonNode node = JSON.readTree(Decoding.plan(bytes).decode(bytes));
      if (node == null || !node.isObject()) {
        report.warn(source, "sidecar " + meta.getFileName() + " is not a JSON object; ignored");
        return Map.of();
      }
      return JsonReader.flatten(node);
    } catch (IOException | RuntimeException e) {
      report.warn(
          source,
          "unreadable sidecar " + meta.getFileName() + ": " + ReadContext.describe(e) + "; ignored");
      return Map.of();
    }
  }
}
