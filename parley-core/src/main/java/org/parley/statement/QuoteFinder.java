package org.parley.statement;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Article;

/**
 * Pairs quotation marks over an article's raw text, paragraph by paragraph (a line is a
 * paragraph). Curly and straight double marks, guillemets and low marks anywhere; single marks
 * only in headline-like lines, where they stand for double ones. Marks lost in the source are
 * tolerated: a lone closing mark quotes from the paragraph start, an unclosed opening mark
 * quotes to the paragraph end (the news convention for quotes running over paragraphs).
 */
final class QuoteFinder {
  private static final int HEADLINE_MAX = 160;

  private enum Mark {
    OPEN,
    CLOSE,
    AMBIGUOUS
  }

  List<Quote> find(Article article) {
    String text = article.text();
    List<Quote> quotes = new ArrayList<>();
    int lineStart = 0;
    boolean firstLine = true;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (lineEnd > lineStart && !article.inJunk(lineStart, lineEnd)) {
        List<Quote> found = inParagraph(text, lineStart, lineEnd, false);
        if (found.isEmpty() && headlineLike(text, lineStart, lineEnd, firstLine)) {
          found = inParagraph(text, lineStart, lineEnd, true);
        }
        quotes.addAll(found);
      }
      if (lineEnd > lineStart && !text.substring(lineStart, lineEnd).isBlank()) {
        firstLine = false;
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return quotes;
  }

  private static boolean headlineLike(String text, int s, int e, boolean first) {
    String line = text.substring(s, e).strip();
    if (line.isEmpty() || line.length() > HEADLINE_MAX) {
      return false;
    }
    return first || !line.endsWith(".");
  }

  private static List<Quote> inParagraph(String text, int from, int to, boolean single) {
    List<Quote> out = new ArrayList<>();
    int openAt = -1;
    int openWidth = 1;
    for (int i = from; i < to; i++) {
      Mark mark;
      int width = 1;
      if (!single && pairedAscii(text, i, to)) {
        // '' and `` stand for double marks in some wire and archive texts (NYT: ''Words,'' he said).
        width = 2;
        mark = asciiPairMark(text, i, from, to);
      } else {
        mark = single ? singleMark(text, i, from, to) : doubleMark(text, i, from, to);
      }
      if (mark == null) {
        continue;
      }
      if (mark == Mark.AMBIGUOUS) {
        mark = openAt < 0 ? Mark.OPEN : Mark.CLOSE;
      }
      if (mark == Mark.OPEN) {
        if (openAt >= 0) {
          // The previous quote lost its closing mark: it ends before this one.
          add(out, text, openAt, openAt + openWidth, i, i, true, false, single);
        }
        openAt = i;
        openWidth = width;
      } else {
        if (openAt >= 0) {
          add(out, text, openAt, openAt + openWidth, i, i + width, true, true, single);
        } else if (!single) {
          int s = out.isEmpty() ? from : out.get(out.size() - 1).outerEnd();
          add(out, text, s, s, i, i + width, false, true, single);
        }
        openAt = -1;
      }
      i += width - 1;
    }
    if (openAt >= 0 && !single) {
      add(out, text, openAt, openAt + openWidth, to, to, true, false, single);
    }
    return out;
  }

  private static void add(
      List<Quote> out, String text, int outerStart, int start, int end, int outerEnd, boolean opened,
      boolean closed, boolean single) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start && hasLetter(text, start, end)) {
      out.add(new Quote(outerStart, start, end, outerEnd, opened, closed, single));
    }
  }

  private static boolean hasLetter(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean pairedAscii(String text, int i, int to) {
    char c = text.charAt(i);
    return (c == '\'' || c == '`') && i + 1 < to && text.charAt(i + 1) == c;
  }

  private static Mark asciiPairMark(String text, int i, int from, int to) {
    if (text.charAt(i) == '`') {
      return Mark.OPEN;
    }
    boolean spaceBefore = i == from || openingContext(text.charAt(i - 1));
    boolean spaceAfter = i + 2 >= to || closingContext(text.charAt(i + 2));
    if (spaceBefore && !spaceAfter) {
      return Mark.OPEN;
    }
    if (spaceAfter && !spaceBefore) {
      return Mark.CLOSE;
    }
    return Mark.AMBIGUOUS;
  }

  private static Mark doubleMark(String text, int i, int from, int to) {
    char c = text.charAt(i);
    boolean spaceBefore = i == from || openingContext(text.charAt(i - 1));
    boolean spaceAfter = i + 1 >= to || closingContext(text.charAt(i + 1));
    switch (c) {
      case '\u201c': // left double
      case '\u201e': // low double
      case '\u00ab':
        return !spaceBefore && spaceAfter ? Mark.CLOSE : Mark.OPEN;
      case '\u201d': // right double
      case '\u00bb':
        return spaceBefore && !spaceAfter ? Mark.OPEN : Mark.CLOSE;
      case '"':
        if (spaceBefore && !spaceAfter) {
          return Mark.OPEN;
        }
        if (spaceAfter && !spaceBefore) {
          return Mark.CLOSE;
        }
        return Mark.AMBIGUOUS;
      default:
        return null;
    }
  }

  private static Mark singleMark(String text, int i, int from, int to) {
    char c = text.charAt(i);
    if (c != '\'' && c != '\u2018' && c != '\u2019') {
      return null;
    }
    boolean spaceBefore = i == from || openingContext(text.charAt(i - 1));
    boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
    boolean letterBefore = i > from && !Character.isWhitespace(text.charAt(i - 1));
    boolean endAfter = i + 1 >= to || closingContext(text.charAt(i + 1));
    if (spaceBefore && letterAfter) {
      return Mark.OPEN;
    }
    if (letterBefore && endAfter) {
      return Mark.CLOSE;
    }
    return null; // an apostrophe
  }

  private static boolean openingContext(char before) {
    return Character.isWhitespace(before) || "([{\u2014\u2013-/:".indexOf(before) >= 0;
  }

  private static boolean closingContext(char after) {
    return Character.isWhitespace(after) || ".,;:!?)]}\u2014\u2013-".indexOf(after) >= 0;
  }
}
