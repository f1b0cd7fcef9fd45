package org.parley.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
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
import org.apache.lucene.store.FSDirectory;
import org.parley.ingest.OutletNames;
import org.parley.store.ArticleStore;
import org.parley.store.IndexSchema;

/**
 * Read side of the store: full-text search with facets, and lookup by id. Sees the index as of the
 * last commit when it was opened (or last {@link #refresh()}ed). Thread-safe.
 */
public final class ArticleSearcher implements Closeable {

  /** Facet values reported per dimension. */
  public static final int FACET_TOP_N = 10;

  /** Length of the lead used as a snippet when nothing in the body is highlighted. */
  static final int LEAD_CHARS = 200;

  private static final Set<String> HIT_FIELDS =
      Set.of(
          IndexSchema.ID,
          IndexSchema.TITLE,
          IndexSchema.OUTLET,
          IndexSchema.PUBLISHED,
          IndexSchema.SOURCE);

  private static final Sort NEWEST_FIRST = newestFirst();

  static final Query ARTICLES =
      new TermQuery(new Term(IndexSchema.DOCTYPE, IndexSchema.DOCTYPE_ARTICLE));

  private static Sort newestFirst() {
    SortField published = new SortField(IndexSchema.PUBLISHED, SortField.Type.LONG, true);
    published.setMissingValue(Long.MIN_VALUE); // undated articles last
    return new Sort(published, SortField.FIELD_DOC);
  }

  private final CommittedIndex index;
  private final SearcherManager manager;
  private final OutletNames outlets;

  private ArticleSearcher(CommittedIndex index, OutletNames outlets) {
    this.index = index;
    this.manager = index.manager();
    this.outlets = outlets;
  }

  /**
   * Opens the committed index in {@code dataDir/index}.
   *
   * @throws IOException when there is no index there yet ({@code no index in DIR: run parley
   *     ingest first})
   */
  public static ArticleSearcher open(Path dataDir) throws IOException {
    return new ArticleSearcher(CommittedIndex.open(dataDir), OutletNames.load(dataDir));
  }

  /** Picks up commits made since this searcher was opened; true if anything changed. */
  public boolean refresh() throws IOException {
    if (manager.isSearcherCurrent()) {
      return false;
    }
    manager.maybeRefreshBlocking();
    return true;
  }

  public SearchResult search(SearchRequest request) throws IOException {
    Query textQuery = ParleyQueryParser.parseUserQuery(request.query());
    Query query = withFilters(textQuery, request);
    int limit = Math.max(0, request.limit());
    int offset = Math.max(0, request.offset());
    int wanted = (int) Math.min(Integer.MAX_VALUE - 1L, (long) offset + limit);

    IndexSearcher searcher = manager.acquire();
    try {
      // never allocate a queue larger than the index (a huge offset would otherwise exhaust memory)
      wanted = Math.max(1, Math.min(wanted, searcher.getIndexReader().maxDoc()));
      // Exact totals (threshold MAX_VALUE). Relevance order; with no query words (match all),
      // newest first.
      CollectorManager<?, ? extends TopDocs> topManager =
          textQuery instanceof MatchAllDocsQuery
              ? new TopFieldCollectorManager(NEWEST_FIRST, wanted, Integer.MAX_VALUE)
              : new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
      Object[] results;
      try {
        results =
            searcher.search(
                query, new MultiCollectorManager(topManager, new FacetsCollectorManager()));
      } catch (IndexSearcher.TooManyClauses e) {
        throw new IllegalArgumentException(
            "bad query \"" + request.query() + "\": it expands to too many terms", e);
      }
      TopDocs topDocs = (TopDocs) results[0];
      FacetsCollector facetsCollector = (FacetsCollector) results[1];
      long total = topDocs.totalHits.value;

      List<SearchHit> hits = hits(searcher, textQuery, topDocs, offset, limit);
      Map<String, Map<String, Long>> facets =
          FacetCounts.top(
              ((FacetedSearcher) searcher).facetState(), facetsCollector, total, IndexSchema.FACET_DIMS, FACET_TOP_N);
      return new SearchResult(request.query(), total, hits, facets);
    } finally {
      manager.release(searcher);
    }
  }

