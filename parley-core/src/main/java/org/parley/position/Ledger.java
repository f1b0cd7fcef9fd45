package org.parley.position;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.parley.model.Position;
import org.parley.model.Stance;

/**
 * The positions ledger: positions grouped per actor x topic, and each group's timeline (first
 * stated, repeated, changed stance, dropped, resumed) with the outlets that reported each step.
 * Pure functions over a collection of positions; the caller supplies outlets by article id.
 */
public final class Ledger {
  private Ledger() {}

  /** One actor x topic with its positions, oldest first (undated last). */
  public record Entry(String actor, String topic, List<Position> positions) {
    public Entry {
      positions = List.copyOf(positions);
    }

    /** Distinct stances taken, in the order first taken. */
    public List<Stance> stances() {
      return List.copyOf(new LinkedHashSet<>(positions.stream().map(Position::stance).toList()));
    }

    public LocalDate first() {
      return positions.stream().map(Position::date).filter(Objects::nonNull).findFirst().orElse(null);
    }

    public LocalDate last() {
      return positions.stream().map(Position::date).filter(Objects::nonNull).reduce((a, b) -> b).orElse(null);
    }

    /** The stance of the latest position. */
    public Stance current() {
      return positions.isEmpty() ? null : positions.get(positions.size() - 1).stance();
    }
  }

  /** What happened to a position at a step of its timeline. */
  public enum Change {
    /** The first time the actor took a stance on the topic. */
    FIRST_STATED,
    /** The same stance again. */
    REPEATED,
    /** A different stance from the previous one. */
    CHANGED,
    /** Not restated for a long time while the actor kept taking positions on other topics. */
    DROPPED,
    /** Stated again after being dropped. */
    RESUMED;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * One step: on {@code date}, {@code stance} ({@code previous} before a change), resting on
   * {@code positions}, reported by {@code outlets}. A DROPPED step has no positions; its date is
   * when the actor was next heard on other topics.
   */
  public record Step(LocalDate date, Stance stance, Change change, Stance previous, List<Position> positions,
      List<String> outlets) {
    public Step {
      positions = List.copyOf(positions);
      outlets = List.copyOf(outlets);
    }
  }

  /** The steps of one actor x topic. */
  public record Timeline(String actor, String topic, List<Step> steps) {
    public Timeline {
      steps = List.copyOf(steps);
    }

    /** Plain text, one line per step. */
    public String format() {
      StringBuilder out = new StringBuilder(actor + " / " + topic + "\n");
      for (Step s : steps) {
        out.append("  ").append(s.date() == null ? "undated   " : s.date().toString()).append("  ")
            .append(String.format(Locale.ROOT, "%-12s", s.change().label()));
        if (s.stance() != null) {
          out.append(' ').append(s.stance().label());
        }
        if (s.previous() != null) {
          out.append(" (was ").append(s.previous().label()).append(')');
        }
        if (!s.outlets().isEmpty()) {
          out.append("  [").append(String.join(", ", s.outlets())).append(']');
        }
        out.append('\n');
      }
      return out.toString();
    }
  }

  /** Default gap (days) after which a position not restated counts as dropped. */
  public static final int DEFAULT_DROP_AFTER_DAYS = 180;

  private static final Comparator<Position> ORDER = Comparator
      .comparing(Position::date, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Position::articleId)
      .thenComparingInt(Position::start);

  /** All positions grouped per actor x topic, sorted by actor then topic. */
  public static List<Entry> entries(Collection<Position> positions) {
    return entries(positions, null, null);
  }

  /**
   * Positions grouped per actor x topic, keeping only {@code actor} and {@code topic} when
   * non-null (case-insensitive), sorted by actor then topic; positions oldest first.
   */
  public static List<Entry> entries(Collection<Position> positions, String actor, String topic) {
    Map<String, List<Position>> groups = new TreeMap<>();
    for (Position p : positions) {
      if (actor != null && !p.actor().equalsIgnoreCase(actor) || topic != null && !p.topic().equalsIgnoreCase(topic)) {
        continue;
      }
      groups.computeIfAbsent(p.actor() + "\u0000" + p.topic(), k -> new ArrayList<>()).add(p);
    }
    List<Entry> out = new ArrayList<>();
    for (Map.Entry<String, List<Position>> g : groups.entrySet()) {
      List<Position> list = new ArrayList<>(g.getValue());
      list.sort(ORDER);
      String[] key = g.getKey().split("\u0000", 2);
      out.add(new Entry(key[0], key[1], list));
    }
    return out;
  }

