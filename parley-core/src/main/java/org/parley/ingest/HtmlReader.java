package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.DateSource;

/**
 * A saved web page is one article: the body {@link HtmlExtractor} finds (paragraphs separated by
 * blank lines, title not included), with the page's title, byline, date, site name and language.
 */
final class HtmlReader {
  /** Largest page we parse. */
  static final int MAX_BYTES = 20 * 1024 * 1024;

  private HtmlReader() {}

  static void read(Path file, String source, ReadContext ctx) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      read(in, source, null, null, ctx);
    }
  }

  /** Reads one page from a stream (a file, a gzip or zip entry, a WARC record, a download). */
  static void read(InputStream in, String source, String charset, String url, ReadContext ctx)
      throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      ctx.report.skip(source, "page too large (over " + MAX_BYTES + " bytes)");
      return;
    }
    readBytes(bytes, source, charset, url, ctx);
  }

  static void readBytes(byte[] bytes, String source, String charset, String url, ReadContext ctx) {
    Decoding.Plan plan = Decoding.planMarkup(bytes, charset);
    if (plan.warning() != null) {
      ctx.report.warn(source, plan.warning());
    }
    HtmlExtractor.Result page = HtmlExtractor.extract(plan.decode(bytes), url == null ? "" : url);
    ctx.emit(article(page, source, url, ctx.report));
  }

  static Article article(HtmlExtractor.Result page, String source, String url, IngestReport report) {
    String text = page.text();
    if (text.isBlank()) {
      report.skip(source, "no article text found in the page");
      return null;
    }
    if (text.length() > RecordMapper.MAX_TEXT_CHARS) {
      report.skip(source, "text too long (" + text.length() + " chars)");
      return null;
    }
    String pageUrl = url != null ? url : page.url();
    String outlet = page.siteName() != null ? page.siteName() : Outlets.fromUrl(pageUrl);
    return new Article(
        ArticleId.of(text),
        source,
        outlet,
        page.title(),
        page.authors(),
        page.published(),
        page.published() == null ? DateSource.NONE : DateSource.METADATA,
        language(page.language()),
        pageUrl,
        null,
        text,
        List.of());
  }

  /** "en-US" -> "en". */
  static String language(String lang) {
    if (lang == null) {
      return null;
    }
    String l = lang.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    int dash = l.indexOf('-');
    l = dash > 0 ? l.substring(0, dash) : l;
    return l.matches("[a-z]{2,3}") ? l : null;
  }
}
