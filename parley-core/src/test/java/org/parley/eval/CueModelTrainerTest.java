package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CueModelTrainerTest {
  private static List<CueModelTrainer.Example> toy() {
    List<CueModelTrainer.Example> xs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      xs.add(new CueModelTrainer.Example(List.of("l=say", "c=ccomp", "n" + (i % 7)), true));
      xs.add(new CueModelTrainer.Example(List.of("l=table", "c=det", "n" + (i % 5)), false));
    }
    return xs;
  }

  @Test
  void perceptronLearnsAndIsDeterministic() {
    Map<String, double[]> a = CueModelTrainer.trainPerceptron(toy(), 5);
    Map<String, double[]> b = CueModelTrainer.trainPerceptron(toy(), 5);
    assertThat(a.get("l=say")[2]).isGreaterThan(0).isEqualTo(b.get("l=say")[2]);
    assertThat(a.get("l=table")[2]).isLessThan(0);
  }
}
