package org.parley.query;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.facet.FacetsConfig;
import org.parley.store.IndexSchema;

/** An IndexSearcher that carries the (per-reader, costly to build) facet state, built lazily. */
final class FacetedSearcher extends IndexSearcher {
  private static final FacetsConfig CONFIG = IndexSchema.facetsConfig();
  private final Object lock = new Object();
  private volatile SortedSetDocValuesReaderState state;
  private volatile boolean stateBuilt;

  FacetedSearcher(IndexReader reader) {
    super(reader);
  }

  /** Facet ordinals for this reader; null when no document has any facet values. */
  SortedSetDocValuesReaderState facetState() throws IOException {
    if (!stateBuilt) {
      synchronized (lock) {
        if (!stateBuilt) {
          String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
          FieldInfo info = FieldInfos.getMergedFieldInfos(getIndexReader()).fieldInfo(field);
          state =
              info == null
                  ? null
                  : new DefaultSortedSetDocValuesReaderState(getIndexReader(), field, CONFIG);
          stateBuilt = true;
        }
      }
    }
    return state;
  }

  static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
      return new FacetedSearcher(reader);
    }
  }
}
