package org.parley.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Read side of the store: full-text search with facets, and lookup by id. */
public final class ArticleSearcher implements Closeable {

  public static ArticleSearcher open(Path dataDir) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  public SearchResult search(SearchRequest request) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  public Optional<StoredArticle> get(String id) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  public long count() throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  @Override
  public void close() throws IOException {
    throw new UnsupportedOperationException("TODO");
  }
}
