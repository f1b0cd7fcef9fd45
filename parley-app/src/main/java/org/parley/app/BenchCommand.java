package org.parley.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.pipeline.Benchmark;
import org.parley.pipeline.IngestSummary;
import org.parley.pipeline.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmark: ingest a corpus into a fresh data directory; print per-stage and end-to-end rates, peak heap and search latency.")
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "CORPUS") List<String> paths;

  @Option(names = "--threads", description = "annotation threads (default: number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--work-dir", description = "where the throw-away index goes (default: a temp dir)")
  Path workDir;

  @Override
  public Integer call() throws Exception {
    Path dir = workDir != null ? workDir : Files.createTempDirectory("parley-bench");
    if (Files.exists(dir.resolve("index"))) {
      throw new IllegalArgumentException("--work-dir " + dir + " already holds an index: give an empty directory");
    }
    Benchmark.Report r = Benchmark.run(Inputs.paths(paths), dir, threads, IngestCommand.printingListener(System.err));
    print(r, System.out);
    return 0;
  }

  private void print(Benchmark.Report r, PrintStream out) {
    IngestSummary s = r.ingest();
    StageTimes t = s.stages();
    long articles = s.added();
    out.printf("corpus: %s%n", String.join(" ", paths));
    out.printf("threads: %d, heap max: %,d MB, model load: %.1f s%n", threads, Runtime.getRuntime().maxMemory() >> 20, r.modelLoadMillis() / 1000.0);
    out.printf(
        "articles: %,d read, %,d added, %,d duplicates, %,d skipped; %,d tokens; %,d statements%n",
        s.read(), s.added(), s.duplicates(), s.skipped(), s.tokens(), s.statements());
    out.println();
    out.printf("%-12s %12s %14s %14s%n", "stage", "time (s)", "articles/s", "tokens/s");
    row(out, "read", t.readNanos(), s.read(), s.tokens());
    row(out, "clean", t.cleanNanos(), articles, s.tokens());
    row(out, "annotate", t.annotateNanos(), articles, s.tokens());
    row(out, "extract", t.extractNanos(), articles, s.tokens());
    row(out, "index", t.indexNanos(), articles, s.tokens());
    row(out, "end-to-end", s.elapsed().toNanos(), articles, s.tokens());
    out.println("(stage times are summed over threads; end-to-end is wall time)");
    out.println();
    out.printf("peak heap: %,d MB%n", r.peakHeapBytes() >> 20);
    out.printf(
        "search: %d queries over %,d articles, p50 %.2f ms, p95 %.2f ms%n",
        r.searches(), r.indexedArticles(), r.searchP50Millis(), r.searchP95Millis());
  }

  private static void row(PrintStream out, String stage, long nanos, long articles, long tokens) {
    double seconds = nanos / 1e9;
    out.printf(
        "%-12s %12.2f %14.1f %14.0f%n",
        stage, seconds, seconds > 0 ? articles / seconds : 0, seconds > 0 ? tokens / seconds : 0);
  }
}
