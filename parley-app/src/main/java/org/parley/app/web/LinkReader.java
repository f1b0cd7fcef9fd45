package org.parley.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.link.Links;
import org.parley.link.StatementCluster;
import org.parley.model.Article;
import org.parley.model.Link;
import org.parley.query.ArticleSearcher;
import org.parley.query.StatementHit;
import org.parley.query.StatementQuery;
import org.parley.query.StatementSearcher;
import org.parley.query.StoredArticle;

/** What the link pages and the link API read besides the links: articles and statements, and the list filters. */
final class LinkReader {
  /** Statements of one speaker read to filter disputes at most. */
  static final int MAX_SPEAKER_STATEMENTS = 50_000;

  private final ArticleSearcher searcher;
  private final StatementSearcher statements;

  LinkReader(ArticleSearcher searcher, StatementSearcher statements) {
    this.searcher = searcher;
    this.statements = statements;
  }

  Request request() {
    return new Request();
  }

  /** Reads of one request, each article and each article's statements read once. */
  final class Request {
    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, Map<String, StatementHit>> said = new HashMap<>();

    /** The article, or null when it is no longer stored. */
    Article article(String id) throws IOException {
      if (!articles.containsKey(id)) {
        articles.put(id, searcher.get(id).map(StoredArticle::article).orElse(null));
      }
      return articles.get(id);
    }

    /** A statement with its article's facts, or null when it is no longer stored. */
    StatementHit statement(String articleId, String statementId) throws IOException {
      Map<String, StatementHit> of = said.get(articleId);
      if (of == null) {
        Map<String, StatementHit> m = new HashMap<>();
        statements.forEach(StatementQuery.all().withArticle(articleId), h -> m.put(h.statement().id(), h));
        said.put(articleId, m);
        of = m;
      }
      return of.get(statementId);
    }

    /** The disputes with the speaker (as the statement search matches it) on either side. */
    List<Link> bySpeaker(List<Link> disputes, String speaker) throws IOException {
      Set<String> ids = new HashSet<>();
      statements.forEach(StatementQuery.all().withSpeaker(speaker), h -> {
        if (ids.size() < MAX_SPEAKER_STATEMENTS) {
          ids.add(h.statement().id());
        }
      });
      return disputes.stream().filter(l -> ids.contains(l.from()) || ids.contains(l.to())).toList();
    }
  }

  /** Clusters any of whose speakers contains {@code speaker} (ignoring case); all when null. */
  static List<StatementCluster> bySpeaker(List<StatementCluster> clusters, String speaker) {
    if (speaker == null) {
      return clusters;
    }
    String s = speaker.toLowerCase(Locale.ROOT);
    return clusters.stream().filter(c -> c.speakers().stream().anyMatch(x -> x != null && x.toLowerCase(Locale.ROOT).contains(s))
        || c.speaker() != null && c.speaker().toLowerCase(Locale.ROOT).contains(s)).toList();
  }

  /** Disputes with a side in {@code article}; all when null. */
  static List<Link> disputes(List<Link> all, String article) {
    return article == null ? all : all.stream().filter(l -> article.equals(l.fromArticle()) || article.equals(l.toArticle())).toList();
  }

  /**
   * The passage list's filters: {@code outlet} (either side), {@code from_outlet}, {@code
   * to_outlet} (an edge of the graph), {@code article} (either side), {@code from_article} and
   * {@code to_article} (one pair), and {@code cross=1}: only between different outlets (an
   * outlet's reuse of its own text is left out, of the graph too).
   */
  record PassageFilter(
      String outlet, String fromOutlet, String toOutlet, String article, String fromArticle, String toArticle, boolean cross) {
    static PassageFilter of(Context ctx) {
      int max = SearchParams.MAX_FILTER_CHARS;
      String cross = SearchParams.textParam(ctx, "cross", 5);
      if (cross != null && !cross.equals("1") && !cross.equals("0")) {
        throw new BadRequest("'cross' must be 1 or 0, not '" + SearchParams.abbreviate(cross) + "'");
      }
      return new PassageFilter(SearchParams.textParam(ctx, "outlet", max), SearchParams.textParam(ctx, "from_outlet", max),
          SearchParams.textParam(ctx, "to_outlet", max), SearchParams.textParam(ctx, "article", 200),
          SearchParams.textParam(ctx, "from_article", 200), SearchParams.textParam(ctx, "to_article", 200), "1".equals(cross));
    }

    List<Link> apply(List<Link> passages) {
      List<Link> out = new ArrayList<>();
      for (Link l : passages) {
        if ((outlet == null || outlet.equals(l.fromOutlet()) || outlet.equals(l.toOutlet()))
            && (fromOutlet == null || fromOutlet.equals(outletLabel(l.fromOutlet())))
            && (toOutlet == null || toOutlet.equals(outletLabel(l.toOutlet())))
            && (article == null || article.equals(l.from()) || article.equals(l.to()))
            && (fromArticle == null || fromArticle.equals(l.from()))
            && (toArticle == null || toArticle.equals(l.to()))
            && (!cross || !outletLabel(l.fromOutlet()).equals(outletLabel(l.toOutlet())))) {
          out.add(l);
        }
      }
      return out;
    }

    List<Links.ReuseEdge> graph(List<Links.ReuseEdge> graph) {
      return cross ? graph.stream().filter(e -> !e.fromOutlet().equals(e.toOutlet())).toList() : graph;
    }

    /** The graph's name for an outlet (it names the unknown one). */
    private static String outletLabel(String outlet) {
      return outlet == null ? "(unknown outlet)" : outlet;
    }

    Map<String, String> query(int page) {
      Map<String, String> q = new LinkedHashMap<>();
      q.put("outlet", outlet);
      q.put("from_outlet", fromOutlet);
      q.put("to_outlet", toOutlet);
      q.put("article", article);
      q.put("from_article", fromArticle);
      q.put("to_article", toArticle);
      q.put("cross", cross ? "1" : null);
      q.put("page", page > 1 ? Integer.toString(page) : null);
      return q;
    }

    /** Active filters as chips, each linking to the list without it. */
    List<Map<String, Object>> chips() {
      List<Map<String, Object>> out = new ArrayList<>();
      String[][] named = {{"outlet", outlet}, {"from outlet", fromOutlet}, {"to outlet", toOutlet}, {"article", article},
          {"from article", fromArticle}, {"to article", toArticle}, {"between different outlets", cross ? "" : null}};
      for (int i = 0; i < named.length; i++) {
        if (named[i][1] != null) {
          Map<String, String> q = query(1);
          q.remove(new ArrayList<>(q.keySet()).get(i));
          out.add(Map.of("label", named[i][1].isEmpty() ? named[i][0] : named[i][0] + ": " + named[i][1], "href", Html.link("/reuse", q)));
        }
      }
      return out;
    }
  }
}
