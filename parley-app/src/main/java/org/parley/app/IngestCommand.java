package org.parley.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.clean.Cleaner;
import org.parley.ingest.OutletNames;
import org.parley.ingest.Sources;
import org.parley.link.LinkSummary;
import org.parley.link.Linker;
import org.parley.nlp.NlpAnnotator;
import org.parley.nlp.NlpConfig;
import org.parley.pipeline.IngestListener;
import org.parley.position.PositionExtractor;
import org.parley.pipeline.IngestPipeline;
import org.parley.pipeline.IngestSummary;
import org.parley.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Read files and folders, clean, annotate and index every article (duplicates are skipped).")
final class IngestCommand implements Callable<Integer> {
  /** Problems printed one per line before the rest are only counted in the summary. */
  private static final int MAX_PRINTED_PROBLEMS = 100;

  @Mixin DataOption data;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders or http(s) URLs to ingest")
  List<String> paths;

  @Option(names = "--map", paramLabel = "FIELD=COLUMN,...", description = "dataset column overrides, e.g. text=body")
  String map;

  @Option(names = "--threads", description = "annotation threads (default: number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      description = "commit the index every N articles (default 200): a crash loses at most the last N")
  int commitEvery = ArticleStore.DEFAULT_BATCH_SIZE;

  @Override
  @SuppressWarnings("try") // the progress printer works by being open, not by being called
  public Integer call() throws Exception {
    PrintStream err = System.err;
    IngestPipeline pipeline = new IngestPipeline(
            new NlpAnnotator(NlpConfig.DEFAULT), new Cleaner(), threads, PositionExtractor.load(data.dir))
        .withOutletNames(OutletNames.load(data.dir));
    IngestSummary summary;
    try (ArticleStore store = ArticleStore.open(data.dir, commitEvery);
        java.io.PrintWriter report =
            new java.io.PrintWriter(
                java.nio.file.Files.newBufferedWriter(data.dir.resolve(REPORT_FILE), java.nio.charset.StandardCharsets.UTF_8));
        ProgressPrinter ignored = new ProgressPrinter(pipeline::progress, Sources.totalBytes(Inputs.localPaths(paths)), err)) {
      report.println("kind\tsource\treason");
      summary = pipeline.runInputs(paths, Inputs.mapping(map), store, printingListener(err, report));
      EntitiesCommand.relink(store, data.dir, err);
    }
    if (summary.added() > 0 || !org.parley.link.Links.open(data.dir).present()) {
      // Links span articles: rebuilt from what is stored, no NLP (see docs/decisions.md).
      LinkSummary links = new Linker().relink(data.dir);
      err.printf(
          "linked: %,d statement clusters, %,d reused passages, %,d disputes (%.1f s)%n",
          links.clusters(), links.reusePairs(), links.disputes(), links.totalMillis() / 1000.0);
    }
    printSummary(summary, System.out);
    if (summary.skipped() + summary.warnings() > 0) {
      System.out.println("every problem: " + data.dir.resolve(REPORT_FILE));
    }
    return summary.read() == 0 && summary.skipped() > 0 ? 1 : 0;
  }

  static IngestListener printingListener(PrintStream err) {
    return printingListener(err, null);
  }

  /**
   * Prints the first problems on stderr; with a {@code report} file, every problem also goes there
   * (one tab-separated line: kind, source, reason), so nothing is lost in a long run.
   */
  static IngestListener printingListener(PrintStream err, java.io.PrintWriter report) {
    AtomicInteger printed = new AtomicInteger();
    return new IngestListener() {
      @Override
      public void skipped(String source, String reason) {
        print("skipped: " + source + ": " + reason);
        record("skipped", source, reason);
      }

      @Override
      public void warned(String source, String message) {
        print("file " + source + ": " + message);
        record("warning", source, message);
      }

      private void record(String kind, String source, String reason) {
        if (report != null) {
          synchronized (report) {
            report.println(kind + "\t" + source.replace('\t', ' ') + "\t" + reason.replace('\n', ' '));
          }
        }
      }

      private void print(String line) {
        int n = printed.incrementAndGet();
        if (n <= MAX_PRINTED_PROBLEMS) {
          err.println(line);
        } else if (n == MAX_PRINTED_PROBLEMS + 1) {
          err.println("(more problems: every one is listed in " + (report == null ? "the summary counts" : REPORT_FILE) + ")");
        }
      }
    };
  }

  /** Every skipped item and warning of the last ingest, in the data directory. */
  static final String REPORT_FILE = "ingest-problems.tsv";

  static void printSummary(IngestSummary s, PrintStream out) {
    out.printf("read        %,10d%n", s.read());
    out.printf("added       %,10d%n", s.added());
    out.printf("duplicates  %,10d%n", s.duplicates());
    out.printf("skipped     %,10d%n", s.skipped());
    out.printf("warnings    %,10d%n", s.warnings());
    out.printf("tokens      %,10d%n", s.tokens());
    out.printf("statements  %,10d%n", s.statements());
    out.printf("positions   %,10d%n", s.positions());
    out.printf(
        "time        %10s  (%.1f articles/s, %,.0f tokens/s)%n",
        Durations.format(s.elapsed().toSeconds()), s.articlesPerSecond(), s.tokensPerSecond());
    for (Map.Entry<String, Long> reason : s.skipReasons().entrySet()) {
      out.printf("  skipped %,d: %s%n", reason.getValue(), reason.getKey());
    }
  }
}
