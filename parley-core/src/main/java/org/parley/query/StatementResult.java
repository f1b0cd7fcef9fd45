package org.parley.query;

import java.util.List;
import java.util.Map;

/** One page of statements; {@code total} counts all matches, facets cover all matches. */
public record StatementResult(long total, List<StatementHit> hits, Map<String, Map<String, Long>> facets) {}
