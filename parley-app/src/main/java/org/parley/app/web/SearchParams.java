package org.parley.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.query.SearchRequest;
import org.parley.query.StatementQuery;

/**
 * The search state of a page or API call, all in query parameters ({@code q, outlet, entity, from,
 * to, page, size}), checked against the server's limits.
 */
record SearchParams(
    String q,
    String outlet,
    String entity,
    LocalDate from,
    LocalDate to,
    int page,
    int size,
    String type,
    String speaker,
    String kind) {

  /** The two result lists of the search page. */
  static final String ARTICLES = "articles";
  static final String STATEMENTS = "statements";

  SearchParams(String q, String outlet, String entity, LocalDate from, LocalDate to, int page, int size) {
    this(q, outlet, entity, from, to, page, size, ARTICLES, null, null);
  }

  boolean statements() {
    return STATEMENTS.equals(type);
  }

  static final int MAX_QUERY_CHARS = 1000;
  static final int MAX_FILTER_CHARS = 500;
  static final int DEFAULT_PAGE_SIZE = 20;
  static final int MAX_PAGE_SIZE = 100;
  /** Results beyond this rank are not served (deep paging costs memory per request). */
  static final int MAX_OFFSET = 10_000;

  /** Words and operators in one query at most. */
  static final int MAX_QUERY_TERMS = 64;

  /** Wildcard and fuzzy terms in one query at most (each may expand to many index terms). */
  static final int MAX_EXPANDING_TERMS = 4;

  static SearchParams from(Context ctx, int defaultSize, int maxSize) {
    String q = text(ctx, "q", MAX_QUERY_CHARS);
    checkComplexity(q);
    String outlet = text(ctx, "outlet", MAX_FILTER_CHARS);
    String entity = text(ctx, "entity", MAX_FILTER_CHARS);
    LocalDate from = date(ctx, "from");
    LocalDate to = date(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequest("'from' (" + from + ") is after 'to' (" + to + ")");
    }
    int size = number(ctx, "size", defaultSize, 1, maxSize);
    int page = number(ctx, "page", 1, 1, Integer.MAX_VALUE);
    if ((long) (page - 1) * size >= MAX_OFFSET) {
      throw new BadRequest(
          "page " + page + " is too deep: only the first " + MAX_OFFSET + " results can be paged through; narrow the search");
    }
    String type = text(ctx, "type", 20);
    if (type != null && !type.equals(ARTICLES) && !type.equals(STATEMENTS)) {
      throw new BadRequest("'type' must be articles or statements, not '" + abbreviate(type) + "'");
    }
    String speaker = text(ctx, "speaker", MAX_FILTER_CHARS);
    String kind = text(ctx, "kind", 20);
    if (kind != null && !kind.matches("direct|indirect|mixed")) {
      throw new BadRequest("'kind' must be direct, indirect or mixed, not '" + abbreviate(kind) + "'");
    }
    return new SearchParams(q, outlet, entity, from, to, page, size, type == null ? ARTICLES : type, speaker, kind);
  }

  /** The statement search these parameters describe (the entity filter does not apply). */
  StatementQuery statementQuery() {
    return new StatementQuery(q, speaker, null, outlet, kind, null, from, to, size, offset());
  }

  SearchRequest request() {
    return new SearchRequest(
        q == null ? "*:*" : q, outlet, entity, from, to, size, (page - 1) * size);
  }

  int offset() {
    return (page - 1) * size;
  }

  /** The parameters as they appear in a bookmarkable URL (defaults left out). */
  Map<String, String> asQuery() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("q", q);
    if (statements()) {
      m.put("type", STATEMENTS);
    }
    m.put("outlet", outlet);
    if (statements()) {
      m.put("speaker", speaker);
      m.put("kind", kind);
    } else {
      m.put("entity", entity);
    }
    m.put("from", from == null ? null : from.toString());
    m.put("to", to == null ? null : to.toString());
    return m;
  }

  SearchParams withPage(int p) {
    return new SearchParams(q, outlet, entity, from, to, p, size, type, speaker, kind);
  }

  SearchParams withOutlet(String o) {
    return new SearchParams(q, o, entity, from, to, 1, size, type, speaker, kind);
  }

  SearchParams withEntity(String e) {
    return new SearchParams(q, outlet, e, from, to, 1, size, type, speaker, kind);
  }

  SearchParams withSpeaker(String s) {
    return new SearchParams(q, outlet, entity, from, to, 1, size, type, s, kind);
  }

  SearchParams withKind(String k) {
    return new SearchParams(q, outlet, entity, from, to, 1, size, type, speaker, k);
  }

  /** The same search over the other list (filters that do not apply there are dropped). */
  SearchParams withType(String t) {
    return new SearchParams(q, outlet, entity, from, to, 1, size, t, speaker, kind);
  }

  SearchParams withYear(int year) {
    return new SearchParams(
        q, outlet, entity, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 1, size, type, speaker, kind);
  }

  SearchParams withDates(LocalDate f, LocalDate t) {
    return new SearchParams(q, outlet, entity, f, t, 1, size, type, speaker, kind);
  }

  /** A {@code /search} (or other path) URL with this state and the page when not 1. */
  String link(String path) {
    Map<String, String> m = asQuery();
    if (page > 1) {
      m.put("page", Integer.toString(page));
    }
    if (size != DEFAULT_PAGE_SIZE) {
      m.put("size", Integer.toString(size));
    }
    return Html.link(path, m);
  }

  boolean hasFilters() {
    return outlet != null || (statements() ? speaker != null || kind != null : entity != null) || from != null || to != null;
  }

  /**
   * Refuses queries that would be too expensive to answer on a large index: very many terms,
   * many wildcard or fuzzy terms, and regular expressions (which scan the whole term dictionary).
   */
  static void checkComplexity(String q) {
    if (q == null) {
      return;
    }
    String outsidePhrases = q.replaceAll("\"[^\"]*\"", " \"\" ");
    String[] tokens = outsidePhrases.strip().split("\\s+");
    if (tokens.length > MAX_QUERY_TERMS) {
      throw new BadRequest("query too complex: " + tokens.length + " words and operators (at most " + MAX_QUERY_TERMS + ")");
    }
    int expanding = 0;
    for (String token : tokens) {
      String t = token.replaceFirst("^[-+!(]*([A-Za-z_]+:)?[(]*", "");
      if (t.startsWith("/")) {
        throw new BadRequest("regular expressions (/.../) are not supported here: they are too slow on a large index; use words, phrases or a trailing *");
      }
      if (t.contains("*") && !t.equals("*") && !t.equals("*:*") || t.contains("?") || t.matches(".*[^\\\\]~\\d*(\\.\\d+)?\\)*$")) {
        expanding++;
      }
    }
    if (expanding > MAX_EXPANDING_TERMS) {
      throw new BadRequest("query too complex: " + expanding + " wildcard or fuzzy terms (at most " + MAX_EXPANDING_TERMS + ")");
    }
  }

  private static String text(Context ctx, String name, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > max) {
      throw new BadRequest("'" + name + "' is too long (" + v.length() + " characters; at most " + max + ")");
    }
    return v.strip();
  }

  private static LocalDate date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    String t = v.strip();
    try {
      if (t.matches("\\d{4}")) {
        int year = Integer.parseInt(t);
        return name.equals("to") ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      return LocalDate.parse(t);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new BadRequest("'" + name + "' must be a date like 2022-03-03 or a year like 2022, not '" + abbreviate(t) + "'");
    }
  }

  static int number(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new BadRequest("'" + name + "' must be a whole number, not '" + abbreviate(v) + "'");
    }
    if (n < min || n > max) {
      throw new BadRequest("'" + name + "' must be between " + min + " and " + max + ", not " + n);
    }
    return n;
  }

  static LocalDate dateParam(Context ctx, String name) {
    return date(ctx, name);
  }

  static String textParam(Context ctx, String name, int max) {
    return text(ctx, name, max);
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }
}
