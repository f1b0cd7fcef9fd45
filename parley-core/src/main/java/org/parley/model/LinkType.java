package org.parley.model;

import java.util.Locale;

/** What a {@link Link} relates across (or within) articles. */
public enum LinkType {
  /** Two reports of one statement: same speaker, same or near-same content. */
  SAME_STATEMENT,
  /** A passage of one article reused in another (wire copy, press release, copied paragraph). */
  REUSED_PASSAGE,
  /** A claim and an explicit denial or contradiction of it by another actor. */
  DISPUTE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static LinkType fromLabel(String label) {
    return label == null ? null : valueOf(label.strip().toUpperCase(Locale.ROOT));
  }
}
