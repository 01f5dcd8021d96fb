package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * Verbs that take their object before the preposition of what was said: شكر "thanked X for"
 * and اتهم "accused X of"; the quoted words after the preposition are the subject's.
 */
class ObjectsOfThanksAndChargesTest {

  @Test
  void theOneWhoThanksSaysTheQuotedReasonAndGoesOnSpeaking() {
    List<Quote> quotes = Story.of(
            "وقال رئيس الوزراء كمال الحداد إن \"الاتفاق يفتح صفحة جديدة بين البلدين\".",
            "من جهته، شكر الرئيس سليم العطار الوفد الزائر على \"مساندته الصادقة لشعبنا في أصعب الظروف\"، ودعاه إلى "
                + "زيارة ثانية. وأضاف: \"الطريق ما زال طويلا أمامنا\".")
        .person("كمال الحداد", "Prime Minister", null, "كمال الحداد")
        .person("سليم العطار", "President", null, "سليم العطار").direct();
    assertThat(quotes).extracting(Quote::cue, Quote::speakerName)
        .containsExactly(tuple("قال", "كمال الحداد"), tuple("شكر", "سليم العطار"), tuple("أضاف", "سليم العطار"));
  }

  @Test
  void aGovernmentNamedByItsCountryAfterTheVerbIsTheAccusedNotTheAccuser() {
    List<Quote> quotes = Story.of(
            "وقال وزير الداخلية سامر الخطيب في مؤتمر صحفي: \"لن نقبل بأي تهديد لحدودنا\". واتهم الحكومة "
                + "السودانية بـ\"إيواء المهربين على طول الشريط الحدودي\".")
        .person("سامر الخطيب", "Interior Minister", null, "سامر الخطيب")
        .countryAdjective("Sudan", "SDN", "السودانية").direct();
    assertThat(quotes).extracting(Quote::cue, Quote::speakerName)
        .containsExactly(tuple("قال", "سامر الخطيب"), tuple("اتهم", "سامر الخطيب"));
  }

  @Test
  void aGovernmentBeforeItsObjectStillAccuses() {
    List<Quote> quotes = Story.of(
            "واتهمت الحكومة السودانية جارتها بـ\"دعم المتمردين بالسلاح والمال\".")
        .countryAdjective("Sudan", "SDN", "السودانية").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Sudan");
  }
}
