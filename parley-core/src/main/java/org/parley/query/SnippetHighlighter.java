package org.parley.query;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.parley.store.IndexSchema;

/** A {@link UnifiedHighlighter} returning each passage as a separate snippet. */
final class SnippetHighlighter extends UnifiedHighlighter {
  static final int MAX_PASSAGES = 3;

  SnippetHighlighter(IndexSearcher searcher) {
    super(
        UnifiedHighlighter.builder(searcher, IndexSchema.analyzer())
            .withFormatter(new SnippetFormatter())
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withMaxNoHighlightPassages(0));
  }

  /**
   * Snippets for each doc (same order as {@code docIds}); an empty list where nothing in the field
   * matched.
   */
  @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array of passages per document
  List<String>[] snippets(String field, Query query, int[] docIds) throws IOException {
    int[] maxPassages = {MAX_PASSAGES};
    Map<String, Object[]> byField =
        highlightFieldsAsObjects(new String[] {field}, query, docIds, maxPassages);
    Object[] objects = byField.get(field);
    List<String>[] out = new List[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      Object o = objects == null ? null : objects[i];
      out[i] = o instanceof List<?> list ? (List<String>) list : List.of();
    }
    return out;
  }
}
