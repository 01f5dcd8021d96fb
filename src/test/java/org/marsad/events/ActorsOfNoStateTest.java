package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.org;
import static org.marsad.events.EventCoderTest.person;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Verbal and diplomatic acts whose actor is named but is no state's, or is a state named only by what it
 * does (fourteenth round): the head of an international body, a ministry that summons another state's envoy,
 * a call received, a stance conveyed in quotation marks. Invented sentences.
 */
class ActorsOfNoStateTest {

  static final EventCoderTest.E EGYPT = country("Egypt", "EGY", "مصر", "المصرية", "المصري");
  static final EventCoderTest.E JORDAN = country("Jordan", "JOR", "الأردن", "الأردنية", "الأردني");
  static final EventCoderTest.E SUDAN = country("Sudan", "SDN", "السودان", "السودانية", "السوداني");
  static final EventCoderTest.E CHAD = country("Chad", "TCD", "تشاد", "التشادية", "التشادي");
  static final EventCoderTest.E UN = org("UN", null, "الأمم المتحدة");
  static final EventCoderTest.E AU = org("AU", null, "الاتحاد الأفريقي");
  // a person in the office of a body: the entity layer ties him to no country (InternationalOfficesTest)
  static final EventCoderTest.E ENVOY = person("Envoy", null, "كريم بن سالم");

