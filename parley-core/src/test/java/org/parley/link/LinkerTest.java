package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.DateSource;
import org.parley.model.LinkType;
import org.parley.model.Statement;
import org.parley.model.StatementKind;
import org.parley.query.ArticleSearcher;
import org.parley.store.ArticleStore;

class LinkerTest {
  @TempDir Path dir;

  private static final String QUOTE =
      "We are talking about the demobilisation and neutral status of Valdoria, so that a threat will never emanate from its territory";
  private static final String WIRE =
      "The foreign ministers of Valdoria and Karsk met in Ostmark on Thursday for five hours of talks that ended without an agreement on the northern corridor, officials from both delegations said.";

  private static Article article(String id, String outlet, String date, String text) {
    return new Article(id, "test/" + id + ".txt", outlet, null, null, LocalDate.parse(date), DateSource.METADATA, "en", null, null, text, null);
  }

  private static Statement statement(Article a, int n, String speaker, String cue, String content, StatementKind kind) {
    int start = a.text().indexOf(content);
    return new Statement(a.id(), a.id() + "#" + n, kind, content, start, start + content.length(), speaker,
        "e:" + speaker.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), speaker, -1, -1, cue, -1, -1, null, List.of(), null, null, 0.9);
  }

  @Test
  void relinkStoresClustersPassagesAndDisputesApartFromTheIndex() throws IOException {
    Article a = article("aaaa", "Morning Post", "2022-03-03",
        "\u201c" + QUOTE + ",\u201d the Kremlin said. " + WIRE + " Vladimir Putin claimed Karsk troops had encircled the garrison in Pokrovsk and Lysets.");
    Article b = article("bbbb", "Daily Bugle", "2022-03-04",
        "Putin to Rusk: \u201c" + QUOTE + ".\u201d " + WIRE + " Valdoria has denied that Pokrovsk and Lysets are encircled.");
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(new AnnotatedArticle(a, List.of(), List.of()), List.of(
          statement(a, 1, "Kremlin", "said", QUOTE, StatementKind.DIRECT),
          statement(a, 2, "Vladimir Putin", "claimed", "Karsk troops had encircled the garrison in Pokrovsk and Lysets", StatementKind.INDIRECT)));
      store.add(new AnnotatedArticle(b, List.of(), List.of()), List.of(
          statement(b, 1, "Vladimir Putin", ":", QUOTE + ".", StatementKind.DIRECT),
          statement(b, 2, "Valdoria", "has denied", "Pokrovsk and Lysets are encircled", StatementKind.INDIRECT)));
      store.commit();
    }
    long indexBytes = size(ArticleStore.indexDir(dir));
    LinkSummary summary = new Linker().relink(dir);
    assertThat(summary.articles()).isEqualTo(2);
    assertThat(summary.statements()).isEqualTo(4);
    assertThat(summary.clusters()).isEqualTo(1);
    assertThat(summary.disputes()).isEqualTo(1);
    assertThat(summary.passages()).isGreaterThanOrEqualTo(1);
    assertThat(size(ArticleStore.indexDir(dir))).isEqualTo(indexBytes);
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("index", "links");

    Links links = Links.open(dir);
    StatementCluster c = links.clusterOf("bbbb#1").orElseThrow();
    assertThat(c.id()).isEqualTo("c:aaaa#1");
    assertThat(c.outlets()).containsExactly("Morning Post", "Daily Bugle");
    assertThat(links.cluster("aaaa#1")).contains(c);
    assertThat(links.links(LinkType.DISPUTE)).extracting(l -> l.from() + ">" + l.to()).containsExactly("aaaa#2>bbbb#2");
    // the quote and the wire paragraph follow each other in both: one aligned passage over both
    var passage = links.links(LinkType.REUSED_PASSAGE).get(0);
    assertThat(a.text().substring(passage.fromStart(), passage.fromEnd())).startsWith("We are talking").endsWith("both delegations said");
    assertThat(b.text().substring(passage.toStart(), passage.toEnd())).startsWith("We are talking").endsWith("both delegations said");
    assertThat(links.reuseGraph()).extracting(Links.ReuseEdge::fromOutlet, Links.ReuseEdge::toOutlet)
        .contains(org.assertj.core.groups.Tuple.tuple("Morning Post", "Daily Bugle"));

    // a second run replaces the links, and the articles are still all there
    new Linker().relink(dir);
    assertThat(Links.open(dir).clusters()).hasSize(1);
    try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
      assertThat(searcher.count()).isEqualTo(2);
    }
  }

  @Test
  void noLinksYetReadsAsEmpty() throws IOException {
    Links links = Links.open(dir);
    assertThat(links.present()).isFalse();
    assertThat(links.clusters()).isEmpty();
  }

  private static long size(Path p) throws IOException {
    try (var walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
