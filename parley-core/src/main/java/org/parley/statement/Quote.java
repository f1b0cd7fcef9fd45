package org.parley.statement;

/**
 * A quoted passage in the raw text: {@code start}/{@code end} exclude the marks, {@code outerStart}
 * /{@code outerEnd} include them. {@code opened}/{@code closed} say whether the opening/closing
 * mark was present (articles lose marks; a quote may run to the end of its paragraph).
 */
record Quote(int outerStart, int start, int end, int outerEnd, boolean opened, boolean closed, boolean single) {
  boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  boolean overlaps(int s, int e) {
    return s < end && start < e;
  }

  /** True when [s, e) lies inside the quoted words (marks excluded). */
  boolean covers(int s, int e) {
    return s >= start && e <= end;
  }
}
