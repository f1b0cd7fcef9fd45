package org.parley.ingest;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.parley.position.EditableResource;

/**
 * One display name per outlet, whatever the name came from (a page's {@code og:site_name}, a
 * dataset column, a file name, the URL host). Read from the shipped table ({@code
 * org/parley/ingest/outlets.tsv}) and then the user's {@code DATA/outlets.tsv}, whose lines win;
 * one outlet a line, fields separated by a TAB, lists by {@code |}, {@code -} for none:
 *
 * <pre>
 * CANONICAL NAME   HOST|HOST...   ALIAS|ALIAS...
 * </pre>
 *
 * <p>Rules, in order, all independent of what else was read (an ingest gives the same names in any
 * file order): a URL host the table knows (or a sub-domain of one) names the outlet; else a name
 * the table knows, compared case-, space-, punctuation- and accent-insensitively without a leading
 * "The", also without a trailing "News" or "Online" or as one part of "Name | Tagline"; else a
 * name that is a web address, or just the lower-case name in the host ("nj" on nj.com), is the
 * bare lower-case host; else the name as given (spaces tidied). With no name, the bare host ({@code www.}, {@code
 * m.}, {@code amp.} dropped), or the table's name when the host's own name ("ign" of ign.com) is
 * one.
 */
public final class OutletNames {
  /** The user's file in a data directory. */
  public static final String FILE_NAME = "outlets.tsv";

  private static final String RESOURCE = "outlets.tsv";
  private static final Pattern HOST_PREFIX = Pattern.compile("^(?:www\\d?|m|amp|mobile)\\.");
  private static final Pattern WEB_ADDRESS =
      Pattern.compile("(?i)^(?:https?://)?(?:[a-z0-9-]+\\.)+[a-z]{2,}(?:[/?#].*)?$");
  private static final Pattern TRAILING_WORD = Pattern.compile("(?i)\\s+(?:news|online)$");
  private static final Pattern PARTS = Pattern.compile("\\s+[|\u2013\u2014-]\\s+");
  private static final Pattern SECOND_LEVEL = Pattern.compile("co|com|org|net|ac|gov|edu|ne|or|go");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static volatile OutletNames shipped;

  /** name key -> canonical name */
  private final Map<String, String> byKey = new HashMap<>();
  /** bare host -> canonical name */
  private final Map<String, String> byHost = new HashMap<>();

  private OutletNames() {}

  /** The shipped table alone. */
  public static OutletNames shipped() {
    OutletNames s = shipped;
    if (s == null) {
      synchronized (OutletNames.class) {
        if (shipped == null) {
          shipped = parse(EditableResource.shipped(OutletNames.class, RESOURCE));
        }
        s = shipped;
      }
    }
    return s;
  }

  /** The shipped table followed by {@code dataDir/outlets.tsv} when there is one. */
  public static OutletNames load(Path dataDir) {
    String user = EditableResource.user(dataDir == null ? null : dataDir.resolve(FILE_NAME));
    return user == null ? shipped() : parse(EditableResource.shipped(OutletNames.class, RESOURCE), user);
  }

  /** A table of these texts in order (later lines win), without the shipped one. */
  static OutletNames parse(String... tables) {
    OutletNames names = new OutletNames();
    for (String table : tables) {
      for (String line : table.split("\r?\n")) {
        names.addLine(line);
      }
    }
    return names;
  }

  private void addLine(String line) {
    if (line.isBlank() || line.strip().startsWith("#")) {
      return;
    }
    String[] cols = line.split("\t");
    String canonical = tidy(cols[0]);
    if (canonical == null) {
      throw new IllegalArgumentException("outlet table: no name in line: " + line);
    }
    byKey.put(key(canonical), canonical);
    for (String host : list(cols, 1)) {
      String bare = bareHost(host.toLowerCase(Locale.ROOT));
      byHost.put(bare, canonical);
    }
    for (String alias : list(cols, 2)) {
      byKey.put(key(alias), canonical);
    }
  }

