package org.parley.position;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words one of which every match of a regex must contain, read off the regex's leading literal
 * letters ({@code \bdestroy\w*...} needs "destroy"; {@code \b(drop\w*|abandon\w*)\W+nato} needs
 * "drop" or "abandon"), so that a sentence with none of them need not be searched. Deliberately
 * conservative: when any alternative opens with something other than three letters (a class, a
 * lookaround, an optional group, a short word), the regex has none ({@code null}), and is always
 * searched.
 *
 * <p>Case-insensitive Unicode matching ({@link Taxonomy#FLAGS}) compares characters as {@code
 * toLowerCase(toUpperCase(c))}; {@link #fold} applies the same to the text, so folded literals
 * found nowhere in the folded text mean no match.
 */
final class RequiredLiteral {
  /** Shorter literals would rule out too few sentences to pay for the check. */
  private static final int MIN_LENGTH = 3;
  private static final String[] ZERO_WIDTH_OPENINGS = {"\\b", "(?<![\\p{L}\\p{N}])"};

  private RequiredLiteral() {}

  /** Folded literals one of which every match of {@code regex} contains, or null when there are none to tell. */
  static Set<String> of(Pattern regex) {
    return (regex.flags() & Pattern.LITERAL) != 0 ? null : leading(regex.pattern());
  }

  private static Set<String> leading(String source) {
    boolean[] syntax = syntax(source);
    List<String> alternatives = alternatives(source, syntax);
    if (alternatives.size() > 1) {
      Set<String> union = new HashSet<>();
      for (String alternative : alternatives) {
        Set<String> literals = leading(alternative);
        if (literals == null) {
          return null;
        }
        union.addAll(literals);
      }
      return union;
    }
    int i = 0;
    for (String opening : ZERO_WIDTH_OPENINGS) {
      if (source.startsWith(opening)) {
        i = opening.length();
        break;
      }
    }
    if (source.startsWith("(", i) && (!source.startsWith("(?", i) || source.startsWith("(?:", i))) {
      int close = closing(source, syntax, i);
      boolean optional = close < 0 || close + 1 < source.length() && "?*{".indexOf(source.charAt(close + 1)) >= 0;
      int inner = source.startsWith("(?:", i) ? i + 3 : i + 1;
      return optional ? null : leading(source.substring(inner, close));
    }
    boolean quoted = source.startsWith("\\Q", i);
    if (quoted) {
      i += 2;
    }
    int start = i;
    while (i < source.length() && Character.isLetter(source.charAt(i))) {
      i++;
    }
    int end = i;
    // the last letter is optional or repeated when a quantifier follows it (or its quote's \E)
    int next = quoted && source.startsWith("\\E", end) ? end + 2 : end;
    boolean quotedOn = quoted && next == end;
    if (!quotedOn && end > start && next < source.length() && "?*+{".indexOf(source.charAt(next)) >= 0) {
      end--;
    }
    return end - start >= MIN_LENGTH ? Set.of(fold(source.substring(start, end))) : null;
  }

  /** Each character as case-insensitive Unicode matching compares it. */
  static String fold(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
    }
    return out.toString();
  }

  /** The regex split at '|' outside groups. */
  private static List<String> alternatives(String source, boolean[] syntax) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < source.length(); i++) {
      if (syntax[i]) {
        char c = source.charAt(i);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (c == '|' && depth == 0) {
          out.add(source.substring(from, i));
          from = i + 1;
        }
      }
    }
    out.add(source.substring(from));
    return out;
  }

  /** The ')' closing the group opened at {@code open}, or -1. */
  private static int closing(String source, boolean[] syntax, int open) {
    int depth = 0;
    for (int i = open; i < source.length(); i++) {
      if (syntax[i]) {
        char c = source.charAt(i);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Which characters are regex syntax rather than matched text: not escaped, not inside \Q...\E,
   * not inside a character class (only '(', ')' and '|' are looked at).
   */
  private static boolean[] syntax(String source) {
    boolean[] syntax = new boolean[source.length()];
    boolean inClass = false;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\') {
        if (source.startsWith("\\Q", i)) {
          int close = source.indexOf("\\E", i + 2);
          i = close < 0 ? source.length() : close + 1;
        } else {
          i++;
        }
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        // a ']' right after '[' or '[^' is a member, not the end
        if (source.startsWith("]", i + 1) || source.startsWith("^]", i + 1)) {
          i += source.charAt(i + 1) == '^' ? 2 : 1;
        }
      } else {
        syntax[i] = true;
      }
    }
    return syntax;
  }
}
