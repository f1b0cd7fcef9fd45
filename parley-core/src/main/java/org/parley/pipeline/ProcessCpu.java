package org.parley.pipeline;

import java.lang.management.GarbageCollectorMXBean;
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

  /** Time the JVM's collectors report spent collecting so far (pauses, or for G1 also concurrent cycles). */
  public static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }
}
