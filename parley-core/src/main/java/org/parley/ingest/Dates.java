package org.parley.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates datasets use into the calendar date as written (a date-time keeps
 * the day of its own offset; nothing is converted to UTC).
 */
final class Dates {
  private static final Pattern YMD =
      Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:$|[T ,].*)");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:$|T.*)");
  private static final Pattern REUTERS =
      Pattern.compile("(\\d{1,2})-([A-Za-z]{3})-(\\d{4})(?:$|\\s.*)");

  private static final List<DateTimeFormatter> TEXTUAL =
      List.of(
          formatter("d MMMM uuuu"),
          formatter("d MMM uuuu"),
          formatter("MMMM d, uuuu"),
          formatter("MMM d, uuuu"),
          formatter("MMMM d uuuu"),
          formatter("MMM d uuuu"),
          formatter("EEEE, d MMMM uuuu"),
          formatter("EEEE d MMMM uuuu"),
          formatter("EEE, d MMM uuuu"),
          formatter("EEEE, MMMM d, uuuu"),
          formatter("EEE, MMM d, uuuu"));

  private Dates() {}

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }

  /** The date, or null when {@code value} is blank or in no format we know. */
  static LocalDate parse(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      Matcher m = YMD.matcher(s);
      if (m.matches()) {
        return LocalDate.of(
            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      m = COMPACT.matcher(s);
      if (m.matches()) {
        return LocalDate.of(
            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      m = REUTERS.matcher(s);
      if (m.matches()) {
        TemporalAccessor t =
            formatter("d-MMM-uuuu").parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        return LocalDate.from(t);
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null; // e.g. month 13: a date-shaped string that is not a date
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      // next
    }
    String datePart = stripTime(s);
    for (DateTimeFormatter f : TEXTUAL) {
      try {
        return LocalDate.parse(datePart, f);
      } catch (DateTimeParseException e) {
        // next
      }
    }
    return null;
  }

  /** "10 May 2022 12:00 GMT" -> "10 May 2022": drops a trailing clock time and zone. */
  private static String stripTime(String s) {
    String out = s.replaceFirst("(?i)[\\s,]+(at\\s+)?\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?.*$", "");
    return out.replaceAll("\\s+", " ").strip();
  }
}
