package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.query.ArticleSearcher;
import org.parley.query.SearchRequest;
import org.parley.query.StatementQuery;
import org.parley.query.StatementSearcher;
import org.parley.store.ArticleStore;

/**
 * kill -9 during ingest, at random points, several rounds; then a full run. The index must open,
 * hold each article once, and the final run must complete the rest with no duplicates.
 */
class CrashSafetyIT {
  private static final Path JAR = Path.of("target", "parley.jar");
  private static final int ARTICLES = 240;
  private static final int ROUNDS = Integer.getInteger("parley.crash.rounds", 3);

  @TempDir Path dir;

  private Process startIngest(Path data, Path input) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java, "-Xmx2g", "-jar", JAR.toString(), "ingest", "--data", data.toString(), "--commit-every", "10",
            "--threads", "2", input.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
  }

  @Test
  void killedIngestsLeaveAConsistentIndexAndTheRerunCompletesIt() throws Exception {
    Assumptions.assumeTrue(Files.exists(JAR), "target/parley.jar not built: run through mvn verify");
    Path input = dir.resolve("in");
    Set<String> ids = SyntheticArticles.write(input, ARTICLES, 42);
    Path data = dir.resolve("data");
    Random random = new Random(7);
    long previous = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Process child = startIngest(data, input);
      // Models load in ~5-10 s; kill somewhere in the annotation phase.
      boolean finished = child.waitFor(6_000 + random.nextInt(8_000), TimeUnit.MILLISECONDS);
      if (!finished) {
        child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no final commit
      }
      long stored = assertConsistent(data, ids);
      System.out.printf("crash round %d: %s, %d of %d articles committed%n", round, finished ? "ingest finished" : "killed", stored, ARTICLES);
      assertThat(stored).as("committed articles never go away").isGreaterThanOrEqualTo(previous);
      previous = stored;
    }
    Process last = startIngest(data, input);
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).as("final ingest finished").isTrue();
    assertThat(last.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
    assertThat(assertConsistent(data, ids)).isEqualTo(ARTICLES);
  }

  @Test
  void aSecondIngestIntoTheSameDataDirectoryIsRefused() throws Exception {
    Path data = dir.resolve("locked");
    Path input = dir.resolve("one");
    SyntheticArticles.write(input, 1, 1);
    try (ArticleStore holder = ArticleStore.open(data)) {
      assertThat(holder.indexDir()).exists();
      Cli second = Cli.run("ingest", "--data", data.toString(), input.toString());
      assertThat(second.exitCode()).isEqualTo(1);
      assertThat(second.err()).contains("in use by another Parley process");
    }
  }

  /** Every stored article is one of ours, stored once, and its statements are stored once. */
  private static long assertConsistent(Path data, Set<String> expectedIds) throws Exception {
    if (!Files.exists(data.resolve("index"))) {
      return 0;
    }
    try (var directory = org.apache.lucene.store.FSDirectory.open(data.resolve("index"))) {
      if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
        return 0; // killed before the first commit: nothing stored yet, and nothing half-stored
      }
    }
    try (ArticleSearcher articles = ArticleSearcher.open(data);
        StatementSearcher statements = StatementSearcher.open(data)) {
      long count = articles.count();
      var all = articles.search(new SearchRequest("*:*", null, null, null, null, (int) Math.max(1, count), 0));
      assertThat(all.total()).isEqualTo(count);
      Set<String> seen = new HashSet<>();
      all.hits().forEach(hit -> assertThat(seen.add(hit.id())).as("article stored once: " + hit.id()).isTrue());
      assertThat(expectedIds).containsAll(seen);
      Set<String> statementIds = new HashSet<>();
      statements.forEach(
          StatementQuery.all(),
          hit -> {
            assertThat(statementIds.add(hit.statement().id())).as("statement stored once").isTrue();
            assertThat(seen).contains(hit.statement().articleId());
          });
      return count;
    }
  }
}
