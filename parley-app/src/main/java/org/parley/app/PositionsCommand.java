package org.parley.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parley.model.Position;
import org.parley.position.Ledger;
import org.parley.query.PositionHit;
import org.parley.query.PositionQuery;
import org.parley.query.PositionSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "positions",
    mixinStandardHelpOptions = true,
    description = {
      "The positions ledger: who demands, offers, accepts, rejects or conditions what, over time.",
      "Edit DATA/topics.txt, DATA/actors.tsv or DATA/stance-cues.tsv, then run with --reapply."
    })
public final class PositionsCommand implements Callable<Integer> {
  public static final List<String> FIELDS =
      List.of("article", "source", "outlet", "published", "actor", "topic", "stance", "speaker", "statement",
          "evidence", "start", "end", "date", "date_text");

  @Mixin DataOption data;

  @Option(names = "--actor", description = "negotiating side, e.g. Russia") String actor;

  @Option(names = "--topic", description = "topic id, e.g. neutrality_non_bloc") String topic;

  @Option(names = "--stance", description = "demands, offers, accepts, rejects or conditions") String stance;

  @Option(names = "--from", description = "on or after (YYYY-MM-DD)") LocalDate from;

  @Option(names = "--to", description = "on or before (YYYY-MM-DD)") LocalDate to;

  @Option(names = "--timeline", description = "how each position changed: first stated, repeated, changed, dropped")
  boolean timeline;

  @Option(names = "--reapply", description = "re-extract positions from stored statements with the current taxonomy and actor table (no NLP)")
  boolean reapply;

  @Option(names = "--format", defaultValue = "text", description = "text, jsonl or csv") StatementsCommand.Format format;

  @Override
  public Integer call() throws Exception {
    if (reapply) {
      long n = org.parley.pipeline.PositionReapplier.reapply(data.dir);
      System.err.printf("positions re-extracted for %,d articles%n", n);
    }
    PositionQuery q = new PositionQuery(actor, topic, stance, null, from, to);
    PrintStream out = System.out;
    try (PositionSearcher searcher = PositionSearcher.open(data.dir)) {
      if (format == StatementsCommand.Format.jsonl) {
        searcher.forEach(q, hit -> out.println(Json.write(record(hit))));
      } else if (format == StatementsCommand.Format.csv) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(FIELDS.toArray(String[]::new)).build())) {
          searcher.forEach(q, hit -> printCsv(csv, record(hit)));
        }
      } else {
        printText(searcher, q, out);
      }
    }
    out.flush();
    return 0;
  }

  public static Map<String, Object> record(PositionHit hit) {
    Position p = hit.position();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("article", p.articleId());
    r.put("source", hit.source());
    r.put("outlet", hit.outlet());
    r.put("published", hit.published());
    r.put("actor", p.actor());
    r.put("topic", p.topic());
    r.put("stance", p.stance().label());
    r.put("speaker", p.speaker());
    r.put("statement", p.statementId());
    r.put("evidence", p.evidence());
    r.put("start", p.start());
    r.put("end", p.end());
    r.put("date", p.date());
    r.put("date_text", p.dateText());
    return r;
  }

  private static void printCsv(CSVPrinter csv, Map<String, Object> record) {
    try {
      csv.printRecord(record.values());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void printText(PositionSearcher searcher, PositionQuery q, PrintStream out) throws IOException {
    List<Position> positions = new ArrayList<>();
    Map<String, String> outlets = new HashMap<>();
    Map<Position, PositionHit> hits = new HashMap<>();
    searcher.forEach(
        q,
        hit -> {
          positions.add(hit.position());
          hits.put(hit.position(), hit);
          if (hit.outlet() != null) {
            outlets.put(hit.position().articleId(), hit.outlet());
          }
        });
    if (positions.isEmpty()) {
      out.println("no positions match");
      return;
    }
    if (timeline) {
      for (Ledger.Timeline t : Ledger.timelines(positions, outlets::get, Ledger.DEFAULT_DROP_AFTER_DAYS)) {
        out.println(t.format());
      }
      return;
    }
    for (Ledger.Entry entry : Ledger.entries(positions)) {
      out.printf(
          "%n%s x %s: %s now (%d statement%s, %s to %s)%n",
          entry.actor(),
          entry.topic(),
          entry.current().label(),
          entry.positions().size(),
          entry.positions().size() == 1 ? "" : "s",
          orUnknown(entry.first()),
          orUnknown(entry.last()));
      for (Position p : entry.positions()) {
        PositionHit hit = hits.get(p);
        out.printf(
            "  %-10s %-10s %s: \u201c%s\u201d  [%s, %s %d-%d]%n",
            orUnknown(p.date()),
            p.stance().label(),
            p.speaker() == null ? "(narrator)" : p.speaker(),
            p.evidence().replace('\n', ' '),
            hit == null || hit.outlet() == null ? "outlet ?" : hit.outlet(),
            p.articleId(),
            p.start(),
            p.end());
      }
    }
  }

  private static String orUnknown(Object o) {
    return o == null ? "date ?" : o.toString();
  }
}
