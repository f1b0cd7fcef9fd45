package org.parley.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.app.LinkRecords;
import org.parley.app.StatementRecords;
import org.parley.link.Links;
import org.parley.link.StatementCluster;
import org.parley.model.Link;
import org.parley.query.ArticleSearcher;
import org.parley.query.StatementHit;
import org.parley.query.StatementSearcher;

/**
 * The link API: {@code /api/clusters}, {@code /api/clusters/{id}}, {@code /api/reuse}, {@code
 * /api/disputes}, in the records of {@code clusters.jsonl}, {@code statements --cluster ID},
 * {@code reuse} and {@code disputes} (formats.md), paged like the pages.
 */
final class LinkApi {
  private final LinkData links;
  private final LinkReader reader;

  LinkApi(LinkData links, ArticleSearcher searcher, StatementSearcher statements) {
    this.links = links;
    this.reader = new LinkReader(searcher, statements);
  }

  /** {@code ?speaker=&page=&size=}: {@code total} and {@code clusters}, most reported first. */
  void clusters(Context ctx) {
    List<StatementCluster> all = LinkReader.bySpeaker(links.get().mostReported(), SearchParams.textParam(ctx, "speaker", SearchParams.MAX_FILTER_CHARS));
    ListPage page = ListPage.of(ctx, ApiRoutes.DEFAULT_JSON_SIZE, all.size());
    List<Map<String, Object>> out = new ArrayList<>();
    for (StatementCluster c : page.slice(all)) {
      out.add(LinkRecords.cluster(c));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("total", all.size());
    json.put("clusters", out);
    json(ctx, json);
  }

  /** One cluster (by its id or any member's statement id) and its members' statement records. */
  void cluster(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (id.isBlank() || id.length() > 300) {
      throw new BadRequest("bad cluster id");
    }
    LinkData.Snapshot snap = links.get();
    StatementCluster c = snap.cluster(id).orElseThrow(() -> new NotFound("no statement cluster with id " + SearchParams.abbreviate(id)));
    LinkReader.Request req = reader.request();
    List<Map<String, Object>> members = new ArrayList<>();
    for (StatementCluster.Member m : c.members()) {
      StatementHit hit = req.statement(m.article(), m.statement());
      if (hit != null) {
        members.add(StatementRecords.of(hit, snap.links()));
      }
    }
    Map<String, Object> json = LinkRecords.cluster(c);
    json.put("statements", members);
    json(ctx, json);
  }

  /**
   * {@code ?outlet=&from_outlet=&to_outlet=&article=&from_article=&to_article=&cross=&page=&size=}:
   * the reuse graph (without self-reuse when {@code cross=1}), then {@code total} and one page of {@code passages}.
   */
  void reuse(Context ctx) throws IOException {
    LinkData.Snapshot snap = links.get();
    LinkReader.PassageFilter filter = LinkReader.PassageFilter.of(ctx);
    List<Link> all = filter.apply(snap.passages());
    ListPage page = ListPage.of(ctx, ApiRoutes.DEFAULT_JSON_SIZE, all.size());
    List<Map<String, Object>> graph = new ArrayList<>();
    for (Links.ReuseEdge e : filter.graph(snap.graph())) {
      graph.add(LinkRecords.edge(e));
    }
    LinkReader.Request req = reader.request();
    List<Map<String, Object>> passages = new ArrayList<>();
    for (Link l : page.slice(all)) {
      passages.add(LinkRecords.passage(l, req.article(l.from()), req.article(l.to())));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("graph", graph);
    json.put("total", all.size());
    json.put("passages", passages);
    json(ctx, json);
  }

  /** {@code ?article=&speaker=&page=&size=}: {@code total} and {@code disputes}. */
  void disputes(Context ctx) throws IOException {
    List<Link> all = LinkReader.disputes(links.get().disputes(), SearchParams.textParam(ctx, "article", 200));
    LinkReader.Request req = reader.request();
    String speaker = SearchParams.textParam(ctx, "speaker", SearchParams.MAX_FILTER_CHARS);
    if (speaker != null) {
      all = req.bySpeaker(all, speaker);
    }
    ListPage page = ListPage.of(ctx, ApiRoutes.DEFAULT_JSON_SIZE, all.size());
    List<Map<String, Object>> out = new ArrayList<>();
    for (Link l : page.slice(all)) {
      out.add(LinkRecords.dispute(l, req.statement(l.fromArticle(), l.from()), req.statement(l.toArticle(), l.to())));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("total", all.size());
    json.put("disputes", out);
    json(ctx, json);
  }

  private static void json(Context ctx, Object value) {
    ctx.contentType("application/json; charset=utf-8").result(WebJson.write(value));
  }
}
