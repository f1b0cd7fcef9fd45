package org.parley.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.ingest.RecordMapper.Hints;

/**
 * Reuters-21578 SGML ({@code reut2-*.sgm}): {@code <REUTERS NEWID="n">} records with {@code
 * <DATE>}, {@code <TITLE>}, {@code <AUTHOR>} and {@code <BODY>}; streamed one record at a time.
 * Source {@code path#NEWID}; outlet Reuters. The article text is the decoded body.
 */
final class SgmlReader {
  private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9A-Fa-f]+|[A-Za-z]+);");
  private static final Hints HINTS = new Hints("Reuters", null, "en", null);

  private SgmlReader() {}

  static void read(Path file, String source, ReadContext ctx) throws IOException {
    Decoding.Plan plan = Decoding.plan(file);
    if (plan.warning() != null) {
      ctx.report.warn(source, plan.warning());
    }
    try (BufferedReader in = new BufferedReader(plan.open(file))) {
      StringBuilder record = null;
      int count = 0;
      String line;
      while ((line = in.readLine()) != null) {
        if (record == null) {
          int start = line.indexOf("<REUTERS");
          if (start < 0) {
            continue;
          }
          record = new StringBuilder();
          line = line.substring(start);
        }
        record.append(line).append('\n');
        if (line.contains("</REUTERS>")) {
          count++;
          readRecord(record.toString(), source, count, ctx);
          record = null;
        }
      }
      if (record != null) {
        ctx.report.skip(source + "#" + (count + 1), "unterminated <REUTERS> record");
      }
    }
  }

  private static void readRecord(String record, String source, int ordinal, ReadContext ctx) {
    Matcher id = NEWID.matcher(record);
    String recordSource = source + "#" + (id.find() ? id.group(1) : String.valueOf(ordinal));
    String body = element(record, "BODY");
    if (body == null) {
      // Briefs carry only a title; unprocessed items have text straight in <TEXT>.
      String text = element(record, "TEXT");
      if (text != null && !text.contains("<TITLE>")) {
        body = text;
      } else {
        ctx.report.skip(recordSource, "no <BODY> (title-only brief)");
        return;
      }
    }
    Map<String, String> meta = new HashMap<>();
    put(meta, "title", element(record, "TITLE"));
    put(meta, "date", element(record, "DATE"));
    String author = element(record, "AUTHOR");
    if (author != null) {
      put(meta, "author", decode(author).replaceFirst("(?i),\\s*Reuters\\s*$", ""));
    }
    String text = decode(body).replaceFirst("\\s*\\u0003\\s*$", "\n");
    ctx.emit(ctx.mapper.build(recordSource, stripControls(text), decoded(meta), HINTS, ctx.report));
  }

  private static Map<String, String> decoded(Map<String, String> meta) {
    Map<String, String> out = new HashMap<>();
    meta.forEach((k, v) -> out.put(k, stripControls(decode(v)).strip()));
    return out;
  }

  private static void put(Map<String, String> meta, String key, String value) {
    if (value != null) {
      meta.put(key, value);
    }
  }

  /** Content of the first {@code <NAME ...>...</NAME>}, or null. */
  static String element(String record, String name) {
    int open = record.indexOf("<" + name);
    while (open >= 0) {
      char next = open + name.length() + 1 < record.length() ? record.charAt(open + name.length() + 1) : ' ';
      if (next == '>' || next == ' ') {
        break;
      }
      open = record.indexOf("<" + name, open + 1);
    }
    if (open < 0) {
      return null;
    }
    int contentStart = record.indexOf('>', open) + 1;
    int close = record.indexOf("</" + name + ">", contentStart);
    if (contentStart <= 0 || close < 0) {
      return null;
    }
    return record.substring(contentStart, close);
  }

  /** Decodes SGML character references ({@code &lt;}, {@code &#3;}, ...). */
  static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String name = m.group(1);
      String replacement;
      if (name.startsWith("#")) {
        try {
          int code =
              name.startsWith("#x") || name.startsWith("#X")
                  ? Integer.parseInt(name.substring(2), 16)
                  : Integer.parseInt(name.substring(1));
          replacement = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : m.group();
        } catch (NumberFormatException e) {
          replacement = m.group();
        }
      } else {
        replacement =
            switch (name) {
              case "lt" -> "<";
              case "gt" -> ">";
              case "amp" -> "&";
              case "quot" -> "\"";
              case "apos" -> "'";
              case "nbsp" -> "\u00A0";
              default -> m.group();
            };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Drops control characters other than tab and newline (Reuters' &#2; &#3; markers). */
  private static String stripControls(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7F;
      if (control && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      } else if (!control && out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
