package org.parley.link;

import java.util.List;

/**
 * How distinctive a shared quoted fragment is, measured in the statements of one run: a quoted word
 * 3-shingle counts as evidence that two reports quote one statement only when few statements hold
 * it. A quoted name or stock phrase ("the Russian Federation", "special military operation") is in
 * dozens of unrelated statements of a war corpus; words someone actually said ("going according to
 * plan") are in a handful.
 */
final class QuoteRarity {
  /** A distinctive shingle is in at most one statement in this many... */
  static final int RATIO = 5000;
  /** ...or in at most this many, so that small stores (a few hundred statements) still link quotes. */
  static final int MIN_CAP = 2;

  private final LongIntMap df;
  private final int cap;

  private QuoteRarity(LongIntMap df, int cap) {
    this.df = df;
    this.cap = cap;
  }

  /** Document frequencies of the shingles of all statements (each array sorted and distinct). */
  static QuoteRarity of(List<long[]> shingleSets) {
    LongIntMap df = new LongIntMap(Math.max(16, shingleSets.size() * 8));
    for (long[] set : shingleSets) {
      for (long h : set) {
        df.add(h, 1);
      }
    }
    return new QuoteRarity(df, Math.max(MIN_CAP, shingleSets.size() / RATIO));
  }

  /** Statements holding the shingle. */
  int df(long shingle) {
    return df.get(shingle);
  }

  /** Whether the two ascending arrays of quoted shingles share one that few statements hold. */
  boolean sharesDistinctive(long[] a, long[] b) {
    return SortedLongs.intersect(a, b, h -> df.get(h) <= cap) > 0;
  }
}
