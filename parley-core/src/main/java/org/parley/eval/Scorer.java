package org.parley.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Statement;
import org.parley.model.StatementKind;

/**
 * Scores predicted against gold statements as docs/attribution.md says: content matched exactly
 * (after trimming quotation marks, whitespace and trailing {@code ,.;:}) and by overlap (token F1
 * >= 0.5), one-to-one; source and cue spans as sets of exact (trimmed) spans; speaker accuracy on
 * overlap-matched pairs. Gold items marked optional are don't-care: predictions matching them
 * count neither way.
 *
 * <p>PolNeAR's conventions differ from Parley's in four documented ways, normalised here (and in
 * {@link GoldReaders}) only when scoring PolNeAR: (1) content may start with "that"; (2) a quote
 * interrupted by its tag is one attribution with discontinuous content, Parley's two records are
 * joined ({@link #joinInterruptedQuotes}); (3) source spans keep appositions and relative clauses,
 * a predicted source equal to one comma-delimited segment of the gold source counts for it; (4) the
 * content of "urged X to Y" includes the object X ({@link #withInfinitiveObject}). Beliefs
 * and thoughts, which PolNeAR marks and Parley does not extract, are don't-care gold ({@link
 * GoldReaders#BELIEFS_DONT_CARE}; {@code -Dparley.eval.beliefs=count} to count them).
 */
