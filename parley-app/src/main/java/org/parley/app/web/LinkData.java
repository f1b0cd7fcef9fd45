package org.parley.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.link.LinkStore;
import org.parley.link.Links;
import org.parley.link.StatementCluster;
import org.parley.model.Link;
import org.parley.model.LinkType;

/**
 * The links of the served data directory ({@code DATA/links}), read once and again only when a
 * {@code parley link} (or an ingest) replaced them, with the orders the pages list them in worked
 * out once per load rather than per request.
 */
final class LinkData {
  /** Links are looked for changes at most this often. */
  private static final long CHECK_MILLIS = 2000;

  /** One load of the links with its list orders. */
  record Snapshot(
      Links links,
      List<StatementCluster> mostReported,
      List<Link> passages,
      List<Link> disputes,
      List<Links.ReuseEdge> graph,
      Map<String, List<Link>> byArticle) {
    static Snapshot of(Links links) {
      List<StatementCluster> sorted =
          links.clusters().stream()
              .sorted(Comparator.comparingInt(LinkData::reports).reversed()
                  .thenComparing(Comparator.comparingInt(StatementCluster::articles).reversed())
                  .thenComparing(StatementCluster::id))
              .toList();
      List<Link> passages = links.links(LinkType.REUSED_PASSAGE);
      List<Link> disputes = links.links(LinkType.DISPUTE);
      Map<String, List<Link>> byArticle = new HashMap<>();
      for (List<Link> list : List.of(passages, disputes)) {
        for (Link l : list) {
          byArticle.computeIfAbsent(l.fromArticle() == null ? l.from() : l.fromArticle(), k -> new ArrayList<>()).add(l);
          String to = l.toArticle() == null ? l.to() : l.toArticle();
          if (!to.equals(l.fromArticle() == null ? l.from() : l.fromArticle())) {
            byArticle.computeIfAbsent(to, k -> new ArrayList<>()).add(l);
          }
        }
      }
      return new Snapshot(links, sorted, passages, disputes, links.reuseGraph(), byArticle);
    }

    /** Reused passages and disputes with a side in this article. */
    List<Link> ofArticle(String articleId) {
      return byArticle.getOrDefault(articleId, List.of());
    }

    /** The passages from one article to another, in the later article's order. */
    List<Link> between(String fromArticle, String toArticle) {
      return ofArticle(fromArticle).stream()
          .filter(l -> l.type() == LinkType.REUSED_PASSAGE && l.from().equals(fromArticle) && l.to().equals(toArticle))
          .sorted(Comparator.comparingInt(Link::toStart))
          .toList();
    }

    Optional<StatementCluster> cluster(String id) {
      return links.cluster(id).or(() -> links.clusterOf(id));
    }
  }

  private static final Snapshot NONE = Snapshot.of(Links.of(List.of(), List.of()));

  private final Path dataDir;
  private volatile Snapshot current;
  private volatile Object stamp;
  private volatile long lastCheck;
  private final java.util.concurrent.atomic.AtomicBoolean loading = new java.util.concurrent.atomic.AtomicBoolean();

  private LinkData(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** The links of {@code dataDir}, loaded now. */
  static LinkData open(Path dataDir) {
    LinkData d = new LinkData(dataDir);
    d.reload();
    return d;
  }

  /** No links (a server over searchers only). */
  static LinkData none() {
    LinkData d = new LinkData(null);
    d.current = NONE;
    return d;
  }

  /** Reports of a statement: its extracted statements plus the articles that carry its words. */
  static int reports(StatementCluster c) {
    return c.size() + c.carriers().size();
  }

  /**
   * The links as last loaded. When a run replaced them, they are read again in the background (a
   * whole-corpus load takes most of a second) and requests meanwhile get the previous ones.
   */
  Snapshot get() {
    long now = System.currentTimeMillis();
    if (dataDir != null && now - lastCheck >= CHECK_MILLIS) {
      lastCheck = now;
      if (!java.util.Objects.equals(stamp, stampNow()) && loading.compareAndSet(false, true)) {
        Thread t = new Thread(() -> {
          try {
            reload();
          } catch (RuntimeException e) {
            System.err.println("parley serve: reading the links: " + e);
          } finally {
            loading.set(false);
          }
        }, "parley-links-reload");
        t.setDaemon(true);
        t.start();
      }
    }
    return current;
  }

  private synchronized void reload() {
    Object before = stampNow();
    try {
      current = Snapshot.of(Links.open(dataDir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    stamp = before;
    lastCheck = System.currentTimeMillis();
  }

  /** What changes when the links are replaced: the summary's time and the files' sizes. */
  private Object stampNow() {
    Path dir = LinkStore.dir(dataDir);
    try {
      if (!Files.isDirectory(dir)) {
        return null;
      }
      return List.of(
          mtime(dir.resolve(LinkStore.SUMMARY)), mtime(dir.resolve(LinkStore.CLUSTERS)), mtime(dir.resolve(LinkStore.LINKS)),
          size(dir.resolve(LinkStore.LINKS)));
    } catch (IOException e) {
      return null; // being swapped: look again next time
    }
  }

  private static Object mtime(Path p) throws IOException {
    return Files.exists(p) ? Files.getLastModifiedTime(p) : "";
  }

  private static Object size(Path p) throws IOException {
    return Files.exists(p) ? Files.size(p) : -1L;
  }
}
