package org.parley.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences split on punctuation, for re-applying positions to stored text without NLP. Full
 * stops of titles and abbreviations ("Mr. Lavrov", "the U.S. President") do not end a sentence:
 * a split there would cut a cue off from its topic and its agent.
 */
final class Sentences {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\u201d\"\u2019']?)\\s+|\\n+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Sentences() {}

  /** [start, end) of each sentence of {@code text}. */
  static List<int[]> split(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int at = 0;
    while (m.find()) {
      if (!text.substring(m.start(), m.end()).contains("\n") && notAnEnd(text, at, m.start(), m.end())) {
        continue;
      }
      if (m.start() > at) {
        out.add(new int[] {at, m.start()});
      }
      at = m.end();
    }
    if (at < text.length()) {
      out.add(new int[] {at, text.length()});
    }
    return out;
  }

  /**
   * True when the full stop before {@code end} closes an abbreviation rather than a sentence: a
   * title ("Mr. Lavrov"), an initial, or "U.S." followed by a lower-case word. A split there
   * would cut the cue off from its topic and the agent.
   */
  private static boolean notAnEnd(String text, int from, int stop, int next) {
    if (next < text.length() && Character.isLowerCase(text.charAt(next))) {
      return true;
    }
    Matcher word = LAST_WORD.matcher(text.substring(Math.max(from, stop - 12), stop));
    if (!word.find()) {
      return false;
    }
    String abbreviation = word.group(1).toLowerCase(Locale.ROOT);
    if (TITLES.contains(abbreviation) || abbreviation.length() == 1 && Character.isUpperCase(word.group(1).charAt(0))) {
      return true;
    }
    // "the U.S. The talks" ends a sentence, "the U.S. President" does not
    Matcher after = WORD.matcher(text).region(next, Math.min(text.length(), next + 20));
    return COUNTRY_ABBREVIATIONS.contains(abbreviation) && after.lookingAt()
        && INSTITUTIONS.contains(after.group().toLowerCase(Locale.ROOT));
  }

  /** "U.S.", "Mr.": a full stop that ends no clause. */
  static boolean abbreviation(String word) {
    String bare = word.substring(0, word.length() - 1);
    return bare.contains(".") || TITLES.contains(bare.toLowerCase(Locale.ROOT));
  }

  private static final Pattern LAST_WORD = Pattern.compile("(?:^|[\\s(\"\u201c])([\\p{L}.]+)\\.$");
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt",
      "col", "maj", "capt", "prof", "st", "jr", "sr", "vs");
  private static final Set<String> COUNTRY_ABBREVIATIONS = Set.of("u.s", "u.k", "u.n", "e.u");
  private static final Set<String> INSTITUTIONS = Set.of("president", "presidents", "vice", "secretary", "envoy",
      "special", "ambassador", "senator", "senators", "congress", "senate", "house", "state", "defense", "army",
      "treasury", "officials", "official", "administration", "government", "forces", "troops", "military",
      "intelligence", "security", "department", "delegation", "negotiators", "prime", "foreign", "general");
}
