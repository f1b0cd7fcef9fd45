package org.parley.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Position;
import org.parley.model.Statement;
import org.parley.position.PositionExtractor;
import org.parley.query.ArticleSearcher;
import org.parley.query.StatementSearcher;
import org.parley.store.ArticleStore;

/**
 * Re-extracts every article's positions from its stored statements with the data directory's
 * current taxonomy and actor table: an edit to those files applies without any NLP.
 */
public final class PositionReapplier {
  private PositionReapplier() {}

  /** Returns the number of articles rewritten. */
  public static long reapply(Path dataDir) throws IOException {
    PositionExtractor extractor = PositionExtractor.load(dataDir);
    try (ArticleSearcher articles = ArticleSearcher.open(dataDir);
        StatementSearcher statements = StatementSearcher.open(dataDir);
        ArticleStore store = ArticleStore.open(dataDir)) {
      return articles.forEach(
          stored -> {
            try {
              List<Statement> said = statements.ofArticle(stored.article().id());
              List<Position> positions = extractor.extract(stored.article(), said);
              store.add(new AnnotatedArticle(stored.article(), List.of(), stored.mentions()), said, positions);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }
}
