package org.parley.query;

import java.util.List;
import java.util.Map;

/**
 * Search results: {@code total} counts all matches (not just this page); facets map a facet name
 * (outlet, year, entity) to value counts over all matches.
 */
public record SearchResult(String query, long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {}
