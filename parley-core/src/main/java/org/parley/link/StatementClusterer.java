package org.parley.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Link;
import org.parley.model.LinkKind;
import org.parley.model.LinkType;
import org.parley.model.StatementKind;

/**
 * Groups reports of one statement across articles. Candidates come from two inverted indexes built
 * by sorting ({@link PairCounter}): word 3-shingles (verbatim and partial quotes, any speaker) and
 * content-word stems blocked by speaker group (paraphrases); each candidate pair is verified by
 * shingle containment / Jaccard and term coverage together with how the speakers relate. Never
 * compares all pairs.
 */
public final class StatementClusterer {
  /** Thresholds; see docs/decisions.md. */
  public record Config(
      double exactJaccard,
      double partialContainment,
      double paraphraseCoverage,
      int minWords,
      int unknownSpeakerMinWords,
      double unknownSpeakerContainment,
      int shingleDfCap,
      int termDfCap,
      int paraphraseMaxDays,
      int reportGap,
      int reportMaxStatements) {
    public static final Config DEFAULT = new Config(0.8, 0.8, 0.5, 4, 10, 0.9, 200, 60, 10, 300, 4);
  }

  private static final int N = 3;
  /** Number words read as figures, so "Fifteen drones" and "210 drones" differ. */
  private static final Map<String, Integer> NUMBER_WORDS = numberWords();

