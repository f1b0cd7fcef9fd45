package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatesTest {
  private static final LocalDate MAY_10 = LocalDate.of(2022, 5, 10);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2022-05-10",
        "2022-05-10T12:00:00Z",
        "2022-05-10T23:30:00.123456+03:00",
        "2022-05-10T12:00:00",
        "2022/05/10",
        "2022-05-10 12:00:00",
        "Tue, 10 May 2022 12:00:00 GMT",
        "Tue, 10 May 2022 12:00:00 +0000",
        "10 May 2022",
        "10 MAY 2022 14:05",
        "May 10, 2022",
        "Tuesday, 10 May 2022",
        "10-MAY-2022 15:01:01.79",
        "20220510",
        " 2022-05-10 "
      })
  void parsesCommonFormats(String value) {
    assertThat(Dates.parse(value)).isEqualTo(MAY_10);
  }

  @Test
  void reutersDate() {
    assertThat(Dates.parse("26-FEB-1987 15:01:01.79")).isEqualTo(LocalDate.of(1987, 2, 26));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "2022-13-45", "last Tuesday", "12345"})
  void rejectsOthers(String value) {
    assertThat(Dates.parse(value)).isNull();
  }
}
