package org.parley.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.parley.model.Article;
import org.parley.model.Mention;
import org.parley.query.ArticleSearcher;
import org.parley.query.SearchHit;
import org.parley.query.SearchRequest;
import org.parley.query.SearchResult;
import org.parley.query.StoredArticle;

/**
 * The web application: server-rendered pages and the JSON API over one {@link ArticleSearcher}.
 * Every value from an article is escaped (templates auto-escape; the few pre-built HTML fragments
 * escape everything themselves). All page state lives in query parameters.
 */
public final class WebServer implements AutoCloseable {

  /** Content-Security-Policy: only our own scripts and styles, no inline code, no framing. */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'";

  /** The searcher is refreshed (to see new ingest commits) at most this often. */
  private static final long REFRESH_MILLIS = 2000;

  private final ArticleSearcher searcher;
  private final Map<String, String> assets =
      Map.of(
          "pico", webjar("picocss__pico", "css/pico.min.css"),
          "chartjs", webjar("chart.js", "dist/chart.umd.min.js"));
  private final PebbleEngine pebble;
  private final Javalin app;
  private volatile long lastRefresh = System.currentTimeMillis();

  public WebServer(ArticleSearcher searcher) {
    this.searcher = searcher;
    ClasspathLoader loader = new ClasspathLoader(WebServer.class.getClassLoader());
    loader.setPrefix("org/parley/app/web/templates");
    loader.setSuffix(".peb");
    this.pebble =
        new PebbleEngine.Builder()
            .loader(loader)
            .autoEscaping(true)
            .strictVariables(false)
            .build();
    ApiRoutes api = new ApiRoutes(searcher);
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = 16 * 1024;
              config.router.ignoreTrailingSlashes = true;
              config.staticFiles.enableWebjars();
              config.staticFiles.add(
                  s -> {
                    s.hostedPath = "/static";
                    s.directory = "/org/parley/app/web/static";
                    s.location = io.javalin.http.staticfiles.Location.CLASSPATH;
                  });
              config.routes.before(this::securityHeaders);
              config.routes.before(ctx -> maybeRefresh());
              config.routes.get("/", this::home);
              config.routes.get("/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
              config.routes.get("/search", this::search);
              config.routes.get("/article/{id}", this::article);
              config.routes.get("/entity", this::entityByName);
              config.routes.get("/entity/{id}", this::entity);
              config.routes.get("/positions", ctx -> placeholder(ctx, "positions"));
              config.routes.get("/timeline", this::timeline);
              config.routes.get("/api/search", api::search);
              config.routes.get("/api/articles/{id}", api::article);
              config.routes.get("/api/entities/{id}", api::entity);
              config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
              config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
              config.routes.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) ->
                      error(ctx, e.getStatus(), e.getStatus() == 404 ? "no page at " + SearchParams.abbreviate(ctx.path()) : e.getMessage()));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    System.err.println("parley serve: error on " + ctx.method() + " " + ctx.path() + ": " + e);
                    error(ctx, 500, "internal error (" + e.getClass().getSimpleName() + "); the server log has details");
                  });
              config.routes.error(404, ctx -> {
                if (!ctx.attributeMap().containsKey("parley.error")) {
                  error(ctx, 404, "no page at " + SearchParams.abbreviate(ctx.path()));
                }
              });
              config.routes.error(405, ctx -> error(ctx, 405, "method not allowed"));
            });
  }

  /** Starts listening; port 0 picks a free port (see {@link #port()}). */
  public WebServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  // --- cross-cutting ---------------------------------------------------------------------------

  private void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }

  private void maybeRefresh() {
    long now = System.currentTimeMillis();
    if (now - lastRefresh < REFRESH_MILLIS) {
      return;
    }
    lastRefresh = now;
    try {
      searcher.refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void error(Context ctx, int status, String message) {
    ctx.attribute("parley.error", Boolean.TRUE);
    String msg = message == null || message.isBlank() ? HttpStatus.forStatus(status).getMessage() : message;
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("error", msg);
      json.put("status", status);
      ctx.contentType("application/json; charset=utf-8").result(WebJson.write(json));
      return;
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("status", status);
    model.put("reason", HttpStatus.forStatus(status).getMessage());
    model.put("message", msg);
    model.put("q", ctx.queryParam("q"));
    render(ctx, "error", "Error " + status, model);
  }

  private void render(Context ctx, String template, String title, Map<String, Object> model) {
    model.put("title", title);
    model.put("assets", assets);
    model.putIfAbsent("nav", template);
    PebbleTemplate t = pebble.getTemplate(template);
    StringWriter out = new StringWriter();
    try {
      t.evaluate(out, model, Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.html(out.toString());
  }

  /** The URL of a file in a WebJar on the class path, with the version the build put there. */
  static String webjar(String artifact, String file) {
    String props = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    try (var in = WebServer.class.getClassLoader().getResourceAsStream(props)) {
      if (in == null) {
        throw new IllegalStateException("WebJar " + artifact + " is missing from the class path");
      }
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      return "/webjars/" + artifact + "/" + p.getProperty("version") + "/" + file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- pages -----------------------------------------------------------------------------------

  private void home(Context ctx) throws IOException {
    SearchResult all = searcher.search(new SearchRequest("*:*", null, null, null, null, 8, 0));
    SearchParams none = new SearchParams(null, null, null, null, null, 1, SearchParams.DEFAULT_PAGE_SIZE);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("total", all.total());
    model.put("latest", hits(all.hits()));
    model.put("outlets", facetLinks(all, "outlet", none));
    model.put("entities", entityLinks(all.facets().get("entity")));
    model.put("years", facetLinks(all, "year", none));
    putYearChart(model, all.facets().get("year"));
    render(ctx, "home", "Parley", model);
  }

  private void search(Context ctx) throws IOException {
    SearchParams p = SearchParams.from(ctx, SearchParams.DEFAULT_PAGE_SIZE, SearchParams.MAX_PAGE_SIZE);
    SearchResult result = searcher.search(p.request());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("q", p.q());
    model.put("p", p);
    model.put("total", result.total());
    model.put("hits", hits(result.hits()));
    model.put("first", result.hits().isEmpty() ? 0 : p.offset() + 1);
    model.put("last", p.offset() + result.hits().size());
    model.put("outlets", facetLinks(result, "outlet", p));
    model.put("years", facetLinks(result, "year", p));
    model.put("entities", facetLinks(result, "entity", p));
    model.put("filters", activeFilters(p));
    model.put("pages", pageLinks(p, result.total()));
    Map<String, String> query = p.asQuery();
    query.put("format", "csv");
    model.put("csvHref", Html.link("/api/search", query));
    query.put("format", "jsonl");
    model.put("jsonlHref", Html.link("/api/search", query));
    query.remove("format");
    model.put("jsonHref", Html.link("/api/search", query));
    String title = p.q() == null ? "All articles" : p.q();
    render(ctx, "search", title + " – Parley search", model);
  }

  private void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    StoredArticle stored = findArticle(id);
    Article a = stored.article();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("a", a);
    model.put("url", Html.safeExternalUrl(a.url()));
    model.put("sourceUrl", Html.safeExternalUrl(a.source()));
    model.put("body", new SafeString(ArticleBody.html(a, stored.mentions())));
    model.put("junkSpans", ArticleBody.junkSpans(a));
    model.put("entities", articleEntities(stored.mentions()));
    model.put("outletHref", a.outlet() == null ? null : Html.link("/search", Map.of("outlet", a.outlet())));
    model.put("apiHref", "/api/articles/" + Html.pathSegment(a.id()));
    model.put("dateSource", a.dateSource().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    model.put("displayTitle", displayTitle(a.title(), a.source()));
    render(ctx, "article", displayTitle(a.title(), a.source()) + " – Parley", model);
  }

  StoredArticle findArticle(String id) throws IOException {
    if (id == null || id.isBlank() || id.length() > 200) {
      throw new BadRequest("bad article id");
    }
    return searcher.get(id).orElseThrow(() -> new NotFound("no article with id " + SearchParams.abbreviate(id)));
  }

  private void entityByName(Context ctx) throws IOException {
    String name = ctx.queryParam("name");
    if (name == null || name.isBlank() || name.length() > SearchParams.MAX_FILTER_CHARS) {
      throw new BadRequest("give an entity name: /entity?name=...");
    }
    String id = EntityInfo.idForName(searcher, name.strip()).orElse(null);
    if (id == null) {
      // no entity id recorded: the articles mentioning the name are the best we can show
      ctx.redirect(Html.link("/search", Map.of("entity", name.strip())), HttpStatus.SEE_OTHER);
      return;
    }
    ctx.redirect("/entity/" + Html.pathSegment(id), HttpStatus.SEE_OTHER);
  }

  private void entity(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    EntityInfo info =
        EntityInfo.lookup(searcher, id).orElseThrow(() -> new NotFound("no article mentions an entity with id " + SearchParams.abbreviate(id)));
    int size = SearchParams.DEFAULT_PAGE_SIZE;
    int page = SearchParams.number(ctx, "page", 1, 1, SearchParams.MAX_OFFSET / size);
    SearchParams p = new SearchParams(null, null, info.name(), null, null, page, size);
    SearchResult result = searcher.search(p.request());
    if (result.total() == 0) {
      // the name filter found nothing (the name is not unique to this id): list by id instead
      result = searcher.search(new SearchRequest(EntityInfo.idQuery(id), null, null, null, null, size, p.offset()));
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("e", info);
    model.put("hits", hits(result.hits()));
    model.put("total", result.total());
    model.put("first", result.hits().isEmpty() ? 0 : p.offset() + 1);
    model.put("last", p.offset() + result.hits().size());
    List<Map<String, Object>> others = new ArrayList<>();
    for (Map<String, Object> link : entityLinks(result.facets().get("entity"))) {
      if (!info.name().equals(link.get("label"))) {
        others.add(link);
      }
    }
    model.put("cooccurring", others);
    model.put("years", facetLinks(result, "year", p.withPage(1)));
    model.put("outlets", facetLinks(result, "outlet", p.withPage(1)));
    model.put("searchHref", Html.link("/search", Map.of("entity", info.name())));
    model.put("apiHref", "/api/entities/" + Html.pathSegment(id));
    List<Map<String, Object>> pages = new ArrayList<>();
    for (Map<String, Object> link : pageLinks(p, result.total())) {
      link.put("href", "/entity/" + Html.pathSegment(id) + (((int) link.get("n")) > 1 ? "?page=" + link.get("n") : ""));
      pages.add(link);
    }
    model.put("pages", pages);
    render(ctx, "entity", info.name() + " – Parley", model);
  }

  private void timeline(Context ctx) throws IOException {
    SearchResult all = searcher.search(new SearchRequest("*:*", null, null, null, null, 0, 0));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("total", all.total());
    putYearChart(model, all.facets().get("year"));
    model.put("years", facetLinks(all, "year", new SearchParams(null, null, null, null, null, 1, SearchParams.DEFAULT_PAGE_SIZE)));
    render(ctx, "timeline", "Timeline – Parley", model);
  }

  private void placeholder(Context ctx, String which) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("nav", which);
    render(ctx, which, "Positions – Parley", model);
  }

  // --- view models ----------------------------------------------------------------------------

  private static List<Map<String, Object>> hits(List<SearchHit> hits) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (SearchHit h : hits) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("href", "/article/" + Html.pathSegment(h.id()));
      m.put("title", displayTitle(h.title(), h.source()));
      m.put("outlet", h.outlet());
      m.put("published", h.published());
      m.put("source", h.source());
      List<SafeString> snippets = new ArrayList<>();
      for (String s : h.snippets()) {
        snippets.add(new SafeString(Html.snippet(s)));
      }
      m.put("snippets", snippets);
      out.add(m);
    }
    return out;
  }

  /** The title, or for an untitled article "Untitled (file name)" so lists stay tellable apart. */
  static String displayTitle(String title, String source) {
    if (title != null && !title.isBlank()) {
      return title;
    }
    if (source == null || source.isBlank()) {
      return "Untitled";
    }
    String name = source.replaceFirst("[?].*$", "").replaceFirst("/+$", "");
    name = name.substring(name.lastIndexOf('/') + 1);
    return name.isBlank() ? "Untitled" : "Untitled (" + name + ")";
  }

  /** Facet values as links that filter the current search (an active value links to its removal). */
  private static List<Map<String, Object>> facetLinks(SearchResult result, String dim, SearchParams p) {
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, Long> values = result.facets().getOrDefault(dim, Map.of());
    for (Map.Entry<String, Long> v : values.entrySet()) {
      String label = v.getKey();
      boolean active;
      SearchParams target;
      switch (dim) {
        case "outlet" -> {
          active = label.equals(p.outlet());
          target = p.withOutlet(active ? null : label);
        }
        case "entity" -> {
          active = label.equals(p.entity());
          target = p.withEntity(active ? null : label);
        }
        default -> {
          int year;
          try {
            year = Integer.parseInt(label);
          } catch (NumberFormatException e) {
            continue;
          }
          active = p.from() != null && p.to() != null
              && p.from().equals(LocalDate.of(year, 1, 1)) && p.to().equals(LocalDate.of(year, 12, 31));
          target = active ? p.withDates(null, null) : p.withYear(year);
        }
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", label);
      m.put("count", v.getValue());
      m.put("active", active);
      m.put("href", target.withPage(1).link("/search"));
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> entityLinks(Map<String, Long> facet) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (facet == null) {
      return out;
    }
    for (Map.Entry<String, Long> v : facet.entrySet()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", v.getKey());
      m.put("count", v.getValue());
      m.put("href", Html.link("/entity", Map.of("name", v.getKey())));
      m.put("searchHref", Html.link("/search", Map.of("entity", v.getKey())));
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> activeFilters(SearchParams p) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (p.outlet() != null) {
      out.add(Map.of("label", "outlet: " + p.outlet(), "href", p.withOutlet(null).link("/search")));
    }
    if (p.entity() != null) {
      out.add(Map.of("label", "entity: " + p.entity(), "href", p.withEntity(null).link("/search")));
    }
    if (p.from() != null || p.to() != null) {
      String label = "published " + (p.from() == null ? "…" : p.from()) + " to " + (p.to() == null ? "…" : p.to());
      out.add(Map.of("label", label, "href", p.withDates(null, null).link("/search")));
    }
    return out;
  }

  /** Previous, a window of page numbers and next, as links. */
  private static List<Map<String, Object>> pageLinks(SearchParams p, long total) {
    List<Map<String, Object>> out = new ArrayList<>();
    long maxResults = Math.min(total, SearchParams.MAX_OFFSET);
    int pages = (int) ((maxResults + p.size() - 1) / p.size());
    if (pages <= 1) {
      return out;
    }
    int from = Math.max(1, p.page() - 3);
    int to = Math.min(pages, p.page() + 3);
    if (p.page() > 1) {
      out.add(pageLink(p, p.page() - 1, "‹ Previous", false, "prev"));
    }
    for (int i = from; i <= to; i++) {
      out.add(pageLink(p, i, Integer.toString(i), i == p.page(), null));
    }
    if (p.page() < pages) {
      out.add(pageLink(p, p.page() + 1, "Next ›", false, "next"));
    }
    return out;
  }

  private static Map<String, Object> pageLink(SearchParams p, int n, String label, boolean current, String rel) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", n);
    m.put("label", label);
    m.put("current", current);
    m.put("rel", rel);
    m.put("href", p.withPage(n).link("/search"));
    return m;
  }

  /** Distinct entities of an article, most mentioned first. */
  private static List<Map<String, Object>> articleEntities(List<Mention> mentions) {
    Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
    for (Mention m : mentions) {
      String name = m.entityName() != null ? m.entityName() : m.text();
      if (name == null || name.isBlank()) {
        continue;
      }
      String key = m.entityId() != null ? m.entityId() : "name:" + name;
      Map<String, Object> e = byKey.computeIfAbsent(key, k -> new LinkedHashMap<>());
      e.putIfAbsent("label", name);
      e.putIfAbsent("type", m.type() == null ? "misc" : m.type().name().toLowerCase(Locale.ROOT));
      e.putIfAbsent("href", m.entityId() == null ? null : "/entity/" + Html.pathSegment(m.entityId()));
      e.merge("count", 1, (a, b) -> (Integer) a + (Integer) b);
    }
    List<Map<String, Object>> out = new ArrayList<>(byKey.values());
    out.sort((a, b) -> (Integer) b.get("count") - (Integer) a.get("count"));
    return out;
  }

  /** Articles per year, oldest first, as JSON arrays in data attributes for the Chart.js canvas. */
  private static void putYearChart(Map<String, Object> model, Map<String, Long> years) {
    Map<String, Long> sorted = new TreeMap<>(years == null ? Map.of() : years);
    model.put("chartLabels", WebJson.write(new ArrayList<>(sorted.keySet())));
    model.put("chartValues", WebJson.write(new ArrayList<>(sorted.values())));
    model.put("hasChart", sorted.size() > 0);
  }
}
