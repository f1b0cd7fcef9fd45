package org.parley.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;

/** The cleaner on the invented articles in the top-level {@code examples/} folder. */
class ExamplesTest {

  private static final Path EXAMPLES = Path.of("..", "examples");
  private final Cleaner cleaner = new Cleaner();

  private String read(String name) throws IOException {
    Path file = EXAMPLES.resolve(name);
    Assumptions.assumeTrue(Files.isRegularFile(file), "examples/ not found: skipping");
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void cleanExamplesHaveNoJunk() throws IOException {
    for (String name : List.of("ostmark-talks-ceasefire.txt", "valdoria-parliament-vote.txt")) {
      assertThat(cleaner.junkSpans(read(name))).as(name).isEmpty();
    }
  }

  @Test
  void pageJunkOfTheKarskExampleIsMarked() throws IOException {
    String text = read("karsk-rejects-plan.txt");
    List<Span> spans = cleaner.junkSpans(text);
    assertThat(spans).extracting(Span::label)
        .containsExactly("category", "visit-counter", "related");
    Span tail = spans.get(2);
    assertThat(text.substring(tail.start(), tail.end()))
        .startsWith("Related Post").contains("Leave a Reply").endsWith("I comment.");
    String clean = text.substring(spans.get(0).end(), spans.get(1).start()).strip();
    assertThat(clean).startsWith("Karsk Rejects").endsWith("less than a week.");
  }
}
