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
import org.parley.model.DateSource;

class HtmlReaderTest {
  @TempDir Path dir;

  static final String PARA1 =
      "The harbour master said on Tuesday that the new pier, which cost the town more than it had"
          + " planned, would open to ferries by the end of the summer season.";
  static final String PARA2 =
      "Residents, who had waited years for the work to finish, said the delays had hurt the"
          + " fishing trade, the cafes and the small shops along the front.";
  static final String PARA3 =
      "The council said it would publish the final accounts in the autumn, after an audit, and"
          + " that no further borrowing would be needed for the project.";

  static String page(String charsetMeta) {
    return "<!doctype html><html lang=\"en-GB\"><head>"
        + charsetMeta
        + "<title>Pier to open by summer | Coast Gazette</title>"
        + "<meta property=\"og:site_name\" content=\"Coast Gazette\">"
        + "<meta property=\"article:published_time\" content=\"2024-05-07T09:30:00+01:00\">"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"Pier to open by summer\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"}],"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Coast Gazette\"}}</script>"
        + "</head><body>"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>"
        + "<div class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">Storm closes the coast road again</a></li>"
        + "<li><a href=\"/b\">Lifeboat crew honoured at the palace</a></li></ul></div>"
        + "<article class=\"story\"><h1>Pier to open by summer</h1>"
        + "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a></div>"
        + "<p>" + PARA1 + "</p>"
        + "<figure><img src=\"pier.jpg\"><figcaption>The pier in April, photographed by a drone</figcaption></figure>"
        + "<p>" + PARA2 + "</p>"
        + "<!-- advert slot -->"
        + "<div class=\"ad-break\">Advertisement</div>"
        + "<p>" + PARA3 + "</p>"
        + "<aside class=\"related\"><h2>Related stories</h2><ul><li><a href=\"/c\">Harbour dredging plan approved by the council</a></li></ul></aside>"
        + "</article>"
        + "<section id=\"comments\"><h2>Comments</h2><p>Great news, finally, said a reader who signed as Bob in the comments.</p></section>"
        + "<footer><p>Copyright Coast Gazette 2024. All rights reserved.</p></footer>"
        + "</body></html>";
  }

  @Test
  void extractsBodyAndMetadata() throws IOException {
    Path file = dir.resolve("pier.html");
    Files.writeString(file, page("<meta charset=\"utf-8\">"), StandardCharsets.UTF_8);
    Collected c = Collected.read(file);
    Article a = c.only();
    assertThat(a.text()).isEqualTo(PARA1 + "\n\n" + PARA2 + "\n\n" + PARA3);
    assertThat(a.title()).isEqualTo("Pier to open by summer");
    assertThat(a.authors()).containsExactly("Ann Lee");
    assertThat(a.outlet()).isEqualTo("Coast Gazette");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 5, 7));
    assertThat(a.dateSource()).isEqualTo(DateSource.METADATA);
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.source()).isEqualTo(file.toString());
    assertThat(c.skips).isEmpty();
  }

  @Test
  void titleWithoutSiteSuffixAndTimeElement() {
    String html =
        "<html><head><title>Mayor resigns after long budget row - Valley News</title></head><body>"
            + "<div id=\"content\"><p class=\"byline\">By Jo Smith</p><time datetime=\"2023-11-02T10:00:00Z\">2 Nov</time>"
            + "<p>" + PARA1 + "</p><p>" + PARA2 + "</p></div></body></html>";
    HtmlExtractor.Result r = HtmlExtractor.extract(html, "https://valley.example/news/1");
    assertThat(r.title()).isEqualTo("Mayor resigns after long budget row");
    assertThat(r.published()).isEqualTo(LocalDate.of(2023, 11, 2));
    assertThat(r.byline()).isEqualTo("By Jo Smith");
    assertThat(r.authors()).containsExactly("Jo Smith");
    assertThat(r.text()).isEqualTo(PARA1 + "\n\n" + PARA2);
  }

  @Test
  void declaredCharsetIsUsed() throws IOException {
    Charset cp1251 = Charset.forName("windows-1251");
    String russian = "Мэр сказал, что мост откроется весной, несмотря на задержки и споры о бюджете города.";
    String html =
        page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")
            .replace(PARA2, russian);
    Path file = dir.resolve("ru.htm");
    Files.write(file, html.getBytes(cp1251));
    Article a = Collected.read(file).only();
    assertThat(a.text()).contains(russian);
  }
}
