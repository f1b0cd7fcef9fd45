package org.parley.entity;

import java.text.Normalizer;
import java.util.Locale;

/** Stable entity ids of the form {@code e:vladimir-putin}, from a canonical name. */
public final class EntityIds {
  private EntityIds() {}

  public static String of(String canonicalName) {
    String ascii =
        Normalizer.normalize(canonicalName, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return "e:" + (slug.isEmpty() ? Integer.toHexString(canonicalName.hashCode()) : slug);
  }
}
