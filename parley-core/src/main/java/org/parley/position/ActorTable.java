package org.parley.position;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks for which negotiating side: "Putin", "the Kremlin", "Moscow" -> Russia. Read from the
 * shipped {@code actors.tsv} ({@code name<TAB>side}; side {@code -} marks reporters such as
 * "newspaper") and optionally a user file in the same format that adds or overrides names.
 * Matching is case-insensitive on whole words (names written in capitals, like "US", keep their
 * case); the longest name wins.
 */
public final class ActorTable {
  /** The side a name stands for, found at [start, end) of some text. */
  public record ActorMatch(String side, int start, int end, String name) {
    public boolean reporter() {
      return NOBODY.equals(side);
    }
  }

  /** Side value of names that mark a reporter, not a side. */
  public static final String NOBODY = "-";

  private static final String RESOURCE = "actors.tsv";

  private record Entry(String name, String side) {
    boolean acronym() {
      return name.length() <= 5 && name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
    }
  }

  private final Map<String, Entry> entries; // lower-case name -> entry
  private final Pattern names;

  private ActorTable(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
    List<String> sorted = new ArrayList<>(entries.keySet());
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alt = new StringBuilder();
    for (String name : sorted) {
      if (alt.length() > 0) {
        alt.append('|');
      }
      alt.append(Pattern.quote(name).replace("'", "\\E['\u2019]\\Q"));
    }
    // not after a hyphen: "pro-Ukraine initiatives" names no side
    this.names = Pattern.compile("(?<![\\p{L}\\p{N}\\-])(?:" + (alt.length() == 0 ? "(?!)" : alt) + ")(?![\\p{L}\\p{N}])",
        Taxonomy.FLAGS);
  }

  public static ActorTable defaults() {
    return new ActorTable(parse(EditableResource.shipped(ActorTable.class, RESOURCE), new LinkedHashMap<>()));
  }

  /** The shipped table, with the names of {@code userFile} added when it is non-null and exists. */
  public static ActorTable load(Path userFileOrNull) {
    String user = EditableResource.user(userFileOrNull);
    return user == null ? defaults() : defaults().with(user);
  }

  /** This table with the {@code name<TAB>side} lines of {@code tsv} added (overriding). */
  public ActorTable with(String tsv) {
    return new ActorTable(parse(tsv, new LinkedHashMap<>(entries)));
  }

  /** This table with one more name. */
  public ActorTable with(String name, String side) {
    Map<String, Entry> copy = new LinkedHashMap<>(entries);
    copy.put(key(name), new Entry(name.strip(), side.strip()));
    return new ActorTable(copy);
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  private static Map<String, Entry> parse(String tsv, Map<String, Entry> into) {
    for (String line : tsv.split("\r?\n")) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IllegalArgumentException("actor table: expected name<TAB>side: " + line);
      }
      into.put(key(cols[0]), new Entry(cols[0].strip(), cols[1].strip()));
    }
    return into;
  }

  /**
   * The side a speaker name, entity id ({@code e:vladimir-putin}) or description ("senior French
   * official") stands for, or null: the whole string if it is a name, else the leftmost (longest)
   * name found in it, unless a reporter word ("newspaper") is found.
   */
  public String sideOf(String nameOrIdOrDescription) {
    if (nameOrIdOrDescription == null || nameOrIdOrDescription.isBlank()) {
      return null;
    }
    String text = nameOrIdOrDescription.startsWith("e:")
        ? nameOrIdOrDescription.substring(2).replace('-', ' ')
        : nameOrIdOrDescription;
    Entry exact = entries.get(key(text));
    if (exact != null) {
      return exact.side().equals(NOBODY) ? null : exact.side();
    }
    List<String> sides = sidesOf(text);
    return sides.isEmpty() ? null : sides.get(0);
  }

  /**
   * Every side named in a speaker name or description, leftmost first ("Kyiv and the West" ->
   * Ukraine, West); empty when none is or a reporter word is found.
   */
  public List<String> sidesOf(String nameOrDescription) {
    if (nameOrDescription == null || nameOrDescription.isBlank()) {
      return List.of();
    }
    Entry exact = entries.get(key(nameOrDescription));
    if (exact != null) {
      return exact.side().equals(NOBODY) ? List.of() : List.of(exact.side());
    }
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (ActorMatch m : find(nameOrDescription, 0, nameOrDescription.length())) {
      if (m.reporter()) {
        return List.of();
      }
      out.add(m.side());
    }
    return List.copyOf(out);
  }

  /** All names in {@code text[from, to)}, left to right, reporters ("-") included. */
  public List<ActorMatch> find(String text, int from, int to) {
    List<ActorMatch> out = new ArrayList<>();
    Matcher m = names.matcher(text).region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      Entry e = entries.get(key(m.group()));
      if (e != null && (!e.acronym() || e.name().equals(m.group()))) {
        out.add(new ActorMatch(e.side(), m.start(), m.end(), m.group()));
      }
    }
    return out;
  }
}
