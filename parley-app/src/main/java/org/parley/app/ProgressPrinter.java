package org.parley.app;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.parley.pipeline.IngestPipeline.Progress;

/** Prints count, rate and ETA to stderr at a steady pace while a long run goes on. */
final class ProgressPrinter implements AutoCloseable {
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "parley-progress");
            t.setDaemon(true);
            return t;
          });
  private final long startedNanos = System.nanoTime();

  ProgressPrinter(Supplier<Progress> progress, long totalBytes, PrintStream err) {
    long periodSeconds = System.console() != null ? 2 : 15;
    timer.scheduleAtFixedRate(
        () -> err.println(line(progress.get(), totalBytes)), periodSeconds, periodSeconds, TimeUnit.SECONDS);
  }

  private String line(Progress p, long totalBytes) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    double done = totalBytes > 0 ? Math.min(1.0, (double) p.bytesDone() / totalBytes) : 0;
    String eta = done > 0.01 ? Durations.format((long) (seconds / done - seconds)) : "?";
    return String.format(
        "ingest: %,d read, %,d added, %,d duplicates, %,d skipped | %.1f articles/s, %,.0f tokens/s | %.0f%% of input, ETA %s",
        p.read(),
        p.added(),
        p.duplicates(),
        p.skipped(),
        (p.added() + p.duplicates()) / seconds,
        p.tokens() / seconds,
        done * 100,
        eta);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
