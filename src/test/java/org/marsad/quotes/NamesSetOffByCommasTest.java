package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * An office, then its holder's name set off by commas: the words between the commas are the name,
 * as the text writes them, though the entity layer found none of it or only a part. Sentences
 * written for the test; the names are invented.
 */
class NamesSetOffByCommasTest {

  @Test
  void aNameNoEntityStandsForAfterARankAndItsStaffQualifierSpeaks() {
    List<Quote> quotes = Story.of(
            "وقال محافظ الإقليم المكلف، اللواء الركن الطاهر عوض الأمين، إن القصف \"لن يكسر إرادة السكان\".")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("الطاهر عوض الأمين");
  }

  @Test
  void aGivenNameTheModelLeftOutBetweenTheCommasIsReadBackIn() {
    List<Quote> quotes = Story.of(
            "وقالت رئيسة بلدية البلدة، وداد ناصر حمدان، لإذاعة محلية إن \"الخدمات توقفت منذ أسبوع كامل\".")
        .modelPerson("ناصر حمدان", null, "ناصر حمدان").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("وداد ناصر حمدان");
    assertThat(quotes).extracting(Quote::speaker).containsExactly("p:ناصر حمدان");
  }

  @Test
  void wordsOfTimeBetweenTheCommasAreNoName() {
    List<Quote> quotes = Story.of(
            "وقال رئيس بلدية البلدة، مساء الأحد، إن \"الخدمات توقفت منذ أسبوع كامل\".")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).doesNotContain("مساء الأحد");
  }

  @Test
  void aPhraseWithAPrepositionBetweenTheCommasIsNoName() {
    List<Quote> quotes = Story.of(
            "وقال رئيس بلدية البلدة، عقب اجتماع المجلس، إن \"الخدمات توقفت منذ أسبوع كامل\".")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).doesNotContain("عقب اجتماع المجلس");
  }

  @Test
  void theOfficesPlaceAndItsQualifierMayStandBeforeTheComma() {
    List<Quote> quotes = Story.of(
            "وقال والي كسلا المكلف، اللواء الركن الطاهر عوض الأمين، إن القصف \"لن يكسر إرادة السكان\".")
        .country("Sudan", "SDN", "كسلا").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("الطاهر عوض الأمين");
  }

  @Test
  void theCompleteOfficeAloneLaterNamesTheHolderNamedInTheTextsWordsOnly() {
    List<Quote> quotes = Story.of(
            "وأوضح محافظ الإقليم الشرقي، الفريق نصر الدين عوض الأمين، في تصريح للإذاعة، أن الدفاعات تصدت للمسيرات.",
            "وقال المحافظ: \"هذا استهداف ممنهج للمدنيين في الأسواق\".")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("نصر الدين عوض الأمين");
  }

  @Test
  void aPersonNamedBetweenCommasAfterTheBodyAndItsRegionSpeaksNotTheBody() {
    List<Quote> quotes = Story.of(
            "وقال المتحدث باسم قيادة حرس الحدود في القطاع الجنوبي، العقيد سالم بوراوي، إن الدورية \"أوقفت قاربين "
                + "محملين بالوقود المهرب\".")
        .organisation("Border Guard Command", null, "قيادة حرس الحدود")
        .person("سالم بوراوي", null, null, "سالم بوراوي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("سالم بوراوي");
  }

  @Test
  void aNameTheModelSplitInTwoBetweenTheCommasIsReadWhole() {
    List<Quote> quotes = Story.of(
            "وقال قائد الفرقة الرابعة في الجيش، العميد يوسف آدم برخدله، إن قواته \"استعادت السيطرة على الطريق\".")
        .modelPerson("يوسف آدم", null, "يوسف آدم").modelPerson("برخدله", null, "برخدله").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("يوسف آدم برخدله");
  }

  @Test
  void aNameTheModelCutShortBeforeAWordOfFaithIsReadWhole() {
    List<Quote> quotes = Story.of(
            "وقال وزير الخارجية الماليزي، نور سيف الدين، إن بلاده \"لن تقبل أي تسوية على حساب اللاجئين\".")
        .modelPerson("نور سيف", null, "نور سيف").misc("الدين", "الدين").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("نور سيف الدين");
  }

  @Test
  void theHolderNamedBetweenCommasAfterALongDomainSpeaksBeforeTheObject() {
    List<Quote> quotes = Story.of(
            "واتهم وزير النقل والمواصلات والاتصالات في حكومة الإنقاذ الوطني، الدكتور صالح المقطري، الشركة الأجنبية بـ\"التلاعب "
                + "بعقود الصيانة\".")
        .modelPerson("صالح المقطري", null, "صالح المقطري").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("صالح المقطري");
  }
}
