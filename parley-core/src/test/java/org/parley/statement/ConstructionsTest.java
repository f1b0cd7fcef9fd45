package org.parley.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.statement.StatementExtractorTest.extract;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Sentence;
import org.parley.model.Statement;
import org.parley.model.StatementKind;
import org.parley.nlp.SharedAnnotator;

/** One test per construction, on sentences written for the test (fictional people). */
class ConstructionsTest {
  @BeforeAll
  static void loadModels() {
    SharedAnnotator.get();
  }

  private static Statement only(List<Statement> s) {
    assertThat(s).hasSize(1);
    return s.get(0);
  }

  @Test
  void infinitiveContentKeepsTo() {
    Statement s = only(extract("Chancellor Lena Markov urged the parliament to approve the budget quickly."));
    assertThat(s.content()).isEqualTo("to approve the budget quickly");
    assertThat(s.speaker()).isEqualTo("Lena Markov");
    assertThat(s.addressee()).isEqualTo("parliament");
  }

  @Test
  void secondSourceAfterWhileIsNotContent() {
    List<Statement> s = extract("Senator Ana Ruiz said the vote was fair, while Governor Tom Bell said it was rigged.");
    assertThat(s).extracting(Statement::content).containsExactly("the vote was fair", "it was rigged");
  }

  @Test
  void accordingTo() {
    Statement s = only(extract("The convoy reached the border at dawn, according to local officials."));
    assertThat(s.content()).isEqualTo("The convoy reached the border at dawn");
    assertThat(s.speakerMention()).isEqualTo("local officials");
    assertThat(s.cue()).isEqualTo("according to");
  }

  @Test
  void invertedTag() {
    Statement s = only(extract("The negotiations will resume next month, said the Ministry of Defence."));
    assertThat(s.content()).isEqualTo("The negotiations will resume next month");
    assertThat(s.speakerMention()).isEqualTo("the Ministry of Defence");
  }

  @Test
  void coordinatedCuesShareTheSubject() {
    List<Statement> s = extract("Mayor Ivan Petrenko said the bridge was destroyed and added that repairs would take months.");
    // The second cue's clause may be parsed under the first: the first content stops before "and added".
    assertThat(s.get(0).content()).isEqualTo("the bridge was destroyed");
    assertThat(s).allMatch(x -> "Ivan Petrenko".equals(x.speaker()));
  }

  @Test
  void mixedRunsThroughTheLastClosingMark() {
    Statement s = only(extract("Senator Clara Holt said the proposal was \u201ca dangerous illusion\u201d."));
    assertThat(s.kind()).isEqualTo(StatementKind.MIXED);
    assertThat(s.content()).isEqualTo("the proposal was \u201ca dangerous illusion\u201d");
  }

  @Test
  void interruptedQuoteGivesTwoRecordsTheSecondInheriting() {
    List<Statement> s = extract(
        "\u201cWe are ready to talk,\u201d Minister Pavel Orlov said. \u201cBut we will not surrender a single village.\u201d");
    assertThat(s).hasSize(2);
    assertThat(s).allMatch(x -> x.kind() == StatementKind.DIRECT);
    assertThat(s.get(1).content()).isEqualTo("But we will not surrender a single village.");
    assertThat(s.get(1).speaker()).isEqualTo("Pavel Orlov");
    assertThat(s.get(1).cue()).isNull();
  }

  @Test
  void nestedReportKeepsTheInnermostSpeaker() {
    List<Statement> s = extract(
        "President Anton Vell told Chancellor Mira Stahl that the talks had failed, the Kremlin said.");
    Statement st = only(s);
    assertThat(st.speaker()).isEqualTo("Anton Vell");
    assertThat(st.addressee()).isEqualTo("Mira Stahl");
    assertThat(st.via()).containsExactly("Kremlin");
    assertThat(st.content()).isEqualTo("the talks had failed");
  }

