package org.parley.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.store.ArticleStore;

/**
 * The server answers searches while an ingest writes into the same data directory: every answer
 * is a committed state (counts never go back), and new batches show up without a restart.
 */
class ServeWhileIngestingTest {
  @TempDir Path data;

  private static AnnotatedArticle article(int i) {
    String text = "Bulletin " + i + ": the Ostmark mediator said the ceasefire held overnight.";
    return new AnnotatedArticle(
        new Article(ArticleId.of(text), "gen" + i, "Wire", "Bulletin " + i, null, null, null, "en", null, null, text, List.of()),
        List.of(),
        List.of());
  }

  @Test
  void searchesDuringAnIngestSeeOnlyCommittedBatchesAndCatchUp() throws Exception {
    int total = 61;
    try (ArticleStore store = ArticleStore.open(data, 5)) {
      store.add(article(0));
      store.commit();
      try (WebServer server = WebServer.open(data).start("127.0.0.1", 0)) {
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer =
            new Thread(
                () -> {
                  try {
                    for (int i = 1; i < total; i++) {
                      store.add(article(i));
                      Thread.sleep(25);
                    }
                    store.commit();
                  } catch (Exception e) {
                    writerFailure.set(e);
                  }
                });
        writer.start();
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=ceasefire");
        long last = 0;
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
          assertThat(r.statusCode()).isEqualTo(200);
          long seen = json.readTree(r.body()).get("total").asLong();
          assertThat(seen).as("committed articles never disappear from answers").isGreaterThanOrEqualTo(last);
          // one article committed first, then batches of five: 1, 6, 11, ... never a half batch
          assertThat((seen - 1) % 5 == 0 || seen == total).as("a committed batch boundary: " + seen).isTrue();
          last = seen;
          if (!writer.isAlive() && seen == total) {
            break;
          }
          Thread.sleep(200);
        }
        writer.join();
        assertThat(writerFailure.get()).isNull();
        assertThat(last).as("the server caught up with the finished ingest").isEqualTo(total);
      }
    }
  }
}
