package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.DateSource;
import org.parley.model.Span;

class PublicationDatesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private static Article bare(String text) {
    return new Article("x", "x.txt", null, null, null, null, null, null, null, null, text, null);
  }

  @Test
  void latestAbsoluteDateInTheTextIsInferred() {
    Article a = PublicationDates.infer(bare("Talks began on 1 March 2022. A second round followed (2022-03-02), "
        + "and on February 24, 2022 the invasion started."), TODAY);
    assertThat(a.published()).isEqualTo("2022-03-02");
    assertThat(a.dateSource()).isEqualTo(DateSource.INFERRED);
  }

  @Test
  void aLaterWeekdayReportedAsPastMovesTheDateForward() {
    // March 1, 2022 was a Tuesday; "on Thursday" in the past tense is March 3
    Article a = PublicationDates.infer(bare("After the call of March 1, 2022, the minister said on Thursday that talks failed."), TODAY);
    assertThat(a.published()).isEqualTo("2022-03-03");
    // the future tense does not
    Article f = PublicationDates.infer(bare("After the call of March 1, 2022, the minister will travel on Thursday."), TODAY);
    assertThat(f.published()).isEqualTo("2022-03-01");
  }

  @Test
  void futureDatesJunkAndMetadataAreLeftAlone() {
    assertThat(PublicationDates.infer(bare("The treaty expires on 1 January 2030. Signed 5 May 2021."), TODAY).published())
        .isEqualTo("2021-05-05");
    String text = "Signed 5 May 2021. Copyright 12 June 2024";
    Article withJunk = bare(text).withJunk(List.of(new Span(text.indexOf("Copyright"), text.length(), "footer")));
    assertThat(PublicationDates.infer(withJunk, TODAY).published()).isEqualTo("2021-05-05");
    Article dated = new Article("y", "y.txt", null, null, null, LocalDate.of(2020, 1, 1), DateSource.METADATA, null, null, null,
        "On 3 March 2022 it happened.", null);
    assertThat(PublicationDates.infer(dated, TODAY)).isSameAs(dated);
    Article none = PublicationDates.infer(bare("No dates here, only on Thursday."), TODAY);
    assertThat(none.published()).isNull();
    assertThat(none.dateSource()).isEqualTo(DateSource.NONE);
  }
}
