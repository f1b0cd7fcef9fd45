package org.parley.statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.Sentence;

/**
 * A linear cue classifier over the tokens of a parsed sentence: is this verb, noun or preposition
 * the head of a reporting cue? Trained offline on PolNeAR {@code train} (an averaged perceptron,
 * {@code org.parley.eval.CueModelTrainer}); the weights ship as {@code cue-model.tsv.gz} (gzipped text: feature
 * TAB weight, one a line; the line {@code #bias} is the bias). Features: lemma, part of speech,
 * dependency relation to the head and the head's lemma, relations (and marker words) of the
 * children, a clausal complement, subject or object, quotation marks nearby, position in the
 * sentence, lexicon membership. Scores are deterministic. Safe to share between threads.
 */
public final class CueModel {
  private static final Set<String> QUOTES = Set.of("``", "''", "\"", "\u201c", "\u201d", "\u2018", "\u2019");
  private static final Set<String> PREPS = Set.of("according", "in");

  private final Map<String, Double> weights;
  private final double bias;

  public CueModel(Map<String, Double> weights, double bias) {
    this.weights = Map.copyOf(weights);
    this.bias = bias;
  }

  private static final class Shipped {
    static final CueModel CUES = read("cue-model.tsv.gz");
    static final CueModel CONTENT = read("content-model.tsv.gz");
  }

  /** The shipped cue model (read once), or null when none is on the classpath. */
  public static CueModel load() {
    return Shipped.CUES;
  }

  /**
   * The shipped content-span ranker (same format, {@code content-model.tsv.gz}, trained by {@code
   * org.parley.eval.CueModelTrainer}), or null.
   */
  public static CueModel loadContent() {
    return Shipped.CONTENT;
  }

