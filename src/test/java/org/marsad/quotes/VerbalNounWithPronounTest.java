package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * بقوله "by his saying": the verbal noun with the speaker's pronoun after a verb that is not
 * itself one of saying ("اكتفى بالتعليق ... بقوله"); the quoted words are the subject's.
 */
class VerbalNounWithPronounTest {

  @Test
  void theSubjectOfTheVerbBeforeSaysTheQuotedWords() {
    List<Quote> quotes = Story.of(
            "واكتفى النائب منير الزواري بالتعليق على نتائج التصويت بقوله \"سنواصل الدفاع عن حقوق الجهات المحرومة\".")
        .person("منير الزواري", "Member of Parliament", null, "منير الزواري").direct();
    assertThat(quotes).extracting(Quote::cue, Quote::speakerName)
        .containsExactly(tuple("بقوله", "منير الزواري"));
  }

  @Test
  void theFeminineFormGoesWithAWoman() {
    List<Quote> quotes = Story.of(
            "وختمت الوزيرة سلوى القاسمي مداخلتها أمام النواب بقولها: \"الميزانية لا تسمح بانتدابات جديدة هذا العام\".")
        .person("سلوى القاسمي", "Minister", null, "سلوى القاسمي").direct();
    assertThat(quotes).extracting(Quote::cue, Quote::speakerName)
        .containsExactly(tuple("بقولها", "سلوى القاسمي"));
  }
}
