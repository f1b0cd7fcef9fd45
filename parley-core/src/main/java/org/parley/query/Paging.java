package org.parley.query;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/** Streams every match of a query in a fixed order, page by page, in bounded memory. */
final class Paging {
  private static final int PAGE = 500;

  private Paging() {}

  static <T> long forEach(
      SearcherManager manager, Query query, Sort sort, Function<Document, T> reader, Consumer<? super T> sink)
      throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      long n = 0;
      ScoreDoc after = null;
      while (true) {
        TopDocs page = searcher.searchAfter(after, query, PAGE, sort);
        for (ScoreDoc sd : page.scoreDocs) {
          sink.accept(reader.apply(searcher.storedFields().document(sd.doc)));
          n++;
        }
        if (page.scoreDocs.length < PAGE) {
          return n;
        }
        after = page.scoreDocs[page.scoreDocs.length - 1];
      }
    } finally {
      manager.release(searcher);
    }
  }
}