  /** Runs {@code work} with an acquired searcher (released afterwards). */
  <T> T withSearcher(SearcherWork<T> work) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return work.run((FacetedSearcher) searcher);
    } finally {
      manager.release(searcher);
    }
  }

  interface SearcherWork<T> {
    T run(FacetedSearcher searcher) throws IOException;
  }

  /**
   * The filter for {@code --entity NAME}: articles whose entity name is exactly NAME, or that
   * mention any entity NAME is a name of (an alias in the entity catalogue, so "Zelenskyy" finds
   * articles that only say "Zelensky").
   */
  private Query entityFilter(String name) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new TermQuery(new Term(IndexSchema.ENTITY, name)), Occur.SHOULD);
    for (String id : new EntityQueries(this).resolve(name)) {
      any.add(new TermQuery(new Term(IndexSchema.ENTITY_ID, id)), Occur.SHOULD);
    }
    return any.build();
  }

  private Query withFilters(Query textQuery, SearchRequest request) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(textQuery, textQuery instanceof MatchAllDocsQuery ? Occur.FILTER : Occur.MUST);
    b.add(ARTICLES, Occur.FILTER);
    if (request.outlet() != null) {
      b.add(OutletFilter.of(request.outlet(), outlets), Occur.FILTER);
    }
    if (request.entity() != null) {
      b.add(entityFilter(request.entity()), Occur.FILTER);
    }
    LocalDate from = request.from();
    LocalDate to = request.to();
    if (from != null || to != null) {
      long lower = from == null ? Long.MIN_VALUE : from.toEpochDay();
      long upper = to == null ? Long.MAX_VALUE : to.toEpochDay();
      b.add(LongPoint.newRangeQuery(IndexSchema.PUBLISHED, lower, upper), Occur.FILTER);
    }
    return b.build();
  }

  private static List<SearchHit> hits(
      IndexSearcher searcher, Query textQuery, TopDocs topDocs, int offset, int limit)
      throws IOException {
    ScoreDoc[] all = topDocs.scoreDocs;
    int from = Math.min(offset, all.length);
    int to = (int) Math.min(all.length, (long) offset + limit);
    if (from >= to) {
      return List.of();
    }
    int[] docIds = new int[to - from];
    for (int i = from; i < to; i++) {
      docIds[i - from] = all[i].doc;
    }
    List<String>[] snippets;
    if (textQuery instanceof MatchAllDocsQuery) {
      @SuppressWarnings({"unchecked", "rawtypes"})
      List<String>[] none = new List[docIds.length];
      snippets = none;
    } else {
      snippets = new SnippetHighlighter(searcher).snippets(IndexSchema.BODY, textQuery, docIds);
    }
    var storedFields = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      Document doc = storedFields.document(docIds[i], HIT_FIELDS);
      List<String> snips = snippets[i];
      if (snips == null || snips.isEmpty()) {
        Document body = storedFields.document(docIds[i], Set.of(IndexSchema.BODY));
        String lead = SnippetFormatter.lead(body.get(IndexSchema.BODY), LEAD_CHARS);
        snips = lead.isEmpty() ? List.of() : List.of(lead);
      }
      String published = doc.get(IndexSchema.PUBLISHED);
      hits.add(
          new SearchHit(
              doc.get(IndexSchema.ID),
              doc.get(IndexSchema.TITLE),
              doc.get(IndexSchema.OUTLET),
              published == null ? null : LocalDate.parse(published),
              doc.get(IndexSchema.SOURCE),
              Float.isNaN(all[from + i].score) ? 0f : all[from + i].score,
              List.copyOf(snips)));
    }
    return hits;
  }

  /** Every stored article with its mentions, in index order, streamed (bounded memory). */
  public long forEach(java.util.function.Consumer<StoredArticle> sink) throws IOException {
    return Paging.forEach(
        manager,
        ARTICLES,
        Sort.INDEXORDER,
        doc -> new StoredArticle(IndexSchema.toArticle(doc), IndexSchema.mentions(doc)),
        sink);
  }

  public Optional<StoredArticle> get(String id) throws IOException {
    if (id == null) {
      return Optional.empty();
    }
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexSchema.ID, id)), Occur.FILTER)
            .add(ARTICLES, Occur.FILTER)
            .build();
    IndexSearcher searcher = manager.acquire();
    try {
      TopDocs top = searcher.search(query, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
      return Optional.of(new StoredArticle(IndexSchema.toArticle(doc), IndexSchema.mentions(doc)));
    } finally {
      manager.release(searcher);
    }
  }

  /** Number of articles in the index. */
  public long count() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return searcher.count(ARTICLES);
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
