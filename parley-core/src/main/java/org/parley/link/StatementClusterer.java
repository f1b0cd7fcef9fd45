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
import org.parley.ingest.OutletNames;
import org.parley.model.Link;
import org.parley.model.LinkKind;
import org.parley.model.LinkType;
import org.parley.model.StatementKind;

/**
 * Groups reports of one statement across articles. Candidates come from two inverted indexes built
 * by sorting ({@link PairCounter}): word 3-shingles (verbatim and partial quotes, any speaker) and
 * content-word stems blocked by speaker group (paraphrases); each candidate pair is verified by
 * shingle containment / Jaccard and term coverage together with how the speakers relate. Never
 * compares all pairs. Verified pairs are not closed transitively: each cluster has a centre (its
 * earliest report) and one voice, and a statement joins only when verified against the centre or a
 * majority of the members ({@link #assign}).
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
  /** Per run: how many statements hold each word 3-shingle, for the shared-quote rule. */
  private QuoteRarity quoteRarity = QuoteRarity.of(List.of());

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
    /** The speaker is a news outlet ("Reuters said"): a reporter of the statement, not its voice. */
    final boolean reporter;
    /** Terms of the whole report this statement is part of (see {@link #reports}); at least {@link #terms}. */
    String[] reportTerms;
    int reportSize = 1;

    Prepared(LinkStatement s, LinkLexicon lex) {
      this.s = s;
      speaker = SpeakerKeys.profile(s);
      reporter = OutletNames.shipped().known(s.speaker());
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
    List<long[]> shingleSets = new ArrayList<>(prepared.size());
    prepared.forEach(p -> shingleSets.add(p.shingles));
    quoteRarity = QuoteRarity.of(shingleSets);
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

    Graph graph = new Graph(prepared.size());
    for (long pair : all) {
      Verdict v = verify(prepared.get((int) (pair >>> 32)), prepared.get((int) pair));
      if (v != null) {
        graph.add((int) (pair >>> 32), (int) pair, v);
      }
    }
    Map<Integer, List<StatementCluster.Carrier>> carriers = new HashMap<>();
    viaReuse(prepared, passages, graph, carriers);
    List<Group> groups = assign(prepared, graph, carriers);
    List<StatementCluster> clusters = new ArrayList<>();
    Map<String, String> clusterOf = new HashMap<>();
    List<Link> links = new ArrayList<>();
    for (Group g : groups) {
      StatementCluster c = build(g.members, prepared, g.kinds, carriers);
      if (c.articles() < 2) {
        continue; // repeated within one article only: not a cross-article statement
      }
      clusters.add(c);
      for (StatementCluster.Member m : c.members()) {
        clusterOf.put(m.statement(), c.id());
      }
      g.links.forEach((pair, v) -> links.add(link(prepared.get((int) (pair >>> 32)).s, prepared.get((int) (long) pair).s, v)));
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
    int shared = SortedLongs.intersect(a.shingles, b.shingles);
    int smaller = Math.min(a.shingles.length, b.shingles.length);
    int union = a.shingles.length + b.shingles.length - shared;
    double jaccard = union == 0 ? 0 : (double) shared / union;
    double containment = smaller == 0 ? 0 : (double) shared / smaller;
    int shorterWords = Math.min(a.words, b.words);
    // figures that disagree (15 drones / 210 drones; two women aged 48 and 52 / aged 51 and 64;
    // within 16 days / within 17 days): another report of the same kind, however alike the words.
    // Agreeing means one report's figures are all in the other.
    if (!figuresAgree(a, b)) {
      return null;
    }
    // a few words ("it is ready to talk") are one statement only within days, not months apart
    if (shorterWords < config.unknownSpeakerMinWords() && !withinDays(a.s, b.s, config.paraphraseMaxDays())) {
      return null;
    }
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
    // a quoted fragment (3+ words) that a reporter marked inside a report, found in the other's quote,
    // with the words around it largely shared too. Two direct quotes sharing a 3-gram are not such a
    // fragment (their wording is judged as a whole above and below). The fragment must be
    // distinctive (few statements hold it), not a quoted name or stock phrase.
    int sharedTerms = intersect(a.terms, b.terms);
    double plainCoverage = (double) sharedTerms / Math.max(1, Math.min(a.terms.length, b.terms.length));
    if (sharedTerms >= 3
        && plainCoverage >= config.paraphraseCoverage()
        && (a.s.kind() != StatementKind.DIRECT || b.s.kind() != StatementKind.DIRECT)
        && quoteRarity.sharesDistinctive(a.quoteShingles, b.quoteShingles)) {
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

  /**
   * The date window of the rules whose wording alone is too weak (paraphrases, a few words): both
   * dates known and at most {@code days} apart, or both unknown (nothing to judge). An undated report
   * is never within the window of a dated one: it would join a dated cluster, whose first report
   * then dates it, on loose wording alone (an undated 2022 demand and its 2025 restatement); it
   * joins dated reports on near-identical wording only.
   */
  private static boolean withinDays(LinkStatement a, LinkStatement b, int days) {
    if (a.published() == null || b.published() == null) {
      return a.published() == null && b.published() == null;
    }
    return Math.abs(a.published().toEpochDay() - b.published().toEpochDay()) <= days;
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

  private static final Comparator<LinkStatement> UNDATED_FULLEST_FIRST = (x, y) -> {
    if (x.published() != null) {
      return 0; // dated: the date and then the article id decide
    }
    int byKind = Boolean.compare(x.kind() != StatementKind.DIRECT, y.kind() != StatementKind.DIRECT);
    return byKind != 0 ? byKind : Integer.compare(y.content().length(), x.content().length());
  };

  /**
   * Earliest first: by publication date, then article id, then position. Undated reports come after
   * every dated one, so they never head a cluster that has a dated report; among themselves no date
   * tells which came first, so the fullest wording heads (a direct quote before a reported version,
   * then the longer), as every member is checked against the first.
   */
  static final Comparator<LinkStatement> EARLIEST_FIRST =
      Comparator.comparing(LinkStatement::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(UNDATED_FULLEST_FIRST)
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
    // members come first, earliest first; undated reports keep that order (the first member heads)
    reports.sort(
        Comparator.comparing((Object[] r) -> (LocalDate) r[2], Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing((r, q) -> r[2] == null ? 0 : ((String) r[0]).compareTo((String) q[0])));
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

  /**
   * Statements tied through reused passages (as exact reports) where the statement extracted at the
   * copied place has the same words, and carriers where no statement was extracted there.
   */
  private void viaReuse(
      List<Prepared> prepared, List<Link> passages, Graph graph, Map<Integer, List<StatementCluster.Carrier>> carriers) {
    if (passages.isEmpty()) {
      return;
    }
    Map<String, List<Integer>> byArticle = new HashMap<>();
    for (int i = 0; i < prepared.size(); i++) {
      byArticle.computeIfAbsent(prepared.get(i).s.articleId(), k -> new ArrayList<>()).add(i);
    }
    for (Link p : passages) {
      if (p.type() != LinkType.REUSED_PASSAGE) {
        continue;
      }
      carry(prepared, byArticle, new Span(p.fromArticle(), null, null, p.fromStart(), p.fromEnd()),
          new Span(p.toArticle(), p.toOutlet(), p.toPublished(), p.toStart(), p.toEnd()), graph, carriers);
      carry(prepared, byArticle, new Span(p.toArticle(), null, null, p.toStart(), p.toEnd()),
          new Span(p.fromArticle(), p.fromOutlet(), p.fromPublished(), p.fromStart(), p.fromEnd()), graph, carriers);
    }
  }

  /** One side of a reused passage. */
  private record Span(String article, String outlet, LocalDate published, int start, int end) {}

  private void carry(
      List<Prepared> prepared,
      Map<String, List<Integer>> byArticle,
      Span x,
      Span y,
      Graph graph,
      Map<Integer, List<StatementCluster.Carrier>> carriers) {
    double scale = (double) (y.end() - y.start()) / Math.max(1, x.end() - x.start());
    for (int i : byArticle.getOrDefault(x.article(), List.of())) {
      LinkStatement s = prepared.get(i).s;
      // the passage must carry most of the statement (or a long stretch of it)
      int os = Math.max(s.start(), x.start());
      int oe = Math.min(s.end(), x.end());
      int length = s.end() - s.start();
      if (oe - os < 20 || (oe - os < 0.5 * length && oe - os < 150)) {
        continue;
      }
      int ms = y.start() + (int) Math.round((os - x.start()) * scale);
      int me = Math.min(y.end(), y.start() + (int) Math.round((oe - x.start()) * scale));
      Integer match = null;
      for (int j : byArticle.getOrDefault(y.article(), List.of())) {
        LinkStatement t = prepared.get(j).s;
        int overlap = Math.min(me, t.end()) - Math.max(ms, t.start());
        if (overlap > 0 && overlap >= 0.5 * Math.min(me - ms, t.end() - t.start())) {
          match = j;
          break;
        }
      }
      if (match == null) {
        List<StatementCluster.Carrier> cs = carriers.computeIfAbsent(i, k -> new ArrayList<>());
        if (cs.stream().noneMatch(c -> c.article().equals(y.article()))) {
          cs.add(new StatementCluster.Carrier(y.article(), y.outlet(), y.published(), ms, me, s.id()));
        }
      } else if (graph.edge(i, match) == null && sameWords(prepared.get(i), prepared.get(match)) && figuresAgree(prepared.get(i), prepared.get(match))) {
        // a statement at the copied place with other words or figures (a passage mapped onto the
        // wrong sentence, a template reused with other content, a daily tally) is not this statement
        graph.add(Math.min(i, match), Math.max(i, match), new Verdict(LinkKind.EXACT, 1.0));
      }
    }
  }

  /** One report's figures are all in the other's (or either has none). */
  private static boolean figuresAgree(Prepared a, Prepared b) {
    return a.numbers.length == 0 || b.numbers.length == 0 || intersect(a.numbers, b.numbers) == Math.min(a.numbers.length, b.numbers.length);
  }

  /** At least half of the shorter statement's word 3-shingles are in the other. */
  private static boolean sameWords(Prepared a, Prepared b) {
    int smaller = Math.min(a.shingles.length, b.shingles.length);
    return smaller > 0 && SortedLongs.intersect(a.shingles, b.shingles) >= 0.5 * smaller;
  }

  /** The verified pairs, each statement's neighbours in index order. */
  static final class Graph {
    private final Map<Long, Verdict> edges = new HashMap<>();
    private final List<List<Integer>> next;

    Graph(int n) {
      next = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        next.add(new ArrayList<>(0));
      }
    }

    static long key(int a, int b) {
      return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    void add(int a, int b, Verdict v) {
      if (edges.putIfAbsent(key(a, b), v) == null) {
        next.get(a).add(b);
        next.get(b).add(a);
      }
    }

    Verdict edge(int a, int b) {
      return edges.get(key(a, b));
    }

    List<Integer> next(int a) {
      return next.get(a);
    }
  }

  /**
   * A cluster being built: its centre (the earliest report, which every member was checked
   * against), its voice (the first known speaker) and side, each member's kind and the links kept.
   */
  private static final class Group {
    final int id;
    final int centre;
    final List<Integer> members = new ArrayList<>();
    final Map<Integer, LinkKind> kinds = new HashMap<>();
    final Map<Long, Verdict> links = new HashMap<>();
    SpeakerKeys.Profile voice;
    String side;

    Group(int id, int centre, Prepared p) {
      this.id = id;
      this.centre = centre;
      add(centre, p);
    }

    void add(int i, Prepared p) {
      members.add(i);
      if (voice == null && p.speaker.key() != null && !p.reporter) {
        voice = p.speaker;
      }
      if (side == null) {
        side = p.speaker.side();
      }
    }

    /**
     * One voice: the member's speaker is unknown or a news outlet (which join on near-identical
     * wording only, see {@link #verify}), or the same, of one group or reported via.
     */
    boolean speaks(Prepared p) {
      if (side != null && p.speaker.side() != null && !side.equals(p.speaker.side())) {
        return false;
      }
      if (voice == null || p.speaker.key() == null || p.reporter) {
        return true;
      }
      SpeakerKeys.Relation r = SpeakerKeys.relation(voice, p.speaker);
      return r == SpeakerKeys.Relation.SAME || r == SpeakerKeys.Relation.GROUP || r == SpeakerKeys.Relation.VIA;
    }
  }

  /**
   * Centre-based clustering, not the transitive closure of the verified pairs (which chains A~B~C
   * into one cluster though A and C are different statements). Statements are taken earliest first;
   * each joins, among the clusters of its verified neighbours, the one whose centre it is verified
   * against (most similar first: kind, score, then earliest centre), or whose members it is
   * verified against in a strict majority (at least 2 of 3), provided its speaker is that cluster's
   * voice; otherwise it starts a cluster of its own, as its centre. Its kind is the link to the
   * centre (the weakest of its links to the members when joined by majority).
   */
  private List<Group> assign(List<Prepared> prepared, Graph graph, Map<Integer, List<StatementCluster.Carrier>> carriers) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < prepared.size(); i++) {
      if (!graph.next(i).isEmpty() || carriers.containsKey(i)) {
        order.add(i);
      }
    }
    order.sort((i, j) -> EARLIEST_FIRST.compare(prepared.get(i).s, prepared.get(j).s));
    int[] groupOf = new int[prepared.size()];
    Arrays.fill(groupOf, -1);
    List<Group> groups = new ArrayList<>();
    for (int i : order) {
      Prepared p = prepared.get(i);
      java.util.TreeSet<Integer> near = new java.util.TreeSet<>();
      for (int j : graph.next(i)) {
        if (groupOf[j] >= 0) {
          near.add(groupOf[j]);
        }
      }
      Group chosen = null;
      Map<Long, Verdict> chosenLinks = null;
      Verdict chosenVerdict = null;
      for (int gid : near) {
        Group g = groups.get(gid);
        if (!g.speaks(p)) {
          continue;
        }
        Map<Long, Verdict> ls = new HashMap<>();
        Verdict v = check(prepared, graph, g.centre, i);
        if (v != null) {
          ls.put(Graph.key(g.centre, i), v);
        } else {
          v = majority(prepared, graph, g, i, ls);
        }
        if (v != null && (chosenVerdict == null || closer(v, chosenVerdict))) {
          chosen = g;
          chosenVerdict = v;
          chosenLinks = ls;
        }
      }
      if (chosen == null) {
        chosen = new Group(groups.size(), i, p);
        groups.add(chosen);
      } else {
        chosen.add(i, p);
        chosen.kinds.put(i, chosenVerdict.kind());
        chosen.links.putAll(chosenLinks);
      }
      groupOf[i] = chosen.id;
    }
    // every verified pair inside one cluster is kept as a link
    for (Group g : groups) {
      for (int i : g.members) {
        for (int j : graph.next(i)) {
          if (i < j && groupOf[j] == g.id) {
            g.links.putIfAbsent(Graph.key(i, j), graph.edge(i, j));
          }
        }
      }
    }
    return groups;
  }

  /** The verified pair, or the pair verified now (a pair the candidate indexes did not propose). */
  private Verdict check(List<Prepared> prepared, Graph graph, int a, int b) {
    Verdict v = graph.edge(a, b);
    return v != null ? v : verify(prepared.get(Math.min(a, b)), prepared.get(Math.max(a, b)));
  }

  /** Verified against more than half of the group's members (so never a group of one or two): the weakest of those links. */
  private Verdict majority(List<Prepared> prepared, Graph graph, Group g, int i, Map<Long, Verdict> links) {
    if (g.members.size() < 3) {
      return null;
    }
    Verdict weakest = null;
    int agree = 0;
    for (int k = 0; k < g.members.size(); k++) {
      int m = g.members.get(k);
      Verdict v = check(prepared, graph, m, i);
      if (v != null) {
        agree++;
        links.put(Graph.key(m, i), v);
        if (weakest == null || closer(weakest, v)) {
          weakest = v;
        }
      }
      if (2 * (agree + g.members.size() - k - 1) <= g.members.size()) {
        return null; // a majority is out of reach
      }
    }
    return 2 * agree > g.members.size() ? weakest : null;
  }

  /** Strictly closer: a stronger kind, or the same kind with a higher score. */
  private static boolean closer(Verdict x, Verdict y) {
    if (x.kind() != y.kind()) {
      return x.kind().ordinal() < y.kind().ordinal();
    }
    return x.score() > y.score();
  }
}
