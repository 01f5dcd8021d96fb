package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hour after the year in two forms of page date lines: the French hour mark, and a full stop after the year. Invented lines. */
class DateLinesAfterYearTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      الجمعة 3 ماي 2026 - 08h45                       | 2026-05-03T08:45
      السبت 17 جوان 2026 - 16h05                      | 2026-06-17T16:05
      السبت، 4 تشرين الأول / أكتوبر 2026. 7:05 مساءً    | 2026-10-04T19:05
      الإثنين، 2 آذار / مارس 2026. 10:20 صباحاً          | 2026-03-02T10:20
      """)
  void theHourAfterTheYear(String line, String iso) {
    assertThat(DateLines.parse(line)).contains(iso);
  }
}
