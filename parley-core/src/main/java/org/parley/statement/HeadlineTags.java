package org.parley.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Article;

/**
 * Headline attributions without a verb: "Speaker: what they said" (the colon is the cue), and
 * "Speaker to Addressee: what they said". Only headline-like lines (the first line, or a short
 * line without final full stop) qualify, and the speaker part must be a short capitalised name,
 * not a rubric ("UPDATE:", "WATCH:"). A standfirst may run longer when all after the colon is one
 * quotation and the part before it is names only ("Valdor to Karsk: “...”").
 */
final class HeadlineTags {
  /**
   * One headline tag: [speakerStart, speakerEnd), the colon, [start, end) of the content and the
   * addressee's span (-1 when the line names none).
   */
  record Tag(int speakerStart, int speakerEnd, int colon, int start, int end, int addresseeStart, int addresseeEnd) {}

  private static final Pattern LINE =
      Pattern.compile("^(\\p{Lu}[\\p{L}\\p{N}.’'\\- ]{1,45}?)\\s*:\\s+(\\S.*?)\\s*$");
  /** "Valdor to Karsk": two capitalised names around "to". */
  private static final Pattern TO = Pattern.compile("^(\\p{Lu}\\S*(?: \\p{Lu}\\S*){0,2}) to (\\p{Lu}\\S*(?: \\p{Lu}\\S*){0,2})$");
  private static final Pattern NAMES = Pattern.compile("^\\p{Lu}\\S*(?: \\p{Lu}\\S*)*$");
  private static final Pattern WHOLE_QUOTE = Pattern.compile("^[\u201c\"\u00ab\u201e][^\u201c\u201d\"]+[\u201d\"\u00bb]$");
  private static final Set<String> RUBRICS =
      Set.of("update", "watch", "video", "breaking", "exclusive", "live", "photos", "analysis", "opinion", "read",
          "editor's note", "note", "related", "listen", "poll", "q&a", "fact check", "timeline", "factbox", "explainer");

  List<Tag> find(Article article) {
    String text = article.text();
    List<Tag> out = new ArrayList<>();
    int lineStart = 0;
    boolean first = true;
    while (lineStart < text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        String stripped = line.strip();
        boolean headline = stripped.length() <= 160 && (first || !stripped.endsWith("."));
        Matcher m = LINE.matcher(line);
        if (m.matches() && !article.inJunk(lineStart, lineEnd)) {
          String speaker = m.group(1).strip();
          String lower = speaker.toLowerCase(java.util.Locale.ROOT);
          int words = speaker.split("\\s+").length;
          Matcher to = TO.matcher(speaker);
          boolean standfirst = WHOLE_QUOTE.matcher(m.group(2)).matches()
              && (to.matches() || NAMES.matcher(speaker).matches());
          if ((headline || standfirst) && !RUBRICS.contains(lower) && words <= 7
              && !speaker.equals(speaker.toUpperCase(java.util.Locale.ROOT)) && m.group(2).split("\\s+").length >= 3) {
            int colon = lineStart + line.indexOf(':', m.start(1) + m.group(1).length());
            int s0 = lineStart + m.start(1);
            int speakerEnd = to.matches() ? s0 + to.end(1) : s0 + speaker.length();
            int a0 = to.matches() ? s0 + to.start(2) : -1;
            int a1 = to.matches() ? s0 + to.end(2) : -1;
            if (to.matches() || words <= 5) {
              out.add(new Tag(s0, speakerEnd, colon, lineStart + m.start(2), lineStart + m.end(2), a0, a1));
            }
          }
        }
        first = false;
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return out;
  }
}
