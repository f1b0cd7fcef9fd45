package org.parley.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats each highlighted passage as its own snippet, hits wrapped in {@code <em>}...{@code
 * </em>}, whitespace collapsed, and over-long passages clipped around their first hit. Content is
 * not HTML-escaped (only the tags are markup): HTML views must escape everything but the tags.
 */
final class SnippetFormatter extends PassageFormatter {
  static final String PRE = "<em>";
  static final String POST = "</em>";
  static final String ELLIPSIS = "...";
  /** Passages longer than this are clipped to a window of about this size. */
  static final int MAX_CHARS = 300;

  @Override
  public Object format(Passage[] passages, String content) {
    List<String> out = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      String snippet = formatOne(passage, content);
      if (!snippet.isEmpty()) {
        out.add(snippet);
      }
    }
    return out;
  }

  static String formatOne(Passage passage, String content) {
    int start = passage.getStartOffset();
    int end = Math.min(passage.getEndOffset(), content.length());
    int numMatches = passage.getNumMatches();
    int[] matchStarts = passage.getMatchStarts();
    int[] matchEnds = passage.getMatchEnds();
    boolean clippedStart = false;
    boolean clippedEnd = false;
    if (end - start > MAX_CHARS && numMatches > 0) {
      int first = matchStarts[0];
      int windowStart = Math.max(start, first - MAX_CHARS / 3);
      if (windowStart > start) {
        int space = nextSpace(content, windowStart, first);
        windowStart = space < 0 ? windowStart : space + 1;
        clippedStart = true;
      }
      int windowEnd = Math.min(end, windowStart + MAX_CHARS);
      windowEnd = Math.max(windowEnd, Math.min(end, matchEnds[0]));
      if (windowEnd < end) {
        int space = previousSpace(content, windowEnd, matchEnds[0]);
        windowEnd = space < 0 ? windowEnd : space;
        clippedEnd = true;
      }
      start = windowStart;
      end = windowEnd;
    }
    StringBuilder sb = new StringBuilder(end - start + 32);
    if (clippedStart) {
      sb.append(ELLIPSIS).append(' ');
    }
    int pos = start;
    for (int i = 0; i < numMatches; i++) {
      int matchStart = matchStarts[i];
      int matchEnd = matchEnds[i];
      // merge overlapping matches (a phrase and its terms, a term spanning a boundary)
      while (i + 1 < numMatches && matchStarts[i + 1] < matchEnd) {
        matchEnd = Math.max(matchEnd, matchEnds[++i]);
      }
      matchStart = Math.max(matchStart, pos);
      matchEnd = Math.min(matchEnd, end);
      if (matchStart >= end) {
        break;
      }
      if (matchEnd <= matchStart) {
        continue;
      }
      sb.append(content, pos, matchStart);
      sb.append(PRE).append(content, matchStart, matchEnd).append(POST);
      pos = matchEnd;
    }
    if (pos < end) {
      sb.append(content, pos, end);
    }
    String snippet = collapse(sb.toString());
    if (clippedEnd && !snippet.isEmpty()) {
      snippet = snippet + " " + ELLIPSIS;
    }
    return snippet;
  }

  /** The first ~{@code max} characters of a text, cut at a word boundary, as a snippet. */
  static String lead(String text, int max) {
    if (text == null) {
      return "";
    }
    String collapsed = collapse(text);
    if (collapsed.length() <= max) {
      return collapsed;
    }
    int cut = collapsed.lastIndexOf(' ', max);
    if (cut < max / 2) {
      cut = max;
    }
    return collapsed.substring(0, cut).strip() + " " + ELLIPSIS;
  }

  static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static int nextSpace(String content, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (Character.isWhitespace(content.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int previousSpace(String content, int from, int limit) {
    for (int i = from; i > limit; i--) {
      if (Character.isWhitespace(content.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
