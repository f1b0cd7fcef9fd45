package org.parley.statement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the time expression of a reporting verb ("on Thursday", "late Wednesday", "yesterday",
 * "last week", "March 3") into a date, relative to the article's publication date. A weekday is
 * the most recent such day on or before publication; "last week" is approximated as seven days
 * before. Null when the date is unknown or the expression is not understood.
 */
final class DateNormaliser {
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})\\b");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b");

  LocalDate normalise(String text, LocalDate published) {
    if (text == null || published == null) {
      return null;
    }
    String t = text.toLowerCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (t.contains(day.name().toLowerCase(Locale.ROOT))) {
        int back = (published.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        if (t.contains("last " + day.name().toLowerCase(Locale.ROOT)) && back == 0) {
          back = 7;
        }
        return published.minusDays(back);
      }
    }
    if (t.contains("yesterday")) {
      return published.minusDays(1);
    }
    if (t.contains("today") || t.contains("tonight") || t.contains("this morning")
        || t.contains("this evening") || t.contains("this afternoon")) {
      return published;
    }
    if (t.contains("last week")) {
      return published.minusWeeks(1);
    }
    if (t.contains("last month")) {
      return published.minusMonths(1);
    }
    Matcher m = MONTH_DAY.matcher(t);
    Matcher d = DAY_MONTH.matcher(t);
    String mon = null;
    int day = 0;
    if (m.find()) {
      mon = m.group(1);
      day = Integer.parseInt(m.group(2));
    } else if (d.find()) {
      mon = d.group(2);
      day = Integer.parseInt(d.group(1));
    }
    if (mon != null) {
      Month month = month(mon);
      if (month == null || day < 1 || day > month.maxLength()) {
        return null;
      }
      int year = published.getYear();
      if (day > month.length(java.time.Year.isLeap(year))) {
        return null;
      }
      LocalDate date = LocalDate.of(year, month, day);
      return date.isAfter(published) ? date.minusYears(1) : date;
    }
    return null;
  }

  private static Month month(String prefix) {
    for (Month month : Month.values()) {
      if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix.substring(0, 3))) {
        return month;
      }
    }
    return null;
  }
}
