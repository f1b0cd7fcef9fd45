package org.parley.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.clean.Cleaner;
import org.parley.entity.AliasTable;
import org.parley.entity.EntityLinker;
import org.parley.ingest.FieldMapping;
import org.parley.ingest.IngestReport;
import org.parley.ingest.Sources;
import org.parley.link.LinkSummary;
import org.parley.link.Linker;
import org.parley.model.Article;
import org.parley.nlp.NlpAnnotator;
import org.parley.nlp.NlpConfig;
import org.parley.query.ArticleSearcher;
import org.parley.query.SearchRequest;
import org.parley.store.ArticleStore;

/**
 * {@code parley bench}: one full ingest of a corpus into a fresh data directory, timed per stage,
 * then entity relinking and linking as {@code parley ingest} runs them, then search latency over a
 * fixed query set. Figures only; no thresholds.
 */
public final class Benchmark {
  /** Fixed so runs compare: words, phrases, booleans, fields, match-all. */
  public static final List<String> QUERIES =
      List.of(
          "demilitarisation",
          "ceasefire",
          "\"peace talks\"",
          "Putin AND Zelensky",
          "NATO membership",
          "grain OR wheat",
          "Zaporizhzhia nuclear",
          "title:ukraine",
          "sanctions -oil",
          "*:*");

  private static final int WARMUP = 3;
  private static final int REPEATS = 20;

  public record Report(
      IngestSummary ingest,
      long modelLoadMillis,
      long peakHeapBytes,
      long indexedArticles,
      double searchP50Millis,
      double searchP95Millis,
      int searches,
      long ingestCpuNanos,
      double secondHalfCpuNanosPerToken,
      long ingestGcMillis,
      long relinkMillis,
      LinkSummary links) {

    /** The same report with another model-load time (a scaling curve loads models once for all sizes). */
    public Report withModelLoadMillis(long millis) {
      return new Report(
          ingest, millis, peakHeapBytes, indexedArticles, searchP50Millis, searchP95Millis, searches, ingestCpuNanos,
          secondHalfCpuNanosPerToken, ingestGcMillis, relinkMillis, links);
    }

    /**
     * CPU seconds of the whole process (every thread: workers, reader, writer, GC, JIT) per 1,000
     * tokens ingested: the measure that holds on a machine shared with other work, where wall time
     * does not.
     */
    /** Wall time of everything {@code parley ingest} does: the ingest, entity relinking and linking. */
    public long allStagesMillis() {
      return ingest.elapsed().toMillis() + relinkMillis + links.totalMillis();
    }

    /** Tokens/s over {@link #allStagesMillis()}. */
    public double allStagesTokensPerSecond() {
      long ms = allStagesMillis();
      return ms == 0 ? 0 : ingest.tokens() * 1000.0 / ms;
    }

    public double cpuMillisPerThousandTokens() {
      return ingest.tokens() == 0 ? 0 : ingestCpuNanos / 1e3 / ingest.tokens();
    }

    /**
     * Tokens/s this run's CPU cost would give with {@code cores} cores all busy on it: an
     * estimate for an idle machine, an upper bound where anything in the run is serial.
     */
    public double idleTokensPerSecondEstimate(int cores) {
      return ingestCpuNanos == 0 ? 0 : ingest.tokens() * cores / (ingestCpuNanos / 1e9);
    }

    /** As {@link #idleTokensPerSecondEstimate}, from the second half of the run (JIT warm). */
    public double idleSecondHalfTokensPerSecondEstimate(int cores) {
      return secondHalfCpuNanosPerToken <= 0 ? 0 : cores * 1e9 / secondHalfCpuNanosPerToken;
    }
  }

  public static Report run(List<Path> corpus, Path dataDir, int threads, IngestListener listener)
      throws IOException {
    return run(corpus, dataDir, threads, Long.MAX_VALUE, null, listener);
  }

  /**
   * One ingest of at most {@code maxArticles} new articles (the first in input order) into {@code
   * dataDir}, with an annotator already loaded (null: load one and time it), so a scaling curve
   * loads models once.
   */
  public static Report run(
      List<Path> corpus, Path dataDir, int threads, long maxArticles, NlpAnnotator loaded, IngestListener listener)
      throws IOException {
    try (HeapSampler heap = new HeapSampler()) {
      long t0 = System.nanoTime();
      NlpAnnotator annotator = loaded != null ? loaded : new NlpAnnotator(NlpConfig.DEFAULT);
      long modelLoadMillis = loaded != null ? 0 : (System.nanoTime() - t0) / 1_000_000;
      IngestPipeline pipeline =
          new IngestPipeline(annotator, new Cleaner(), threads, new org.parley.position.PositionExtractor(), maxArticles);
      IngestSummary summary;
      long cpu0 = ProcessCpu.nanos();
      long gc0 = ProcessCpu.gcMillis();
      double secondHalf;
      try (ArticleStore store = ArticleStore.open(dataDir);
          CpuSampler cpu = new CpuSampler(() -> pipeline.progress().tokens())) {
        summary = pipeline.run(corpus, FieldMapping.DEFAULT, store, listener);
        secondHalf = cpu.secondHalfNanosPerToken(summary.tokens(), ProcessCpu.nanos());
      }
      long ingestCpu = ProcessCpu.nanos() - cpu0;
      long ingestGc = ProcessCpu.gcMillis() - gc0;
      // The two stages parley ingest runs after the articles, over what is stored (one pass each).
      long r0 = System.nanoTime();
      try (ArticleStore store = ArticleStore.open(dataDir)) {
        store.relink(new EntityLinker(AliasTable.load(dataDir)));
      }
      long relinkMillis = (System.nanoTime() - r0) / 1_000_000;
      LinkSummary links = new Linker().relink(dataDir);
      try (ArticleSearcher searcher = ArticleSearcher.open(dataDir)) {
        double[] latencies = searchLatencies(searcher);
        return new Report(
            summary,
            modelLoadMillis,
            heap.peakBytes(),
            searcher.count(),
            percentile(latencies, 0.50),
            percentile(latencies, 0.95),
            latencies.length,
            ingestCpu,
            secondHalf,
            ingestGc,
            relinkMillis,
            links);
      }
    }
  }

  /**
   * The first {@code n} distinct articles of a corpus with text left after cleaning (junk marked),
   * for per-annotator profiling; reading stops there.
   */
  public static List<Article> sample(List<Path> corpus, int n) {
    List<Article> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Cleaner cleaner = new Cleaner();
    try {
      Sources.read(
          corpus,
          FieldMapping.DEFAULT,
          article -> {
            if (out.size() >= n) {
              throw new SampleFull();
            }
            if (seen.add(article.id())) {
              Article clean = cleaner.clean(article);
              if (!clean.cleanText().isEmpty()) {
                out.add(clean);
              }
            }
          },
          new IngestReport() {
            @Override
            public void warn(String source, String message) {}

            @Override
            public void skip(String source, String reason) {}
          });
    } catch (SampleFull e) {
      // enough read
    }
    return out;
  }

  private static final class SampleFull extends RuntimeException {
    SampleFull() {
      super(null, null, false, false);
    }
  }

  private static double[] searchLatencies(ArticleSearcher searcher) throws IOException {
    for (int i = 0; i < WARMUP; i++) {
      for (String q : QUERIES) {
        searcher.search(SearchRequest.of(q));
      }
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < REPEATS; i++) {
      for (String q : QUERIES) {
        long t = System.nanoTime();
        searcher.search(SearchRequest.of(q));
        millis.add((System.nanoTime() - t) / 1e6);
      }
    }
    return millis.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
