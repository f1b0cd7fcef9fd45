package org.parley.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Position;
import org.parley.model.Stance;

class LedgerTest {
  static Position pos(String article, String actor, String topic, Stance stance, String date) {
    return new Position(article, actor, topic, stance, "Voss", null, "evidence", 0, 8,
        date == null ? null : LocalDate.parse(date), null);
  }

  static final Map<String, String> OUTLETS = Map.of("a1", "Valdoria Times", "a2", "Karsk Post", "a3", "Wire",
      "a4", "Valdoria Times", "a5", "Wire");

  @Test
  void groupsPerActorAndTopicOldestFirst() {
    List<Position> all = List.of(
        pos("a2", "Valdoria", "ceasefire", Stance.REJECTS, "2031-03-01"),
        pos("a1", "Valdoria", "ceasefire", Stance.DEMANDS, "2031-01-01"),
        pos("a1", "Karsk", "neutrality_non_bloc", Stance.OFFERS, "2031-01-01"));
    List<Ledger.Entry> entries = Ledger.entries(all);
    assertThat(entries).extracting(Ledger.Entry::actor).containsExactly("Karsk", "Valdoria");
    Ledger.Entry v = entries.get(1);
    assertThat(v.stances()).containsExactly(Stance.DEMANDS, Stance.REJECTS);
    assertThat(v.first()).isEqualTo(LocalDate.of(2031, 1, 1));
    assertThat(v.current()).isEqualTo(Stance.REJECTS);
    assertThat(Ledger.entries(all, "valdoria", null)).hasSize(1);
    assertThat(Ledger.entries(all, null, "neutrality_non_bloc")).extracting(Ledger.Entry::actor).containsExactly("Karsk");
  }

  @Test
  void timelineShowsFirstRepeatedChangedDroppedAndResumed() {
    List<Position> all = List.of(
        pos("a1", "Valdoria", "ceasefire", Stance.DEMANDS, "2031-01-01"),
        pos("a2", "Valdoria", "ceasefire", Stance.DEMANDS, "2031-01-01"),
        pos("a3", "Valdoria", "ceasefire", Stance.DEMANDS, "2031-01-20"),
        pos("a4", "Valdoria", "ceasefire", Stance.REJECTS, "2031-02-10"),
        pos("a5", "Valdoria", "referendum", Stance.DEMANDS, "2031-12-01"),
        pos("a5", "Valdoria", "ceasefire", Stance.REJECTS, "2032-03-01"));
    List<Ledger.Timeline> timelines = Ledger.timelines(all, OUTLETS::get, 180);
    Ledger.Timeline t = timelines.get(0);
    assertThat(t.topic()).isEqualTo("ceasefire");
    assertThat(t.steps()).extracting(Ledger.Step::change).containsExactly(Ledger.Change.FIRST_STATED,
        Ledger.Change.REPEATED, Ledger.Change.CHANGED, Ledger.Change.DROPPED, Ledger.Change.RESUMED);
    assertThat(t.steps().get(0).outlets()).containsExactly("Valdoria Times", "Karsk Post");
    assertThat(t.steps().get(2).previous()).isEqualTo(Stance.DEMANDS);
    assertThat(t.steps().get(3).date()).isEqualTo(LocalDate.of(2031, 12, 1));
    assertThat(t.format()).contains("2031-02-10  changed      rejects (was demands)  [Valdoria Times]");
    // the referendum demand is not dropped: the actor was never heard later
    assertThat(timelines.get(1).steps()).extracting(Ledger.Step::change).containsExactly(Ledger.Change.FIRST_STATED);
  }
}
