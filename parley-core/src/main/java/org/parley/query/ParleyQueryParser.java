package org.parley.query;

import java.util.List;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.parley.store.IndexSchema;

/**
 * Lucene classic query syntax over {@code title} and {@code body}, all terms required by default.
 * Unquoted hyphenated words ({@code 28-point}) are phrases. {@code published} (and {@code year})
 * accept dates: {@code published:2022-03-03}, {@code published:[2022-01-01 TO 2022-06-30]},
 * {@code year:2022}. Not thread-safe: one per parse.
 */
final class ParleyQueryParser extends MultiFieldQueryParser {

  ParleyQueryParser(List<String> defaultFields) {
    super(defaultFields.toArray(String[]::new), IndexSchema.analyzer());
    setDefaultOperator(QueryParser.AND_OPERATOR);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
  }

  /** Parses a user query; blank, {@code *} and {@code *:*} match everything. */
  static Query parseUserQuery(String query) {
    return parseUserQuery(query, IndexSchema.TEXT_FIELDS);
  }

  /** As {@link #parseUserQuery(String)}, with words searched in {@code defaultFields}. */
  static Query parseUserQuery(String query, List<String> defaultFields) {
    if (query == null || query.isBlank() || query.strip().equals("*") || query.strip().equals("*:*")) {
      return new MatchAllDocsQuery();
    }
    ParleyQueryParser parser = new ParleyQueryParser(defaultFields);
    try {
      return parser.parse(query);
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException(
          "bad query \"" + query + "\": " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "cannot parse";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }

  private static boolean isDateField(String field) {
    return IndexSchema.PUBLISHED.equals(field) || IndexSchema.YEAR.equals(field);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    if (isDateField(field)) {
      long[] days = days(field, queryText);
      return LongPoint.newRangeQuery(IndexSchema.PUBLISHED, days[0], days[1]);
    }
    return super.getFieldQuery(field, queryText, quoted);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    if (isDateField(field)) {
      return getFieldQuery(field, queryText, true);
    }
    return super.getFieldQuery(field, queryText, slop);
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    if (isDateField(field)) {
      long lower = part1 == null || part1.equals("*") ? Long.MIN_VALUE : days(field, part1)[0];
      long upper = part2 == null || part2.equals("*") ? Long.MAX_VALUE : days(field, part2)[1];
      if (!startInclusive && lower != Long.MIN_VALUE) {
        lower = part1.length() == 4 ? days(field, part1)[1] + 1 : lower + 1;
      }
      if (!endInclusive && upper != Long.MAX_VALUE) {
        upper = part2.length() == 4 ? days(field, part2)[0] - 1 : upper - 1;
      }
      return LongPoint.newRangeQuery(IndexSchema.PUBLISHED, lower, upper);
    }
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  /** First and last epoch day of a date ({@code 2022-03-03}) or a year ({@code 2022}). */
  private static long[] days(String field, String text) throws ParseException {
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        int year = Integer.parseInt(t);
        return new long[] {
          LocalDate.of(year, 1, 1).toEpochDay(), LocalDate.of(year, 12, 31).toEpochDay()
        };
      }
      long day = LocalDate.parse(t).toEpochDay();
      return new long[] {day, day};
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new ParseException(
          field + ": expected a date like 2022-03-03 or a year like 2022, not '" + text + "'");
    }
  }
}
