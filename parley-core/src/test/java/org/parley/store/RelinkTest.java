package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.entity.AliasTable;
import org.parley.entity.EntityLinker;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.DateSource;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.query.ArticleSearcher;
import org.parley.query.EntityQueries;
import org.parley.query.SearchRequest;

/** Re-linking rewrites entity fields from stored mentions: table edits change results, no NLP. */
class RelinkTest {
  @TempDir Path data;

  /** An article with NER-style mentions (no entity yet) of every occurrence of the given names. */
  static AnnotatedArticle article(String id, LocalDate date, String text, Object... namesAndTypes) {
    List<Mention> ms = new ArrayList<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      String name = (String) namesAndTypes[i];
      int at = -1;
      while ((at = text.indexOf(name, at + 1)) >= 0) {
        int start = at;
        if (ms.stream().anyMatch(m -> start >= m.start() && start < m.end())) {
          continue;
        }
        ms.add(new Mention(at, at + name.length(), name, (EntityType) namesAndTypes[i + 1], null, null));
      }
    }
    ms.sort((a, b) -> a.start() - b.start());
    return new AnnotatedArticle(
        new Article(id, "t/" + id, "Wire", "T " + id, List.of(), date, DateSource.METADATA, "en", null, null, text, List.of()),
        List.of(),
        ms);
  }

  private void ingest() throws Exception {
    try (ArticleStore store = ArticleStore.open(data)) {
      store.add(article("a1", LocalDate.of(2022, 3, 3), "Zelensky spoke to Anna Berg in Kiev.",
          "Zelensky", EntityType.PERSON, "Anna Berg", EntityType.PERSON, "Kiev", EntityType.PLACE));
      store.add(article("a2", LocalDate.of(2022, 3, 4), "Volodymyr Zelenskyy met Berg. Zelenskyy left Kyiv.",
          "Volodymyr Zelenskyy", EntityType.PERSON, "Zelenskyy", EntityType.PERSON, "Berg", EntityType.PERSON, "Kyiv", EntityType.PLACE));
      store.add(article("a3", LocalDate.of(2022, 3, 4), "The Ukrainian leader thanked Ostmark Radio.",
          "Ostmark Radio", EntityType.ORG));
    }
  }

  private List<String> ids(ArticleSearcher s, String entity) throws Exception {
    return s.search(new SearchRequest("", null, entity, null, null, 10, 0)).hits().stream().map(h -> h.id()).sorted().toList();
  }

  @Test
  void anyAliasFindsEveryArticleOfTheEntity() throws Exception {
    ingest();
    try (ArticleStore store = ArticleStore.open(data)) {
      var summary = store.relink(EntityLinker.load(data));
      assertThat(summary.articles()).isEqualTo(3);
      assertThat(summary.changed()).isEqualTo(3);
    }
    try (ArticleSearcher s = ArticleSearcher.open(data)) {
      assertThat(ids(s, "Zelenskyy")).containsExactly("a1", "a2", "a3");
      assertThat(ids(s, "Zelensky")).containsExactly("a1", "a2", "a3");
      assertThat(ids(s, "Kiev")).containsExactly("a1", "a2");
      assertThat(ids(s, "Berg")).containsExactly("a1", "a2");
      EntityQueries q = new EntityQueries(s);
      var z = q.get("e:volodymyr-zelensky").orElseThrow();
      assertThat(z.type()).isEqualTo(EntityType.PERSON);
      assertThat(z.mentions()).isEqualTo(4); // three names and one description
      assertThat(z.articles()).isEqualTo(3);
      assertThat(z.aliases()).contains("Zelensky", "Zelenskyy", "Volodymyr Zelenskyy");
      assertThat(q.list(EntityType.PLACE, 10)).extracting(e -> e.name()).containsExactly("Kyiv");
      assertThat(q.cooccurring("e:volodymyr-zelensky", 10)).containsEntry("e:kyiv", 2L).containsEntry("e:anna-berg", 2L)
          .containsEntry("e:ostmark-radio", 1L).doesNotContainKey("e:volodymyr-zelensky");
      assertThat(q.timeline("e:volodymyr-zelensky"))
          .containsEntry(LocalDate.of(2022, 3, 3), 1L)
          .containsEntry(LocalDate.of(2022, 3, 4), 3L);
      assertThat(q.resolve("President Zelenskiy")).containsExactly("e:volodymyr-zelensky");
    }
  }

  @Test
  void editingTheTableAndRelinkingChangesResultsWithoutAnnotation() throws Exception {
    ingest();
    try (ArticleStore store = ArticleStore.open(data)) {
      store.relink(EntityLinker.load(data));
    }
    Files.writeString(
        AliasTable.userFile(data),
        "split\tAnna Berg\tBerg\ndelete\tOstmark Radio\nalias\tKyiv\tThe Ukrainian capital\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    try (ArticleStore store = ArticleStore.open(data)) {
      var summary = store.relink(EntityLinker.load(data));
      assertThat(summary.changed()).isEqualTo(2); // a2 (Berg) and a3 (Ostmark Radio)
    }
    try (ArticleSearcher s = ArticleSearcher.open(data)) {
      assertThat(ids(s, "Anna Berg")).containsExactly("a1");
      assertThat(ids(s, "Berg")).containsExactly("a2");
      assertThat(ids(s, "Ostmark Radio")).isEmpty();
      assertThat(new EntityQueries(s).get("e:ostmark-radio")).isEmpty();
      // the stored mention stays, unlinked
      assertThat(s.get("a3").orElseThrow().mentions()).anyMatch(m -> m.text().equals("Ostmark Radio") && m.entityId() == null);
    }
    // a second relink with no edit rewrites nothing
    try (ArticleStore store = ArticleStore.open(data)) {
      assertThat(store.relink(EntityLinker.load(data)).changed()).isZero();
    }
  }
}