  /** Timelines of every actor x topic (see {@link #timeline}). */
  public static List<Timeline> timelines(Collection<Position> positions, Function<String, String> outletOf,
      int dropAfterDays) {
    List<Timeline> out = new ArrayList<>();
    for (Entry e : entries(positions)) {
      out.add(timeline(e, activity(positions, e.actor()), outletOf, dropAfterDays));
    }
    return out;
  }

  /** The dates on which {@code actor} took any position, ascending, for {@link #timeline}. */
  public static List<LocalDate> activity(Collection<Position> positions, String actor) {
    return positions.stream().filter(p -> p.actor().equals(actor)).map(Position::date).filter(Objects::nonNull)
        .distinct().sorted().toList();
  }

  /**
   * How one actor x topic position developed. Positions are grouped by date and stance into
   * steps; a stance different from the one before is a change. When the actor took other
   * positions ({@code actorActivity}) more than {@code dropAfterDays} after a step without
   * restating this one, a DROPPED step follows, and a later step is RESUMED. {@code outletOf}
   * gives the outlet of an article id (null for unknown).
   */
  public static Timeline timeline(Entry entry, List<LocalDate> actorActivity, Function<String, String> outletOf,
      int dropAfterDays) {
    Map<LocalDate, Map<Stance, List<Position>>> byDate = new LinkedHashMap<>();
    for (Position p : entry.positions()) {
      byDate.computeIfAbsent(p.date(), d -> new TreeMap<>()).computeIfAbsent(p.stance(), s -> new ArrayList<>()).add(p);
    }
    List<Step> steps = new ArrayList<>();
    Stance current = null;
    LocalDate lastDate = null;
    boolean dropped = false;
    for (Map.Entry<LocalDate, Map<Stance, List<Position>>> day : byDate.entrySet()) {
      LocalDate date = day.getKey();
      if (date != null && lastDate != null) {
        LocalDate heardWithout = heardAfterGap(actorActivity, lastDate, date, dropAfterDays);
        if (heardWithout != null) {
          steps.add(new Step(heardWithout, null, Change.DROPPED, current, List.of(), List.of()));
          dropped = true;
        }
      }
      for (Map.Entry<Stance, List<Position>> s : day.getValue().entrySet()) {
        Change change;
        Stance previous = null;
        if (current == null) {
          change = Change.FIRST_STATED;
        } else if (dropped) {
          change = Change.RESUMED;
          previous = current == s.getKey() ? null : current;
        } else if (current == s.getKey()) {
          change = Change.REPEATED;
        } else {
          change = Change.CHANGED;
          previous = current;
        }
        dropped = false;
        steps.add(new Step(date, s.getKey(), change, previous, s.getValue(), outlets(s.getValue(), outletOf)));
        current = s.getKey();
      }
      if (date != null) {
        lastDate = date;
      }
    }
    if (lastDate != null) {
      LocalDate heardWithout = heardAfterGap(actorActivity, lastDate, null, dropAfterDays);
      if (heardWithout != null) {
        steps.add(new Step(heardWithout, null, Change.DROPPED, current, List.of(), List.of()));
      }
    }
    return new Timeline(entry.actor(), entry.topic(), steps);
  }

  /** The first activity date more than {@code days} after {@code last} (and before {@code next}), or null. */
  private static LocalDate heardAfterGap(List<LocalDate> activity, LocalDate last, LocalDate next, int days) {
    if (next != null && ChronoUnit.DAYS.between(last, next) <= days) {
      return null;
    }
    for (LocalDate d : activity) {
      if (ChronoUnit.DAYS.between(last, d) > days && (next == null || d.isBefore(next))) {
        return d;
      }
    }
    return null;
  }

  private static List<String> outlets(List<Position> positions, Function<String, String> outletOf) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (Position p : positions) {
      String outlet = outletOf == null ? null : outletOf.apply(p.articleId());
      if (outlet != null && !outlet.isBlank()) {
        out.add(outlet);
      }
    }
    return List.copyOf(out);
  }
}
