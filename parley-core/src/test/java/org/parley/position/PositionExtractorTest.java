package org.parley.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Position;
import org.parley.model.Stance;
import org.parley.model.Statement;
import org.parley.model.StatementKind;

/**
 * Stances, actors and topics on sentences written for the test: a fictional negotiation between
 * Valdoria and Karsk. Statements are built by hand, so no NLP models are needed.
 */
class PositionExtractorTest {
  static final ActorTable ACTORS = ActorTable.defaults()
      .with("Valdoria", "Valdoria").with("Valdorian", "Valdoria").with("Marek Voss", "Valdoria").with("Voss", "Valdoria")
      .with("Karsk", "Karsk").with("Karskian", "Karsk").with("Ilse Brandt", "Karsk").with("Brandt", "Karsk");
  static final PositionExtractor EXTRACTOR =
      new PositionExtractor(Taxonomy.defaults(), ACTORS, StanceCues.defaults());
  static final LocalDate PUBLISHED = LocalDate.of(2031, 5, 4);

  /** An article whose statements are given as (speaker, content) pairs found in the text. */
  static List<Position> extract(String text, String... speakerContent) {
    Article article = new Article(ArticleId.of(text), "test.txt", "Test Outlet", null, null, PUBLISHED, null, "en",
        null, null, text, List.of());
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < speakerContent.length; i += 2) {
      String content = speakerContent[i + 1];
      int start = text.indexOf(content);
      assertThat(start).as(content).isGreaterThanOrEqualTo(0);
      // "speaker|cue" names the reporting verb, found in the text before the content
      String[] speakerCue = speakerContent[i].split("\\|");
      String cue = speakerCue.length > 1 ? speakerCue[1] : "said";
      int cueStart = speakerCue.length > 1 ? text.lastIndexOf(cue, start) : -1;
      statements.add(new Statement(article.id(), article.id() + "#" + (i / 2 + 1), StatementKind.INDIRECT, content,
          start, start + content.length(), speakerCue[0], null, speakerCue[0], -1, -1, cue, cueStart,
          cueStart < 0 ? -1 : cueStart + cue.length(), null, List.of(), null, null, 0.9));
    }
    return EXTRACTOR.extract(article, statements);
  }

  static Object[] row(String actor, String topic, Stance stance) {
    return new Object[] {actor, topic, stance};
  }

  @Test
  void demandWithTwoTopics() {
    List<Position> p = extract(
        "Valdorian President Marek Voss demanded the demilitarisation of Karsk and its neutrality.",
        "Marek Voss", "the demilitarisation of Karsk and its neutrality");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance).containsExactly(
        tuple("Valdoria", "demilitarisation", Stance.DEMANDS),
        tuple("Valdoria", "neutrality_non_bloc", Stance.DEMANDS));
    assertThat(p.get(0).speaker()).isEqualTo("Marek Voss");
    assertThat(p.get(0).statementId()).endsWith("#1");
    assertThat(p.get(0).date()).isEqualTo(PUBLISHED);
    String text = "Valdorian President Marek Voss demanded the demilitarisation of Karsk and its neutrality.";
    assertThat(text.substring(p.get(0).start(), p.get(0).end())).isEqualTo(p.get(0).evidence());
  }

  @Test
  void offerWithReadyTo() {
    List<Position> p = extract("Brandt said Karsk was ready to hold negotiations next week.",
        "Brandt", "Karsk was ready to hold negotiations next week");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Karsk", "negotiations", Stance.OFFERS));
  }

  @Test
  void acceptance() {
    List<Position> p = extract("Ilse Brandt said Karsk agreed to open humanitarian corridors for civilians.",
        "Ilse Brandt", "Karsk agreed to open humanitarian corridors for civilians");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Karsk", "humanitarian_corridors", Stance.ACCEPTS));
  }

  @Test
  void rejectionAndNegatedOffer() {
    List<Position> p = extract(
        "Voss said Valdoria rejects any ceasefire. Brandt said Karsk is not willing to recognise Crimea as Russian.",
        "Voss", "Valdoria rejects any ceasefire",
        "Brandt", "Karsk is not willing to recognise Crimea as Russian");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance).containsExactly(
        tuple("Valdoria", "ceasefire", Stance.REJECTS),
        tuple("Karsk", "recognition_crimea", Stance.REJECTS));
  }

  @Test
  void conditionInOnlyIfClauseAndOfferInMainClause() {
    List<Position> p = extract(
        "Voss said Valdoria would halt its offensive only if Karsk withdraws from all territories it holds.",
        "Voss", "Valdoria would halt its offensive only if Karsk withdraws from all territories it holds");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance).containsExactly(
        tuple("Valdoria", "ceasefire", Stance.OFFERS),
        tuple("Valdoria", "territorial_withdrawal", Stance.CONDITIONS));
  }

  @Test
  void termsFrameMakesDemandsConditions() {
    List<Position> p = extract(
        "Voss repeated his terms for a peace deal: demilitarisation of Karsk and a referendum on neutral status.",
        "Voss", "demilitarisation of Karsk and a referendum on neutral status");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance).containsExactly(
        tuple("Valdoria", "demilitarisation", Stance.CONDITIONS),
        tuple("Valdoria", "referendum", Stance.CONDITIONS),
        tuple("Valdoria", "neutrality_non_bloc", Stance.CONDITIONS));
  }

  @Test
  void actorInsideReportedContent() {
    List<Position> p = extract("Some reports said that Brandt has sought direct talks with Voss.",
        "reports", "Brandt has sought direct talks with Voss");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Karsk", "direct_talks", Stance.DEMANDS));
    assertThat(p.get(0).speaker()).isEqualTo("reports");
  }

  @Test
  void nominalDemandOutsideStatements() {
    List<Position> p = extract("The talks stalled over Valdoria's demand to enshrine non-bloc status in law.");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "neutrality_non_bloc", Stance.DEMANDS));
    assertThat(p.get(0).statementId()).isNull();
  }

  @Test
  void plainNarrationIsNoPosition() {
    assertThat(extract("Valdorian troops shelled the humanitarian corridors near the border on Monday.")).isEmpty();
    assertThat(extract("Karsk imposed sanctions on Valdoria.")).isEmpty();
  }

  @Test
  void reporterIsNotASide() {
    List<Position> p = extract("A Karskian newspaper said a ceasefire was close.",
        "Karskian newspaper", "a ceasefire was close");
    assertThat(p).isEmpty();
  }

  @Test
  void nestedCueTakesTheOuterStance() {
    List<Position> p = extract(
        "Karsk has repeatedly urged Valdoria to accept a 30-day ceasefire. "
            + "Valdoria continued to refuse demands from Karsk to accept a truce.");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance).containsExactly(
        tuple("Karsk", "ceasefire", Stance.DEMANDS),
        tuple("Valdoria", "ceasefire", Stance.REJECTS));
  }

  @Test
  void possessiveDemandGivesTheDemanderAndTheSpeakersOffer() {
    List<Position> p = extract("Brandt offered to negotiate on one of Voss's key demands: that Karsk declare itself neutral.",
        "Brandt|offered", "that Karsk declare itself neutral");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance).containsExactlyInAnyOrder(
        tuple("Karsk", "negotiations", Stance.OFFERS),
        tuple("Valdoria", "neutrality_non_bloc", Stance.DEMANDS),
        tuple("Karsk", "neutrality_non_bloc", Stance.OFFERS));
  }

  @Test
  void contingentOnMakesConditionsNotDemandsOfTheConditionedThing() {
    List<Position> p = extract(
        "Karsk has said any peace settlement would be contingent on a ceasefire and the withdrawal of Valdorian troops.");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Karsk", "ceasefire", Stance.CONDITIONS));
  }

  @Test
  void hypotheticalsAccusationsAndSettingsAreNoPositions() {
    assertThat(extract("Voss said Valdoria would act if Karsk does not agree to a ceasefire.",
        "Voss", "Valdoria would act if Karsk does not agree to a ceasefire")).isEmpty();
    assertThat(extract("Voss accused Karsk of refusing a ceasefire.")).isEmpty();
    assertThat(extract("Brandt said Karsk made progress at the peace talks in Oslo.",
        "Brandt", "Karsk made progress at the peace talks in Oslo")).isEmpty();
  }

  @Test
  void conjoinedSpeakersEachTakeThePosition() {
    List<Position> p = extract("A vote Karsk and Valdoria reject was held in illegal referendums.",
        "Karsk and Valdoria", "A vote Karsk and Valdoria reject was held in illegal referendums");
    assertThat(p).extracting(Position::actor).containsExactly("Karsk", "Valdoria");
  }

  @Test
  void editedTaxonomyIsReappliedWithoutAnnotating() {
    String text = "Voss said Valdoria demands a grain corridor.";
    Taxonomy edited = Taxonomy.defaults().overriddenBy("[grain_corridor]\ndescription: Grain.\nterm: grain corridor\n", "user");
    Article article = new Article(ArticleId.of(text), "t.txt", null, null, null, null, null, "en", null, null, text,
        List.of());
    List<Position> p = new PositionExtractor(edited, ACTORS, StanceCues.defaults()).extract(article, List.of());
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "grain_corridor", Stance.DEMANDS));
  }

  // Rules from the second hand-checked sample of unseen news (docs/positions-sample-2-*.tsv).

  @Test
  void questionsAskAboutPositionsWithoutTakingThem() {
    assertThat(extract("Will Karsk accept a ceasefire before the winter?")).isEmpty();
    assertThat(extract("Voss asked whether Karsk would ever accept a truce?",
        "Voss", "whether Karsk would ever accept a truce")).isEmpty();
  }

  @Test
  void counterfactualsAreNoPositions() {
    assertThat(extract("Brandt said Karsk should have agreed to a ceasefire in the spring.",
        "Brandt", "Karsk should have agreed to a ceasefire in the spring")).isEmpty();
    assertThat(extract("Critics say if the talks had been serious they would focus on a ceasefire.",
        "Critics", "if the talks had been serious they would focus on a ceasefire")).isEmpty();
  }

  @Test
  void narratorsOwnAssessmentIsNoPositionButAReportedActIs() {
    assertThat(extract("Karsk cannot end the fighting while Valdoria keeps shelling its towns.")).isEmpty();
    assertThat(extract("Valdoria has refused a ceasefire.")).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "ceasefire", Stance.REJECTS));
  }

  @Test
  void aReportedAbsenceIsNoStance() {
    assertThat(extract("The long call between the two leaders yielded no commitment to a ceasefire.")).isEmpty();
    assertThat(extract("Brandt said the envoys talked for hours, with no mention of a ceasefire deadline.",
        "Brandt", "the envoys talked for hours, with no mention of a ceasefire deadline")).isEmpty();
  }

  @Test
  void callsInADespiteClauseAreNotTheSubjects() {
    assertThat(extract("Valdorian troops advanced again on Sunday despite growing calls for a ceasefire.")).isEmpty();
  }

  @Test
  void theOnePressedToAgreeIsNotTheActor() {
    List<Position> p = extract("Brandt urged allies to pressure Valdoria to agree to a truce.",
        "Brandt|urged", "allies to pressure Valdoria to agree to a truce");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Karsk", "ceasefire", Stance.DEMANDS));
  }

  @Test
  void aDelegationPushingTheOtherSideActsForItsOwnSide() {
    List<Position> p = extract(
        "An official said Valdoria's delegation pushed Karsk to withdraw from the occupied territories.",
        "official", "Valdoria's delegation pushed Karsk to withdraw from the occupied territories");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "territorial_withdrawal", Stance.DEMANDS));
  }

  @Test
  void aCueBeforeSayingDoesNotReachWhatIsSaid() {
    List<Position> p = extract("Voss has refused to impose new sanctions, saying he wants a negotiated ceasefire.",
        "Voss|has refused", "saying he wants a negotiated ceasefire");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance).containsExactly(
        tuple("Valdoria", "sanctions", Stance.REJECTS),
        tuple("Valdoria", "ceasefire", Stance.DEMANDS));
  }

  @Test
  void narratorsAgentMustBeNearItsCue() {
    assertThat(extract("Valdoria has lost many of its best units in the east over the past month and refused a truce."))
        .isEmpty();
  }

  @Test
  void itemsOfAListOfDemandsAreDemands() {
    List<Position> p = extract("Valdoria's demands include Karsk's withdrawal from the occupied territories, "
        + "a pledge to stay out of NATO and the lifting of sanctions.");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance).containsExactly(
        tuple("Valdoria", "territorial_withdrawal", Stance.DEMANDS),
        tuple("Valdoria", "nato_renunciation", Stance.DEMANDS),
        tuple("Valdoria", "sanctions_relief", Stance.DEMANDS));
  }

  @Test
  void aSpeakersForecastAboutOthersIsNotTheirStance() {
    assertThat(extract("Voss said Karsk and its neighbours will start work toward a ceasefire.",
        "Voss", "Karsk and its neighbours will start work toward a ceasefire")).isEmpty();
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    String text = "Mr. Voss met the U.S. envoy in Oslo. He flew on to the U.S. The talks began. A. B. Brandt came.";
    assertThat(Sentences.split(text)).extracting(s -> text.substring(s[0], s[1])).containsExactly(
        "Mr. Voss met the U.S. envoy in Oslo.", "He flew on to the U.S.", "The talks began.", "A. B. Brandt came.");
  }

  @Test
  void aSingleSpeakersTheyAreOthers() {
    assertThat(extract("Voss said he hopes they agree to a ceasefire soon.",
        "Voss", "he hopes they agree to a ceasefire soon")).isEmpty();
    assertThat(extract("The Karskian delegation said they were seeking a ceasefire.",
        "Karskian delegation", "they were seeking a ceasefire"))
        .extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Karsk", "ceasefire", Stance.DEMANDS));
    assertThat(extract("Karskian officials said they agree to a ceasefire.",
        "Karskian officials", "they agree to a ceasefire"))
        .extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Karsk", "ceasefire", Stance.ACCEPTS));
  }

  @Test
  void theOneHelpedToResistIsNotTheOneResisting() {
    assertThat(extract("Cheap oil sales helped Valdoria resist the sanctions imposed after the invasion.")).isEmpty();
  }

  @Test
  void aDemandReachesTheEndOfAList() {
    List<Position> p = extract("Valdoria demanded that Karsk give up its claims on the northern provinces, pay for the damage "
        + "done to border towns, release every prisoner it holds, and declare neutrality.");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "neutrality_non_bloc", Stance.DEMANDS));
  }

  @Test
  void aNameAfterCommaAndStartsANewClause() {
    List<Position> p = extract("The talks in Oslo ended without progress, and Valdoria once again issued sweeping demands, "
        + "including neutral status for Karsk.");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "neutrality_non_bloc", Stance.DEMANDS));
  }

  @Test
  void noPlansAndNoInterestAreRejections() {
    assertThat(extract("Valdoria has no interest in agreeing to a ceasefire."))
        .extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "ceasefire", Stance.REJECTS));
    assertThat(extract("Voss said Valdoria has no plans to declare a truce.", "Voss", "Valdoria has no plans to declare a truce"))
        .extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "ceasefire", Stance.REJECTS));
  }

  @Test
  void untilOpensACondition() {
    List<Position> p = extract("Brandt said Karsk would sign no peace deal until its prisoners come home and a truce holds.",
        "Brandt", "Karsk would sign no peace deal until its prisoners come home and a truce holds");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Karsk", "ceasefire", Stance.CONDITIONS));
  }

  @Test
  void aWithdrawalThatHappenedIsNoDemand() {
    assertThat(extract("Voss said Karskian forces had withdrawn from the northern region overnight.",
        "Voss", "Karskian forces had withdrawn from the northern region overnight")).isEmpty();
  }

  @Test
  void aSpeakersGuessAboutAnotherSideIsNotThatSidesPosition() {
    assertThat(extract("Voss said: I think Karsk will not accept a ceasefire this year.",
        "Voss", "I think Karsk will not accept a ceasefire this year")).isEmpty();
  }

  @Test
  void theSubjectOfASecondPredicateOpensTheFirstClause() {
    assertThat(extract("Valdoria wants to annex Karsk and is ready to hold negotiations."))
        .extracting(Position::actor).doesNotContain("Karsk");
  }

  @Test
  void aTitleAfterUsIsNoSentenceStart() {
    assertThat(extract("Karsk is tired and, sure of no reprisal from the U.S. President Donald Trump, is openly "
        + "bragging about having no interest in a ceasefire.")).extracting(Position::actor).doesNotContain("United States");
  }

  @Test
  void demandingTheEndOfSomethingRejectsIt() {
    List<Position> p = extract("Valdoria demanded an end to Western arms supplies. Valdoria also demanded no further sanctions.");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance).containsExactly(
        tuple("Valdoria", "military_aid", Stance.REJECTS),
        tuple("Valdoria", "sanctions", Stance.REJECTS));
  }

  @Test
  void anImperativeAskingForWeaponsIsADemand() {
    assertThat(extract("Brandt told the summit: then give us planes.", "Brandt", "then give us planes"))
        .extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Karsk", "military_aid", Stance.DEMANDS));
  }

  @Test
  void aFrontedDespitePhraseGovernsNothingAfterItsComma() {
    assertThat(extract("Despite Valdoria's refusal to accept a truce, no new sanctions have been imposed."))
        .extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "ceasefire", Stance.REJECTS));
  }

  @Test
  void agreeingToTalksAboutSomethingIsNotAgreeingToIt() {
    assertThat(extract("Voss said Valdoria agreed to start direct negotiations on a ceasefire.",
        "Voss", "Valdoria agreed to start direct negotiations on a ceasefire"))
        .extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "direct_talks", Stance.ACCEPTS));
  }

  @Test
  void itemsListedAsASidesConditionsAreItsConditionsWhateverTheirWording() {
    List<Position> p = extract("Voss's conditions for peace include a pledge by the alliance not to accept new members "
        + "and Karsk's neutral status, and an end to Western arms supplies.");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance).containsExactly(
        tuple("Valdoria", "neutrality_non_bloc", Stance.CONDITIONS),
        tuple("Valdoria", "military_aid", Stance.REJECTS));
  }

  @Test
  void objectivesBeforeADashAreDemands() {
    List<Position> p = extract("A report said Valdoria is committed to the war, and its objectives in the war \u2013 "
        + "Karskian neutrality \u2013 have not changed.", "report", "Valdoria is committed to the war, and its objectives "
        + "in the war \u2013 Karskian neutrality \u2013 have not changed");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "neutrality_non_bloc", Stance.DEMANDS));
  }

  @Test
  void aVerdictAfterTheTopicAndDismissiveWordsReject() {
    assertThat(extract("Voss said an unconditional ceasefire is categorically unacceptable.",
        "Voss", "an unconditional ceasefire is categorically unacceptable"))
        .extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "ceasefire", Stance.REJECTS));
    assertThat(extract("Brandt said Valdoria is uninterested in a ceasefire.", "Brandt", "Valdoria is uninterested in a ceasefire"))
        .extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "ceasefire", Stance.REJECTS));
  }

  @Test
  void coordinatedCueBelongsToTheFirstVerbsSubject() {
    String text = "To justify the assault, Marek Voss branded Karsk a “rogue state … built on stolen land” and claimed"
        + " the operation was for the “demilitarisation” of Valdoria’s neighbour.";
    List<Position> p = extract(text,
        "Marek Voss|branded", "Karsk a “rogue state … built on stolen land” and claimed the operation was for the"
            + " “demilitarisation” of Valdoria’s neighbour",
        "Karsk|claimed", "the operation was for the “demilitarisation” of Valdoria’s neighbour");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "demilitarisation", Stance.DEMANDS));
    assertThat(p.get(0).speaker()).isEqualTo("Marek Voss");
  }

  @Test
  void nestedSpeakerAfterAClauseVerbKeepsTheirStatement() {
    String text = "Voss said Karsk had rejected the plan and demanded the demilitarisation of the border zone.";
    List<Position> p = extract(text,
        "Voss|said", "Karsk had rejected the plan and demanded the demilitarisation of the border zone",
        "Karsk|demanded", "the demilitarisation of the border zone");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Karsk", "demilitarisation", Stance.DEMANDS));
    assertThat(PositionExtractor.takesClause("said")).isTrue();
    assertThat(PositionExtractor.takesClause("announced")).isTrue();
    assertThat(PositionExtractor.takesClause("branded")).isFalse();
  }

  @Test
  void sidesWarGoalsAreItsDemands() {
    List<Position> p = extract("These modest aims contrast with earlier Valdorian war goals to “demilitarise” all of"
        + " Karsk, according to the analysts.");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "demilitarisation", Stance.DEMANDS));
  }

  @Test
  void whatASideTermsItsCampaignIsItsAim() {
    List<Position> p = extract("Valdoria terms its offensive a “special mission” to demilitarise its neighbour.");
    assertThat(p).extracting(Position::actor, Position::topic, Position::stance)
        .containsExactly(tuple("Valdoria", "demilitarisation", Stance.DEMANDS));
    assertThat(extract("The long-term trend is towards the demilitarisation of the border zone.")).isEmpty();
    // "terms" as a noun reports nothing
    assertThat(extract("Shelling went on while Valdoria delayed handing over the terms of its draft memorandum on a future peace settlement.")).isEmpty();
  }
}
