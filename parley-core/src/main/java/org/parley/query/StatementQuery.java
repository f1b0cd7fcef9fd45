package org.parley.query;

import java.time.LocalDate;

/**
 * A statement search: words in the content (Lucene syntax; blank = all) and filters, null ones
 * ignored. {@code speaker} matches any speaker whose name or mention contains those words ("Putin"
 * finds "Vladimir Putin") or whose entity id it is. {@code from}/{@code to} apply to the date said,
 * or the article's date when that is unknown.
 */
public record StatementQuery(
    String text,
    String speaker,
    String articleId,
    String outlet,
    String kind,
    String cue,
    LocalDate from,
    LocalDate to,
    int limit,
    int offset) {

  public static StatementQuery all() {
    return new StatementQuery(null, null, null, null, null, null, null, null, 50, 0);
  }

  public StatementQuery withSpeaker(String name) {
    return new StatementQuery(text, name, articleId, outlet, kind, cue, from, to, limit, offset);
  }

  public StatementQuery withArticle(String id) {
    return new StatementQuery(text, speaker, id, outlet, kind, cue, from, to, limit, offset);
  }

  public StatementQuery page(int newLimit, int newOffset) {
    return new StatementQuery(text, speaker, articleId, outlet, kind, cue, from, to, newLimit, newOffset);
  }
}
