package org.parley.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Span;

/**
 * Line-based page-junk detector. The text is split into lines (by {@code \n}, {@code \r\n} or
 * {@code \r}); every line gets a flag or a rule match from {@link JunkRules}; structural rules then
 * mark whole blocks:
 *
 * <ul>
 *   <li>{@code end} rules: a hard end marker (comment form, "Related Post") makes it and everything
 *       after it junk, provided some prose came before it;
 *   <li>{@code section} rules (after the first prose line): a header such as "Other Topics of
 *       Interest" is junk together with the
 *       headline-like lines after it (and up to two right before it), until prose resumes; when the
 *       first prose paragraph after such teaser headlines shares a distinctive word with them and
 *       with nothing earlier in the article, it is taken for the teaser's blurb;
 *   <li>a teaser list: a run of at least three headline-like lines (or two truncated "…" lines) at
 *       the end of the article, after prose that does not end with a colon;
 *   <li>{@code tail} rules only at the end, {@code head} rules only before the first prose line,
 *       {@code line} rules anywhere.
 * </ul>
 *
 * Spans cover the trimmed line contents (first to last non-space character of a block), so {@code
 * text.substring(span.start(), span.end())} is exactly the junk line or lines. Runs in linear time
 * in the text length; only lines of at most {@value #MAX_RULE_LINE} characters are matched against
 * regexes.
 */
final class JunkDetector {

  static final int MAX_RULE_LINE = 300;
  private static final int MAX_HEADLINE_CHARS = 160;
  private static final int MAX_HEADLINE_WORDS = 20;
  private static final int MAX_TRUNCATED_CHARS = 300;
  private static final int MIN_TEASER_RUN = 3;
  private static final int MAX_SECTION_HEADLINES = 15;
  private static final int MAX_BLURB_CHARS = 600;
  private static final int BLURB_CONTEXT_CHARS = 20_000;
  static final String TEASER = "teaser";

  private static final Set<String> STOPWORDS =
      Set.of(
          "about", "after", "again", "against", "among", "because", "before", "being", "below",
          "between", "could", "during", "every", "first", "from", "further", "their", "there",
          "these", "thing", "those", "through", "under", "until", "where", "which", "while",
          "would", "should", "other", "another", "since", "still", "today", "years",
          "said", "says", "saying", "told", "added", "world", "people", "over");

  private final JunkRules rules;

  JunkDetector(JunkRules rules) {
    this.rules = rules;
  }

  List<Span> detect(String text) {
    Lines lines = Lines.split(text);
    int n = lines.size();
    if (n == 0) {
      return List.of();
    }
    JunkRules.Rule[] match = new JunkRules.Rule[n];
    boolean[] headline = new boolean[n];
    boolean[] truncated = new boolean[n];
    boolean[] teaser = new boolean[n];
    boolean[] blank = new boolean[n];
    for (int i = 0; i < n; i++) {
      int s = lines.start(i);
      int e = lines.end(i);
      blank[i] = s == e;
      if (blank[i]) {
        continue;
      }
      if (e - s <= MAX_RULE_LINE) {
        match[i] = rules.match(text.subSequence(s, e));
      }
      headline[i] = isHeadlineLike(text, s, e);
      truncated[i] = isTruncated(text, s, e);
      teaser[i] = truncated[i] || headline[i] && isTeaserHeadline(text, s, e);
    }
    String[] label = new String[n];

    // End markers: the first one after some prose cuts off everything that follows.
    int end = n;
    boolean seenProse = false;
    for (int i = 0; i < n; i++) {
      if (blank[i]) {
        continue;
      }
      if (match[i] != null && match[i].kind() == JunkRules.Kind.END && seenProse) {
        end = i;
        for (int j = i; j < n; j++) {
          label[j] = match[i].label();
        }
        break;
      }
      if (match[i] == null && isProse(headline[i], truncated[i])) {
        seenProse = true;
      }
    }

    // Head-only rules, before the first line of prose.
    int firstProse = end;
    for (int i = 0; i < end; i++) {
      if (blank[i]) {
        continue;
      }
      if (match[i] == null && isProse(headline[i], truncated[i])) {
        firstProse = i;
        break;
      }
      if (match[i] != null && match[i].kind() == JunkRules.Kind.HEAD) {
        label[i] = match[i].label();
      }
    }

    // Anywhere rules.
    for (int i = 0; i < end; i++) {
      if (match[i] != null && match[i].kind() == JunkRules.Kind.LINE && label[i] == null) {
        label[i] = match[i].label();
      }
    }

    // Section headers with their teaser headlines (not before the first prose: that would eat
    // the article's own title).
    for (int i = firstProse + 1; i < end; i++) {
      if (match[i] == null || match[i].kind() != JunkRules.Kind.SECTION) {
        continue;
      }
      i = markSection(text, lines, i, end, match, headline, truncated, blank, label);
    }

    // Tail: tail rules, then a teaser list, then tail rules again (either may come first).
    markTailRules(end, match, blank, label);
    markTeaserRun(text, lines, end, headline, truncated, teaser, blank, label);
    markTailRules(end, match, blank, label);

    return toSpans(lines, blank, label);
  }

