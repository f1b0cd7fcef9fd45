package org.parley.clean;

import java.util.List;
import org.parley.model.Article;
import org.parley.model.Span;

/**
 * The public face of cleaning: marks page junk (teaser lists, "Related Post", comment forms, audio
 * notices, ...) as spans without rewriting the text, so offsets keep pointing into the input.
 */
public final class Cleaner {

  /** Returns the article with its junk spans marked. */
  public Article clean(Article article) {
    return article.withJunk(junkSpans(article.text()));
  }

  /** Placeholder until the clean branch lands: same length, junk blanked. */
  public static String forNlp(Article article) {
    char[] chars = article.text().toCharArray();
    for (Span span : article.junk()) {
      for (int i = span.start(); i < span.end(); i++) {
        if (chars[i] != '\n') {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars).replace('\u00a0', ' ');
  }

  /** Junk spans in {@code text}, sorted, non-overlapping, each labelled with why it is junk. */
  public List<Span> junkSpans(String text) {
    throw new UnsupportedOperationException("TODO");
  }
}
