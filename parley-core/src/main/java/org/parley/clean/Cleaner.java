package org.parley.clean;

import java.util.List;
import java.util.Objects;
import org.parley.model.Article;
import org.parley.model.Span;

/**
 * The public face of cleaning: marks page junk (teaser lists, "Related Post", comment forms, audio
 * notices, ...) as spans without rewriting the text, so offsets keep pointing into the input.
 *
 * <p>Junk lines are recognised by the editable patterns in {@code
 * org/parley/clean/junk-patterns.txt} (see {@link JunkRules}) and by structural rules in {@link
 * JunkDetector}. {@link #forNlp(String)} gives a same-length copy of a text that is safer to feed to
 * the NLP tools.
 */
public final class Cleaner {

  private final JunkDetector detector;

  /** A cleaner with the default patterns from the classpath. */
  public Cleaner() {
    this(JunkRules.defaults());
  }

  /** A cleaner with other patterns (for tests or a user's own pattern file). */
  public Cleaner(JunkRules rules) {
    this.detector = new JunkDetector(Objects.requireNonNull(rules, "rules"));
  }

  /** Returns the article with its junk spans marked. */
  public Article clean(Article article) {
    return article.withJunk(junkSpans(article.text()));
  }

  /** Junk spans in {@code text}, sorted, non-overlapping, each labelled with why it is junk. */
  public List<Span> junkSpans(String text) {
    Objects.requireNonNull(text, "text");
    return detector.detect(text);
  }

  /**
   * A copy of {@code text} of exactly the same length for the NLP tools: odd spaces (no-break,
   * figure, narrow, thin, hair, ideographic, ...), zero-width and other invisible format characters,
   * soft hyphens and control characters become a plain space; U+2028/U+2029 become {@code '\n'}.
   * Everything else, curly quotes included, is left alone, so every offset stays valid.
   *
   * <p>One exception: a soft hyphen between two letters ({@code "nego\u00ADtiations"}) is kept,
   * because CoreNLP's tokenizer removes it and returns the whole word with the right offsets, while
   * a space there would split the word in two.
   */
  public static String forNlp(String text) {
    Objects.requireNonNull(text, "text");
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char r = nlpChar(c);
      if (c == '\u00ad' && i > 0 && i + 1 < text.length()
          && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
        r = c; // inside a word: CoreNLP's tokenizer drops it and keeps the word whole
      }
      if (r != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = r;
      }
    }
    return out == null ? text : new String(out);
  }

  /**
   * Like {@link #forNlp(String)} on the article's text, with every junk character also replaced by
   * a space (line breaks are kept, so sentence splitting still sees the paragraph ends). The result
   * has the same length as {@code article.text()}.
   */
  public static String forNlp(Article article) {
    String text = article.text();
    char[] out = forNlp(text).toCharArray();
    for (Span span : article.junk()) {
      int end = Math.min(span.end(), out.length);
      for (int i = Math.min(span.start(), end); i < end; i++) {
        if (out[i] != '\n' && out[i] != '\r') {
          out[i] = ' ';
        }
      }
    }
    return new String(out);
  }

  static char nlpChar(char c) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      return c;
    }
    if (c == '\u2028' || c == '\u2029') {
      return '\n';
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return ' '; // control characters
    }
    if (c == '\u00ad' || c == '\u180e') {
      return ' ';
    }
    int type = Character.getType(c);
    if (type == Character.SPACE_SEPARATOR || type == Character.FORMAT) {
      return ' '; // U+00A0, U+2000..U+200A, U+202F, U+205F, U+3000; U+200B..U+200F, U+2060, U+FEFF
    }
    return c;
  }
}
