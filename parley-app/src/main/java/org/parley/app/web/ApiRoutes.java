package org.parley.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import java.util.ArrayList;
import java.util.List;
import org.parley.app.PositionsCommand;
import org.parley.app.StatementRecords;
import org.parley.entity.Entity;
import org.parley.model.EntityType;
import org.parley.query.ArticleSearcher;
import org.parley.query.EntityQueries;
import org.parley.query.PositionQuery;
import org.parley.query.PositionSearcher;
import org.parley.query.StatementHit;
import org.parley.query.StatementQuery;
import org.parley.query.StatementResult;
import org.parley.query.StatementSearcher;
import org.parley.query.SearchHit;
import org.parley.query.SearchResult;
import org.parley.query.StoredArticle;

/**
 * The JSON API under {@code /api/}: the same shapes as the CLI's {@code --format json} output
 * (formats.md). Snippets keep the highlighter's {@code <em>} tags and are not HTML-escaped: a
 * client that shows them as HTML must escape them, as the pages do.
 */
final class ApiRoutes {
  /** Page size of {@code /api/search} as JSON unless {@code size} says otherwise. */
  static final int DEFAULT_JSON_SIZE = 10;
  /** Rows in one CSV or JSONL download at most (and by default). */
  static final int MAX_EXPORT_ROWS = SearchParams.MAX_OFFSET;

  private final ArticleSearcher searcher;
  private final StatementSearcher statements;
  private final PositionSearcher positions;
  private final EntityQueries entities;

  ApiRoutes(ArticleSearcher searcher, StatementSearcher statements, PositionSearcher positions, EntityQueries entities) {
    this.searcher = searcher;
    this.statements = statements;
    this.positions = positions;
    this.entities = entities;
  }

  private static String format(Context ctx) {
    String format = ctx.queryParam("format");
    format = format == null || format.isBlank() ? "json" : format.strip();
    if (!format.equals("json") && !format.equals("jsonl") && !format.equals("csv")) {
      throw new BadRequest("'format' must be json, jsonl or csv, not '" + SearchParams.abbreviate(format) + "'");
    }
    return format;
  }

  /**
   * {@code /api/statements}: the search page's statement list. JSON: {@code total}, {@code
   * statements} (export records, formats.md), {@code facets}; jsonl/csv: every match (up to
   * 10,000) in the fields of {@code parley statements --format jsonl}.
   */
  void statements(Context ctx) throws IOException {
    String format = format(ctx);
    boolean json = format.equals("json");
    SearchParams p =
        SearchParams.from(ctx, json ? DEFAULT_JSON_SIZE : MAX_EXPORT_ROWS, json ? SearchParams.MAX_PAGE_SIZE : MAX_EXPORT_ROWS)
            .withType(SearchParams.STATEMENTS);
    String article = SearchParams.textParam(ctx, "article", 200);
    StatementQuery q = p.withPage(SearchParams.number(ctx, "page", 1, 1, Integer.MAX_VALUE)).statementQuery().withArticle(article);
    StatementResult r = statements.search(q);
    List<Map<String, Object>> records = new ArrayList<>();
    for (StatementHit h : r.hits()) {
      records.add(StatementRecords.of(h));
    }
    if (json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("total", r.total());
      out.put("statements", records);
      out.put("facets", r.facets());
      json(ctx, out);
    } else {
      export(ctx, format, "parley-statements", StatementRecords.FIELDS, records);
    }
  }

  /**
   * {@code /api/positions?actor=&topic=&stance=&article=&from=&to=}: JSON {@code total}, {@code
   * positions} (export records) and {@code facets}; jsonl/csv as {@code parley positions}.
   */
  void positions(Context ctx) throws IOException {
    String format = format(ctx);
    PositionQuery q = LedgerPages.positionQuery(ctx);
    boolean json = format.equals("json");
    int size = SearchParams.number(ctx, "size", json ? DEFAULT_JSON_SIZE : MAX_EXPORT_ROWS, 1, json ? SearchParams.MAX_PAGE_SIZE : MAX_EXPORT_ROWS);
    int page = SearchParams.number(ctx, "page", 1, 1, SearchParams.MAX_OFFSET / size + 1);
    int offset = (page - 1) * size;
    String outlet = SearchParams.textParam(ctx, "outlet", SearchParams.MAX_FILTER_CHARS);
    List<Map<String, Object>> records = new ArrayList<>();
    long[] total = {0};
    positions.forEach(q, h -> {
      if (outlet != null && !outlet.equals(h.outlet())) {
        return;
      }
      if (total[0] >= offset && records.size() < size) {
        records.add(PositionsCommand.record(h));
      }
      total[0]++;
    });
    if (json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("total", total[0]);
      out.put("positions", records);
      out.put("facets", outlet == null ? positions.facets(q, 20) : Map.of());
      json(ctx, out);
    } else {
      export(ctx, format, "parley-positions", PositionsCommand.FIELDS, records);
    }
  }

