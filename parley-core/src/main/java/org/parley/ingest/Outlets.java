package org.parley.ingest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Outlet names from URL hosts and dataset file names ({@link OutletNames} makes them canonical). */
final class Outlets {
  /** File-name keys, already lower-case without separators. */
  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("kyivindependent", "Kyiv Independent");
    NAMES.put("newyorktimes", "The New York Times");
    NAMES.put("nytimes", "The New York Times");
    NAMES.put("nyt", "The New York Times");
    NAMES.put("guardian", "The Guardian");
    NAMES.put("bbc", "BBC");
    NAMES.put("reuters", "Reuters");
  }

  private Outlets() {}

  /**
   * The outlet a URL's host names: the host without "www." (and "m.", "amp."), which {@link
   * OutletNames} turns into the outlet's name; null if none.
   */
  static String fromUrl(String url) {
    return OutletNames.bareHost(host(url));
  }

  static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String s = url.strip();
    if (!s.contains("://")) {
      if (!s.startsWith("www.")) {
        return null;
      }
      s = "http://" + s;
    }
    try {
      String host = URI.create(s.replace(" ", "%20")).getHost();
      return host == null || host.isEmpty() ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      int start = s.indexOf("://") + 3;
      int end = start;
      while (end < s.length() && "/?#:".indexOf(s.charAt(end)) < 0) {
        end++;
      }
      return end > start ? s.substring(start, end).toLowerCase(Locale.ROOT) : null;
    }
  }

  /**
   * The outlet a dataset file name clearly names ({@code NYT_Russia_Ukraine.csv}, {@code
   * Kyiv_Independent_...csv}), matching whole words of the name; null when it names none.
   */
  static String fromFileName(String fileName) {
    String base = fileName;
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    String[] words = base.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
    // Single words and adjacent pairs / triples joined, so "kyiv_independent" and
    // "new-york-times" match, but "nytimes" inside a longer word does not.
    for (int len = 3; len >= 1; len--) {
      for (int i = 0; i + len <= words.length; i++) {
        StringBuilder joined = new StringBuilder();
        for (int j = i; j < i + len; j++) {
          joined.append(words[j]);
        }
        String outlet = NAMES.get(joined.toString());
        if (outlet != null) {
          return outlet;
        }
      }
    }
    return null;
  }
}
