package org.parley.query;

import java.time.LocalDate;
import java.util.List;

/** One matching article, with highlighted snippets ({@code <em>} marks the hits). */
public record SearchHit(
    String id, String title, String outlet, LocalDate published, String source, float score, List<String> snippets) {}