  /** Marks a section header at {@code i} and its block; returns the last index consumed. */
  private int markSection(
      String text,
      Lines lines,
      int i,
      int end,
      JunkRules.Rule[] match,
      boolean[] headline,
      boolean[] truncated,
      boolean[] blank,
      String[] label) {
    String sectionLabel = match[i].label();
    label[i] = sectionLabel;
    List<Integer> teasers = new ArrayList<>();
    int blockStart = i;

    // Up to two headline-like lines right before the header (a subheading followed by no prose
    // but by a block of other stories is a teaser), provided real prose precedes them.
    List<Integer> before = new ArrayList<>();
    int k = previousNonBlank(blank, i - 1);
    while (k >= 0 && before.size() < 2 && label[k] == null && match[k] == null && headline[k]) {
      before.add(k);
      k = previousNonBlank(blank, k - 1);
    }
    if (!before.isEmpty() && k >= 0 && label[k] == null && match[k] == null
        && isProse(headline[k], truncated[k])) {
      for (int b : before) {
        label[b] = sectionLabel;
        teasers.add(b);
        blockStart = b;
      }
    }

    // Forward: headline-like lines (and one-line junk) until prose resumes.
    int last = i;
    int j = i + 1;
    int consumed = 0;
    while (j < end && consumed < MAX_SECTION_HEADLINES) {
      if (blank[j]) {
        j++;
        continue;
      }
      if (label[j] != null) {
        last = j;
        j++;
        continue;
      }
      if ((headline[j] || truncated[j]) && match[j] == null) {
        label[j] = sectionLabel;
        teasers.add(j);
        last = j;
        consumed++;
        j++;
        continue;
      }
      break;
    }
    // The first paragraph after the teaser headlines may be the blurb of the teased story.
    if (j < end && !teasers.isEmpty() && label[j] == null && match[j] == null) {
      int s = lines.start(j);
      int e = lines.end(j);
      if (e - s <= MAX_BLURB_CHARS
          && isBlurb(text, s, e, lines, teasers, lines.start(blockStart))) {
        label[j] = sectionLabel;
        last = j;
      }
    }
    return last;
  }

  private boolean isBlurb(
      String text, int s, int e, Lines lines, List<Integer> teasers, int blockStart) {
    Set<String> headlineWords = new HashSet<>();
    for (int t : teasers) {
      addContentWords(text, lines.start(t), lines.end(t), headlineWords);
    }
    Set<String> blurbWords = new HashSet<>();
    addContentWords(text, s, e, blurbWords);
    blurbWords.retainAll(headlineWords);
    if (blurbWords.isEmpty()) {
      return false;
    }
    Set<String> earlier = new HashSet<>();
    addContentWords(text, Math.max(0, blockStart - BLURB_CONTEXT_CHARS), blockStart, earlier);
    blurbWords.removeAll(earlier);
    return !blurbWords.isEmpty();
  }

