package org.parley.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Mention;

/**
 * Definite descriptions resolved in context: "the Russian leader", "the French president", "the
 * Kremlin's top diplomat". A phrase names whoever held the role on the article's date (the table
 * gives date ranges); when several entries fit, the one the article names itself wins; an article
 * without a date only resolves a description to someone it names.
 */
public final class Descriptions {
  /** Role words a description ends in; also how stored description mentions are recognised. */
  static final Set<String> HEADS =
      Set.of(
          "leader", "president", "chancellor", "minister", "diplomat", "spokesman", "spokeswoman",
          "spokesperson", "chief", "envoy", "secretary", "general", "premier", "head", "ruler",
          "strongman", "autocrat", "dictator", "counterpart", "adviser", "advisor", "negotiator",
          "commander", "pontiff", "king", "mayor", "governor", "state");

  private final Pattern pattern;
  private final Map<String, List<AliasTable.Description>> byPhrase = new LinkedHashMap<>();

  public Descriptions(List<AliasTable.Description> entries) {
    List<String> alternatives = new ArrayList<>();
    for (AliasTable.Description d : entries) {
      String norm = norm(d.phrase());
      if (!byPhrase.containsKey(norm)) {
        alternatives.add(regex(d.phrase()));
      }
      byPhrase.computeIfAbsent(norm, k -> new ArrayList<>()).add(d);
    }
    // Longest first, so "the Russian foreign minister" wins over "the Russian foreign".
    alternatives.sort((a, b) -> b.length() - a.length());
    pattern =
        alternatives.isEmpty()
            ? null
            : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
  }

  static boolean endsInHead(String phrase) {
    String[] words = phrase.strip().split("\\s+");
    String last = words[words.length - 1];
    return !last.isEmpty() && Character.isLowerCase(last.charAt(0)) && HEADS.contains(last.toLowerCase(Locale.ROOT));
  }

  /** True for a stored mention that came from a description rather than from NER. */
  public static boolean isDescription(Mention m) {
    return m.text() != null && endsInHead(m.text());
  }

  private static String norm(String phrase) {
    return NameKeys.fold(phrase).replace("'", "");
  }

  /** The phrase as a regex: first letter either case, any spacing, any apostrophe. */
  private static String regex(String phrase) {
    StringBuilder b = new StringBuilder();
    String p = phrase.strip();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (i == 0 && Character.isLetter(c)) {
        b.append('[').append(Character.toUpperCase(c)).append(Character.toLowerCase(c)).append(']');
      } else if (Character.isWhitespace(c)) {
        while (i + 1 < p.length() && Character.isWhitespace(p.charAt(i + 1))) {
          i++;
        }
        b.append("\\s+");
      } else if (c == '\'' || c == '\u2019') {
        b.append("['\u2019]");
      } else if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else {
        b.append('\\').append(c);
      }
    }
    return b.toString();
  }

  /**
   * Description mentions in {@code text}, with entity name filled (id by the caller). {@code
   * named} holds the canonical names the article itself mentions.
   */
  public List<Found> find(String text, LocalDate published, Set<String> named) {
    List<Found> out = new ArrayList<>();
    if (pattern == null || text == null) {
      return out;
    }
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      List<AliasTable.Description> entries = byPhrase.get(norm(m.group()));
      if (entries == null) {
        continue;
      }
      String chosen = choose(entries, published, named);
      if (chosen != null) {
        out.add(new Found(m.start(), m.end(), m.group(), chosen));
      }
    }
    return out;
  }

  private static String choose(List<AliasTable.Description> entries, LocalDate published, Set<String> named) {
    String valid = null;
    int validCount = 0;
    for (AliasTable.Description d : entries) {
      if (published != null && d.validOn(published)) {
        if (valid == null || !valid.equals(d.target())) {
          validCount++;
        }
        valid = d.target();
      }
    }
    if (validCount == 1) {
      return valid;
    }
    // no date, or overlapping entries: the one the article names, if it names only one
    Set<String> candidates = new java.util.HashSet<>();
    for (AliasTable.Description d : entries) {
      if (named.contains(d.target()) && (published == null || d.validOn(published))) {
        candidates.add(d.target());
      }
    }
    return candidates.size() == 1 ? candidates.iterator().next() : null;
  }

  /** A description found in the text and the canonical name it resolves to. */
  public record Found(int start, int end, String text, String target) {}
}
