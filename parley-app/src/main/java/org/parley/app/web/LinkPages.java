package org.parley.app.web;

import io.javalin.http.Context;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.link.Links;
import org.parley.link.StatementCluster;
import org.parley.model.Article;
import org.parley.model.Link;
import org.parley.query.ArticleSearcher;
import org.parley.query.StatementHit;
import org.parley.query.StatementSearcher;

/**
 * The pages of cross-article links: statement clusters ({@code /clusters}, {@code /cluster/{id}}),
 * reused passages ({@code /reuse}, {@code /reuse/{from}/{to}}) and claim/denial pairs
 * ({@code /disputes}). Lists are paged over the orders {@link LinkData} keeps, so a page reads only
 * the articles it shows.
 */
final class LinkPages {
  static final int PAGE_SIZE = 20;
  /** Reports shown on one cluster page at most (each reads its article for the context). */
  static final int MAX_REPORTS = 200;
  /** Rows of the reuse graph shown at first, and at most (most passages first). */
  static final int SHOWN_EDGES = 25;
  static final int MAX_EDGES = 100;
  /** Characters of context either side of a reported statement. */
  static final int CONTEXT_CHARS = 240;
  /** Characters of context either side of a reused passage (the passage itself is shown whole). */
  static final int PASSAGE_CONTEXT_CHARS = 160;
  /** Shared passages listed beside an article at most. */
  static final int MAX_SIDE_PASSAGES = 30;

  private final LinkData links;
  private final LinkReader reader;
  private final LedgerPages.Renderer renderer;

  LinkPages(LinkData links, ArticleSearcher searcher, StatementSearcher statements, LedgerPages.Renderer renderer) {
    this.links = links;
    this.reader = new LinkReader(searcher, statements);
    this.renderer = renderer;
  }

  // --- clusters --------------------------------------------------------------------------------

