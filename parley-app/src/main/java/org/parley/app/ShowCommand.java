package org.parley.app;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parley.model.Article;
import org.parley.model.Mention;
import org.parley.model.Statement;
import org.parley.query.ArticleSearcher;
import org.parley.query.StatementSearcher;
import org.parley.query.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "One article: metadata, clean text and its entities.")
final class ShowCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Parameters(paramLabel = "ID") String id;

  @Option(names = "--text", description = "print exactly the text all offsets refer to, nothing else")
  boolean rawText;

  @Option(names = "--format", defaultValue = "text", description = "text or json") SearchCommand.OutputFormat format;

  @Override
  public Integer call() throws Exception {
    StoredArticle stored;
    List<Statement> statements;
    try (ArticleSearcher searcher = ArticleSearcher.open(data.dir);
        StatementSearcher statementSearcher = StatementSearcher.open(data.dir)) {
      stored = searcher.get(id).orElse(null);
      statements = statementSearcher.ofArticle(id);
    }
    if (stored == null) {
      System.err.println("parley: no article with id " + id);
      return 1;
    }
    PrintStream out = System.out;
    Article a = stored.article();
    if (rawText) {
      out.print(a.text());
      out.flush();
      return 0;
    }
    if (format == SearchCommand.OutputFormat.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("article", a);
      json.put("clean_text", a.cleanText());
      json.put("mentions", stored.mentions());
      json.put("statements", statements);
      out.println(Json.write(json));
      return 0;
    }
    out.println("id         " + a.id());
    out.println("title      " + orUnknown(a.title()));
    out.println("outlet     " + orUnknown(a.outlet()));
    out.println("published  " + (a.published() == null ? "?" : a.published() + " (" + a.dateSource().name().toLowerCase(java.util.Locale.ROOT) + ")"));
    out.println("authors    " + (a.authors().isEmpty() ? "?" : String.join(", ", a.authors())));
    out.println("url        " + orUnknown(a.url()));
    out.println("source     " + a.source());
    out.println("junk       " + a.junk().size() + " span(s) marked, " + a.junk().stream().mapToInt(s -> s.length()).sum() + " chars");
    out.println();
    out.println(a.cleanText());
    out.println();
    out.println("entities:");
    Map<String, List<Mention>> byEntity =
        stored.mentions().stream().collect(Collectors.groupingBy(m -> m.type() + "  " + m.entityName(), TreeMap::new, Collectors.toList()));
    byEntity.forEach(
        (key, mentions) ->
            out.printf(
                "  %-50s %3d  %s%n",
                key,
                mentions.size(),
                mentions.stream().map(Mention::text).distinct().collect(Collectors.joining(" | "))));
    out.println();
    out.println("statements:");
    for (Statement s : statements) {
      out.printf(
          "  %s [%s] %s %s: \u201c%s\u201d%s%n",
          s.id(),
          s.kind().name().toLowerCase(java.util.Locale.ROOT),
          s.speaker() == null ? "?" : s.speaker(),
          s.cue() == null ? "" : s.cue(),
          s.content().replace('\n', ' '),
          s.via().isEmpty() ? "" : " (via " + String.join(" > ", s.via()) + ")");
    }
    return 0;
  }

  private static String orUnknown(String s) {
    return s == null || s.isBlank() ? "?" : s;
  }
}
