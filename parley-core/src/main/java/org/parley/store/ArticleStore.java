package org.parley.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.parley.entity.Entity;
import org.parley.entity.EntityLinker;
import org.parley.entity.NameKeys;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Mention;
import org.parley.model.Position;
import org.parley.model.Statement;

/**
 * The embedded Lucene index in the data directory ({@code DATA/index}), written by ingest. Adds
 * are buffered and committed in batches; readers only ever see committed batches. Thread-safe.
 */
public final class ArticleStore implements Closeable {

  /** Articles added between automatic commits, unless {@link #open(Path, int)} says otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 200;

  private final Path indexDir;
  private final Directory directory;
  private final IndexWriter writer;
  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
  private final int batchSize;
  /** Ids committed before this session opened the store; null for a new index. */
  private final DirectoryReader existing;

  private final IndexSearcher existingSearcher;
  private final Set<String> sessionIds = ConcurrentHashMap.newKeySet();
  private final AtomicLong added = new AtomicLong();
  private final AtomicLong sinceCommit = new AtomicLong();
  private volatile boolean closed;

  private ArticleStore(Path indexDir, Directory directory, IndexWriter writer, int batchSize)
      throws IOException {
    this.indexDir = indexDir;
    this.directory = directory;
    this.writer = writer;
    this.batchSize = batchSize;
    if (DirectoryReader.indexExists(directory)) {
      DirectoryReader reader = DirectoryReader.open(directory);
      try {
        IndexSchema.checkVersion(reader.getIndexCommit(), indexDir);
      } catch (IOException e) {
        reader.close();
        throw e;
      }
      this.existing = reader;
      this.existingSearcher = new IndexSearcher(existing);
    } else {
      this.existing = null;
      this.existingSearcher = null;
    }
  }

  /** Opens (creating if needed) the index in {@code dataDir/index}. */
  public static ArticleStore open(Path dataDir) throws IOException {
    return open(dataDir, DEFAULT_BATCH_SIZE);
  }

