package org.parley.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.parley.model.Article;
import org.parley.model.Mention;
import org.parley.model.Span;

/**
 * Renders an article's text as HTML: every character of {@link Article#text()} escaped, in order,
 * with page-junk spans wrapped for greying/collapsing and entity mentions outside junk linked to
 * their entity pages. Offsets are the model's (UTF-16 indices), so later layers (statements) can
 * add their own spans the same way.
 */
final class ArticleBody {
  private ArticleBody() {}

  static String html(Article article, List<Mention> mentions) {
    String text = article.text();
    int n = text.length();
    List<int[]> junk = mergedJunk(article.junk(), n);
    List<Mention> sorted = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.start() >= 0 && m.end() <= n && m.start() < m.end()) {
        sorted.add(m);
      }
    }
    sorted.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()));

    StringBuilder out = new StringBuilder(n + n / 4);
    int at = 0;
    int j = 0;
    int mi = 0;
    while (at < n) {
      if (j < junk.size() && junk.get(j)[0] <= at) {
        int[] span = junk.get(j++);
        int end = span[1];
        if (end <= at) {
          continue;
        }
        String label = junkLabel(article.junk(), span);
        out.append("<span class=\"junk\" title=\"page junk")
            .append(label.isEmpty() ? "" : ": " + Html.escape(label))
            .append("\"><span class=\"junk-marker\" aria-hidden=\"true\">[")
            .append(label.isEmpty() ? "page junk" : Html.escape(label))
            .append("]</span><span class=\"junk-text\">")
            .append(Html.escape(text.substring(at, end)))
            .append("</span></span>");
        at = end;
        continue;
      }
      int nextJunk = j < junk.size() ? junk.get(j)[0] : n;
      while (mi < sorted.size() && sorted.get(mi).start() < at) {
        mi++; // overlaps what was already written
      }
      if (mi < sorted.size() && sorted.get(mi).start() < nextJunk) {
        Mention m = sorted.get(mi++);
        if (m.end() > nextJunk) {
          continue; // runs into junk: leave as text
        }
        out.append(Html.escape(text.substring(at, m.start())));
        out.append(mentionHtml(m, text.substring(m.start(), m.end())));
        at = m.end();
      } else {
        out.append(Html.escape(text.substring(at, nextJunk)));
        at = nextJunk;
      }
    }
    return out.toString();
  }

  private static String mentionHtml(Mention m, String surface) {
    String type = m.type() == null ? "MISC" : m.type().name();
    String css = "mention mention-" + type.toLowerCase(Locale.ROOT);
    String name = m.entityName() == null ? surface : m.entityName();
    String title = name + " (" + type.toLowerCase(Locale.ROOT) + ")";
    if (m.entityId() == null || m.entityId().isBlank()) {
      return "<span class=\"" + css + "\" title=\"" + Html.escape(title) + "\">" + Html.escape(surface) + "</span>";
    }
    return "<a class=\"" + css + "\" href=\"/entity/" + Html.escape(Html.pathSegment(m.entityId()))
        + "\" title=\"" + Html.escape(title) + "\">" + Html.escape(surface) + "</a>";
  }

  private static List<int[]> mergedJunk(List<Span> spans, int n) {
    List<int[]> list = new ArrayList<>();
    for (Span s : spans) {
      int start = Math.min(s.start(), n);
      int end = Math.min(s.end(), n);
      if (start < end) {
        list.add(new int[] {start, end});
      }
    }
    list.sort(Comparator.comparingInt(a -> a[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] s : list) {
      if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1]) {
        int[] last = merged.get(merged.size() - 1);
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(s);
      }
    }
    return merged;
  }

  private static String junkLabel(List<Span> spans, int[] merged) {
    for (Span s : spans) {
      if (s.start() == merged[0] && s.label() != null) {
        return s.label();
      }
    }
    return "";
  }

  /** Number of junk characters, for the toggle's label. */
  static int junkSpans(Article article) {
    return mergedJunk(article.junk(), article.text().length()).size();
  }
}
