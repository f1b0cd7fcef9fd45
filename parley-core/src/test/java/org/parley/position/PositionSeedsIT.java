package org.parley.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.clean.Cleaner;
import org.parley.eval.PositionEval;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Position;
import org.parley.nlp.SharedAnnotator;
import org.parley.statement.StatementExtractor;

/** Positions on the seed articles, read from {@code ../shared} at run time. */
class PositionSeedsIT {
  private static Path shared;

  @BeforeAll
  static void findShared() {
    shared = Path.of(System.getProperty("parley.shared", "../shared"));
    Assumptions.assumeTrue(Files.isDirectory(shared.resolve("corpus/seeds")), "../shared/corpus/seeds not found: skipping");
  }

  @Test
  void seedsDevF1AboveFloor() {
    Path gold = shared.resolve("attribution/seeds-dev/positions.jsonl");
    Assumptions.assumeTrue(Files.isRegularFile(gold), "seeds-dev positions gold not found: skipping");
    PositionEval.Report report = PositionEval.run(gold, shared.resolve("corpus/seeds"), SharedAnnotator.get(),
        new StatementExtractor(), new PositionExtractor());
    System.out.print(report.format());
    // measured 1.000 (P 1.000, R 1.000) when written; the floor leaves room for statement changes
    assertThat(report.f1()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void otherSeedsGiveTheNegotiationPositions() throws Exception {
    Path seed = shared.resolve("corpus/seeds/003_3253f2a8958fafad.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed));
    Article article = PositionEval.readSeed(new Cleaner(), seed);
    AnnotatedArticle annotated = SharedAnnotator.get().annotate(article);
    List<Position> positions = new PositionExtractor().extract(annotated, new StatementExtractor().extract(annotated));
    assertThat(positions).extracting(p -> p.actor() + " " + p.topic() + " " + p.stance().label())
        .contains("Russia territorial_withdrawal conditions", "Russia peace_plan_basis accepts",
            "Russia non_aggression_pledge_europe offers");
    for (Position p : positions) {
      assertThat(article.text().substring(p.start(), p.end())).isEqualTo(p.evidence());
    }
  }
}
