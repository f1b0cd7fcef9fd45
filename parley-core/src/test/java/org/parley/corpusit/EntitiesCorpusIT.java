package org.parley.corpusit;

import org.parley.entity.Entity;
import org.parley.entity.EntityLinker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.clean.Cleaner;
import org.parley.ingest.FieldMapping;
import org.parley.model.EntityType;
import org.parley.nlp.SharedAnnotator;
import org.parley.pipeline.IngestListener;
import org.parley.pipeline.IngestPipeline;
import org.parley.query.ArticleSearcher;
import org.parley.query.EntityQueries;
import org.parley.query.SearchRequest;
import org.parley.store.ArticleStore;

/**
 * Ingests the shared seeds and the first 60 GDELT articles of {@code ../shared/corpus/ukraine},
 * re-links, and checks the catalogue: the main actors once each with their variants as aliases,
 * one Kyiv, no pronoun or common noun entities.
 */
class EntitiesCorpusIT {
  @TempDir static Path tmp;
  private static Path data;

  @BeforeAll
  static void ingest() throws Exception {
    Path corpus = Path.of(System.getProperty("parley.shared", "../shared"), "corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus.resolve("seeds")), "../shared/corpus not found: skipping");
    Path gdelt = tmp.resolve("gdelt");
    Files.createDirectories(gdelt);
    try (Stream<Path> files = Files.list(corpus.resolve("ukraine/gdelt-2022-2024"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(60).toList()) {
        Files.copy(f, gdelt.resolve(f.getFileName()));
        Path meta = f.resolveSibling(f.getFileName().toString().replace(".txt", ".meta.json"));
        if (Files.exists(meta)) {
          Files.copy(meta, gdelt.resolve(meta.getFileName()));
        }
      }
    }
    data = tmp.resolve("data");
    IngestPipeline pipeline = new IngestPipeline(SharedAnnotator.get(), new Cleaner(), 2);
    try (ArticleStore store = ArticleStore.open(data)) {
      pipeline.run(List.of(corpus.resolve("seeds"), gdelt), FieldMapping.DEFAULT, store, IngestListener.SILENT);
      store.relink(EntityLinker.load(data));
    }
  }

  @Test
  void mainActorsAreOnePersonEachWithTheirVariants() throws Exception {
    try (ArticleSearcher s = ArticleSearcher.open(data)) {
      EntityQueries q = new EntityQueries(s);
      List<Entity> people = q.list(EntityType.PERSON, 100_000);
      for (String surname : List.of("Putin", "Zelensk", "Macron")) {
        List<Entity> named = people.stream().filter(e -> e.name().contains(surname)).toList();
        assertThat(named).as(surname).hasSize(1);
      }
      Entity z = q.get("e:volodymyr-zelensky").orElseThrow();
      assertThat(z.aliases()).contains("Zelensky");
      assertThat(q.get("e:vladimir-putin").orElseThrow().aliases()).contains("Putin");
      List<Entity> all = q.list(null, 100_000);
      assertThat(all.stream().filter(e -> e.name().equals("Kiev") || e.name().equals("Kyiv"))).hasSize(1);
      assertThat(q.get("e:kyiv").orElseThrow().type()).isEqualTo(EntityType.PLACE);
      Set<String> notEntities =
          Set.of("he", "she", "they", "it", "his", "her", "their", "we", "i", "you", "president", "minister",
              "ukrainian", "ukrainians", "russian", "russians", "government", "officials", "the");
      assertThat(all).noneMatch(e -> notEntities.contains(e.name().toLowerCase(Locale.ROOT)));
      assertThat(all).noneMatch(e -> !e.name().isEmpty() && Character.isLowerCase(e.name().charAt(0)) && !e.name().contains(" "));
      // any spelling finds the articles
      long byVariant = s.search(new SearchRequest("", null, "Zelenskyy", null, null, 0, 0)).total();
      assertThat(byVariant).isEqualTo(z.articles());
    }
  }
}
