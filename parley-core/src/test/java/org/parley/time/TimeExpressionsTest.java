package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeExpressionsTest {
  private static final LocalDate FRI = LocalDate.of(2022, 3, 4); // a Friday

  private static LocalDate n(String expr) {
    return TimeExpressions.normalise(expr, FRI);
  }

  @Test
  void weekdaysAreTheMostRecentOnOrBeforeTheAnchor() {
    assertThat(n("on Thursday")).isEqualTo("2022-03-03");
    assertThat(n("Thursday")).isEqualTo("2022-03-03");
    assertThat(n("on Friday")).isEqualTo("2022-03-04");
    assertThat(n("on Saturday")).isEqualTo("2022-02-26");
    assertThat(n("last Friday")).isEqualTo("2022-02-25");
    assertThat(n("next Monday")).isEqualTo("2022-03-07");
    assertThat(n("on Tuesday evening")).isEqualTo("2022-03-01");
  }

  @Test
  void deicticWords() {
    assertThat(n("today")).isEqualTo(FRI);
    assertThat(n("yesterday")).isEqualTo("2022-03-03");
    assertThat(n("last night")).isEqualTo("2022-03-03");
    assertThat(n("tomorrow")).isEqualTo("2022-03-05");
    assertThat(n("last week")).isEqualTo("2022-02-25");
    assertThat(n("last month")).isEqualTo("2022-02-04");
    assertThat(n("two days ago")).isEqualTo("2022-03-02");
    assertThat(n("3 weeks ago")).isEqualTo("2022-02-11");
  }

  @Test
  void datesWithoutYearTakeTheAnchorsYear() {
    assertThat(n("March 3")).isEqualTo("2022-03-03");
    assertThat(n("on 3 March")).isEqualTo("2022-03-03");
    assertThat(n("Feb. 24")).isEqualTo("2022-02-24");
    assertThat(n("the 1st of March")).isEqualTo("2022-03-01");
    // "December 30" read in early March is last December
    assertThat(n("December 30")).isEqualTo("2021-12-30");
    assertThat(n("March 20")).isEqualTo("2022-03-20");
  }

  @Test
  void absoluteDates() {
    assertThat(n("March 3, 2022")).isEqualTo("2022-03-03");
    assertThat(n("3 March 2022")).isEqualTo("2022-03-03");
    assertThat(n("2022-03-03")).isEqualTo("2022-03-03");
    assertThat(TimeExpressions.normalise("March 3, 2022", null)).isEqualTo("2022-03-03");
    assertThat(TimeExpressions.normalise("on Thursday", null)).isNull();
    assertThat(n("February 30, 2022")).isNull();
    assertThat(n("the talks")).isNull();
  }

  @Test
  void findListsExpressionsWithSpans() {
    String text = "Talks on Thursday followed the March 1, 2022 call; on 3 March they met again, yesterday too. May we?";
    var found = TimeExpressions.find(text, FRI);
    assertThat(found).extracting(TimeExpressions.Found::text)
        .containsExactly("on Thursday", "March 1, 2022", "3 March", "yesterday");
    assertThat(found).extracting(TimeExpressions.Found::date)
        .containsExactly(LocalDate.of(2022, 3, 3), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 3), LocalDate.of(2022, 3, 3));
    TimeExpressions.Found first = found.get(0);
    assertThat(text.substring(first.start(), first.end())).isEqualTo("on Thursday");
  }
}
