package org.parley.app.web;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Article;
import org.parley.model.Position;
import org.parley.model.Statement;
import org.parley.query.ArticleSearcher;
import org.parley.query.EntityQueries;
import org.parley.query.PositionHit;
import org.parley.query.PositionSearcher;
import org.parley.query.StatementHit;
import org.parley.query.StatementSearcher;

/** View models (maps for the templates) of statements and positions; all text stays plain (templates escape). */
final class Views {
  /** Characters of a statement shown in a side list before "…". */
  static final int SHORT_CHARS = 180;

  /** Statements read for one speaker's page at most. */
  static final int MAX_SPEAKER_STATEMENTS = 500;

  private final StatementSearcher statements;
  private final PositionSearcher positions;
  private final LinkData links;

  Views(ArticleSearcher searcher, StatementSearcher statements, PositionSearcher positions, EntityQueries entities, LinkData links) {
    this.statements = statements;
    this.positions = positions;
    this.links = links;
  }

  /**
   * For a statement reported more than once, the link to its cluster ({@code href}, {@code label}
   * "reported by N outlets", {@code title}); else null.
   */
  Map<String, Object> clusterBadge(String statementId) {
    return links.get().links().clusterOf(statementId).map(Views::clusterBadge).orElse(null);
  }

  static Map<String, Object> clusterBadge(org.parley.link.StatementCluster c) {
    int outlets = c.outlets().size();
    int reports = LinkData.reports(c);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("href", clusterHref(c.id()));
    m.put("label", outlets > 1 ? "reported by " + outlets + " outlets" : "reported " + reports + " times");
    m.put("title", reports + " reports in " + c.articles() + " articles"
        + (c.earliestPublished() == null ? "" : "; first " + c.earliestPublished())
        + (c.earliestOutlet() == null ? "" : " by " + c.earliestOutlet()));
    return m;
  }

  static String clusterHref(String clusterId) {
    return "/cluster/" + Html.pathSegment(clusterId);
  }

