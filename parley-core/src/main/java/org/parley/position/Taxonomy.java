package org.parley.position;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Stance;

/**
 * The topics positions are about, each with its terms and patterns. Read from the shipped {@code
 * topics.txt} and, optionally, a user file in the same format that replaces ({@code [id]}) or
 * extends ({@code [+id]}) topics, disables them ({@code disabled: true}) or adds new ones; a user
 * file starting with {@code @replace} drops the shipped topics. Format:
 *
 * <pre>
 * [topic_id]
 * description: what the topic means
 * default: demands            # stance when no cue says otherwise; "none" = needs an explicit cue
 * term: neutral status        # literal, case-insensitive, spaces/hyphens flexible, * = any letters
 * pattern: non-?bloc          # Java regex, case-insensitive
 * pattern[conditions]: ...    # a match of this pattern carries its own stance
 * pattern[cue]: ...           # a match of this pattern counts only with a cue word
 * exclude: \bin 1994\b        # the topic is not matched in a sentence matching this
 * yield: true                # drop this topic where its match overlaps another topic's
 * </pre>
 */
public final class Taxonomy {

  /** One way a topic shows in text; {@code stance} (nullable) overrides cues for its matches. */
  public record TopicPattern(Pattern regex, Stance stance, boolean needsCue) {}

  /** One topic: id, meaning, default stance (null = needs a cue), patterns, exclusions. */
  public record Topic(String id, String description, Stance defaultStance, boolean needsCue, boolean yields,
      List<TopicPattern> patterns, List<Pattern> excludes) {
    public Topic {
      patterns = List.copyOf(patterns);
      excludes = List.copyOf(excludes);
    }
  }

  /**
   * A topic found in text: character span, the stance its pattern carries (or null) and whether
   * it only counts with a cue word.
   */
  public record TopicMatch(Topic topic, int start, int end, Stance patternStance, boolean needsCue) {}

  private static final String RESOURCE = "topics.txt";
  static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private final Map<String, Topic> topics;
  /**
   * Per topic id, words one of which any match of its patterns must contain ({@link
   * RequiredLiteral}); absent when some pattern has none. Skipping the topic in sentences without
   * any of them changes nothing and saves most of the regex work.
   */
  private final Map<String, Set<String>> requiredLiterals = new HashMap<>();

  private Taxonomy(Map<String, Topic> topics) {
    this.topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
    for (Topic topic : topics.values()) {
      Set<String> union = new HashSet<>();
      for (TopicPattern p : topic.patterns()) {
        Set<String> literals = RequiredLiteral.of(p.regex());
        if (literals == null) {
          union = null;
          break;
        }
        union.addAll(literals);
      }
      if (union != null) {
        requiredLiterals.put(topic.id(), union);
      }
    }
  }

  private boolean cannotMatch(Topic topic, String foldedSentence) {
    Set<String> literals = requiredLiterals.get(topic.id());
    return literals != null && literals.stream().noneMatch(foldedSentence::contains);
  }

