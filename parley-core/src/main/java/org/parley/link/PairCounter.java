package org.parley.link;

import java.util.Arrays;

/**
 * Candidate generation by an inverted index built by sorting: every (feature, item) posting is one
 * packed long, the array is sorted, and each run of one feature yields the pairs of items sharing
 * it. Features held by more than {@code dfCap} items (boilerplate, generic words) are skipped and
 * reported as frequent, so the work per feature is bounded and the whole is near-linear.
 */
final class PairCounter {
  /** Items are numbered below 2^24 (16.7 million); features keep the top 40 bits of their hash. */
  static final int ITEM_BITS = 24;

  static final int MAX_ITEMS = 1 << ITEM_BITS;
  private static final long ITEM_MASK = MAX_ITEMS - 1;

  private long[] postings = new long[1024];
  private int size;

  void add(long featureHash, int item) {
    if (item < 0 || item >= MAX_ITEMS) {
      throw new IllegalArgumentException("too many items to link: " + item);
    }
    if (size == postings.length) {
      postings = Arrays.copyOf(postings, size * 2);
    }
    postings[size++] = (featureHash & ~ITEM_MASK) | item;
  }

  int postings() {
    return size;
  }

  /**
   * The result: shared-feature counts per pair ({@code a << 32 | b}, a < b), frequent features and
   * every posting, sorted.
   */
  record Counts(LongIntMap pairs, LongIntMap frequent, long[] sorted) {}

  Counts count(int dfCap) {
    long[] p = Arrays.copyOf(postings, size);
    postings = null;
    Arrays.parallelSort(p);
    LongIntMap pairs = new LongIntMap(Math.max(16, size / 4));
    LongIntMap frequent = new LongIntMap(64);
    int[] run = new int[Math.max(2, dfCap + 1)];
    int i = 0;
    while (i < p.length) {
      long feature = p[i] & ~ITEM_MASK;
      int n = 0;
      int last = -1;
      boolean tooMany = false;
      int j = i;
      for (; j < p.length && (p[j] & ~ITEM_MASK) == feature; j++) {
        int item = (int) (p[j] & ITEM_MASK);
        if (item == last) {
          continue;
        }
        last = item;
        if (n < run.length) {
          run[n] = item;
        }
        n++;
      }
      if (n > dfCap) {
        tooMany = true;
        frequent.add(feature, n);
      }
      if (!tooMany && n >= 2) {
        for (int a = 0; a < n; a++) {
          for (int b = a + 1; b < n; b++) {
            pairs.add(((long) run[a] << 32) | run[b], 1);
          }
        }
      }
      i = j;
    }
    return new Counts(pairs, frequent, p);
  }

  static int item(long posting) {
    return (int) (posting & ITEM_MASK);
  }

  /** The feature part of a hash as {@link #count} keys it (to look up frequent features). */
  static long featureKey(long featureHash) {
    return featureHash & ~ITEM_MASK;
  }
}
