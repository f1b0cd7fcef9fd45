package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.DateSource;
import org.parley.model.LinkType;
import org.parley.model.Statement;
import org.parley.model.StatementKind;
import org.parley.store.ArticleStore;

/** Linking A, then adding B, gives exactly what linking A and B from scratch gives. */
class IncrementalLinkTest {
  @TempDir Path dir;

  /** Boilerplate above 6 articles, so that a paragraph shared by 5 earlier articles turns into boilerplate. */
  private static final ReuseDetector.Config REUSE = new ReuseDetector.Config(5, 6, 5, 4, 20, 12, 6);

  private static final String[] SPEAKERS = {"Ema Rusk", "Tomas Vell", "Ira Moss", "Karsk ministry"};

  /** A generated corpus: invented words, wire paragraphs copied between articles, one boilerplate paragraph. */
  private static final class Corpus {
    final Random random = new Random(7);
    final List<String> words = new ArrayList<>();
    final List<String> wire = new ArrayList<>();
    final String boilerplate;

    Corpus() {
      String[] syllables = {"ka", "lo", "mi", "ren", "tu", "sal", "vo", "dri", "nek", "po", "zan", "il", "mor", "qua", "bes"};
      while (words.size() < 400) {
        String w = syllables[random.nextInt(syllables.length)] + syllables[random.nextInt(syllables.length)]
            + (random.nextBoolean() ? syllables[random.nextInt(syllables.length)] : "");
        if (!words.contains(w)) {
          words.add(w);
        }
      }
      for (int i = 0; i < 12; i++) {
        wire.add(sentence(35) + " " + sentence(20));
      }
      boilerplate = sentence(30);
    }

