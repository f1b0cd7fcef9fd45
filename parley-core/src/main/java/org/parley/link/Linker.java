package org.parley.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Link;
import org.parley.model.LinkKind;
import org.parley.model.LinkType;
import org.parley.query.StatementQuery;
import org.parley.query.StatementSearcher;

/**
 * Builds all links of a data directory from what is stored (statements and article texts), with no
 * NLP: statement clusters, reused passages, disputes; then swaps them in ({@link LinkStore}). Call
 * {@link #relink(Path)} after an ingest, or run {@code parley link}.
 */
public final class Linker {
  private final StatementClusterer clusterer;
  private final ReuseDetector.Config reuseConfig;
  private final DisputeFinder disputes;

  public Linker() {
    this(new StatementClusterer(), ReuseDetector.Config.DEFAULT, new DisputeFinder());
  }

  public Linker(StatementClusterer clusterer, ReuseDetector.Config reuseConfig, DisputeFinder disputes) {
    this.clusterer = clusterer;
    this.reuseConfig = reuseConfig;
    this.disputes = disputes;
  }

  /** Everything one run produces. */
  public record Output(List<StatementCluster> clusters, List<Link> links, LinkSummary summary) {}

  /**
   * Links {@code dataDir} from its index and stores the links: continues from the previous run when
   * its state is there and every article it linked is still stored (only added articles are
   * read and aligned), else rebuilds. Either way the links equal those of a full rebuild.
   */
  public LinkSummary relink(Path dataDir) throws IOException {
    return relink(dataDir, false);
  }

  /** As {@link #relink(Path)}; with {@code rebuild}, ignores any previous state. */
  public LinkSummary relink(Path dataDir, boolean rebuild) throws IOException {
    long t0 = System.nanoTime();
    Path previousDir = Files.isDirectory(LinkStore.dir(dataDir)) ? LinkStore.dir(dataDir) : LinkStore.previous(dataDir);
    ReuseIndex previous = rebuild || previousDir == null ? null : ReuseIndex.read(previousDir, reuseConfig);
    ReuseDetector.Result reused;
    ReuseIndex index;
    StatementSegments segments;
    long added;
    long readNanos;
    long reuseNanos;
    try (StoredArticles articles = new StoredArticles(dataDir)) {
      segments = new StatementSegments(articles.reader(), rebuild ? null : previousDir);
      if (previous != null && articles.ids().containsAll(previous.ids()) && unchanged(previous, articles, segments)) {
        Set<String> known = previous.ids();
        List<String> fresh = articles.ids().stream().filter(id -> !known.contains(id)).toList();
        List<ReuseDoc> docs = articles.load(fresh);
        List<Link> passages = LinkStore.readLines(previousDir.resolve(LinkStore.LINKS), Link.class);
        passages.removeIf(l -> l.type() != LinkType.REUSED_PASSAGE);
        readNanos = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        if (fresh.isEmpty()) {
          reused = new ReuseDetector.Result(passages, 0, 0, 0, 0, null);
          index = previous;
        } else {
          ReuseIndex.Update u = previous.update(docs, articles, passages);
          reused = new ReuseDetector.Result(u.passages(), u.candidatePairs(), 0, 0, 0, null);
          index = u.index();
        }
        added = fresh.size();
        reuseNanos = System.nanoTime() - t1;
      } else {
        ReuseDetector reuse = new ReuseDetector(reuseConfig);
        articles.read(articles.ids(), reuse::add);
        readNanos = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        reused = reuse.detect();
        index = ReuseIndex.of(reuse, reused);
        added = -1;
        reuseNanos = System.nanoTime() - t1;
      }
    }
    Output out = link(segments.statements(), reused, index.size(), readNanos, reuseNanos);
    long t1 = System.nanoTime();
    LinkSummary s = out.summary();
    LinkStore.write(dataDir, out.clusters(), out.links(), s, List.of(index, segments));
    long writeMillis = (System.nanoTime() - t1) / 1_000_000;
    LinkSummary done =
        new LinkSummary(
            s.created(), s.articles(), s.statements(), s.clusters(), s.clusteredStatements(), s.statementLinks(), s.paraphraseLinks(),
            s.statementCandidates(), s.passages(), s.reusePairs(), s.reuseCandidates(), s.disputes(), s.readMillis(), s.clusterMillis(),
            s.reuseMillis(), s.reuseIndexMillis(), s.reuseAlignMillis(), s.reusePostings(), s.disputeMillis(), writeMillis, added);
    LinkStore.writeSummary(dataDir, done);
    return done;
  }

