package org.parley.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Link;
import org.parley.model.LinkKind;
import org.parley.model.LinkType;

/**
 * Passim-style detection of text reuse between articles. Every article's words (junk spans left
 * out) give n-word shingles; an inverted index built by sorting ({@link PairCounter}) yields the
 * article pairs sharing enough rare shingles (shingles in more than {@code dfCap} articles are
 * boilerplate and ignored); each candidate pair is aligned: shared shingles are seeds, chained
 * along near-diagonals (small edits tolerated) into maximal passages with character offsets in both
 * articles. Add documents, then call {@link #detect()} once. A pair is always aligned with the
 * smaller article id first, so the passages depend on the set of articles, not on their order
 * (which lets {@link ReuseIndex} add articles to a previous run and get what a full run gets).
 */
public final class ReuseDetector {
  public record Config(int n, int dfCap, int minSharedShingles, int minSeeds, int minPassageWords, int maxGap, int maxSkew) {
    /** 5-word shingles, boilerplate above 50 articles, 5 shared shingles, passages of 20+ words. */
    public static final Config DEFAULT = new Config(5, 50, 5, 4, 20, 12, 6);
  }

  private final Config config;
  private final List<ReuseDoc> docs = new ArrayList<>();
  private final List<int[]> wordHashes = new ArrayList<>();
  private final List<int[]> starts = new ArrayList<>();
  private final List<int[]> ends = new ArrayList<>();
  private final PairCounter counter = new PairCounter();

  public ReuseDetector() {
    this(Config.DEFAULT);
  }

  public ReuseDetector(Config config) {
    this.config = config;
  }

  /** Adds one article; its text is tokenised now and not kept. */
  public void add(ReuseDoc doc) {
    Words.Tokens t = Words.tokenize(doc.text(), doc.junk());
    int[] h = new int[t.size()];
    for (int i = 0; i < h.length; i++) {
      h[i] = (int) Words.hash(t.words()[i]);
    }
    int item = docs.size();
    docs.add(new ReuseDoc(doc.id(), doc.outlet(), doc.published(), "", List.of()));
    wordHashes.add(h);
    starts.add(t.starts());
    ends.add(t.ends());
    for (int i = 0; i + config.n() <= h.length; i++) {
      counter.add(shingle(h, i), item);
    }
  }

  public int size() {
    return docs.size();
  }

  private long shingle(int[] h, int from) {
    long x = Words.SEED;
    for (int k = 0; k < config.n(); k++) {
      x = Words.mix(x * 31 + h[from + k]);
    }
    return x;
  }

  /**
   * The result: aligned passages (one link each), how many article pairs were candidates, and the
   * sorted shingle postings ({@link PairCounter} packing) a {@link ReuseIndex} keeps.
   */
  public record Result(List<Link> passages, long candidatePairs, long postings, long indexMillis, long alignMillis, long[] sortedPostings) {}

  public Result detect() {
    long t0 = System.nanoTime();
    long postings = counter.postings();
    PairCounter.Counts counts = counter.count(config.dfCap());
    long[] candidates = counts.pairs().keysAtLeast(config.minSharedShingles());
    long t1 = System.nanoTime();
    List<Link> out = new ArrayList<>();
    for (long pair : candidates) {
      out.addAll(alignPair((int) (pair >>> 32), (int) pair, counts.frequent()));
    }
    out.sort(PASSAGE_ORDER);
    long t2 = System.nanoTime();
    return new Result(out, candidates.length, postings, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, counts.sorted());
  }

  /** The order passages are listed in. */
  static final Comparator<Link> PASSAGE_ORDER =
      Comparator.comparing(Link::from).thenComparing(Link::to).thenComparingInt(Link::fromStart).thenComparingInt(Link::toStart);

  /** Passages between items a and b, aligned with the smaller article id first. */
  List<Link> alignPair(int a, int b, LongIntMap frequent) {
    return docs.get(a).id().compareTo(docs.get(b).id()) <= 0 ? align(a, b, frequent) : align(b, a, frequent);
  }

  ReuseDoc doc(int item) {
    return docs.get(item);
  }

