package org.parley.pipeline;

/** Time spent in each stage, summed over threads, in nanoseconds. */
public record StageTimes(long readNanos, long cleanNanos, long annotateNanos, long extractNanos, long indexNanos) {}