  @Test
  void theHeadOfABodyNamedAsSubjectBorrowsNoCountryFromTheSentenceBefore() {
    String text = "أعلنت الحكومة المصرية خطة جديدة للحدود."
        + " ودعا الأمين العام للأمم المتحدة كريم بن سالم الأردن إلى ضبط النفس.";
    assertThat(code(text, EGYPT, JORDAN, UN, ENVOY))
        .extracting(e -> e.actor() == null ? null : e.actor().code(), Event::type)
        .doesNotContain(tuple("EGY", "REQUEST"));
    // a call for restraint with concern "between the two" accuses neither, and is not the Sudanese speaker's
    String restraint = "وقال وزير الخارجية السوداني إن بلاده لن تقبل التدخل."
        + " في غضون ذلك، دعا رئيس مفوضية الاتحاد الأفريقي كريم بن سالم السودان وتشاد إلى الحوار،"
        + " معربا عن قلقه البالغ من تصاعد التوتر بين البلدين.";
    assertThat(code(restraint, SUDAN, CHAD, AU, ENVOY))
        .extracting(Event::type)
        .doesNotContain("ACCUSE", "REQUEST");
    // a verb whose subject is not named still goes on with the one who spoke before
    String goesOn = "وقال وزير الخارجية المصري إن الوضع على الحدود خطير. ودعا الأردن إلى ضبط النفس.";
    assertThat(code(goesOn, EGYPT, JORDAN))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("EGY", "REQUEST", "JOR"));
  }

  @Test
  void aMinistryThatSummonsAnEnvoyIsNotOfTheEnvoysCountry() {
    // told from Khartoum, named mostly by Sudan: the ministry named alone is still Egypt's, the article's other country
    String text = "الخرطوم - قررت الحكومة السودانية وقف تصدير الماشية إلى مصر، وقال وزير التجارة السوداني إن القرار نهائي."
        + " واستدعت وزارة الخارجية، اليوم الأربعاء، القائم بالأعمال السوداني وسلمته مذكرة احتجاج على تصريحات مسؤولين في الخرطوم.";
    assertThat(code(text, EGYPT, SUDAN))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target() == null ? null : e.target().code())
        .contains(tuple("EGY", "PROTEST", "SDN"))
        .doesNotContain(tuple("SDN", "PROTEST", null));
  }

  @Test
  void aCallReceivedPastAnAsideIsTheCallersConsultation() {
    assertThat(code("تلقى الرئيس المصري، مساء أمس، مكالمة هاتفية من الرئيس السوداني بحثا خلالها الأوضاع.", EGYPT, SUDAN))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("SDN", "CONSULT", "EGY"));
    assertThat(code("وتلقى وزير الخارجية الأردني اتصالا هاتفيا من نظيره المصري.", EGYPT, JORDAN))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("EGY", "CONSULT", "JOR"));
  }

  @Test
  void aStanceConveyedInQuotationMarksIsAddressedToTheOneTold() {
    String text = "وأكد مصدر دبلوماسي أن الخارجية أبلغت السفير السوداني \"رفض مصر القاطع للزج باسمها في الأزمة\".";
    assertThat(code(text, EGYPT, SUDAN))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("EGY", "REJECT", "SDN"))
        .doesNotContain(tuple("SDN", "REJECT", "EGY"));
  }

  @Test
  void aMinistryNamedWithNoCountryIsTheArticlesOwn() {
    String text = "عمان - اعتدى مستوطنون إسرائيليون على قافلة مساعدات أردنية قرب الخليل."
        + " وحمّل الناطق الرسمي باسم وزارة الخارجية، السفير أحمد سالم، الحكومة الإسرائيلية \"المسؤولية الكاملة\" عن الاعتداء.";
    EventCoderTest.E israel = country("Israel", "ISR", "إسرائيل", "الإسرائيلية", "الإسرائيليون", "إسرائيليون");
    EventCoderTest.E amman = EventCoderTest.city("Amman", "JOR", "عمان");
    EventCoderTest.E jordan = country("Jordan", "JOR", "الأردن", "الأردنية", "أردنية");
    assertThat(code(text, jordan, israel, amman))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("JOR", "ACCUSE", "ISR"));
    // a ministry of no domain of state, or one placed by "في", is not so read
    String health = "عمان - أعلنت الحكومة الأردنية خطة جديدة. وطالبت وزارة الصحة الحكومة الإسرائيلية بالسماح بدخول الأدوية.";
    assertThat(code(health, jordan, israel, amman))
        .extracting(e -> e.actor().code(), Event::type)
        .doesNotContain(tuple("JOR", "REQUEST"));
  }

  @Test
  void aPartyRightAfterTheCommaThatClosesTheSubjectIsTheObject() {
    String text = "اتهم وزير الخارجية المصري سامي حسن، السودان بتسليح المتمردين، وقال: \"لدينا أدلة\".";
    assertThat(code(text, EGYPT, SUDAN))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("EGY", "ACCUSE", "SDN"));
  }

  @Test
  void valuingAnotherStatesEffortsIsSupport() {
    assertThat(code("من جانبها، ثمنت وزارة الخارجية السودانية الجهود المصرية في التهدئة.", EGYPT, SUDAN))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("SDN", "SUPPORT", "EGY"));
    // "ثمن" is also the noun "price"
    assertThat(code("وقال الوزير المصري إن السودان سيدفع ثمن أخطائه.", EGYPT, SUDAN))
        .extracting(Event::type).doesNotContain("SUPPORT");
  }

  @Test
  void theMinistryNamedAgainIsTheOneNamedBefore() {
    // "الوزارة" after "الخارجية السودانية" is Sudan's ministry, whichever country the article names most
    String text = "القاهرة - قررت الحكومة المصرية وقف الرحلات إلى الخرطوم، وقال وزير النقل المصري إن القرار مؤقت."
        + " في المقابل، رفضت الخارجية السودانية القرار المصري."
        + " وحذر المتحدث باسم الوزارة من أن بلاده \"سترد بالمثل\" على مصر.";
    EventCoderTest.E cairo = EventCoderTest.city("Cairo", "EGY", "القاهرة");
    EventCoderTest.E khartoum = EventCoderTest.city("Khartoum", "SDN", "الخرطوم");
    assertThat(code(text, EGYPT, SUDAN, cairo, khartoum))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("SDN", "THREATEN", "EGY"))
        .doesNotContain(tuple("EGY", "THREATEN", "SDN"));
  }
}
