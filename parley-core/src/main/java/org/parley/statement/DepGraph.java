package org.parley.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;

/** Navigation over one sentence's basic dependency arcs: heads, children, subtrees, spans. */
final class DepGraph {
  final Sentence sentence;
  final List<Token> tokens;
  private final int[] head;
  private final String[] rel;
  private final List<List<Integer>> children;

  DepGraph(Sentence sentence) {
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    int n = tokens.size();
    head = new int[n];
    rel = new String[n];
    Arrays.fill(head, -1);
    Arrays.fill(rel, "");
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n) {
        continue;
      }
      head[d.dependent()] = d.head();
      rel[d.dependent()] = d.relation();
      if (d.head() >= 0 && d.head() < n) {
        children.get(d.head()).add(d.dependent());
      }
    }
    for (List<Integer> c : children) {
      c.sort(Integer::compare);
    }
  }

  int size() {
    return tokens.size();
  }

  int head(int i) {
    return head[i];
  }

  String rel(int i) {
    return rel[i];
  }

  /** The relation without its subtype ({@code nsubj:pass} -> {@code nsubj}). */
  String baseRel(int i) {
    int colon = rel[i].indexOf(':');
    return colon < 0 ? rel[i] : rel[i].substring(0, colon);
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  List<Integer> children(int i, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      for (String r : relations) {
        if (rel[c].equals(r)) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  int firstChild(int i, String... relations) {
    List<Integer> c = children(i, relations);
    return c.isEmpty() ? -1 : c.get(0);
  }

  Token token(int i) {
    return tokens.get(i);
  }

  String word(int i) {
    return tokens.get(i).word();
  }

  String lower(int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }

  String lemma(int i) {
    String l = tokens.get(i).lemma();
    return (l == null ? tokens.get(i).word() : l).toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    String p = tokens.get(i).pos();
    return p == null ? "" : p;
  }

  boolean isVerb(int i) {
    return pos(i).startsWith("VB");
  }

  /** Token indices of the subtree rooted at {@code root}, skipping children the filter rejects. */
  boolean[] subtree(int root, Predicate<Integer> keepChild) {
    boolean[] in = new boolean[tokens.size()];
    collect(root, keepChild, in);
    return in;
  }

  boolean[] subtree(int root) {
    return subtree(root, c -> true);
  }

  private void collect(int i, Predicate<Integer> keep, boolean[] in) {
    in[i] = true;
    for (int c : children.get(i)) {
      if (!in[c] && keep.test(c)) {
        collect(c, keep, in);
      }
    }
  }

  static int first(boolean[] in) {
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        return i;
      }
    }
    return -1;
  }

  static int last(boolean[] in) {
    for (int i = in.length - 1; i >= 0; i--) {
      if (in[i]) {
        return i;
      }
    }
    return -1;
  }

  /** True when {@code anc} dominates {@code i} (or equals it). */
  boolean dominates(int anc, int i) {
    int guard = 0;
    while (i >= 0 && guard++ < 200) {
      if (i == anc) {
        return true;
      }
      i = head[i];
    }
    return false;
  }

  /** Token index whose span contains or starts at the char offset; -1 if none. */
  int tokenAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return tokens.get(i).start() <= offset ? i : -1;
      }
    }
    return -1;
  }

  int charStart(int tok) {
    return tokens.get(tok).start();
  }

  int charEnd(int tok) {
    return tokens.get(tok).end();
  }

  static boolean isPunct(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isLetterOrDigit(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  boolean isPunct(int i) {
    return isPunct(word(i));
  }
}
