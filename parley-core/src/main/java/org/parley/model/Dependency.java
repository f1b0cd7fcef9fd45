package org.parley.model;

/**
 * One arc of a sentence's dependency parse (Universal Dependencies). Indices are 0-based token
 * positions within the sentence; {@code head} is -1 for the root.
 */
public record Dependency(int head, int dependent, String relation) {}
