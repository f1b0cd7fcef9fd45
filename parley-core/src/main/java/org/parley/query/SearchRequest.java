package org.parley.query;

import java.time.LocalDate;

/**
 * A search: Lucene query syntax ({@code *:*} or blank = all), optional filters, paging. Null
 * filters are ignored.
 */
public record SearchRequest(
    String query, String outlet, String entity, LocalDate from, LocalDate to, int limit, int offset) {
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, 10, 0);
  }
}
