package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.model.Article;

class ArchivesTest {
  @TempDir Path dir;

  private Path gzip(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }

  @Test
  void gzipByInnerName() throws IOException {
    Path html = gzip("page.html.gz", HtmlReaderTest.page("").getBytes(StandardCharsets.UTF_8));
    Path csv = gzip("rows.csv.gz", "title,text\nA,First text said.\nB,Second text said.\n".getBytes(StandardCharsets.UTF_8));
    Collected c = Collected.read(html, csv);
    assertThat(c.articles).hasSize(3);
    assertThat(c.articles.get(0).title()).isEqualTo("Pier to open by summer");
    assertThat(c.articles.get(0).source()).isEqualTo(html.toString());
    assertThat(c.articles.get(1).source()).isEqualTo(csv + "#1");
    assertThat(c.skips).isEmpty();
    assertThat(c.bytesDone).isEqualTo(Sources.totalBytes(List.of(html, csv)));
  }

  @Test
  void zipEntriesByTheirNames() throws IOException {
    Path zip = dir.resolve("bundle.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("a/story.txt"));
      out.write("The minister said talks would resume.".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("b/page.htm"));
      out.write(HtmlReaderTest.page("").getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("c/picture.jpg"));
      out.write(new byte[] {1, 2, 3});
      out.putNextEntry(new ZipEntry("d/"));
      out.closeEntry();
    }
    Collected c = Collected.read(zip);
    assertThat(c.articles).extracting(Article::source).containsExactly(zip + "!/a/story.txt", zip + "!/b/page.htm");
    assertThat(c.articles.get(0).text()).isEqualTo("The minister said talks would resume.");
    assertThat(c.skips).containsExactly(zip + "!/c/picture.jpg: unsupported file type");
  }

  @Test
  void gzipBombIsSkipped() throws IOException {
    Path bomb = dir.resolve("bomb.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 40; i++) {
        out.write(zeros);
      }
    }
    Collected c = Collected.read(bomb);
    assertThat(c.articles).isEmpty();
    assertThat(c.skips).singleElement().asString().startsWith(bomb + ": decompresses over 200 times its size");
  }

  @Test
  void warcResponsesWithHtml() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      writer.write(
          new WarcResponse.Builder("https://coast.example/pier")
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("text/html; charset=utf-8"), HtmlReaderTest.page("").getBytes(StandardCharsets.UTF_8))
                      .build())
              .build());
      writer.write(
          new WarcResponse.Builder("https://coast.example/logo.png")
              .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2}).build())
              .build());
    }
    Collected c = Collected.read(warc);
    Article a = c.only();
    assertThat(a.url()).isEqualTo("https://coast.example/pier");
    assertThat(a.source()).isEqualTo(warc + "#https://coast.example/pier");
    assertThat(a.text()).startsWith(HtmlReaderTest.PARA1);
    assertThat(c.skips).isEmpty();
  }
}
