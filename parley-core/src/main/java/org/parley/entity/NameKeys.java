package org.parley.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalised keys for comparing names: an exact key (case, accents, apostrophes, spacing,
 * possessives, "the", middle initials and name suffixes ignored) and a transliteration key on top
 * of it ({@code Zelenskyy}, {@code Zelenskiy}, {@code Zelensky} share one; so do {@code Odesa} and
 * {@code Odessa}, {@code Kharkiv} and {@code Charkiv}, {@code Podolyak} and {@code Podoliak}).
 */
public final class NameKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018`\u00b4\u02bc]");
  private static final Pattern POSSESSIVE = Pattern.compile("'s?$");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
  private static final Pattern MIDDLE_INITIAL = Pattern.compile("(?<=\\S) [a-z]\\.?(?= \\S)");
  /** Dotted acronyms: "u.s." is "us", "n.a.t.o." is "nato". */
  private static final Pattern ACRONYM_DOTS = Pattern.compile("(?<=\\b\\p{L})\\.(?=\\p{L}\\b|\\s|$)");
  private static final Pattern SUFFIX = Pattern.compile(",? (?:jr|sr)\\.?$");

  private static final Pattern J_AFTER_VOWEL = Pattern.compile("(?<=[aeiou])j");
  private static final Pattern NUMERAL = Pattern.compile("[ivxlcdm]+|\\d+");

  private NameKeys() {}

  /** Lower case, accents folded, curly apostrophes straightened, spacing collapsed. */
  public static String fold(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKD);
    t = MARKS.matcher(t).replaceAll("");
    t = t.replace('\u0131', 'i').replace('\u0142', 'l').replace('\u00f8', 'o').replace('\u00df', 's');
    t = APOSTROPHES.matcher(t).replaceAll("'");
    return SPACE_RUN.matcher(t.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
  }

  /**
   * The exact comparison key: folded, possessive and a leading "the" dropped, punctuation to
   * spaces, middle initials and Jr/Sr dropped. {@code "the Kremlin's"} and {@code "Kremlin"} share
   * a key; so do {@code "Joseph R. Biden Jr."} and {@code "Joseph Biden"}.
   */
  public static String key(String name) {
    return cached(KEYS, name, NameKeys::computeKey);
  }

  private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.Map<String, String> TRANSLIT = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 200_000;

  private static String cached(java.util.Map<String, String> cache, String in, java.util.function.UnaryOperator<String> f) {
    String v = cache.get(in);
    if (v == null) {
      v = f.apply(in);
      if (cache.size() > CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(in, v);
    }
    return v;
  }

  private static String computeKey(String name) {
    String s = fold(name);
    s = POSSESSIVE.matcher(s).replaceAll("");
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    s = SUFFIX.matcher(" " + s).replaceAll("").strip();
    s = MIDDLE_INITIAL.matcher(s).replaceAll("");
    if (s.matches("(?:\\p{L}\\.)+\\p{L}?\\.?(?: .*)?")) {
      s = ACRONYM_DOTS.matcher(s).replaceAll("");
    }
    s = NON_WORD.matcher(s).replaceAll(" ").replace("'", "").strip();
    return MULTI_SPACE.matcher(s).replaceAll(" ");
  }

  private static final Pattern MULTI_SPACE = Pattern.compile(" +");
  private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

  /**
   * A phonetic-ish key for transliteration variants, applied per word of {@link #key}: {@code
   * kh->h}, {@code w->v}, {@code y->i}, {@code j->i} after a vowel or {@code i}, doubled letters
   * single, the endings {@code -iy/-yy/-yi/-ij} one {@code i}, and a final {@code -e} after a
   * consonant dropped only when the word is long. Keeps {@code g} and {@code h} apart (see {@link
   * #looseKey}).
   */
  public static String translitKey(String name) {
    return cached(TRANSLIT, name, NameKeys::computeTranslitKey);
  }

  private static String computeTranslitKey(String name) {
    String k = key(name);
    StringBuilder out = new StringBuilder(k.length());
    for (String word : k.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(translitWord(word));
    }
    return out.toString();
  }

  /** {@link #translitKey} with Ukrainian {@code h} and Russian {@code g} made equal (Luhansk/Lugansk). */
  public static String looseKey(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : key(name).split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(translitWord(word.replace('g', 'h')));
    }
    return out.toString();
  }

  static String translitWord(String w) {
    if (NUMERAL.matcher(w).matches()) {
      return w; // Roman numerals and numbers are what they are (World War I, II, III)
    }
    String s = w;
    s = s.replace("kh", "h").replace("w", "v").replace("ph", "f").replace("ck", "k");
    s = s.replace('y', 'i');
    s = J_AFTER_VOWEL.matcher(s).replaceAll("i");
    // doubled letters once (Zelenskyy -> zelenskii -> zelenski, Odessa -> odesa)
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i > 0 && c == s.charAt(i - 1)) {
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  /** True when {@code a} and {@code b} differ by one swap of adjacent letters (Mairupol/Mariupol). */
  public static boolean isTransposition(String a, String b) {
    if (a.length() != b.length() || a.equals(b)) {
      return false;
    }
    int first = -1;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        first = i;
        break;
      }
    }
    if (first < 0 || first + 1 >= a.length()) {
      return false;
    }
    return a.charAt(first) == b.charAt(first + 1)
        && a.charAt(first + 1) == b.charAt(first)
        && a.substring(first + 2).equals(b.substring(first + 2));
  }

  /** Last word of a key (the surname of a person key). */
  public static String lastWord(String key) {
    int sp = key.lastIndexOf(' ');
    return sp < 0 ? key : key.substring(sp + 1);
  }

  /** Number of words in a key. */
  public static int words(String key) {
    return key.isEmpty() ? 0 : key.split(" ").length;
  }

  /** Letters in a key (spaces excluded). */
  public static int letters(String key) {
    int n = 0;
    for (int i = 0; i < key.length(); i++) {
      if (Character.isLetter(key.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
