package org.parley.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Article;

/**
 * Headline attributions without a verb: "Speaker: what they said" (the colon is the cue). Only
 * headline-like lines (the first line, or a short line without final full stop) qualify, and the
 * speaker part must be a short capitalised name, not a rubric ("UPDATE:", "WATCH:").
 */
final class HeadlineTags {
  /** One headline tag: [speakerStart, speakerEnd), the colon, [start, end) of the content. */
  record Tag(int speakerStart, int speakerEnd, int colon, int start, int end) {}

  private static final Pattern LINE =
      Pattern.compile("^(\\p{Lu}[\\p{L}\\p{N}.’'\\- ]{1,45}?)\\s*:\\s+(\\S.*?)\\s*$");
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
        if (headline && m.matches() && !article.inJunk(lineStart, lineEnd)) {
          String speaker = m.group(1).strip();
          String lower = speaker.toLowerCase(java.util.Locale.ROOT);
          int words = speaker.split("\\s+").length;
          if (!RUBRICS.contains(lower) && words <= 5 && !speaker.equals(speaker.toUpperCase(java.util.Locale.ROOT))
              && m.group(2).split("\\s+").length >= 3) {
            int colon = lineStart + line.indexOf(':', m.start(1) + m.group(1).length());
            out.add(new Tag(lineStart + m.start(1), lineStart + m.start(1) + speaker.length(), colon,
                lineStart + m.start(2), lineStart + m.end(2)));
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
