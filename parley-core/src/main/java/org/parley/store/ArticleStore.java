package org.parley.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.parley.model.AnnotatedArticle;

/**
 * The embedded Lucene index in the data directory ({@code DATA/index}), written by ingest. Adds
 * are buffered and committed in batches; readers only ever see committed batches. Thread-safe.
 */
public final class ArticleStore implements Closeable {

  public static ArticleStore open(Path dataDir) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** True if an article with this id is stored (committed) or was added in this session. */
  public boolean contains(String id) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** Adds one article with its mentions; commits automatically every batch. */
  public void add(AnnotatedArticle article) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** Makes everything added so far durable and visible to readers. */
  public void commit() throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  @Override
  public void close() throws IOException {
    throw new UnsupportedOperationException("TODO");
  }
}