  /** The item's distinct shingle features ({@link PairCounter#featureKey}), sorted. */
  long[] features(int item) {
    int[] h = wordHashes.get(item);
    long[] out = new long[Math.max(0, h.length - config.n() + 1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = PairCounter.featureKey(shingle(h, i));
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  Config config() {
    return config;
  }

  /** Aligned passages between articles a and b. */
  List<Link> align(int a, int b, LongIntMap frequent) {
    int[] ha = wordHashes.get(a);
    int[] hb = wordHashes.get(b);
    int n = config.n();
    Map<Long, int[]> inB = new HashMap<>();
    for (int j = 0; j + n <= hb.length; j++) {
      long s = shingle(hb, j);
      if (frequent.contains(PairCounter.featureKey(s))) {
        continue;
      }
      inB.merge(s, new int[] {j}, (x, y) -> x.length >= 4 ? x : append(x, y[0]));
    }
    List<int[]> seeds = new ArrayList<>();
    for (int i = 0; i + n <= ha.length; i++) {
      int[] js = inB.get(shingle(ha, i));
      if (js != null) {
        for (int j : js) {
          seeds.add(new int[] {i, j});
        }
      }
    }
    // chain seeds in order of position in a along near-diagonals
    List<int[]> chains = new ArrayList<>(); // {firstI, firstJ, lastI, lastJ, seeds}
    for (int[] seed : seeds) {
      int i = seed[0];
      int j = seed[1];
      int[] bestChain = null;
      int bestSkew = Integer.MAX_VALUE;
      for (int k = chains.size() - 1; k >= 0; k--) {
        int[] c = chains.get(k);
        if (i - c[2] > config.maxGap()) {
          continue;
        }
        int di = i - c[2];
        int dj = j - c[3];
        if (di <= 0 || dj <= 0 || dj > config.maxGap()) {
          continue;
        }
        int skew = Math.abs(di - dj);
        if (skew <= config.maxSkew() && skew < bestSkew) {
          bestSkew = skew;
          bestChain = c;
        }
      }
      if (bestChain != null) {
        bestChain[2] = i;
        bestChain[3] = j;
        bestChain[4]++;
      } else {
        chains.add(new int[] {i, j, i, j, 1});
      }
    }
    List<Link> out = new ArrayList<>();
    ReuseDoc da = docs.get(a);
    ReuseDoc db = docs.get(b);
    boolean aFirst = earlier(da, db);
    for (int[] c : chains) {
      int wordsA = c[2] + n - c[0];
      int wordsB = c[3] + n - c[1];
      if (c[4] < config.minSeeds() || Math.min(wordsA, wordsB) < config.minPassageWords()) {
        continue;
      }
      int aStart = starts.get(a)[c[0]];
      int aEnd = ends.get(a)[c[2] + n - 1];
      int bStart = starts.get(b)[c[1]];
      int bEnd = ends.get(b)[c[3] + n - 1];
      double score = StatementClusterer.round(Math.min(1.0, (c[4] + n - 1) / (double) Math.max(wordsA, wordsB)));
      ReuseDoc from = aFirst ? da : db;
      ReuseDoc to = aFirst ? db : da;
      boolean directed = from.published() != null && to.published() != null && from.published().isBefore(to.published());
      out.add(
          aFirst
              ? new Link(LinkType.REUSED_PASSAGE, LinkKind.COPY, da.id(), da.id(), da.outlet(), da.published(), aStart, aEnd,
                  db.id(), db.id(), db.outlet(), db.published(), bStart, bEnd, directed, score, null, List.of())
              : new Link(LinkType.REUSED_PASSAGE, LinkKind.COPY, db.id(), db.id(), db.outlet(), db.published(), bStart, bEnd,
                  da.id(), da.id(), da.outlet(), da.published(), aStart, aEnd, directed, score, null, List.of()));
    }
    return out;
  }

  private static int[] append(int[] x, int v) {
    int[] y = Arrays.copyOf(x, x.length + 1);
    y[x.length] = v;
    return y;
  }

  /** True when a is the earlier report: earlier date, else (same or unknown) smaller id. */
  private static boolean earlier(ReuseDoc a, ReuseDoc b) {
    LocalDate pa = a.published();
    LocalDate pb = b.published();
    if (pa != null && pb != null && !pa.equals(pb)) {
      return pa.isBefore(pb);
    }
    if (pa != null && pb == null) {
      return true;
    }
    if (pa == null && pb != null) {
      return false;
    }
    return a.id().compareTo(b.id()) <= 0;
  }
}
