package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.AnnotatedArticle;

class ArticleStoreTest {
  @TempDir Path data;

  private int committedDocs() throws IOException {
    try (Directory dir = FSDirectory.open(data.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.numDocs();
    }
  }

  @Test
  void createsIndexDirectoryAndCommitsOnClose() throws IOException {
    try (ArticleStore store = ArticleStore.open(data)) {
      assertThat(data.resolve("index")).isDirectory();
      store.add(TestArticles.plan());
      store.add(TestArticles.harbour());
    }
    assertThat(committedDocs()).isEqualTo(2);
  }

  @Test
  void containsSeesSessionAndCommittedIdsAcrossRuns() throws IOException {
    try (ArticleStore store = ArticleStore.open(data)) {
      assertThat(store.contains("a-plan")).isFalse();
      store.add(TestArticles.plan());
      assertThat(store.contains("a-plan")).isTrue(); // added, not yet committed
    }
    try (ArticleStore store = ArticleStore.open(data)) {
      assertThat(store.contains("a-plan")).isTrue(); // from the previous run
      assertThat(store.contains("a-harbour")).isFalse();
      assertThat(store.contains(null)).isFalse();
      store.add(TestArticles.plan()); // re-adding replaces, never duplicates
      store.add(TestArticles.harbour());
    }
    assertThat(committedDocs()).isEqualTo(2);
  }

  @Test
  void uncommittedAddsAreInvisibleToReaders() throws IOException {
    ArticleStore store = ArticleStore.open(data, 1000);
    try {
      store.add(TestArticles.plan());
      store.add(TestArticles.harbour());
      store.commit();
      store.add(TestArticles.weather());
      // like a crash mid-batch: a reader on the directory sees the last commit only
      assertThat(committedDocs()).isEqualTo(2);
    } finally {
      store.close();
    }
    assertThat(committedDocs()).isEqualTo(3);
  }

  @Test
  void commitsAutomaticallyEveryBatch() throws IOException {
    try (ArticleStore store = ArticleStore.open(data, 5)) {
      for (AnnotatedArticle a : TestArticles.fillers(12)) {
        store.add(a);
      }
      assertThat(committedDocs()).isEqualTo(10);
      assertThat(store.addedCount()).isEqualTo(12);
    }
    assertThat(committedDocs()).isEqualTo(12);
  }

  @Test
  void concurrentAddsNeitherLoseNorDuplicate() throws Exception {
    List<AnnotatedArticle> fillers = TestArticles.fillers(100);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (ArticleStore store = ArticleStore.open(data, 37)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (AnnotatedArticle a : fillers) {
                    store.add(a); // every thread adds every article
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(committedDocs()).isEqualTo(100);
  }

  @Test
  void rejectsUseAfterCloseAndBadBatchSize() throws IOException {
    ArticleStore store = ArticleStore.open(data);
    store.close();
    store.close(); // idempotent
    assertThatThrownBy(() -> store.add(TestArticles.plan()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ArticleStore.open(data, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void secondWriterIsRefusedClearly() throws IOException {
    try (ArticleStore store = ArticleStore.open(data)) {
      assertThat(store.indexDir()).exists();
      assertThatThrownBy(() -> ArticleStore.open(data))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("in use");
    }
  }

  @Test
  void refusesAnIndexWithAnotherSchemaVersion() throws IOException {
    try (Directory dir = FSDirectory.open(data.resolve("index"));
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      w.setLiveCommitData(java.util.Map.of(IndexSchema.VERSION_KEY, "0").entrySet());
      w.commit();
    }
    assertThatThrownBy(() -> ArticleStore.open(data))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("schema version 0");
    assertThatThrownBy(() -> org.parley.query.ArticleSearcher.open(data))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("schema version 0");
    // the failed open released the lock
    try (Directory dir = FSDirectory.open(data.resolve("index"));
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      assertThat(w.getDocStats().numDocs).isZero();
    }
  }

  @Test
  void jsonCodecRoundTripsSpansAndMentions() {
    AnnotatedArticle a = TestArticles.plan();
    assertThat(IndexSchema.spansFromJson(IndexSchema.toJson(a.article().junk())))
        .isEqualTo(a.article().junk());
    assertThat(IndexSchema.mentionsFromJson(IndexSchema.toJson(a.mentions())))
        .isEqualTo(a.mentions());
    assertThat(IndexSchema.mentionsFromJson(null)).isEmpty();
  }
}
