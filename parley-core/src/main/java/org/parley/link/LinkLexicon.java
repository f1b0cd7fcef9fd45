package org.parley.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists linking relies on, from {@code org/parley/link/*.txt|tsv}: stop words, speaker
 * groups (who speaks with one voice, and for which side), denial cues and falsity words.
 */
public final class LinkLexicon {
  private static volatile LinkLexicon instance;

  final Set<String> stopwords;
  /** Denial cue -> true when strong (always a denial), false when weak (only when a claim is rejected). */
  final Map<String, Boolean> denialCues;
  final List<String[]> falsity;
  /** normalised name -> group id. */
  final Map<String, String> groupOf;
  /** group id -> side. */
  final Map<String, String> sideOf;
  /** side -> the words that name it. */
  final Map<String, Set<String>> sideWords;

  private LinkLexicon() {
    stopwords = new HashSet<>();
    for (String line : lines("stopwords.txt")) {
      for (String w : line.split("\\s+")) {
        if (!w.isBlank()) {
          stopwords.add(w);
        }
      }
    }
    denialCues = new HashMap<>();
    for (String line : lines("denial-cues.txt")) {
      String[] cols = line.split("\\s+");
      denialCues.put(cols[0], cols.length < 2 || cols[1].equals("strong"));
    }
    falsity = new ArrayList<>();
    for (String line : lines("falsity-words.txt")) {
      falsity.add(Words.tokenize(line).words());
    }
    sideWords = new HashMap<>();
    for (String line : lines("side-words.tsv")) {
      String[] cols = line.split("\t");
      Set<String> words = new HashSet<>();
      for (int i = 1; i < cols.length; i++) {
        words.add(Words.normalise(cols[i].strip()));
      }
      sideWords.put(cols[0], words);
    }
    groupOf = new HashMap<>();
    sideOf = new HashMap<>();
    for (String line : lines("speaker-groups.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length < 3) {
        continue;
      }
      sideOf.put(cols[0], cols[1]);
      for (int i = 2; i < cols.length; i++) {
        groupOf.putIfAbsent(SpeakerKeys.normaliseName(cols[i]), cols[0]);
      }
    }
  }

  public static LinkLexicon get() {
    LinkLexicon lex = instance;
    if (lex == null) {
      synchronized (LinkLexicon.class) {
        if (instance == null) {
          instance = new LinkLexicon();
        }
        lex = instance;
      }
    }
    return lex;
  }

  private static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = LinkLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/parley/link/" + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(name.endsWith(".tsv") ? line : t.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public boolean isStopword(String normalisedWord) {
    return stopwords.contains(normalisedWord);
  }

  /** Suffixes stripped (first match wins) and what replaces them: a light, English-only stemmer. */
  private static final String[][] SUFFIXES = {
    {"izations", ""}, {"ization", ""}, {"izing", ""}, {"ized", ""}, {"izes", ""}, {"ize", ""},
    {"alities", "al"}, {"ality", "al"}, {"ements", ""}, {"ement", ""}, {"ings", ""}, {"ing", ""}, {"ed", ""}, {"es", ""}, {"s", ""}
  };

  /**
   * A content word's stem, or null for stop words, one-letter words and bare numbers: suffixes
   * -ments, -ment, -ings, -ing, -ed, -es, -s removed so "encircled" and "encirclement" agree;
   * -ization/-ize so a demand to "demilitarize" meets "demilitarisation" (spelt -ize by {@link
   * Words#normalise}); -ality as -al so "neutrality" meets "neutral".
   */
  public String term(String normalisedWord) {
    String w = normalisedWord;
    if (w.length() < 2 || stopwords.contains(w)) {
      return null;
    }
    if (w.chars().allMatch(Character::isDigit)) {
      return w.length() >= 2 ? w : null;
    }
    for (String[] suffix : SUFFIXES) {
      if (w.length() > suffix[0].length() + 3 && w.endsWith(suffix[0])) {
        return w.substring(0, w.length() - suffix[0].length()) + suffix[1];
      }
    }
    return w;
  }
}
