package org.parley.model;

import java.util.Locale;

/** How strong or of what sort a {@link Link} is, within its {@link LinkType}. */
public enum LinkKind {
  /** Same statement, (near-)identical wording. */
  EXACT,
  /** Same statement, one wording contained in the other, or a shared quoted fragment. */
  PARTIAL,
  /** Same statement in other words (lower confidence): a paraphrase, often of a direct quote. */
  PARAPHRASE,
  /** Reused passage, aligned with small edits tolerated. */
  COPY,
  /** Dispute: the second statement explicitly denies, rejects or calls false the first. */
  DENIAL,
  /** Dispute: the second statement asserts the negation of the first (no explicit denial cue). */
  CONTRADICTION;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static LinkKind fromLabel(String label) {
    return label == null ? null : valueOf(label.strip().toUpperCase(Locale.ROOT));
  }
}
