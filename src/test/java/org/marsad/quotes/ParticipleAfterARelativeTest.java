package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * A reporting verb inside a relative clause ("ما أعلنته الحكومة") is the thing described, not the
 * report: "واصفا ما أعلنته الحكومة بأنه "..."" quotes the one who describes it.
 */
class ParticipleAfterARelativeTest {

  @Test
  void theDescriberSpeaksNotTheOneWhoseWordsAreDescribed() {
    List<Quote> quotes = Story.of(
            "في المقابل، رفض القيادي في الحركة ياسر النعيمي الاتهامات، واصفا ما أعلنته الوزارة بأنه \"كذب لا أساس له\".")
        .person("ياسر النعيمي", null, null, "ياسر النعيمي").direct();
    assertThat(quotes).extracting(Quote::cue, Quote::speakerName).containsExactly(tuple("واصفا", "ياسر النعيمي"));
  }
}
