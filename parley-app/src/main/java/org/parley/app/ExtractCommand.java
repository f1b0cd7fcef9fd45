package org.parley.app;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.clean.Cleaner;
import org.parley.ingest.OutletNames;
import org.parley.ingest.Sources;
import org.parley.model.Article;
import org.parley.pipeline.IngestListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Print what ingest would store for each article, one JSON object per line, without storing.")
final class ExtractCommand implements Callable<Integer> {
  /** Only its {@code outlets.tsv} is read, as ingest would. */
  @Mixin DataOption data;

  @Parameters(arity = "1..*", paramLabel = "PATH")
  List<String> paths;

  @Option(names = "--map", paramLabel = "FIELD=COLUMN,...")
  String map;

  @Override
  public Integer call() {
    Cleaner cleaner = new Cleaner();
    PrintStream out = System.out;
    IngestListener listener = IngestCommand.printingListener(System.err);
    Sources.readInputs(
        paths,
        Inputs.mapping(map),
        OutletNames.load(data.dir),
        article -> out.println(Json.write(record(cleaner.clean(article)))),
        new org.parley.ingest.IngestReport() {
          @Override
          public void warn(String source, String message) {
            listener.warned(source, message);
          }

          @Override
          public void skip(String source, String reason) {
            listener.skipped(source, reason);
          }
        });
    out.flush();
    return 0;
  }

  private static Map<String, Object> record(Article a) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", a.id());
    r.put("source", a.source());
    r.put("title", a.title());
    r.put("authors", a.authors());
    r.put("published", a.published());
    r.put("date_source", a.dateSource().name().toLowerCase(java.util.Locale.ROOT));
    r.put("outlet", a.outlet());
    r.put("url", a.url());
    r.put("language", a.language());
    r.put("country", a.country());
    r.put("text", a.cleanText());
    return r;
  }
}
