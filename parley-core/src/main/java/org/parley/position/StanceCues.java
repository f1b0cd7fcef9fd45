package org.parley.position;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Stance;

/**
 * Words that say what an actor does with a topic ("demands", "ready to", "rejects", "only if"),
 * read from the shipped {@code stance-cues.tsv} and optionally a user file in the same format
 * ({@code stance<TAB>regex}, stance one of the {@link Stance} labels, {@code conditions-frame}).
 */
public final class StanceCues {

  /** How a cue works. */
  public enum Kind {
    /** Gives its stance to the topics after it. */
    PLAIN,
    /** Opens a conditional clause: topics in it are conditions. */
    CLAUSE,
    /** Names conditions: demanded topics in the sentence are conditions. */
    FRAME
  }

  /** One cue found in text. */
  public record Cue(Stance stance, Kind kind, int start, int end, boolean negated) {
    /** The stance after negation (demands/offers/accepts -> rejects, rejects -> accepts). */
    public Stance effective() {
      if (!negated || kind != Kind.PLAIN) {
        return stance;
      }
      return stance == Stance.REJECTS ? Stance.ACCEPTS : Stance.REJECTS;
    }
  }

  private record Rule(Stance stance, Kind kind, Pattern regex) {}

  private static final String RESOURCE = "stance-cues.tsv";
  private static final Pattern NEGATION = Pattern.compile(
      "(?:\\b(?:not|never|no|nor|neither)|n[’']t)\\W+(?:\\w+\\W+){0,1}$", Taxonomy.FLAGS);

  private final List<Rule> rules;

  private StanceCues(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static StanceCues defaults() {
    return new StanceCues(parse(EditableResource.shipped(StanceCues.class, RESOURCE), new ArrayList<>()));
  }

  /** The shipped cues plus those of {@code userFile} when it is non-null and exists. */
  public static StanceCues load(Path userFileOrNull) {
    String user = EditableResource.user(userFileOrNull);
    return user == null ? defaults() : defaults().with(user);
  }

  /** These cues plus the lines of {@code tsv}. */
  public StanceCues with(String tsv) {
    return new StanceCues(parse(tsv, new ArrayList<>(rules)));
  }

  private static List<Rule> parse(String tsv, List<Rule> into) {
    for (String line : tsv.split("\r?\n")) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException("stance cues: expected stance<TAB>regex: " + line);
      }
      String label = line.substring(0, tab).strip().toLowerCase(Locale.ROOT);
      String regex = line.substring(tab + 1).strip();
      Kind kind = Kind.PLAIN;
      Stance stance;
      if (label.equals("conditions-frame")) {
        kind = Kind.FRAME;
        stance = Stance.CONDITIONS;
      } else {
        stance = Stance.fromLabel(label);
        if (stance == Stance.CONDITIONS) {
          kind = Kind.CLAUSE;
        }
      }
      into.add(new Rule(stance, kind, Pattern.compile(regex, Taxonomy.FLAGS)));
    }
    return into;
  }

  /**
   * Cues in {@code text[from, to)}, left to right; of overlapping cues the longer is kept. A cue
   * right after a negation word is marked negated.
   */
  public List<Cue> find(String text, int from, int to) {
    List<Cue> all = new ArrayList<>();
    for (Rule rule : rules) {
      Matcher m = rule.regex().matcher(text).region(from, to);
      m.useTransparentBounds(true);
      while (m.find()) {
        if (m.end() > m.start()) {
          all.add(new Cue(rule.stance(), rule.kind(), m.start(), m.end(), negated(text, from, m.start())));
        }
      }
    }
    all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end() - b.start(), a.end() - a.start()));
    List<Cue> kept = new ArrayList<>();
    for (Cue c : all) {
      boolean covered = false;
      for (int i = 0; i < kept.size(); i++) {
        Cue k = kept.get(i);
        if (k.start() < c.end() && c.start() < k.end()) {
          if (c.end() - c.start() > k.end() - k.start()) {
            kept.set(i, c);
          }
          covered = true;
          break;
        }
      }
      if (!covered) {
        kept.add(c);
      }
    }
    kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return kept;
  }

  private static boolean negated(String text, int from, int cueStart) {
    int windowStart = Math.max(from, cueStart - 24);
    return NEGATION.matcher(text.substring(windowStart, cueStart)).find();
  }
}
