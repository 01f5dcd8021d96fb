package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Publication times as pages, feeds and dumps state them, in the record's form. */
class IsoTimesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-04-07T09:30:00+02:00        | 2026-04-07T07:30Z
      2026-04-07T09:30:00Z             | 2026-04-07T09:30Z
      2026-04-07T09:30:00.000+0300     | 2026-04-07T06:30Z
      2026-04-07T09:30:00              | 2026-04-07T09:30
      2026-04-07 09:30:00              | 2026-04-07T09:30
      2026-04-07 09:30:00 +03:00       | 2026-04-07T06:30Z
      2026-04-07                       | 2026-04-07
      Tue, 07 Apr 2026 09:30:00 +0200  | 2026-04-07T07:30Z
      Tue, 07 Apr 2026 09:30:00 GMT    | 2026-04-07T09:30Z
      07/04/2026                       | 2026-04-07
      الثلاثاء ٧ أبريل ٢٠٢٦            | 2026-04-07
      """)
  void aStatedTimeInTheRecordsForm(String stated, String iso) {
    assertThat(IsoTimes.normalize(stated)).contains(iso);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "yesterday", "منذ ساعتين", "2026-13-45"})
  void whatIsNotATime(String stated) {
    assertThat(IsoTimes.normalize(stated)).isEmpty();
  }
}
