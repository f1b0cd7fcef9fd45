package org.parley.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page metadata in the order publishers state it most reliably: JSON-LD ({@code NewsArticle} and
 * kin), then {@code <meta>} tags (Dublin Core, OpenGraph, Twitter, Parse.ly), then the page itself
 * ({@code <title>} without its site part, {@code <time datetime>}, {@code <html lang>}).
 */
final class HtmlMetadata {
  private static final ObjectMapper JSON =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  private static final Pattern ARTICLE_TYPES =
      Pattern.compile(
          "^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle"
              + "|BackgroundNewsArticle|BlogPosting|DiscussionForumPosting|LiveBlogPosting"
              + "|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle"
              + "|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|TechArticle)$");
  private static final Pattern PROPERTY =
      Pattern.compile(
          "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME =
      Pattern.compile(
          "^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(?:article|webpage))\\s*[-.:]\\s*)?"
              + "(author|creator|pub-date|description|title|site_name)\\s*$",
          Pattern.CASE_INSENSITIVE);
  static final String SEPARATORS = "|\\-\u2013\u2014\\\\/>\u00bb";
  private static final Pattern SEPARATOR = Pattern.compile(" [" + SEPARATORS + "] ");
  private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>\u00bb] ");

  String title;
  String byline;
  List<String> authors = List.of();
  String siteName;
  String published;
  String language;
  String description;
  String url;
  /** The JSON-LD articleBody, when the page states one. */
  String jsonLdBody;

  static HtmlMetadata of(Document doc) {
    HtmlMetadata m = new HtmlMetadata();
    Map<String, String> values = metaValues(doc);
    JsonLd ld = jsonLd(doc);
    m.title =
        first(
            ld.title,
            values.get("dc:title"),
            values.get("dcterm:title"),
            values.get("og:title"),
            values.get("weibo:article:title"),
            values.get("weibo:webpage:title"),
            values.get("title"),
            values.get("twitter:title"),
            values.get("parsely-title"));
    if (m.title == null) {
      m.title = articleTitle(doc);
    }
    m.byline =
        first(
            ld.byline,
            values.get("dc:creator"),
            values.get("dcterm:creator"),
            values.get("author"),
            values.get("parsely-author"));
    m.authors = ld.authors.isEmpty() ? RecordMapper.authors(m.byline) : ld.authors;
    if (m.byline != null && looksLikeUrl(m.byline)) {
      m.byline = null;
      m.authors = List.of();
    }
    m.siteName = first(ld.siteName, values.get("og:site_name"));
    m.published =
        first(ld.datePublished, values.get("article:published_time"), values.get("parsely-pub-date"));
    if (m.published == null) {
      m.published =
          first(
              metaContent(doc, "meta[itemprop=datePublished]"),
              metaContent(doc, "meta[name=date], meta[name=DC.date.issued], meta[name=dc.date]"),
              metaContent(doc, "meta[name=publish-date], meta[name=publication_date]"),
              metaContent(doc, "meta[property=og:published_time]"),
              timeDatetime(doc));
    }
    m.description =
        first(
            ld.description,
            values.get("dc:description"),
            values.get("dcterm:description"),
            values.get("og:description"),
            values.get("weibo:article:description"),
            values.get("weibo:webpage:description"),
            values.get("description"),
            values.get("twitter:description"));
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").strip();
    if (lang.isEmpty() && html != null) {
      lang = html.attr("xml:lang").strip();
    }
    if (lang.isEmpty()) {
      lang = metaContent(doc, "meta[http-equiv=content-language], meta[property=og:locale]");
    }
    m.language = lang == null || lang.isEmpty() ? null : lang;
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    m.url = first(canonical == null ? null : canonical.absUrl("href"), ld.url, values.get("og:url"));
    m.jsonLdBody = ld.body;
    return m;
  }

  private static boolean looksLikeUrl(String s) {
    return s.startsWith("http://") || s.startsWith("https://");
  }

  private static String metaContent(Document doc, String query) {
    Element e = doc.selectFirst(query);
    if (e == null) {
      return null;
    }
    String c = e.attr("content").strip();
    return c.isEmpty() ? null : c;
  }

  private static String timeDatetime(Document doc) {
    for (Element t : doc.select("time[datetime]")) {
      String v = t.attr("datetime").strip();
      if (v.length() >= 8 && Dates.parse(v) != null) {
        return v;
      }
    }
    return null;
  }

  static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** Meta tag values by normalised property/name, first one wins. */
  private static Map<String, String> metaValues(Document doc) {
    Map<String, String> values = new HashMap<>();
    for (Element meta : doc.select("meta")) {
      String name = meta.attr("name");
      String property = meta.attr("property");
      String content = meta.attr("content");
      if (content.isBlank()) {
        continue;
      }
      boolean matched = false;
      if (!property.isEmpty()) {
        Matcher p = PROPERTY.matcher(property);
        while (p.find()) {
          String key = p.group().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
          values.put(key, content.strip());
          matched = true;
        }
      }
      if (!matched && !name.isEmpty() && NAME.matcher(name).matches()) {
        String key =
            name.toLowerCase(Locale.ROOT).replaceAll("\\s", "").replace('.', ':');
        values.put(key, content.strip());
      }
    }
    return values;
  }

