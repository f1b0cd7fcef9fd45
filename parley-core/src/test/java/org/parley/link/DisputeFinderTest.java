package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.link.Fixtures.indirect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Link;
import org.parley.model.LinkKind;

class DisputeFinderTest {
  private final DisputeFinder finder = new DisputeFinder();

  private static final LinkStatement CLAIM =
      indirect("a#6", "Vladimir Putin", "reiterated",
          "his assertion that Russian units have encircled two Ukrainian brigades near Pokrovsk and Myrnohrad", "Post", "2025-11-21");

  @Test
  void denialByTheOtherSideWithinTheArticleIsADisputedPair() {
    LinkStatement denial =
        indirect("a#11", "Ukraine", "has denied", "Pokrovsk and Myrnohrad are encircled, adding that both brigades still hold their positions", "Post", "2025-11-21");
    List<Link> links = finder.find(List.of(CLAIM, denial, indirect("a#2", "Vladimir Putin", "said", "the plan could be a basis for talks", "Post", "2025-11-21")));
    assertThat(links).hasSize(1);
    Link l = links.get(0);
    assertThat(l.kind()).isEqualTo(LinkKind.DENIAL);
    assertThat(l.from()).isEqualTo("a#6");
    assertThat(l.to()).isEqualTo("a#11");
    assertThat(l.terms()).contains("pokrovsk", "myrnohrad", "encircl");
  }

  @Test
  void denialAcrossArticlesAndFalsityWords() {
    LinkStatement later =
        indirect("b#3", "Andrii Sybiha", "said", "reports of an encirclement of Pokrovsk and Myrnohrad were false", "Bugle", "2025-11-22");
    List<Link> links = finder.find(List.of(CLAIM, later));
    assertThat(links).extracting(Link::from, Link::to).containsExactly(org.assertj.core.groups.Tuple.tuple("a#6", "b#3"));
    assertThat(links.get(0).directed()).isTrue();
  }

  @Test
  void sameSpeakerOrSameSideIsNotADispute() {
    LinkStatement peskov =
        indirect("b#1", "Dmitry Peskov", "dismissed", "reports that the units near Pokrovsk and Myrnohrad were encircled", "Bugle", "2025-11-22");
    assertThat(finder.find(List.of(CLAIM, peskov))).isEmpty();
  }

  @Test
  void denialOfSomethingElseIsNotLinked() {
    LinkStatement other =
        indirect("b#1", "Ukraine", "denied", "its drones struck the refinery in Saratov", "Bugle", "2025-11-22");
    assertThat(finder.find(List.of(CLAIM, other))).isEmpty();
  }

  /** Another article's denial of the claim, published on {@code date}. */
  private static LinkStatement denialOn(String date) {
    return indirect("b#1", "Ukraine", "denied", "Pokrovsk and Myrnohrad are encircled", "Bugle", date);
  }

  @Test
  void aClaimReportedMonthsBeforeTheDenialIsAnotherClaim() {
    assertThat(finder.find(List.of(CLAIM, denialOn("2026-02-20")))).isEmpty();
  }

  @Test
  void anUndatedDenialAnswersNoDatedClaimOfAnotherArticle() {
    assertThat(finder.find(List.of(CLAIM, denialOn(null)))).isEmpty();
    LinkStatement undatedClaim =
        indirect("a#6", "Vladimir Putin", "reiterated", "his assertion that Russian units have encircled two Ukrainian brigades near Pokrovsk and Myrnohrad", "Post", null);
    assertThat(finder.find(List.of(undatedClaim, denialOn(null)))).hasSize(1);
  }

  @Test
  void aClaimReportedAfterTheDenialIsNotItsClaim() {
    assertThat(finder.find(List.of(CLAIM, denialOn("2025-11-20")))).isEmpty();
  }

  @Test
  void aDenialAnswersAClaimAboutTheDenierNotAnyTextSharingItsWords() {
    LinkStatement accusation =
        indirect("a#1", "State Department", "said", "Russia bears responsibility for deepening the food crisis", "Post", "2022-07-23");
    LinkStatement unrelated =
        indirect("b#1", "Analysts", "said", "the drillers bear responsibility for the debt crisis of the shale industry", "Post", "2022-07-23");
    LinkStatement denial = indirect("c#1", "Russia", "has denied", "responsibility for the crisis", "Bugle", "2022-07-24");
    assertThat(finder.find(List.of(accusation, unrelated, denial))).extracting(Link::from).containsExactly("a#1");
  }

  @Test
  void aNegatedRestatementByTheOtherSideIsAContradiction() {
    LinkStatement claim = indirect("a#1", "Vladimir Putin", "said", "Russian troops have encircled Pokrovsk and Myrnohrad", "Post", "2025-11-21");
    LinkStatement negation = indirect("b#1", "Oleksandr Syrskyi", "said", "Pokrovsk and Myrnohrad are not encircled", "Bugle", "2025-11-22");
    LinkStatement loose = indirect("c#1", "Oleksandr Syrskyi", "said", "there is no fuel in Pokrovsk and the roads to Myrnohrad are mined by drones", "Bugle", "2025-11-22");
    List<Link> links = finder.find(List.of(claim, negation, loose));
    assertThat(links).extracting(Link::kind, Link::to).containsExactly(org.assertj.core.groups.Tuple.tuple(LinkKind.CONTRADICTION, "b#1"));
  }
}
