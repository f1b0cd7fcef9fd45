package org.parley.pipeline;

import java.lang.management.ManagementFactory;

/** CPU time of this JVM, all threads: what a run costs whatever else shares the cores. */
public final class ProcessCpu {
  private ProcessCpu() {}

  /** Process CPU nanoseconds so far, or 0 where the JVM does not report it. */
  public static long nanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }
}