  /**
   * True when no article the previous run linked was rewritten with other metadata since: articles
   * rewritten since (new segments: a re-added article, or mentions changed by the entity relink)
   * are read and compared.
   */
  private static boolean unchanged(ReuseIndex previous, StoredArticles articles, StatementSegments segments) throws IOException {
    Set<String> known = previous.ids();
    List<String> rewritten = new ArrayList<>();
    for (String id : articles.ids()) {
      if (known.contains(id) && segments.writtenSince(articles.doc(id))) {
        rewritten.add(id);
      }
    }
    return rewritten.isEmpty() || previous.sameMetadata(articles.load(rewritten));
  }

  /** Links in memory: statements (any order) and a detector already fed with the articles. */
  public Output link(List<LinkStatement> statements, ReuseDetector reuse, long readNanos) {
    long t0 = System.nanoTime();
    ReuseDetector.Result reused = reuse.detect();
    return link(statements, reused, reuse.size(), readNanos, System.nanoTime() - t0);
  }

  private Output link(List<LinkStatement> statements, ReuseDetector.Result reused, long articles, long readNanos, long reuseNanos) {
    // one canonical order: the links depend on what is stored, not on the order it is read in
    statements = new ArrayList<>(statements);
    statements.sort(java.util.Comparator.comparing(LinkStatement::id));
    long t1 = System.nanoTime();
    StatementClusterer.Result clustered = clusterer.cluster(statements, reused.passages());
    long clusterNanos = System.nanoTime() - t1;
    long t2 = System.nanoTime();
    List<Link> disputed = onePerClusterPair(disputes.find(statements), clustered.clusters(), statements);
    long disputeNanos = System.nanoTime() - t2;
    List<Link> all = new ArrayList<>(clustered.links());
    all.addAll(reused.passages());
    all.addAll(disputed);
    long clusteredStatements = clustered.clusters().stream().mapToLong(StatementCluster::size).sum();
    long paraphrases = clustered.links().stream().filter(l -> l.kind() == LinkKind.PARAPHRASE).count();
    long reusePairs = reused.passages().stream().map(l -> l.from() + ">" + l.to()).distinct().count();
    LinkSummary summary =
        new LinkSummary(
            Instant.now(), articles, statements.size(), clustered.clusters().size(), clusteredStatements,
            clustered.links().size(), paraphrases, clustered.candidates(), reused.passages().size(), reusePairs,
            reused.candidatePairs(), disputed.size(), readNanos / 1_000_000, clusterNanos / 1_000_000, reuseNanos / 1_000_000,
            reused.indexMillis(), reused.alignMillis(), reused.postings(), disputeNanos / 1_000_000, 0, -1);
    return new Output(clustered.clusters(), all, summary);
  }

  /**
   * Disputes between the same two statements reported in several places are one dispute: keeps
   * the first pair (strongest, then same-article, then earliest) per (claim cluster, denial
   * cluster), an unclustered statement standing for every statement of the same speaker and words.
   */
  static List<Link> onePerClusterPair(List<Link> disputes, List<StatementCluster> clusters, List<LinkStatement> statements) {
    java.util.Map<String, String> clusterOf = new java.util.HashMap<>();
    java.util.Set<String> involved = new java.util.HashSet<>();
    for (Link l : disputes) {
      involved.add(l.from());
      involved.add(l.to());
    }
    // unclustered statements (e.g. repeated within one live blog) are keyed by speaker and wording
    for (LinkStatement s : statements) {
      if (involved.contains(s.id())) {
        clusterOf.put(s.id(), SpeakerKeys.key(s) + "|" + String.join(" ", Words.tokenize(s.content()).words()));
      }
    }
    for (StatementCluster c : clusters) {
      for (StatementCluster.Member m : c.members()) {
        clusterOf.put(m.statement(), c.id());
      }
    }
    List<Link> sorted = new ArrayList<>(disputes);
    sorted.sort(
        java.util.Comparator.comparingDouble(Link::score).reversed()
            .thenComparing((Link l) -> !l.fromArticle().equals(l.toArticle()))
            .thenComparing(Link::fromPublished, java.util.Comparator.nullsLast(java.util.Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Link::from)
            .thenComparing(Link::to));
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Link> out = new ArrayList<>();
    for (Link l : sorted) {
      String key = clusterOf.getOrDefault(l.from(), l.from()) + ">" + clusterOf.getOrDefault(l.to(), l.to());
      if (seen.add(key)) {
        out.add(l);
      }
    }
    out.sort(java.util.Comparator.comparing(Link::to).thenComparing(Link::from));
    return out;
  }

  static List<LinkStatement> readStatements(Path dataDir) throws IOException {
    List<LinkStatement> out = new ArrayList<>();
    try (StatementSearcher searcher = StatementSearcher.open(dataDir)) {
      searcher.forEach(StatementQuery.all(), hit -> out.add(LinkStatement.of(hit)));
    }
    return out;
  }

  /** Counts of one type, for reports. */
  static long count(List<Link> links, LinkType type) {
    return links.stream().filter(l -> l.type() == type).count();
  }
}
