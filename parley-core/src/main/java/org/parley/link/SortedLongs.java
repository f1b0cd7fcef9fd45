package org.parley.link;

import java.util.function.LongPredicate;

/** Counting what two ascending arrays of hashed features share. */
final class SortedLongs {
  private SortedLongs() {}

  /** Values both ascending arrays hold. */
  static int intersect(long[] a, long[] b) {
    return intersect(a, b, (LongPredicate) x -> true);
  }

  /** Values both ascending arrays hold, not counting those in {@code skip} (may be null). */
  static int intersect(long[] a, long[] b, LongIntMap skip) {
    return skip == null ? intersect(a, b, (LongPredicate) x -> true) : intersect(a, b, (LongPredicate) x -> !skip.contains(x));
  }

  /** Values both ascending arrays hold that {@code counts} accepts. */
  static int intersect(long[] a, long[] b, LongPredicate counts) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        if (counts.test(a[i])) {
          n++;
        }
        i++;
        j++;
      }
    }
    return n;
  }
}
