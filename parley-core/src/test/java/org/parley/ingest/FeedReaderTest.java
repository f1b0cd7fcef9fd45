package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

class FeedReaderTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void rss2ItemsAreArticles() throws IOException {
    Path file =
        write(
            "news.rss",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Valley News</title>"
                + "<link>https://valley.example/</link>"
                + "<item><title>Mayor &amp; council agree</title><link>https://valley.example/1</link>"
                + "<pubDate>Tue, 07 May 2024 09:30:00 +0100</pubDate><dc:creator>Jo Smith</dc:creator>"
                + "<description>Short teaser.</description>"
                + "<content:encoded><![CDATA[<p>The mayor said the deal was done.</p><p>The council agreed.</p>]]></content:encoded></item>"
                + "<item><title>Second</title><link>https://valley.example/2</link>"
                + "<description>&lt;p&gt;A spokesman said &lt;b&gt;no&lt;/b&gt; comment.&lt;/p&gt;</description></item>"
                + "<item><title>Empty</title></item>"
                + "</channel></rss>");
    Collected c = Collected.read(file);
    assertThat(c.articles).hasSize(2);
    Article a = c.articles.get(0);
    assertThat(a.title()).isEqualTo("Mayor & council agree");
    assertThat(a.text()).isEqualTo("The mayor said the deal was done.\n\nThe council agreed.");
    assertThat(a.url()).isEqualTo("https://valley.example/1");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 5, 7));
    assertThat(a.authors()).containsExactly("Jo Smith");
    assertThat(a.outlet()).isEqualTo("Valley News");
    assertThat(a.source()).isEqualTo(file + "#item1");
    assertThat(c.articles.get(1).text()).isEqualTo("A spokesman said no comment.");
    assertThat(c.skips).containsExactly(file + "#item3: item has no text (no description or content)");
  }

  @Test
  void atomAndRdf() throws IOException {
    Path atom =
        write(
            "feed.atom",
            "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom Times</title>"
                + "<entry><title type=\"html\">A &lt;em&gt;big&lt;/em&gt; day</title>"
                + "<link rel=\"alternate\" href=\"https://atom.example/a\"/><published>2023-01-02T10:00:00Z</published>"
                + "<author><name>Ann Lee</name></author>"
                + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>She said yes.</p></div></content></entry></feed>");
    Path rdf =
        write(
            "feed.rdf",
            "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel rdf:about=\"https://rdf.example/\"><title>RDF Daily</title></channel>"
                + "<item rdf:about=\"https://rdf.example/x\"><title>X</title><dc:date>2022-03-04</dc:date>"
                + "<description>He said no.</description></item></rdf:RDF>");
    Article a = Collected.read(atom).only();
    assertThat(a.title()).isEqualTo("A big day");
    assertThat(a.text()).isEqualTo("She said yes.");
    assertThat(a.url()).isEqualTo("https://atom.example/a");
    assertThat(a.authors()).containsExactly("Ann Lee");
    assertThat(a.outlet()).isEqualTo("Atom Times");
    Article r = Collected.read(rdf).only();
    assertThat(r.url()).isEqualTo("https://rdf.example/x");
    assertThat(r.published()).isEqualTo(LocalDate.of(2022, 3, 4));
    assertThat(r.outlet()).isEqualTo("RDF Daily");
  }

  @Test
  void declaredEncodingAndNoExternalEntities() throws IOException {
    Path secret = write("secret.txt", "TOPSECRET");
    String xml =
        "<?xml version=\"1.0\" encoding=\"KOI8-R\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]><rss><channel><title>Лента</title><item><title>Новость</title>"
            + "<description>Министр сказал: да. &xxe;</description></item></channel></rss>";
    Path file = dir.resolve("koi.xml");
    Files.write(file, xml.getBytes(Charset.forName("KOI8-R")));
    Article a = Collected.read(file).only();
    assertThat(a.text()).startsWith("Министр сказал: да.").doesNotContain("TOPSECRET");
    assertThat(a.outlet()).isEqualTo("Лента");
  }

  @Test
  void xmlThatIsNotAFeedIsSkipped() throws IOException {
    Path file = write("data.xml", "<?xml version=\"1.0\"?><!-- c --><catalog><book/></catalog>");
    Collected c = Collected.read(file);
    assertThat(c.articles).isEmpty();
    assertThat(c.skips).containsExactly(file + ": XML document <catalog> is not a feed");
  }
}