  /** Lower-cased letter words of five or more letters, cut to six letters, minus stopwords. */
  static void addContentWords(String text, int s, int e, Set<String> out) {
    int i = s;
    while (i < e) {
      while (i < e && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int w = i;
      while (i < e && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i - w >= 5) {
        String word = text.substring(w, i).toLowerCase(Locale.ROOT);
        if (!STOPWORDS.contains(word)) {
          out.add(word.length() > 6 ? word.substring(0, 6) : word);
        }
      }
    }
  }

  private static void markTailRules(
      int end, JunkRules.Rule[] match, boolean[] blank, String[] label) {
    for (int i = end - 1; i >= 0; i--) {
      if (blank[i] || label[i] != null) {
        continue;
      }
      if (match[i] != null && match[i].kind() == JunkRules.Kind.TAIL) {
        label[i] = match[i].label();
        continue;
      }
      return;
    }
  }

  private static void markTeaserRun(
      String text,
      Lines lines,
      int end,
      boolean[] headline,
      boolean[] truncated,
      boolean[] teaser,
      boolean[] blank,
      String[] label) {
    List<Integer> run = new ArrayList<>();
    int truncatedCount = 0;
    int i = end - 1;
    for (; i >= 0; i--) {
      if (blank[i] || label[i] != null) {
        continue;
      }
      if (teaser[i]) {
        run.add(i);
        if (truncated[i]) {
          truncatedCount++;
        }
        continue;
      }
      break;
    }
    boolean enough =
        run.size() >= MIN_TEASER_RUN || truncatedCount >= 2 && truncatedCount == run.size();
    if (!enough || i < 0) {
      return; // nothing but headlines: not an article body with a teaser list
    }
    // The line before the run must be prose that does not introduce a list.
    int e = lines.end(i);
    char last = text.charAt(e - 1);
    if (last == ':' || headline[i]) {
      return;
    }
    for (int r : run) {
      label[r] = TEASER;
    }
  }

  private static int previousNonBlank(boolean[] blank, int from) {
    int k = from;
    while (k >= 0 && blank[k]) {
      k--;
    }
    return k;
  }

  private static boolean isProse(boolean headline, boolean truncated) {
    return !headline && !truncated;
  }

  private static List<Span> toSpans(Lines lines, boolean[] blank, String[] label) {
    List<Span> spans = new ArrayList<>();
    int n = label.length;
    int i = 0;
    while (i < n) {
      if (label[i] == null) {
        i++;
        continue;
      }
      String current = label[i];
      int first = i;
      int lastLine = i;
      int j = i + 1;
      while (j < n && (blank[j] || current.equals(label[j]))) {
        if (!blank[j]) {
          lastLine = j;
        }
        j++;
      }
      if (!blank[first]) {
        spans.add(new Span(lines.start(first), lines.end(lastLine), current));
      }
      i = lastLine + 1;
    }
    return spans;
  }

  // ---- line shape ---------------------------------------------------------------------------

  /**
   * A short line that reads like a headline: starts with a capital, digit or single quote (never a
   * double quote: that is a quotation), 2 to 20 words, and no sentence-final punctuation.
   */
  static boolean isHeadlineLike(String text, int s, int e) {
    int len = e - s;
    if (len < 8 || len > MAX_HEADLINE_CHARS) {
      return false;
    }
    char first = text.charAt(s);
    if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '\''
        || first == '\u2018')) {
      return false;
    }
    int tail = e - 1;
    while (tail > s && isClosing(text.charAt(tail))) {
      tail--;
    }
    char last = text.charAt(tail);
    if (".!?:;,\u2026".indexOf(last) >= 0 || last == '-' || last == '\u2014') {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    boolean letters = false;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters = true;
      }
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return letters && words >= 2 && words <= MAX_HEADLINE_WORDS;
  }

  private static final java.util.regex.Pattern LIST_ITEM =
      java.util.regex.Pattern.compile(
          "[(\\[]|\\s(v|vs)\\.?\\s|^\\d+(st|nd|rd|th)?\\.?\\s+\\p{Lu}|^[-*\u2022\u00b7]\\s");

  /**
   * A headline-like line that can be part of a teaser list: at least five words and none of the
   * marks of a real list item (parentheses, "A v B" fixtures, ranks like "1 Name", bullets).
   */
  static boolean isTeaserHeadline(String text, int s, int e) {
    int words = 0;
    boolean inWord = false;
    for (int i = s; i < e; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words >= 5 && !LIST_ITEM.matcher(text.subSequence(s, e)).find();
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '\u2019' || c == '\u201d' || c == ')' || c == ']'
        || c == '\u00bb';
  }

  /** A cut-off teaser: ends with an ellipsis and does not open with a double quote. */
  static boolean isTruncated(String text, int s, int e) {
    if (e - s > MAX_TRUNCATED_CHARS || e - s < 10) {
      return false;
    }
    char first = text.charAt(s);
    if (first == '"' || first == '\u201c' || first == '\u00ab') {
      return false;
    }
    if (text.charAt(e - 1) == '\u2026') {
      return true;
    }
    return e - s >= 3 && text.startsWith("...", e - 3);
  }

  // ---- lines ----------------------------------------------------------------------------------

  /** Trimmed line bounds; a blank line has start == end. */
  static final class Lines {
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int size;

    static Lines split(String text) {
      Lines lines = new Lines();
      int len = text.length();
      int i = 0;
      while (i <= len) {
        int lineStart = i;
        while (i < len && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          i++;
        }
        int lineEnd = i;
        int s = lineStart;
        int e = lineEnd;
        while (s < e && isSpace(text.charAt(s))) {
          s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
          e--;
        }
        if (s == e) {
          s = e = lineStart;
        }
        lines.add(s, e);
        if (i >= len) {
          break;
        }
        if (text.charAt(i) == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') {
          i += 2;
        } else {
          i++;
        }
      }
      return lines;
    }

    static boolean isSpace(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b'
          || c == '\ufeff' || c == '\u00ad' || c == '\u200c' || c == '\u200d' || c == '\u2060';
    }

    private void add(int s, int e) {
      if (size == starts.length) {
        starts = java.util.Arrays.copyOf(starts, size * 2);
        ends = java.util.Arrays.copyOf(ends, size * 2);
      }
      starts[size] = s;
      ends[size] = e;
      size++;
    }

    int size() {
      return size;
    }

    int start(int i) {
      return starts[i];
    }

    int end(int i) {
      return ends[i];
    }
  }
}
