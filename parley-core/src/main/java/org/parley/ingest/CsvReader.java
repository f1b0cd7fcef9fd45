package org.parley.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.parley.ingest.RecordMapper.Field;
import org.parley.ingest.RecordMapper.Hints;

/**
 * CSV and TSV with a header row, quoted (multi-line) fields allowed; one article per record,
 * source {@code path#N} with N the 1-based record number after the header.
 */
final class CsvReader {
  private CsvReader() {}

  static void read(Path file, String source, char delimiter, ReadContext ctx) throws IOException {
    Decoding.Plan plan = Decoding.plan(file);
    if (plan.warning() != null) {
      ctx.report.warn(source, plan.warning());
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setIgnoreEmptyLines(true)
            .build();
    Hints hints = Hints.NONE.withOutlet(Outlets.fromFileName(file.getFileName().toString()));
    try (Reader reader = plan.open(file);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames();
      List<String> keys = new ArrayList<>(header.size());
      for (String name : header) {
        keys.add(name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
      }
      if (ctx.mapper.column(Field.TEXT, keys) == null) {
        ctx.report.skip(
            source,
            "no text column (expected " + ctx.mapper.expectedText() + "; header: " + header + ")");
        return;
      }
      Iterator<CSVRecord> records = parser.iterator();
      int index = 0;
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          ctx.report.skip(
              source + "#" + (index + 1),
              "malformed CSV (rest of file skipped): " + ReadContext.describe(e));
          return;
        }
        index++;
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keys.size() && i < record.size(); i++) {
          fields.putIfAbsent(keys.get(i), record.get(i));
        }
        String recordSource = source + "#" + index;
        String text = ctx.mapper.value(Field.TEXT, fields);
        ctx.emit(ctx.mapper.build(recordSource, text, fields, hints, ctx.report));
      }
    }
  }
}
