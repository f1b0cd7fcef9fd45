package org.parley.nlp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parley.model.Article;
import org.parley.pipeline.Benchmark;

/** The slices of ../shared/corpus the NLP comparison ITs annotate: the seeds plus the first texts of some folders. */
final class CorpusSlice {
  private CorpusSlice() {}

  /** The shared corpus folder; skips the test (with a message) when it is absent. */
  static Path corpus() {
    String shared = System.getProperty("parley.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus", "seeds")), "no ../shared/corpus");
    return Path.of(shared, "corpus");
  }

  /** The seeds and the first {@code perFolder} .txt files (sorted) of each folder that exists, read as articles. */
  static List<Article> seedsAndFirst(int perFolder, int maxArticles, String... folders) throws IOException {
    Path corpus = corpus();
    List<Path> inputs = new ArrayList<>();
    inputs.add(corpus.resolve("seeds"));
    for (String folder : folders) {
      Path d = corpus.resolve(folder);
      if (Files.isDirectory(d)) {
        try (Stream<Path> files = Files.walk(d)) {
          files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().limit(perFolder).forEach(inputs::add);
        }
      }
    }
    return Benchmark.sample(inputs, maxArticles);
  }
}
