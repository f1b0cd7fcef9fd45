package org.parley.app;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.query.ArticleSearcher;
import org.parley.query.SearchHit;
import org.parley.query.SearchRequest;
import org.parley.query.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Full-text search (Lucene syntax: words, \"phrases\", AND/OR/NOT, title:word), with facets.")
final class SearchCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Parameters(arity = "0..1", paramLabel = "QUERY", defaultValue = "*:*", description = "query; default *:* (all)")
  String query;

  @Option(names = "--outlet") String outlet;

  @Option(names = "--entity", description = "entity name, e.g. \"Vladimir Putin\"") String entity;

  @Option(names = "--from", description = "published on or after (YYYY-MM-DD)") LocalDate from;

  @Option(names = "--to", description = "published on or before (YYYY-MM-DD)") LocalDate to;

  @Option(names = "--limit", defaultValue = "10") int limit;

  @Option(names = "--offset", defaultValue = "0") int offset;

  @Option(names = "--format", defaultValue = "text", description = "text or json") OutputFormat format;

  enum OutputFormat {
    text,
    json
  }

  @Override
  public Integer call() throws Exception {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("--limit and --offset must not be negative");
    }
    SearchResult result;
    try (ArticleSearcher searcher = ArticleSearcher.open(data.dir)) {
      result = searcher.search(new SearchRequest(query, outlet, entity, from, to, limit, offset));
    }
    PrintStream out = System.out;
    if (format == OutputFormat.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("query", result.query());
      json.put("total", result.total());
      json.put("hits", result.hits());
      json.put("facets", result.facets());
      out.println(Json.write(json));
    } else {
      printText(result, out);
    }
    return 0;
  }

  private void printText(SearchResult result, PrintStream out) {
    out.printf("%,d articles match %s%n", result.total(), result.query());
    int rank = offset;
    for (SearchHit hit : result.hits()) {
      out.printf(
          "%n%d. %s%n   %s | %s | %s | id %s%n",
          ++rank,
          hit.title() == null ? "(untitled)" : hit.title(),
          hit.outlet() == null ? "?" : hit.outlet(),
          hit.published() == null ? "?" : hit.published(),
          hit.source(),
          hit.id());
      for (String snippet : hit.snippets()) {
        out.println("   " + snippet.replace('\n', ' '));
      }
    }
    for (Map.Entry<String, Map<String, Long>> facet : result.facets().entrySet()) {
      if (facet.getValue().isEmpty()) {
        continue;
      }
      out.printf("%n%s:", facet.getKey());
      facet.getValue().forEach((value, count) -> out.printf(" %s (%,d);", value, count));
      out.println();
    }
  }
}
