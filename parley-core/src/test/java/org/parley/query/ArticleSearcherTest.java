package org.parley.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.AnnotatedArticle;
import org.parley.store.ArticleStore;
import org.parley.store.TestArticles;

class ArticleSearcherTest {
  @TempDir Path data;
  private ArticleSearcher searcher;

  @BeforeEach
  void index() throws IOException {
    try (ArticleStore store = ArticleStore.open(data)) {
      store.add(TestArticles.plan());
      store.add(TestArticles.harbour());
      store.add(TestArticles.weather());
      store.add(TestArticles.bare());
      for (AnnotatedArticle a : TestArticles.fillers(25)) {
        store.add(a);
      }
    }
    searcher = ArticleSearcher.open(data);
  }

  @AfterEach
  void close() throws IOException {
    searcher.close();
  }

  private static SearchRequest query(String q) {
    return SearchRequest.of(q);
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void findsByWordWithHighlightedSnippets() throws IOException {
    SearchResult r = searcher.search(query("demilitarisation"));
    assertThat(r.total()).isEqualTo(1);
    SearchHit hit = r.hits().get(0);
    assertThat(hit.id()).isEqualTo("a-plan");
    assertThat(hit.title()).isEqualTo("Ministers argue over peace proposal");
    assertThat(hit.outlet()).isEqualTo("Daily Bugle");
    assertThat(hit.published()).isEqualTo(LocalDate.of(2022, 3, 3));
    assertThat(hit.source()).isEqualTo("corpus/test/plan.txt");
    assertThat(hit.score()).isPositive();
    assertThat(hit.snippets()).hasSize(1);
    assertThat(hit.snippets().get(0)).contains("<em>Demilitarisation</em>").doesNotContain("\n");
  }

  @Test
  void caseAccentsAndPossessivesAreFolded() throws IOException {
    assertThat(ids(searcher.search(query("DÉMILITARISATION")))).containsExactly("a-plan");
    // "Mara Quill's office" is found by Quill
    assertThat(ids(searcher.search(query("quill")))).containsExactlyInAnyOrder("a-plan", "a-harbour");
  }

  @Test
  void hyphenatedPhraseMatches() throws IOException {
    SearchResult quoted = searcher.search(query("\"28-point plan\""));
    assertThat(ids(quoted)).containsExactly("a-plan");
    assertThat(quoted.hits().get(0).snippets().get(0)).contains("<em>").contains("28");
    assertThat(ids(searcher.search(query("28-point")))).containsExactly("a-plan");
    // the words apart do not make the phrase
    assertThat(searcher.search(query("\"point 28\"")).total()).isZero();
    // "plan" alone is in three articles
    assertThat(searcher.search(query("plan")).total()).isEqualTo(3);
  }

  @Test
  void defaultOperatorIsAnd() throws IOException {
    assertThat(ids(searcher.search(query("plan rain")))).containsExactly("a-weather");
    assertThat(searcher.search(query("plan OR lighthouse")).total()).isEqualTo(4);
  }

  @Test
  void junkIsNotSearchable() throws IOException {
    assertThat(searcher.search(query("subscribe")).total()).isZero();
    assertThat(searcher.search(query("advertisement")).total()).isZero();
  }

  @Test
  void titleOnlyMatchFallsBackToLead() throws IOException {
    SearchResult r = searcher.search(query("festival"));
    assertThat(ids(r)).containsExactly("a-weather");
    assertThat(r.hits().get(0).snippets())
        .singleElement()
        .satisfies(s -> assertThat(s).startsWith("Heavy rain fell").doesNotContain("<em>"));
  }

  @Test
  void totalCountsAllMatchesAndPagesDoNotOverlap() throws IOException {
    SearchRequest page1 = new SearchRequest("harvest", null, null, null, null, 10, 0);
    SearchRequest page3 = new SearchRequest("harvest", null, null, null, null, 10, 20);
    SearchRequest beyond = new SearchRequest("harvest", null, null, null, null, 10, 40);
    SearchResult r1 = searcher.search(page1);
    SearchResult r3 = searcher.search(page3);
    assertThat(r1.total()).isEqualTo(25);
    assertThat(r1.hits()).hasSize(10);
    assertThat(r3.total()).isEqualTo(25);
    assertThat(r3.hits()).hasSize(5);
    Set<String> seen = new HashSet<>(ids(r1));
    seen.retainAll(ids(r3));
    assertThat(seen).isEmpty();
    Set<String> all = new HashSet<>();
    for (int offset = 0; offset < 25; offset += 10) {
      all.addAll(ids(searcher.search(new SearchRequest("harvest", null, null, null, null, 10, offset))));
    }
    assertThat(all).hasSize(25);
    assertThat(searcher.search(beyond).hits()).isEmpty();
    assertThat(searcher.search(beyond).total()).isEqualTo(25);
    SearchResult none = searcher.search(new SearchRequest("harvest", null, null, null, null, 0, 0));
    assertThat(none.hits()).isEmpty();
    assertThat(none.total()).isEqualTo(25);
    SearchResult far =
        searcher.search(new SearchRequest("harvest", null, null, null, null, 10, 2_000_000_000));
    assertThat(far.hits()).isEmpty();
    assertThat(far.total()).isEqualTo(25);
  }

  @Test
  void blankAndMatchAllQueriesFindEverything() throws IOException {
    assertThat(searcher.search(query("")).total()).isEqualTo(29);
    assertThat(searcher.search(query("   ")).total()).isEqualTo(29);
    assertThat(searcher.search(query(null)).total()).isEqualTo(29);
    SearchResult all = searcher.search(query("*:*"));
    assertThat(all.total()).isEqualTo(29);
    assertThat(all.hits()).hasSize(10);
    assertThat(all.hits()).allSatisfy(h -> assertThat(h.snippets()).isNotEmpty());
    // no query words: newest first, undated last
    assertThat(all.hits().get(0).id()).isEqualTo("a-harbour");
    assertThat(all.hits().get(1).id()).isEqualTo("a-weather");
    SearchResult last = searcher.search(new SearchRequest("", null, null, null, null, 5, 25));
    assertThat(last.hits().get(last.hits().size() - 1).id()).isEqualTo("a-bare");
    assertThat(all.hits()).allSatisfy(h -> assertThat(h.score()).isNotNaN());
    assertThat(searcher.count()).isEqualTo(29);
  }

  @Test
  void theOutletFilterAcceptsAnyNameOfTheOutlet() throws IOException {
    java.nio.file.Files.writeString(
        data.resolve(org.parley.ingest.OutletNames.FILE_NAME), "Daily Bugle\tbugle.example\tThe Bugle|DB\n");
    try (ArticleSearcher withTable = ArticleSearcher.open(data)) {
      for (String name : new String[] {"Daily Bugle", "the daily bugle", "The Bugle", "DB", "https://www.bugle.example/"}) {
        SearchRequest r = new SearchRequest("plan", name, null, null, null, 10, 0);
        assertThat(ids(withTable.search(r))).as(name).containsExactlyInAnyOrder("a-plan", "a-weather");
      }
      assertThat(withTable.search(new SearchRequest("plan", "Bugle Weekly", null, null, null, 10, 0)).total()).isZero();
    }
    SearchRequest courier = new SearchRequest("harbour", "courier", null, null, null, 10, 0);
    assertThat(ids(searcher.search(courier))).isEmpty();
  }

  @Test
  void filtersByOutletEntityAndDate() throws IOException {
    SearchRequest outlet = new SearchRequest("plan", "Daily Bugle", null, null, null, 10, 0);
    assertThat(ids(searcher.search(outlet))).containsExactlyInAnyOrder("a-plan", "a-weather");
    SearchRequest partialOutlet = new SearchRequest("plan", "Daily", null, null, null, 10, 0);
    assertThat(searcher.search(partialOutlet).total()).isZero();

    SearchRequest entity = new SearchRequest("", null, "Mara Quill", null, null, 10, 0);
    assertThat(ids(searcher.search(entity))).containsExactlyInAnyOrder("a-plan", "a-harbour");

    SearchRequest from = new SearchRequest("plan", null, null, LocalDate.of(2025, 1, 15), null, 10, 0);
    assertThat(ids(searcher.search(from))).containsExactlyInAnyOrder("a-weather", "a-harbour");
    SearchRequest to = new SearchRequest("plan", null, null, null, LocalDate.of(2025, 1, 15), 10, 0);
    assertThat(ids(searcher.search(to))).containsExactlyInAnyOrder("a-plan", "a-weather");
    SearchRequest day =
        new SearchRequest("", null, null, LocalDate.of(2022, 3, 3), LocalDate.of(2022, 3, 3), 10, 0);
    assertThat(ids(searcher.search(day))).containsExactly("a-plan");

    SearchRequest combined =
        new SearchRequest("plan", "Daily Bugle", "Mara Quill", LocalDate.of(2022, 1, 1), null, 10, 0);
    assertThat(ids(searcher.search(combined))).containsExactly("a-plan");
  }

  @Test
  void queryDateAndKeywordSyntax() throws IOException {
    assertThat(ids(searcher.search(query("plan AND year:2025"))))
        .containsExactlyInAnyOrder("a-weather", "a-harbour");
    assertThat(ids(searcher.search(query("published:2022-03-03")))).containsExactly("a-plan");
    assertThat(ids(searcher.search(query("plan AND published:[2025-01-01 TO 2025-03-01]"))))
        .containsExactly("a-weather");
    assertThat(ids(searcher.search(query("outlet:\"The Courier\"")))).containsExactly("a-harbour");
    assertThatThrownBy(() -> searcher.search(query("published:yesterday")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a date");
  }

  @Test
  void facetsCountAllMatchesNotJustThePage() throws IOException {
    SearchResult r = searcher.search(new SearchRequest("*:*", null, null, null, null, 2, 0));
    assertThat(r.hits()).hasSize(2);
    assertThat(r.facets()).containsOnlyKeys("outlet", "year", "entity");
    assertThat(r.facets().get("outlet"))
        .containsExactly(
            java.util.Map.entry("Farm Weekly", 25L),
            java.util.Map.entry("Daily Bugle", 2L),
            java.util.Map.entry("The Courier", 1L));
    assertThat(r.facets().get("year"))
        .containsExactly(
            java.util.Map.entry("2023", 25L),
            java.util.Map.entry("2025", 2L),
            java.util.Map.entry("2022", 1L));
    assertThat(r.facets().get("entity"))
        .containsExactly(
            java.util.Map.entry("Mara Quill", 2L),
            java.util.Map.entry("Eldoria", 1L),
            java.util.Map.entry("Port Lenna", 1L));

    SearchResult plan = searcher.search(query("plan"));
    assertThat(plan.facets().get("outlet")).containsEntry("Daily Bugle", 2L).containsEntry("The Courier", 1L)
        .doesNotContainKey("Farm Weekly");
    assertThat(plan.facets().get("entity")).containsEntry("Mara Quill", 2L);

    SearchResult nothing = searcher.search(query("zeppelin"));
    assertThat(nothing.total()).isZero();
    assertThat(nothing.facets().get("outlet")).isEmpty();
  }

  @Test
  void getRoundTripsTheArticleAndMentions() throws IOException {
    for (AnnotatedArticle a :
        List.of(TestArticles.plan(), TestArticles.harbour(), TestArticles.weather(), TestArticles.bare())) {
      StoredArticle stored = searcher.get(a.article().id()).orElseThrow();
      assertThat(stored.article()).isEqualTo(a.article());
      assertThat(stored.article().text()).isEqualTo(a.article().text());
      assertThat(stored.mentions()).isEqualTo(a.mentions());
    }
    assertThat(searcher.get("no-such-id")).isEmpty();
    assertThat(searcher.get(null)).isEmpty();
  }

  @Test
  void badQueryIsIllegalArgument() {
    assertThatThrownBy(() -> searcher.search(query("foo(")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bad query \"foo(\": ")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> searcher.search(query("\"unclosed")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void prefixQueriesWork() throws IOException {
    SearchResult r = searcher.search(query("demilitar*"));
    assertThat(ids(r)).containsExactly("a-plan");
    assertThat(r.hits().get(0).snippets().get(0)).contains("<em>Demilitarisation</em>");
  }

  @Test
  void seesOnlyCommittedDataUntilRefreshed() throws IOException {
    try (ArticleStore store = ArticleStore.open(data, 1000)) {
      store.add(TestArticles.withText("late-1", "A zeppelin landed in the square."));
      store.commit();
      store.add(TestArticles.withText("late-2", "A second zeppelin followed."));
      assertThat(searcher.search(query("zeppelin")).total()).isZero();
      assertThat(searcher.refresh()).isTrue();
      assertThat(ids(searcher.search(query("zeppelin")))).containsExactly("late-1");
      assertThat(searcher.refresh()).isFalse();
      try (ArticleSearcher fresh = ArticleSearcher.open(data)) {
        assertThat(fresh.count()).isEqualTo(30);
      }
    }
    searcher.refresh();
    assertThat(searcher.count()).isEqualTo(31);
  }

  @Test
  void longPassagesAreClipped() throws IOException {
    StringBuilder text = new StringBuilder("It began");
    for (int i = 0; i < 80; i++) {
      text.append(", and then another clause number ").append(i);
    }
    text.append(", and at last the walrus appeared, and then ");
    for (int i = 0; i < 80; i++) {
      text.append("more words ").append(i).append(' ');
    }
    text.append("end.");
    try (ArticleStore store = ArticleStore.open(data)) {
      store.add(TestArticles.withText("long", text.toString()));
    }
    searcher.refresh();
    String snippet = searcher.search(query("walrus")).hits().get(0).snippets().get(0);
    assertThat(snippet).contains("<em>walrus</em>").startsWith("... ").endsWith(" ...");
    assertThat(snippet.length()).isLessThan(SnippetFormatter.MAX_CHARS + 40);
  }

  @Test
  void openingWithoutIndexIsAClearError(@TempDir Path empty) {
    assertThatThrownBy(() -> ArticleSearcher.open(empty.resolve("nothing")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no index in")
        .hasMessageContaining("run parley ingest first");
    assertThatThrownBy(() -> ArticleSearcher.open(empty))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("run parley ingest first");
    assertThat(empty.resolve("index")).doesNotExist();
  }

  @Test
  void emptyCommittedIndexSearchesToNothing(@TempDir Path other) throws IOException {
    ArticleStore.open(other).close();
    try (ArticleSearcher s = ArticleSearcher.open(other)) {
      SearchResult r = s.search(query(""));
      assertThat(r.total()).isZero();
      assertThat(r.hits()).isEmpty();
      assertThat(r.facets().get("entity")).isEmpty();
      assertThat(s.count()).isZero();
    }
  }
}
