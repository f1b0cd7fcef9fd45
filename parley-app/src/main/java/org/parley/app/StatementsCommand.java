package org.parley.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parley.link.Links;
import org.parley.link.StatementCluster;
import org.parley.model.Statement;
import org.parley.query.StatementHit;
import org.parley.query.StatementQuery;
import org.parley.query.StatementSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "statements",
    mixinStandardHelpOptions = true,
    description = "Attributed statements (who said what), oldest first; filters combine.")
final class StatementsCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "words in the statement (Lucene syntax); default: all")
  String query;

  @Option(names = "--speaker", description = "speaker name or part of it (\"Putin\"), or an entity id") String speaker;

  @Option(names = "--article", description = "statements of one article id") String article;

  @Option(names = "--outlet") String outlet;

  @Option(names = "--kind", description = "direct, indirect or mixed") String kind;

  @Option(names = "--cue", description = "reporting verb as written, e.g. said") String cue;

  @Option(names = "--from", description = "said on or after (YYYY-MM-DD)") LocalDate from;

  @Option(names = "--to", description = "said on or before (YYYY-MM-DD)") LocalDate to;

  @Option(names = "--cluster", paramLabel = "ID", description = "every report of one statement: a cluster id (c:...) from the cluster field, or any member's statement id (run parley link first)")
  String cluster;

  @Option(names = "--limit", description = "at most this many (default: all for jsonl/csv, 50 for text)") Integer limit;

  @Option(names = "--format", defaultValue = "text", description = "text, jsonl or csv") Format format;

  enum Format {
    text,
    jsonl,
    csv
  }

  @Override
  public Integer call() throws Exception {
    if (kind != null && !kind.matches("(?i)direct|indirect|mixed")) {
      throw new IllegalArgumentException("--kind must be direct, indirect or mixed, not " + kind);
    }
    int max = limit != null ? limit : format == Format.text ? 50 : Integer.MAX_VALUE;
    if (max < 0) {
      throw new IllegalArgumentException("--limit must not be negative");
    }
    StatementQuery q = new StatementQuery(query, speaker, article, outlet, kind, cue, from, to, max, 0);
    PrintStream out = System.out;
    Links links = Links.open(data.dir);
    try (StatementSearcher searcher = StatementSearcher.open(data.dir)) {
      if (cluster != null) {
        printCluster(searcher, links, q, max, out);
        out.flush();
        return 0;
      }
      switch (format) {
        case jsonl:
          stream(searcher, q, max, hit -> out.println(Json.write(StatementRecords.of(hit, links))));
          break;
        case csv:
          try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(StatementRecords.FIELDS.toArray(String[]::new)).build())) {
            stream(searcher, q, max, hit -> printCsv(csv, StatementRecords.of(hit, links)));
          }
          break;
        default:
          printText(searcher, q, out, links);
      }
    }
    out.flush();
    return 0;
  }

  /** The members of one cluster, earliest report first, with the other filters applied. */
  private void printCluster(StatementSearcher searcher, Links links, StatementQuery q, int max, PrintStream out) throws IOException {
    if (!links.present()) {
      throw new IllegalArgumentException("no links in " + data.dir + ": run parley link first");
    }
    StatementCluster c =
        links.cluster(cluster).or(() -> links.clusterOf(cluster)).orElseThrow(() -> new IllegalArgumentException("no cluster " + cluster));
    Map<String, StatementHit> byId = new java.util.HashMap<>();
    for (String articleId : c.members().stream().map(StatementCluster.Member::article).distinct().toList()) {
      searcher.forEach(q.withArticle(articleId), hit -> byId.put(hit.statement().id(), hit));
    }
    List<StatementHit> hits = new ArrayList<>();
    for (StatementCluster.Member m : c.members()) {
      StatementHit hit = byId.get(m.statement());
      if (hit != null && hits.size() < max) {
        hits.add(hit);
      }
    }
    switch (format) {
      case jsonl:
        hits.forEach(hit -> out.println(Json.write(StatementRecords.of(hit, links))));
        break;
      case csv:
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(StatementRecords.FIELDS.toArray(String[]::new)).build())) {
          hits.forEach(hit -> printCsv(csv, StatementRecords.of(hit, links)));
        }
        break;
      default:
        out.printf("cluster %s: %d reports in %d articles; first %s%s; outlets: %s%n", c.id(), c.size() + c.carriers().size(), c.articles(),
            c.earliestPublished() == null ? "(date unknown)" : c.earliestPublished(),
            c.earliestOutlet() == null ? "" : " (" + c.earliestOutlet() + ")",
            c.outlets().isEmpty() ? "(unknown)" : String.join(", ", c.outlets()));
        if (c.speakers().size() > 1) {
          out.printf("attributed to: %s%n", String.join("; ", c.speakers()));
        }
        if (!c.carriers().isEmpty()) {
          out.printf("also carried (no statement extracted there) by: %s%n",
              String.join("; ", c.carriers().stream().map(k -> k.article() + " " + k.start() + "-" + k.end()
                  + (k.outlet() == null ? "" : " (" + k.outlet() + ")")).toList()));
        }
        if (!c.vias().isEmpty()) {
          out.printf("via: %s%n", String.join("; ", c.vias().stream().map(v -> String.join(" > ", v)).toList()));
        }
        Map<String, String> kinds = new java.util.HashMap<>();
        c.members().forEach(m -> kinds.put(m.statement(), m.kind()));
        for (StatementHit hit : hits) {
          printOne(hit, out, "(" + kinds.get(hit.statement().id()) + ") ");
        }
    }
  }

  private static void stream(StatementSearcher searcher, StatementQuery q, int max, java.util.function.Consumer<StatementHit> sink)
      throws IOException {
    int[] n = {0};
    searcher.forEach(
        q,
        hit -> {
          if (n[0]++ < max) {
            sink.accept(hit);
          }
        });
  }

  private static void printCsv(CSVPrinter csv, Map<String, Object> record) {
    try {
      for (Object value : record.values()) {
        csv.print(value instanceof java.util.List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList()) : value);
      }
      csv.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void printText(StatementSearcher searcher, StatementQuery q, PrintStream out, Links links) throws IOException {
    var result = searcher.search(q);
    out.printf("%,d statements%n", result.total());
    for (StatementHit hit : result.hits()) {
      String reported =
          links.clusterOf(hit.statement().id())
              .map(c -> String.format("(reported %d times, %s: %s) ", c.size() + c.carriers().size(), c.outlets().isEmpty() ? "outlets unknown" : String.join(", ", c.outlets()), c.id()))
              .orElse("");
      printOne(hit, out, reported);
    }
    if (result.total() > result.hits().size()) {
      out.printf("%n(%,d more: use --limit, or --format jsonl for all)%n", result.total() - result.hits().size());
    }
  }

  private static void printOne(StatementHit hit, PrintStream out, String prefix) {
    {
      Statement s = hit.statement();
      out.printf(
          "%n%s[%s] %s %s%s%s%n  \u201c%s\u201d%n  %s | %s | %s%n",
          prefix,
          s.kind().name().toLowerCase(java.util.Locale.ROOT),
          s.speaker() == null ? "(unknown speaker)" : s.speaker(),
          s.cue() == null ? "" : s.cue(),
          s.addressee() == null ? "" : " (to " + s.addressee() + ")",
          s.via().isEmpty() ? "" : ", via " + String.join(" > ", s.via()),
          s.content().replace('\n', ' '),
          s.date() != null ? s.date() + (s.dateText() == null ? "" : " (" + s.dateText() + ")") : hit.published() == null ? "date ?" : "published " + hit.published(),
          hit.outlet() == null ? "outlet ?" : hit.outlet(),
          s.id() + " " + s.start() + "-" + s.end());
    }
  }
}