  /** As {@link #open(Path)}, committing automatically every {@code batchSize} adds. */
  public static ArticleStore open(Path dataDir, int batchSize) throws IOException {
    Objects.requireNonNull(dataDir, "dataDir");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
    }
    Path indexDir = indexDir(dataDir);
    Files.createDirectories(indexDir);
    Directory directory = FSDirectory.open(indexDir);
    IndexWriter writer;
    try {
      IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      config.setCommitOnClose(false);
      writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IOException(
          "the index in " + indexDir + " is in use by another Parley process (" + e.getMessage() + ")",
          e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    try {
      ArticleStore store = new ArticleStore(indexDir, directory, writer, batchSize);
      writer.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, IndexSchema.VERSION).entrySet());
      return store;
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      directory.close();
      throw e;
    }
  }

  /** Where the index of a data directory lives. */
  public static Path indexDir(Path dataDir) {
    return dataDir.resolve("index");
  }

  /** True if an article with this id is stored (committed) or was added in this session. */
  public boolean contains(String id) throws IOException {
    ensureOpen();
    if (id == null) {
      return false;
    }
    if (sessionIds.contains(id)) {
      return true;
    }
    // Everything committed in this session is in sessionIds; anything older is in `existing`
    // (the writer holds the index lock, so nobody else can have committed since we opened).
    return existingSearcher != null
        && existingSearcher.count(new TermQuery(new Term(IndexSchema.ID, id))) > 0;
  }

  /** Adds one article with its mentions; commits automatically every batch. */
  public void add(AnnotatedArticle article) throws IOException {
    add(article, List.of());
  }

  /**
   * Adds one article with its mentions and statements, atomically: readers see all of them or
   * none. Commits automatically every batch.
   */
  public void add(AnnotatedArticle article, List<Statement> statements) throws IOException {
    add(article, statements, List.of());
  }

  /**
   * Adds one article with its mentions, statements and positions, atomically: readers see all of
   * them or none. Commits automatically every batch.
   */
  public void add(AnnotatedArticle article, List<Statement> statements, List<Position> positions)
      throws IOException {
    ensureOpen();
    Objects.requireNonNull(article, "article");
    String id = article.article().id();
    List<Document> docs = new ArrayList<>(1 + statements.size() + positions.size());
    docs.add(facetsConfig.build(IndexSchema.toDocument(article)));
    for (Statement statement : statements) {
      docs.add(facetsConfig.build(StatementSchema.toDocument(statement, article.article())));
    }
    for (int i = 0; i < positions.size(); i++) {
      docs.add(facetsConfig.build(PositionSchema.toDocument(positions.get(i), i + 1, article.article())));
    }
    // An update, not an add: adding the same article twice (a race, a re-ingest) replaces it and
    // everything extracted from it.
    writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, id), docs);
    sessionIds.add(id);
    added.incrementAndGet();
    if (sinceCommit.incrementAndGet() >= batchSize) {
      synchronized (this) {
        if (sinceCommit.get() >= batchSize) {
          commit();
        }
      }
    }
  }

  /**
   * Re-links every stored article's mentions to canonical entities with {@code linker} (alias table,
   * context, descriptions, corpus merges) and rewrites the articles whose entities changed and the
   * entity catalogue. Reads stored mentions and text only: no NLP. Commits at the end.
   */
  public synchronized RelinkSummary relink(EntityLinker linker) throws IOException {
    ensureOpen();
    long started = System.nanoTime();
    commit();
    long articles = 0;
    long changed = 0;
    EntityLinker.Session session = linker.session();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      // pass 1: what names are there, how often, as what
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) {
            continue;
          }
          Document doc = stored.document(d, LINK_FIELDS);
          if (!IndexSchema.DOCTYPE_ARTICLE.equals(doc.get(IndexSchema.DOCTYPE))) {
            continue;
          }
          session.observe(link(linker, doc));
          articles++;
        }
      }
      session.freeze();
      // pass 2: apply the merges; rewrite what changed
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) {
            continue;
          }
          Document doc = stored.document(d, LINK_FIELDS);
          if (!IndexSchema.DOCTYPE_ARTICLE.equals(doc.get(IndexSchema.DOCTYPE))) {
            continue;
          }
          List<Mention> now = session.apply(link(linker, doc));
          if (!now.equals(IndexSchema.mentions(doc))) {
            Document full = stored.document(d);
            writer.updateDocument(
                new Term(IndexSchema.ID, full.get(IndexSchema.ID)),
                facetsConfig.build(IndexSchema.withMentions(full, now)));
            changed++;
          }
        }
      }
    }
    List<Entity> entities = session.entities();
    writer.deleteDocuments(new Term(IndexSchema.DOCTYPE, IndexSchema.DOCTYPE_ENTITY));
    for (Entity e : entities) {
      java.util.Set<String> keys = new java.util.LinkedHashSet<>();
      for (String n : concat(e.name(), e.aliases())) {
        keys.add(NameKeys.key(n));
        keys.add("t:" + NameKeys.translitKey(n));
      }
      writer.addDocument(
          IndexSchema.toEntityDocument(
              e.id(), e.name(), e.type().name(), e.aliases(), List.copyOf(keys), e.mentions(), e.articles()));
    }
    commit();
    return new RelinkSummary(articles, changed, entities.size(), (System.nanoTime() - started) / 1_000_000);
  }

  private static final Set<String> LINK_FIELDS =
      Set.of(IndexSchema.DOCTYPE, IndexSchema.ID, IndexSchema.TEXT, IndexSchema.PUBLISHED, IndexSchema.MENTIONS);

  private static List<Mention> link(EntityLinker linker, Document doc) {
    String published = doc.get(IndexSchema.PUBLISHED);
    return linker.linkArticle(
        doc.get(IndexSchema.TEXT),
        published == null ? null : LocalDate.parse(published),
        IndexSchema.mentions(doc));
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /** Makes everything added so far durable and visible to readers. */
  public synchronized void commit() throws IOException {
    ensureOpen();
    sinceCommit.set(0);
    writer.commit();
  }

  /** Articles added (or replaced) in this session. */
  public long addedCount() {
    return added.get();
  }

  /** The index directory ({@code dataDir/index}). */
  public Path indexDir() {
    return indexDir;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("article store " + indexDir + " is closed");
    }
  }

  /** Commits what was added, then releases the index. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    try {
      sinceCommit.set(0);
      writer.commit();
    } finally {
      closed = true;
      try {
        writer.close();
      } finally {
        try {
          if (existing != null) {
            existing.close();
          }
        } finally {
          directory.close();
        }
      }
    }
  }
}
