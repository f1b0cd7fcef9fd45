package org.parley.model;

import java.util.Locale;

/** What an actor does with a topic of the negotiation (docs: attribution.md, Positions). */
public enum Stance {
  /** Calls for it, insists on it. */
  DEMANDS,
  /** Proposes or declares itself ready to give or do it; assurances. */
  OFFERS,
  /** Agrees to it, is willing to work on it. */
  ACCEPTS,
  /** Refuses it. */
  REJECTS,
  /** Makes talks, a ceasefire or an agreement depend on it (the topic is the condition). */
  CONDITIONS;

  /** The lower-case name used in exports and gold files ({@code demands}, ...). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code demands}/{@code offers}/... (any case); null for null or blank. */
  public static Stance fromLabel(String label) {
    return label == null || label.isBlank() ? null : valueOf(label.strip().toUpperCase(Locale.ROOT));
  }
}
