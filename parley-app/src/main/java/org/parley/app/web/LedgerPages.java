package org.parley.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.model.Position;
import org.parley.model.Stance;
import org.parley.position.Ledger;
import org.parley.query.PositionHit;
import org.parley.query.PositionQuery;
import org.parley.query.PositionSearcher;
import org.parley.query.StatementQuery;
import org.parley.query.StatementSearcher;

/** The positions ledger ({@code /positions}) and the timeline of statements and positions ({@code /timeline}). */
final class LedgerPages {
  /** Positions read for one page at most (the matrix and charts cover these). */
  static final int MAX_POSITIONS = 50_000;
  /** Statements read for the timeline at most. */
  static final int MAX_STATEMENTS = 200_000;
  /** Rows and columns of the matrix at most (most active first). */
  static final int MAX_ACTORS = 40;
  static final int MAX_TOPICS = 30;

  interface Renderer {
    void render(Context ctx, String template, String title, Map<String, Object> model);
  }

  private final StatementSearcher statements;
  private final PositionSearcher positions;
  private final Renderer renderer;

  LedgerPages(StatementSearcher statements, PositionSearcher positions, Renderer renderer) {
    this.statements = statements;
    this.positions = positions;
    this.renderer = renderer;
  }

  static PositionQuery positionQuery(Context ctx) {
    String actor = SearchParams.textParam(ctx, "actor", SearchParams.MAX_FILTER_CHARS);
    String topic = SearchParams.textParam(ctx, "topic", SearchParams.MAX_FILTER_CHARS);
    String stance = SearchParams.textParam(ctx, "stance", 20);
    if (stance != null) {
      try {
        stance = Stance.fromLabel(stance).label();
      } catch (IllegalArgumentException e) {
        throw new BadRequest("'stance' must be demands, offers, accepts, rejects or conditions, not '" + SearchParams.abbreviate(stance) + "'");
      }
    }
    String article = SearchParams.textParam(ctx, "article", 200);
    LocalDate from = SearchParams.dateParam(ctx, "from");
    LocalDate to = SearchParams.dateParam(ctx, "to");
    return new PositionQuery(actor, topic, stance, article, from, to);
  }

  private List<PositionHit> read(PositionQuery q) throws IOException {
    List<PositionHit> out = new ArrayList<>();
    positions.forEach(q, h -> {
      if (out.size() < MAX_POSITIONS) {
        out.add(h);
      }
    });
    return out;
  }