  /** {@code /api/entities?type=&limit=}: catalogue entities, most mentioned first. */
  void entities(Context ctx) throws IOException {
    String typeName = SearchParams.textParam(ctx, "type", 30);
    EntityType type = null;
    if (typeName != null) {
      try {
        type = EntityType.valueOf(typeName.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadRequest("'type' must be one of " + java.util.Arrays.toString(EntityType.values()) + ", not '" + SearchParams.abbreviate(typeName) + "'");
      }
    }
    int limit = SearchParams.number(ctx, "limit", 100, 1, MAX_EXPORT_ROWS);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Entity e : entities.list(type, limit)) {
      out.add(entityRecord(e));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("total", entities.count());
    json.put("entities", out);
    json(ctx, json);
  }

  static Map<String, Object> entityRecord(Entity e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("name", e.name());
    m.put("type", e.type());
    m.put("aliases", e.aliases());
    m.put("mentions", e.mentions());
    m.put("articles", e.articles());
    return m;
  }

  private static void export(Context ctx, String format, String name, List<String> fields, List<Map<String, Object>> records)
      throws IOException {
    if (format.equals("jsonl")) {
      StringBuilder out = new StringBuilder();
      for (Map<String, Object> r : records) {
        out.append(WebJson.write(r)).append('\n');
      }
      download(ctx, "application/x-ndjson; charset=utf-8", name + ".jsonl", out.toString());
      return;
    }
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(fields.toArray(String[]::new)).build())) {
      for (Map<String, Object> r : records) {
        for (Object value : r.values()) {
          csv.print(value instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList()) : value);
        }
        csv.println();
      }
    }
    download(ctx, "text/csv; charset=utf-8", name + ".csv", out.toString());
  }

  void search(Context ctx) throws IOException {
    String format = ctx.queryParam("format");
    format = format == null || format.isBlank() ? "json" : format.strip();
    switch (format) {
      case "json" -> {
        SearchParams p = SearchParams.from(ctx, DEFAULT_JSON_SIZE, SearchParams.MAX_PAGE_SIZE);
        SearchResult r = searcher.search(p.request());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("query", r.query());
        json.put("total", r.total());
        json.put("hits", r.hits());
        json.put("facets", r.facets());
        json(ctx, json);
      }
      case "jsonl" -> {
        SearchParams p = SearchParams.from(ctx, MAX_EXPORT_ROWS, MAX_EXPORT_ROWS);
        SearchResult r = searcher.search(p.request());
        StringBuilder out = new StringBuilder();
        for (SearchHit hit : r.hits()) {
          out.append(WebJson.write(hit)).append('\n');
        }
        download(ctx, "application/x-ndjson; charset=utf-8", "parley-search.jsonl", out.toString());
      }
      case "csv" -> {
        SearchParams p = SearchParams.from(ctx, MAX_EXPORT_ROWS, MAX_EXPORT_ROWS);
        SearchResult r = searcher.search(p.request());
        StringWriter out = new StringWriter();
        try (CSVPrinter csv =
            new CSVPrinter(
                out,
                CSVFormat.RFC4180.builder()
                    .setHeader("id", "title", "outlet", "published", "source", "score", "snippet")
                    .build())) {
          for (SearchHit h : r.hits()) {
            csv.printRecord(
                h.id(),
                h.title(),
                h.outlet(),
                h.published(),
                h.source(),
                h.score(),
                h.snippets().isEmpty() ? null : h.snippets().get(0));
          }
        }
        download(ctx, "text/csv; charset=utf-8", "parley-search.csv", out.toString());
      }
      default -> throw new BadRequest("'format' must be json, jsonl or csv, not '" + SearchParams.abbreviate(format) + "'");
    }
  }

  void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (id.isBlank() || id.length() > 200) {
      throw new BadRequest("bad article id");
    }
    StoredArticle stored =
        searcher.get(id).orElseThrow(() -> new NotFound("no article with id " + SearchParams.abbreviate(id)));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("article", stored.article());
    json.put("clean_text", stored.article().cleanText());
    json.put("mentions", stored.mentions());
    json(ctx, json);
  }

  void entity(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    EntityInfo.checkId(id);
    java.util.Optional<Entity> canonical = entities.get(id);
    if (canonical.isPresent()) {
      Map<String, Object> json = entityRecord(canonical.get());
      Map<String, Long> cooccurring = new LinkedHashMap<>();
      for (Map.Entry<String, Long> c : entities.cooccurring(id, 20).entrySet()) {
        cooccurring.put(entities.get(c.getKey()).map(Entity::name).orElse(c.getKey()), c.getValue());
      }
      json.put("cooccurring", cooccurring);
      Map<String, Long> days = new LinkedHashMap<>();
      entities.timeline(id).forEach((d, n) -> days.put(d.toString(), n));
      json.put("timeline", days);
      json(ctx, json);
      return;
    }
    EntityInfo info =
        EntityInfo.lookup(searcher, id)
            .orElseThrow(() -> new NotFound("no article mentions an entity with id " + SearchParams.abbreviate(id)));
    SearchResult related =
        searcher.search(
            new org.parley.query.SearchRequest(EntityInfo.idQuery(id), null, null, null, null, 0, 0));
    Map<String, Long> cooccurring = new LinkedHashMap<>(related.facets().getOrDefault("entity", Map.of()));
    cooccurring.remove(info.name());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", info.id());
    json.put("name", info.name());
    json.put("type", info.type());
    json.put("aliases", info.aliases().keySet());
    json.put("mentions", info.mentions());
    json.put("articles", info.articles());
    json.put("cooccurring", cooccurring);
    json(ctx, json);
  }

  private static void json(Context ctx, Object value) {
    ctx.contentType("application/json; charset=utf-8").result(WebJson.write(value));
  }

  private static void download(Context ctx, String type, String filename, String body) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    ctx.contentType(type).result(body);
  }
}
