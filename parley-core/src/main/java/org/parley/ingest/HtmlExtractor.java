package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article in a web page: metadata (see {@link HtmlMetadata}) and the main body text,
 * without navigation, ads, related-story lists, captions, share bars or comments.
 *
 * <p>Body extraction scores candidate blocks the way Readability does (paragraph text length and
 * commas flow up to ancestors; class/id hints; link density), takes the best block with its
 * related siblings, then cleans boilerplate out of it conditionally. The text keeps one paragraph
 * per block, paragraphs separated by a blank line; the title is not part of it.
 */
public final class HtmlExtractor {
  /** What was found in one page. Any field but {@code text} may be null. */
  public record Result(
      String title,
      String byline,
      List<String> authors,
      String publishedRaw,
      LocalDate published,
      String siteName,
      String language,
      String url,
      String text) {}

  private static final Pattern UNLIKELY =
      Pattern.compile(
          "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr"
              + "|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social"
              + "|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"
              + "|newsletter|share|sharing|promo|recommend|subscribe|outbrain|taboola|cookie",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MAYBE =
      Pattern.compile("and|article|body|column|content|main|mathjax|shadow", Pattern.CASE_INSENSITIVE);
  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead"
              + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
              + "|shopping|tags|widget|caption|newsletter|byline|author|dateline|timestamp",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE =
      Pattern.compile("byline|author|dateline|writtenby|p-author", Pattern.CASE_INSENSITIVE);
  private static final Pattern AD_WORDS =
      Pattern.compile(
          "^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern LOADING_WORDS =
      Pattern.compile(
          "^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern VIDEOS =
      Pattern.compile(
          "//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq)\\.com"
              + "|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMAS = Pattern.compile("[\\u002C\\u060C\\uFE50\\uFE10\\uFE11\\u2E41\\u2E34\\u2E32\\uFF0C]");
  private static final Set<String> UNLIKELY_ROLES =
      Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");
  private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
  private static final Set<String> DIV_TO_P = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
  private static final Set<String> PHRASING =
      Set.of(
          "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em",
          "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object",
          "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong",
          "sub", "sup", "textarea", "time", "var", "wbr", "a", "del", "ins", "font", "u", "s", "strike",
          "tt", "big");
  private static final Set<String> ALWAYS_REMOVE =
      Set.of(
          "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "link",
          "button", "input", "select", "textarea", "nav", "aside", "footer", "figcaption", "figure",
          "canvas", "video", "audio", "picture", "map", "dialog", "menu", "form");

  private static final int CHAR_THRESHOLD = 500;
  /** Tag, keyword and breadcrumb lists inside the article. */
  private static final Pattern TAG_LIST =
      Pattern.compile(
          "(^|[\\s_-])(tags|tag-?list|post-tags|entry-tags|keywords|breadcrumbs?|share-?bar|social-?share|sharing)($|\\s)",
          Pattern.CASE_INSENSITIVE);
  /** Photo captions and credits. */
  private static final Pattern CAPTION =
      Pattern.compile(
          "(^|[\\s_-])(caption|wp-caption-text|image-?credit|photo-?credit|credits?|img-?caption)($|\\s)",
          Pattern.CASE_INSENSITIVE);
  /** A line that only says when the story was published or updated. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(published|updated|posted|last updated|first published)\\b[^.]*\\d{4}",
          Pattern.CASE_INSENSITIVE);
  /** A block of nothing but share buttons. */
  private static final Pattern SHARE_ONLY =
      Pattern.compile(
          "^([\\p{P}\\p{S}]|share|shares|tweet|whatsapp|facebook|twitter|pinterest|pint|pin|linkedin|email|e-mail|print|reddit"
              + "|copy|link|compartilhar|compartir|partager|teilen|baixar|messenger|telegram|flipboard|tumblr|\\s)+$",
          Pattern.CASE_INSENSITIVE);
  /** Reader comment sections, removed before scoring whatever the pass. */
  private static final Pattern COMMENTS =
      Pattern.compile(
          "(^|\\s)(comments?(-(area|list|section|wrapper|container|block))?|commentlist|disqus_thread|respond|comment-respond)(\\s|$)",
          Pattern.CASE_INSENSITIVE);
  /** A laxer attempt replaces a stricter one only when its text is this much longer. */
  private static final double FALLBACK_GAIN = 1.5;
  private static final int TOP_CANDIDATES = 5;

  private static final int FLAG_STRIP_UNLIKELYS = 1;
  private static final int FLAG_WEIGHT_CLASSES = 2;
  private static final int FLAG_CLEAN_CONDITIONALLY = 4;

  private final Map<Element, Double> scores = new IdentityHashMap<>();
  private final Set<Element> dataTables = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private int flags = FLAG_STRIP_UNLIKELYS | FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY;
  private String articleTitle;
  private String foundByline;

  private HtmlExtractor() {}

  /** Parses {@code html} (relative links against {@code baseUri}, which may be empty). */
  public static Result extract(String html, String baseUri) {
    int depth = nestingDepth(html);
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("HTML nested too deeply (about " + depth + " levels; at most " + MAX_DEPTH + ")");
    }
    return extract(Jsoup.parse(html, baseUri == null ? "" : baseUri));
  }

  /** Real pages nest a few dozen levels; thousands is an attack or a broken generator. */
  static final int MAX_DEPTH = 1_000;

  private static final java.util.Set<String> VOID_TAGS =
      java.util.Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
          "track", "wbr", "p", "li", "option", "td", "tr", "th", "dt", "dd");

  /**
   * An upper-bound estimate of element nesting from a linear scan of the tags (no parse): void
   * and optional-end elements do not count.
   */
  static int nestingDepth(String html) {
    int depth = 0;
    int max = 0;
    int n = html.length();
    for (int i = html.indexOf('<'); i >= 0 && i + 1 < n; i = html.indexOf('<', i + 1)) {
      char c = html.charAt(i + 1);
      if (c == '/') {
        depth = Math.max(0, depth - 1);
      } else if (Character.isLetter(c)) {
        int end = i + 1;
        while (end < n && Character.isLetterOrDigit(html.charAt(end))) {
          end++;
        }
        String tag = html.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT);
        int close = html.indexOf('>', end);
        boolean selfClosing = close > 0 && html.charAt(close - 1) == '/';
        if (!selfClosing && !VOID_TAGS.contains(tag)) {
          max = Math.max(max, ++depth);
        }
      }
    }
    return max;
  }

  /**
   * Decodes a page's bytes (byte-order mark, then {@code charset} if given, e.g. from HTTP, then
   * the page's own declaration, then detection) and extracts from it.
   */
  public static Result extract(byte[] bytes, String charset, String baseUri) {
    Decoding.Plan plan = Decoding.planMarkup(bytes, charset);
    return extract(plan.decode(bytes), baseUri);
  }

  /** Extracts from a parsed page; the document is changed in the process. */
  public static Result extract(Document doc) {
    HtmlMetadata meta = HtmlMetadata.of(doc);
    HtmlExtractor x = new HtmlExtractor();
    x.articleTitle = meta.title;
    String text = x.body(doc);
    String byline = meta.byline != null ? meta.byline : x.foundByline;
    List<String> authors = meta.byline != null ? meta.authors : RecordMapper.authors(x.foundByline);
    LocalDate date = meta.published == null ? null : Dates.parse(meta.published);
    return new Result(
        meta.title,
        byline,
        authors,
        meta.published,
        date,
        meta.siteName,
        meta.language,
        meta.url,
        text);
  }

  // ---------------------------------------------------------------- body

  private String body(Document doc) {
    prepare(doc);
    Document pristine = doc.clone();
    String best = null;
    int bestLength = -1;
    int[] attempts = {
      flags, flags & ~FLAG_STRIP_UNLIKELYS, flags & ~FLAG_STRIP_UNLIKELYS & ~FLAG_WEIGHT_CLASSES, 0
    };
    for (int i = 0; i < attempts.length; i++) {
      flags = attempts[i];
      scores.clear();
      dataTables.clear();
      Document work = i == 0 ? doc : pristine.clone();
      Element article = grab(work);
      String text = article == null ? "" : Text.of(article);
      int length = text.length();
      if (length >= CHAR_THRESHOLD) {
        return text;
      }
      if (length > bestLength * FALLBACK_GAIN) {
        best = text;
        bestLength = length;
      }
    }
    return best == null ? "" : best;
  }

  /** Removes what is never article text: scripts, styles, comments, hidden elements, forms. */
  private static void prepare(Document doc) {
    List<Node> comments = new ArrayList<>();
    doc.traverse(
        (node, depth) -> {
          if (node instanceof Comment) {
            comments.add(node);
          }
        });
    comments.forEach(Node::remove);
    for (Element e : doc.select("*")) {
      if (e.parent() == null && !(e instanceof Document)) {
        continue; // removed with an ancestor
      }
      String tag = e.normalName();
      if (ALWAYS_REMOVE.contains(tag) && !((tag.equals("figure") || tag.equals("form")) && keepFigure(e))) {
        e.remove();
      } else if ((COMMENTS.matcher(e.id()).find() || COMMENTS.matcher(e.className()).find())
          && !tag.equals("body") && !tag.equals("html") && !tag.equals("article") && !tag.equals("main")) {
        e.remove();
      } else if (isHidden(e)) {
        e.remove();
      } else if (tag.equals("font")) {
        e.tagName("span");
      }
    }
  }

  /** A figure or form that wraps article text (some sites wrap whole pages in a form) stays. */
  private static boolean keepFigure(Element figure) {
    return figure.select("p").size() > 2;
  }

  private static boolean isHidden(Element e) {
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    if (style.contains("display:none") || style.contains("visibility:hidden")) {
      return true;
    }
    if (e.hasAttr("hidden")) {
      return true;
    }
    return e.attr("aria-hidden").equals("true") && !e.className().contains("fallback-image");
  }

  private boolean flag(int f) {
    return (flags & f) != 0;
  }

  private Element grab(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    List<Element> toScore = new ArrayList<>();
    boolean shouldRemoveTitleHeader = true;
    Element node = doc.child(0);
    while (node != null) {
      String tag = node.normalName();
      String match = node.className() + " " + node.id();
      if (node.attr("aria-modal").equals("true") && node.attr("role").equals("dialog")) {
        node = removeAndGetNext(node);
        continue;
      }
      if (checkByline(node, match)) {
        node = removeAndGetNext(node);
        continue;
      }
      if (shouldRemoveTitleHeader && headerDuplicatesTitle(node)) {
        shouldRemoveTitleHeader = false;
        node = removeAndGetNext(node);
        continue;
      }
      if (flag(FLAG_STRIP_UNLIKELYS)) {
        if (UNLIKELY.matcher(match).find()
            && !MAYBE.matcher(match).find()
            && !hasAncestor(node, "table")
            && !hasAncestor(node, "code")
            && !tag.equals("body")
            && !tag.equals("a")
            && !tag.equals("html")) {
          node = removeAndGetNext(node);
          continue;
        }
        if (UNLIKELY_ROLES.contains(node.attr("role"))) {
          node = removeAndGetNext(node);
          continue;
        }
      }
      if ((tag.equals("div")
              || tag.equals("section")
              || tag.equals("header")
              || tag.matches("h[1-6]"))
          && withoutContent(node)) {
        node = removeAndGetNext(node);
        continue;
      }
      if (TAGS_TO_SCORE.contains(tag)) {
        toScore.add(node);
      }
      if (tag.equals("div")) {
        wrapPhrasing(node);
        if (hasSingleTagInside(node, "p") && linkDensity(node) < 0.25) {
          Element child = node.child(0);
          node.replaceWith(child);
          node = child;
          toScore.add(node);
        } else if (!hasChildBlock(node)) {
          node.tagName("p");
          toScore.add(node);
        }
      }
      node = next(node, false);
    }

    List<Element> candidates = new ArrayList<>();
    for (Element e : toScore) {
      Element parent = e.parent();
      if (parent == null || e.ownerDocument() == null) {
        continue;
      }
      String text = e.text();
      if (text.length() < 25) {
        continue;
      }
      List<Element> ancestors = ancestors(e, 5);
      if (ancestors.isEmpty()) {
        continue;
      }
      double score = 1 + COMMAS.split(text, -1).length + Math.min(Math.floor(text.length() / 100.0), 3);
      for (int level = 0; level < ancestors.size(); level++) {
        Element a = ancestors.get(level);
        if (a.parent() == null) {
          continue;
        }
        if (!scores.containsKey(a)) {
          scores.put(a, initialScore(a));
          candidates.add(a);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.put(a, scores.get(a) + score / divider);
      }
    }

    List<Element> top = new ArrayList<>();
    for (Element c : candidates) {
      double s = scores.get(c) * (1 - linkDensity(c));
      scores.put(c, s);
      int i = 0;
      while (i < top.size() && scores.get(top.get(i)) >= s) {
        i++;
      }
      if (i < TOP_CANDIDATES) {
        top.add(i, c);
        if (top.size() > TOP_CANDIDATES) {
          top.remove(top.size() - 1);
        }
      }
    }

    Element topCandidate = top.isEmpty() ? null : top.get(0);
    if (topCandidate == null || topCandidate.normalName().equals("body")) {
      Element div = doc.createElement("div");
      for (Node child : new ArrayList<>(body.childNodes())) {
        div.appendChild(child);
      }
      body.appendChild(div);
      scores.put(div, initialScore(div));
      topCandidate = div;
    } else {
      List<List<Element>> alternatives = new ArrayList<>();
      for (int i = 1; i < top.size(); i++) {
        if (scores.get(top.get(i)) / scores.get(topCandidate) >= 0.75) {
          alternatives.add(ancestors(top.get(i), 0));
        }
      }
      if (alternatives.size() >= 3) {
        Element parent = topCandidate.parent();
        while (parent != null && !parent.normalName().equals("body")) {
          int containing = 0;
          for (List<Element> alt : alternatives) {
            if (containsIdentity(alt, parent)) {
              containing++;
            }
          }
          if (containing >= 3) {
            topCandidate = parent;
            break;
          }
          parent = parent.parent();
        }
      }
      if (!scores.containsKey(topCandidate)) {
        scores.put(topCandidate, initialScore(topCandidate));
      }
      Element parent = topCandidate.parent();
      double last = scores.get(topCandidate);
      double threshold = last / 3;
      while (parent != null && !parent.normalName().equals("body")) {
        Double ps = scores.get(parent);
        if (ps == null) {
          parent = parent.parent();
          continue;
        }
        if (ps < threshold) {
          break;
        }
        if (ps > last) {
          topCandidate = parent;
          break;
        }
        last = ps;
        parent = parent.parent();
      }
      parent = topCandidate.parent();
      while (parent != null && !parent.normalName().equals("body") && parent.children().size() == 1) {
        topCandidate = parent;
        parent = topCandidate.parent();
      }
      if (!scores.containsKey(topCandidate)) {
        scores.put(topCandidate, initialScore(topCandidate));
      }
    }

    Element article = new Element("div");
    double topScore = scores.get(topCandidate);
    double siblingThreshold = Math.max(10, topScore * 0.2);
    Element parent = topCandidate.parent();
    List<Element> siblings = parent == null ? List.of(topCandidate) : new ArrayList<>(parent.children());
    for (Element sibling : siblings) {
      boolean append = false;
      if (sibling == topCandidate) {
        append = true;
      } else {
        double bonus = 0;
        if (!sibling.className().isEmpty() && sibling.className().equals(topCandidate.className())) {
          bonus += topScore * 0.2;
        }
        Double ss = scores.get(sibling);
        if (ss != null && ss + bonus >= siblingThreshold) {
          append = true;
        } else if (sibling.normalName().equals("p")) {
          double ld = linkDensity(sibling);
          String content = sibling.text();
          int len = content.length();
          if (len > 80 && ld < 0.25) {
            append = true;
          } else if (len < 80 && len > 0 && ld == 0 && content.matches("(?s).*\\.( |$).*")) {
            append = true;
          }
        }
      }
      if (append) {
        article.appendChild(sibling);
      }
    }
    prepArticle(article);
    return article;
  }

  private static boolean containsIdentity(List<Element> list, Element e) {
    for (Element x : list) {
      if (x == e) {
        return true;
      }
    }
    return false;
  }

  private void prepArticle(Element article) {
    markDataTables(article);
    cleanConditionally(article, "fieldset");
    clean(article, "h1");
    cleanHeaders(article);
    cleanConditionally(article, "table");
    cleanConditionally(article, "ul");
    cleanConditionally(article, "ol");
    cleanConditionally(article, "div");
    cleanConditionally(article, "section");
    for (Element e : article.select("*")) {
      if (e.parent() == null) {
        continue;
      }
      String match = e.className() + " " + e.id();
      if (TAG_LIST.matcher(match).find()
          || CAPTION.matcher(match).find()
          || SHARE_ONLY.matcher(e.text()).matches()) {
        e.remove();
      }
    }
    for (Element block : article.select("p, h2, h3, h4, h5, h6")) {
      if (block.parent() == null) {
        continue;
      }
      String text = block.text();
      if (text.length() < 150 && linkDensity(block) > 0.5 && !hasAncestor(block, "blockquote")) {
        block.remove(); // a short link line: navigation, "read more", tags
      }
    }
    for (Element list : article.select("ul, ol")) {
      if (list.parent() == null || hasAncestor(list, "blockquote")) {
        continue;
      }
      int items = list.select("li").size();
      if (items > 0 && linkDensity(list) > 0.6 && list.text().length() / items < 100) {
        list.remove(); // a list of story links: related, most read, see also
      }
    }
    for (Element h : article.select("h2, h3, h4, h5, h6")) {
      if (h.parent() != null && h.text().length() < 100 && !hasTextAfter(h)) {
        h.remove(); // a heading with nothing under it ("Related links", "Top video")
      }
    }
    for (Element p : article.select("p, div, span")) {
      if (p.parent() != null && p.text().length() < 120 && DATELINE.matcher(p.text().strip()).find()) {
        p.remove(); // "Published Monday, November 18, 2019 8:22AM EST"
      }
    }
    for (Element time : article.select("time")) {
      Element block = time.parent();
      if (block != null && block.normalName().equals("p") && block.text().strip().equals(time.text().strip())) {
        block.remove(); // a dateline paragraph: metadata, not text
      }
    }
    for (Element p : article.select("p")) {
      if (p.select("img, embed, object, iframe").isEmpty() && p.text().isBlank()) {
        p.remove();
      }
    }
  }

  /** True when some text follows the heading before the next heading (in document order). */
  private static boolean hasTextAfter(Element heading) {
    Node n = heading;
    while (n != null) {
      Node next = n.nextSibling();
      while (next == null && n.parent() != null) {
        n = n.parent();
        next = n.nextSibling();
      }
      if (next == null) {
        return false;
      }
      if (next instanceof Element e) {
        if (e.normalName().matches("h[1-6]")) {
          return false;
        }
        if (e.text().strip().length() > 0 || e.normalName().equals("img") || !e.select("img").isEmpty()) {
          return true;
        }
      } else if (next instanceof TextNode t && !t.isBlank()) {
        return true;
      }
      n = next;
    }
    return false;
  }

  private void clean(Element root, String tag) {
    for (Element e : root.select(tag)) {
      e.remove();
    }
  }

  private void cleanHeaders(Element root) {
    for (Element h : root.select("h1, h2")) {
      if (classWeight(h) < 0) {
        h.remove();
      }
    }
  }

  private void markDataTables(Element root) {
    for (Element table : root.select("table")) {
      if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
        continue;
      }
      if (!table.attr("summary").isEmpty()
          || !table.select("caption, col, colgroup, tfoot, thead, th").isEmpty()) {
        dataTables.add(table);
        continue;
      }
      if (!table.select("table").not(":root").isEmpty()) {
        continue; // nested tables: layout
      }
      int rows = table.select("tr").size();
      int columns = 0;
      for (Element tr : table.select("tr")) {
        columns = Math.max(columns, tr.select("td").size());
      }
      if (rows >= 10 || columns > 4 || rows * columns > 10) {
        dataTables.add(table);
      }
    }
  }

  private boolean inDataTable(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (dataTables.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private void cleanConditionally(Element root, String tag) {
    if (!flag(FLAG_CLEAN_CONDITIONALLY)) {
      return;
    }
    List<Element> nodes = new ArrayList<>(root.select(tag));
    for (int i = nodes.size() - 1; i >= 0; i--) {
      Element node = nodes.get(i);
      if (node.parent() == null || node == root) {
        continue;
      }
      if (tag.equals("table") && dataTables.contains(node)) {
        continue;
      }
      if (inDataTable(node) || hasAncestor(node, "code")) {
        continue;
      }
      boolean isList = tag.equals("ul") || tag.equals("ol");
      String text = node.text();
      if (!isList) {
        int listLength = 0;
        for (Element l : node.select("ul, ol")) {
          listLength += l.text().length();
        }
        isList = text.length() > 0 && (double) listLength / text.length() > 0.9;
      }
      double weight = classWeight(node);
      double score = scores.getOrDefault(node, 0.0);
      if (weight + score < 0) {
        node.remove();
        continue;
      }
      if (count(text, ',') < 10) {
        int p = node.select("p").size();
        int img = node.select("img").size();
        int li = node.select("li").size() - 100;
        int input = node.select("input").size();
        double headingDensity = textDensity(node, "h1, h2, h3, h4, h5, h6");
        int embeds = 0;
        for (Element em : node.select("object, embed, iframe")) {
          boolean video = false;
          for (org.jsoup.nodes.Attribute a : em.attributes()) {
            if (VIDEOS.matcher(a.getValue()).find()) {
              video = true;
            }
          }
          if (!video) {
            embeds++;
          }
        }
        if (AD_WORDS.matcher(text.strip()).matches() || LOADING_WORDS.matcher(text.strip()).matches()) {
          node.remove();
          continue;
        }
        int contentLength = text.length();
        double ld = linkDensity(node);
        boolean figure = hasAncestor(node, "figure");
        boolean remove =
            (img > 1 && (double) p / img < 0.5 && !figure)
                || (!isList && li > p)
                || (input > Math.floor(p / 3.0))
                || (!isList
                    && headingDensity < 0.9
                    && contentLength < 25
                    && (img == 0 || img > 2)
                    && !figure)
                || (!isList && weight < 25 && ld > 0.2)
                || (weight >= 25 && ld > 0.5)
                || ((embeds == 1 && contentLength < 75) || embeds > 1);
        if (isList && remove) {
          boolean allImages = true;
          for (Element c : node.children()) {
            if (c.children().size() > 1) {
              allImages = false;
            }
          }
          if (allImages && node.select("li").size() == img) {
            remove = false;
          }
        }
        if (remove) {
          node.remove();
        }
      }
    }
  }

  private static double textDensity(Element e, String query) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int len = 0;
    for (Element c : e.select(query)) {
      len += c.text().length();
    }
    return (double) len / total;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private double initialScore(Element e) {
    double score =
        switch (e.normalName()) {
          case "div" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return score + classWeight(e);
  }

  private double classWeight(Element e) {
    if (!flag(FLAG_WEIGHT_CLASSES)) {
      return 0;
    }
    double weight = 0;
    String cls = e.className();
    if (!cls.isEmpty()) {
      if (NEGATIVE.matcher(cls).find()) {
        weight -= 25;
      }
      if (POSITIVE.matcher(cls).find()) {
        weight += 25;
      }
    }
    String id = e.id();
    if (!id.isEmpty()) {
      if (NEGATIVE.matcher(id).find()) {
        weight -= 25;
      }
      if (POSITIVE.matcher(id).find()) {
        weight += 25;
      }
    }
    return weight;
  }

  static double linkDensity(Element e) {
    int length = e.text().length();
    if (length == 0) {
      return 0;
    }
    double links = 0;
    for (Element a : e.select("a")) {
      String href = a.attr("href");
      double coefficient = href.length() > 1 && href.startsWith("#") ? 0.3 : 1;
      links += a.text().length() * coefficient;
    }
    return links / length;
  }

  private boolean checkByline(Element node, String match) {
    if (foundByline != null) {
      return false;
    }
    String rel = node.attr("rel");
    String itemprop = node.attr("itemprop");
    if ((rel.equals("author") || itemprop.contains("author") || BYLINE.matcher(match).find())) {
      String text = node.text().strip();
      if (!text.isEmpty() && text.length() < 100) {
        Element name = node.selectFirst("[itemprop*=name]");
        foundByline = cleanByline(name != null && !name.text().isBlank() ? name.text().strip() : text);
        return foundByline != null;
      }
    }
    return false;
  }

  private static final Pattern BYLINE_TAIL =
      Pattern.compile(
          "\\s*(?:[\u2022|\u00b7]|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
              + "|\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,|\\d{1,2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}).*$",
          Pattern.DOTALL);

  /** A byline without the date, time or job title glued to it; null when nothing is left. */
  static String cleanByline(String byline) {
    String s = BYLINE_TAIL.matcher(byline).replaceFirst("").strip();
    s = s.replaceFirst("[\\s,;:\\-\u2013\u2014]+$", "");
    return s.chars().anyMatch(Character::isLetter) ? s : null;
  }

  private boolean headerDuplicatesTitle(Element node) {
    String tag = node.normalName();
    if (!tag.equals("h1") && !tag.equals("h2")) {
      return false;
    }
    return HtmlMetadata.similarity(articleTitle, node.text()) > 0.75;
  }

  private static boolean withoutContent(Element e) {
    if (!e.text().isBlank()) {
      return false;
    }
    return e.select("img, embed, object, iframe").isEmpty();
  }

  private static boolean hasSingleTagInside(Element e, String tag) {
    if (e.children().size() != 1 || !e.child(0).normalName().equals(tag)) {
      return false;
    }
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t && !t.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasChildBlock(Element e) {
    for (Element c : e.children()) {
      if (DIV_TO_P.contains(c.normalName()) || hasChildBlock(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPhrasing(Node n) {
    if (n instanceof TextNode) {
      return true;
    }
    if (n instanceof Element e) {
      String tag = e.normalName();
      if (PHRASING.contains(tag)) {
        return true;
      }
      if (tag.equals("a") || tag.equals("del") || tag.equals("ins")) {
        for (Node c : e.childNodes()) {
          if (!isPhrasing(c)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Runs of inline content directly in a div become paragraphs (as Readability does). */
  private static void wrapPhrasing(Element div) {
    Element p = null;
    for (Node child : new ArrayList<>(div.childNodes())) {
      if (isPhrasing(child)) {
        if (p != null) {
          p.appendChild(child);
        } else if (!(child instanceof TextNode t && t.isBlank())) {
          p = new Element("p");
          child.before(p);
          p.appendChild(child);
        }
      } else if (p != null) {
        trimTrailingBlank(p);
        p = null;
      }
    }
    if (p != null) {
      trimTrailingBlank(p);
    }
  }

  private static void trimTrailingBlank(Element p) {
    while (p.childNodeSize() > 0) {
      Node last = p.childNode(p.childNodeSize() - 1);
      if (last instanceof TextNode t && t.isBlank()) {
        last.remove();
      } else {
        break;
      }
    }
  }

  private static boolean hasAncestor(Element e, String tag) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals(tag)) {
        return true;
      }
    }
    return false;
  }

  /** Ancestors nearest first; {@code max} 0 for all. */
  private static List<Element> ancestors(Element e, int max) {
    List<Element> out = new ArrayList<>();
    for (Element p = e.parent(); p != null && !(p instanceof Document); p = p.parent()) {
      out.add(p);
      if (max > 0 && out.size() == max) {
        break;
      }
    }
    return out;
  }

  private static Element removeAndGetNext(Element node) {
    Element next = next(node, true);
    node.remove();
    return next;
  }

  /** Depth-first next element; {@code ignoreChildren} to skip the subtree. */
  private static Element next(Element node, boolean ignoreChildren) {
    if (!ignoreChildren && node.children().size() > 0) {
      return node.child(0);
    }
    Element sibling = node.nextElementSibling();
    if (sibling != null) {
      return sibling;
    }
    Element p = node.parent();
    while (p != null) {
      Element s = p.nextElementSibling();
      if (s != null) {
        return s;
      }
      p = p.parent();
    }
    return null;
  }

  /** Block-aware text of an element: one paragraph per block, blank lines between. */
  static final class Text {
    private static final Set<String> BLOCKS =
        Set.of(
            "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption");

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private int pre;

    static String of(Element root) {
      Text t = new Text();
      t.walk(root);
      t.breakBlock();
      return t.out.toString().strip();
    }

    private void walk(Node node) {
      if (node instanceof TextNode t) {
        if (pre > 0) {
          line.append(t.getWholeText());
        } else {
          appendNormalised(t.getWholeText());
        }
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      if (tag.equals("br")) {
        newline();
        return;
      }
      boolean block = BLOCKS.contains(tag);
      if (block) {
        breakBlock();
      }
      if (tag.equals("pre")) {
        pre++;
      }
      for (Node c : e.childNodes()) {
        walk(c);
      }
      if (tag.equals("pre")) {
        pre--;
      }
      if (block) {
        breakBlock();
      } else if (tag.equals("td") || tag.equals("th")) {
        line.append(' ');
      }
    }

    private void appendNormalised(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean space = Character.isWhitespace(c) || c == '\u00a0';
        if (space) {
          if (line.length() > 0 && line.charAt(line.length() - 1) != ' ' && line.charAt(line.length() - 1) != '\n') {
            line.append(' ');
          }
        } else {
          line.append(c);
        }
      }
    }

    private void newline() {
      int end = line.length();
      while (end > 0 && line.charAt(end - 1) == ' ') {
        end--;
      }
      line.setLength(end);
      line.append('\n');
    }

    private void breakBlock() {
      String para = line.toString();
      line.setLength(0);
      StringBuilder cleaned = new StringBuilder();
      for (String l : para.split("\n", -1)) {
        String s = l.strip();
        if (!s.isEmpty()) {
          if (cleaned.length() > 0) {
            cleaned.append('\n');
          }
          cleaned.append(s);
        }
      }
      if (cleaned.length() == 0) {
        return;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(cleaned);
    }
  }

  static Map<String, String> debugScores() {
    return new HashMap<>();
  }
}
