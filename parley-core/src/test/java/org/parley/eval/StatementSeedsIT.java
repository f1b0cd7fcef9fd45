package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.nlp.SharedAnnotator;
import org.parley.statement.StatementExtractor;

/**
 * Regression floors for statement extraction on the shared gold: seeds-dev (hand-annotated in
 * Parley's format) and the first 40 PolNeAR dev articles. Floors sit a little below the figures
 * measured when they were set (seeds-dev: overlap F1 0.868, speaker 0.879; PolNeAR dev 40, with
 * the PolNeAR normalisations of {@link Scorer}, rules plus the cue and content models: exact F1
 * 0.460, overlap F1 0.662, source F1 0.628, cue F1 0.607, speaker 0.846).
 */
class StatementSeedsIT {
  private static Path shared() {
    String prop = System.getProperty("parley.shared", "../shared");
    return Path.of(prop);
  }

  @Test
  void seedsDev() {
    Path gold = shared().resolve("attribution/seeds-dev");
    Assumptions.assumeTrue(Files.isDirectory(shared().resolve("corpus")), "../shared/corpus not found: skipping");
    Assumptions.assumeTrue(Files.isDirectory(gold), "../shared/attribution/seeds-dev not found: skipping");
    EvalReport r = AttributionEval.run(gold, Integer.MAX_VALUE, SharedAnnotator.get(), new StatementExtractor());
    System.out.print(r.format());
    assertThat(r.contentOverlap().f1()).isGreaterThanOrEqualTo(0.85);
    assertThat(r.speakerAccuracy()).isGreaterThanOrEqualTo(0.86);
  }

  @Test
  void polnearDevFirst40() {
    Path dev = shared().resolve("attribution/polnear/data/dev");
    Assumptions.assumeTrue(Files.isDirectory(dev), "../shared/attribution/polnear not found: skipping");
    EvalReport r = AttributionEval.run(dev, 40, SharedAnnotator.get(), new StatementExtractor());
    System.out.print(r.format());
    assertThat(r.articles()).isEqualTo(40);
    assertThat(r.contentOverlap().f1()).isGreaterThanOrEqualTo(0.65);
    assertThat(r.contentExact().f1()).isGreaterThanOrEqualTo(0.45);
    assertThat(r.source().f1()).isGreaterThanOrEqualTo(0.61);
    assertThat(r.cue().f1()).isGreaterThanOrEqualTo(0.59);
    assertThat(r.speakerAccuracy()).isGreaterThanOrEqualTo(0.83);
  }
}
