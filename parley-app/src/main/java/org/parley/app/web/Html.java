package org.parley.app.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** HTML escaping and safe link building for the web pages. Everything from an article is data. */
final class Html {
  private Html() {}

  /** Escapes text for HTML element content and quoted attribute values. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A search snippet as HTML: the text escaped, and only the highlighter's own {@code <em>} and
   * {@code </em>} markers kept as markup. Any other tag in the article text shows as text.
   */
  static String snippet(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length() + 32);
    int at = 0;
    boolean open = false;
    while (at < raw.length()) {
      String tag = open ? "</em>" : "<em>";
      int next = raw.indexOf(tag, at);
      if (next < 0) {
        break;
      }
      out.append(escape(raw.substring(at, next)));
      out.append(open ? "</mark>" : "<mark>");
      open = !open;
      at = next + tag.length();
    }
    out.append(escape(raw.substring(at)));
    if (open) {
      out.append("</mark>");
    }
    return out.toString();
  }

  /**
   * The plain words of a user query (operators, field names, quotes and wildcards removed), for
   * highlighting matches in text the index does not highlight itself (statement content).
   */
  static java.util.List<String> queryTerms(String q) {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (q == null) {
      return out;
    }
    for (String token : q.split("[\\s\"()+\\-!]+")) {
      String t = token.replaceFirst("^[A-Za-z_]+:", "").replaceAll("[~^][\\d.]*$", "").replaceAll("[^\\p{L}\\p{N}'’]", "");
      if (t.length() < 2 || t.equals("AND") || t.equals("OR") || t.equals("NOT") || t.equals("TO")) {
        continue;
      }
      out.add(t.toLowerCase(Locale.ROOT));
      if (out.size() >= 20) {
        break;
      }
    }
    return out;
  }

  /**
   * Text as HTML with words starting with one of {@code terms} (case-insensitive) in {@code
   * <mark>}; everything escaped.
   */
  static String highlight(String text, java.util.List<String> terms) {
    if (text == null) {
      return "";
    }
    if (terms.isEmpty()) {
      return escape(text);
    }
    StringBuilder alternatives = new StringBuilder();
    for (String t : terms) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(java.util.regex.Pattern.quote(t));
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")[\\p{L}\\p{N}]*",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 32);
    int at = 0;
    while (m.find()) {
      out.append(escape(text.substring(at, m.start()))).append("<mark>").append(escape(m.group())).append("</mark>");
      at = m.end();
    }
    out.append(escape(text.substring(at)));
    return out.toString();
  }

  /** The URL if it is an absolute http(s) link, else null (no javascript:, data: or relative). */
  static String safeExternalUrl(String url) {
    if (url == null || url.isBlank() || url.length() > 4000) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) {
        return null;
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? uri.toString() : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  static String urlEncode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * A path segment, percent-encoded (so an id can never leave its segment); {@code :} is kept as
   * is (allowed in a path segment) so entity links read {@code /entity/e:vladimir-putin}.
   */
  static String pathSegment(String s) {
    return urlEncode(s).replace("+", "%20").replace("%3A", ":");
  }

  /** {@code path?k1=v1&k2=v2...} in the order given, blank values left out. */
  static String link(String path, String... keysAndValues) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return link(path, m);
  }

  /** {@code path?k=v&...} with blank values left out and everything encoded. */
  static String link(String path, Map<String, String> params) {
    StringJoiner query = new StringJoiner("&");
    for (Map.Entry<String, String> p : params.entrySet()) {
      if (p.getValue() != null && !p.getValue().isBlank()) {
        query.add(urlEncode(p.getKey()) + "=" + urlEncode(p.getValue()));
      }
    }
    return query.length() == 0 ? path : path + "?" + query;
  }
}
