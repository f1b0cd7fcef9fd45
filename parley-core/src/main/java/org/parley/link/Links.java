package org.parley.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Link;
import org.parley.model.LinkType;

/** The read side of the links of a data directory: clusters by id and by member, pairs by type. */
public final class Links {
  private final boolean present;
  private final LinkSummary summary;
  private final Map<String, StatementCluster> clusters = new LinkedHashMap<>();
  private final Map<String, StatementCluster> byStatement = new HashMap<>();
  private final List<Link> links;

  private Links(boolean present, LinkSummary summary, List<StatementCluster> clusters, List<Link> links) {
    this.present = present;
    this.summary = summary;
    for (StatementCluster c : clusters) {
      this.clusters.put(c.id(), c);
      for (StatementCluster.Member m : c.members()) {
        byStatement.put(m.statement(), c);
      }
    }
    this.links = links;
  }

  /** The links of {@code dataDir}, or empty ones ({@link #present()} false) before any linking. */
  public static Links open(Path dataDir) throws IOException {
    Path dir = LinkStore.dir(dataDir);
    if (!Files.isDirectory(dir)) {
      // a swap in progress: the previous links are still complete under links.old-*
      dir = LinkStore.previous(dataDir);
      if (dir == null) {
        return new Links(false, null, List.of(), List.of());
      }
    }
    return new Links(
        true,
        LinkStore.readSummary(dir),
        LinkStore.readLines(dir.resolve(LinkStore.CLUSTERS), StatementCluster.class),
        LinkStore.readLines(dir.resolve(LinkStore.LINKS), Link.class));
  }

  /** Links built in memory (tests, or right after a run). */
  public static Links of(List<StatementCluster> clusters, List<Link> links) {
    return new Links(true, null, clusters, links);
  }

  public boolean present() {
    return present;
  }

  public LinkSummary summary() {
    return summary;
  }

  public List<StatementCluster> clusters() {
    return List.copyOf(clusters.values());
  }

  public Optional<StatementCluster> cluster(String id) {
    if (id == null) {
      return Optional.empty();
    }
    StatementCluster c = clusters.get(id.startsWith("c:") ? id : "c:" + id);
    return Optional.ofNullable(c);
  }

  /** The cluster a statement belongs to, if it was reported more than once. */
  public Optional<StatementCluster> clusterOf(String statementId) {
    return Optional.ofNullable(byStatement.get(statementId));
  }

  public List<Link> links(LinkType type) {
    List<Link> out = new ArrayList<>();
    for (Link l : links) {
      if (l.type() == type) {
        out.add(l);
      }
    }
    return out;
  }

  /** One edge of the reuse graph: how much the later outlet took from the earlier one. */
  public record ReuseEdge(String fromOutlet, String toOutlet, int passages, int articlePairs, long chars, boolean directed) {}

  /** Reused passages aggregated by (earlier outlet, later outlet), most passages first. */
  public List<ReuseEdge> reuseGraph() {
    Map<List<Object>, long[]> agg = new LinkedHashMap<>();
    Map<List<Object>, java.util.Set<String>> pairs = new HashMap<>();
    for (Link l : links(LinkType.REUSED_PASSAGE)) {
      List<Object> key = java.util.Arrays.asList(outlet(l.fromOutlet()), outlet(l.toOutlet()), l.directed());
      long[] a = agg.computeIfAbsent(key, k -> new long[2]);
      a[0]++;
      a[1] += l.toEnd() - l.toStart();
      pairs.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(l.from() + ">" + l.to());
    }
    List<ReuseEdge> out = new ArrayList<>();
    agg.forEach(
        (k, a) -> out.add(new ReuseEdge((String) k.get(0), (String) k.get(1), (int) a[0], pairs.get(k).size(), a[1], (Boolean) k.get(2))));
    out.sort(java.util.Comparator.comparingInt(ReuseEdge::passages).reversed().thenComparing(ReuseEdge::fromOutlet).thenComparing(ReuseEdge::toOutlet));
    return out;
  }

  private static String outlet(String o) {
    return o == null ? "(unknown outlet)" : o;
  }
}
