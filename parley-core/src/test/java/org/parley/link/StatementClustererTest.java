package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.link.Fixtures.direct;
import static org.parley.link.Fixtures.indirect;
import static org.parley.link.Fixtures.st;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Link;
import org.parley.model.LinkKind;
import org.parley.model.StatementKind;

class StatementClustererTest {
  private final StatementClusterer clusterer = new StatementClusterer();

  private static final String QUOTE =
      "We are talking about the demobilisation and neutral status of Valdoria, so that a threat to our federation will never emanate from its territory";

  /** Filler statements so that document frequencies look like a corpus, not three sentences. */
  private static List<LinkStatement> filler() {
    String[] speakers = {"Ema Rusk", "Tomas Vell", "Ira Moss", "Karsk ministry", "Ostmark council"};
    String[] topics = {"harvest", "railway", "bridge", "school", "hospital", "tax", "budget", "election", "river", "port"};
    List<LinkStatement> out = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      out.add(
          indirect(
              "f" + i + "#1", speakers[i % speakers.length], "said",
              "the " + topics[i % topics.length] + " plan number " + i + " would be reviewed by the committee " + topics[(i * 3) % topics.length],
              "Filler Times", "2022-03-0" + (1 + i % 9)));
    }
    return out;
  }

  private List<LinkStatement> with(LinkStatement... xs) {
    List<LinkStatement> all = new java.util.ArrayList<>(filler());
    all.addAll(List.of(xs));
    return all;
  }

  @Test
  void sameQuoteInTwoOutletsIsOneClusterWithTheEarliestFirst() {
    var result =
        clusterer.cluster(
            with(
                direct("b#3", "Vladimir Putin", QUOTE + ".", "Daily Bugle", "2022-03-04"),
                direct("a#7", "Vladimir Putin", QUOTE, "Morning Post", "2022-03-03")));
    assertThat(result.clusters()).hasSize(1);
    StatementCluster c = result.clusters().get(0);
    assertThat(c.id()).isEqualTo("c:a#7");
    assertThat(c.earliest()).isEqualTo("a#7");
    assertThat(c.outlets()).containsExactly("Morning Post", "Daily Bugle");
    assertThat(c.members()).extracting(StatementCluster.Member::kind).containsExactly("first", "exact");
    Link l = result.links().get(0);
    assertThat(l.kind()).isEqualTo(LinkKind.EXACT);
    assertThat(l.from()).isEqualTo("a#7");
    assertThat(l.directed()).isTrue();
  }

  @Test
  void partialQuoteContainedInTheFullOneJoinsAsPartial() {
    var result =
        clusterer.cluster(
            with(
                direct("a#1", "Vladimir Putin", QUOTE, "Morning Post", "2022-03-03"),
                direct("b#2", "Putin", "a threat to our federation will never emanate from its territory", "Daily Bugle", "2022-03-04")));
    assertThat(result.clusters()).hasSize(1);
    assertThat(result.links()).extracting(Link::kind).containsExactly(LinkKind.PARTIAL);
  }

  @Test
  void kremlinAndPutinSpeakWithOneVoice() {
    var result =
        clusterer.cluster(
            with(
                st("a#8", StatementKind.MIXED, "Kremlin", null, "said",
                    "Russia's \u201cspecial operation\u201d in Valdoria was going \u201caccording to plan\u201d", "Morning Post", "2022-03-03"),
                st("b#13", StatementKind.MIXED, "Vladimir Putin", "e:vladimir-putin", "told",
                    "Russia's goals in Valdoria would be \u201cfulfilled\u201d and that the war was going \u201caccording to plan,\u201d", "Daily Bugle", "2022-03-04")));
    assertThat(result.clusters()).hasSize(1);
    assertThat(result.links()).extracting(Link::kind).containsExactly(LinkKind.PARTIAL);
  }

  @Test
  void paraphraseOfADirectQuoteIsLinkedAsParaphrase() {
    var result =
        clusterer.cluster(
            with(
                direct("a#1", "Ema Rusk", "We will never surrender the lighthouse of Korsa to the invaders", "Morning Post", "2022-03-03"),
                indirect("b#1", "Ema Rusk", "vowed", "her country would never give up the Korsa lighthouse to invaders", "Daily Bugle", "2022-03-05")));
    assertThat(result.links()).extracting(Link::kind).containsExactly(LinkKind.PARAPHRASE);
    assertThat(result.clusters().get(0).members()).extracting(StatementCluster.Member::kind).containsExactly("first", "paraphrase");
  }

  @Test
  void differentSpeakersSayingGenericThingsAreNotLinked() {
    var result =
        clusterer.cluster(
            with(
                indirect("a#1", "Ema Rusk", "said", "the talks were constructive and would continue next week", "Morning Post", "2022-03-03"),
                indirect("b#1", "Tomas Vell", "said", "the talks were constructive and would continue next week", "Daily Bugle", "2022-03-03"),
                indirect("c#1", "Ira Moss", "said", "talks would continue", "Daily Bugle", "2022-03-03")));
    assertThat(result.clusters()).isEmpty();
  }

  @Test
  void unknownSpeakersClusterOnlyOnNearIdenticalLongContent() {
    String longText = "the convoy of forty trucks carrying grain and medicine crossed the northern border at dawn on Tuesday";
    var result =
        clusterer.cluster(
            with(
                indirect("a#1", "Ema Rusk", "said", longText, "Morning Post", "2022-03-03"),
                indirect("b#1", null, "said", longText, "Daily Bugle", "2022-03-04"),
                indirect("c#1", "Ema Rusk", "said", "the convoy crossed the border", "Daily Bugle", "2022-03-04"),
                indirect("d#1", null, "said", "the convoy crossed the border", "Evening Star", "2022-03-04")));
    assertThat(result.clusters()).hasSize(1);
    // the unknown speaker joins on the long identical wording; Rusk's own short version joins as a
    // paraphrase; the short unattributed one does not join at all
    assertThat(result.clusters().get(0).members())
        .extracting(StatementCluster.Member::statement, StatementCluster.Member::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a#1", "first"),
            org.assertj.core.groups.Tuple.tuple("b#1", "exact"),
            org.assertj.core.groups.Tuple.tuple("c#1", "paraphrase"));
  }

  private static List<String> membersOf(StatementClusterer.Result r, String statement) {
    return r.clusters().stream()
        .filter(c -> c.members().stream().anyMatch(m -> m.statement().equals(statement)))
        .flatMap(c -> c.members().stream().map(StatementCluster.Member::statement))
        .toList();
  }

  @Test
  void verifiedPairsDoNotChainDifferentStatementsIntoOneCluster() {
    String bridge = "the northern bridge will reopen to lorries on Monday once the repairs are finished";
    String ferry = "the southern ferry will stop running for the whole winter season from December";
    // A ~ B (A is part of B), B ~ C (C is part of B), but A and C share no words: two statements,
    // not one cluster of three (nor of four with C's copy)
    var result =
        clusterer.cluster(
            with(
                indirect("a#1", "Ema Rusk", "said", bridge, "Morning Post", "2022-03-03"),
                indirect("b#1", "Ema Rusk", "said", bridge + " and " + ferry, "Daily Bugle", "2022-03-04"),
                indirect("c#1", "Ema Rusk", "said", ferry, "Evening Star", "2022-03-05"),
                indirect("d#1", "Ema Rusk", "said", ferry, "Harbour Gazette", "2022-03-06")));
    assertThat(membersOf(result, "a#1")).containsExactly("a#1", "b#1");
    assertThat(membersOf(result, "c#1")).containsExactly("c#1", "d#1");
    assertThat(result.clusters()).hasSize(2);
    // every link stays inside a cluster: none ties the bridge to the ferry
    assertThat(result.links()).noneMatch(l -> l.from().equals("a#1") && l.to().equals("c#1"));
    assertThat(result.links()).allSatisfy(l -> assertThat(membersOf(result, l.from())).contains(l.to()));
    StatementCluster first = result.clusters().stream().filter(c -> c.id().equals("c:a#1")).findFirst().orElseThrow();
    assertThat(first.members()).extracting(StatementCluster.Member::kind).containsExactly("first", "partial");
  }

  @Test
  void aReportVerifiedAgainstMostMembersButNotTheFirstJoinsByMajority() {
    String quote = "We will never surrender the old lighthouse of Korsa to the invaders from the north";
    // the paraphrase is two weeks after the first report (too late to be verified against it) but
    // days after the two later reports of the quote
    var result =
        clusterer.cluster(
            with(
                direct("a#1", "Ema Rusk", quote + ", whatever they offer us", "Morning Post", "2022-03-01"),
                direct("b#1", "Ema Rusk", quote, "Daily Bugle", "2022-03-09"),
                direct("c#1", "Ema Rusk", quote, "Evening Star", "2022-03-09"),
                indirect("d#1", "Ema Rusk", "vowed", "her country would never give up the Korsa lighthouse to northern invaders", "Harbour Gazette",
                    "2022-03-14")));
    assertThat(result.clusters()).singleElement().satisfies(c -> assertThat(c.members())
        .extracting(StatementCluster.Member::statement, StatementCluster.Member::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a#1", "first"),
            org.assertj.core.groups.Tuple.tuple("b#1", "partial"),
            org.assertj.core.groups.Tuple.tuple("c#1", "partial"),
            org.assertj.core.groups.Tuple.tuple("d#1", "paraphrase")));
    assertThat(result.links()).noneMatch(l -> l.from().equals("a#1") && l.to().equals("d#1"));
  }

  @Test
  void aClusterSpeaksWithOneVoiceOutletsAndUnknownSpeakersAside() {
    String words = "the convoy of forty trucks carrying grain and medicine crossed the northern border at dawn";
    // the same long wording given to two different people (an extraction error or a copied line)
    // makes two clusters, one a speaker; a news outlet named as the speaker only reports it
    var result =
        clusterer.cluster(
            with(
                indirect("a#1", "Ema Rusk", "said", words, "Morning Post", "2022-03-03"),
                indirect("b#1", "Tomas Vell", "said", words, "Daily Bugle", "2022-03-04"),
                indirect("c#1", "Reuters", "reported", words, "Evening Star", "2022-03-05"),
                indirect("d#1", "Tomas Vell", "said", words, "Harbour Gazette", "2022-03-06")));
    assertThat(membersOf(result, "a#1")).containsExactly("a#1", "c#1");
    assertThat(membersOf(result, "b#1")).containsExactly("b#1", "d#1");
    assertThat(result.clusters()).extracting(StatementCluster::speakers)
        .containsExactlyInAnyOrder(List.of("Ema Rusk", "Reuters"), List.of("Tomas Vell"));
  }

  @Test
  void differentFiguresAreAnotherReportHoweverAlikeTheWords() {
    var result =
        clusterer.cluster(
            with(
                indirect("a#1", "Air Force", "said", "gunners downed 15 drones overnight and jamming diverted 37 more", "Morning Post", "2022-03-03"),
                indirect("b#1", "Air Force", "said", "gunners downed 210 drones overnight and jamming diverted 172 more", "Morning Post", "2022-03-04"),
                indirect("c#1", "Air Force", "said", "Twenty-five drones were diverted by jamming or downed by gunners overnight", "Morning Post", "2022-03-05"),
                indirect("d#1", "Ema Rusk", "said", "engineers would inspect the dams within 16 days if both sides kept the truce on the river", "Daily Bugle", "2022-03-05"),
                indirect("e#1", "Ema Rusk", "said", "engineers would inspect the dams within 17 days if both sides kept the truce on the river", "Evening Star", "2022-03-05")));
    assertThat(result.clusters()).isEmpty();
  }

  @Test
  void aCopiedPassageJoinsOnlyAStatementWithTheSameWords() {
    LinkStatement kremlin = direct("a#1", "Kremlin", QUOTE, "Morning Post", "2022-03-03");
    // article b reuses the passage, but the statement extracted at the mapped place says something else
    LinkStatement other = direct("b#1", "Kremlin", "Sanctions against our banks will be answered within the week by our government",
        "Daily Bugle", "2022-03-04");
    Link passage =
        new Link(org.parley.model.LinkType.REUSED_PASSAGE, LinkKind.COPY, "a", "a", "Morning Post", kremlin.published(), kremlin.start(),
            kremlin.end(), "b", "b", "Daily Bugle", other.published(), other.start(), other.start() + QUOTE.length(), true, 1.0, null, List.of());
    assertThat(clusterer.cluster(with(kremlin, other), List.of(passage)).clusters()).isEmpty();
  }

  @Test
  void aCopiedPassageJoinsNoStatementWithOtherFigures() {
    // a daily report reuses yesterday's sentence with today's tally
    LinkStatement monday = indirect("a#1", "Air Command", "said", "Twelve drones vanished from radars without causing any harm", "Morning Post", "2022-03-03");
    LinkStatement tuesday = indirect("b#1", "Air Command", "said", "Thirty drones vanished from radars without causing any harm", "Daily Bugle", "2022-03-04");
    Link passage =
        new Link(org.parley.model.LinkType.REUSED_PASSAGE, LinkKind.COPY, "a", "a", "Morning Post", monday.published(), monday.start(),
            monday.end(), "b", "b", "Daily Bugle", tuesday.published(), tuesday.start(), tuesday.end(), true, 1.0, null, List.of());
    assertThat(clusterer.cluster(with(monday, tuesday), List.of(passage)).clusters()).isEmpty();
  }

  @Test
  void aFewWordsMonthsApartAreAnotherStatement() {
    var result =
        clusterer.cluster(
            with(
                indirect("a#1", "Ema Rusk", "said", "she was ready to talk", "Morning Post", "2022-03-03"),
                indirect("b#1", "Ema Rusk", "said", "she was ready to talk about the harbour fees with the council", "Daily Bugle", "2022-08-05"),
                indirect("c#1", "Ema Rusk", "said", "she was ready to talk", "Evening Star", "2022-08-09")));
    assertThat(membersOf(result, "a#1")).isEmpty();
    assertThat(membersOf(result, "b#1")).containsExactly("b#1", "c#1");
  }

  @Test
  void clustersNeverJoinSpeakersOfOpposingSides() {
    String text = "fresh sanctions were on hold for now since an agreement could be only weeks away";
    var result =
        clusterer.cluster(
            with(
                indirect("a#1", "Donald Trump", "said", text, "Morning Post", "2022-03-03"),
                indirect("b#1", "Vladimir Putin", "said", text, "Daily Bugle", "2022-03-04")));
    assertThat(result.clusters()).isEmpty();
  }

  @Test
  void overlappingSpansOfOneArticleAreNotTwoReports() {
    LinkStatement whole = indirect("a#1", "Ema Rusk", "said", "the bridge will reopen on Monday and the ferry will stop", "Morning Post", "2022-03-03");
    LinkStatement part =
        new LinkStatement("a#2", "a", StatementKind.INDIRECT, "the ferry will stop", whole.start() + 30, whole.end(), "Ema Rusk",
            "e:ema-rusk", "said", List.of(), "Morning Post", whole.published(), "test/a.txt");
    assertThat(clusterer.cluster(with(whole, part)).clusters()).isEmpty();
  }

  @Test
  void resultsDoNotDependOnInputOrder() {
    List<LinkStatement> xs =
        with(
            direct("b#3", "Vladimir Putin", QUOTE, "Daily Bugle", "2022-03-04"),
            direct("a#7", "Vladimir Putin", QUOTE, "Morning Post", "2022-03-03"),
            direct("c#1", "Putin", "a threat to our federation will never emanate from its territory", "Evening Star", "2022-03-05"));
    List<LinkStatement> reversed = new java.util.ArrayList<>(xs);
    java.util.Collections.reverse(reversed);
    assertThat(clusterer.cluster(reversed).clusters()).isEqualTo(clusterer.cluster(xs).clusters());
    assertThat(clusterer.cluster(reversed).links()).isEqualTo(clusterer.cluster(xs).links());
  }

  @Test
  void anArticleCarryingTheWordsInACopiedPassageWithoutAStatementIsACarrier() {
    LinkStatement kremlin = direct("a#1", "Kremlin", QUOTE, "Morning Post", "2022-03-03");
    // article b copies a's text (the statement's words at 500..) but no statement was extracted there
    Link passage =
        new Link(org.parley.model.LinkType.REUSED_PASSAGE, LinkKind.COPY, "a", "a", "Morning Post", kremlin.published(), kremlin.start() - 10,
            kremlin.end(), "b", "b", "Daily Bugle", java.time.LocalDate.parse("2022-03-04"), 490, 500 + QUOTE.length(), true, 1.0, null, List.of());
    var result = clusterer.cluster(with(kremlin), List.of(passage));
    assertThat(result.clusters()).hasSize(1);
    StatementCluster c = result.clusters().get(0);
    assertThat(c.size()).isEqualTo(1);
    assertThat(c.articles()).isEqualTo(2);
    assertThat(c.outlets()).containsExactly("Morning Post", "Daily Bugle");
    assertThat(c.carriers()).containsExactly(
        new StatementCluster.Carrier("b", "Daily Bugle", java.time.LocalDate.parse("2022-03-04"), 500, 500 + QUOTE.length(), "a#1"));
  }

  /** Many distinct filler statements, so that rarity can be measured (see RARE_RATIO). */
  private static List<LinkStatement> bigFiller() {
    List<LinkStatement> out = new java.util.ArrayList<>(filler());
    for (int i = 0; i < 3 * StatementClusterer.RARE_RATIO; i++) {
      out.add(indirect("g" + i + "#1", "Clerk " + i, "said", "ledger entry " + i + " was filed under code w" + (i % 997) + " for region r" + (i % 89),
          "Gazette", "2022-03-0" + (1 + i % 9)));
    }
    return out;
  }

  @Test
  void aQuoteRestatedOverConsecutiveSentencesOfOneSpeakerIsLinkedAsParaphrase() {
    List<LinkStatement> xs = new java.util.ArrayList<>(bigFiller());
    xs.add(direct("a#1", "Karsk presidency",
        "We have set out our conditions: the disarmament of Valdoria and its nonaligned standing, so that no danger comes from its soil",
        "Morning Post", "2022-03-03"));
    // another outlet spreads the same demands over two sentences of one speaker, neither enough alone
    LinkStatement first = indirect("b#1", "Karsk presidency", "repeated", "its terms: the disarmament of Valdoria and an amnesty", "Daily Bugle", "2022-03-04");
    LinkStatement second =
        new LinkStatement("b#2", "b", StatementKind.MIXED, "a \u201cpurge\u201d of the Valdorian cabinet and the \u201cnonaligned\u201d standing of Valdoria",
            first.end() + 40, first.end() + 120, "Karsk presidency", first.speakerEntity(), "called for", List.of(), "Daily Bugle", first.published(), "test/b.txt");
    xs.add(first);
    xs.add(second);
    var result = clusterer.cluster(xs);
    StatementCluster c = result.clusters().stream().filter(k -> k.members().stream().anyMatch(m -> m.statement().equals("a#1"))).findFirst().orElseThrow();
    assertThat(c.members()).extracting(StatementCluster.Member::statement).contains("a#1", "b#1", "b#2");
    assertThat(result.links()).filteredOn(l -> l.from().equals("a#1") && l.to().equals("b#2"))
        .singleElement().satisfies(l -> {
          assertThat(l.kind()).isEqualTo(LinkKind.PARAPHRASE);
          assertThat(l.terms()).contains("disarmament", "nonalign");
        });
  }

  @Test
  void consecutiveStatementsOfOneSpeechSharingOneRareWordAreNotOneStatement() {
    List<LinkStatement> xs = new java.util.ArrayList<>(bigFiller());
    xs.add(direct("a#1", "Ema Rusk", "The lighthouse keepers deserve a medal for their courage", "Morning Post", "2022-03-03"));
    LinkStatement first = indirect("b#1", "Ema Rusk", "said", "the lighthouse would close for repairs next spring", "Daily Bugle", "2022-03-04");
    xs.add(first);
    xs.add(new LinkStatement("b#2", "b", StatementKind.INDIRECT, "a new harbour tax would fund the repairs", first.end() + 30, first.end() + 80,
        "Ema Rusk", first.speakerEntity(), "added", List.of(), "Daily Bugle", first.published(), "test/b.txt"));
    assertThat(clusterer.cluster(xs).clusters()).noneMatch(c -> c.members().stream().anyMatch(m -> m.statement().equals("a#1")));
  }

  @Test
  void aHeadlineQuoteByOneVoiceJoinsTheFullStatement() {
    // "Leader to Rival: '...'" headlines and "The statement read: '...'" give part of the quote, once
    // to the leader, once to an unnamed statement
    var result =
        clusterer.cluster(
            with(
                direct("a#1", "Kremlin", QUOTE, "Morning Post", "2022-03-03"),
                direct("b#1", "Vladimir Putin", "We are talking about the demobilisation and neutral status of Valdoria", "Daily Bugle", "2022-03-03"),
                st("b#9", StatementKind.DIRECT, null, null, "read", QUOTE + ".", "Daily Bugle", "2022-03-03")));
    assertThat(result.clusters()).hasSize(1);
    assertThat(result.clusters().get(0).members()).extracting(StatementCluster.Member::statement).containsExactlyInAnyOrder("a#1", "b#1", "b#9");
  }

  @Test
  void spellingVariantsAndDerivedFormsShareTerms() {
    LinkLexicon lex = LinkLexicon.get();
    assertThat(lex.term(Words.normalise("demilitarisation"))).isEqualTo(lex.term(Words.normalise("demilitarization")));
    assertThat(lex.term(Words.normalise("demilitarize"))).isEqualTo(lex.term(Words.normalise("demilitarization")));
    assertThat(lex.term("neutrality")).isEqualTo(lex.term("neutral"));
  }
}