final class Scorer {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final String TRIM_LEAD = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e([ \t\n\r\u00a0";
  private static final String TRIM_TAIL = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb,.;:)] \t\n\r\u00a0";
  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "mr", "mrs", "ms", "dr", "unnamed", "s");

  private final boolean stripThat;

  /** @param stripThat also ignore a leading "that" (PolNeAR keeps the complementiser in content) */
  Scorer(boolean stripThat) {
    this.stripThat = stripThat;
  }

  /** Mutable tallies over many articles. */
  static final class Tally {
    Prf exact = Prf.ZERO;
    Prf overlap = Prf.ZERO;
    Prf source = Prf.ZERO;
    Prf cue = Prf.ZERO;
    int speakerCorrect;
    int speakerPairs;
    final Map<String, Prf> overlapByKind = new LinkedHashMap<>();
    final Map<String, Prf> exactByKind = new LinkedHashMap<>();
  }

  void score(String text, List<Statement> predicted, List<GoldStatement> gold, Tally t) {
    if (stripThat) {
      predicted = joinInterruptedQuotes(text, predicted);
    }
    int[][] predSpans = new int[predicted.size()][];
    for (int i = 0; i < predicted.size(); i++) {
      Statement p = predicted.get(i);
      int start = stripThat ? withInfinitiveObject(text, p) : p.start();
      predSpans[i] = trim(text, start, p.end(), stripThat);
    }
    int[][] goldSpans = new int[gold.size()][];
    for (int j = 0; j < gold.size(); j++) {
      goldSpans[j] = trim(text, gold.get(j).start(), gold.get(j).end(), stripThat);
    }
    // Overlap matching, greedy by F1.
    int[] overlapOf = match(text, predicted, gold, predSpans, goldSpans, false);
    int[] exactOf = match(text, predicted, gold, predSpans, goldSpans, true);
    t.overlap = t.overlap.plus(prf(predicted, gold, overlapOf));
    t.exact = t.exact.plus(prf(predicted, gold, exactOf));
    for (StatementKind kind : StatementKind.values()) {
      t.overlapByKind.merge(kind.label(), prfKind(predicted, gold, overlapOf, kind), Prf::plus);
      t.exactByKind.merge(kind.label(), prfKind(predicted, gold, exactOf, kind), Prf::plus);
    }
    for (int i = 0; i < predicted.size(); i++) {
      int j = overlapOf[i];
      if (j < 0 || gold.get(j).optional()) {
        continue;
      }
      GoldStatement g = gold.get(j);
      Statement p = predicted.get(i);
      if (g.speaker() != null) {
        t.speakerPairs++;
        if (sameSpeaker(p.speaker(), g.speaker(), g.speakerMention())) {
          t.speakerCorrect++;
        }
      } else if (g.speakerStart() >= 0) {
        t.speakerPairs++;
        if (p.speakerStart() >= 0 && p.speakerStart() < g.speakerEnd() && g.speakerStart() < p.speakerEnd()) {
          t.speakerCorrect++;
        }
      }
    }
    t.source = t.source.plus(spanSets(text, predicted, gold, true));
    t.cue = t.cue.plus(spanSets(text, predicted, gold, false));
  }

  /**
   * PolNeAR convention: a quote interrupted by its tag ({@code "A," he said. "B."}) is one
   * attribution whose content is discontinuous (A and B), where Parley gives two records (the
   * second untagged, inheriting the speaker). For PolNeAR the untagged continuation is joined to
   * the tagged record before it when nothing but that record's tag lies between them; the joined
   * content runs from A's start to B's end, as the gold does (first fragment start to last end).
   */
  private static final Pattern OBJECT_GAP = Pattern.compile("\\s+[^.;:!?,\n\"\u201c\u201d]{1,60}?\\s+");

  /**
   * PolNeAR's "urged X to Y" content is "X to Y"; Parley's is "to Y" with X as the addressee. A
   * predicted infinitive content right after its cue and a short object starts at the object.
   */
  static int withInfinitiveObject(String text, Statement p) {
    return withInfinitiveObject(text, p.cueEnd(), p.start());
  }

  static int withInfinitiveObject(String text, int cueEnd, int start) {
    if (cueEnd < 0 || cueEnd >= start || !text.startsWith("to ", start)) {
      return start;
    }
    if (!OBJECT_GAP.matcher(text.substring(cueEnd, start)).matches()) {
      return start;
    }
    int s = cueEnd;
    while (s < start && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    return s;
  }

  static List<Statement> joinInterruptedQuotes(String text, List<Statement> predicted) {
    List<Statement> out = new ArrayList<>(predicted.size());
    for (Statement p : predicted) {
      Statement prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && p.cue() == null && prev.cue() != null && p.kind() != StatementKind.INDIRECT
          && prev.end() <= prev.cueStart() && prev.cueEnd() <= p.start() && p.start() - prev.end() <= 160
          && java.util.Objects.equals(prev.speaker(), p.speaker()) && tagOnly(text, prev, p.start())) {
        out.set(out.size() - 1, new Statement(
            prev.articleId(), prev.id(), prev.kind(), text.substring(prev.start(), p.end()), prev.start(), p.end(),
            prev.speaker(), prev.speakerEntity(), prev.speakerMention(), prev.speakerStart(), prev.speakerEnd(),
            prev.cue(), prev.cueStart(), prev.cueEnd(), prev.addressee(), prev.via(), prev.dateText(), prev.date(),
            prev.confidence()));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** True when the gap after {@code prev} up to {@code to} holds one sentence break at most: its tag. */
  private static boolean tagOnly(String text, Statement prev, int to) {
    String gap = text.substring(prev.end(), to);
    String after = text.substring(Math.max(prev.cueEnd(), prev.speakerEnd()), to);
    return gap.chars().filter(c -> c == '\n').count() <= 2 && !after.strip().matches(".*\\p{L}{3,}.*[.!?].*\\p{L}.*");
  }

  private Prf spanSets(String text, List<Statement> predicted, List<GoldStatement> gold, boolean source) {
    Set<String> goldSet = new HashSet<>();
    Set<String> optional = new HashSet<>();
    for (GoldStatement g : gold) {
      int s = source ? g.speakerStart() : g.cueStart();
      int e = source ? g.speakerEnd() : g.cueEnd();
      if (s >= 0) {
        int[] sp = trim(text, s, e, false);
        (g.optional() ? optional : goldSet).add(sp[0] + ":" + sp[1]);
      }
    }
    // PolNeAR source spans keep appositions and relative clauses ("Sam Lau, the communications
    // director for the party,"); Parley's speaker mention is the noun phrase without them. For
    // PolNeAR a predicted source equal to one comma-delimited segment of a gold source (the name or
    // the description) stands for that gold source.
    java.util.Map<String, String> segmentOf = new java.util.HashMap<>();
    if (source && stripThat) {
      for (GoldStatement g : gold) {
        if (g.speakerStart() < 0) {
          continue;
        }
        int[] whole = trim(text, g.speakerStart(), g.speakerEnd(), false);
        String goldKey = whole[0] + ":" + whole[1];
        int from = whole[0];
        for (int k = whole[0]; k <= whole[1]; k++) {
          if (k == whole[1] || text.charAt(k) == ',') {
            int[] seg = trim(text, from, k, false);
            if (seg[1] > seg[0] && (k < whole[1] || from > whole[0])) {
              segmentOf.putIfAbsent(seg[0] + ":" + seg[1], goldKey);
            }
            from = k + 1;
          }
        }
      }
    }
    Set<String> predSet = new HashSet<>();
    for (Statement p : predicted) {
      int s = source ? p.speakerStart() : p.cueStart();
      int e = source ? p.speakerEnd() : p.cueEnd();
      if (s >= 0) {
        int[] sp = trim(text, s, e, false);
        String key = sp[0] + ":" + sp[1];
        if (!goldSet.contains(key) && segmentOf.containsKey(key)) {
          key = segmentOf.get(key);
        }
        if (!optional.contains(key) || goldSet.contains(key)) {
          predSet.add(key);
        }
      }
    }
    int tp = 0;
    for (String k : predSet) {
      if (goldSet.contains(k)) {
        tp++;
      }
    }
    return new Prf(tp, predSet.size(), tp, goldSet.size());
  }

  private static Prf prf(List<Statement> predicted, List<GoldStatement> gold, int[] matchOf) {
    int tp = 0;
    int pred = 0;
    for (int i = 0; i < predicted.size(); i++) {
      if (matchOf[i] >= 0 && gold.get(matchOf[i]).optional()) {
        continue;
      }
      pred++;
      if (matchOf[i] >= 0) {
        tp++;
      }
    }
    int goldCount = (int) gold.stream().filter(g -> !g.optional()).count();
    return new Prf(tp, pred, tp, goldCount);
  }

  private static Prf prfKind(List<Statement> predicted, List<GoldStatement> gold, int[] matchOf, StatementKind kind) {
    int tpPred = 0;
    int pred = 0;
    for (int i = 0; i < predicted.size(); i++) {
      if (predicted.get(i).kind() != kind || (matchOf[i] >= 0 && gold.get(matchOf[i]).optional())) {
        continue;
      }
      pred++;
      if (matchOf[i] >= 0) {
        tpPred++;
      }
    }
    Set<Integer> matched = new HashSet<>();
    for (int m : matchOf) {
      matched.add(m);
    }
    int tpGold = 0;
    int goldCount = 0;
    for (int j = 0; j < gold.size(); j++) {
      if (gold.get(j).kind() == kind && !gold.get(j).optional()) {
        goldCount++;
        if (matched.contains(j)) {
          tpGold++;
        }
      }
    }
    return new Prf(tpPred, pred, tpGold, goldCount);
  }

  /** One-to-one matching: for each prediction the gold index it matched, or -1. */
  private static int[] match(String text, List<Statement> predicted, List<GoldStatement> gold, int[][] predSpans,
      int[][] goldSpans, boolean exact) {
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      for (int j = 0; j < gold.size(); j++) {
        double score;
        if (exact) {
          score = predSpans[i][0] == goldSpans[j][0] && predSpans[i][1] == goldSpans[j][1] ? 1 : 0;
        } else {
          score = tokenF1(text, predSpans[i], List.of(new int[] {predSpans[i][0], predSpans[i][1]}),
              gold.get(j).fragments());
        }
        if (score >= 0.5) {
          pairs.add(new double[] {score, i, j});
        }
      }
    }
    pairs.sort((a, b) -> Double.compare(b[0], a[0]));
    int[] of = new int[predicted.size()];
    java.util.Arrays.fill(of, -1);
    boolean[] goldUsed = new boolean[gold.size()];
    for (double[] p : pairs) {
      int i = (int) p[1];
      int j = (int) p[2];
      if (of[i] < 0 && !goldUsed[j]) {
        of[i] = j;
        goldUsed[j] = true;
      }
    }
    return of;
  }

  static double tokenF1(String text, int[] unused, List<int[]> a, List<int[]> b) {
    Set<Integer> ta = tokenStarts(text, a);
    Set<Integer> tb = tokenStarts(text, b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (int x : ta) {
      if (tb.contains(x)) {
        common++;
      }
    }
    if (common == 0) {
      return 0;
    }
    double p = common / (double) ta.size();
    double r = common / (double) tb.size();
    return 2 * p * r / (p + r);
  }

  private static Set<Integer> tokenStarts(String text, List<int[]> spans) {
    Set<Integer> out = new HashSet<>();
    for (int[] s : spans) {
      Matcher m = WORD.matcher(text).region(Math.max(0, s[0]), Math.min(text.length(), s[1]));
      while (m.find()) {
        out.add(m.start());
      }
    }
    return out;
  }

  /** The span without surrounding quotation marks, whitespace and trailing ,.;: (and "that "). */
  static int[] trim(String text, int s, int e, boolean stripThat) {
    boolean changed = true;
    while (changed && s < e) {
      changed = false;
      while (s < e && TRIM_LEAD.indexOf(text.charAt(s)) >= 0) {
        s++;
        changed = true;
      }
      while (e > s && TRIM_TAIL.indexOf(text.charAt(e - 1)) >= 0) {
        e--;
        changed = true;
      }
      if (stripThat && e - s > 5 && text.regionMatches(true, s, "that ", 0, 5)) {
        s += 5;
        changed = true;
      }
    }
    return new int[] {s, e};
  }

  /** Same speaker: equal names, or one's name words contained in the other's (or the mention's). */
  static boolean sameSpeaker(String predicted, String gold, String goldMention) {
    if (predicted == null || gold == null) {
      return predicted == null && gold == null;
    }
    Set<String> p = words(predicted);
    if (p.isEmpty()) {
      return false;
    }
    return containsFuzzy(words(gold), p) || containsFuzzy(p, words(gold))
        || (goldMention != null && containsFuzzy(words(goldMention), p));
  }

  private static boolean containsFuzzy(Set<String> big, Set<String> small) {
    if (small.isEmpty()) {
      return false;
    }
    for (String w : small) {
      boolean found = false;
      for (String b : big) {
        if (b.equals(w) || (w.length() >= 5 && b.length() >= 5 && editDistanceAtMostOne(b, w))) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean editDistanceAtMostOne(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (a.length() > b.length()) {
        i++;
      } else if (b.length() > a.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }

  private static Set<String> words(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(n);
    while (m.find()) {
      if (!STOP.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }
}
