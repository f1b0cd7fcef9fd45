package org.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.clean.Cleaner;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Token;
import org.parley.nlp.ParseFilter;

/**
 * The per-article work around CoreNLP: content id, junk marking, the NLP copy of the text, the
 * parse filter. Each runs once per article (the filter once per sentence) in every ingest, so
 * none may cost more than a small fraction of annotation (~100 ms per article).
 *
 * <p>{@code mvn -q -o -pl parley-bench -am package -DskipTests && java -cp
 * parley-bench/target/parley-bench-0.1.0-SNAPSHOT.jar:$(cat parley-bench/target/classpath.txt)
 * org.openjdk.jmh.Main}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HotPaths {
  private String text;
  private Article article;
  private Article cleaned;
  private Cleaner cleaner;
  private ParseFilter filter;
  private List<Token> sentence;

  @Setup
  public void setUp() {
    StringBuilder b = new StringBuilder("Talks resume in Geneva\n\n");
    for (int i = 0; i < 40; i++) {
      b.append("\"We are ready to talk,\" Ukrainian President Volodymyr Zelensky said on Monday, ")
          .append("as Russian Foreign Minister Sergei Lavrov said Moscow wanted guarantees from NATO.\n");
    }
    b.append("Related Post\nRead more: the latest news\nShare this article\n");
    text = b.toString();
    article = new Article(ArticleId.of(text), "bench.txt", null, null, null, null, null, null, null, null, text, null);
    cleaner = new Cleaner();
    cleaned = cleaner.clean(article);
    filter = ParseFilter.fromResource();
    sentence = new ArrayList<>();
    String[] words = {"The", "army", "shelled", "the", "town", "overnight", "and", "residents", "fled", "west", "."};
    String[] tags = {"DT", "NN", "VBD", "DT", "NN", "RB", "CC", "NNS", "VBD", "RB", "."};
    for (int i = 0; i < words.length; i++) {
      sentence.add(new Token(i, i + 1, words[i], tags[i], words[i].toLowerCase(java.util.Locale.ROOT), "O"));
    }
  }

  @Benchmark
  public String articleId() {
    return ArticleId.of(text);
  }

  @Benchmark
  public Article clean() {
    return cleaner.clean(article);
  }

  @Benchmark
  public String textForNlp() {
    return Cleaner.forNlp(cleaned);
  }

  @Benchmark
  public boolean parseFilterOnASentenceWithoutCue() {
    return filter.worthParsing(sentence);
  }
}
