package org.parley.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.eval.AttributionEval;
import org.parley.eval.EvalReport;
import org.parley.eval.ExtractionEval;
import org.parley.eval.PositionEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score Parley against annotated data and print precision, recall and F1.",
      "  parley eval [statements] GOLD   statements vs PolNeAR brat (a split folder or .ann) or gold JSONL",
      "  parley eval positions GOLD      (article, actor, topic, stance) vs seeds-dev positions.jsonl",
      "  parley eval extraction HTMLDIR  HTML body/metadata extraction vs ../shared/corpus/html",
    })
final class EvalCommand implements Callable<Integer> {
  @Parameters(arity = "1..2", paramLabel = "[WHAT] GOLD", description = "what to score (default statements) and the gold data")
  List<String> args;

  @Option(names = "--limit", description = "score only the first N articles (0 = all)", defaultValue = "0")
  int limit;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON")
  Path json;

  @Override
  public Integer call() throws Exception {
    String what = args.size() == 2 ? args.get(0) : "statements";
    Path gold = Path.of(args.get(args.size() - 1));
    if (!Files.exists(gold)) {
      throw new IllegalArgumentException("no gold data at " + gold);
    }
    Object report;
    String table;
    switch (what) {
      case "statements":
        EvalReport r = AttributionEval.run(gold, limit > 0 ? limit : Integer.MAX_VALUE);
        report = r;
        table = r.format();
        break;
      case "positions":
        PositionEval.Report p = PositionEval.run(gold.toFile().isDirectory() ? gold.resolve("positions.jsonl") : gold);
        report = p;
        table = p.format();
        break;
      case "extraction":
        ExtractionEval.Report x = ExtractionEval.run(gold);
        report = x;
        table = x.format();
        break;
      default:
        throw new IllegalArgumentException("eval what? statements, positions or extraction, not " + what);
    }
    System.out.println(table);
    if (json != null) {
      Files.writeString(json, Json.write(report) + "\n");
    }
    return 0;
  }
}
