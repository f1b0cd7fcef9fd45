package org.parley.query;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.parley.ingest.OutletNames;
import org.parley.store.IndexSchema;

/**
 * The outlet filter: the name as typed or its canonical name ({@link OutletNames}), so any alias
 * finds an outlet, and a store ingested before the outlet table still matches its stored names.
 */
final class OutletFilter {
  private OutletFilter() {}

  static Query of(String outlet, OutletNames names) {
    Query exact = new TermQuery(new Term(IndexSchema.OUTLET, outlet));
    String canonical = names.canonical(outlet);
    if (canonical == null || canonical.equals(outlet)) {
      return exact;
    }
    return new BooleanQuery.Builder()
        .add(exact, Occur.SHOULD)
        .add(new TermQuery(new Term(IndexSchema.OUTLET, canonical)), Occur.SHOULD)
        .build();
  }
}
