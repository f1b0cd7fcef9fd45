package org.parley.statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The editable word lists behind extraction, read from {@code org/parley/statement/*.tsv}: the
 * reporting-cue lexicon ({@code cues.tsv}), metonyms ({@code metonyms.tsv}) and descriptions
 * that refer back to a speaker ({@code descriptions.tsv}).
 */
public final class Lexicon {
  /**
   * A cue lemma and its flags; {@code share} is the share of the lemma's PolNeAR-train occurrences
   * that were cues (0 for lemmas added by hand).
   */
  record Cue(String lemma, boolean np, boolean addressee, boolean noInfinitive, double share) {}

  private final Map<String, Cue> cues;
  private final Map<String, String> metonyms;
  private final Map<String, String> descriptions;

  public Lexicon(Map<String, Cue> cues, Map<String, String> metonyms, Map<String, String> descriptions) {
    this.cues = Map.copyOf(cues);
    this.metonyms = Map.copyOf(metonyms);
    this.descriptions = Map.copyOf(descriptions);
  }

  /** The lists shipped with Parley. */
  public static Lexicon load() {
    Map<String, Cue> cues = new HashMap<>();
    read(
        "cues.tsv",
        cols -> {
          String lemma = cols[0].toLowerCase(Locale.ROOT);
          Set<String> flags = new HashSet<>();
          if (cols.length > 3) {
            flags.addAll(List.of(cols[3].split(",")));
          }
          double share = cols.length > 2 && cols[2].matches("[0-9.]+") ? Double.parseDouble(cols[2]) : 0;
          cues.put(lemma, new Cue(lemma, flags.contains("np"), flags.contains("addr"), flags.contains("noinf"), share));
        });
    Map<String, String> metonyms = new HashMap<>();
    read("metonyms.tsv", cols -> metonyms.put(cols[0].toLowerCase(Locale.ROOT), cols[1]));
    Map<String, String> descriptions = new HashMap<>();
    read("descriptions.tsv", cols -> descriptions.put(cols[0].toLowerCase(Locale.ROOT), cols[1]));
    return new Lexicon(cues, metonyms, descriptions);
  }

  private static void read(String resource, Consumer<String[]> row) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.strip().split("\t");
        if (cols.length >= 2 || resource.equals("cues.tsv")) {
          row.accept(cols);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every cue lemma, for checks that other stages (the parse filter) know them all. */
  public Set<String> cueLemmas() {
    return cues.keySet();
  }

  Cue cue(String lemma) {
    return cues.get(lemma);
  }

  boolean isCue(String lemma) {
    return cues.containsKey(lemma);
  }

  /** The canonical speaker a metonym stands for, or null. */
  String metonym(String name) {
    return name == null ? null : metonyms.get(name.strip().toLowerCase(Locale.ROOT));
  }

  /** PERSON/ORG when {@code headNoun} is a description that refers back, else null. */
  String description(String headNoun) {
    return headNoun == null ? null : descriptions.get(headNoun.toLowerCase(Locale.ROOT));
  }
}
