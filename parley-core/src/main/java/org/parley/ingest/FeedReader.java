package org.parley.ingest;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.DateSource;

/**
 * RSS 0.9x/2.0, RDF (RSS 1.0) and Atom feeds: each item or entry one article, streamed item by
 * item (a parsed item is dropped before the next is read). Text is {@code content:encoded}, Atom
 * {@code content}, {@code description} or {@code summary}, stripped of HTML; the outlet is the
 * channel's title; source {@code path#itemN}.
 *
 * <p>The XML is parsed by jsoup's lenient XML parser, which never loads a DTD or resolves an
 * external entity (no XXE); malformed feeds are read as far as they make sense.
 */
final class FeedReader {
  private static final Pattern ROOT =
      Pattern.compile("<([A-Za-z_][\\w.:-]*)");
  private static final Pattern EMAIL_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

  private FeedReader() {}

  /** The root element's name (as written) of an XML document's head, or null. */
  static String root(String head) {
    int i = 0;
    while (true) {
      int lt = head.indexOf('<', i);
      if (lt < 0 || lt + 1 >= head.length()) {
        return null;
      }
      char c = head.charAt(lt + 1);
      if (c == '?' || c == '!') {
        if (head.startsWith("<!--", lt)) {
          int end = head.indexOf("-->", lt);
          if (end < 0) {
            return null;
          }
          i = end + 3;
        } else {
          int end = head.indexOf('>', lt);
          if (end < 0) {
            return null;
          }
          i = end + 1;
        }
        continue;
      }
      Matcher m = ROOT.matcher(head);
      return m.find(lt) && m.start() == lt ? m.group(1) : null;
    }
  }

  /** True when the root names a feed: rss, feed (Atom), rdf:RDF or channel. */
  static boolean isFeedRoot(String root) {
    if (root == null) {
      return false;
    }
    String local = root.substring(root.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    return local.equals("rss") || local.equals("feed") || local.equals("rdf") || local.equals("channel");
  }

  /** Reads every item of the feed in {@code in}; {@code source} names the feed. */
  static void read(Reader in, String source, String feedUrl, ReadContext ctx) throws IOException {
    try (StreamParser stream = new StreamParser(Parser.xmlParser()).parse(in, feedUrl == null ? "" : feedUrl)) {
      String outlet = null;
      boolean outletKnown = false;
      int n = 0;
      Element item;
      while ((item = stream.selectNext("item, entry")) != null) {
        n++;
        if (!outletKnown) {
          Element title =
              stream.document().selectFirst("channel > title, feed > title, title");
          outlet = title == null || title.parent() == item ? null : strip(title.text());
          outletKnown = true;
        }
        String itemSource = source + "#item" + n;
        try {
          ctx.emit(article(item, itemSource, outlet, ctx.report));
        } catch (ReadContext.SinkFailure e) {
          throw e;
        } catch (RuntimeException e) {
          ctx.report.skip(itemSource, "unreadable item: " + ReadContext.describe(e));
        }
        item.remove();
      }
      if (n == 0) {
        ctx.report.skip(source, "feed has no items");
      }
    }
  }

  static Article article(Element item, String source, String outlet, IngestReport report) {
    String title = strip(text(child(item, "title")));
    String url = link(item);
    String rawDate =
        HtmlMetadata.first(
            text(child(item, "pubDate")),
            text(child(item, "dc:date")),
            text(child(item, "published")),
            text(child(item, "issued")),
            text(child(item, "updated")),
            text(child(item, "modified")));
    LocalDate date = rawDate == null ? null : Dates.parse(rawDate);
    String author = author(item);
    String html =
        HtmlMetadata.first(
            markup(child(item, "content:encoded")),
            markup(child(item, "content")),
            markup(child(item, "description")),
            markup(child(item, "summary")),
            markup(child(item, "dc:description")));
    String text = html == null ? "" : HtmlExtractor.Text.of(Jsoup.parseBodyFragment(html).body());
    if (text.isBlank()) {
      report.skip(source, "item has no text (no description or content)");
      return null;
    }
    if (text.length() > RecordMapper.MAX_TEXT_CHARS) {
      report.skip(source, "text too long (" + text.length() + " chars)");
      return null;
    }
    String language = text(child(item, "dc:language"));
    return new Article(
        ArticleId.of(text),
        source,
        outlet != null ? outlet : Outlets.fromUrl(url),
        title,
        RecordMapper.authors(author),
        date,
        date == null ? DateSource.NONE : DateSource.METADATA,
        HtmlReader.language(language),
        url,
        null,
        text,
        List.of());
  }

  private static Element child(Element parent, String name) {
    for (Element c : parent.children()) {
      if (c.tagName().equalsIgnoreCase(name)) {
        return c;
      }
    }
    return null;
  }

  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String t = e.text().strip();
    return t.isEmpty() ? null : t;
  }

  /** An element's content as HTML: escaped HTML or CDATA as text, inline XHTML as markup. */
  private static String markup(Element e) {
    if (e == null) {
      return null;
    }
    String s = e.children().isEmpty() ? e.wholeText() : e.html();
    return s.isBlank() ? null : s;
  }

  /** Plain text of a title that may hold (escaped) HTML. */
  private static String strip(String s) {
    if (s == null) {
      return null;
    }
    String t = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parse(s).text() : s;
    t = t.strip();
    return t.isEmpty() ? null : t;
  }

  private static String link(Element item) {
    String best = null;
    for (Element c : item.children()) {
      if (!c.tagName().equalsIgnoreCase("link")) {
        continue;
      }
      String href = c.attr("href").strip();
      if (!href.isEmpty()) {
        String rel = c.attr("rel");
        if (rel.isEmpty() || rel.equals("alternate")) {
          return c.absUrl("href").isEmpty() ? href : c.absUrl("href");
        }
        if (best == null) {
          best = href;
        }
      } else if (!c.text().isBlank()) {
        return c.text().strip();
      }
    }
    if (best != null) {
      return best;
    }
    Element guid = child(item, "guid");
    if (guid != null && !guid.attr("isPermaLink").equalsIgnoreCase("false")) {
      String g = guid.text().strip();
      if (g.startsWith("http")) {
        return g;
      }
    }
    String about = item.attr("rdf:about").strip();
    return about.isEmpty() ? null : about;
  }

  private static String author(Element item) {
    Element a = child(item, "author");
    if (a != null) {
      Element name = child(a, "name");
      String s = name != null ? name.text().strip() : a.text().strip();
      Matcher m = EMAIL_NAME.matcher(s);
      if (m.matches()) {
        s = m.group(1);
      }
      if (!s.isEmpty() && !s.contains("@")) {
        return s;
      }
    }
    return HtmlMetadata.first(text(child(item, "dc:creator")), text(child(item, "dc:author")));
  }
}