  private static String[] list(String[] cols, int i) {
    if (i >= cols.length || cols[i].isBlank() || cols[i].strip().equals("-")) {
      return new String[0];
    }
    return cols[i].strip().split("\\s*\\|\\s*");
  }

  /** The one name for an outlet called {@code name} (may be null). */
  public String canonical(String name) {
    return canonical(name, null);
  }

  /**
   * The one name for an article's outlet: {@code name} as its source gives it (may be null) and
   * the article's {@code url} (may be null); null when neither says anything.
   */
  public String canonical(String name, String url) {
    String host = bareHost(Outlets.host(url));
    String known = host == null ? null : knownHost(host);
    if (known != null) {
      return known;
    }
    String clean = tidy(name);
    if (clean == null) {
      return host == null ? null : fromHostAlone(host);
    }
    if (WEB_ADDRESS.matcher(clean).matches()) {
      String named = bareHost(Outlets.host(clean.contains("://") ? clean : "http://" + clean));
      String byName = named == null ? null : knownHost(named);
      return byName != null ? byName : named == null ? clean : fromHostAlone(named);
    }
    known = knownName(clean);
    if (known != null) {
      return known;
    }
    if (host != null && clean.equals(siteLabel(host))) {
      return fromHostAlone(host);
    }
    return clean;
  }

  /** True when {@code name} is a known outlet's name or alias ("Reuters", "NYT"); false for null. */
  public boolean known(String name) {
    String clean = tidy(name);
    return clean != null && knownName(clean) != null;
  }

  /** True when both names name one outlet (an alias and its canonical name, say); false for null. */
  public boolean same(String a, String b) {
    return a != null && b != null && (a.equals(b) || Objects.equals(canonical(a), canonical(b)));
  }

  private String knownHost(String host) {
    for (String h = host; h.indexOf('.') > 0; h = h.substring(h.indexOf('.') + 1)) {
      String name = byHost.get(h);
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  private String fromHostAlone(String host) {
    String known = knownHost(host);
    if (known == null) {
      known = byKey.get(key(siteLabel(host)));
    }
    return known != null ? known : host;
  }

  private String knownName(String name) {
    String known = byKey.get(key(name));
    if (known == null && TRAILING_WORD.matcher(name).find()) {
      known = byKey.get(key(TRAILING_WORD.matcher(name).replaceFirst("")));
    }
    if (known == null) {
      String[] parts = PARTS.split(name);
      for (int i = 0; parts.length > 1 && i < parts.length && known == null; i++) {
        known = byKey.get(key(parts[i]));
      }
    }
    return known;
  }

  /** The host without {@code www.}, {@code m.} or {@code amp.}; null for null. */
  static String bareHost(String host) {
    if (host == null) {
      return null;
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    while (HOST_PREFIX.matcher(h).find() && h.indexOf('.') < h.lastIndexOf('.')) {
      h = HOST_PREFIX.matcher(h).replaceFirst("");
    }
    return h.isEmpty() ? null : h;
  }

  /** The site's own name in a host: "ign" of ign.com, "bbc" of news.bbc.co.uk. */
  static String siteLabel(String host) {
    String[] labels = host.split("\\.");
    if (labels.length < 2) {
      return host;
    }
    int n = labels.length;
    boolean twoPart =
        n >= 3 && labels[n - 1].length() == 2 && SECOND_LEVEL.matcher(labels[n - 2]).matches();
    return labels[twoPart ? n - 3 : n - 2];
  }

  /** Case-, accent-, space- and punctuation-insensitive; a leading "The" does not count. */
  static String key(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    s = LEADING_THE.matcher(s.toLowerCase(Locale.ROOT).replace("&", " and ").strip()).replaceFirst("");
    return NOT_LETTER_OR_DIGIT.matcher(s).replaceAll("");
  }

  private static String tidy(String name) {
    if (name == null) {
      return null;
    }
    String s = SPACES.matcher(name).replaceAll(" ").strip();
    return s.isEmpty() ? null : s;
  }
}
