package org.parley.model;

/** How an article's publication date was learnt. */
public enum DateSource {
  /** From the input's own metadata (a dataset column, a sidecar, a feed item). */
  METADATA,
  /** From the input file's name (GDELT-style names start with the seen date). */
  FILE_NAME,
  /** Inferred from the text itself; less reliable. */
  INFERRED,
  /** Not known. */
  NONE
}
