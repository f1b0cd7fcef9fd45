package org.parley.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.ingest.OutletNames;
import org.parley.link.Links;
import org.parley.model.Article;
import org.parley.model.Link;
import org.parley.model.LinkType;
import org.parley.query.ArticleSearcher;
import org.parley.query.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "reuse",
    mixinStandardHelpOptions = true,
    description = {
      "Reused passages between articles (wire copy, press releases, copied paragraphs) and the reuse graph:"
          + " which outlet's text reappears in which (earlier -> later). Run parley link first."
    })
final class ReuseCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--format", defaultValue = "text", description = "text or jsonl") Format format;

  @Option(names = "--graph", description = "only the reuse graph (outlet -> outlet)") boolean graphOnly;

  @Option(names = "--article", description = "passages of one article id (either side)") String article;

  @Option(names = "--outlet", description = "passages with this outlet on either side") String outlet;

  @Option(names = "--limit", description = "at most this many passages (default: all for jsonl, 50 for text)") Integer limit;

  enum Format {
    text,
    jsonl
  }

  @Override
  public Integer call() throws Exception {
    Links links = LinkCommand.stored(data.dir);
    OutletNames outlets = OutletNames.load(data.dir);
    int max = limit != null ? limit : format == Format.text ? 50 : Integer.MAX_VALUE;
    PrintStream out = System.out;
    if (graphOnly || format == Format.text) {
      List<Links.ReuseEdge> graph = links.reuseGraph();
      if (format == Format.jsonl) {
        for (Links.ReuseEdge e : graph) {
          out.println(Json.write(LinkRecords.edge(e)));
        }
        return 0;
      }
      out.printf("reuse graph (earlier outlet -> later outlet; ~ when the order is unknown):%n");
      for (Links.ReuseEdge e : graph) {
        out.printf("  %s %s %s: %,d passages in %,d article pairs, %,d chars%n", e.fromOutlet(), e.directed() ? "->" : "~", e.toOutlet(),
            e.passages(), e.articlePairs(), e.chars());
      }
      if (graphOnly) {
        return 0;
      }
    }
    List<Link> passages =
        links.links(LinkType.REUSED_PASSAGE).stream()
            .filter(l -> article == null || article.equals(l.from()) || article.equals(l.to()))
            .filter(l -> outlet == null || outlets.same(outlet, l.fromOutlet()) || outlets.same(outlet, l.toOutlet()))
            .toList();
    if (format == Format.text) {
      out.printf("%n%,d reused passages%n", passages.size());
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(data.dir)) {
      Map<String, Article> cache = new HashMap<>();
      int n = 0;
      for (Link l : passages) {
        if (n++ >= max) {
          break;
        }
        Article from = article(searcher, cache, l.from());
        Article to = article(searcher, cache, l.to());
        String text = LinkRecords.passageText(l, to);
        if (format == Format.jsonl) {
          out.println(Json.write(LinkRecords.passage(l, from, to)));
        } else {
          out.printf("%n%s %s %s%n", describe(l.from(), l.fromOutlet(), l.fromPublished(), from), l.directed() ? "->" : "~",
              describe(l.to(), l.toOutlet(), l.toPublished(), to));
          out.printf("  [%d-%d] -> [%d-%d], %,d chars, score %.2f%n", l.fromStart(), l.fromEnd(), l.toStart(), l.toEnd(), l.toEnd() - l.toStart(), l.score());
          if (text != null) {
            out.printf("  \u201c%s\u201d%n", excerpt(text));
          }
        }
      }
      if (format == Format.text && passages.size() > max) {
        out.printf("%n(%,d more: use --limit, or --format jsonl for all)%n", passages.size() - max);
      }
    }
    out.flush();
    return 0;
  }

  private static Article article(ArticleSearcher searcher, Map<String, Article> cache, String id) throws IOException {
    if (!cache.containsKey(id)) {
      cache.put(id, searcher.get(id).map(StoredArticle::article).orElse(null));
    }
    return cache.get(id);
  }

  static String describe(String id, String outlet, java.time.LocalDate published, Article a) {
    String title = a == null ? null : a.title() != null ? a.title() : a.source();
    return String.format("%s (%s, %s)%s", id, outlet == null ? "outlet ?" : outlet, published == null ? "date ?" : published,
        title == null ? "" : " " + excerpt(title, 60));
  }

  static String excerpt(String text) {
    return excerpt(text, 200);
  }

  static String excerpt(String text, int max) {
    String t = text.replaceAll("\\s+", " ").strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
  }
}