  /**
   * What an entity said (statements whose speaker entity is {@code id} or whose speaker is {@code
   * name}), grouped by the topics of the positions they carry, newest first within a group; whom
   * it addressed; who reported it (outlets, via chains). Keys: total, groups, addressees, outlets, vias.
   */
  Map<String, Object> said(String id, String name) throws java.io.IOException {
    Map<String, StatementHit> found = new LinkedHashMap<>();
    long[] total = {0};
    java.util.function.Consumer<StatementHit> keep = h -> {
      Statement st = h.statement();
      boolean mine = id.equals(st.speakerEntity()) || name != null && name.equals(st.speaker());
      if (mine && !found.containsKey(st.id())) {
        total[0]++;
        if (found.size() < MAX_SPEAKER_STATEMENTS) {
          found.put(st.id(), h);
        }
      }
    };
    statements.forEach(org.parley.query.StatementQuery.all().withSpeaker(id), keep);
    if (name != null && !name.equals(id)) {
      statements.forEach(org.parley.query.StatementQuery.all().withSpeaker(name), keep);
    }
    Map<String, List<Position>> byStatement = new java.util.HashMap<>();
    if (!found.isEmpty()) {
      java.util.Set<String> articles = new java.util.HashSet<>();
      for (StatementHit h : found.values()) {
        articles.add(h.statement().articleId());
      }
      for (String article : articles) {
        positions.forEach(new org.parley.query.PositionQuery(null, null, null, article, null, null), h -> {
          if (h.position().statementId() != null && found.containsKey(h.position().statementId())) {
            byStatement.computeIfAbsent(h.position().statementId(), k -> new ArrayList<>()).add(h.position());
          }
        });
      }
    }
    Map<String, List<StatementHit>> groups = new LinkedHashMap<>();
    Map<String, Long> addressees = new LinkedHashMap<>();
    Map<String, Long> outlets = new LinkedHashMap<>();
    Map<String, Long> vias = new LinkedHashMap<>();
    for (StatementHit h : found.values()) {
      List<Position> ps = byStatement.getOrDefault(h.statement().id(), List.of());
      java.util.Set<String> topics = new java.util.LinkedHashSet<>();
      for (Position p : ps) {
        topics.add(p.topic());
      }
      if (topics.isEmpty()) {
        topics.add("");
      }
      for (String t : topics) {
        groups.computeIfAbsent(t, k -> new ArrayList<>()).add(h);
      }
      if (h.statement().addressee() != null) {
        addressees.merge(h.statement().addressee(), 1L, Long::sum);
      }
      outlets.merge(h.outlet() == null ? "outlet unknown" : h.outlet(), 1L, Long::sum);
      if (!h.statement().via().isEmpty()) {
        vias.merge(String.join(" → ", h.statement().via()), 1L, Long::sum);
      }
    }
    List<Map<String, Object>> groupViews = new ArrayList<>();
    List<Map.Entry<String, List<StatementHit>>> sorted = new ArrayList<>(groups.entrySet());
    sorted.sort((a, b) -> a.getKey().isEmpty() != b.getKey().isEmpty() ? (a.getKey().isEmpty() ? 1 : -1) : b.getValue().size() - a.getValue().size());
    for (Map.Entry<String, List<StatementHit>> g : sorted) {
      List<StatementHit> list = new ArrayList<>(g.getValue());
      list.sort(java.util.Comparator.comparing((StatementHit h) -> when(h.statement(), h.published()),
          java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
      Map<String, Object> gv = new LinkedHashMap<>();
      gv.put("topic", g.getKey());
      gv.put("label", g.getKey().isEmpty() ? "Other statements" : topicLabel(g.getKey()));
      gv.put("href", g.getKey().isEmpty() ? null : Html.link("/positions", Map.of("topic", g.getKey())));
      List<Map<String, Object>> items = statements(list, List.of());
      for (int i = 0; i < items.size(); i++) {
        List<Map<String, Object>> stances = new ArrayList<>();
        for (Position p : byStatement.getOrDefault(list.get(i).statement().id(), List.of())) {
          if (p.topic().equals(g.getKey())) {
            stances.add(position(p));
          }
        }
        items.get(i).put("positions", stances);
      }
      gv.put("statements", items);
      gv.put("count", items.size());
      groupViews.add(gv);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", total[0]);
    out.put("shown", found.size());
    out.put("groups", groupViews);
    out.put("addressees", sortedCounts(addressees));
    out.put("outlets", sortedCounts(outlets));
    out.put("vias", sortedCounts(vias));
    return out;
  }

  private static List<Map<String, Object>> sortedCounts(Map<String, Long> counts) {
    List<Map<String, Object>> out = new ArrayList<>();
    counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(15)
        .forEach(e -> out.add(Map.of("label", e.getKey(), "count", e.getValue())));
    return out;
  }

  /** The link to a statement inside its article. */
  static String statementHref(String articleId, String statementId) {
    return "/article/" + Html.pathSegment(articleId) + "#" + ArticleBody.anchorId(statementId);
  }

  /** The link to a position's evidence: its statement when it has one, else the evidence offset. */
  static String positionHref(Position p) {
    return p.statementId() != null
        ? statementHref(p.articleId(), p.statementId())
        : "/article/" + Html.pathSegment(p.articleId()) + "#c-" + Math.max(0, p.start());
  }

  /** The page of a speaker: its entity page when resolved, else its statements. */
  static String speakerHref(String speaker, String speakerEntity) {
    if (speakerEntity != null && !speakerEntity.isBlank()) {
      return "/entity/" + Html.pathSegment(speakerEntity);
    }
    if (speaker == null || speaker.isBlank()) {
      return null;
    }
    return Html.link("/search", "type", SearchParams.STATEMENTS, "speaker", speaker);
  }

  List<Map<String, Object>> statements(List<StatementHit> hits, List<String> terms) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (StatementHit h : hits) {
      Map<String, Object> m = statement(h.statement(), terms);
      m.put("outlet", h.outlet());
      m.put("published", h.published());
      m.put("articleTitle", WebServer.displayTitle(h.title(), h.source()));
      m.put("outletHref", h.outlet() == null ? null : Html.link("/search", "type", SearchParams.STATEMENTS, "outlet", h.outlet()));
      m.put("cluster", clusterBadge(h.statement().id()));
      out.add(m);
    }
    return out;
  }

  static Map<String, Object> statement(Statement s, List<String> terms) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("anchor", ArticleBody.anchorId(s.id()));
    m.put("href", statementHref(s.articleId(), s.id()));
    m.put("kind", s.kind() == null ? null : s.kind().label());
    m.put("speaker", s.speaker() == null || s.speaker().isBlank() ? null : s.speaker());
    m.put("speakerHref", speakerHref(s.speaker(), s.speakerEntity()));
    m.put("speakerMention", s.speakerMention());
    m.put("cue", s.cue());
    m.put("date", s.date());
    m.put("dateText", s.dateText());
    m.put("addressee", s.addressee());
    m.put("addresseeHref", s.addressee() == null ? null : Html.link("/entity", Map.of("name", s.addressee())));
    m.put("via", s.via());
    m.put("viaText", s.via().isEmpty() ? null : String.join(" → ", s.via()));
    m.put("content", new SafeString(Html.highlight(s.content(), terms)));
    m.put("short", shorten(s.content(), SHORT_CHARS));
    m.put("title", ArticleBody.statementTitle(s));
    return m;
  }

  List<Map<String, Object>> articleStatements(Article a, List<Statement> list) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Statement s : list) {
      Map<String, Object> m = statement(s, List.of());
      m.put("href", "#" + ArticleBody.anchorId(s.id()));
      m.put("cluster", clusterBadge(s.id()));
      out.add(m);
    }
    return out;
  }

  List<Map<String, Object>> articlePositions(Article a, List<Position> list) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Position p : list) {
      Map<String, Object> m = position(p);
      m.put("href", p.statementId() != null ? "#" + ArticleBody.anchorId(p.statementId()) : "#c-" + Math.max(0, p.start()));
      out.add(m);
    }
    return out;
  }

  static Map<String, Object> position(Position p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("actor", p.actor());
    m.put("topic", p.topic());
    m.put("topicLabel", topicLabel(p.topic()));
    m.put("stance", p.stance().label());
    m.put("speaker", p.speaker());
    m.put("evidence", p.evidence());
    m.put("date", p.date());
    m.put("dateText", p.dateText());
    m.put("href", positionHref(p));
    m.put("cellHref", Html.link("/positions", "actor", p.actor(), "topic", p.topic()));
    return m;
  }

  static Map<String, Object> position(PositionHit h) {
    Map<String, Object> m = position(h.position());
    m.put("outlet", h.outlet());
    m.put("published", h.published());
    m.put("articleTitle", WebServer.displayTitle(h.title(), h.source()));
    return m;
  }

  /** {@code neutrality_non_bloc} as "neutrality non bloc". */
  static String topicLabel(String topic) {
    return topic == null ? "" : topic.replace('_', ' ');
  }

  static String shorten(String s, int max) {
    if (s == null) {
      return "";
    }
    String t = s.strip().replaceAll("\\s+", " ");
    return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
  }

  /** The date a statement is placed at: when said, else the article's publication date. */
  static LocalDate when(Statement s, LocalDate published) {
    return s.date() != null ? s.date() : published;
  }
}
