package org.parley.entity;

import java.text.Normalizer;
import java.util.Locale;

/** Stable entity ids of the form {@code e:vladimir-putin}, from a canonical name. */
public final class EntityIds {
  private EntityIds() {}

  private static final java.util.Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  public static String of(String canonicalName) {
    String id = CACHE.get(canonicalName);
    if (id == null) {
      id = compute(canonicalName);
      if (CACHE.size() > 200_000) {
        CACHE.clear();
      }
      CACHE.put(canonicalName, id);
    }
    return id;
  }

  private static String compute(String canonicalName) {
    String ascii =
        Normalizer.normalize(canonicalName, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return "e:" + (slug.isEmpty() ? Integer.toHexString(canonicalName.hashCode()) : slug);
  }
}
