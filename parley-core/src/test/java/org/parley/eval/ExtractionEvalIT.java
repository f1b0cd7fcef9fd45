package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Extraction quality on ../shared/corpus/html: prints the report; floors guard regressions. */
class ExtractionEvalIT {
  @Test
  void bothHtmlSets() throws IOException {
    Path dir = Path.of(System.getProperty("parley.shared", "../shared"), "corpus", "html");
    Assumptions.assumeTrue(
        Files.isDirectory(dir.resolve("article-extraction-benchmark")), "../shared/corpus not found: skipping");
    ExtractionEval.Report report = ExtractionEval.run(dir);
    System.out.print(report.format());
    assertThat(report.benchmark().pages()).isEqualTo(181);
    assertThat(report.benchmark().f1()).isGreaterThanOrEqualTo(0.97);
    assertThat(report.readabilityBody().f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(report.title().share()).isGreaterThanOrEqualTo(0.95);
    assertThat(report.date().share()).isGreaterThanOrEqualTo(0.90);
  }
}
