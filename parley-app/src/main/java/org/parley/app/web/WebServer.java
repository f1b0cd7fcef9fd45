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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.parley.model.Article;
import org.parley.model.Mention;
import org.parley.model.Position;
import org.parley.model.Statement;
import org.parley.query.ArticleSearcher;
import org.parley.query.EntityQueries;
import org.parley.query.PositionQuery;
import org.parley.query.PositionSearcher;
import org.parley.query.StatementQuery;
import org.parley.query.StatementResult;
import org.parley.query.StatementSearcher;
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
  private final StatementSearcher statements;
  private final PositionSearcher positions;
  private final EntityQueries entities;
  private final Views views;
  private final LinkData links;
  private final LinkPages linkPages;
  /** Searchers this server opened itself (see {@link #open}) and closes with itself. */
  private final List<java.io.Closeable> owned = new ArrayList<>();
  private final Map<String, String> assets =
      Map.of(
          "pico", webjar("picocss__pico", "css/pico.min.css"),
          "chartjs", webjar("chart.js", "dist/chart.umd.min.js"));
  private final PebbleEngine pebble;
  private final Javalin app;
  private volatile long lastRefresh = System.currentTimeMillis();

  /** Opens the index of {@code dataDir} for articles, statements and positions; closes it on {@link #close()}. */
  public static WebServer open(Path dataDir) throws IOException {
    ArticleSearcher a = ArticleSearcher.open(dataDir);
    StatementSearcher s = null;
    try {
      s = StatementSearcher.open(dataDir);
      PositionSearcher p = PositionSearcher.open(dataDir);
      WebServer server = new WebServer(a, s, p, LinkData.open(dataDir));
      server.owned.add(p);
      server.owned.add(s);
      server.owned.add(a);
      return server;
    } catch (IOException | RuntimeException e) {
      if (s != null) {
        s.close();
      }
      a.close();
      throw e;
    }
  }

  public WebServer(ArticleSearcher searcher, StatementSearcher statements, PositionSearcher positions) {
    this(searcher, statements, positions, LinkData.none());
  }

  WebServer(ArticleSearcher searcher, StatementSearcher statements, PositionSearcher positions, LinkData links) {
    this.searcher = searcher;
    this.links = links;
    this.statements = statements;
    this.positions = positions;
    this.entities = new EntityQueries(searcher);
    this.views = new Views(searcher, statements, positions, entities, links);
    ClasspathLoader loader = new ClasspathLoader(WebServer.class.getClassLoader());
    loader.setPrefix("org/parley/app/web/templates");
    loader.setSuffix(".peb");
    this.pebble =
        new PebbleEngine.Builder()
            .loader(loader)
            .autoEscaping(true)
            .strictVariables(false)
            .build();
    ApiRoutes api = new ApiRoutes(searcher, statements, positions, entities);
    LedgerPages ledger = new LedgerPages(statements, positions, this::render);
    this.linkPages = new LinkPages(links, searcher, statements, this::render);
    LinkApi linkApi = new LinkApi(links, searcher, statements);
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
              config.routes.get("/positions", ledger::positions);
              config.routes.get("/timeline", ledger::timeline);
              config.routes.get("/clusters", linkPages::clusters);
              config.routes.get("/cluster/{id}", linkPages::cluster);
              config.routes.get("/reuse", linkPages::reuse);
              config.routes.get("/reuse/{from}/{to}", linkPages::pair);
              config.routes.get("/disputes", linkPages::disputes);
              config.routes.get("/api/clusters", linkApi::clusters);
              config.routes.get("/api/clusters/{id}", linkApi::cluster);
              config.routes.get("/api/reuse", linkApi::reuse);
              config.routes.get("/api/disputes", linkApi::disputes);
              config.routes.get("/api/search", api::search);
              config.routes.get("/api/statements", api::statements);
              config.routes.get("/api/positions", api::positions);
              config.routes.get("/api/articles/{id}", api::article);
              config.routes.get("/api/entities", api::entities);
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
    for (java.io.Closeable c : owned) {
      try {
        c.close();
      } catch (IOException e) {
        System.err.println("parley serve: closing the index: " + e.getMessage());
      }
    }
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
      statements.refresh();
      positions.refresh();
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

  void render(Context ctx, String template, String title, Map<String, Object> model) {
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
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("q", p.q());
    model.put("p", p);
    model.put("showStatements", p.statements());
    long articleTotal;
    long statementTotal;
    if (p.statements()) {
      StatementResult result = statements.search(p.statementQuery());
      statementTotal = result.total();
      articleTotal = countQuietly(() -> searcher.search(p.withType(SearchParams.ARTICLES).withPage(1).request()).total());
      model.put("total", result.total());
      model.put("statements", views.statements(result.hits(), Html.queryTerms(p.q())));
      model.put("first", result.hits().isEmpty() ? 0 : p.offset() + 1);
      model.put("last", p.offset() + result.hits().size());
      model.put("speakers", facetLinks(result.facets(), "speaker", p));
      model.put("kinds", facetLinks(result.facets(), "kind", p));
      model.put("outlets", facetLinks(result.facets(), "outlet", p));
      model.put("years", facetLinks(result.facets(), "year", p));
      model.put("pages", pageLinks(p, result.total()));
      putDownloads(model, "/api/statements", p);
    } else {
      SearchResult result = searcher.search(p.request());
      articleTotal = result.total();
      statementTotal = countQuietly(() -> statements.search(p.withType(SearchParams.STATEMENTS).statementQuery().page(0, 0)).total());
      model.put("total", result.total());
      model.put("hits", hits(result.hits()));
      model.put("first", result.hits().isEmpty() ? 0 : p.offset() + 1);
      model.put("last", p.offset() + result.hits().size());
      model.put("outlets", facetLinks(result, "outlet", p));
      model.put("years", facetLinks(result, "year", p));
      model.put("entities", facetLinks(result, "entity", p));
      model.put("pages", pageLinks(p, result.total()));
      putDownloads(model, "/api/search", p);
    }
    model.put("filters", activeFilters(p));
    model.put("articlesHref", p.withType(SearchParams.ARTICLES).link("/search"));
    model.put("statementsHref", p.withType(SearchParams.STATEMENTS).link("/search"));
    model.put("articleTotal", articleTotal);
    model.put("statementTotal", statementTotal);
    String title = p.q() == null ? (p.statements() ? "All statements" : "All articles") : p.q();
    render(ctx, "search", title + " – Parley search", model);
  }

  private static void putDownloads(Map<String, Object> model, String path, SearchParams p) {
    Map<String, String> query = p.asQuery();
    query.remove("type");
    query.put("format", "csv");
    model.put("csvHref", Html.link(path, query));
    query.put("format", "jsonl");
    model.put("jsonlHref", Html.link(path, query));
    query.remove("format");
    model.put("jsonHref", Html.link(path, query));
  }

  interface Count {
    long get() throws IOException;
  }

  /** A count for the other list's tab; -1 when its query does not apply there. */
  private static long countQuietly(Count count) throws IOException {
    try {
      return count.get();
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  private void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    StoredArticle stored = findArticle(id);
    Article a = stored.article();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("a", a);
    model.put("url", Html.safeExternalUrl(a.url()));
    model.put("sourceUrl", Html.safeExternalUrl(a.source()));
    List<Statement> said = statements.ofArticle(a.id());
    List<Position> taken = new ArrayList<>();
    positions.forEach(new PositionQuery(null, null, null, a.id(), null, null), h -> taken.add(h.position()));
    taken.sort(java.util.Comparator.comparingInt(Position::start));
    int[] linked = markParam(ctx, a.text().length());
    model.put("body", new SafeString(ArticleBody.html(a, stored.mentions(), said, taken, linked)));
    model.put("links", linkPages.ofArticle(a.id()));
    model.put("linked", linked == null ? null : Map.of("start", linked[0], "end", linked[1]));
    model.put("statements", views.articleStatements(a, said));
    model.put("positions", views.articlePositions(a, taken));
    model.put("junkSpans", ArticleBody.junkSpans(a));
    model.put("entities", articleEntities(stored.mentions()));
    model.put("outletHref", a.outlet() == null ? null : Html.link("/search", Map.of("outlet", a.outlet())));
    model.put("apiHref", "/api/articles/" + Html.pathSegment(a.id()));
    model.put("dateSource", a.dateSource().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    model.put("displayTitle", displayTitle(a.title(), a.source()));
    render(ctx, "article", displayTitle(a.title(), a.source()) + " – Parley", model);
  }

  /** {@code mark=START-END}: a span to highlight (a reused passage, a carrier's copy of a statement). */
  private static int[] markParam(Context ctx, int length) {
    String v = SearchParams.textParam(ctx, "mark", 30);
    if (v == null) {
      return null;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})-(\\d{1,9})").matcher(v);
    if (!m.matches() || Integer.parseInt(m.group(1)) >= Integer.parseInt(m.group(2)) || Integer.parseInt(m.group(1)) >= length) {
      throw new BadRequest("'mark' must be START-END, character offsets into the article, not '" + SearchParams.abbreviate(v) + "'");
    }
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
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
    EntityInfo.checkId(id);
    java.util.Optional<org.parley.entity.Entity> canonical = entities.get(id);
    EntityInfo info;
    if (canonical.isPresent()) {
      org.parley.entity.Entity c = canonical.get();
      Map<String, Integer> aliases = new LinkedHashMap<>();
      for (String alias : c.aliases()) {
        aliases.put(alias, null);
      }
      info = new EntityInfo(id, c.name(), c.type() == null ? null : c.type().name(), aliases, c.articles(),
          (int) Math.min(Integer.MAX_VALUE, c.mentions()), 0);
    } else {
      info = EntityInfo.lookup(searcher, id).orElse(null);
    }
    Map<String, Object> said = views.said(id, info == null ? null : info.name());
    if (info == null) {
      if (((Long) said.get("total")) == 0) {
        throw new NotFound("no article mentions an entity with id " + SearchParams.abbreviate(id));
      }
      info = new EntityInfo(id, id, null, Map.of(), 0, 0, 0);
    }
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
    if (canonical.isPresent()) {
      others = new ArrayList<>();
      for (Map.Entry<String, Long> c : entities.cooccurring(id, 15).entrySet()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", entities.get(c.getKey()).map(org.parley.entity.Entity::name).orElse(c.getKey()));
        m.put("count", c.getValue());
        m.put("href", "/entity/" + Html.pathSegment(c.getKey()));
        others.add(m);
      }
    }
    model.put("cooccurring", others);
    model.put("said", said);
    java.util.SortedMap<LocalDate, Long> days = entities.timeline(id);
    model.put("dayLabels", WebJson.write(days.keySet().stream().map(LocalDate::toString).toList()));
    model.put("dayValues", WebJson.write(new ArrayList<>(days.values())));
    model.put("hasDays", !days.isEmpty());
    model.put("dayChartType", days.size() > 12 ? "line" : "bar");
    model.put("statementsHref", Html.link("/search", "type", SearchParams.STATEMENTS, "speaker", id));
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
    return facetLinks(result.facets(), dim, p);
  }

  private static List<Map<String, Object>> facetLinks(Map<String, Map<String, Long>> facets, String dim, SearchParams p) {
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, Long> values = facets.getOrDefault(dim, Map.of());
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
        case "speaker" -> {
          active = label.equals(p.speaker());
          target = p.withSpeaker(active ? null : label);
        }
        case "kind" -> {
          active = label.equals(p.kind());
          target = p.withKind(active ? null : label);
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
    if (p.entity() != null && !p.statements()) {
      out.add(Map.of("label", "entity: " + p.entity(), "href", p.withEntity(null).link("/search")));
    }
    if (p.speaker() != null && p.statements()) {
      out.add(Map.of("label", "speaker: " + p.speaker(), "href", p.withSpeaker(null).link("/search")));
    }
    if (p.kind() != null && p.statements()) {
      out.add(Map.of("label", "kind: " + p.kind(), "href", p.withKind(null).link("/search")));
    }
    if (p.from() != null || p.to() != null) {
      String label = "published " + (p.from() == null ? "…" : p.from()) + " to " + (p.to() == null ? "…" : p.to());
      out.add(Map.of("label", label, "href", p.withDates(null, null).link("/search")));
    }
    return out;
  }

  /** Previous, a window of page numbers and next, as links. */
  private static List<Map<String, Object>> pageLinks(SearchParams p, long total) {
    return new ListPage(p.page(), p.size(), (int) Math.min(total, SearchParams.MAX_OFFSET)).links(n -> p.withPage(n).link("/search"));
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