  private static Map<String, Integer> numberWords() {
    String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    Map<String, Integer> m = new HashMap<>();
    for (int i = 2; i < units.length; i++) {
      m.put(units[i], i);
    }
    for (int i = 0; i < tens.length; i++) {
      m.put(tens[i], 20 + 10 * i);
    }
    return Map.copyOf(m);
  }
  private static final Pattern QUOTED =
      Pattern.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]([^\"\u201c\u201d\u201e\u00ab\u00bb]{3,})[\"\u201c\u201d\u201e\u00ab\u00bb]");

  private final Config config;
  private final LinkLexicon lexicon = LinkLexicon.get();
  /** Per run: a term's weight, log(1 + N/df); negative for generic terms (in over 2% of statements). */
  private Map<String, Double> termWeight = Map.of();
  /** A rare term is in at most one statement in this many. */
  static final int RARE_RATIO = 1000;
  /** Per run: the weight from which a term is rare. */
  private double rareWeight = Double.MAX_VALUE;

  public StatementClusterer() {
    this(Config.DEFAULT);
  }

  public StatementClusterer(Config config) {
    this.config = config;
  }

  /** Statements prepared once for comparison. */
  static final class Prepared {
    final LinkStatement s;
    final int words;
    final long[] shingles; // sorted, distinct
    final long[] quoteShingles; // sorted, distinct: shingles inside quotation marks
    final String[] terms; // sorted, distinct stems
    final String[] numbers; // sorted, distinct digit tokens
    final SpeakerKeys.Profile speaker;
    /** Terms of the whole report this statement is part of (see {@link #reports}); at least {@link #terms}. */
    String[] reportTerms;
    int reportSize = 1;

    Prepared(LinkStatement s, LinkLexicon lex) {
      this.s = s;
      speaker = SpeakerKeys.profile(s);
      Words.Tokens t = Words.tokenize(s.content());
      words = t.size();
      shingles = shingles(Words.hashes(t.words()));
      if (s.kind() == StatementKind.DIRECT) {
        quoteShingles = shingles;
      } else {
        List<Long> q = new ArrayList<>();
        Matcher m = QUOTED.matcher(s.content());
        while (m.find()) {
          for (long h : shingles(Words.hashes(Words.tokenize(m.group(1)).words()))) {
            q.add(h);
          }
        }
        quoteShingles = q.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
      }
      Set<String> ts = new HashSet<>();
      Set<String> ns = new HashSet<>();
      String[] ws = t.words();
      for (int k = 0; k < ws.length; k++) {
        String w = ws[k];
        if (Character.isDigit(w.charAt(0))) {
          ns.add(w);
        } else if (NUMBER_WORDS.containsKey(w)) {
          int v = NUMBER_WORDS.get(w);
          if (v >= 20 && v % 10 == 0 && k + 1 < ws.length && NUMBER_WORDS.getOrDefault(ws[k + 1], 10) < 10) {
            v += NUMBER_WORDS.get(ws[++k]); // twenty-five
          }
          ns.add(Integer.toString(v));
        }
        String term = lex.term(w);
        if (term != null) {
          ts.add(term);
        }
      }
      terms = ts.toArray(String[]::new);
      Arrays.sort(terms);
      numbers = ns.toArray(String[]::new);
      Arrays.sort(numbers);
      reportTerms = terms;
    }

    private static long[] shingles(long[] hashes) {
      if (hashes.length < N) {
        return new long[0];
      }
      long[] out = new long[hashes.length - N + 1];
      for (int i = 0; i < out.length; i++) {
        out[i] = Words.shingle(hashes, i, N);
      }
      return Arrays.stream(out).sorted().distinct().toArray();
    }
  }

  /** Clusters and the verified pair links behind them. */
  public record Result(List<StatementCluster> clusters, List<Link> links, long candidates) {}

  public Result cluster(List<LinkStatement> statements) {
    return cluster(statements, List.of());
  }

  /**
   * Clusters, also using reused passages ({@link LinkType#REUSED_PASSAGE} links): a statement whose
   * words lie in a passage copied into another article is the same statement as the statement
   * extracted at the copied place; where none was extracted there, that article is a carrier.
   */
  public Result cluster(List<LinkStatement> statements, List<Link> passages) {
    // a canonical order, so that the result depends on the set of statements only (an incremental
    // run and a rebuild see the same statements in different orders)
    statements = new ArrayList<>(statements);
    statements.sort(Comparator.comparing(LinkStatement::id));
    List<Prepared> prepared = new ArrayList<>(statements.size());
    Map<String, Integer> df = new HashMap<>();
    for (LinkStatement s : statements) {
      Prepared p = new Prepared(s, lexicon);
      prepared.add(p);
      for (String t : p.terms) {
        df.merge(t, 1, Integer::sum);
      }
    }
    int n = Math.max(1, statements.size());
    int genericDf = Math.max(5, n / 50);
    termWeight = new HashMap<>();
    df.forEach((t, f) -> termWeight.put(t, f > genericDf ? -Math.log(1 + (double) n / f) : Math.log(1 + (double) n / f)));
    // rarity needs a corpus to be measured in: below RARE_RATIO statements no term counts as rare
    rareWeight = n < RARE_RATIO ? Double.MAX_VALUE : Math.log(1 + (double) n / (n / RARE_RATIO));
    reports(prepared);
    PairCounter byShingle = new PairCounter();
    PairCounter byTerm = new PairCounter();
    for (int i = 0; i < prepared.size(); i++) {
      Prepared p = prepared.get(i);
      if (p.words < config.minWords()) {
        continue;
      }
      for (long h : p.shingles) {
        byShingle.add(h, i);
      }
      String block = p.speaker.blockKey();
      if (block != null) {
        long bh = Words.hash(block);
        for (String term : p.reportTerms) {
          // a report's other terms only matter when rare (reportParaphrase): fewer, better candidates
          if (p.reportTerms == p.terms || termWeight.getOrDefault(term, 0.0) >= rareWeight || Arrays.binarySearch(p.terms, term) >= 0) {
            byTerm.add(Words.mix(bh * 31 + Words.hash(term)), i);
          }
        }
      }
    }
    // every rule needs two shared shingles (or two shared terms, found by the term index)
    long[] shinglePairs = byShingle.count(config.shingleDfCap()).pairs().keysAtLeast(2);
    long[] termPairs = byTerm.count(config.termDfCap()).pairs().keysAtLeast(2);
    long[] all = merge(shinglePairs, termPairs);

    UnionFind uf = new UnionFind(prepared.size());
    for (int i = 0; i < prepared.size(); i++) {
      uf.side[i] = prepared.get(i).speaker.side();
    }
    List<Link> links = new ArrayList<>();
    Map<Integer, LinkKind> best = new HashMap<>();
    for (long pair : all) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      Prepared pa = prepared.get(a);
      Prepared pb = prepared.get(b);
      Verdict v = verify(pa, pb);
      if (v == null || !uf.union(a, b)) {
        continue;
      }
      best.merge(a, v.kind, StatementClusterer::stronger);
      best.merge(b, v.kind, StatementClusterer::stronger);
      links.add(link(pa.s, pb.s, v));
    }
    Map<Integer, List<StatementCluster.Carrier>> carriers = new HashMap<>();
    viaReuse(statements, passages, uf, best, links, carriers);
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < prepared.size(); i++) {
      if (uf.size(i) > 1 || carriers.containsKey(i)) {
        groups.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
      }
    }
    List<StatementCluster> clusters = new ArrayList<>();
    Map<String, String> clusterOf = new HashMap<>();
    for (List<Integer> members : groups.values()) {
      StatementCluster c = build(members, prepared, best, carriers);
      if (c.articles() < 2) {
        continue; // repeated within one article only: not a cross-article statement
      }
      clusters.add(c);
      for (StatementCluster.Member m : c.members()) {
        clusterOf.put(m.statement(), c.id());
      }
    }
    clusters.sort(Comparator.comparingInt(StatementCluster::size).reversed().thenComparing(StatementCluster::id));
    List<Link> withClusters = new ArrayList<>(links.size());
    for (Link l : links) {
      String c = clusterOf.get(l.from());
      if (c != null) {
        withClusters.add(l.withCluster(c));
      }
    }
    withClusters.sort(Comparator.comparing(Link::cluster).thenComparing(Link::from).thenComparing(Link::to));
    return new Result(clusters, withClusters, all.length);
  }

  private static long[] merge(long[] a, long[] b) {
    long[] all = new long[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return Arrays.stream(all).sorted().distinct().toArray();
  }

  /** A verified pair: its kind, score and, for paraphrases, the shared terms it rests on. */
  record Verdict(LinkKind kind, double score, List<String> terms) {
    Verdict(LinkKind kind, double score) {
      this(kind, score, List.of());
    }
  }

  /** The link between two statements, or null when they are not reports of one statement. */
  Verdict verify(Prepared a, Prepared b) {
    if (a.words < config.minWords() || b.words < config.minWords()) {
      return null;
    }
    boolean sameArticle = a.s.articleId().equals(b.s.articleId());
    if (sameArticle && a.s.start() < b.s.end() && b.s.start() < a.s.end()) {
      return null; // overlapping spans of one text: not two reports
    }
    SpeakerKeys.Relation rel = SpeakerKeys.relation(a.speaker, b.speaker);
    int shared = intersect(a.shingles, b.shingles);
    int smaller = Math.min(a.shingles.length, b.shingles.length);
    int union = a.shingles.length + b.shingles.length - shared;
    double jaccard = union == 0 ? 0 : (double) shared / union;
    double containment = smaller == 0 ? 0 : (double) shared / smaller;
    int shorterWords = Math.min(a.words, b.words);
    boolean sameVoice = rel == SpeakerKeys.Relation.SAME || rel == SpeakerKeys.Relation.GROUP || rel == SpeakerKeys.Relation.VIA;
    if (!sameVoice) {
      // unknown or different speakers: only near-identical long wording, never across known sides
      if (rel == SpeakerKeys.Relation.DIFFERENT) {
        String sa = a.speaker.side();
        String sb = b.speaker.side();
        if (sa != null && sb != null && !sa.equals(sb)) {
          return null;
        }
      }
      if (shorterWords >= config.unknownSpeakerMinWords() && containment >= config.unknownSpeakerContainment()) {
        return new Verdict(jaccard >= config.exactJaccard() ? LinkKind.EXACT : LinkKind.PARTIAL, containment);
      }
      return null;
    }
    if (jaccard >= config.exactJaccard()) {
      return new Verdict(LinkKind.EXACT, jaccard);
    }
    if (smaller >= 2 && containment >= config.partialContainment()) {
      return new Verdict(LinkKind.PARTIAL, containment);
    }
    // figures that disagree (15 drones / 210 drones; two women aged 48 and 52 / aged 51 and 64):
    // another day's report of the same kind. Agreeing means one report's figures are all in the other.
    if (a.numbers.length > 0 && b.numbers.length > 0
        && intersect(a.numbers, b.numbers) < Math.min(a.numbers.length, b.numbers.length)) {
      return null;
    }
    // term overlap, weighted by rarity; generic terms (negative weight) neither help nor count
    double wa = 0;
    double wb = 0;
    double ws = 0;
    int sharedSpecific = 0;
    for (String t : a.terms) {
      wa += Math.max(0, termWeight.getOrDefault(t, 1.0));
    }
    for (String t : b.terms) {
      double w = termWeight.getOrDefault(t, 1.0);
      wb += Math.max(0, w);
      if (w > 0 && Arrays.binarySearch(a.terms, t) >= 0) {
        ws += w;
        sharedSpecific++;
      }
    }
    double coverage = Math.min(wa, wb) <= 0 ? 0 : ws / Math.min(wa, wb);
    // a shared quoted fragment (3+ words) with the words around it largely shared too
    int sharedTerms = intersect(a.terms, b.terms);
    double plainCoverage = (double) sharedTerms / Math.max(1, Math.min(a.terms.length, b.terms.length));
    if (sharedTerms >= 3 && plainCoverage >= config.paraphraseCoverage() && intersect(a.quoteShingles, b.quoteShingles) > 0) {
      return new Verdict(LinkKind.PARTIAL, plainCoverage);
    }
    if (!sameArticle
        && withinDays(a.s, b.s, config.paraphraseMaxDays())
        && (sharedSpecific >= 3 || (sharedSpecific == 2 && coverage >= 0.9))
        && coverage >= config.paraphraseCoverage()) {
      List<String> common = new ArrayList<>();
      for (String t : b.terms) {
        if (termWeight.getOrDefault(t, 1.0) > 0 && Arrays.binarySearch(a.terms, t) >= 0) {
          common.add(t);
        }
      }
      return new Verdict(LinkKind.PARAPHRASE, Math.min(1, coverage) * 0.8, common);
    }
    if (!sameArticle && withinDays(a.s, b.s, config.paraphraseMaxDays()) && (a.reportSize > 1 || b.reportSize > 1)) {
      return reportParaphrase(a, b);
    }
    return null;
  }

  /**
   * A paraphrase spread over a report: outlets often restate one quote as a few consecutive
   * sentences by the same speaker ("X demanded A ... X again called for B"), none of which alone
   * shares enough with the quote. A direct quote and an indirect or mixed statement of one voice
   * are one statement when the quote shares at least two rare terms (in at most one statement in
   * {@link #RARE_RATIO}) with the report the other statement belongs to, and that statement carries
   * one of them itself.
   */
  private Verdict reportParaphrase(Prepared a, Prepared b) {
    boolean aQuote = a.s.kind() == StatementKind.DIRECT;
    boolean bQuote = b.s.kind() == StatementKind.DIRECT;
    if (aQuote == bQuote) {
      return null;
    }
    Prepared quote = aQuote ? a : b;
    Prepared other = aQuote ? b : a;
    List<String> shared = new ArrayList<>();
    boolean carried = false;
    double weight = 0;
    for (String t : quote.terms) {
      double w = termWeight.getOrDefault(t, 0.0);
      if (w < rareWeight || Arrays.binarySearch(other.reportTerms, t) < 0) {
        continue;
      }
      shared.add(t);
      weight += w;
      carried |= Arrays.binarySearch(other.terms, t) >= 0;
    }
    if (shared.size() < 2 || !carried) {
      return null;
    }
    return new Verdict(LinkKind.PARAPHRASE, Math.min(1, weight / (4 * rareWeight)) * 0.6, shared);
  }

  /**
   * Groups each article's consecutive statements by one speaker (same block key, at most {@code
   * reportGap} characters apart, at most {@code reportMaxStatements}) into reports, and gives every
   * member the terms of its whole report.
   */
  private void reports(List<Prepared> prepared) {
    Map<String, List<Prepared>> byArticle = new HashMap<>();
    for (Prepared p : prepared) {
      byArticle.computeIfAbsent(p.s.articleId(), k -> new ArrayList<>()).add(p);
    }
    for (List<Prepared> ps : byArticle.values()) {
      ps.sort(Comparator.comparingInt((Prepared p) -> p.s.start()).thenComparing(p -> p.s.id()));
      int from = 0;
      for (int i = 1; i <= ps.size(); i++) {
        boolean joins =
            i < ps.size()
                && i - from < config.reportMaxStatements()
                && ps.get(i).s.start() - ps.get(i - 1).s.end() <= config.reportGap()
                && ps.get(from).speaker.blockKey() != null
                && ps.get(from).speaker.blockKey().equals(ps.get(i).speaker.blockKey());
        if (!joins) {
          if (i - from > 1) {
            java.util.TreeSet<String> union = new java.util.TreeSet<>();
            for (Prepared p : ps.subList(from, i)) {
              union.addAll(Arrays.asList(p.terms));
            }
            String[] terms = union.toArray(String[]::new);
            for (Prepared p : ps.subList(from, i)) {
              p.reportTerms = terms;
              p.reportSize = i - from;
            }
          }
          from = i;
        }
      }
    }
  }

  private static boolean withinDays(LinkStatement a, LinkStatement b, int days) {
    return a.published() == null
        || b.published() == null
        || Math.abs(a.published().toEpochDay() - b.published().toEpochDay()) <= days;
  }

  private static int intersect(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        n++;
        i++;
        j++;
      }
    }
    return n;
  }

  private static int intersect(String[] a, String[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      int c = a[i].compareTo(b[j]);
      if (c < 0) {
        i++;
      } else if (c > 0) {
        j++;
      } else {
        n++;
        i++;
        j++;
      }
    }
    return n;
  }

  private static LinkKind stronger(LinkKind x, LinkKind y) {
    return x.ordinal() <= y.ordinal() ? x : y;
  }

  /** Earliest first: by publication date (unknown last), then article id, then position. */
  static final Comparator<LinkStatement> EARLIEST_FIRST =
      Comparator.comparing(LinkStatement::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(LinkStatement::articleId)
          .thenComparingInt(LinkStatement::start)
          .thenComparing(LinkStatement::id);

  private static Link link(LinkStatement x, LinkStatement y, Verdict v) {
    LinkStatement from = EARLIEST_FIRST.compare(x, y) <= 0 ? x : y;
    LinkStatement to = from == x ? y : x;
    boolean directed = from.published() != null && to.published() != null && from.published().isBefore(to.published());
    return new Link(
        LinkType.SAME_STATEMENT, v.kind(), from.id(), from.articleId(), from.outlet(), from.published(), from.start(), from.end(),
        to.id(), to.articleId(), to.outlet(), to.published(), to.start(), to.end(), directed, round(v.score()), null, v.terms());
  }

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static StatementCluster build(
      List<Integer> idx, List<Prepared> prepared, Map<Integer, LinkKind> best, Map<Integer, List<StatementCluster.Carrier>> carriersOf) {
    List<Integer> order = new ArrayList<>(idx);
    order.sort((i, j) -> EARLIEST_FIRST.compare(prepared.get(i).s, prepared.get(j).s));
    List<StatementCluster.Member> members = new ArrayList<>();
    Set<List<String>> vias = new LinkedHashSet<>();
    Set<String> articles = new HashSet<>();
    // every report, member or carrier: {article, outlet, published}, to order outlets by first report
    List<Object[]> reports = new ArrayList<>();
    for (int k = 0; k < order.size(); k++) {
      int i = order.get(k);
      LinkStatement s = prepared.get(i).s;
      String kind = k == 0 ? "first" : best.get(i).label();
      members.add(
          new StatementCluster.Member(
              s.id(), s.articleId(), s.outlet(), s.published(), s.speaker(), kind, s.content(), s.start(), s.end(), s.via()));
      if (!s.via().isEmpty()) {
        vias.add(s.via());
      }
      articles.add(s.articleId());
      reports.add(new Object[] {s.articleId(), s.outlet(), s.published()});
    }
    List<StatementCluster.Carrier> carriers = new ArrayList<>();
    for (int i : order) {
      for (StatementCluster.Carrier c : carriersOf.getOrDefault(i, List.of())) {
        if (articles.add(c.article())) {
          carriers.add(c);
          reports.add(new Object[] {c.article(), c.outlet(), c.published()});
        }
      }
    }
    reports.sort(
        Comparator.comparing((Object[] r) -> (LocalDate) r[2], Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(r -> (String) r[0]));
    Set<String> outlets = new LinkedHashSet<>();
    for (Object[] r : reports) {
      if (r[1] != null) {
        outlets.add((String) r[1]);
      }
    }
    LinkStatement first = prepared.get(order.get(0)).s;
    Object[] firstReport = reports.get(0);
    Set<String> speakers = new LinkedHashSet<>();
    for (StatementCluster.Member m : members) {
      if (m.speaker() != null) {
        speakers.add(m.speaker());
      }
    }
    return new StatementCluster(
        "c:" + first.id(), first.speaker(), List.copyOf(speakers), first.content(), first.id(), (String) firstReport[0], (String) firstReport[1],
        (LocalDate) firstReport[2], members.size(), articles.size(), List.copyOf(outlets), List.copyOf(vias), members, carriers);
  }

  /** Joins statements through reused passages, and records carriers where no statement was found. */
  private static void viaReuse(
      List<LinkStatement> statements,
      List<Link> passages,
      UnionFind uf,
      Map<Integer, LinkKind> best,
      List<Link> links,
      Map<Integer, List<StatementCluster.Carrier>> carriers) {
    if (passages.isEmpty()) {
      return;
    }
    Map<String, List<Integer>> byArticle = new HashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      byArticle.computeIfAbsent(statements.get(i).articleId(), k -> new ArrayList<>()).add(i);
    }
    for (Link p : passages) {
      if (p.type() != LinkType.REUSED_PASSAGE) {
        continue;
      }
      carry(statements, byArticle, p.fromArticle(), p.fromStart(), p.fromEnd(), p.toArticle(), p.toOutlet(), p.toPublished(), p.toStart(),
          p.toEnd(), uf, best, links, carriers);
      carry(statements, byArticle, p.toArticle(), p.toStart(), p.toEnd(), p.fromArticle(), p.fromOutlet(), p.fromPublished(), p.fromStart(),
          p.fromEnd(), uf, best, links, carriers);
    }
  }

  private static void carry(
      List<LinkStatement> statements,
      Map<String, List<Integer>> byArticle,
      String xArticle,
      int xStart,
      int xEnd,
      String yArticle,
      String yOutlet,
      LocalDate yPublished,
      int yStart,
      int yEnd,
      UnionFind uf,
      Map<Integer, LinkKind> best,
      List<Link> links,
      Map<Integer, List<StatementCluster.Carrier>> carriers) {
    double scale = (double) (yEnd - yStart) / Math.max(1, xEnd - xStart);
    for (int i : byArticle.getOrDefault(xArticle, List.of())) {
      LinkStatement s = statements.get(i);
      // the passage must carry most of the statement (or a long stretch of it)
      int os = Math.max(s.start(), xStart);
      int oe = Math.min(s.end(), xEnd);
      int length = s.end() - s.start();
      if (oe - os < 20 || (oe - os < 0.5 * length && oe - os < 150)) {
        continue;
      }
      int ms = yStart + (int) Math.round((os - xStart) * scale);
      int me = Math.min(yEnd, yStart + (int) Math.round((oe - xStart) * scale));
      Integer match = null;
      for (int j : byArticle.getOrDefault(yArticle, List.of())) {
        LinkStatement t = statements.get(j);
        int overlap = Math.min(me, t.end()) - Math.max(ms, t.start());
        if (overlap > 0 && overlap >= 0.5 * Math.min(me - ms, t.end() - t.start())) {
          match = j;
          break;
        }
      }
      if (match != null) {
        if (uf.find(i) != uf.find(match) && uf.union(i, match)) {
          best.merge(i, LinkKind.EXACT, StatementClusterer::stronger);
          best.merge(match, LinkKind.EXACT, StatementClusterer::stronger);
          links.add(link(s, statements.get(match), new Verdict(LinkKind.EXACT, 1.0)));
        }
      } else {
        List<StatementCluster.Carrier> cs = carriers.computeIfAbsent(i, k -> new ArrayList<>());
        if (cs.stream().noneMatch(c -> c.article().equals(yArticle))) {
          cs.add(new StatementCluster.Carrier(yArticle, yOutlet, yPublished, ms, me, s.id()));
        }
      }
    }
  }

  /**
   * Union-find with path halving and union by size; each set knows the side of its speakers and two
   * sets whose speakers are on different known sides are never merged (no chains across sides).
   */
  static final class UnionFind {
    private final int[] parent;
    private final int[] size;
    final String[] side;

    UnionFind(int n) {
      parent = new int[n];
      size = new int[n];
      side = new String[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    /** Merges the sets of a and b; false when that would mix known sides. */
    boolean union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return true;
      }
      if (side[ra] != null && side[rb] != null && !side[ra].equals(side[rb])) {
        return false;
      }
      if (size[ra] < size[rb]) {
        int t = ra;
        ra = rb;
        rb = t;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
      if (side[ra] == null) {
        side[ra] = side[rb];
      }
      return true;
    }

    int size(int x) {
      return size[find(x)];
    }
  }
}
