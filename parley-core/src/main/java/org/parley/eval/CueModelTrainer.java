package org.parley.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.statement.ContentCandidates;
import org.parley.statement.CueModel;
import org.parley.statement.Lexicon;

/**
 * Trains {@link CueModel} on PolNeAR {@code train} (never {@code dev}): an averaged perceptron over
 * the candidate tokens of parsed sentences, labelled positive when the token heads a gold cue that
 * is not don't-care. Uses only articles whose annotation is in the eval cache ({@code
 * -Dparley.eval.cache=DIR}; fill it with an {@code AttributionEval} run over {@code train}).
 * Articles {@code i % 15 == 0} (the {@code -Dparley.eval.stride=15} subset) are held out and scored.
 * Deterministic: fixed seed for the shuffles.
 *
 * <p>{@code CueModelTrainer TRAIN_SPLIT OUT_DIR/cue-model.tsv.gz [epochs]} (writes {@code content-model.tsv.gz} beside it)
 */
public final class CueModelTrainer {
  private CueModelTrainer() {}

  record Example(List<String> features, boolean cue) {}

  public static void main(String[] args) throws IOException {
    Path split = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    long t0 = System.nanoTime();
    Lexicon lexicon = Lexicon.load();
    List<GoldArticle> all = GoldReaders.readPolnear(split, Integer.MAX_VALUE);
    List<Example> train = new ArrayList<>();
    List<Example> held = new ArrayList<>();
    int trainArticles = 0;
    int heldArticles = 0;
    for (int a = 0; a < all.size(); a++) {
      GoldArticle g = all.get(a);
      AnnotatedArticle ann = AnnotationCache.cachedOnly(g.article());
      if (ann == null) {
        continue;
      }
      boolean isHeld = a % 15 == 0;
      if (isHeld) {
        heldArticles++;
      } else {
        trainArticles++;
      }
      examples(ann, g.gold(), lexicon, isHeld ? held : train);
    }
    System.out.printf("gold cues in parsed sentences %d, in unparsed %d%n", goldInParsed, goldInUnparsed);
    System.out.printf("articles train %d held-out %d; examples train %d held-out %d%n", trainArticles, heldArticles,
        train.size(), held.size());
    Map<String, double[]> w = trainPerceptron(train, epochs);
    Map<String, Double> avg = new TreeMap<>();
    double bias = 0;
    for (Map.Entry<String, double[]> e : w.entrySet()) {
      double v = e.getValue()[2];
      if (e.getKey().equals("#bias")) {
        bias = v;
      } else if (Math.abs(v) >= PRUNE) {
        avg.put(e.getKey(), v);
      }
    }
    CueModel model = new CueModel(avg, bias);
    report("held-out", model, held);
    report("train", model, train);
    try (PrintWriter pw = writer(out)) {
      pw.println("# Cue classifier weights (averaged perceptron), trained by org.parley.eval.CueModelTrainer on");
      pw.printf("# PolNeAR train: %d articles, %d candidate tokens, %d epochs. feature<TAB>weight.%n", trainArticles,
          train.size(), epochs);
      pw.printf("#bias\t%.2f%n", bias);
      for (Map.Entry<String, Double> e : avg.entrySet()) {
        pw.printf("%s\t%.2f%n", e.getKey(), e.getValue());
      }
    }
    System.out.printf("%d features written to %s in %.1f s%n", avg.size(), out, (System.nanoTime() - t0) / 1e9);

    // Content-span ranker over the candidates of the frames the rules and the cue model find.
    List<Ranked> rtrain = new ArrayList<>();
    List<Ranked> rheld = new ArrayList<>();
    int[] unmatched = new int[2];
    for (int a = 0; a < all.size(); a++) {
      GoldArticle g = all.get(a);
      AnnotatedArticle ann = AnnotationCache.cachedOnly(g.article());
      if (ann == null) {
        continue;
      }
      rankedExamples(ann, g, lexicon, model, a % 15 == 0 ? rheld : rtrain, unmatched);
    }
    System.out.printf("content sets train %d held-out %d (frames with no candidate equal to gold: %d)%n",
        rtrain.size(), rheld.size(), unmatched[0]);
    Map<String, double[]> rw = trainRanker(rtrain, epochs);
    Map<String, Double> ravg = new TreeMap<>();
    for (Map.Entry<String, double[]> e : rw.entrySet()) {
      if (Math.abs(e.getValue()[2]) >= PRUNE) {
        ravg.put(e.getKey(), e.getValue()[2]);
      }
    }
    CueModel ranker = new CueModel(ravg, 0);
    reportRanker("held-out", ranker, rheld);
    reportRanker("train", ranker, rtrain);
    Path contentOut = out.resolveSibling(out.getFileName().toString().endsWith(".gz") ? "content-model.tsv.gz"
        : "content-model.tsv");
    try (PrintWriter pw = writer(contentOut)) {
      pw.println("# Content-span ranker weights (averaged perceptron), trained by org.parley.eval.CueModelTrainer on");
      pw.printf("# PolNeAR train: %d frames whose gold content is among the candidates, %d epochs.%n", rtrain.size(),
          epochs);
      for (Map.Entry<String, Double> e : ravg.entrySet()) {
        pw.printf("%s\t%.2f%n", e.getKey(), e.getValue());
      }
    }
    System.out.printf("%d features written to %s; total %.1f s%n", ravg.size(), contentOut, (System.nanoTime() - t0) / 1e9);
  }

