package org.parley.pipeline;

import java.time.Duration;
import java.util.Map;

/**
 * What an ingest did: every article read is counted exactly once as added, duplicate or skipped.
 * {@code skipReasons} counts skipped files and records by reason.
 */
public record IngestSummary(
    long read,
    long added,
    long duplicates,
    long skipped,
    long warnings,
    long tokens,
    long statements,
    long positions,
    Duration elapsed,
    Map<String, Long> skipReasons,
    StageTimes stages) {

  public double articlesPerSecond() {
    return perSecond(added + duplicates);
  }

  public double tokensPerSecond() {
    return perSecond(tokens);
  }

  private double perSecond(long n) {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : n / seconds;
  }
}
