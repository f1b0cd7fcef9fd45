package org.parley.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.model.EntityType;

/**
 * The alias table: which names are one entity, of which type; which names must stay apart; which
 * "entities" are false; context rules (Kherson + "region" is the region, not the city); and
 * definite descriptions ("the Russian leader"), valid over a date range.
 *
 * <p>Read from the shipped default ({@code org/parley/entity/aliases.tsv}) and then the user's file
 * {@code DATA/aliases.tsv}, whose lines win. The format (one instruction per line, fields separated
 * by a TAB or by two or more spaces, lists by {@code |}, {@code #} starts a comment):
 *
 * <pre>
 * entity    NAME  TYPE  [ALIAS|ALIAS...]   NAME is an entity of TYPE (PERSON ORG PLACE EVENT DOCUMENT MISC)
 * alias     NAME  ALIAS|ALIAS...           these names are NAME too
 * merge     NAME  OTHER|OTHER...           same as alias, for entity names seen in `parley entities`
 * split     NAME  OTHER|OTHER...           OTHER is not NAME: never merge them, not even automatically
 * delete    NAME|NAME...                   not an entity (its mentions stay in the text, unlinked)
 * context   NAME  WORD|WORD...  TARGET     NAME followed by WORD is TARGET ("Kherson" "region")
 * describe  PHRASE|PHRASE...  NAME  [FROM  [TO]]   the phrase names NAME between the dates
 * </pre>
 */
public final class AliasTable {
  /** The user's file in a data directory. */
  public static final String FILE_NAME = "aliases.tsv";

  private static final String DEFAULT_RESOURCE = "/org/parley/entity/aliases.tsv";
  private static final Pattern FIELD_SEPARATOR = Pattern.compile("\t+| {2,}");
  private static volatile AliasTable defaults;

  /** A canonical entity: its name and (when the table says) its type. */
  public record Canon(String name, EntityType type) {}

  /** "NAME followed by one of WORDS is TARGET". */
  public record ContextRule(String nameKey, List<String> words, String target) {}

  /** A definite description valid between two dates (null = open). */
  public record Description(String phrase, String target, LocalDate from, LocalDate to) {
    public boolean validOn(LocalDate date) {
      if (date == null) {
        return true;
      }
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  /** alias key -> canonical name */
  private final Map<String, String> aliases = new HashMap<>();
  /** canonical name -> type */
  private final Map<String, EntityType> types = new LinkedHashMap<>();
  private final Set<String> deleted = new HashSet<>();
  /** canonical key -> keys never to merge with it (symmetric) */
  private final Map<String, Set<String>> splits = new HashMap<>();
  private final List<ContextRule> contextRules = new ArrayList<>();
  private final List<Description> descriptions = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private Map<String, String> translitIndex;

  private AliasTable() {}

  /** An empty table. */
  public static AliasTable empty() {
    return new AliasTable();
  }

  /** The shipped default table alone. */
  public static AliasTable defaults() {
    AliasTable d = defaults;
    if (d == null) {
      synchronized (AliasTable.class) {
        if (defaults == null) {
          AliasTable t = new AliasTable();
          t.readDefaults();
          defaults = t;
        }
        d = defaults;
      }
    }
    return d;
  }

  /** The default table followed by {@code text} (user lines, same format). */
  public static AliasTable withUserText(String text) {
    AliasTable t = new AliasTable();
    t.readDefaults();
    t.read(new StringReader(text), "user table");
    return t;
  }

  /** The default table without the shipped defaults: only {@code text}. */
  public static AliasTable parse(String text) {
    AliasTable t = new AliasTable();
    t.read(new StringReader(text), "table");
    return t;
  }

  /**
   * The default table plus {@code dataDir/aliases.tsv}; the user file is created with an
   * explanatory header when missing (and the directory exists or can be made).
   */
  public static AliasTable load(Path dataDir) throws IOException {
    Path file = userFile(dataDir);
    ensureUserFile(file);
    AliasTable t = new AliasTable();
    t.readDefaults();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      t.read(r, file.toString());
    }
    return t;
  }

  public static Path userFile(Path dataDir) {
    return dataDir.resolve(FILE_NAME);
  }

  /** Writes the header-only user file if there is none. */
  public static void ensureUserFile(Path file) throws IOException {
    if (Files.exists(file)) {
      return;
    }
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Files.writeString(file, USER_HEADER, StandardCharsets.UTF_8);
  }

