package org.parley.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.parley.store.ArticleStore;
import org.parley.store.IndexSchema;

/**
 * The committed index of a data directory, opened for reading with a checked schema version; what
 * every searcher of the query package reads through.
 */
final class CommittedIndex implements java.io.Closeable {
  private final Directory directory;
  private final SearcherManager manager;

  private CommittedIndex(Directory directory, SearcherManager manager) {
    this.directory = directory;
    this.manager = manager;
  }

  SearcherManager manager() {
    return manager;
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }

  /**
   * @throws IOException when there is no index there yet ({@code no index in DIR: run parley
   *     ingest first}) or it has another schema version
   */
  static CommittedIndex open(Path dataDir) throws IOException {
    Path indexDir = ArticleStore.indexDir(dataDir);
    if (!Files.isDirectory(indexDir)) {
      throw new IOException("no index in " + dataDir + ": run parley ingest first");
    }
    Directory directory = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IOException("no index in " + dataDir + ": run parley ingest first");
      }
      SearcherManager manager = new SearcherManager(directory, new FacetedSearcher.Factory());
      IndexSearcher searcher = manager.acquire();
      try {
        DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
        IndexSchema.checkVersion(reader.getIndexCommit(), indexDir);
      } catch (IOException e) {
        manager.release(searcher);
        manager.close();
        throw e;
      }
      manager.release(searcher);
      return new CommittedIndex(directory, manager);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }
}