  private static CueModel read(String resource) {
    try (InputStream raw = CueModel.class.getResourceAsStream(resource)) {
      if (raw == null) {
        return null;
      }
      InputStream in = new java.util.zip.GZIPInputStream(raw);
      Map<String, Double> w = new HashMap<>();
      double b = 0;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.lastIndexOf('\t');
        if (tab < 0 || line.startsWith("# ")) {
          continue;
        }
        String f = line.substring(0, tab);
        double v = Double.parseDouble(line.substring(tab + 1));
        if (f.equals("#bias")) {
          b = v;
        } else {
          w.put(f, v);
        }
      }
      return new CueModel(w, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Score of a candidate token; > 0 means cue. */
  public double score(List<String> features) {
    double s = bias;
    for (String f : features) {
      Double w = weights.get(f);
      if (w != null) {
        s += w;
      }
    }
    return s;
  }

  double score(DepGraph g, int i, Lexicon lexicon) {
    return score(features(g, i, lexicon));
  }

  /** Candidate cue tokens of a parsed sentence: verbs, common nouns and a few prepositions. */
  public static List<Integer> candidates(Sentence sentence) {
    DepGraph g = new DepGraph(sentence);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      if (candidate(g, i)) {
        out.add(i);
      }
    }
    return out;
  }

  static boolean candidate(DepGraph g, int i) {
    String p = g.pos(i);
    return p.startsWith("VB") || p.equals("NN") || p.equals("NNS") || PREPS.contains(g.lower(i));
  }

  /** Training: the content candidates of every verb frame the rules (and {@code cueModel}) find. */
  public static List<ContentCandidates> contentCandidates(Sentence sentence, Lexicon lexicon, CueModel cueModel) {
    FrameFinder finder = new FrameFinder(lexicon, cueModel, null);
    finder.sink = new ArrayList<>();
    finder.find(new DepGraph(sentence));
    return finder.sink;
  }

  public static List<String> features(Sentence sentence, int i, Lexicon lexicon) {
    return features(new DepGraph(sentence), i, lexicon);
  }

  static List<String> features(DepGraph g, int i, Lexicon lexicon) {
    List<String> f = new ArrayList<>(40);
    String lemma = g.lemma(i);
    String pos = g.pos(i);
    String cp = pos.length() > 2 ? pos.substring(0, 2) : pos;
    String rel = g.rel(i);
    int h = g.head(i);
    boolean lex = lexicon.isCue(lemma);
    f.add("l=" + lemma);
    f.add("p=" + pos);
    f.add("lp=" + lemma + "/" + cp);
    f.add("r=" + rel);
    f.add("rp=" + rel + "/" + cp);
    f.add("lr=" + lemma + "/" + rel);
    f.add("lex=" + lex + "/" + cp);
    f.add("lexr=" + lex + "/" + rel);
    f.add("hl=" + (h < 0 ? "ROOT" : g.lemma(h)));
    f.add("hp=" + (h < 0 ? "ROOT" : g.pos(h)));
    f.add("hr=" + (h < 0 ? "ROOT" : g.rel(h)) + "/" + rel);
    if (h >= 0) {
      f.add("lhl=" + lemma + "/" + g.lemma(h));
      f.add("hlex=" + lexicon.isCue(g.lemma(h)) + "/" + rel);
    }
    f.add("w-1=" + (i > 0 ? g.lower(i - 1) : "<s>"));
    f.add("w+1=" + (i + 1 < g.size() ? g.lower(i + 1) : "</s>"));
    f.add("lw+1=" + lemma + "/" + (i + 1 < g.size() ? g.lower(i + 1) : "</s>"));
    f.add("p-1=" + (i > 0 ? g.pos(i - 1) : "<s>") + "/" + cp);
    boolean clausal = false;
    boolean subj = false;
    boolean obj = false;
    for (int c : g.children(i)) {
      String r = g.rel(c);
      f.add("c=" + r);
      f.add("cl=" + lemma + "/" + r);
      if (r.equals("case") || r.equals("mark") || r.equals("compound:prt") || r.equals("aux") || r.equals("aux:pass")) {
        f.add("cw=" + r + "/" + g.lower(c));
      }
      if (r.startsWith("obl") || r.startsWith("nmod")) {
        int cs = g.firstChild(c, "case");
        if (cs >= 0) {
          f.add("cpp=" + g.lower(cs));
          f.add("lcpp=" + lemma + "/" + g.lower(cs));
        }
      }
      if (r.equals("ccomp") || r.equals("parataxis") || r.equals("xcomp") || r.equals("acl")) {
        clausal = true;
        int m = g.firstChild(c, "mark");
        f.add("comp=" + r + "/" + (m < 0 ? "-" : g.lower(m)) + "/" + (c > i ? "R" : "L"));
      }
      if (r.startsWith("nsubj")) {
        subj = true;
        String ner = g.token(c).ner();
        f.add("subj=" + (g.pos(c).startsWith("PRP") ? "PRP" : ner == null ? "O" : ner) + "/" + (c < i ? "L" : "R"));
        f.add("subjl=" + g.lemma(c));
      }
      if (r.equals("obj") || r.equals("iobj")) {
        obj = true;
      }
      if (r.equals("nmod:poss")) {
        f.add("poss=" + (g.pos(c).startsWith("PRP") ? "PRP" : g.token(c).ner()));
      }
    }
    f.add("shape=" + clausal + subj + obj + "/" + cp);
    f.add("lshape=" + lemma + "/" + clausal + subj + obj);
    int n = g.size();
    f.add("pos=" + (i == 0 ? "first" : i >= n - 2 ? "last" : i * 3 / n));
    boolean quoteNear = false;
    boolean quoteIn = false;
    for (int k = 0; k < n; k++) {
      if (QUOTES.contains(g.word(k))) {
        quoteIn = true;
        if (Math.abs(k - i) <= 3) {
          quoteNear = true;
        }
      }
    }
    f.add("q=" + quoteIn + quoteNear);
    f.add("lq=" + lex + quoteIn + quoteNear);
    boolean commaBefore = i > 0 && g.word(i - 1).equals(",");
    f.add("cb=" + commaBefore + "/" + cp);
    return f;
  }
}