    String sentence(int n) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        String w = words.get(random.nextInt(words.size()));
        b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i + 1 < n ? " " : ".");
      }
      return b.toString();
    }

    /** An article of own text, one or two wire paragraphs (sometimes with a word changed), maybe the boilerplate. */
    AnnotatedArticleWithStatements article(int n, boolean boiler) {
      String id = String.format("art%03d", n);
      List<String> parts = new ArrayList<>();
      parts.add(sentence(25));
      String quoted = wire.get(random.nextInt(wire.size()));
      if (random.nextInt(4) == 0) {
        quoted = quoted.replaceFirst(" [a-z]+ ", " " + words.get(random.nextInt(words.size())) + " ");
      }
      String speaker = SPEAKERS[random.nextInt(SPEAKERS.length)];
      parts.add("\u201c" + quoted + "\u201d " + speaker + " said.");
      if (random.nextBoolean()) {
        parts.add(wire.get(random.nextInt(wire.size())));
      }
      if (boiler) {
        parts.add(boilerplate);
      }
      parts.add(sentence(20));
      String text = String.join(" ", parts);
      LocalDate date = LocalDate.of(2022, 3, 1).plusDays(random.nextInt(20));
      Article a = new Article(id, "test/" + id + ".txt", "Outlet " + (n % 5), null, null, date, DateSource.METADATA, "en", null, null, text, null);
      List<Statement> statements = new ArrayList<>();
      statements.add(statement(a, 1, speaker, "said", quoted, StatementKind.DIRECT));
      String own = parts.get(parts.size() - 1);
      statements.add(statement(a, 2, SPEAKERS[random.nextInt(SPEAKERS.length)], random.nextInt(5) == 0 ? "denied" : "said",
          own.substring(0, own.length() - 1), StatementKind.INDIRECT));
      return new AnnotatedArticleWithStatements(new AnnotatedArticle(a, List.of(), List.of()), statements);
    }
  }

  private record AnnotatedArticleWithStatements(AnnotatedArticle article, List<Statement> statements) {}

  private static Statement statement(Article a, int n, String speaker, String cue, String content, StatementKind kind) {
    int start = a.text().indexOf(content);
    return new Statement(a.id(), a.id() + "#" + n, kind, content, start, start + content.length(), speaker,
        "e:" + speaker.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), speaker, -1, -1, cue, -1, -1, null, List.of(), null, null, 0.9);
  }

  private static void store(Path data, List<AnnotatedArticleWithStatements> articles) throws IOException {
    try (ArticleStore store = ArticleStore.open(data)) {
      for (AnnotatedArticleWithStatements a : articles) {
        store.add(a.article(), a.statements());
      }
      store.commit();
    }
  }

  private static Linker linker() {
    return new Linker(new StatementClusterer(), REUSE, new DisputeFinder());
  }

  @Test
  void addingArticlesToALinkedStoreEqualsLinkingEverythingAgain() throws IOException {
    Corpus corpus = new Corpus();
    List<AnnotatedArticleWithStatements> first = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      first.add(corpus.article(i, i < 5));
    }
    List<AnnotatedArticleWithStatements> second = new ArrayList<>();
    for (int i = 40; i < 55; i++) {
      second.add(corpus.article(i, i < 43));
    }

    Path incremental = dir.resolve("incremental");
    store(incremental, first);
    LinkSummary before = linker().relink(incremental);
    assertThat(before.addedArticles()).isEqualTo(-1);
    // the paragraph of the first five articles is still a reused passage; the additions make it
    // boilerplate, so the incremental run must drop passages of earlier pairs
    java.util.Map<String, String> texts = new java.util.HashMap<>();
    first.forEach(x -> texts.put(x.article().article().id(), x.article().article().text()));
    java.util.function.Predicate<org.parley.model.Link> boiler =
        l -> texts.containsKey(l.fromArticle()) && texts.get(l.fromArticle()).substring(l.fromStart(), l.fromEnd()).contains(corpus.boilerplate.substring(0, 40));
    assertThat(Links.open(incremental).links(LinkType.REUSED_PASSAGE)).anyMatch(boiler);
    store(incremental, second);
    LinkSummary after = linker().relink(incremental);
    assertThat(after.addedArticles()).isEqualTo(15);
    assertThat(after.articles()).isEqualTo(55);

    Path full = dir.resolve("full");
    List<AnnotatedArticleWithStatements> all = new ArrayList<>(first);
    all.addAll(second);
    Collections.shuffle(all, new Random(3));
    store(full, all);
    LinkSummary rebuilt = linker().relink(full, true);
    assertThat(rebuilt.addedArticles()).isEqualTo(-1);

    Links a = Links.open(incremental);
    Links b = Links.open(full);
    assertThat(a.links(LinkType.REUSED_PASSAGE)).noneMatch(boiler);
    assertThat(b.links(LinkType.REUSED_PASSAGE)).isNotEmpty();
    assertThat(b.clusters()).isNotEmpty();
    assertThat(a.links(LinkType.REUSED_PASSAGE)).isEqualTo(b.links(LinkType.REUSED_PASSAGE));
    assertThat(a.links(LinkType.SAME_STATEMENT)).isEqualTo(b.links(LinkType.SAME_STATEMENT));
    assertThat(a.links(LinkType.DISPUTE)).isEqualTo(b.links(LinkType.DISPUTE));
    assertThat(a.clusters()).isEqualTo(b.clusters());

    // statements come from the kept segments: none is read from the index again
    try (StoredArticles stored = new StoredArticles(incremental)) {
      StatementSegments kept = new StatementSegments(stored.reader(), LinkStore.dir(incremental));
      assertThat(kept.segmentsRead()).isZero();
      assertThat(kept.statements()).containsExactlyInAnyOrderElementsOf(Linker.readStatements(incremental));
    }

    // nothing added: the same links again
    LinkSummary again = linker().relink(incremental);
    assertThat(again.addedArticles()).isZero();
    assertThat(Links.open(incremental).links(LinkType.REUSED_PASSAGE)).isEqualTo(b.links(LinkType.REUSED_PASSAGE));

    // an article stored again under another outlet: the kept metadata is stale, so a full run
    String target = b.links(LinkType.REUSED_PASSAGE).get(0).fromArticle();
    AnnotatedArticleWithStatements restored =
        all.stream().filter(x -> x.article().article().id().equals(target)).findFirst().orElseThrow();
    Article old = restored.article().article();
    String moved = "Other Outlet";
    Article renamed = new Article(old.id(), old.source(), moved, old.title(), old.authors(), old.published(), old.dateSource(), old.language(),
        old.url(), old.country(), old.text(), old.junk());
    store(incremental, List.of(new AnnotatedArticleWithStatements(new AnnotatedArticle(renamed, List.of(), List.of()), restored.statements())));
    assertThat(linker().relink(incremental).addedArticles()).isEqualTo(-1);
    assertThat(Links.open(incremental).links(LinkType.REUSED_PASSAGE))
        .filteredOn(l -> l.fromArticle().equals(old.id()) || l.toArticle().equals(old.id()))
        .isNotEmpty()
        .allMatch(l -> moved.equals(l.fromArticle().equals(old.id()) ? l.fromOutlet() : l.toOutlet()));
  }
}