  @Test
  void pronounsResolveToTheLastSpeaker() {
    List<Statement> s = extract(
        "Governor Nina Sokol said the shelling continued overnight.\nShe added that two schools were hit.");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).speakerMention()).isEqualTo("She");
    assertThat(s.get(1).speaker()).isEqualTo("Nina Sokol");
  }

  @Test
  void metonymsStandForTheGovernment() {
    Statement s = only(extract("Moscow said the sanctions were illegal."));
    assertThat(s.speaker()).isEqualTo("Russia");
  }

  @Test
  void passiveWithAgent() {
    Statement s = only(extract("The demand for new elections was voiced by Kyiv on Tuesday."));
    assertThat(s.speaker()).isEqualTo("Ukraine");
    assertThat(s.content()).isEqualTo("The demand for new elections");
  }

  @Test
  void weekdayIsNormalisedAgainstPublication() {
    // 2022-03-04 is a Friday; "on Thursday" is the day before.
    Statement s = only(extract("Foreign Minister Anna Berg said on Thursday that the ceasefire held.",
        LocalDate.of(2022, 3, 4)));
    assertThat(s.dateText()).isEqualTo("on Thursday");
    assertThat(s.date()).isEqualTo(LocalDate.of(2022, 3, 3));
  }

  @Test
  void citingPutsTheReporterInVia() {
    Statement s = only(extract("The talks were postponed, Reuters reported, citing two diplomats."));
    assertThat(s.speaker()).isEqualTo("two diplomats");
    assertThat(s.via()).containsExactly("Reuters");
  }

  @Test
  void headlineColon() {
    List<Statement> s = extract("Berg: Ceasefire must come before any talks\nThe minister spoke in the capital.");
    Statement st = s.get(0);
    assertThat(st.cue()).isEqualTo(":");
    assertThat(st.content()).isEqualTo("Ceasefire must come before any talks");
    assertThat(st.speakerMention()).isEqualTo("Berg");
  }

  @Test
  void cuesInsideQuotesAreNotReports() {
    List<Statement> s = extract("\u201cThey said the war would end soon,\u201d Mayor Ivan Petrenko told reporters.");
    Statement st = only(s);
    assertThat(st.speaker()).isEqualTo("Ivan Petrenko");
    assertThat(st.addressee()).isEqualTo("reporters");
  }

  @Test
  void doubledApostropheQuoteTakesTheInvertedTag() {
    List<Statement> s = extract(
        "''She looked tired, spoke slowly, didn't seem to enjoy the rally,'' said Mark Tolland, a local organiser.");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).kind()).isEqualTo(StatementKind.DIRECT);
    assertThat(s.get(0).content()).startsWith("She looked tired");
    assertThat(s.get(0).speakerMention()).isEqualTo("Mark Tolland");
  }

  @Test
  void evaluativeCueTakesItsObjectWithTheAsPhrase() {
    Statement s = only(extract("Governor Ana Lind denounced the tariff plan as reckless and unfair."));
    assertThat(s.content()).isEqualTo("the tariff plan as reckless and unfair");
    assertThat(s.speakerMention()).isEqualTo("Governor Ana Lind");
  }

  @Test
  void praiseTakesItsObject() {
    Statement s = only(extract("The mayor praised the volunteers who rebuilt the school."));
    assertThat(s.content()).isEqualTo("the volunteers who rebuilt the school");
  }

  @Test
  void clauseAfterTheCueWithoutAClausalParse() {
    // The parser reads "he's" as a possessive and the clause as a small clause: the words after
    // the cue are still the reported clause.
    Statement s = only(extract("Commissioner Hal Brandt said he's not pleased with the harvest figures."));
    assertThat(s.content()).isEqualTo("he's not pleased with the harvest figures");
    assertThat(s.speaker()).isEqualTo("Hal Brandt");
  }

  @Test
  void cueFollowedByAPrepositionIsNotAClause() {
    assertThat(extract("Commissioner Hal Brandt said in an interview on the radio.")).isEmpty();
  }

  @Test
  void standfirstQuoteFromSpeakerToAddressee() {
    List<Statement> s = extract("Valdor to Karsk: \u201cWithdraw your troops from the valley now, before the winter comes and"
        + " the passes close for good.\u201d\nThe two leaders spoke by phone on Friday.");
    Statement st = s.get(0);
    assertThat(st.kind()).isEqualTo(StatementKind.DIRECT);
    assertThat(st.content()).startsWith("Withdraw your troops");
    assertThat(st.speakerMention()).isEqualTo("Valdor");
    assertThat(st.addressee()).isEqualTo("Karsk");
  }

  @Test
  void documentReadsColonQuoteTakesItsIssuer() {
    List<Statement> s = extract("The fleet will stay in port, Norland Radio reported, citing a statement issued by the"
        + " Ministry of Fisheries. The statement read: \u201cThe quota will be cut by half next year.\u201d");
    Statement st = s.stream().filter(x -> x.content().startsWith("The quota")).findFirst().orElseThrow();
    assertThat(st.kind()).isEqualTo(StatementKind.DIRECT);
    assertThat(st.cue()).isEqualTo("read:");
    assertThat(st.speaker()).isEqualTo("Ministry of Fisheries");
  }

  @Test
  void accordingToAnyNounSourceButAPlan() {
    Statement s = only(extract("Grain exports doubled last year, according to the harbour ledger."));
    assertThat(s.content()).isEqualTo("Grain exports doubled last year");
    assertThat(s.speakerMention()).isEqualTo("the harbour ledger");
    assertThat(extract("The parade went ahead according to plan.")).isEmpty();
  }

  @Test
  void tagAfterALongQuoteNamesItsSource() {
    List<Statement> s = extract("\u201cThe only boats still fishing the northern banks this winter will be the ones whose owners"
        + " cannot afford to stay in port,\u201d harbour master Ilse Varga said.");
    Statement st = only(s);
    assertThat(st.kind()).isEqualTo(StatementKind.DIRECT);
    assertThat(st.speakerMention()).isEqualTo("harbour master Ilse Varga");
    assertThat(st.cue()).isEqualTo("said");
  }

  @Test
  void itKeepsTheInstitutionAcrossALongReadout() {
    // Filler between the reports puts the last "It" out of reach of the first, nested report.
    String filler = " Snow closed the mountain roads for most of the week, and the ferries to the islands ran late."
        + " Farmers in the valley moved their herds to lower pastures, and the schools stayed shut until Thursday."
        + " Shops in the old town opened only in the afternoon, and the trams ran on a holiday timetable.";
    List<Statement> s = extract("President Arvo Lind told the envoy that the border would stay closed, the Kremlin said."
        + filler + " It said the decision was final." + filler + filler + " The statement said the envoy had"
        + " accepted the terms." + filler + filler + " Norland Railways cancelled the night trains. It said the envoy would return in the spring.");
    Statement last = s.get(s.size() - 1);
    assertThat(last.content()).isEqualTo("the envoy would return in the spring");
    assertThat(last.speaker()).isEqualTo("Kremlin");
  }

  @Test
  void askedIfTakesTheQuestion() {
    Statement s = only(extract("The moderator asked Governor Ana Lind if she would sign the fishing treaty."));
    assertThat(s.content()).isEqualTo("if she would sign the fishing treaty");
    assertThat(s.speakerMention()).isEqualTo("The moderator");
  }

  @Test
  void aPollShowsItsFindings() {
    Statement s = only(extract("A harbour survey last month showed the northern fleet losing boats to the south."));
    assertThat(s.content()).isEqualTo("the northern fleet losing boats to the south");
    assertThat(s.speakerMention()).isEqualTo("A harbour survey");
  }

  @Test
  void tagInTheMiddleOfAClauseWithAQuoteGivesAMixedStatement() {
    List<Statement> s = extract("Farmer Edda Holm spoke at the market. The harvest, she said, was \u201cthe worst in living"
        + " memory.\u201d");
    Statement st = only(s);
    assertThat(st.kind()).isEqualTo(StatementKind.MIXED);
    assertThat(st.content()).startsWith("The harvest, she said, was").endsWith("memory.\u201d");
    assertThat(st.speaker()).isEqualTo("Edda Holm");
  }

  @Test
  void callsTheObjectALooseName() {
    Statement s = only(extract("Her aide, Tom Ruiz, calls her record a \u201cblueprint\u201d for growth."));
    assertThat(s.content()).isEqualTo("her record a \u201cblueprint\u201d for growth");
    assertThat(s.speakerMention()).isEqualTo("Tom Ruiz");
  }

  @Test
  void sentenceFinalTagReportsTheClauseBeforeIt() {
    Statement s = only(extract("The new dam had two purposes, the chief engineer said."));
    assertThat(s.content()).isEqualTo("The new dam had two purposes");
    assertThat(s.speakerMention()).isEqualTo("the chief engineer");
  }

  @Test
  void clauseAfterTheVerbWinsOverAnOpeningComparison() {
    Statement s = only(extract("Like other farmers who expect an early spring, Mr. Berg said he was building a new barn."));
    assertThat(s.content()).isEqualTo("he was building a new barn");
    assertThat(s.speakerMention()).isEqualTo("Mr. Berg");
  }

  @Test
  void saidThatWithAQuotedClause() {
    Statement s = only(extract("Despite the recent storms, Berg said that \u201cthose who farm here know the risks.\u201d"));
    assertThat(s.content()).startsWith("those who farm here know the risks");
    assertThat(s.speakerMention()).isEqualTo("Berg");
  }

  @Test
  void quoteInterruptedMidSentenceGivesTwoRecordsTheSecondInheriting() {
    List<Statement> s = extract(
        "\u201cIf the river rises again,\u201d Mayor Ilse Brandt said, \u201cthe lower town will flood.\u201d");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).cue()).isEqualTo("said");
    assertThat(s.get(1).content()).startsWith("the lower town will flood");
    assertThat(s.get(1).cue()).isNull();
    assertThat(s.get(1).speaker()).isEqualTo("Ilse Brandt");
  }

  @Test
  void tagBetweenCommasReportsTheSentenceFromItsOpeningWords() {
    Statement s = only(extract("In any case, the inspector said, the new dam would hold through the spring floods."));
    assertThat(s.content()).isEqualTo("In any case, the inspector said, the new dam would hold through the spring floods");
    assertThat(s.speakerMention()).isEqualTo("the inspector");
  }

  @Test
  void tagWithoutClosingCommaKeepsTheClauseAfterIt() {
    Statement s = only(extract("After the storm, the inspector said the new dam would hold."));
    assertThat(s.content()).isEqualTo("the new dam would hold");
  }

  @Test
  void sourceKeepsItsPartyLabelPreconjunctionAndParticiple() {
    Statement roe = only(extract("Sen. Ann Roe (D-Ore.) said the pipeline bill would pass in May."));
    assertThat(roe.speakerMention()).isEqualTo("Sen. Ann Roe (D-Ore.)");
    assertThat(roe.speaker()).isEqualTo("Ann Roe");
    Statement both = only(extract("Both Mayor Lind and Governor Haas said the levee was safe."));
    assertThat(both.speakerMention()).isEqualTo("Both Mayor Lind and Governor Haas");
    Statement farmers = only(extract("Farmers living near the river said the water was still rising."));
    assertThat(farmers.speakerMention()).isEqualTo("Farmers living near the river");
  }

  @Test
  void contentCandidatesEndBeforeATrailingCommaSegmentDashOrBracket() {
    // Which candidate wins is learned (the content ranker); the cuts must be on offer.
    String text = "The mayor said the bridge would reopen in June (or July), to the relief of traders"
        + " \u2014 many of them closed since March, angering residents.";
    assertThat(candidateTexts(text)).contains("the bridge would reopen in June",
        "the bridge would reopen in June (or July), to the relief of traders",
        "the bridge would reopen in June (or July), to the relief of traders \u2014 many of them closed since March");
  }

  private static List<String> candidateTexts(String text) {
    Sentence sentence = StatementExtractorTest.annotate(text, null).sentences().get(0);
    List<String> out = new java.util.ArrayList<>();
    for (ContentCandidates c : CueModel.contentCandidates(sentence, Lexicon.load(), CueModel.load())) {
      for (int[] span : c.spans()) {
        out.add(text.substring(span[0], span[1]));
      }
    }
    return out;
  }
}
