package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.doc.Quote;

/**
 * Quotation marks with a blank inside them, as some outlets set them ("« نص »"، "\" نص \""), and
 * straight marks whose role only their neighbours tell. Invented sentences.
 */
class BlankInsideMarksTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "وقال الوزير « سنفتح المعبر أمام القوافل غدا » خلال المؤتمر.",
      "وقال الوزير: « سنفتح المعبر أمام القوافل غدا ».",
      "وقال الوزير \" سنفتح المعبر أمام القوافل غدا \" خلال المؤتمر.",
      "وقال الوزير \" سنفتح المعبر أمام القوافل غدا\".",
      "وقال الوزير :\" سنفتح المعبر أمام القوافل غدا\".",
      "وقال الوزير “ سنفتح المعبر أمام القوافل غدا ”.",
      "وقال الوزير ‹ سنفتح المعبر أمام القوافل غدا ›.",
      "وقال الوزير ‹سنفتح المعبر أمام القوافل غدا›.",
  })
  void wordsBetweenMarksWithBlanksInsideAreQuoted(String sentence) {
    Quote q = Story.of(sentence).direct().get(0);
    assertThat(q.text()).isEqualTo("سنفتح المعبر أمام القوافل غدا");
    assertThat(q.cue()).isEqualTo("قال");
  }

  @Test
  void mirroredCurlyMarksCloseBeforeTheNextSentencesQuotation() {
    List<Quote> quotes = Story.of(
            "وقال الوزير: ”المعبر سيبقى مفتوحا أمام الشاحنات“. ودعا الحكومة المجاورة إلى \"سحب قواتها من الحدود فورا\".")
        .direct();
    assertThat(quotes).extracting(Quote::text, Quote::cue).containsExactly(
        tuple("المعبر سيبقى مفتوحا أمام الشاحنات", "قال"),
        tuple("سحب قواتها من الحدود فورا", "دعا"));
  }

  @Test
  void aRightCurlyMarkStillClosesItself() {
    Quote q = Story.of("وقال الوزير: ”المعبر سيبقى مفتوحا أمام الشاحنات” خلال زيارته.").direct().get(0);
    assertThat(q.text()).isEqualTo("المعبر سيبقى مفتوحا أمام الشاحنات");
  }

  @Test
  void aStraightMarkStandingAloneClosesTheOneOpenBeforeItOpens() {
    List<Quote> quotes = Story.of("وأضاف \" لن نتراجع عن مطالبنا مهما طال الإضراب \" ثم قال \" سنعود إلى الطاولة غدا \".")
        .direct();
    assertThat(quotes).extracting(Quote::text)
        .containsExactly("لن نتراجع عن مطالبنا مهما طال الإضراب", "سنعود إلى الطاولة غدا");
  }

  @Test
  void aMarkWrittenAgainstTheWordBeforeOpensWhatAMarkStandingAloneCloses() {
    List<Quote> quotes = Story.of("وعبرت النقابة عن\" رفضها القاطع لكل أشكال التضييق على العمال \" داعية إلى الحوار.")
        .direct();
    assertThat(quotes).extracting(Quote::text, Quote::cue)
        .containsExactly(tuple("رفضها القاطع لكل أشكال التضييق على العمال", "عبرت"));
  }

  @Test
  void aQuotedTermBeforeAMarkStandingAloneStaysATerm() {
    List<Quote> quotes = Story.of(
            "واعتبر النائب أن\"التوافق \" انتهى وقد \"أضر بالبلاد وأضر بالأحزاب كلها\".")
        .direct();
    assertThat(quotes).extracting(Quote::text).containsExactly("أضر بالبلاد وأضر بالأحزاب كلها");
  }

  @Test
  void aGuillemetWithABlankInsideDoesNotMakeATitleSpeech() {
    List<Quote> quotes = Story.of("وشارك الوزير في ندوة « الأمن الغذائي » بالعاصمة.").direct();
    assertThat(quotes).isEmpty();
  }

  @Test
  void aReplyOpenedByADashAfterAColonIsReportedWithoutTheDash() {
    List<Quote> quotes = Story.of("وتابع الوزير: — لن نتراجع عن مواقفنا مهما كانت الضغوط.").quotes();
    assertThat(quotes).extracting(Quote::text, Quote::direct)
        .containsExactly(tuple("لن نتراجع عن مواقفنا مهما كانت الضغوط", false));
  }
}
