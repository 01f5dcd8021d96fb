package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;
import org.marsad.doc.Timex;

/**
 * Verbal and diplomatic events whose other party is named away from the event word: a grant's
 * recipient by the place it pays for, a call's partner after an adjective of the dual, a country by an
 * adjective that is also a common word. Invented sentences.
 */
class RecipientsAndAmbiguousAdjectivesTest {

  static final EventCoderTest.E CHILE = TalksAndRequestsTest.CHILE;
  static final EventCoderTest.E PERU = TalksAndRequestsTest.PERU;
  /** Mali has no adjective of its own among its names: "المالية" is also "financial". */
  static final EventCoderTest.E MALI = country("Mali", "MLI", "مالي", "باماكو");

  @Test
  void aGrantGoesToTheCountryOfWhatItPaysFor() {
    // the place after "في" is no country; the country is named further on in the clause
    assertThat(code("وأعلنت تشيلي تقديم منحة بقيمة عشرة ملايين دولار لتجهيز ثلاثة مستشفيات في مدينة صغيرة "
        + "والمناطق الجبلية من بيرو.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "AID", "PER"));
    assertThat(code("وأكدت تشيلي أنها ستواصل تقديم كل أشكال الدعم الفني لتحديث شبكات الكهرباء في بيرو.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "AID", "PER"));
    // a verb of helping is left as it was: its object is as often misread as its subject
    assertThat(code("وقالت تشيلي إن شركات تساعد في نقل النفط إلى بيرو.", CHILE, PERU))
        .extracting(Event::type).doesNotContain("AID");
  }

  @Test
  void thePartnerFollowsTheAdjectivesOfADualOrAFemininePlural() {
    assertThat(code("وأجرى الوزير التشيلي اتصالين هاتفيين بنظيره البيروفي.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "CONSULT", "PER"));
    assertThat(code("وأجرى الوزير التشيلي مباحثات مطولة مع نظيره البيروفي.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "CONSULT", "PER"));
  }

  @Test
  void aTimeMayStandBetweenTheActAndItsPartner() {
    String text = "وأجرى وزير الخارجية التشيلي اتصالا هاتفيا مساء أمس بنظيره البيروفي.";
    int at = text.indexOf("مساء أمس");
    assertThat(code(text, List.of(new Timex(at, at + "مساء أمس".length(), "مساء أمس", "2024-03-10", "DATE", null)),
        List.of(), CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "CONSULT", "PER"));
  }

  @Test
  void anAmbiguousAdjectiveAfterAStateBodyNamesTheCountryTheArticleNames() {
    assertThat(code("زار وفد تشيلي باماكو الأسبوع الماضي. وطالبت تشيلي السلطات المالية بالإفراج عن الرهائن.", CHILE, MALI))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "REQUEST", "MLI"));
    // after another noun it is "financial", and without the country named it is read as no party
    assertThat(code("وطالبت تشيلي الأسواق المالية بالهدوء. ودعت تشيلي السلطات المالية إلى الشفافية.", CHILE))
        .extracting(Event::type).doesNotContain("REQUEST");
  }

  @Test
  void aRefusalOfTheAccusationsAnswersADisputeToldParagraphsBefore() {
    String summons = "استدعت وزارة الخارجية التشيلية السفير البيروفي في سانتياغو، وسلمته مذكرة احتجاج رسمية على انفجار لغم قرب الحدود. ";
    String between = "وأوضح البيان أن فرق الهندسة فحصت الموقع طوال ساعات النهار وجمعت بقايا اللغم لتحليلها في المختبرات المختصة. "
        + "وأضاف أن نتائج الفحص الأولي أظهرت أن اللغم من طراز قديم لم يعد يستعمل منذ سنوات طويلة في المنطقة. "
        + "وأشار إلى أن الدوريات ستتواصل على طول الشريط الحدودي خلال الأيام المقبلة لطمأنة السكان والمزارعين. "
        + "وذكر أن الطريق الرئيسي بين البلدات الحدودية أعيد فتحه أمام حركة السير بعد ظهر اليوم نفسه. "
        + "ولفت إلى أن السكان طالبوا منذ سنوات بتعبيد الطرق الزراعية وإنارة القرى النائية في الجبال. "
        + "وختم بأن المدارس القريبة من الموقع ستفتح أبوابها كالمعتاد صباح الغد. ";
    String refusal = "من جانبه، رفض رئيس الوزراء البيروفي الاتهامات.";
    assertThat((summons + between).length()).isGreaterThan(600); // further back than an act a refusal of a named act answers
    assertThat(code(summons + between + refusal, CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("PER", "REJECT", "CHL"));
  }
}
