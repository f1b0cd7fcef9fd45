package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExtractionEvalTest {
  @Test
  void identicalTextScoresOne() {
    double[] s = ExtractionEval.score("The mayor said the bridge would open.", "The mayor said the bridge would open.");
    assertThat(s[0]).isEqualTo(1.0);
    assertThat(s[1]).isEqualTo(1.0);
  }

  @Test
  void extraTextLowersPrecisionMissingTextLowersRecall() {
    String truth = "one two three four five six";
    // truth shingles: 3; predicted adds two tokens -> 5 shingles, 3 shared
    double[] extra = ExtractionEval.score(truth, truth + " seven eight");
    assertThat(extra[0]).isCloseTo(3 / 5.0, within(1e-9));
    assertThat(extra[1]).isEqualTo(1.0);
    double[] missing = ExtractionEval.score(truth, "one two three four");
    assertThat(missing[0]).isEqualTo(1.0);
    assertThat(missing[1]).isCloseTo(1 / 3.0, within(1e-9));
  }

  @Test
  void emptyExtractionScoresZeroPrecisionAndPunctuationIsIgnored() {
    assertThat(ExtractionEval.score("some true text here now", "")).containsExactly(0.0, 0.0);
    assertThat(ExtractionEval.score("", "")).containsExactly(1.0, 1.0);
    assertThat(ExtractionEval.score("Héllo, wörld! ça va bien", "Héllo wörld ça va bien")).containsExactly(1.0, 1.0);
  }

  @Test
  void f1FromMeans() {
    ExtractionEval.BodyScore s = new ExtractionEval.BodyScore(2, 0.5, 1.0);
    assertThat(s.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
  }
}