  void clusters(Context ctx) {
    LinkData.Snapshot snap = links.get();
    String speaker = SearchParams.textParam(ctx, "speaker", SearchParams.MAX_FILTER_CHARS);
    List<StatementCluster> all = LinkReader.bySpeaker(snap.mostReported(), speaker);
    ListPage listPage = ListPage.of(ctx, PAGE_SIZE, all.size());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (StatementCluster c : listPage.slice(all)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("href", Views.clusterHref(c.id()));
      m.put("content", Views.shorten(c.content(), 280));
      m.put("speaker", c.speaker());
      m.put("speakerHref", Views.speakerHref(c.speaker(), null));
      m.put("otherSpeakers", Math.max(0, c.speakers().size() - 1));
      m.put("reports", LinkData.reports(c));
      m.put("articles", c.articles());
      m.put("outletCount", c.outlets().size());
      m.put("outlets", String.join(", ", c.outlets().subList(0, Math.min(4, c.outlets().size()))));
      m.put("moreOutlets", Math.max(0, c.outlets().size() - 4));
      m.put("first", c.earliestPublished());
      m.put("firstOutlet", c.earliestOutlet());
      rows.add(m);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("present", snap.links().present());
    model.put("speaker", speaker);
    model.put("total", all.size());
    model.put("clusters", rows);
    model.put("first", listPage.first());
    model.put("last", listPage.last(rows.size()));
    model.put("pages", listPage.links(page -> Html.link("/clusters", "speaker", speaker, "page", page > 1 ? Integer.toString(page) : null)));
    model.put("apiHref", Html.link("/api/clusters", "speaker", speaker));
    renderer.render(ctx, "clusters", (speaker == null ? "" : speaker + " – ") + "Reported statements – Parley", model);
  }

  void cluster(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (id.isBlank() || id.length() > 300) {
      throw new BadRequest("bad cluster id");
    }
    StatementCluster c = links.get().cluster(id).orElseThrow(() -> new NotFound("no statement cluster with id " + SearchParams.abbreviate(id)));
    LinkReader.Request req = reader.request();
    List<Map<String, Object>> reports = new ArrayList<>();
    for (StatementCluster.Member m : c.members()) {
      Map<String, Object> r = report(req, m.article(), m.outlet(), m.published(), m.start(), m.end());
      r.put("kind", m.kind());
      r.put("speaker", m.speaker());
      r.put("speakerHref", Views.speakerHref(m.speaker(), null));
      r.put("via", m.via().isEmpty() ? null : String.join(" → ", m.via()));
      r.put("first", m.statement().equals(c.earliest()));
      r.put("href", Views.statementHref(m.article(), m.statement()));
      r.put("statement", m.statement());
      reports.add(r);
      if (reports.size() >= MAX_REPORTS) {
        break;
      }
    }
    for (StatementCluster.Carrier k : c.carriers()) {
      if (reports.size() >= MAX_REPORTS) {
        break;
      }
      Map<String, Object> r = report(req, k.article(), k.outlet(), k.published(), k.start(), k.end());
      r.put("kind", "carrier");
      r.put("first", k.article().equals(c.earliestArticle()) && c.members().stream().noneMatch(m -> m.article().equals(k.article())));
      r.put("href", markHref(k.article(), k.start(), k.end()));
      reports.add(r);
    }
    // who copies whom: a report whose article reprints text of the first report's article
    LinkData.Snapshot snap = links.get();
    for (Map<String, Object> r : reports) {
      String article = (String) r.get("article");
      if (!article.equals(c.earliestArticle()) && !snap.between(c.earliestArticle(), article).isEmpty()) {
        r.put("reuseHref", "/reuse/" + Html.pathSegment(c.earliestArticle()) + "/" + Html.pathSegment(article));
      }
    }
    // date order; the earliest report first among equals, undated last
    reports.sort(Comparator.comparing((Map<String, Object> r) -> (LocalDate) r.get("published"), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(r -> !(Boolean) r.get("first")));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("c", c);
    model.put("reportCount", LinkData.reports(c));
    model.put("shown", reports.size());
    model.put("reports", reports);
    model.put("badge", Views.clusterBadge(c));
    model.put("speakerHref", Views.speakerHref(c.speaker(), null));
    model.put("vias", c.vias().stream().map(v -> String.join(" → ", v)).toList());
    List<Map<String, Object>> outlets = new ArrayList<>();
    for (String o : c.outlets()) {
      outlets.add(Map.of("label", o, "href", Html.link("/search", "type", SearchParams.STATEMENTS, "outlet", o)));
    }
    model.put("outlets", outlets);
    model.put("apiHref", "/api/clusters/" + Html.pathSegment(c.id()));
    model.put("nav", "clusters");
    renderer.render(ctx, "cluster", Views.shorten(c.content(), 60) + " – Parley", model);
  }

  /** One report: where (outlet, date, article title) and the sentence around the span. */
  private Map<String, Object> report(LinkReader.Request req, String articleId, String outlet, LocalDate published, int start, int end)
      throws IOException {
    Article a = req.article(articleId);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("article", articleId);
    r.put("outlet", outlet);
    r.put("outletHref", outlet == null ? null : Html.link("/search", "outlet", outlet));
    r.put("published", published);
    r.put("articleTitle", a == null ? articleId + " (no longer stored)" : WebServer.displayTitle(a.title(), a.source()));
    r.put("context", a == null ? null : new SafeString(ArticleBody.inContext(a.text(), start, end, CONTEXT_CHARS)));
    r.put("start", start);
    r.put("end", end);
    return r;
  }

  static String markHref(String articleId, int start, int end) {
    return "/article/" + Html.pathSegment(articleId) + "?mark=" + start + "-" + end + "#" + ArticleBody.LINKED_ANCHOR;
  }

  /**
   * The reader's side list of an article's links: passages shared with other articles (each with
   * the other article's outlet and date, and the side-by-side view) and how many disputes involve
   * it. Keys: passages, disputes, disputesHref.
   */
  Map<String, Object> ofArticle(String articleId) {
    List<Map<String, Object>> passages = new ArrayList<>();
    int disputes = 0;
    for (Link l : links.get().ofArticle(articleId)) {
      if (l.type() == org.parley.model.LinkType.DISPUTE) {
        disputes++;
        continue;
      }
      boolean copied = l.to().equals(articleId);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("copied", copied);
      m.put("directed", l.directed());
      m.put("outlet", copied ? l.fromOutlet() : l.toOutlet());
      m.put("published", copied ? l.fromPublished() : l.toPublished());
      m.put("chars", l.toEnd() - l.toStart());
      m.put("href", pairHref(l));
      m.put("here", copied ? markHref(articleId, l.toStart(), l.toEnd()) : markHref(articleId, l.fromStart(), l.fromEnd()));
      passages.add(m);
      if (passages.size() >= MAX_SIDE_PASSAGES) {
        break;
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("passages", passages);
    out.put("disputes", disputes);
    out.put("disputesHref", Html.link("/disputes", "article", articleId));
    return out;
  }

  // --- reuse -----------------------------------------------------------------------------------

  void reuse(Context ctx) throws IOException {
    LinkData.Snapshot snap = links.get();
    LinkReader.PassageFilter f = LinkReader.PassageFilter.of(ctx);
    List<Link> passages = f.apply(snap.passages());
    ListPage listPage = ListPage.of(ctx, PAGE_SIZE, passages.size());
    LinkReader.Request req = reader.request();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Link l : listPage.slice(passages)) {
      Article from = req.article(l.from());
      Article to = req.article(l.to());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", side(l.from(), l.fromOutlet(), l.fromPublished(), from, l.fromStart(), l.fromEnd()));
      m.put("to", side(l.to(), l.toOutlet(), l.toPublished(), to, l.toStart(), l.toEnd()));
      m.put("directed", l.directed());
      m.put("chars", l.toEnd() - l.toStart());
      m.put("score", String.format(Locale.ROOT, "%.2f", l.score()));
      String text = org.parley.app.LinkRecords.passageText(l, to);
      m.put("excerpt", text == null ? null : Views.shorten(text, 300));
      m.put("pairHref", pairHref(l));
      rows.add(m);
    }
    List<Map<String, Object>> edges = new ArrayList<>();
    List<Links.ReuseEdge> graph = f.graph(snap.graph());
    boolean allEdges = "all".equals(SearchParams.textParam(ctx, "graph", 5));
    for (Links.ReuseEdge e : graph.subList(0, Math.min(allEdges ? MAX_EDGES : SHOWN_EDGES, graph.size()))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", e.fromOutlet());
      m.put("to", e.toOutlet());
      m.put("directed", e.directed());
      m.put("passages", e.passages());
      m.put("pairs", e.articlePairs());
      m.put("chars", e.chars());
      m.put("href", Html.link("/reuse", "from_outlet", e.fromOutlet(), "to_outlet", e.toOutlet(), "cross", f.cross() ? "1" : null));
      m.put("active", e.fromOutlet().equals(f.fromOutlet()) && e.toOutlet().equals(f.toOutlet()));
      edges.add(m);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("present", snap.links().present());
    model.put("edges", edges);
    model.put("moreEdges", Math.max(0, graph.size() - edges.size()));
    Map<String, String> all = f.query(1);
    all.put("graph", "all");
    model.put("allEdgesHref", allEdges || graph.size() <= SHOWN_EDGES ? null : Html.link("/reuse", all));
    Map<String, String> cross = f.query(1);
    cross.put("cross", f.cross() ? null : "1");
    model.put("cross", f.cross());
    model.put("crossHref", Html.link("/reuse", cross));
    model.put("allPassages", snap.passages().size());
    model.put("total", passages.size());
    model.put("passages", rows);
    model.put("filters", f.chips());
    model.put("first", listPage.first());
    model.put("last", listPage.last(rows.size()));
    model.put("pages", listPage.links(page -> Html.link("/reuse", f.query(page))));
    model.put("apiHref", Html.link("/api/reuse", f.query(1)));
    renderer.render(ctx, "reuse", "Reused passages – Parley", model);
  }

  static String pairHref(Link l) {
    return "/reuse/" + Html.pathSegment(l.from()) + "/" + Html.pathSegment(l.to());
  }

  private static Map<String, Object> side(String id, String outlet, LocalDate published, Article a, int start, int end) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("outlet", outlet);
    m.put("published", published);
    m.put("title", a == null ? id + " (no longer stored)" : WebServer.displayTitle(a.title(), a.source()));
    m.put("articleHref", "/article/" + Html.pathSegment(id));
    m.put("href", markHref(id, start, end));
    m.put("start", start);
    m.put("end", end);
    return m;
  }

  /** Both articles of a reuse pair and every passage between them, side by side. */
  void pair(Context ctx) throws IOException {
    String fromId = ctx.pathParam("from");
    String toId = ctx.pathParam("to");
    if (fromId.isBlank() || toId.isBlank() || fromId.length() > 200 || toId.length() > 200) {
      throw new BadRequest("bad article id");
    }
    List<Link> passages = links.get().between(fromId, toId);
    if (passages.isEmpty()) {
      throw new NotFound("no reused passage from " + SearchParams.abbreviate(fromId) + " to " + SearchParams.abbreviate(toId));
    }
    LinkReader.Request req = reader.request();
    Article from = req.article(fromId);
    Article to = req.article(toId);
    Link head = passages.get(0);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Link l : passages) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", side(l.from(), l.fromOutlet(), l.fromPublished(), from, l.fromStart(), l.fromEnd()));
      m.put("to", side(l.to(), l.toOutlet(), l.toPublished(), to, l.toStart(), l.toEnd()));
      m.put("fromText", from == null ? null : new SafeString(ArticleBody.inContext(from.text(), l.fromStart(), l.fromEnd(), PASSAGE_CONTEXT_CHARS)));
      m.put("toText", to == null ? null : new SafeString(ArticleBody.inContext(to.text(), l.toStart(), l.toEnd(), PASSAGE_CONTEXT_CHARS)));
      m.put("score", String.format(Locale.ROOT, "%.2f", l.score()));
      m.put("chars", l.toEnd() - l.toStart());
      rows.add(m);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("from", side(fromId, head.fromOutlet(), head.fromPublished(), from, head.fromStart(), head.fromEnd()));
    model.put("to", side(toId, head.toOutlet(), head.toPublished(), to, head.toStart(), head.toEnd()));
    model.put("directed", head.directed());
    model.put("passages", rows);
    model.put("apiHref", Html.link("/api/reuse", "from_article", fromId, "to_article", toId));
    model.put("nav", "reuse");
    renderer.render(ctx, "reuse-pair", "Reused passages – Parley", model);
  }

  // --- disputes --------------------------------------------------------------------------------

  void disputes(Context ctx) throws IOException {
    LinkData.Snapshot snap = links.get();
    String article = SearchParams.textParam(ctx, "article", 200);
    String speaker = SearchParams.textParam(ctx, "speaker", SearchParams.MAX_FILTER_CHARS);
    List<Link> all = LinkReader.disputes(snap.disputes(), article);
    LinkReader.Request req = reader.request();
    if (speaker != null) {
      all = req.bySpeaker(all, speaker);
    }
    ListPage listPage = ListPage.of(ctx, PAGE_SIZE, all.size());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Link l : listPage.slice(all)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", l.kind().label());
      m.put("terms", String.join(", ", l.terms()));
      m.put("sameArticle", l.fromArticle().equals(l.toArticle()));
      m.put("claim", disputeSide(req.statement(l.fromArticle(), l.from()), l.from(), l.fromArticle(), l.fromOutlet(), l.fromPublished()));
      m.put("denial", disputeSide(req.statement(l.toArticle(), l.to()), l.to(), l.toArticle(), l.toOutlet(), l.toPublished()));
      rows.add(m);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("present", snap.links().present());
    model.put("speaker", speaker);
    model.put("article", article);
    model.put("total", all.size());
    model.put("disputes", rows);
    model.put("first", listPage.first());
    model.put("last", listPage.last(rows.size()));
    model.put("pages", listPage.links(page -> Html.link("/disputes", "article", article, "speaker", speaker, "page", page > 1 ? Integer.toString(page) : null)));
    model.put("apiHref", Html.link("/api/disputes", "article", article, "speaker", speaker));
    renderer.render(ctx, "disputes", "Disputed claims – Parley", model);
  }

  private static Map<String, Object> disputeSide(StatementHit hit, String id, String articleId, String outlet, LocalDate published) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("href", Views.statementHref(articleId, id));
    m.put("outlet", outlet);
    m.put("published", published);
    if (hit == null) {
      m.put("missing", true);
      return m;
    }
    m.put("speaker", hit.statement().speaker());
    m.put("speakerHref", Views.speakerHref(hit.statement().speaker(), hit.statement().speakerEntity()));
    m.put("cue", hit.statement().cue());
    m.put("content", hit.statement().content());
    m.put("date", hit.statement().date());
    m.put("articleTitle", WebServer.displayTitle(hit.title(), hit.source()));
    return m;
  }
}
