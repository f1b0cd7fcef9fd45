package org.parley.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.parley.model.Article;
import org.parley.model.Mention;
import org.parley.model.Position;
import org.parley.model.Statement;
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
    return html(article, mentions, List.of(), List.of());
  }

  /** One element to wrap around [start, end): outer levels enclose inner ones. */
  private record Mark(int start, int end, int level, String open, String close) {}

  private static final int JUNK = 0;
  private static final int STATEMENT = 1;
  private static final int PART = 2;
  private static final int MENTION = 3;
  private static final int LINKED = 4;

  /** The anchor of the span a link pointed at ({@code /article/ID?mark=S-E#linked}). */
  static final String LINKED_ANCHOR = "linked";

  /**
   * The article text with junk greyed, statements highlighted (content span with an anchor id
   * {@code s-N} and a title naming speaker, cue, date and via; speaker mention and cue marked),
   * entity mentions linked, and an empty anchor {@code c-OFFSET} at each position's evidence.
   * Elements that would cross another are left out (a statement keeps its anchor).
   */
  static String html(Article article, List<Mention> mentions, List<Statement> statements, List<Position> positions) {
    return html(article, mentions, statements, positions, null);
  }

  /**
   * As above, and the span {@code linked} ({start, end}, e.g. a passage another article reused) in
   * {@code <mark class="linked">} with the anchor {@value #LINKED_ANCHOR} at its start. The span is
   * cut at every other element's edge so it never crosses one and never displaces one.
   */
  static String html(Article article, List<Mention> mentions, List<Statement> statements, List<Position> positions, int[] linked) {
    String text = article.text();
    int n = text.length();
    List<int[]> junk = mergedJunk(article.junk(), n);
    List<Mark> marks = new ArrayList<>();
    List<Mark> anchors = new ArrayList<>();
    for (int[] span : junk) {
      String label = junkLabel(article.junk(), span);
      marks.add(new Mark(span[0], span[1], JUNK,
          "<span class=\"junk\" title=\"page junk" + (label.isEmpty() ? "" : ": " + Html.escape(label))
              + "\"><span class=\"junk-marker\" aria-hidden=\"true\">[" + (label.isEmpty() ? "page junk" : Html.escape(label))
              + "]</span><span class=\"junk-text\">",
          "</span></span>"));
    }
    for (Statement st : statements) {
      String anchor = anchorId(st.id());
      if (!valid(st.start(), st.end(), n) || crossesJunk(junk, st.start(), st.end())) {
        if (st.start() >= 0 && st.start() <= n) {
          anchors.add(new Mark(st.start(), st.start(), STATEMENT, "<span class=\"anchor\" id=\"" + Html.escape(anchor) + "\"></span>", ""));
        }
        continue;
      }
      String kind = st.kind() == null ? "direct" : st.kind().label();
      marks.add(new Mark(st.start(), st.end(), STATEMENT,
          "<span class=\"stmt stmt-" + kind + "\" id=\"" + Html.escape(anchor) + "\" tabindex=\"0\" title=\""
              + Html.escape(statementTitle(st)) + "\">",
          "</span>"));
      if (valid(st.speakerStart(), st.speakerEnd(), n) && !crossesJunk(junk, st.speakerStart(), st.speakerEnd())) {
        marks.add(new Mark(st.speakerStart(), st.speakerEnd(), PART,
            "<span class=\"stmt-speaker\" title=\"" + Html.escape("speaker: " + nz(st.speaker())) + "\">", "</span>"));
      }
      if (valid(st.cueStart(), st.cueEnd(), n) && !crossesJunk(junk, st.cueStart(), st.cueEnd())) {
        marks.add(new Mark(st.cueStart(), st.cueEnd(), PART,
            "<span class=\"stmt-cue\" title=\"" + Html.escape("cue: " + nz(st.cue())) + "\">", "</span>"));
      }
    }
    for (Position p : positions) {
      if (p.start() >= 0 && p.start() <= n) {
        anchors.add(new Mark(p.start(), p.start(), STATEMENT, "<span class=\"anchor\" id=\"c-" + p.start() + "\"></span>", ""));
      }
    }
    for (Mention m : mentions) {
      if (valid(m.start(), m.end(), n) && !inJunk(junk, m.start(), m.end())) {
        marks.add(new Mark(m.start(), m.end(), MENTION, mentionOpen(m), m.entityId() == null || m.entityId().isBlank() ? "</span>" : "</a>"));
      }
    }
    if (linked != null && valid(linked[0], Math.min(linked[1], n), n)) {
      addLinked(marks, anchors, linked[0], Math.min(linked[1], n));
    }
    marks.addAll(anchors);
    marks.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::level).thenComparingInt(m -> -m.end()));

    StringBuilder out = new StringBuilder(n + n / 3);
    java.util.ArrayDeque<Mark> open = new java.util.ArrayDeque<>();
    java.util.Set<String> seenAnchors = new java.util.HashSet<>();
    int at = 0;
    for (Mark m : marks) {
      while (!open.isEmpty() && open.peek().end() <= m.start()) {
        Mark top = open.pop();
        out.append(Html.escape(text.substring(at, top.end()))).append(top.close());
        at = top.end();
      }
      if (m.start() == m.end()) {
        if (seenAnchors.add(m.open())) {
          out.append(Html.escape(text.substring(at, m.start()))).append(m.open());
          at = m.start();
        }
        continue;
      }
      Mark outer = open.peek();
      if (outer != null && (m.end() > outer.end() || m.level() <= outer.level() || outer.level() == JUNK && m.level() > STATEMENT)) {
        if (m.level() == STATEMENT && m.open().contains(" id=\"")) {
          String id = m.open().replaceFirst("^.* id=\"([^\"]*)\".*$", "$1");
          out.append(Html.escape(text.substring(at, m.start()))).append("<span class=\"anchor\" id=\"").append(id).append("\"></span>");
          at = m.start();
        }
        continue;
      }
      out.append(Html.escape(text.substring(at, m.start()))).append(m.open());
      at = m.start();
      open.push(m);
    }
    while (!open.isEmpty()) {
      Mark top = open.pop();
      out.append(Html.escape(text.substring(at, top.end()))).append(top.close());
      at = top.end();
    }
    out.append(Html.escape(text.substring(at)));
    return out.toString();
  }

  private static void addLinked(List<Mark> marks, List<Mark> anchors, int start, int end) {
    java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(start, end));
    for (Mark m : marks) {
      for (int edge : new int[] {m.start(), m.end()}) {
        if (start < edge && edge < end) {
          cuts.add(edge);
        }
      }
    }
    Integer from = null;
    for (int cut : cuts) {
      if (from != null) {
        marks.add(new Mark(from, cut, LINKED, "<mark class=\"linked\">", "</mark>"));
      }
      from = cut;
    }
    anchors.add(new Mark(start, start, STATEMENT, "<span class=\"anchor\" id=\"" + LINKED_ANCHOR + "\"></span>", ""));
  }

  /**
   * The sentence around [start, end) of {@code text} as HTML, the span in {@code <mark>}: cut at
   * the sentence ends either side, or after {@code around} characters (with "…"); whitespace
   * collapsed, everything escaped.
   */
  static String inContext(String text, int start, int end, int around) {
    int n = text.length();
    int s = Math.max(0, Math.min(start, n));
    int e = Math.max(s, Math.min(end, n));
    int lo = Math.max(0, s - around);
    int from = lo;
    for (int i = s; i > lo; i--) {
      char c = text.charAt(i - 1);
      if (c == '\n' || (c == '.' || c == '!' || c == '?') && i < n && Character.isWhitespace(text.charAt(i))) {
        from = i;
        break;
      }
    }
    int hi = Math.min(n, e + around);
    int to = hi;
    for (int j = e; j < hi; j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        to = j;
        break;
      }
      if ((c == '.' || c == '!' || c == '?') && (j + 1 == n || Character.isWhitespace(text.charAt(j + 1)))) {
        to = j + 1;
        break;
      }
    }
    return (from == lo && lo > 0 ? "…" : "") + flat(text.substring(from, s)) + "<mark>" + flat(text.substring(s, e)) + "</mark>"
        + flat(text.substring(e, to)) + (to == hi && hi < n ? "…" : "");
  }

  private static String flat(String s) {
    return Html.escape(s.replaceAll("\\s+", " "));
  }

  /** {@code s-7} for statement {@code articleId#7}: the anchor of a statement in its article. */
  static String anchorId(String statementId) {
    if (statementId == null) {
      return "s-0";
    }
    int hash = statementId.lastIndexOf('#');
    return "s-" + statementId.substring(hash + 1).replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** What a hover over a statement tells: speaker, cue, date, addressee, via. */
  static String statementTitle(Statement st) {
    StringBuilder t = new StringBuilder(nz(st.speaker()));
    if (st.cue() != null) {
      t.append(" · ").append(st.cue());
    }
    if (st.date() != null) {
      t.append(" · ").append(st.date());
    } else if (st.dateText() != null) {
      t.append(" · ").append(st.dateText());
    }
    if (st.addressee() != null) {
      t.append(" · to ").append(st.addressee());
    }
    if (!st.via().isEmpty()) {
      t.append(" · via ").append(String.join(" → ", st.via()));
    }
    return t.toString();
  }

  private static String nz(String s) {
    return s == null || s.isBlank() ? "unknown speaker" : s;
  }

  private static boolean valid(int start, int end, int n) {
    return start >= 0 && end <= n && start < end;
  }

  private static boolean inJunk(List<int[]> junk, int start, int end) {
    for (int[] j : junk) {
      if (j[0] < end && start < j[1]) {
        return true;
      }
    }
    return false;
  }

  /** Overlaps junk without lying inside it. */
  private static boolean crossesJunk(List<int[]> junk, int start, int end) {
    for (int[] j : junk) {
      if (j[0] < end && start < j[1] && !(j[0] <= start && end <= j[1])) {
        return true;
      }
    }
    return false;
  }

  private static String mentionOpen(Mention m) {
    String type = m.type() == null ? "MISC" : m.type().name();
    String css = "mention mention-" + type.toLowerCase(Locale.ROOT);
    String name = m.entityName() == null ? m.text() : m.entityName();
    String title = (name == null ? "" : name) + " (" + type.toLowerCase(Locale.ROOT) + ")";
    if (m.entityId() == null || m.entityId().isBlank()) {
      return "<span class=\"" + css + "\" title=\"" + Html.escape(title) + "\">";
    }
    return "<a class=\"" + css + "\" href=\"/entity/" + Html.escape(Html.pathSegment(m.entityId()))
        + "\" title=\"" + Html.escape(title) + "\">";
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
