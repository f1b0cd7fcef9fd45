package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Link;
import org.parley.model.LinkKind;
import org.parley.model.Span;

class ReuseDetectorTest {
  private static final String WIRE =
      "The foreign ministers of Valdoria and Karsk met in Ostmark on Thursday for five hours of talks that ended without an agreement on the northern corridor, officials from both delegations said, adding that a second round could take place next week if the ceasefire holds.";

  private static ReuseDoc doc(String id, String outlet, String date, String text) {
    return new ReuseDoc(id, outlet, date == null ? null : LocalDate.parse(date), text, List.of());
  }

  @Test
  void copiedParagraphIsAlignedWithExactOffsetsInBothArticles() {
    String a = "VALDORIA WIRE\n" + WIRE + "\nMore on this story later.";
    String b = "Our correspondent adds context here. " + WIRE + " Meanwhile farmers protested in the capital over grain prices.";
    ReuseDetector d = new ReuseDetector();
    d.add(doc("b", "Daily Bugle", "2022-03-04", b));
    d.add(doc("a", "Wire Service", "2022-03-03", a));
    List<Link> passages = d.detect().passages();
    assertThat(passages).hasSize(1);
    Link l = passages.get(0);
    assertThat(l.kind()).isEqualTo(LinkKind.COPY);
    assertThat(l.from()).isEqualTo("a");
    assertThat(l.to()).isEqualTo("b");
    assertThat(l.directed()).isTrue();
    assertThat(a.substring(l.fromStart(), l.fromEnd())).isEqualTo(WIRE.substring(0, WIRE.length() - 1));
    assertThat(b.substring(l.toStart(), l.toEnd())).isEqualTo(WIRE.substring(0, WIRE.length() - 1));
    assertThat(l.fromStart()).isEqualTo(a.indexOf(WIRE));
    assertThat(l.toStart()).isEqualTo(b.indexOf(WIRE));
  }

  @Test
  void smallEditsInTheCopyDoNotBreakThePassage() {
    String edited =
        WIRE.replace("five hours of talks", "nearly five hours of tense talks").replace("officials from both delegations said", "officials said");
    ReuseDetector d = new ReuseDetector();
    d.add(doc("a", "Wire Service", "2022-03-03", WIRE));
    d.add(doc("b", "Daily Bugle", "2022-03-04", "Intro sentence. " + edited));
    List<Link> passages = d.detect().passages();
    assertThat(passages).hasSize(1);
    Link l = passages.get(0);
    assertThat(l.fromStart()).isEqualTo(0);
    assertThat(WIRE.substring(l.fromEnd())).isEqualTo(".");
    assertThat(("Intro sentence. " + edited).substring(l.toStart())).startsWith("The foreign ministers");
  }

  @Test
  void boilerplateInManyArticlesIsIgnored() {
    String footer = "Subscribe to our newsletter to get the best of our journalism delivered to your inbox every single morning before breakfast";
    ReuseDetector d = new ReuseDetector(new ReuseDetector.Config(5, 3, 5, 4, 20, 12, 6));
    for (int i = 0; i < 6; i++) {
      d.add(doc("d" + i, "Outlet " + i, "2022-03-0" + (i + 1), "Story number " + i + " is about topic " + i + ". " + footer));
    }
    assertThat(d.detect().passages()).isEmpty();
  }

  @Test
  void junkSpansAreNotCompared() {
    String a = WIRE;
    String b = "Own reporting only. " + WIRE;
    ReuseDetector d = new ReuseDetector();
    d.add(doc("a", "Wire", "2022-03-03", a));
    d.add(new ReuseDoc("b", "Bugle", LocalDate.parse("2022-03-04"), b, List.of(new Span(20, b.length(), "related"))));
    assertThat(d.detect().passages()).isEmpty();
  }

  @Test
  void unrelatedArticlesOnOneTopicShareNoPassage() {
    ReuseDetector d = new ReuseDetector();
    d.add(doc("a", "Wire", "2022-03-03", "Talks between Valdoria and Karsk resumed in Ostmark on Thursday with a new proposal on the corridor and prisoners."));
    d.add(doc("b", "Bugle", "2022-03-03", "In Ostmark, Karsk and Valdoria resumed their talks on Thursday; the corridor and the prisoners were on the agenda again."));
    assertThat(d.detect().passages()).isEmpty();
  }

  @Test
  void sameDayCopiesAreUndirected() {
    ReuseDetector d = new ReuseDetector();
    d.add(doc("b", "Bugle", "2022-03-03", WIRE));
    d.add(doc("a", "Wire", "2022-03-03", "Lead. " + WIRE));
    Link l = d.detect().passages().get(0);
    assertThat(l.directed()).isFalse();
    assertThat(l.from()).isEqualTo("a");
  }
}
