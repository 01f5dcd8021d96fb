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
}
