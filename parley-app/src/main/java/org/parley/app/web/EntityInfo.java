package org.parley.app.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.query.ArticleSearcher;
import org.parley.query.SearchHit;
import org.parley.query.SearchRequest;
import org.parley.query.SearchResult;
import org.parley.query.StoredArticle;

/**
 * What the index says about one entity id: its name and type, the surface forms (aliases) seen in
 * the articles examined, and how many articles mention it. Built from the article index until the
 * canonical entity table exists.
 */
record EntityInfo(
    String id,
    String name,
    String type,
    Map<String, Integer> aliases,
    long articles,
    Integer mentions,
    int examined) {

  /** Articles read to collect aliases; beyond that {@code mentions} is unknown (null). */
  static final int MAX_EXAMINED = 50;

  static final int MAX_ID_CHARS = 300;

  static void checkId(String id) {
    if (id == null || id.isBlank() || id.length() > MAX_ID_CHARS) {
      throw new BadRequest("bad entity id");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '"' || c == '\\' || Character.isISOControl(c)) {
        throw new BadRequest("bad entity id: it may not contain quotes, backslashes or control characters");
      }
    }
  }

  /** The query that finds every article mentioning the entity with this id. */
  static String idQuery(String id) {
    checkId(id);
    return "entity_id:\"" + id + "\"";
  }

  /** Looks an entity up by id; empty when no article mentions it. */
  static java.util.Optional<EntityInfo> lookup(ArticleSearcher searcher, String id) throws IOException {
    SearchResult found =
        searcher.search(new SearchRequest(idQuery(id), null, null, null, null, MAX_EXAMINED, 0));
    if (found.total() == 0) {
      return java.util.Optional.empty();
    }
    Map<String, Integer> names = new LinkedHashMap<>();
    Map<EntityType, Integer> types = new LinkedHashMap<>();
    Map<String, Integer> aliases = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    int mentions = 0;
    for (SearchHit hit : found.hits()) {
      StoredArticle stored = searcher.get(hit.id()).orElse(null);
      if (stored == null) {
        continue;
      }
      for (Mention m : stored.mentions()) {
        if (!id.equals(m.entityId())) {
          continue;
        }
        mentions++;
        if (m.entityName() != null) {
          names.merge(m.entityName(), 1, Integer::sum);
        }
        if (m.type() != null) {
          types.merge(m.type(), 1, Integer::sum);
        }
        if (m.text() != null && !m.text().isBlank()) {
          aliases.merge(m.text().strip().replaceAll("\\s+", " "), 1, Integer::sum);
        }
      }
    }
    String name = top(names);
    EntityType type = top(types);
    boolean complete = found.total() <= found.hits().size();
    return java.util.Optional.of(
        new EntityInfo(
            id,
            name == null ? id : name,
            type == null ? null : type.name(),
            sortedByCount(aliases),
            found.total(),
            complete ? mentions : null,
            found.hits().size()));
  }

  /** The id of the entity with this (facet) name, from the mentions of an article that has it. */
  static java.util.Optional<String> idForName(ArticleSearcher searcher, String name) throws IOException {
    SearchResult found = searcher.search(new SearchRequest("*:*", null, name, null, null, 5, 0));
    for (SearchHit hit : found.hits()) {
      StoredArticle stored = searcher.get(hit.id()).orElse(null);
      if (stored == null) {
        continue;
      }
      for (Mention m : stored.mentions()) {
        if (name.equals(m.entityName()) && m.entityId() != null && !m.entityId().isBlank()) {
          return java.util.Optional.of(m.entityId());
        }
      }
    }
    return java.util.Optional.empty();
  }

  private static <K> K top(Map<K, Integer> counts) {
    K best = null;
    int most = 0;
    for (Map.Entry<K, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  private static Map<String, Integer> sortedByCount(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
    list.sort((a, b) -> b.getValue() - a.getValue());
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : list) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }
}
