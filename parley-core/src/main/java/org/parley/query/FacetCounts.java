package org.parley.query;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/** Top facet values over all matches of a search, by dimension, highest count first. */
final class FacetCounts {
  private FacetCounts() {}

  static Map<String, Map<String, Long>> top(
      SortedSetDocValuesReaderState state, FacetsCollector collector, long total, List<String> dims, int topN)
      throws IOException {
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (String dim : dims) {
      facets.put(dim, new LinkedHashMap<>());
    }
    if (state == null || total == 0) {
      return facets;
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
    for (String dim : dims) {
      FacetResult result;
      try {
        result = counts.getTopChildren(topN, dim);
      } catch (IllegalArgumentException e) {
        continue; // dimension never indexed (e.g. no article has an outlet yet)
      }
      if (result == null) {
        continue;
      }
      Map<String, Long> values = facets.get(dim);
      for (LabelAndValue lv : result.labelValues) {
        values.put(lv.label, lv.value.longValue());
      }
    }
    return facets;
  }
}
