package org.parley.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.parley.clean.Cleaner;
import org.parley.ingest.FieldMapping;
import org.parley.ingest.IngestReport;
import org.parley.ingest.OutletNames;
import org.parley.ingest.Sources;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Position;
import org.parley.model.Statement;
import org.parley.position.PositionExtractor;
import org.parley.nlp.NlpAnnotator;
import org.parley.statement.StatementExtractor;
import org.parley.store.ArticleStore;
import org.parley.time.PublicationDates;

/**
 * Runs ingest -> clean -> annotate -> extract -> store over a set of inputs. One thread reads and drops
 * duplicates before any NLP is spent on them; worker threads (one per core by default) share one
 * annotator and feed the store through a bounded queue, so memory stays flat for any corpus.
 */
public final class IngestPipeline {
  private static final Article END = new Article("", "", null, null, null, null, null, null, null, null, "", null);

  private final NlpAnnotator annotator;
  private final Cleaner cleaner;
  private final int threads;
  private final long maxArticles;

  public IngestPipeline(NlpAnnotator annotator, Cleaner cleaner, int threads) {
    this(annotator, cleaner, threads, new PositionExtractor(), Long.MAX_VALUE);
  }

  /** With the positions extractor of a data directory (its edited taxonomy and actor table). */
  public IngestPipeline(NlpAnnotator annotator, Cleaner cleaner, int threads, PositionExtractor positions) {
    this(annotator, cleaner, threads, positions, Long.MAX_VALUE);
  }

  /**
   * @param maxArticles stop reading once this many new (non-duplicate) articles are queued: the
   *     benchmark's scaling curve over a prefix of a corpus
   */
  public IngestPipeline(
      NlpAnnotator annotator, Cleaner cleaner, int threads, PositionExtractor positions, long maxArticles) {
    this.annotator = annotator;
    this.cleaner = cleaner;
    this.threads = Math.max(1, threads);
    this.positionExtractor = positions;
    this.maxArticles = maxArticles <= 0 ? Long.MAX_VALUE : maxArticles;
  }