  private static final class JsonLd {
    String title;
    String byline;
    List<String> authors = List.of();
    String siteName;
    String datePublished;
    String description;
    String url;
    String body;
  }

  private static JsonLd jsonLd(Document doc) {
    JsonLd out = new JsonLd();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String content = script.data().strip().replaceAll("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$", "");
      JsonNode root;
      try {
        root = JSON.readTree(content);
      } catch (Exception e) {
        continue;
      }
      JsonNode article = findArticle(root, 0);
      if (article == null) {
        continue;
      }
      String name = text(article.get("name"));
      String headline = text(article.get("headline"));
      if (name != null && headline != null && !name.equals(headline)) {
        String docTitle = articleTitle(doc);
        boolean nameMatches = similarity(name, docTitle) > 0.75;
        boolean headlineMatches = similarity(headline, docTitle) > 0.75;
        out.title = headlineMatches && !nameMatches ? headline : name;
      } else {
        out.title = first(name, headline);
      }
      JsonNode author = article.get("author");
      List<String> names = new ArrayList<>();
      if (author != null) {
        if (author.isArray()) {
          for (JsonNode a : author) {
            String n = a.isTextual() ? a.asText() : text(a.get("name"));
            if (n != null && !n.isBlank()) {
              names.add(n.strip());
            }
          }
        } else {
          String n = author.isTextual() ? author.asText() : text(author.get("name"));
          if (n != null && !n.isBlank()) {
            names.add(n.strip());
          }
        }
      }
      if (!names.isEmpty()) {
        out.byline = String.join(", ", names);
        Set<String> distinct = new LinkedHashSet<>(names);
        out.authors = List.copyOf(distinct);
      }
      out.description = text(article.get("description"));
      JsonNode publisher = article.get("publisher");
      if (publisher != null) {
        out.siteName = publisher.isTextual() ? publisher.asText() : text(publisher.get("name"));
      }
      out.datePublished = text(article.get("datePublished"));
      out.url = text(article.get("url"));
      out.body = text(article.get("articleBody"));
      return out;
    }
    return out;
  }

  private static JsonNode findArticle(JsonNode node, int depth) {
    if (node == null || depth > 4) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findArticle(n, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode type = node.get("@type");
    if (type != null) {
      if (type.isArray()) {
        for (JsonNode t : type) {
          if (ARTICLE_TYPES.matcher(t.asText()).matches()) {
            return node;
          }
        }
      } else if (ARTICLE_TYPES.matcher(type.asText()).matches()) {
        return node;
      }
    }
    return findArticle(node.get("@graph"), depth + 1);
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    if (n.isObject()) {
      return null;
    }
    String s = n.asText().strip();
    return s.isEmpty() ? null : org.jsoup.parser.Parser.unescapeEntities(s, false);
  }

  /** Share of {@code b}'s words not in {@code a}, as readability measures title similarity. */
  static double similarity(String a, String b) {
    if (a == null || b == null) {
      return 0;
    }
    List<String> ta = words(a.toLowerCase(Locale.ROOT));
    List<String> tb = words(b.toLowerCase(Locale.ROOT));
    if (ta.isEmpty() || tb.isEmpty()) {
      return 0;
    }
    List<String> uniq = new ArrayList<>();
    for (String t : tb) {
      if (!ta.contains(t)) {
        uniq.add(t);
      }
    }
    double distance = (double) String.join(" ", uniq).length() / String.join(" ", tb).length();
    return 1 - distance;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.split("\\W+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static int wordCount(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** The {@code <title>} without the site's name, the way Readability cuts it. */
  static String articleTitle(Document doc) {
    String orig = doc.title().strip();
    String cur = orig;
    boolean hierarchical = false;
    Matcher sep = SEPARATOR.matcher(orig);
    if (sep.find()) {
      hierarchical = HIERARCHICAL.matcher(orig).find();
      int last = sep.start();
      while (sep.find()) {
        last = sep.start();
      }
      cur = orig.substring(0, last);
      if (wordCount(cur) < 3) {
        cur = orig.replaceFirst("^[^" + SEPARATORS + "]*[" + SEPARATORS + "]", "");
      }
    } else if (cur.contains(": ")) {
      boolean match = false;
      for (Element h : doc.select("h1, h2")) {
        if (h.text().strip().equals(cur.strip())) {
          match = true;
          break;
        }
      }
      if (!match) {
        cur = orig.substring(orig.lastIndexOf(':') + 1);
        if (wordCount(cur) < 3) {
          cur = orig.substring(orig.indexOf(':') + 1);
        } else if (wordCount(orig.substring(0, orig.indexOf(':'))) > 5) {
          cur = orig;
        }
      }
    } else if (cur.length() > 150 || cur.length() < 15) {
      List<Element> h1 = doc.select("h1");
      if (h1.size() == 1) {
        cur = h1.get(0).text();
      }
    }
    cur = cur.strip().replaceAll("\\s{2,}", " ");
    int count = wordCount(cur);
    if (count <= 4
        && (!hierarchical
            || count != wordCount(orig.replaceAll("[" + SEPARATORS + "]+", "")) - 1)) {
      cur = orig;
    }
    return cur;
  }
}
