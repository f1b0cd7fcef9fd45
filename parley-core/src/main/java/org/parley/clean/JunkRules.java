package org.parley.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The editable line patterns of the junk detector, read from {@code junk-patterns.txt} (one rule a
 * line: {@code KIND LABEL REGEX}; see the comments in that file). Patterns are compiled once.
 */
public final class JunkRules {

  /** Where a matching line counts as junk. */
  public enum Kind {
    /** The line is junk wherever it is. */
    LINE,
    /** The line and everything after it are junk. */
    END,
    /** A header of a block of other stories; it and the headline-like lines after it are junk. */
    SECTION,
    /** Junk only if nothing but junk or blank lines follow. */
    TAIL,
    /** Junk only before the first line of prose. */
    HEAD
  }

  /** One compiled rule. */
  public record Rule(Kind kind, String label, Pattern pattern) {}

  /** Classpath location of the default rules. */
  public static final String RESOURCE = "/org/parley/clean/junk-patterns.txt";

  private static final JunkRules DEFAULTS = loadDefaults();

  private final List<Rule> rules;

  private JunkRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules shipped in {@link #RESOURCE}, compiled once per JVM. */
  public static JunkRules defaults() {
    return DEFAULTS;
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The first rule whose pattern matches the whole (already trimmed) line, or null. */
  public Rule match(CharSequence trimmedLine) {
    for (Rule rule : rules) {
      if (rule.pattern().matcher(trimmedLine).matches()) {
        return rule;
      }
    }
    return null;
  }

  /** Parses rules from text in the resource format. */
  public static JunkRules parse(String text) {
    try {
      return parse(new StringReader(text), "<string>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses rules in the resource format: blank lines and {@code #} comments are skipped; otherwise
   * {@code KIND LABEL REGEX} separated by whitespace, the regex being the rest of the line.
   *
   * @throws IllegalArgumentException naming the line when a rule is malformed
   */
  public static JunkRules parse(Reader reader, String name) throws IOException {
    List<Rule> rules = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] parts = trimmed.split("\\s+", 3);
      if (parts.length < 3) {
        throw new IllegalArgumentException(
            name + ":" + number + ": expected KIND LABEL REGEX, got: " + trimmed);
      }
      Kind kind;
      try {
        kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            name + ":" + number + ": unknown kind '" + parts[0] + "'", e);
      }
      try {
        rules.add(new Rule(kind, parts[1], Pattern.compile(parts[2])));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            name + ":" + number + ": bad regex: " + e.getMessage(), e);
      }
    }
    return new JunkRules(rules);
  }

  private static JunkRules loadDefaults() {
    try (InputStream stream = JunkRules.class.getResourceAsStream(RESOURCE)) {
      if (stream == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return parse(new InputStreamReader(stream, StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
