package org.parley.link;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How two statements' speakers compare for linking: the same speaker, one voice (a group such as
 * Putin / the Kremlin / Peskov), one reported through the other, one unknown, or different.
 */
public final class SpeakerKeys {
  /** How related two speakers are, strongest first. */
  public enum Relation {
    SAME,
    GROUP,
    VIA,
    UNKNOWN,
    DIFFERENT
  }

  private SpeakerKeys() {}

  /**
   * Names and sides already worked out: linking asks for them once per candidate pair, and a corpus
   * has far fewer distinct speakers than pairs. Bounded by clearing, should a corpus ever have more
   * distinct speakers than {@link #CACHE_LIMIT}.
   */
  private static final int CACHE_LIMIT = 200_000;

  private static final java.util.concurrent.ConcurrentHashMap<String, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<String>> SIDES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Lower case, accents folded, words joined by single spaces, a leading "the" dropped. */
  public static String normaliseName(String name) {
    if (name == null) {
      return null;
    }
    String cached = NAMES.get(name);
    if (cached != null) {
      return cached.isEmpty() ? null : cached;
    }
    String s = normalise(name);
    if (NAMES.size() > CACHE_LIMIT) {
      NAMES.clear();
    }
    NAMES.put(name, s == null ? "" : s);
    return s;
  }

  private static String normalise(String name) {
    String[] words = Words.tokenize(name).words();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i == 0 && words[i].equals("the") && words.length > 1) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(words[i]);
    }
    String s = b.toString();
    return s.isEmpty() ? null : s;
  }

  /** The statement's speaker as a key: its entity id, else its normalised name; null if unknown. */
  public static String key(LinkStatement s) {
    if (s.speakerEntity() != null && !s.speakerEntity().isBlank()) {
      return s.speakerEntity();
    }
    return normaliseName(s.speaker());
  }

  /** The speaker's group id (speaker-groups.tsv), or null. */
  public static String group(LinkStatement s) {
    LinkLexicon lex = LinkLexicon.get();
    String name = normaliseName(s.speaker());
    if (name == null) {
      return null;
    }
    String g = lex.groupOf.get(name);
    if (g == null && s.speakerEntity() != null) {
      g = lex.groupOf.get(s.speakerEntity().replaceFirst("^e:", "").replace('-', ' '));
    }
    if (g == null && s.speakerEntity() != null && name.contains(" ")) {
      g = lex.groupOf.get(name.substring(name.lastIndexOf(' ') + 1));
    }
    return g;
  }

  /** The side (russia, ukraine, ...) the speaker belongs to, or null. */
  public static String side(LinkStatement s) {
    if (s.speaker() == null) {
      return null;
    }
    String key = s.speaker() + '\u0000' + s.speakerEntity();
    java.util.Optional<String> cached = SIDES.get(key);
    if (cached == null) {
      if (SIDES.size() > CACHE_LIMIT) {
        SIDES.clear();
      }
      cached = java.util.Optional.ofNullable(sideOf(s));
      SIDES.put(key, cached);
    }
    return cached.orElse(null);
  }

  private static String sideOf(LinkStatement s) {
    String g = group(s);
    if (g != null) {
      return LinkLexicon.get().sideOf.get(g);
    }
    // "Russia's defence ministry", "Ukrainian officials": a description naming exactly one side
    String name = normaliseName(s.speaker());
    if (name == null) {
      return null;
    }
    String found = null;
    for (Map.Entry<String, Set<String>> e : LinkLexicon.get().sideWords.entrySet()) {
      for (String w : name.split(" ")) {
        if (e.getValue().contains(w)) {
          if (found != null && !found.equals(e.getKey())) {
            return null;
          }
          found = e.getKey();
        }
      }
    }
    return found;
  }

  /**
   * The key statements are blocked on for paraphrase candidates: the group, else the last word of
   * a resolved person's name (so "Putin" meets "Vladimir Putin"), else the normalised name.
   */
  public static String blockKey(LinkStatement s) {
    String g = group(s);
    if (g != null) {
      return "g:" + g;
    }
    String name = normaliseName(s.speaker());
    if (name == null) {
      return null;
    }
    return "n:" + lastWord(name);
  }

  /**
   * A statement's speaker worked out once (key, name, group, side, via names), for comparing it
   * with many others.
   */
  public record Profile(String key, String name, String group, String side, String blockKey, List<String> via) {}

  public static Profile profile(LinkStatement s) {
    List<String> via = new java.util.ArrayList<>(s.via().size());
    for (String v : s.via()) {
      via.add(normaliseName(v));
    }
    return new Profile(key(s), normaliseName(s.speaker()), group(s), side(s), blockKey(s), via);
  }

  public static Relation relation(LinkStatement a, LinkStatement b) {
    return relation(profile(a), profile(b));
  }

  public static Relation relation(Profile a, Profile b) {
    String ka = a.key();
    String kb = b.key();
    if (ka == null || kb == null) {
      return Relation.UNKNOWN;
    }
    if (ka.equals(kb)) {
      return Relation.SAME;
    }
    String na = a.name();
    String nb = b.name();
    if (na != null && nb != null) {
      if (na.equals(nb)) {
        return Relation.SAME;
      }
      // "Putin" and "Vladimir Putin": one name is the other's last word
      if ((!na.contains(" ") && nb.endsWith(" " + na)) || (!nb.contains(" ") && na.endsWith(" " + nb))) {
        return Relation.SAME;
      }
    }
    if (a.group() != null && a.group().equals(b.group())) {
      return Relation.GROUP;
    }
    if ((nb != null && a.via().contains(nb)) || (na != null && b.via().contains(na))) {
      return Relation.VIA;
    }
    return Relation.DIFFERENT;
  }

  private static String lastWord(String name) {
    int sp = name.lastIndexOf(' ');
    return (sp < 0 ? name : name.substring(sp + 1)).toLowerCase(Locale.ROOT);
  }
}
