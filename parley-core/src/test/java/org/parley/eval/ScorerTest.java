package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Statement;
import org.parley.model.StatementKind;

class ScorerTest {
  private static final String TEXT = "\u201cWe will hold the line,\u201d the general said. He said that reinforcements came.";

  private static Statement pred(int s, int e, String speaker, StatementKind kind) {
    return new Statement("a", "a#1", kind, TEXT.substring(s, e), s, e, speaker, null, null, -1, -1, null, -1, -1,
        null, List.of(), null, null, 1);
  }

  private static GoldStatement gold(int s, int e, String speaker, boolean optional) {
    return new GoldStatement(StatementKind.DIRECT, List.of(new int[] {s, e}), speaker, null, -1, -1, null, -1, -1,
        optional);
  }

  @Test
  void trimsMarksAndTrailingPunctuation() {
    int[] t = Scorer.trim(TEXT, 0, 25, false);
    assertThat(TEXT.substring(t[0], t[1])).isEqualTo("We will hold the line");
    int start = TEXT.indexOf("that");
    int[] u = Scorer.trim(TEXT, start, TEXT.length(), true);
    assertThat(TEXT.substring(u[0], u[1])).isEqualTo("reinforcements came");
  }

  @Test
  void exactAndOverlapMatching() {
    Scorer.Tally t = new Scorer.Tally();
    int s = TEXT.indexOf("We");
    new Scorer(false).score(TEXT, List.of(pred(s, s + 22, "general", StatementKind.DIRECT)),
        List.of(gold(0, 25, "general", false)), t);
    assertThat(t.exact.f1()).isEqualTo(1.0);
    assertThat(t.overlap.f1()).isEqualTo(1.0);
    assertThat(t.speakerCorrect).isEqualTo(1);
  }

  @Test
  void optionalGoldIsDontCare() {
    Scorer.Tally t = new Scorer.Tally();
    new Scorer(false).score(TEXT, List.of(pred(1, 23, "general", StatementKind.DIRECT)),
        List.of(gold(1, 23, "general", true)), t);
    assertThat(t.exact.predicted()).isZero();
    assertThat(t.exact.gold()).isZero();
  }

  @Test
  void speakerAliases() {
    assertThat(Scorer.sameSpeaker("Volodymyr Zelenskyy", "Volodymyr Zelensky", null)).isTrue();
    assertThat(Scorer.sameSpeaker("reports", "unnamed reports", "Some reports")).isTrue();
    assertThat(Scorer.sameSpeaker("Russia", "Kremlin", "the Kremlin")).isFalse();
  }

  @Test
  void readsBratWithDiscontinuousSpans(@TempDir Path dir) throws Exception {
    Path ann = dir.resolve("x_ab12.ann");
    Files.writeString(ann, "T1\tSource 0 3\tSam\nT2\tCue 4 8\tsaid\nT3\tContent 9 12;20 25\tabc def\n"
        + "T4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n");
    List<BratReader.BratAttribution> a = BratReader.read(ann);
    assertThat(a).hasSize(1);
    assertThat(a.get(0).content().start()).isEqualTo(9);
    assertThat(a.get(0).content().end()).isEqualTo(25);
    assertThat(a.get(0).source().end()).isEqualTo(3);
  }

  @Test
  void polnearJoinsAQuoteInterruptedByItsTag() {
    String text = "\u201cWe will hold,\u201d the general said. \u201cWe will win.\u201d Then he left.";
    int a = 1;
    int ae = text.indexOf(",\u201d") + 1;
    int cue = text.indexOf("said");
    int b = text.indexOf("We will win");
    int be = b + "We will win.".length();
    Statement first = new Statement("a", "a#1", StatementKind.DIRECT, text.substring(a, ae), a, ae, "general", null,
        "the general", cue - 12, cue - 1, "said", cue, cue + 4, null, List.of(), null, null, 1);
    Statement second = new Statement("a", "a#2", StatementKind.DIRECT, text.substring(b, be), b, be, "general", null,
        null, -1, -1, null, -1, -1, null, List.of(), null, null, 1);
    List<Statement> joined = Scorer.joinInterruptedQuotes(text, List.of(first, second));
    assertThat(joined).hasSize(1);
    assertThat(joined.get(0).start()).isEqualTo(a);
    assertThat(joined.get(0).end()).isEqualTo(be);
    Scorer.Tally t = new Scorer.Tally();
    GoldStatement g = new GoldStatement(StatementKind.DIRECT, List.of(new int[] {0, ae + 1}, new int[] {b - 1, be + 1}),
        null, "the general", cue - 12, cue - 1, "said", cue, cue + 4, false);
    new Scorer(true).score(text, List.of(first, second), List.of(g), t);
    assertThat(t.exact.f1()).isEqualTo(1.0);
  }

  @Test
  void polnearSourceWithAppositionMatchesItsNameSegment() {
    String text = "Sam Lau, the party's spokesman, said the count was over.";
    int name = text.indexOf("Sam Lau");
    int cue = text.indexOf("said");
    int content = text.indexOf("the count");
    Statement p = new Statement("a", "a#1", StatementKind.INDIRECT, "the count was over", content, text.length() - 1,
        "Sam Lau", null, "Sam Lau", name, name + 7, "said", cue, cue + 4, null, List.of(), null, null, 1);
    GoldStatement g = new GoldStatement(StatementKind.INDIRECT, List.of(new int[] {content, text.length() - 1}), null,
        "Sam Lau, the party's spokesman,", 0, cue - 1, "said", cue, cue + 4, false);
    Scorer.Tally t = new Scorer.Tally();
    new Scorer(true).score(text, List.of(p), List.of(g), t);
    assertThat(t.source.f1()).isEqualTo(1.0);
    Scorer.Tally strict = new Scorer.Tally();
    new Scorer(false).score(text, List.of(p), List.of(g), strict);
    assertThat(strict.source.f1()).isEqualTo(0.0);
  }
}
