package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

/** Hostile and broken files: each gives one clear line, and the good file beside it is read. */
class HostileInputTest {
  @TempDir Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<String> skips = new ArrayList<>();

  private final IngestReport report =
      new IngestReport() {
        @Override
        public void warn(String source, String message) {}

        @Override
        public void skip(String source, String reason) {
          skips.add(source + ": " + reason);
        }
      };

  private void readAll() {
    Sources.read(List.of(dir), FieldMapping.DEFAULT, articles::add, report);
  }

  private void good() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "The Ostmark envoy said talks would resume on Monday.\n");
  }

  @Test
  void binaryFileIsSkippedAsBinary() throws IOException {
    byte[] bytes = new byte[4096];
    new Random(5).nextBytes(bytes);
    Files.write(dir.resolve("image.txt"), bytes);
    good();
    readAll();
    assertThat(articles).extracting(Article::source).allMatch(s -> s.endsWith("good.txt")).hasSize(1);
    assertThat(skips).anyMatch(s -> s.contains("image.txt") && s.contains("binary"));
  }

  @Test
  void aTwoHundredMegabyteFileIsSkippedWithoutReadingIt() throws IOException {
    try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(200L * 1024 * 1024); // sparse: costs no disk
    }
    good();
    readAll();
    assertThat(articles).hasSize(1);
    assertThat(skips).anyMatch(s -> s.contains("huge.txt") && s.contains("too large"));
  }

  @Test
  void aFiftyMegabyteLineInJsonlIsSkippedAndTheNextLineRead() throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve("wire.jsonl"), StandardCharsets.UTF_8)) {
      w.write("{\"title\": \"big\", \"text\": \"");
      String chunk = "word ".repeat(10_000);
      for (int i = 0; i < 1_000; i++) {
        w.write(chunk);
      }
      w.write("\"}\n{\"title\": \"small\", \"text\": \"Karsk rejected the plan, officials said.\"}\n");
    }
    readAll();
    assertThat(articles).extracting(Article::title).containsExactly("small");
    assertThat(skips).anyMatch(s -> s.contains("wire.jsonl#1") && s.contains("length"));
  }

  @Test
  void deeplyNestedHtmlDoesNotBreakTheRun() throws IOException {
    StringBuilder html = new StringBuilder("<html><head><title>Deep</title></head><body>");
    html.append("<div>".repeat(20_000)).append("<p>The Valdorian minister said the corridor would open at dawn, according to the ministry.</p>");
    html.append("</div>".repeat(20_000)).append("</body></html>");
    Files.writeString(dir.resolve("deep.html"), html);
    good();
    readAll();
    assertThat(articles).extracting(Article::source).anyMatch(s -> s.endsWith("good.txt"));
    assertThat(skips).anyMatch(s -> s.contains("deep.html") && s.contains("nested too deeply"));
  }

  @Test
  void aFeedWithAHundredThousandItemsIsStreamed() throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve("big.rss"), StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>");
      for (int i = 0; i < 100_000; i++) {
        w.write("<item><title>Item " + i + "</title><description>Envoy " + i + " said the talks continue.</description></item>");
      }
      w.write("</channel></rss>");
    }
    int[] count = {0};
    Sources.read(List.of(dir), FieldMapping.DEFAULT, a -> count[0]++, report);
    assertThat(count[0]).isEqualTo(100_000);
  }

  @Test
  void oddCharactersInPathsAreFine() throws IOException {
    Path odd = dir.resolve("d\u00e9p\u00eache 'quoted' \"x\" [1] #2 \u043d\u043e\u0432\u0438\u043d\u0438");
    Files.createDirectories(odd);
    Files.writeString(odd.resolve("a b\u00a0c;&.txt"), "The mediator said both sides agreed to a prisoner exchange.\n");
    readAll();
    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).source()).contains("a b");
  }
}
