package org.parley.model;

import java.util.Locale;

/** How a statement reports its source's words. */
public enum StatementKind {
  /** Inside quotation marks (content excludes the marks). */
  DIRECT,
  /** A reported clause, without quotation marks. */
  INDIRECT,
  /** A reported clause containing quoted fragments. */
  MIXED;

  /** The lower-case name used in exports and gold files ({@code direct}, ...). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code direct}/{@code indirect}/{@code mixed} (any case); null for null. */
  public static StatementKind fromLabel(String label) {
    return label == null ? null : valueOf(label.strip().toUpperCase(Locale.ROOT));
  }
}
