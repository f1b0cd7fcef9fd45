package org.parley.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.parley.entity.Entity;
import org.parley.entity.EntityIds;
import org.parley.entity.MentionResolver;
import org.parley.entity.NameKeys;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.store.IndexSchema;

/**
 * Entity queries answered from the index: the entity catalogue written by re-linking, the
 * per-article entity ids (co-occurrence by facet counts) and stored mentions (mentions per day).
 */
public final class EntityQueries {
  private static final Query ENTITIES = new TermQuery(new Term(IndexSchema.DOCTYPE, IndexSchema.DOCTYPE_ENTITY));
  private static final Sort MOST_MENTIONED =
      new Sort(new SortField(IndexSchema.ENTITY_MENTIONS, SortField.Type.LONG, true), SortField.FIELD_DOC);

  private final ArticleSearcher searcher;

  public EntityQueries(ArticleSearcher searcher) {
    this.searcher = searcher;
  }

  /** Number of entities in the catalogue (0 before the first re-link). */
  public long count() throws IOException {
    return searcher.withSearcher(s -> (long) s.count(ENTITIES));
  }

  /** Catalogue entities, most mentioned first; {@code type} null for all. */
  public List<Entity> list(EntityType type, int limit) throws IOException {
    Query q = ENTITIES;
    if (type != null) {
      q =
          new BooleanQuery.Builder()
              .add(ENTITIES, Occur.FILTER)
              .add(new TermQuery(new Term(IndexSchema.ENTITY_TYPE, type.name())), Occur.FILTER)
              .build();
    }
    Query query = q;
    return searcher.withSearcher(
        s -> {
          int n = Math.max(1, Math.min(limit, Math.max(1, s.getIndexReader().maxDoc())));
          TopDocs top = s.search(query, n, MOST_MENTIONED);
          List<Entity> out = new ArrayList<>();
          var stored = s.storedFields();
          for (ScoreDoc sd : top.scoreDocs) {
            out.add(toEntity(stored.document(sd.doc)));
          }
          return out;
        });
  }

  /** One catalogue entity by id. */
  public Optional<Entity> get(String id) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(ENTITIES, Occur.FILTER)
            .add(new TermQuery(new Term(IndexSchema.ID, id)), Occur.FILTER)
            .build();
    return searcher.withSearcher(
        s -> {
          TopDocs top = s.search(q, 1);
          return top.scoreDocs.length == 0
              ? Optional.<Entity>empty()
              : Optional.of(toEntity(s.storedFields().document(top.scoreDocs[0].doc)));
        });
  }

  private static Entity toEntity(Document d) {
    EntityType type;
    try {
      type = EntityType.valueOf(d.get(IndexSchema.ENTITY_TYPE));
    } catch (RuntimeException e) {
      type = EntityType.MISC;
    }
    return new Entity(
        d.get(IndexSchema.ID),
        d.get(IndexSchema.ENTITY_NAME),
        type,
        IndexSchema.aliasesFromJson(d.get(IndexSchema.ENTITY_ALIASES)),
        d.getField(IndexSchema.ENTITY_MENTIONS).numericValue().longValue(),
        d.getField(IndexSchema.ENTITY_ARTICLES).numericValue().longValue());
  }

  /**
   * The entity ids a name (or id) can mean: an {@code e:} id as is; else catalogue entities with
   * that name or alias (titles, possessives, case and accents ignored); else those sharing its
   * transliteration key; else the id the name itself would have.
   */
  public Set<String> resolve(String nameOrId) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    if (nameOrId == null || nameOrId.isBlank()) {
      return ids;
    }
    String t = nameOrId.strip();
    if (t.startsWith("e:")) {
      ids.add(t);
      return ids;
    }
    String form = MentionResolver.canonicalForm(t);
    ids.addAll(byAliasKey(NameKeys.key(form)));
    if (ids.isEmpty()) {
      ids.addAll(byAliasKey("t:" + NameKeys.translitKey(form)));
    }
    if (ids.isEmpty()) {
      ids.add(EntityIds.of(form));
    }
    return ids;
  }

  private List<String> byAliasKey(String key) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(ENTITIES, Occur.FILTER)
            .add(new TermQuery(new Term(IndexSchema.ENTITY_ALIAS_KEY, key)), Occur.FILTER)
            .build();
    return searcher.withSearcher(
        s -> {
          TopDocs top = s.search(q, 20, MOST_MENTIONED);
          List<String> out = new ArrayList<>();
          for (ScoreDoc sd : top.scoreDocs) {
            out.add(s.storedFields().document(sd.doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID));
          }
          return out;
        });
  }

  private static Query articlesWith(String id) {
    return new BooleanQuery.Builder()
        .add(ArticleSearcher.ARTICLES, Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.ENTITY_ID, id)), Occur.FILTER)
        .build();
  }

  /**
   * Who appears with whom: other entity ids in the articles that mention {@code id}, with the
   * number of such articles, most first.
   */
  public Map<String, Long> cooccurring(String id, int limit) throws IOException {
    return searcher.withSearcher(
        s -> {
          Map<String, Long> out = new LinkedHashMap<>();
          FacetsCollector fc = s.search(articlesWith(id), new FacetsCollectorManager());
          SortedSetDocValuesReaderState state = s.facetState();
          if (state == null || fc.getMatchingDocs().isEmpty()) {
            return out;
          }
          FacetResult result;
          try {
            result = new SortedSetDocValuesFacetCounts(state, fc).getTopChildren(limit + 1, IndexSchema.ENTITY_FACET);
          } catch (IllegalArgumentException e) {
            return out; // index written before entity ids were a facet: run parley entities --relink
          }
          if (result == null) {
            return out;
          }
          for (LabelAndValue lv : result.labelValues) {
            if (!lv.label.equals(id) && out.size() < limit) {
              out.put(lv.label, lv.value.longValue());
            }
          }
          return out;
        });
  }

  /** Mentions of {@code id} per publication day (undated articles are left out), oldest first. */
  public SortedMap<LocalDate, Long> timeline(String id) throws IOException {
    return searcher.withSearcher(
        s -> {
          SortedMap<LocalDate, Long> out = new TreeMap<>();
          int n = Math.max(1, s.getIndexReader().maxDoc());
          TopDocs top = s.search(articlesWith(id), n);
          var stored = s.storedFields();
          for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(IndexSchema.PUBLISHED, IndexSchema.MENTIONS));
            String published = d.get(IndexSchema.PUBLISHED);
            if (published == null) {
              continue;
            }
            long count = 0;
            for (Mention m : IndexSchema.mentions(d)) {
              if (id.equals(m.entityId())) {
                count++;
              }
            }
            out.merge(LocalDate.parse(published), count, Long::sum);
          }
          return out;
        });
  }
}
