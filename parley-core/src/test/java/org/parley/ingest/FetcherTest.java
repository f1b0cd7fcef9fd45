package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

/** Fetching against a local server on 127.0.0.1 (never the internet). */
class FetcherTest {
  private HttpServer server;
  private java.util.concurrent.ExecutorService executor;
  private String base;
  private final List<String> userAgents = new ArrayList<>();

  private static final Fetcher.Options FAST =
      new Fetcher.Options(Duration.ofSeconds(2), Duration.ofMillis(700), 64 * 1024, 5, Duration.ofMillis(1), true);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/robots.txt", ex -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    server.createContext(
        "/article",
        ex -> {
          userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
          send(ex, 200, "text/html; charset=utf-8", HtmlReaderTest.page(""));
        });
    server.createContext(
        "/feed",
        ex ->
            send(
                ex,
                200,
                "application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local Feed</title>"
                    + "<item><title>One</title><link>http://x/1</link><description>First said.</description></item>"
                    + "<item><title>Two</title><link>http://x/2</link><description>Second said.</description></item>"
                    + "</channel></rss>"));
    server.createContext("/moved", ex -> redirect(ex, "/article"));
    server.createContext("/loop-a", ex -> redirect(ex, "/loop-b"));
    server.createContext("/loop-b", ex -> redirect(ex, "/loop-a"));
    server.createContext(
        "/slow",
        ex -> {
          try {
            Thread.sleep(1500);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          send(ex, 200, "text/html", "<p>late</p>");
        });
    server.createContext(
        "/huge",
        ex -> {
          ex.getResponseHeaders().add("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to trust
          try (OutputStream out = ex.getResponseBody()) {
            byte[] chunk = "<p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>\n".repeat(100).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 100; i++) {
              out.write(chunk);
            }
          } catch (IOException e) {
            // client hung up: expected
          }
        });
    server.createContext("/image.png", ex -> send(ex, 200, "image/png", "\u0089PNG"));
    server.createContext("/private/page", ex -> send(ex, 200, "text/html", HtmlReaderTest.page("")));
    server.createContext("/", ex -> send(ex, 404, "text/plain", "not found"));
    executor = java.util.concurrent.Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().add("Location", to);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private Collected fetch(String... urls) {
    Collected c = new Collected();
    ReadContext ctx = new ReadContext(new RecordMapper(FieldMapping.DEFAULT), c.articles::add, c);
    Fetcher fetcher = new Fetcher(FAST);
    for (String url : urls) {
      fetcher.read(url, ctx);
    }
    return c;
  }

  @Test
  void pageGivesItsArticleWithOurUserAgent() {
    Collected c = fetch(base + "/article");
    Article a = c.only();
    assertThat(a.title()).isEqualTo("Pier to open by summer");
    assertThat(a.text()).startsWith(HtmlReaderTest.PARA1);
    assertThat(a.source()).isEqualTo(base + "/article");
    assertThat(a.url()).isEqualTo(base + "/article");
    assertThat(userAgents).singleElement().asString().startsWith("Parley/");
  }

  @Test
  void feedGivesItsItems() {
    Collected c = fetch(base + "/feed");
    assertThat(c.articles).extracting(Article::text).containsExactly("First said.", "Second said.");
    assertThat(c.articles).extracting(Article::source).containsExactly(base + "/feed#item1", base + "/feed#item2");
    assertThat(c.articles).allSatisfy(a -> assertThat(a.outlet()).isEqualTo("Local Feed"));
  }

  @Test
  void redirectIsFollowed() {
    Article a = fetch(base + "/moved").only();
    assertThat(a.url()).isEqualTo(base + "/article");
    assertThat(a.source()).isEqualTo(base + "/moved");
  }

  @Test
  void failuresAreOneLineSkips() {
    Collected c =
        fetch(
            base + "/loop-a",
            base + "/slow",
            base + "/huge",
            base + "/image.png",
            base + "/missing",
            base + "/private/page");
    assertThat(c.articles).isEmpty();
    assertThat(c.skips)
        .containsExactly(
            base + "/loop-a: redirect loop at " + base + "/loop-a",
            base + "/slow: timed out after 700 ms",
            base + "/huge: response too large (over 65536 bytes)",
            base + "/image.png: unsupported content type image/png",
            base + "/missing: HTTP 404",
            base + "/private/page: disallowed by robots.txt");
  }

  @Test
  void sourcesReadsUrlsAndPathsTogether() {
    Collected c = new Collected();
    Sources.readInputs(List.of(base + "/missing"), FieldMapping.DEFAULT, c.articles::add, c);
    assertThat(c.skips).containsExactly(base + "/missing: HTTP 404");
  }

  @Test
  void robotsRules() {
    Fetcher.Robots r =
        Fetcher.Robots.parse(
            "User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /tmp/\nAllow: /tmp/ok\nDisallow: /*.pdf$\n",
            "parley");
    assertThat(r.allows("/news/1")).isTrue();
    assertThat(r.allows("/tmp/x")).isFalse();
    assertThat(r.allows("/tmp/ok/1")).isTrue();
    assertThat(r.allows("/a/b.pdf")).isFalse();
    assertThat(r.allows("/a/b.pdf?x")).isTrue();
    Fetcher.Robots mine = Fetcher.Robots.parse("User-agent: *\nDisallow:\n\nUser-agent: Parley\nDisallow: /\n", "parley");
    assertThat(mine.allows("/x")).isFalse();
  }
}