  void positions(Context ctx) throws IOException {
    PositionQuery q = positionQuery(ctx);
    List<PositionHit> hits = read(q);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("actor", q.actor());
    model.put("topic", q.topic());
    model.put("total", hits.size());
    model.put("stances", stanceLegend());
    Map<String, String> outletOf = new HashMap<>();
    for (PositionHit h : hits) {
      if (h.outlet() != null) {
        outletOf.put(h.position().articleId(), h.outlet());
      }
    }
    List<Position> all = hits.stream().map(PositionHit::position).toList();
    Map<Position, PositionHit> byPosition = new HashMap<>();
    for (PositionHit h : hits) {
      byPosition.putIfAbsent(h.position(), h);
    }
    if (q.actor() != null && q.topic() != null) {
      // one cell's history: needs the actor's activity on every topic to tell "dropped"
      List<Position> actorAll = new ArrayList<>();
      positions.forEach(new PositionQuery(q.actor(), null, null, null, null, null), h -> actorAll.add(h.position()));
      List<Ledger.Entry> entries = Ledger.entries(all, q.actor(), q.topic());
      List<Map<String, Object>> steps = new ArrayList<>();
      if (!entries.isEmpty()) {
        Ledger.Timeline t =
            Ledger.timeline(entries.get(0), Ledger.activity(actorAll, q.actor()), outletOf::get, Ledger.DEFAULT_DROP_AFTER_DAYS);
        for (Ledger.Step s : t.steps()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("date", s.date());
          m.put("change", s.change().label());
          m.put("changeClass", s.change().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
          m.put("stance", s.stance() == null ? null : s.stance().label());
          m.put("previous", s.previous() == null ? null : s.previous().label());
          m.put("outlets", s.outlets());
          List<Map<String, Object>> evidence = new ArrayList<>();
          for (Position p : s.positions()) {
            PositionHit h = byPosition.get(p);
            evidence.add(h == null ? Views.position(p) : Views.position(h));
          }
          m.put("positions", evidence);
          steps.add(m);
        }
        model.put("current", entries.get(0).current() == null ? null : entries.get(0).current().label());
      }
      model.put("steps", steps);
      model.put("topicLabel", Views.topicLabel(q.topic()));
      model.put("actorHref", Html.link("/positions", Map.of("actor", q.actor())));
      model.put("topicHref", Html.link("/positions", Map.of("topic", q.topic())));
      model.put("speakers", speakerCounts(s -> true, hits));
      putMonthChart(model, hits);
      model.put("apiHref", Html.link("/api/positions", "actor", q.actor(), "topic", q.topic()));
      renderer.render(ctx, "position-history", q.actor() + " on " + Views.topicLabel(q.topic()) + " – Parley", model);
      return;
    }
    // the matrix
    List<Ledger.Entry> entries = Ledger.entries(all, q.actor(), q.topic());
    Map<String, Integer> actorCounts = new HashMap<>();
    Map<String, Integer> topicCounts = new HashMap<>();
    for (Ledger.Entry e : entries) {
      actorCounts.merge(e.actor(), e.positions().size(), Integer::sum);
      topicCounts.merge(e.topic(), e.positions().size(), Integer::sum);
    }
    List<String> actors = top(actorCounts, MAX_ACTORS);
    List<String> topics = top(topicCounts, MAX_TOPICS);
    Map<String, Ledger.Entry> cells = new HashMap<>();
    for (Ledger.Entry e : entries) {
      cells.put(e.actor() + "\u0000" + e.topic(), e);
    }
    List<Map<String, Object>> columns = new ArrayList<>();
    for (String t : topics) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("topic", t);
      c.put("label", Views.topicLabel(t));
      c.put("href", Html.link("/positions", Map.of("topic", t)));
      c.put("count", topicCounts.get(t));
      columns.add(c);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String a : actors) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("actor", a);
      row.put("href", Html.link("/positions", Map.of("actor", a)));
      row.put("count", actorCounts.get(a));
      List<Map<String, Object>> rowCells = new ArrayList<>();
      for (String t : topics) {
        Ledger.Entry e = cells.get(a + "\u0000" + t);
        Map<String, Object> cell = new LinkedHashMap<>();
        if (e != null) {
          cell.put("stance", e.current().label());
          cell.put("count", e.positions().size());
          cell.put("last", e.last());
          cell.put("changed", e.stances().size() > 1);
          cell.put("href", Html.link("/positions", "actor", a, "topic", t));
          cell.put("title", a + " on " + Views.topicLabel(t) + ": " + e.current().label() + " (latest"
              + (e.last() == null ? "" : ", " + e.last()) + "); " + e.positions().size()
              + (e.positions().size() == 1 ? " position" : " positions")
              + (e.stances().size() > 1 ? "; stances taken: " + String.join(", ", e.stances().stream().map(Stance::label).toList()) : ""));
        }
        rowCells.add(cell);
      }
      row.put("cells", rowCells);
      rows.add(row);
    }
    model.put("columns", columns);
    model.put("rows", rows);
    model.put("moreActors", Math.max(0, actorCounts.size() - actors.size()));
    model.put("moreTopics", Math.max(0, topicCounts.size() - topics.size()));
    model.put("filtered", q.actor() != null || q.topic() != null);
    putMonthChart(model, hits);
    Map<String, String> api = new LinkedHashMap<>();
    api.put("actor", q.actor());
    api.put("topic", q.topic());
    model.put("apiHref", Html.link("/api/positions", api));
    api.put("format", "csv");
    model.put("csvHref", Html.link("/api/positions", api));
    api.put("format", "jsonl");
    model.put("jsonlHref", Html.link("/api/positions", api));
    String title = q.actor() != null ? q.actor() + " – positions" : q.topic() != null ? Views.topicLabel(q.topic()) + " – positions" : "Positions";
    renderer.render(ctx, "positions", title + " – Parley", model);
  }

  private static Map<String, Long> speakerCounts(java.util.function.Predicate<PositionHit> keep, List<PositionHit> hits) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (PositionHit h : hits) {
      if (keep.test(h) && h.position().speaker() != null) {
        out.merge(h.position().speaker(), 1L, Long::sum);
      }
    }
    return out;
  }

  private static List<String> top(Map<String, Integer> counts, int n) {
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.sort(Comparator.comparing((String k) -> -counts.get(k)).thenComparing(Comparator.naturalOrder()));
    return keys.subList(0, Math.min(n, keys.size()));
  }

  static List<Map<String, Object>> stanceLegend() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Stance s : Stance.values()) {
      out.add(Map.of("stance", s.label()));
    }
    return out;
  }

  /** Stance colours, shared by the matrix's CSS classes and the charts. */
  static final Map<String, String> STANCE_COLOURS = Map.of(
      "demands", "#d9822b", "offers", "#2f9e6e", "accepts", "#3b6fb6", "rejects", "#c0392b", "conditions", "#8e5fb0");

  /** Positions per month, one stacked series per stance. */
  private static void putMonthChart(Map<String, Object> model, List<PositionHit> hits) {
    TreeMap<String, Map<String, Long>> months = new TreeMap<>();
    for (PositionHit h : hits) {
      LocalDate d = h.position().date() != null ? h.position().date() : h.published();
      if (d != null) {
        months.computeIfAbsent(d.toString().substring(0, 7), k -> new HashMap<>()).merge(h.position().stance().label(), 1L, Long::sum);
      }
    }
    fillMonths(months, HashMap::new);
    List<Map<String, Object>> datasets = new ArrayList<>();
    for (Stance s : Stance.values()) {
      List<Long> data = new ArrayList<>();
      long sum = 0;
      for (Map<String, Long> m : months.values()) {
        long n = m.getOrDefault(s.label(), 0L);
        data.add(n);
        sum += n;
      }
      if (sum > 0) {
        datasets.add(Map.of("label", s.label(), "data", data, "color", STANCE_COLOURS.get(s.label())));
      }
    }
    model.put("chartLabels", WebJson.write(new ArrayList<>(months.keySet())));
    model.put("chartDatasets", WebJson.write(datasets));
    model.put("hasChart", !months.isEmpty());
  }

  /** Adds the empty months between the first and the last (so gaps show as gaps), unless that is very many. */
  private static <V> void fillMonths(TreeMap<String, V> months, java.util.function.Supplier<V> empty) {
    if (months.size() < 2) {
      return;
    }
    java.time.YearMonth first = java.time.YearMonth.parse(months.firstKey());
    java.time.YearMonth last = java.time.YearMonth.parse(months.lastKey());
    if (first.until(last, java.time.temporal.ChronoUnit.MONTHS) > 240) {
      return;
    }
    for (java.time.YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.computeIfAbsent(m.toString(), k -> empty.get());
    }
  }

  // --- timeline ------------------------------------------------------------------------------

  void timeline(Context ctx) throws IOException {
    String speaker = SearchParams.textParam(ctx, "speaker", SearchParams.MAX_FILTER_CHARS);
    String outlet = SearchParams.textParam(ctx, "outlet", SearchParams.MAX_FILTER_CHARS);
    PositionQuery pq = positionQuery(ctx);
    LocalDate from = pq.from();
    LocalDate to = pq.to();
    String by = SearchParams.textParam(ctx, "by", 10);
    if (by != null && !by.equals("day") && !by.equals("month")) {
      throw new BadRequest("'by' must be day or month, not '" + SearchParams.abbreviate(by) + "'");
    }
    TreeMap<LocalDate, long[]> days = new TreeMap<>();
    long[] undated = {0, 0};
    boolean positionFilter = pq.actor() != null || pq.topic() != null || pq.stance() != null;
    if (!positionFilter || speaker != null) {
      StatementQuery sq = new StatementQuery(null, speaker, null, outlet, null, null, from, to, 0, 0);
      long[] seen = {0};
      statements.forEach(sq, h -> {
        if (seen[0]++ >= MAX_STATEMENTS) {
          return;
        }
        LocalDate d = Views.when(h.statement(), h.published());
        if (d == null) {
          undated[0]++;
        } else {
          days.computeIfAbsent(d, k -> new long[2])[0]++;
        }
      });
    }
    long[] seenP = {0};
    positions.forEach(pq, h -> {
      if (seenP[0]++ >= MAX_POSITIONS || outlet != null && !outlet.equals(h.outlet())
          || speaker != null && !speaker.equals(h.position().speaker())) {
        return;
      }
      LocalDate d = h.position().date() != null ? h.position().date() : h.published();
      if (d == null) {
        undated[1]++;
      } else {
        days.computeIfAbsent(d, k -> new long[2])[1]++;
      }
    });
    boolean byDay = "day".equals(by) || by == null && !days.isEmpty()
        && java.time.temporal.ChronoUnit.DAYS.between(days.firstKey(), days.lastKey()) <= 92;
    TreeMap<String, long[]> periods = new TreeMap<>();
    for (Map.Entry<LocalDate, long[]> e : days.entrySet()) {
      String key = byDay ? e.getKey().toString() : e.getKey().toString().substring(0, 7);
      long[] sum = periods.computeIfAbsent(key, k -> new long[2]);
      sum[0] += e.getValue()[0];
      sum[1] += e.getValue()[1];
    }
    if (!byDay) {
      fillMonths(periods, () -> new long[2]);
    }
    List<Long> sCounts = new ArrayList<>();
    List<Long> pCounts = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    long totalS = 0;
    long totalP = 0;
    for (Map.Entry<String, long[]> e : periods.entrySet()) {
      long[] v = e.getValue() == null ? new long[2] : e.getValue();
      sCounts.add(v[0]);
      pCounts.add(v[1]);
      totalS += v[0];
      totalP += v[1];
      if (v[0] + v[1] == 0) {
        continue;
      }
      LocalDate start = byDay ? LocalDate.parse(e.getKey()) : java.time.YearMonth.parse(e.getKey()).atDay(1);
      LocalDate end = byDay ? start : java.time.YearMonth.parse(e.getKey()).atEndOfMonth();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("period", e.getKey());
      row.put("statements", v[0]);
      row.put("positions", v[1]);
      Map<String, String> sq = new LinkedHashMap<>();
      sq.put("type", SearchParams.STATEMENTS);
      sq.put("outlet", outlet);
      sq.put("speaker", speaker);
      sq.put("from", start.toString());
      sq.put("to", end.toString());
      row.put("statementsHref", Html.link("/search", sq));
      Map<String, String> pqm = new LinkedHashMap<>();
      pqm.put("actor", pq.actor());
      pqm.put("topic", pq.topic());
      pqm.put("from", start.toString());
      pqm.put("to", end.toString());
      row.put("positionsHref", Html.link("/positions", pqm));
      rows.add(row);
    }
    java.util.Collections.reverse(rows);
    List<Map<String, Object>> datasets = new ArrayList<>();
    datasets.add(Map.of("label", "Statements", "data", sCounts, "color", "#3b6fb6"));
    datasets.add(Map.of("label", "Positions", "data", pCounts, "color", "#d9822b"));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("speaker", speaker);
    model.put("outlet", outlet);
    model.put("actor", pq.actor());
    model.put("topic", pq.topic());
    model.put("from", from);
    model.put("to", to);
    model.put("byDay", byDay);
    model.put("by", by);
    model.put("rows", rows);
    model.put("totalStatements", totalS);
    model.put("totalPositions", totalP);
    model.put("undatedStatements", undated[0]);
    model.put("undatedPositions", undated[1]);
    model.put("positionFilter", positionFilter);
    model.put("chartLabels", WebJson.write(new ArrayList<>(periods.keySet())));
    model.put("chartDatasets", WebJson.write(datasets));
    model.put("hasChart", !periods.isEmpty());
    Map<String, Long> actors = new LinkedHashMap<>();
    Map<String, Long> topics = new LinkedHashMap<>();
    Map<String, Long> spk = new LinkedHashMap<>();
    Map<String, Long> outl = new LinkedHashMap<>();
    Map<String, Map<String, Long>> pf = positions.facets(PositionQuery.all(), 12);
    actors.putAll(pf.getOrDefault("actor", Map.of()));
    topics.putAll(pf.getOrDefault("topic", Map.of()));
    var sf = statements.search(StatementQuery.all().page(0, 0)).facets();
    spk.putAll(sf.getOrDefault("speaker", Map.of()));
    outl.putAll(sf.getOrDefault("outlet", Map.of()));
    model.put("actorOptions", actors.keySet());
    model.put("topicOptions", topics.keySet());
    model.put("speakerOptions", spk.keySet());
    model.put("outletOptions", outl.keySet());
    renderer.render(ctx, "timeline", "Timeline – Parley", model);
  }
}