  static final String USER_HEADER =
      "# Parley alias table: your corrections to how names are grouped into entities.\n"
          + "# Lines here override the shipped defaults. After editing, run: parley entities --relink\n"
          + "# (re-linking reuses the stored mentions: nothing is annotated again).\n"
          + "#\n"
          + "# One instruction per line; fields separated by a TAB or by two or more spaces;\n"
          + "# lists separated by |; lines starting with # are comments.\n"
          + "#\n"
          + "#   entity    NAME  TYPE  [ALIAS|ALIAS...]   NAME is an entity; TYPE is PERSON, ORG, PLACE,\n"
          + "#                                            EVENT, DOCUMENT or MISC\n"
          + "#   alias     NAME  ALIAS|ALIAS...           these names are NAME too\n"
          + "#   merge     NAME  OTHER|OTHER...           merge entities listed by `parley entities` into NAME\n"
          + "#   split     NAME  OTHER|OTHER...           OTHER is a different entity: never merge it into NAME\n"
          + "#   delete    NAME|NAME...                   not an entity (e.g. a headline word tagged as a name)\n"
          + "#   context   NAME  WORD|WORD...  TARGET     NAME followed by WORD means TARGET\n"
          + "#   describe  PHRASE|PHRASE...  NAME  [FROM [TO]]   a description naming NAME between dates\n"
          + "#\n"
          + "# Examples:\n"
          + "#   alias     Volodymyr Zelensky  Zelenskyy|Zelenskiy\n"
          + "#   split     Dmitry Peskov  Peskova\n"
          + "#   delete    Advertisement\n"
          + "#   context   Kherson  region|oblast  Kherson Oblast\n"
          + "#   describe  the Ukrainian leader  Volodymyr Zelensky  2019-05-20\n";

