package org.parley.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueModelTest {
  @Test
  void shippedModelLoadsOnceAndSeparatesReportingVerbsFromPlainNouns() {
    CueModel m = CueModel.load();
    assertThat(m).isNotNull().isSameAs(CueModel.load());
    double said = m.score(List.of("l=say", "p=VBD", "lp=say/VB", "r=root", "lex=true/VB", "c=ccomp", "c=nsubj",
        "shape=truetruefalse/VB"));
    double table = m.score(List.of("l=table", "p=NN", "lp=table/NN", "r=obj", "lex=false/NN"));
    assertThat(said).isGreaterThan(0);
    assertThat(table).isLessThan(0);
    assertThat(m.score(List.of("l=say", "p=VBD"))).isEqualTo(m.score(List.of("l=say", "p=VBD")));
  }
}
