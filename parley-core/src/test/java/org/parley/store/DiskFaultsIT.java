package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.query.ArticleSearcher;

/**
 * A full disk and a read-only data directory, on a small tmpfs mounted for the test (needs root;
 * skipped with a message otherwise): a clear error, and the committed index stays readable.
 */
class DiskFaultsIT {
  @TempDir Path tmp;
  private Path mount;

  @BeforeEach
  void mountSmallDisk() throws Exception {
    mount = tmp.resolve("disk");
    Files.createDirectories(mount);
    Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount.toString()), "cannot mount a tmpfs here (not root?): skipping");
  }

  @AfterEach
  void unmount() throws Exception {
    run("umount", "-l", mount.toString());
  }

  private static boolean run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  private static AnnotatedArticle article(int i, Random random) {
    StringBuilder text = new StringBuilder("Bulletin " + i + " from the Valdoria talks.\n");
    while (text.length() < 20_000) {
      text.append("Delegate ").append(Long.toString(random.nextLong(), 36)).append(" spoke about the ceasefire. ");
    }
    String body = text.toString();
    return new AnnotatedArticle(
        new Article(ArticleId.of(body), "gen" + i, null, "Bulletin " + i, null, null, null, "en", null, null, body, List.of()),
        List.of(),
        List.of());
  }

  @Test
  void aFullDiskFailsClearlyAndKeepsTheCommittedArticles() throws Exception {
    Path data = mount.resolve("data");
    Random random = new Random(3);
    long committed = 0;
    try (ArticleStore store = ArticleStore.open(data, 1000)) {
      for (int i = 0; i < 20; i++) {
        store.add(article(i, random));
      }
      store.commit();
      committed = 20;
      IOException failure = null;
      try {
        for (int i = 20; i < 2_000; i++) {
          store.add(article(i, random));
          if (i % 20 == 0) {
            store.commit();
            committed = i + 1;
          }
        }
      } catch (IOException e) {
        failure = e;
      }
      assertThat(failure).as("the disk filled up").isNotNull();
      assertThat(failure.toString()).containsIgnoringCase("space");
    } catch (IOException | IllegalStateException closeFailure) {
      // closing a writer whose disk is full may fail too; what matters is what is on disk
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(data)) {
      assertThat(searcher.count()).isGreaterThanOrEqualTo(committed).isGreaterThanOrEqualTo(20);
    }
  }

  @Test
  void aReadOnlyDataDirectoryIsRefusedAndStaysReadable() throws Exception {
    Path data = mount.resolve("data");
    try (ArticleStore store = ArticleStore.open(data)) {
      store.add(article(1, new Random(1)));
    }
    assertThat(run("mount", "-o", "remount,ro", mount.toString())).isTrue();
    assertThatThrownBy(() -> ArticleStore.open(data)).isInstanceOf(IOException.class);
    try (ArticleSearcher searcher = ArticleSearcher.open(data)) {
      assertThat(searcher.count()).isEqualTo(1);
    }
  }
}
