package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Position;
import org.parley.model.Stance;

class PositionEvalTest {
  static Position pos(String actor, String topic, Stance stance) {
    return new Position("id", actor, topic, stance, null, null, "e", 0, 1, null, null);
  }

  @Test
  void scoresDistinctTuplesAndIgnoresOptionalOnes(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("positions.jsonl");
    Files.writeString(gold, String.join("\n",
        "{\"article\": \"a\", \"actor\": \"Valdoria\", \"topic\": \"ceasefire\", \"stance\": \"demands\", \"optional\": false}",
        "{\"article\": \"a\", \"actor\": \"Valdoria\", \"topic\": \"ceasefire\", \"stance\": \"demands\", \"optional\": false}",
        "{\"article\": \"a\", \"actor\": \"Karsk\", \"topic\": \"neutrality_non_bloc\", \"stance\": \"offers\", \"optional\": false}",
        "{\"article\": \"a\", \"actor\": \"Karsk\", \"topic\": \"mediation\", \"stance\": \"offers\", \"optional\": true}",
        "{\"article\": \"b\", \"actor\": \"Karsk\", \"topic\": \"ceasefire\", \"stance\": \"rejects\", \"optional\": false}",
        ""));
    PositionEval.Gold g = PositionEval.readGold(gold);
    assertThat(g.required()).hasSize(3);
    assertThat(g.optional()).hasSize(1);
    PositionEval.Report r = PositionEval.score("test", g, Map.of(
        "a", List.of(pos("Valdoria", "ceasefire", Stance.DEMANDS), pos("Valdoria", "ceasefire", Stance.DEMANDS),
            pos("Karsk", "mediation", Stance.OFFERS), pos("Karsk", "ceasefire", Stance.DEMANDS)),
        "b", List.of(pos("Karsk", "ceasefire", Stance.REJECTS))));
    // predicted distinct non-optional: (a Valdoria ceasefire demands), (a Karsk ceasefire demands), (b ...)
    assertThat(r.overall().predicted()).isEqualTo(3);
    assertThat(r.overall().tpPredicted()).isEqualTo(2);
    assertThat(r.overall().gold()).isEqualTo(3);
    assertThat(r.overall().precision()).isEqualTo(2 / 3.0);
    assertThat(r.overall().recall()).isEqualTo(2 / 3.0);
    assertThat(r.falseNegatives()).extracting(PositionEval.Tuple::topic).containsExactly("neutrality_non_bloc");
    assertThat(r.format()).contains("all").contains("miss  a Karsk neutrality_non_bloc offers");
  }
}
