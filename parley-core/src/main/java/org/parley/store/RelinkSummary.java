package org.parley.store;

/**
 * What a re-link did: articles read, articles whose entity fields changed (rewritten), entities
 * in the new catalogue, and how long it took.
 */
public record RelinkSummary(long articles, long changed, long entities, long millis) {}
