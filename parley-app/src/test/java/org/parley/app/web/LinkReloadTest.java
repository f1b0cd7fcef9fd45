package org.parley.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.link.LinkStore;

/** A running server shows the links of the latest {@code parley link} run without a restart. */
class LinkReloadTest {
  @TempDir Path data;

  private static long clusters(WebFixture web) throws Exception {
    return WebServerTest.json(web.get("/api/clusters")).get("total").asLong();
  }

  /** Asks until the count is {@code expected}, for at most 20 seconds (the server looks every 2). */
  private static long awaitClusters(WebFixture web, long expected) throws Exception {
    long deadline = System.currentTimeMillis() + 20_000;
    long n = clusters(web);
    while (n != expected && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
      n = clusters(web);
    }
    return n;
  }

  @Test
  void replacedLinksShowUpWhileServing() throws Exception {
    try (WebFixture web = new WebFixture(data)) {
      assertThat(clusters(web)).isEqualTo(2);
      LinkStore.write(data, List.of(), List.of(), null);
      assertThat(awaitClusters(web, 0)).isZero();
      assertThat(web.get("/cluster/c:a-plan%231").statusCode()).isEqualTo(404);
      WebFixture.writeLinks(data);
      assertThat(awaitClusters(web, 2)).isEqualTo(2);
      assertThat(web.get("/cluster/c:a-plan%231").statusCode()).isEqualTo(200);
    }
  }
}