  private void readDefaults() {
    try (InputStream in = AliasTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      read(new InputStreamReader(in, StandardCharsets.UTF_8), "default table");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void read(Reader reader, String where) {
    translitIndex = null;
    contextIndex = null;
    try {
      BufferedReader r = new BufferedReader(reader);
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        try {
          apply(FIELD_SEPARATOR.split(t));
        } catch (IllegalArgumentException e) {
          problems.add(where + " line " + n + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> list(String field) {
    List<String> out = new ArrayList<>();
    for (String s : field.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static void need(String[] f, int n, String usage) {
    if (f.length < n) {
      throw new IllegalArgumentException("expected " + usage);
    }
  }

  private void apply(String[] f) {
    String verb = f[0].toLowerCase(Locale.ROOT);
    switch (verb) {
      case "entity" -> {
        need(f, 3, "entity NAME TYPE [ALIASES]");
        String name = f[1].strip();
        EntityType type;
        try {
          type = EntityType.valueOf(f[2].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown type " + f[2]);
        }
        declare(name, type);
        if (f.length > 3) {
          for (String a : list(f[3])) {
            alias(name, a);
          }
        }
      }
      case "alias", "merge" -> {
        need(f, 3, verb + " NAME ALIASES");
        String name = f[1].strip();
        if (!types.containsKey(name)) {
          declare(name, null);
        }
        for (String a : list(f[2])) {
          alias(name, a);
        }
      }
      case "split" -> {
        need(f, 3, "split NAME OTHERS");
        String name = f[1].strip();
        String nameKey = NameKeys.key(name);
        for (String other : list(f[2])) {
          String otherKey = NameKeys.key(other);
          if (name.equals(aliases.get(otherKey))) {
            aliases.remove(otherKey);
          }
          splits.computeIfAbsent(nameKey, k -> new HashSet<>()).add(otherKey);
          splits.computeIfAbsent(otherKey, k -> new HashSet<>()).add(nameKey);
          deleted.remove(otherKey);
        }
      }
      case "delete" -> {
        need(f, 2, "delete NAMES");
        for (String n : list(f[1])) {
          deleted.add(NameKeys.key(n));
        }
      }
      case "context" -> {
        need(f, 4, "context NAME WORDS TARGET");
        List<String> words = new ArrayList<>();
        for (String w : list(f[2])) {
          words.add(NameKeys.fold(w));
        }
        contextRules.add(new ContextRule(NameKeys.key(f[1]), words, f[3].strip()));
      }
      case "describe" -> {
        need(f, 3, "describe PHRASES NAME [FROM [TO]]");
        LocalDate from = f.length > 3 ? date(f[3]) : null;
        LocalDate to = f.length > 4 ? date(f[4]) : null;
        for (String phrase : list(f[1])) {
          if (!Descriptions.endsInHead(phrase)) {
            throw new IllegalArgumentException(
                "a description must end in a role word such as leader or president: " + phrase);
          }
          descriptions.add(new Description(phrase, f[2].strip(), from, to));
        }
      }
      default -> throw new IllegalArgumentException("unknown instruction " + f[0]);
    }
  }

  private static LocalDate date(String s) {
    String t = s.strip();
    if (t.isEmpty() || t.equals("-")) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date (YYYY-MM-DD): " + s);
    }
  }

  private void declare(String name, EntityType type) {
    types.put(name, type);
    String key = NameKeys.key(name);
    aliases.put(key, name);
    deleted.remove(key);
  }

  private void alias(String name, String alias) {
    String key = NameKeys.key(alias);
    if (key.isEmpty()) {
      return;
    }
    aliases.put(key, name);
    deleted.remove(key);
    Set<String> apart = splits.get(NameKeys.key(name));
    if (apart != null) {
      apart.remove(key);
      Set<String> back = splits.get(key);
      if (back != null) {
        back.remove(NameKeys.key(name));
      }
    }
  }

  // --- lookups ---------------------------------------------------------------------------------

  /** The canonical entity this name is an alias of (exact key), if the table knows it. */
  public Optional<Canon> lookup(String name) {
    String canon = aliases.get(NameKeys.key(name));
    if (canon == null) {
      return Optional.empty();
    }
    return Optional.of(new Canon(canon, types.get(canon)));
  }

  /**
   * As {@link #lookup}, falling back to a transliteration match ({@code Zelenskyi} finds Volodymyr
   * Zelensky) when exactly one table entry has that key and the name is not split from it.
   */
  public Optional<Canon> lookupLoosely(String name) {
    Optional<Canon> exact = lookup(name);
    if (exact.isPresent()) {
      return exact;
    }
    String key = NameKeys.key(name);
    if (NameKeys.letters(key) < 5) {
      return Optional.empty();
    }
    String canon = translitIndex().get(NameKeys.translitKey(name));
    if (canon == null || canon.isEmpty() || areSplit(key, NameKeys.key(canon))) {
      return Optional.empty();
    }
    return Optional.of(new Canon(canon, types.get(canon)));
  }

  private synchronized Map<String, String> translitIndex() {
    if (translitIndex == null) {
      Map<String, String> index = new HashMap<>();
      for (Map.Entry<String, String> e : aliases.entrySet()) {
        String tk = NameKeys.translitKey(e.getKey());
        String prev = index.putIfAbsent(tk, e.getValue());
        if (prev != null && !prev.equals(e.getValue())) {
          index.put(tk, ""); // ambiguous
        }
      }
      translitIndex = index;
    }
    return translitIndex;
  }

  /** The type the table gives a canonical name, or null. */
  public EntityType typeOf(String canonicalName) {
    return types.get(canonicalName);
  }

  /** True when the table declares this canonical name. */
  public boolean isCanonical(String name) {
    return types.containsKey(name);
  }

  /** True when the name (or the entity it is an alias of) is marked as not an entity. */
  public boolean isDeleted(String name) {
    String key = NameKeys.key(name);
    if (deleted.contains(key)) {
      return true;
    }
    String canon = aliases.get(key);
    return canon != null && deleted.contains(NameKeys.key(canon));
  }

  /** True when the two keys must never be merged. */
  public boolean areSplit(String keyA, String keyB) {
    Set<String> apart = splits.get(keyA);
    return apart != null && apart.contains(keyB);
  }

  /** Context rules for one name key, in table order. */
  public List<ContextRule> contextRules(String nameKey) {
    Map<String, List<ContextRule>> index = contextIndex;
    if (index == null) {
      index = new HashMap<>();
      for (ContextRule r : contextRules) {
        index.computeIfAbsent(r.nameKey(), k -> new ArrayList<>()).add(r);
      }
      contextIndex = index;
    }
    return index.getOrDefault(nameKey, List.of());
  }

  private volatile Map<String, List<ContextRule>> contextIndex;

  public List<ContextRule> contextRules() {
    return Collections.unmodifiableList(contextRules);
  }

  public List<Description> descriptions() {
    return Collections.unmodifiableList(descriptions);
  }

  /** Lines that could not be read (bad verb, type or date), with file and line number. */
  public List<String> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** Canonical names the table declares, with their types (null = from NER). */
  public Map<String, EntityType> canonicalNames() {
    return Collections.unmodifiableMap(types);
  }
}
