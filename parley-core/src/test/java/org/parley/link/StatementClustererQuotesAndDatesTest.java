package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.link.Fixtures.direct;
import static org.parley.link.Fixtures.indirect;
import static org.parley.link.Fixtures.st;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Link;
import org.parley.model.LinkKind;
import org.parley.model.StatementKind;

/** The shared-quote rule needs a distinctive marked fragment; undated reports and the date window. */
class StatementClustererQuotesAndDatesTest {
  private final StatementClusterer clusterer = new StatementClusterer();

  private static final String QUOTE =
      "We are talking about the demobilisation and neutral status of Valdoria, so that a threat to our federation will never emanate from its territory";

  /** Unrelated statements, some of them naming the federation, as a war corpus names a country. */
  private static List<LinkStatement> corpus(boolean nameQuotedOften) {
    List<LinkStatement> out = new ArrayList<>();
    String[] topics = {"harvest", "railway", "bridge", "school", "hospital", "tax", "budget", "election", "river", "port"};
    for (int i = 0; i < 40; i++) {
      String topic = topics[i % topics.length];
      String content = nameQuotedOften && i % 4 == 0
          ? "the " + topic + " plan of \u201cthe Karsk Federation\u201d would be reviewed in round " + i
          : "the " + topic + " plan number " + i + " would be reviewed by the committee";
      out.add(st("f" + i + "#1", StatementKind.MIXED, "Clerk " + i, null, "said", content, "Filler Times", "2022-02-0" + (1 + i % 9)));
    }
    return out;
  }

  /** Two reports of one voice, months apart, whose only common quoted words are "the Karsk Federation". */
  private static List<LinkStatement> twoReportsQuotingTheName() {
    return List.of(
        st("a#1", StatementKind.MIXED, "Kremlin", null, "said",
            "the blockade of \u201cthe Karsk Federation\u201d harbour would end before winter", "Morning Post", "2022-03-03"),
        st("b#1", StatementKind.MIXED, "Vladimir Putin", "e:vladimir-putin", "said",
            "the grain fleet of \u201cthe Karsk Federation\u201d harbour would sail before winter", "Daily Bugle", "2022-06-20"));
  }

  private List<Link> links(List<LinkStatement> corpus, List<LinkStatement> xs) {
    List<LinkStatement> all = new ArrayList<>(corpus);
    all.addAll(xs);
    return clusterer.cluster(all).links();
  }

  @Test
  void aQuotedNameHeldByManyStatementsIsNoEvidenceOfOneStatement() {
    assertThat(links(corpus(true), twoReportsQuotingTheName())).isEmpty();
  }

  @Test
  void aQuotedFragmentFoundInNoOtherStatementLinksTwoReports() {
    // the same two reports where nothing else quotes those words: the fragment is distinctive
    assertThat(links(corpus(false), twoReportsQuotingTheName())).extracting(Link::kind).containsExactly(LinkKind.PARTIAL);
  }

  @Test
  void twoDirectQuotesSharingAFewWordsAreNotOneStatementByThem() {
    // no fragment was marked inside a report: both are whole quotes, judged on their whole wording
    var xs = List.of(
        direct("a#1", "Dmitry Peskov", "The Karsk Federation will prepare and hand over a list of conditions for a truce", "Morning Post", "2022-03-03"),
        direct("b#1", "Kremlin", "We set out our conditions for a truce, so that a threat to the Karsk Federation will never emanate from its territory",
            "Daily Bugle", "2025-05-17"));
    assertThat(links(corpus(false), xs)).isEmpty();
  }

  @Test
  void anUndatedReportIsNotAParaphraseOfADatedOne() {
    var xs = List.of(
        direct("a#1", "Ema Rusk", "We will never surrender the lighthouse of Korsa to the invaders", "Morning Post", "2022-03-03"),
        indirect("b#1", "Ema Rusk", "vowed", "her country would never give up the Korsa lighthouse to invaders", "Daily Bugle", null));
    assertThat(links(corpus(false), xs)).isEmpty();
  }

  @Test
  void twoUndatedReportsHaveNoWindowToFail() {
    var xs = List.of(
        direct("a#1", "Ema Rusk", "We will never surrender the lighthouse of Korsa to the invaders", "Morning Post", null),
        indirect("b#1", "Ema Rusk", "vowed", "her country would never give up the Korsa lighthouse to invaders", "Daily Bugle", null));
    assertThat(links(corpus(false), xs)).extracting(Link::kind).containsExactly(LinkKind.PARAPHRASE);
  }

  @Test
  void anUndatedCopyJoinsADatedReportOnNearIdenticalWordsAndNeverHeadsIt() {
    List<LinkStatement> all = new ArrayList<>(corpus(false));
    all.add(direct("a#1", "Kremlin", QUOTE, "Morning Post", null));
    all.add(direct("z#1", "Vladimir Putin", QUOTE + ".", "Daily Bugle", "2025-05-17"));
    var clusters = clusterer.cluster(all).clusters();
    assertThat(clusters).singleElement().satisfies(c -> {
      assertThat(c.earliest()).isEqualTo("z#1");
      assertThat(c.earliestArticle()).isEqualTo("z");
      assertThat(c.members()).extracting(StatementCluster.Member::statement).containsExactly("z#1", "a#1");
    });
  }

  @Test
  void amongUndatedReportsTheFullestQuoteHeads() {
    // no date says which came first: the full quote, not the partial one of the lower article id
    List<LinkStatement> all = new ArrayList<>(corpus(false));
    all.add(direct("a#1", "Putin", "a threat to our federation will never emanate from its territory", "Daily Bugle", null));
    all.add(direct("b#1", "Vladimir Putin", QUOTE, "Morning Post", null));
    var clusters = clusterer.cluster(all).clusters();
    assertThat(clusters).singleElement().satisfies(c -> {
      assertThat(c.earliest()).isEqualTo("b#1");
      assertThat(c.earliestArticle()).isEqualTo("b");
    });
  }
}