  private static final boolean DEBUG = Boolean.getBoolean("parley.train.debug");
  /** Weights smaller than this (in absolute value) are left out of the written model. */
  private static final double PRUNE = Double.parseDouble(System.getProperty("parley.train.prune", "0.5"));

  /** A UTF-8 writer, gzipped when the name ends in {@code .gz}. */
  private static PrintWriter writer(Path p) throws IOException {
    java.io.OutputStream os = Files.newOutputStream(p);
    if (p.getFileName().toString().endsWith(".gz")) {
      os = new java.util.zip.GZIPOutputStream(os);
    }
    return new PrintWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8));
  }

  record Ranked(List<List<String>> features, int gold) {}

  static void rankedExamples(AnnotatedArticle ann, GoldArticle g, Lexicon lexicon, CueModel cueModel,
      List<Ranked> out, int[] unmatched) {
    String text = g.article().text();
    for (Sentence s : ann.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      for (ContentCandidates cc : CueModel.contentCandidates(s, lexicon, cueModel)) {
        GoldStatement match = null;
        for (GoldStatement gs : g.gold()) {
          if (!gs.optional() && gs.cueStart() >= 0 && gs.cueStart() < cc.cueEnd() && cc.cueStart() < gs.cueEnd()) {
            match = gs;
            break;
          }
        }
        if (match == null) {
          continue;
        }
        int[] gold = Scorer.trim(text, match.start(), match.end(), true);
        int found = -1;
        for (int c = 0; c < cc.spans().size() && found < 0; c++) {
          int[] p = Scorer.trim(text, Scorer.withInfinitiveObject(text, cc.cueEnd(), cc.spans().get(c)[0]),
              cc.spans().get(c)[1], true);
          if (p[0] == gold[0] && p[1] == gold[1]) {
            found = c;
          }
        }
        if (found < 0) {
          unmatched[0]++;
          if (DEBUG && unmatched[0] % 10 == 0) {
            int[] r = cc.spans().get(0);
            System.out.println("G " + text.substring(gold[0], gold[1]).replace('\n', ' ') + "\n   R "
                + text.substring(r[0], r[1]).replace('\n', ' ') + "   <" + text.substring(cc.cueStart(), cc.cueEnd()) + ">");
          }
          continue;
        }
        out.add(new Ranked(cc.features(), found));
      }
    }
  }

  static Map<String, double[]> trainRanker(List<Ranked> xs, int epochs) {
    Map<String, double[]> w = new HashMap<>();
    List<Ranked> order = new ArrayList<>(xs);
    Random rnd = new Random(20260302L);
    int c = 1;
    for (int ep = 0; ep < epochs; ep++) {
      java.util.Collections.shuffle(order, rnd);
      for (Ranked x : order) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < x.features().size(); k++) {
          double sc = 0;
          for (String f : x.features().get(k)) {
            double[] v = w.get(f);
            if (v != null) {
              sc += v[0];
            }
          }
          if (sc > bestScore + 1e-9) {
            best = k;
            bestScore = sc;
          }
        }
        if (best != x.gold()) {
          for (String f : x.features().get(x.gold())) {
            update(w, f, 1, c);
          }
          for (String f : x.features().get(best)) {
            update(w, f, -1, c);
          }
        }
        c++;
      }
    }
    for (double[] v : w.values()) {
      v[2] = v[0] - v[1] / c;
    }
    return w;
  }

  private static void reportRanker(String name, CueModel ranker, List<Ranked> xs) {
    int rule = 0;
    int model = 0;
    for (Ranked x : xs) {
      int best = 0;
      double bestScore = ranker.score(x.features().get(0));
      for (int k = 1; k < x.features().size(); k++) {
        double sc = ranker.score(x.features().get(k));
        if (sc > bestScore + 1e-9) {
          best = k;
          bestScore = sc;
        }
      }
      rule += x.gold() == 0 ? 1 : 0;
      model += x.gold() == best ? 1 : 0;
    }
    System.out.printf("%-8s content span chosen right: rule %d, ranker %d of %d%n", name, rule, model, xs.size());
  }

  private static void report(String name, CueModel model, List<Example> xs) {
    for (double th : new double[] {-0.5, 0, 0.5}) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (Example x : xs) {
        boolean p = model.score(x.features()) > th;
        if (p && x.cue()) {
          tp++;
        } else if (p) {
          fp++;
        } else if (x.cue()) {
          fn++;
        }
      }
      double pr = tp / Math.max(1.0, tp + fp);
      double re = tp / Math.max(1.0, tp + fn);
      System.out.printf("%-8s th=%4.1f cue tokens P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n", name, th, pr, re,
          2 * pr * re / Math.max(1e-9, pr + re), tp, fp, fn);
    }
  }

  /** Candidates of every parsed sentence, labelled; tokens of don't-care cues and cue tails skipped. */
  static int goldInUnparsed;
  static int goldInParsed;

  static void examples(AnnotatedArticle ann, List<GoldStatement> gold, Lexicon lexicon, List<Example> out) {
    for (Sentence s : ann.sentences()) {
      for (GoldStatement gs : gold) {
        if (!gs.optional() && gs.cueStart() >= s.start() && gs.cueStart() < s.end()) {
          if (s.parsed()) {
            goldInParsed++;
          } else {
            goldInUnparsed++;
          }
        }
      }
      if (!s.parsed()) {
        continue;
      }
      List<Token> toks = s.tokens();
      int[] head = new int[toks.size()];
      java.util.Arrays.fill(head, -1);
      for (var d : s.dependencies()) {
        if (d.dependent() >= 0 && d.dependent() < head.length) {
          head[d.dependent()] = d.head();
        }
      }
      int[] label = new int[toks.size()]; // 0 negative, 1 positive, -1 skip
      for (GoldStatement gs : gold) {
        if (gs.cueStart() < 0 || gs.cueEnd() <= s.start() || gs.cueStart() >= s.end()) {
          continue;
        }
        int best = -1;
        for (int i = 0; i < toks.size(); i++) {
          Token t = toks.get(i);
          if (t.start() >= gs.cueStart() && t.end() <= gs.cueEnd()) {
            label[i] = label[i] == 1 ? 1 : -1;
            boolean headOutside = head[i] < 0 || toks.get(head[i]).start() < gs.cueStart()
                || toks.get(head[i]).end() > gs.cueEnd();
            if (best < 0 && headOutside && !gs.optional()) {
              best = i;
            }
          }
        }
        if (best >= 0) {
          label[best] = 1;
        }
      }
      List<Integer> cands = CueModel.candidates(s);
      for (int i : cands) {
        if (label[i] >= 0) {
          out.add(new Example(CueModel.features(s, i, lexicon), label[i] == 1));
        }
      }
    }
  }

  /** Averaged perceptron; value[0] weight, [1] sum of updates times time, [2] averaged weight. */
  static Map<String, double[]> trainPerceptron(List<Example> xs, int epochs) {
    Map<String, double[]> w = new HashMap<>();
    List<Example> order = new ArrayList<>(xs);
    Random rnd = new Random(20260301L);
    int c = 1;
    for (int ep = 0; ep < epochs; ep++) {
      java.util.Collections.shuffle(order, rnd);
      for (Example x : order) {
        double s = w.getOrDefault("#bias", new double[3])[0];
        for (String f : x.features()) {
          double[] v = w.get(f);
          if (v != null) {
            s += v[0];
          }
        }
        boolean pred = s > 0;
        if (pred != x.cue()) {
          double y = x.cue() ? 1 : -1;
          update(w, "#bias", y, c);
          for (String f : x.features()) {
            update(w, f, y, c);
          }
        }
        c++;
      }
    }
    for (double[] v : w.values()) {
      v[2] = v[0] - v[1] / c;
    }
    return w;
  }

  private static void update(Map<String, double[]> w, String f, double y, int c) {
    double[] v = w.computeIfAbsent(f, k -> new double[3]);
    v[0] += y;
    v[1] += y * c;
  }
}
