package org.parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Samples process CPU time against tokens done while an ingest runs, so a benchmark can report
 * the CPU cost per token of the second half of the run: by then the JIT has compiled the hot
 * code, which on a sample of a few hundred articles otherwise weighs on the whole-run figure.
 */
final class CpuSampler implements AutoCloseable {
  record Sample(long tokens, long cpuNanos) {}

  private final List<Sample> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  CpuSampler(LongSupplier tokens) {
    thread =
        new Thread(
            () -> {
              while (running) {
                Sample s = new Sample(tokens.getAsLong(), ProcessCpu.nanos());
                synchronized (samples) {
                  samples.add(s);
                }
                try {
                  Thread.sleep(250);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "parley-cpu-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * CPU nanoseconds per token from the first sample at or past half of {@code totalTokens} to the
   * end ({@code endCpuNanos}); 0 when the run was too short to have such a sample.
   */
  double secondHalfNanosPerToken(long totalTokens, long endCpuNanos) {
    synchronized (samples) {
      return secondHalf(samples, totalTokens, endCpuNanos);
    }
  }

  static double secondHalf(List<Sample> samples, long totalTokens, long endCpuNanos) {
    for (Sample s : samples) {
      if (s.tokens() * 2 >= totalTokens && s.tokens() < totalTokens) {
        return (endCpuNanos - s.cpuNanos()) / (double) (totalTokens - s.tokens());
      }
    }
    return 0;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
