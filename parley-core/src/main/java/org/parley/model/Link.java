package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A relation between two records across (or within) articles. {@code from} is the earlier side
 * (the first report, the copied passage's source, the claim), {@code to} the later (the repeat,
 * the copy, the denial). Ids are statement ids ({@code article#n}) for {@link
 * LinkType#SAME_STATEMENT} and {@link LinkType#DISPUTE}, article ids for {@link
 * LinkType#REUSED_PASSAGE}. Spans are character offsets into the article texts, end exclusive.
 *
 * @param cluster the statement cluster both ends belong to ({@link LinkType#SAME_STATEMENT}), or
 *     null
 * @param directed false when the order could not be told from publication dates (same day or
 *     unknown): then {@code from} is merely the first by id
 * @param score 0..1, the strength of the evidence (overlap measure of the kind)
 * @param terms for disputes, the shared key terms; for others, empty
 */
public record Link(
    LinkType type,
    LinkKind kind,
    String from,
    String fromArticle,
    String fromOutlet,
    LocalDate fromPublished,
    int fromStart,
    int fromEnd,
    String to,
    String toArticle,
    String toOutlet,
    LocalDate toPublished,
    int toStart,
    int toEnd,
    boolean directed,
    double score,
    String cluster,
    List<String> terms) {

  public Link {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    terms = terms == null ? List.of() : List.copyOf(terms);
  }

  public Link withCluster(String clusterId) {
    return new Link(
        type, kind, from, fromArticle, fromOutlet, fromPublished, fromStart, fromEnd, to, toArticle,
        toOutlet, toPublished, toStart, toEnd, directed, score, clusterId, terms);
  }
}