  /** Thrown by the reader's sink to end reading early; never escapes {@link #run}. */
  private static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }

  /** Progress as seen from outside while a run is going on. */
  public record Progress(long read, long added, long duplicates, long skipped, long tokens, long bytesDone) {}

  private final LongAdder read = new LongAdder();
  private final LongAdder added = new LongAdder();
  private final LongAdder duplicates = new LongAdder();
  private final LongAdder skipped = new LongAdder();
  private final LongAdder warnings = new LongAdder();
  private final LongAdder tokens = new LongAdder();
  private final AtomicLong bytesDone = new AtomicLong();
  private final LongAdder cleanNanos = new LongAdder();
  private final LongAdder annotateNanos = new LongAdder();
  private final LongAdder extractNanos = new LongAdder();
  private final LongAdder indexNanos = new LongAdder();
  private final LongAdder statements = new LongAdder();
  private final StatementExtractor extractor = new StatementExtractor();
  private final PositionExtractor positionExtractor;
  private final LongAdder positions = new LongAdder();
  private volatile IOException fatal;
  private OutletNames outlets = OutletNames.shipped();

  /** Names outlets by {@code names} (a data directory's table) instead of the shipped table. */
  public IngestPipeline withOutletNames(OutletNames names) {
    this.outlets = names;
    return this;
  }

  public Progress progress() {
    return new Progress(read.sum(), added.sum(), duplicates.sum(), skipped.sum(), tokens.sum(), bytesDone.get());
  }

  public IngestSummary run(List<Path> inputs, FieldMapping mapping, ArticleStore store, IngestListener listener)
      throws IOException {
    return runInputs(inputs.stream().map(Path::toString).toList(), mapping, store, listener);
  }

  /** As {@link #run}, for inputs that may also be {@code http(s)://} URLs. */
  public IngestSummary runInputs(
      List<String> inputs, FieldMapping mapping, ArticleStore store, IngestListener listener) throws IOException {
    long started = System.nanoTime();
    Map<String, Long> reasons = new ConcurrentHashMap<>();
    IngestReport report =
        new IngestReport() {
          @Override
          public void warn(String source, String message) {
            warnings.increment();
            listener.warned(source, message);
          }

          @Override
          public void skip(String source, String reason) {
            skipped.increment();
            reasons.merge(reasonKey(reason), 1L, Long::sum);
            listener.skipped(source, reason);
          }

          @Override
          public void fileDone(Path file, long bytes) {
            bytesDone.addAndGet(bytes);
          }
        };
    BlockingQueue<Article> queue = new ArrayBlockingQueue<>(threads * 8);
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread worker = new Thread(() -> work(queue, store, report), "parley-annotate-" + i);
      worker.setDaemon(true);
      worker.start();
      workers.add(worker);
    }
    Set<String> seen = ConcurrentHashMap.newKeySet();
    BlockedClock blocked = new BlockedClock();
    long readStarted = System.nanoTime();
    long[] queued = {0};
    try {
      Sources.readInputs(
          inputs,
          mapping,
          outlets,
          article -> {
            if (queued[0] >= maxArticles) {
              throw new Enough();
            }
            read.increment();
            if (!seen.add(article.id()) || storedAlready(store, article.id())) {
              duplicates.increment();
              return;
            }
            blocked.put(queue, article);
            queued[0]++;
          },
          report);
    } catch (Enough e) {
      // --max-articles reached
    } finally {
      finish(queue, workers);
    }
    long readNanos = System.nanoTime() - readStarted - blocked.nanos;
    if (fatal != null) {
      throw new IOException("index write failed; the last committed batch is intact", fatal);
    }
    store.commit();
    return new IngestSummary(
        read.sum(),
        added.sum(),
        duplicates.sum(),
        skipped.sum(),
        warnings.sum(),
        tokens.sum(),
        statements.sum(),
        positions.sum(),
        Duration.ofNanos(System.nanoTime() - started),
        new TreeMap<>(reasons),
        new StageTimes(readNanos, cleanNanos.sum(), annotateNanos.sum(), extractNanos.sum(), indexNanos.sum()));
  }

  private void work(BlockingQueue<Article> queue, ArticleStore store, IngestReport report) {
    while (true) {
      Article article;
      try {
        article = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (article == END) {
        return;
      }
      try {
        long t0 = System.nanoTime();
        Article clean = PublicationDates.infer(cleaner.clean(article));
        long t1 = System.nanoTime();
        if (clean.cleanText().isEmpty()) {
          report.skip(article.source(), "no article text, only page junk");
          continue;
        }
        AnnotatedArticle annotated = annotator.annotate(clean);
        long t2 = System.nanoTime();
        List<Statement> found = extractStatements(annotated, report);
        List<Position> stated = extractPositions(annotated, found, report);
        long t3 = System.nanoTime();
        store.add(annotated, found, stated);
        long t4 = System.nanoTime();
        cleanNanos.add(t1 - t0);
        annotateNanos.add(t2 - t1);
        extractNanos.add(t3 - t2);
        indexNanos.add(t4 - t3);
        tokens.add(annotated.tokenCount());
        statements.add(found.size());
        positions.add(stated.size());
        added.increment();
      } catch (IOException e) {
        // The index itself failed: stop rather than store anything more.
        fatal = e;
        return;
      } catch (RuntimeException | StackOverflowError e) {
        report.skip(article.source(), "processing failed: " + e);
      }
    }
  }

  /** A bug in extraction must not cost the article: it is stored without statements. */
  private List<Statement> extractStatements(AnnotatedArticle annotated, IngestReport report) {
    try {
      return extractor.extract(annotated);
    } catch (RuntimeException e) {
      report.warn(annotated.article().source(), "statement extraction failed, article stored without statements: " + e);
      return List.of();
    }
  }

  private List<Position> extractPositions(AnnotatedArticle annotated, List<Statement> found, IngestReport report) {
    try {
      return positionExtractor.extract(annotated, found);
    } catch (RuntimeException e) {
      report.warn(annotated.article().source(), "position extraction failed, article stored without positions: " + e);
      return List.of();
    }
  }

  /** Sends every worker its end marker and waits for them; dead workers take no marker. */
  private static void finish(BlockingQueue<Article> queue, List<Thread> workers) {
    int sent = 0;
    while (sent < workers.size() && workers.stream().anyMatch(Thread::isAlive)) {
      try {
        if (queue.offer(END, 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          sent++;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (Thread worker : workers) {
      join(worker);
    }
  }

  private static boolean storedAlready(ArticleStore store, String id) {
    try {
      return store.contains(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** First words of a reason, so "not valid UTF-8 at byte 12" and "... byte 99" count together. */
  static String reasonKey(String reason) {
    String key = reason.replaceAll("\\d+", "N");
    int colon = key.indexOf(':');
    return colon > 0 ? key.substring(0, colon) : key;
  }

  /** Measures how long the reader waits on a full queue, so read time excludes NLP back-pressure. */
  private final class BlockedClock {
    long nanos;

    void put(BlockingQueue<Article> queue, Article article) {
      long t0 = System.nanoTime();
      try {
        while (!queue.offer(article, 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          if (fatal != null) {
            throw new UncheckedIOException(fatal);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest interrupted", e);
      }
      nanos += System.nanoTime() - t0;
    }
  }
}
