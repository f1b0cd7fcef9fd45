package org.parley.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalises English time expressions of news text against an anchor date (the
 * article's publication date): absolute dates ("March 3, 2022", "3 March 2022", "2022-03-03"),
 * dates without a year ("March 3", "on 3 March": the year of the anchor, or the year before when
 * that would put the date more than a month after the anchor), weekdays ("on Thursday": the most
 * recent Thursday on or before the anchor; "last Thursday": strictly before; "next Thursday":
 * strictly after), "today", "yesterday", "tomorrow", "last night", "last week" / "last month" /
 * "last year" (the anchor minus a week, month, year: approximate), "N days ago".
 *
 * <p>Hand-written rules in the spirit of HeidelTime: about a microsecond per sentence, against
 * SUTime's cost inside CoreNLP (see docs/performance.md).
 */
public final class TimeExpressions {
  private TimeExpressions() {}

  static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String NUMBER =
      "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)";

  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
          Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
          Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
          Map.entry("twelve", 12));

  /** Kinds of expression, in the order the combined pattern tries them. */
  private enum Kind {
    ISO("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])"),
    MDY("\\b" + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})\\b"),
    DMY("\\b" + DAY + "(?:\\s+of)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b"),
    MD("\\b" + MONTH + "\\s+" + DAY + "\\b(?!\\s*,?\\s*\\d{4})"),
    DM("\\b" + DAY + "(?:\\s+of)?\\s+" + MONTH + "\\b(?!\\s*,?\\s*\\d{4})"),
    WEEKDAY_REL(
        "\\b(?:(?i:on|last|next|this|this\\s+past|this\\s+coming|past|coming)\\s+)?"
            + TimeExpressions.WEEKDAY
            + "(?:\\s+(?:morning|afternoon|evening|night))?\\b"),
    AGO("\\b(?i:" + NUMBER + "\\s+(day|week|month|year)s?\\s+ago)\\b"),
    LAST("\\b(?i:(last|this|next|earlier\\s+this|later\\s+this)\\s+(week|month|year|weekend))\\b"),
    DEICTIC("\\b(?i:(today|tonight|yesterday|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening)))\\b");

    final Pattern pattern;

    Kind(String regex) {
      this.pattern = Pattern.compile(regex);
    }
  }

  /** A time expression found in text, with the date it means (null when it needs an anchor and has none). */
  public record Found(int start, int end, String text, LocalDate date, boolean absolute) {}

  /**
   * Every time expression in {@code text}, left to right, longest first where they overlap;
   * relative ones resolved against {@code anchor} (may be null: then their date is null).
   */
  public static List<Found> find(String text, LocalDate anchor) {
    List<Found> all = new ArrayList<>();
    if (text == null) {
      return all;
    }
    for (Kind kind : Kind.values()) {
      Matcher m = kind.pattern.matcher(text);
      while (m.find()) {
        if (overlaps(all, m.start(), m.end())) {
          continue;
        }
        LocalDate date = resolve(kind, m, anchor);
        boolean absolute = kind == Kind.ISO || kind == Kind.MDY || kind == Kind.DMY;
        if (absolute && date == null) {
          continue; // "February 30, 2022" is not a date
        }
        if ((kind == Kind.MD || kind == Kind.DM) && date == null && anchor != null) {
          continue;
        }
        all.add(new Found(m.start(), m.end(), m.group(), date, absolute));
      }
    }
    all.sort((a, b) -> a.start() - b.start());
    return all;
  }

  private static boolean overlaps(List<Found> found, int start, int end) {
    for (Found f : found) {
      if (start < f.end() && f.start() < end) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date an expression means, relative to {@code anchor}; null when it is not a time
   * expression these rules know, or it is relative and there is no anchor. Leading words such as
   * "on" are allowed ("on Thursday", "on 3 March").
   */
  public static LocalDate normalise(String expr, LocalDate anchor) {
    if (expr == null) {
      return null;
    }
    String e = expr.strip().replaceAll("\\s+", " ");
    e = e.replaceFirst("^(?i:on|since|by|from|until|till|as of|in|at)\\s+(?=\\S)", "");
    if (e.startsWith("the ")) {
      e = e.substring(4);
    }
    e = e.replaceAll("[.,;:]+$", "");
    if (!e.isEmpty() && Character.isLowerCase(e.charAt(0)) && e.matches("(?i)" + WEEKDAY + ".*|" + MONTH.replace("(", "(?:") + ".*")) {
      e = Character.toUpperCase(e.charAt(0)) + e.substring(1);
    }
    for (Kind kind : Kind.values()) {
      Matcher m = kind.pattern.matcher(e);
      if (m.matches()) {
        return resolve(kind, m, anchor);
      }
    }
    return null;
  }

  private static LocalDate resolve(Kind kind, Matcher m, LocalDate anchor) {
    try {
      switch (kind) {
        case ISO:
          return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        case MDY:
          return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        case DMY:
          return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        case MD:
          return withAnchorYear(month(m.group(1)), Integer.parseInt(m.group(2)), anchor);
        case DM:
          return withAnchorYear(month(m.group(2)), Integer.parseInt(m.group(1)), anchor);
        case WEEKDAY_REL:
          return weekday(m.group(), DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)), anchor);
        case AGO:
          return ago(m.group(1), m.group(2), anchor);
        case LAST:
          return lastNext(m.group(1), m.group(2), anchor);
        case DEICTIC:
          return deictic(m.group(1), anchor);
        default:
          return null;
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < months.length; i++) {
      if (n.startsWith(months[i])) {
        return i + 1;
      }
    }
    throw new NumberFormatException(name);
  }

  private static LocalDate withAnchorYear(int month, int day, LocalDate anchor) {
    if (anchor == null) {
      return null;
    }
    LocalDate d = LocalDate.of(anchor.getYear(), month, day);
    if (d.isAfter(anchor.plusMonths(1))) {
      d = LocalDate.of(anchor.getYear() - 1, month, day);
    }
    return d;
  }

  private static LocalDate weekday(String text, DayOfWeek day, LocalDate anchor) {
    if (anchor == null) {
      return null;
    }
    String t = text.toLowerCase(Locale.ROOT);
    if (t.startsWith("next") || t.startsWith("this coming") || t.startsWith("coming")) {
      return anchor.with(TemporalAdjusters.next(day));
    }
    if (t.startsWith("last") || t.startsWith("this past") || t.startsWith("past")) {
      return anchor.with(TemporalAdjusters.previous(day));
    }
    return anchor.with(TemporalAdjusters.previousOrSame(day));
  }

  private static LocalDate ago(String number, String unit, LocalDate anchor) {
    if (anchor == null) {
      return null;
    }
    String n = number.toLowerCase(Locale.ROOT);
    int k = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "day":
        return anchor.minusDays(k);
      case "week":
        return anchor.minusWeeks(k);
      case "month":
        return anchor.minusMonths(k);
      default:
        return anchor.minusYears(k);
    }
  }

  private static LocalDate lastNext(String which, String unit, LocalDate anchor) {
    if (anchor == null) {
      return null;
    }
    String w = which.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    int sign = w.equals("last") ? -1 : w.equals("next") ? 1 : 0;
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "week":
        return anchor.plusWeeks(sign);
      case "weekend":
        if (sign < 0) {
          return anchor.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        }
        if (sign > 0) {
          return anchor.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        }
        return anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      case "month":
        return anchor.plusMonths(sign);
      default:
        return anchor.plusYears(sign);
    }
  }

  private static LocalDate deictic(String word, LocalDate anchor) {
    if (anchor == null) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    switch (w) {
      case "yesterday":
      case "last night":
        return anchor.minusDays(1);
      case "tomorrow":
        return anchor.plusDays(1);
      default:
        return anchor;
    }
  }
}
