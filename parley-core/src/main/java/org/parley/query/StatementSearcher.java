package org.parley.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.QueryBuilder;
import org.parley.ingest.OutletNames;
import org.parley.model.Statement;
import org.parley.store.IndexSchema;
import org.parley.store.StatementSchema;

/** Read side for statements: filtered, faceted listing and streaming export. Thread-safe. */
public final class StatementSearcher implements Closeable {
  public static final List<String> FACET_DIMS =
      List.of(StatementSchema.SPEAKER, StatementSchema.KIND, IndexSchema.OUTLET, IndexSchema.YEAR);

  private static final int FACET_TOP_N = 15;
  private static final Query STATEMENTS =
      new TermQuery(new Term(IndexSchema.DOCTYPE, StatementSchema.DOCTYPE_STATEMENT));
  /** Oldest first, then text order within an article: how a story unfolds. */
  private static final Sort CHRONOLOGICAL = chronological();

  private final CommittedIndex index;
  private final SearcherManager manager;
  private final OutletNames outlets;

  private StatementSearcher(CommittedIndex index, OutletNames outlets) {
    this.index = index;
    this.manager = index.manager();
    this.outlets = outlets;
  }

  public static StatementSearcher open(Path dataDir) throws IOException {
    return new StatementSearcher(CommittedIndex.open(dataDir), OutletNames.load(dataDir));
  }

  private static Sort chronological() {
    SortField published = new SortField(IndexSchema.PUBLISHED, SortField.Type.LONG);
    published.setMissingValue(Long.MAX_VALUE);
    return new Sort(published, new SortField(StatementSchema.ORDER, SortField.Type.STRING));
  }

  public StatementResult search(StatementQuery q) throws IOException {
    Query textQuery = ParleyQueryParser.parseUserQuery(q.text(), List.of(StatementSchema.CONTENT));
    Query query = withFilters(textQuery, q);
    IndexSearcher searcher = manager.acquire();
    try {
      int wanted = Math.max(1, Math.min(q.offset() + Math.max(0, q.limit()), searcher.getIndexReader().maxDoc()));
      CollectorManager<?, ? extends TopDocs> top =
          textQuery instanceof MatchAllDocsQuery
              ? new TopFieldCollectorManager(CHRONOLOGICAL, wanted, Integer.MAX_VALUE)
              : new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
      Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
      TopDocs topDocs = (TopDocs) results[0];
      long total = topDocs.totalHits.value;
      List<StatementHit> hits = new ArrayList<>();
      ScoreDoc[] docs = topDocs.scoreDocs;
      for (int i = Math.min(q.offset(), docs.length); i < docs.length && hits.size() < q.limit(); i++) {
        hits.add(hit(searcher.storedFields().document(docs[i].doc)));
      }
      Map<String, Map<String, Long>> facets =
          FacetCounts.top(
              ((FacetedSearcher) searcher).facetState(), (FacetsCollector) results[1], total, FACET_DIMS, FACET_TOP_N);
      return new StatementResult(total, hits, facets);
    } finally {
      manager.release(searcher);
    }
  }

  /** Every matching statement in chronological order, streamed page by page (bounded memory). */
  public long forEach(StatementQuery q, Consumer<StatementHit> sink) throws IOException {
    Query query = withFilters(ParleyQueryParser.parseUserQuery(q.text(), List.of(StatementSchema.CONTENT)), q);
    return Paging.forEach(manager, query, CHRONOLOGICAL, StatementSearcher::hit, sink);
  }

  /** The statements of one article, in text order. */
  public List<Statement> ofArticle(String articleId) throws IOException {
    List<Statement> out = new ArrayList<>();
    forEach(StatementQuery.all().withArticle(articleId), hit -> out.add(hit.statement()));
    out.sort(java.util.Comparator.comparingInt(Statement::start));
    return out;
  }

  private static StatementHit hit(Document doc) {
    String published = doc.get(IndexSchema.PUBLISHED);
    return new StatementHit(
        StatementSchema.fromDocument(doc),
        doc.get(IndexSchema.SOURCE),
        doc.get(IndexSchema.OUTLET),
        published == null ? null : LocalDate.parse(published),
        doc.get(StatementSchema.ARTICLE_TITLE));
  }

  private Query withFilters(Query textQuery, StatementQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(textQuery, textQuery instanceof MatchAllDocsQuery ? Occur.FILTER : Occur.MUST);
    b.add(STATEMENTS, Occur.FILTER);
    if (q.speaker() != null && !q.speaker().isBlank()) {
      b.add(speakerQuery(q.speaker()), Occur.FILTER);
    }
    if (q.articleId() != null) {
      b.add(new TermQuery(new Term(IndexSchema.ARTICLE_ID, q.articleId())), Occur.FILTER);
    }
    if (q.outlet() != null) {
      b.add(OutletFilter.of(q.outlet(), outlets), Occur.FILTER);
    }
    if (q.kind() != null) {
      b.add(new TermQuery(new Term(StatementSchema.KIND, q.kind().toLowerCase(Locale.ROOT))), Occur.FILTER);
    }
    if (q.cue() != null) {
      b.add(new TermQuery(new Term(StatementSchema.CUE, q.cue().toLowerCase(Locale.ROOT))), Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      long lower = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long upper = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(StatementSchema.WHEN, lower, upper), Occur.FILTER);
    }
    return b.build();
  }

  private static Query speakerQuery(String speaker) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new TermQuery(new Term(StatementSchema.SPEAKER_ENTITY, speaker)), Occur.SHOULD);
    any.add(new TermQuery(new Term(StatementSchema.SPEAKER, speaker)), Occur.SHOULD);
    Query phrase = new QueryBuilder(IndexSchema.textAnalyzer()).createPhraseQuery(StatementSchema.SPEAKER_TEXT, speaker);
    if (phrase != null) {
      any.add(phrase, Occur.SHOULD);
    }
    return any.build();
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