  /** The shipped taxonomy. */
  public static Taxonomy defaults() {
    try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped taxonomy, overridden by {@code userFile} when it is non-null and exists. */
  public static Taxonomy load(Path userFileOrNull) {
    Taxonomy base = defaults();
    if (userFileOrNull == null || !Files.isRegularFile(userFileOrNull)) {
      return base;
    }
    try {
      return base.overriddenBy(Files.readString(userFileOrNull, StandardCharsets.UTF_8), userFileOrNull.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a taxonomy file on its own (no shipped topics). */
  public static Taxonomy parse(String text, String sourceName) {
    return new Taxonomy(Map.of()).overriddenBy(text, sourceName);
  }

  /** This taxonomy with the sections of {@code text} applied on top (see the class comment). */
  public Taxonomy overriddenBy(String text, String sourceName) {
    Map<String, Topic> out = new LinkedHashMap<>(topics);
    Builder current = null;
    int lineNo = 0;
    for (String raw : text.split("\r?\n")) {
      lineNo++;
      String line = stripComment(raw).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.equals("@replace")) {
        out.clear();
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        if (current != null) {
          current.into(out);
        }
        String id = line.substring(1, line.length() - 1).strip();
        boolean extend = id.startsWith("+");
        if (extend) {
          id = id.substring(1).strip();
        }
        current = new Builder(id, extend ? out.get(id) : null);
        continue;
      }
      int colon = line.indexOf(':');
      if (current == null || colon < 0) {
        throw new IllegalArgumentException(sourceName + ":" + lineNo + ": expected [topic] or key: value");
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      try {
        current.add(key, value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(sourceName + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    if (current != null) {
      current.into(out);
    }
    return new Taxonomy(out);
  }

  /** A '#' starts a comment when at line start or after whitespace (so regex '#' can be escaped as \#). */
  private static String stripComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  public List<Topic> topics() {
    return List.copyOf(topics.values());
  }

  public Topic topic(String id) {
    return topics.get(id);
  }

  /**
   * Topics found in {@code text[from, to)}, ordered by position. Overlapping matches of one topic
   * merge into one; a match lying inside another topic's match is dropped, and so is a match of a
   * {@code yield} topic overlapping another topic's. Topics whose exclusions match anywhere in the
   * range are skipped.
   */
  public List<TopicMatch> find(String text, int from, int to) {
    List<TopicMatch> found = new ArrayList<>();
    String folded = RequiredLiteral.fold(text.subSequence(from, to));
    for (Topic topic : topics.values()) {
      if (cannotMatch(topic, folded) || excluded(topic, text, from, to)) {
        continue;
      }
      List<TopicMatch> mine = new ArrayList<>();
      for (TopicPattern p : topic.patterns()) {
        Matcher m = p.regex().matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
          if (m.end() > m.start()) {
            mine.add(new TopicMatch(topic, m.start(), m.end(), p.stance(), p.needsCue()));
          }
        }
      }
      mine.sort((a, b) -> Integer.compare(a.start(), b.start()));
      TopicMatch open = null;
      for (TopicMatch m : mine) {
        if (open != null && m.start() < open.end()) {
          open = new TopicMatch(topic, open.start(), Math.max(open.end(), m.end()),
              open.patternStance() != null ? open.patternStance() : m.patternStance(),
              open.needsCue() && m.needsCue());
        } else {
          if (open != null) {
            found.add(open);
          }
          open = m;
        }
      }
      if (open != null) {
        found.add(open);
      }
    }
    List<TopicMatch> all = List.copyOf(found);
    found.removeIf(m -> all.stream().anyMatch(o -> o.topic() != m.topic()
        && (m.topic().yields() && !o.topic().yields() && o.start() < m.end() && m.start() < o.end()
            || o.start() <= m.start() && m.end() <= o.end() && o.end() - o.start() > m.end() - m.start())));
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  private static boolean excluded(Topic topic, String text, int from, int to) {
    for (Pattern x : topic.excludes()) {
      // opaque bounds: an exclusion looking ahead ("no mention of Russia") sees this sentence only
      Matcher m = x.matcher(text).region(from, to);
      if (m.find()) {
        return true;
      }
    }
    return false;
  }

  /** Turns a literal term into a regex: word-bounded, flexible whitespace/hyphens, * = letters. */
  static String termRegex(String term) {
    StringBuilder out = new StringBuilder("(?<![\\p{L}\\p{N}])");
    boolean first = true;
    for (String word : term.strip().split("[\\s-]+")) {
      if (!first) {
        out.append("[\\s\\-\u2010\u2011]+");
      }
      first = false;
      String[] parts = word.split("\\*", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          out.append("\\p{L}*");
        }
        // curly and straight apostrophes are the same
        out.append(Pattern.quote(parts[i]).replace("'", "\\E['\u2019]\\Q").replace("\u2019", "\\E['\u2019]\\Q"));
      }
    }
    return out.append("(?![\\p{L}\\p{N}])").toString();
  }

  private static final class Builder {
    final String id;
    String description;
    Stance defaultStance;
    boolean needsCue;
    boolean yields;
    boolean disabled;
    final List<TopicPattern> patterns = new ArrayList<>();
    final List<Pattern> excludes = new ArrayList<>();

    Builder(String id, Topic base) {
      if (!id.matches("[\\p{L}\\p{N}_.\\-]+")) {
        throw new IllegalArgumentException("bad topic id: " + id);
      }
      this.id = id;
      if (base != null) {
        description = base.description();
        defaultStance = base.defaultStance();
        needsCue = base.needsCue();
        yields = base.yields();
        patterns.addAll(base.patterns());
        excludes.addAll(base.excludes());
      }
    }

    void add(String key, String value) {
      Stance override = null;
      boolean cue = false;
      int bracket = key.indexOf('[');
      if (bracket > 0 && key.endsWith("]")) {
        String label = key.substring(bracket + 1, key.length() - 1).strip();
        cue = label.equals("cue");
        override = cue ? null : Stance.fromLabel(label);
        key = key.substring(0, bracket).strip();
      }
      switch (key) {
        case "description" -> description = value;
        case "default" -> {
          needsCue = value.equalsIgnoreCase("none");
          defaultStance = needsCue ? null : Stance.fromLabel(value);
        }
        case "term" -> patterns.add(new TopicPattern(Pattern.compile(termRegex(value), FLAGS), override, cue));
        case "pattern" -> patterns.add(new TopicPattern(Pattern.compile(value, FLAGS), override, cue));
        case "exclude" -> excludes.add(Pattern.compile(value, FLAGS));
        case "disabled" -> disabled = Boolean.parseBoolean(value);
        case "yield" -> yields = Boolean.parseBoolean(value);
        default -> throw new IllegalArgumentException("unknown key: " + key);
      }
    }

    void into(Map<String, Topic> out) {
      if (disabled) {
        out.remove(id);
        return;
      }
      out.put(id, new Topic(id, description, defaultStance == null && !needsCue ? Stance.DEMANDS : defaultStance,
          needsCue, yields, patterns, excludes));
    }
  }
}
