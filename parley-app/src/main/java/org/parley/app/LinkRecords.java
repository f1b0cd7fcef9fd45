package org.parley.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.link.Links;
import org.parley.link.StatementCluster;
import org.parley.model.Article;
import org.parley.model.Link;
import org.parley.model.Statement;
import org.parley.query.StatementHit;

/**
 * The link export records of docs/formats.md, field for field, nulls kept: one definition for the
 * CLI ({@code reuse}, {@code disputes}) and the web API, so both always agree.
 */
public final class LinkRecords {
  /** Snake case as in {@code DATA/links/clusters.jsonl}; dates as ISO strings. */
  private static final ObjectMapper SNAKE =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private LinkRecords() {}

  /** A cluster as one line of {@code clusters.jsonl}. */
  public static Map<String, Object> cluster(StatementCluster c) {
    return SNAKE.convertValue(c, new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  /** One edge of {@code reuse --graph --format jsonl}. */
  public static Map<String, Object> edge(Links.ReuseEdge e) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("from_outlet", e.fromOutlet());
    r.put("to_outlet", e.toOutlet());
    r.put("passages", e.passages());
    r.put("article_pairs", e.articlePairs());
    r.put("chars", e.chars());
    r.put("directed", e.directed());
    return r;
  }

  /** One passage of {@code reuse --format jsonl}; the articles may be null when no longer stored. */
  public static Map<String, Object> passage(Link l, Article from, Article to) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("from_article", l.from());
    r.put("from_source", from == null ? null : from.source());
    r.put("from_outlet", l.fromOutlet());
    r.put("from_published", l.fromPublished());
    r.put("from_start", l.fromStart());
    r.put("from_end", l.fromEnd());
    r.put("to_article", l.to());
    r.put("to_source", to == null ? null : to.source());
    r.put("to_outlet", l.toOutlet());
    r.put("to_published", l.toPublished());
    r.put("to_start", l.toStart());
    r.put("to_end", l.toEnd());
    r.put("directed", l.directed());
    r.put("score", l.score());
    r.put("text", passageText(l, to));
    return r;
  }

  /** The passage as it reads in the later article, or null when that article or span is gone. */
  public static String passageText(Link l, Article to) {
    return to == null || l.toEnd() > to.text().length() || l.toStart() < 0 || l.toStart() > l.toEnd()
        ? null
        : to.text().substring(l.toStart(), l.toEnd());
  }

  /** One pair of {@code disputes --format jsonl}; a side's hit is null when no longer stored. */
  public static Map<String, Object> dispute(Link l, StatementHit claim, StatementHit denial) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("kind", l.kind().label());
    r.put("score", l.score());
    r.put("terms", l.terms());
    r.put("same_article", l.fromArticle().equals(l.toArticle()));
    r.put("claim", side(claim, l.from()));
    r.put("denial", side(denial, l.to()));
    return r;
  }

  private static Map<String, Object> side(StatementHit hit, String id) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", id);
    Statement s = hit == null ? null : hit.statement();
    r.put("article", s == null ? null : s.articleId());
    r.put("source", hit == null ? null : hit.source());
    r.put("outlet", hit == null ? null : hit.outlet());
    r.put("published", hit == null ? null : hit.published());
    r.put("speaker", s == null ? null : s.speaker());
    r.put("cue", s == null ? null : s.cue());
    r.put("content", s == null ? null : s.content());
    r.put("start", s == null ? null : s.start());
    r.put("end", s == null ? null : s.end());
    return r;
  }
}
