package org.parley.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.link.Links;
import org.parley.model.Link;
import org.parley.model.LinkType;
import org.parley.model.Statement;
import org.parley.query.StatementHit;
import org.parley.query.StatementQuery;
import org.parley.query.StatementSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "disputes",
    mixinStandardHelpOptions = true,
    description = {
      "Claims and their denials: a statement and another actor's explicit denial or rejection of it,"
          + " within an article or across articles, each shown with both sources. Run parley link first."
    })
final class DisputesCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--format", defaultValue = "text", description = "text or jsonl") Format format;

  @Option(names = "--article", description = "disputes with a side in this article id") String article;

  @Option(names = "--limit", description = "at most this many (default: all for jsonl, 50 for text)") Integer limit;

  enum Format {
    text,
    jsonl
  }

  @Override
  public Integer call() throws Exception {
    Links links = LinkCommand.stored(data.dir);
    int max = limit != null ? limit : format == Format.text ? 50 : Integer.MAX_VALUE;
    List<Link> disputes =
        links.links(LinkType.DISPUTE).stream()
            .filter(l -> article == null || article.equals(l.fromArticle()) || article.equals(l.toArticle()))
            .toList();
    PrintStream out = System.out;
    if (format == Format.text) {
      out.printf("%,d disputed pairs%n", disputes.size());
    }
    try (StatementSearcher searcher = StatementSearcher.open(data.dir)) {
      Map<String, Map<String, StatementHit>> cache = new HashMap<>();
      int n = 0;
      for (Link l : disputes) {
        if (n++ >= max) {
          break;
        }
        StatementHit claim = find(searcher, cache, l.fromArticle(), l.from());
        StatementHit denial = find(searcher, cache, l.toArticle(), l.to());
        if (format == Format.jsonl) {
          out.println(Json.write(LinkRecords.dispute(l, claim, denial)));
        } else {
          out.printf("%n[%s] on %s%n", l.kind().label(), String.join(", ", l.terms()));
          out.printf("  claim:  %s%n", line(claim, l.from()));
          out.printf("  %s: %s%n", "denial", line(denial, l.to()));
        }
      }
      if (format == Format.text && disputes.size() > max) {
        out.printf("%n(%,d more: use --limit, or --format jsonl for all)%n", disputes.size() - max);
      }
    }
    out.flush();
    return 0;
  }

  private static StatementHit find(StatementSearcher searcher, Map<String, Map<String, StatementHit>> cache, String articleId, String id)
      throws IOException {
    Map<String, StatementHit> of = cache.get(articleId);
    if (of == null) {
      Map<String, StatementHit> m = new HashMap<>();
      searcher.forEach(StatementQuery.all().withArticle(articleId), hit -> m.put(hit.statement().id(), hit));
      cache.put(articleId, m);
      of = m;
    }
    return of.get(id);
  }

  private static String line(StatementHit hit, String id) {
    if (hit == null) {
      return id + " (no longer stored: run parley link again)";
    }
    Statement s = hit.statement();
    return String.format("%s %s \u201c%s\u201d%n          %s | %s | %s", s.speaker() == null ? "(unknown speaker)" : s.speaker(),
        s.cue() == null ? "" : s.cue(), ReuseCommand.excerpt(s.content()), hit.published() == null ? "date ?" : hit.published(),
        hit.outlet() == null ? "outlet ?" : hit.outlet(), hit.source() + " " + s.id());
  }
}
