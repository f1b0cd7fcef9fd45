package org.parley.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.parley.store.IndexSchema;
import org.parley.store.PositionSchema;

/** Read side for the positions ledger: filtered streaming in date order, and facet counts. */
public final class PositionSearcher implements Closeable {
  public static final List<String> FACET_DIMS =
      List.of(PositionSchema.ACTOR, PositionSchema.TOPIC, PositionSchema.STANCE, IndexSchema.OUTLET, IndexSchema.YEAR);

  private static final Query POSITIONS =
      new TermQuery(new Term(IndexSchema.DOCTYPE, PositionSchema.DOCTYPE_POSITION));
  private static final Sort BY_DATE = byDate();

  private final CommittedIndex index;
  private final SearcherManager manager;

  private PositionSearcher(CommittedIndex index) {
    this.index = index;
    this.manager = index.manager();
  }

  public static PositionSearcher open(Path dataDir) throws IOException {
    return new PositionSearcher(CommittedIndex.open(dataDir));
  }

  private static Sort byDate() {
    SortField when = new SortField(PositionSchema.WHEN, SortField.Type.LONG);
    when.setMissingValue(Long.MAX_VALUE);
    return new Sort(when, SortField.FIELD_DOC);
  }

  /** Every matching position, oldest first (undated last). */
  public long forEach(PositionQuery q, Consumer<PositionHit> sink) throws IOException {
    return Paging.forEach(manager, filter(q), BY_DATE, PositionSearcher::hit, sink);
  }

  /** Counts by actor, topic, stance, outlet and year over all matches. */
  public Map<String, Map<String, Long>> facets(PositionQuery q, int topN) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      FacetsCollector collector = searcher.search(filter(q), new FacetsCollectorManager());
      long total = searcher.count(filter(q));
      return FacetCounts.top(((FacetedSearcher) searcher).facetState(), collector, total, FACET_DIMS, topN);
    } finally {
      manager.release(searcher);
    }
  }

  private static PositionHit hit(Document doc) {
    String published = doc.get(IndexSchema.PUBLISHED);
    return new PositionHit(
        PositionSchema.fromDocument(doc),
        doc.get(IndexSchema.SOURCE),
        doc.get(IndexSchema.OUTLET),
        published == null ? null : LocalDate.parse(published),
        doc.get(org.parley.store.StatementSchema.ARTICLE_TITLE));
  }

  private static Query filter(PositionQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(POSITIONS, Occur.FILTER);
    keyword(b, PositionSchema.ACTOR, q.actor());
    keyword(b, PositionSchema.TOPIC, q.topic());
    keyword(b, PositionSchema.STANCE, q.stance());
    keyword(b, IndexSchema.ARTICLE_ID, q.articleId());
    if (q.from() != null || q.to() != null) {
      long lower = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long upper = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(PositionSchema.WHEN, lower, upper), Occur.FILTER);
    }
    return b.build();
  }

  private static void keyword(BooleanQuery.Builder b, String field, String value) {
    if (value != null && !value.isBlank()) {
      b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }

  /** Picks up commits made since this searcher was opened; true if anything changed. */
  public boolean refresh() throws IOException {
    if (manager.isSearcherCurrent()) {
      return false;
    }
    manager.maybeRefreshBlocking();
    return true;
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
