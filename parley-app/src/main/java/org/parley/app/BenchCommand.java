package org.parley.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.parley.model.Article;
import org.parley.nlp.AnnotatorProfile;
import org.parley.nlp.NlpAnnotator;
import org.parley.nlp.NlpConfig;
import org.parley.pipeline.Benchmark;
import org.parley.pipeline.IngestSummary;
import org.parley.pipeline.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark: ingest a corpus into a fresh data directory; print per-stage and end-to-end rates, peak heap and search latency.",
      "--max-articles 1000,5000,25000 runs one ingest per size (the first N new articles in input order) for a scaling curve.",
      "--profile N times each CoreNLP annotator on its own over the first N articles instead (one thread)."
    })
final class BenchCommand implements Callable<Integer> {
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  @Parameters(arity = "1..*", paramLabel = "CORPUS") List<String> paths;

  @Option(names = "--threads", description = "annotation threads (default: number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--work-dir", description = "where the throw-away index goes (default: a temp dir)")
  Path workDir;

  @Option(
      names = "--max-articles",
      split = ",",
      paramLabel = "N",
      description = "ingest only the first N new articles; several sizes (comma-separated) give a scaling curve")
  List<Long> maxArticles = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "N", description = "time each annotator over the first N articles; no ingest")
  int profile;

  @Option(
      names = "--variant",
      paramLabel = "LABEL:ANNOTATOR:KEY=VALUE[;KEY=VALUE]",
      description = "with --profile: also time ANNOTATOR (ner, pos, depparse) with these CoreNLP properties, on the same sentences")
  List<String> variants = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (profile > 0) {
      profile(System.out);
      return 0;
    }
    Path dir = workDir != null ? workDir : Files.createTempDirectory("parley-bench");
    if (Files.exists(dir.resolve("index"))) {
      throw new IllegalArgumentException("--work-dir " + dir + " already holds an index: give an empty directory");
    }
    if (maxArticles.isEmpty()) {
      Benchmark.Report r = Benchmark.run(Inputs.paths(paths), dir, threads, IngestCommand.printingListener(System.err));
      print(r, System.out);
      return 0;
    }
    long t0 = System.nanoTime();
    NlpAnnotator annotator = new NlpAnnotator(NlpConfig.DEFAULT);
    double load = (System.nanoTime() - t0) / 1e9;
    List<String> curve = new ArrayList<>();
    for (long n : maxArticles) {
      Benchmark.Report r =
          Benchmark.run(Inputs.paths(paths), dir.resolve("n" + n), threads, n, annotator, IngestCommand.printingListener(System.err));
      r = r.withModelLoadMillis((long) (load * 1000));
      print(r, System.out);
      System.out.println();
      IngestSummary s = r.ingest();
      curve.add(
          String.format(
              "%,10d %,10d %,12d %10.1f %10.1f %10.0f %10.1f %10d %8.2f %9.1f %9.1f %10.0f",
              n, s.added(), s.tokens(), s.elapsed().toMillis() / 1000.0, s.articlesPerSecond(), s.tokensPerSecond(),
              r.ingestCpuNanos() / 1e9, r.peakHeapBytes() >> 20, r.searchP95Millis(), r.relinkMillis() / 1000.0,
              r.links().totalMillis() / 1000.0, r.allStagesTokensPerSecond()));
    }
    System.out.println(
        "scaling curve (wall time; seconds, art/s, tokens/s and CPU s are the ingest; relink and link follow it;"
            + " all tok/s counts all three; peak heap is the JVM's used heap, sampled):");
    System.out.printf(
        "%10s %10s %12s %10s %10s %10s %10s %10s %8s %9s %9s %10s%n",
        "max", "added", "tokens", "seconds", "art/s", "tokens/s", "CPU s", "heap MB", "p95 ms", "relink s", "link s", "all tok/s");
    curve.forEach(System.out::println);
    return 0;
  }

  private void profile(PrintStream out) {
    List<Article> sample = Benchmark.sample(Inputs.paths(paths), profile);
    List<AnnotatorProfile.Variant> vs = new ArrayList<>();
    for (String v : variants) {
      String[] parts = v.split(":", 3);
      if (parts.length != 3) {
        throw new IllegalArgumentException("--variant " + v + ": expected LABEL:ANNOTATOR:KEY=VALUE[;KEY=VALUE]");
      }
      Properties props = new Properties();
      for (String kv : parts[2].split(";")) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
          props.setProperty(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
      }
      vs.add(new AnnotatorProfile.Variant(parts[0], parts[1], props));
    }
    AnnotatorProfile.Result r = AnnotatorProfile.run(sample, NlpConfig.DEFAULT, vs);
    out.printf("corpus: %s; %,d articles, %,d sentences, %,d tokens%n", String.join(" ", paths), sample.size(), r.sentences(), r.tokens());
    out.printf(
        "depparse on %,d sentences (%,d tokens); with the older filter (cue or quote) %,d sentences (%,d tokens)%n",
        r.parsedSentences(), r.parsedTokens(), r.widerParsedSentences(), r.widerParsedTokens());
    out.printf("%-32s %10s %8s %14s%n", "annotator (one thread)", "time (s)", "share", "tokens/s");
    double total =
        r.seconds().entrySet().stream().filter(e -> !e.getKey().contains("[")).mapToDouble(Map.Entry::getValue).sum();
    for (Map.Entry<String, Double> e : r.seconds().entrySet()) {
      out.printf("%-32s %10.2f %7.1f%% %14.0f%n", e.getKey(), e.getValue(), 100 * e.getValue() / total, r.tokens() / e.getValue());
    }
    out.printf("%-32s %10.2f %7.1f%% %14.0f%n", "all (baseline)", total, 100.0, r.tokens() / total);
    out.println("(shares are of the baseline total; [variants] are timed on the same sentences, interleaved)");
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
    row(out, "relink", r.relinkMillis() * 1_000_000, articles, s.tokens());
    row(out, "link", r.links().totalMillis() * 1_000_000, articles, s.tokens());
    row(out, "all stages", r.allStagesMillis() * 1_000_000, articles, s.tokens());
    out.println(
        "(read..index are summed over threads; end-to-end is the ingest's wall time; relink (entities) and link"
            + " (clusters, reuse, disputes) run after it, as in parley ingest; all stages = the three)");
    out.printf(
        "linked: %,d statement clusters, %,d reused passages, %,d disputes%n",
        r.links().clusters(), r.links().reusePairs(), r.links().disputes());
    out.printf(
        "CPU: %.1f s for the ingest (all threads), %.1f ms per 1,000 tokens; on %d idle cores that is about %,.0f tokens/s (estimate)%n",
        r.ingestCpuNanos() / 1e9, r.cpuMillisPerThousandTokens(), CORES, r.idleTokensPerSecondEstimate(CORES));
    out.printf(
        "CPU, second half of the run (JIT warm): %.1f ms per 1,000 tokens; on %d idle cores about %,.0f tokens/s (estimate)%n",
        r.secondHalfCpuNanosPerToken() / 1e3, CORES, r.idleSecondHalfTokensPerSecondEstimate(CORES));
    out.println();
    out.printf("peak heap: %,d MB; garbage collection during the ingest: %.1f s%n", r.peakHeapBytes() >> 20, r.ingestGcMillis() / 1000.0);
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
