package org.parley.spark;

import java.util.List;
import org.parley.clean.Cleaner;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Statement;
import org.parley.nlp.NlpAnnotator;
import org.parley.nlp.NlpConfig;
import org.parley.statement.StatementExtractor;

/**
 * The single-machine stage code, one set per executor JVM: models load on first use (about 1.1 GB,
 * a few seconds) and are shared by every task the executor runs, as the annotator is shared by the
 * worker threads of {@code IngestPipeline}.
 */
public final class Stages {
  private static volatile Stages instance;

  private final Cleaner cleaner = new Cleaner();
  private final NlpAnnotator annotator = new NlpAnnotator(NlpConfig.DEFAULT);
  private final StatementExtractor extractor = new StatementExtractor();

  private Stages() {}

  public static Stages get() {
    Stages s = instance;
    if (s == null) {
      synchronized (Stages.class) {
        s = instance;
        if (s == null) {
          s = new Stages();
          instance = s;
        }
      }
    }
    return s;
  }

  /** What one article becomes; null when cleaning leaves no article text (skipped, as in ingest). */
  public record Result(AnnotatedArticle annotated, List<Statement> statements, String extractionError) {}

  public Result process(Article article) {
    Article clean = cleaner.clean(article);
    if (clean.cleanText().isEmpty()) {
      return null;
    }
    AnnotatedArticle annotated = annotator.annotate(clean);
    try {
      return new Result(annotated, extractor.extract(annotated), null);
    } catch (RuntimeException e) {
      // As in IngestPipeline: a bug in extraction must not cost the article.
      return new Result(annotated, List.of(), e.toString());
    }
  }
}
