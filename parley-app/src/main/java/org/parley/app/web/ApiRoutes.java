package org.parley.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parley.query.ArticleSearcher;
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

  ApiRoutes(ArticleSearcher searcher) {
    this.searcher = searcher;
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
