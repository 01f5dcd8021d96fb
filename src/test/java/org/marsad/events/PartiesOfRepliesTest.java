package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Whose a verbal or diplomatic act is where the words give the actor's country other than by his name
 * (fourteenth round, second part): a gentilic after a construct and its genitive, over the dateline's
 * country. Invented sentences.
 */
class PartiesOfRepliesTest {

  static final EventCoderTest.E LIBYA = country("Libya", "LBY", "ليبيا", "الليبية", "الليبي");
  static final EventCoderTest.E TUNISIA = country("Tunisia", "TUN", "تونس", "التونسيون", "التونسيين", "التونسية");
  static final EventCoderTest.E EGYPT = country("Egypt", "EGY", "مصر", "المصريين", "المصرية");
  static final EventCoderTest.E TRIPOLI = city("Tripoli", "LBY", "طرابلس");

  @Test
  void aGentilicAfterAGenitiveOfThingsIsThePeoplesOverTheDateline() {
    String text = "طرابلس - (وكالات): بدأ سائقو الحافلات التونسيون إضرابا مفتوحا عن العمل عند المعبر، احتجاجا على تأخر رواتبهم.";
    assertThat(code(text, LIBYA, TUNISIA, TRIPOLI))
        .extracting(Event::type, e -> e.actor().code())
        .contains(tuple("PROTEST", "TUN"))
        .doesNotContain(tuple("PROTEST", "LBY"));
    String genitive = "طرابلس - (وكالات): نظم عشرات من سائقي الشاحنات المصريين وقفة احتجاجية أمام مقر البلدية.";
    assertThat(code(genitive, LIBYA, EGYPT, TRIPOLI))
        .extracting(Event::type, e -> e.actor().code())
        .contains(tuple("PROTEST", "EGY"))
        .doesNotContain(tuple("PROTEST", "LBY"));
  }

  static final EventCoderTest.E JORDAN = country("Jordan", "JOR", "الأردن", "الأردني", "الأردنية");
  static final EventCoderTest.E EGYPT_TOO = country("Egypt", "EGY", "مصر", "المصري", "المصرية");

  @Test
  void condolencesOfferedToAnotherStateAreSupport() {
    assertThat(code("وقدم العاهل الأردني تعازيه إلى الرئيس المصري في ضحايا الحادث.", JORDAN, EGYPT_TOO))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("JOR", "SUPPORT", "EGY"));
    assertThat(code("أعرب المتحدث باسم الحكومة الأردنية عن تعازي الأردن الصادقة للشعب المصري.", JORDAN, EGYPT_TOO))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("JOR", "SUPPORT", "EGY"));
    // a state's condolences to its own soldiers' families are no act between parties
    assertThat(code("وقدم وزير الدفاع المصري تعازيه إلى عائلات الجنود.", EGYPT_TOO))
        .extracting(Event::type)
        .doesNotContain("SUPPORT");
  }

  @Test
  void aPersonUnknownKeepsTheCountryOfTheOfficeInApposition() {
    EventCoderTest.E spokesman = EventCoderTest.stranger("سامر الحديدي");
    EventCoderTest.E israel = country("Israel", "ISR", "إسرائيل", "الإسرائيلية");
    String text = "دانت وزارة الخارجية الأردنية الاعتداء على القافلة، وحمّل الناطق الرسمي باسم الوزارة، السفير سامر الحديدي،"
        + " الحكومة الإسرائيلية المسؤولية الكاملة عن الاعتداء. وطالب الحديدي إسرائيل بمحاسبة المعتدين.";
    assertThat(code(text, JORDAN, israel, spokesman))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("JOR", "REQUEST", "ISR"));
    // with no office before him, he stays of no country
    String bare = "وقال سامر الحديدي إن الاعتداء خطير. وطالب الحديدي إسرائيل بمحاسبة المعتدين.";
    assertThat(code(bare, israel, spokesman))
        .extracting(e -> e.actor() == null ? null : e.actor().code(), Event::type)
        .doesNotContain(tuple("JOR", "REQUEST"));
  }

  static final EventCoderTest.E CHAD = country("Chad", "TCD", "تشاد", "التشادية");
  static final EventCoderTest.E NIGER = country("Niger", "NER", "النيجر", "النيجرية");
  static final EventCoderTest.E NIAMEY = city("Niamey", "NER", "نيامي");

  @Test
  void aPartyAfterButIsTheSubjectOfItsClause() {
    // "لكنّ", a sister of إنّ: the party right after it is the subject of the verb that follows
    String text = "اتهمت تشاد النيجر بدعم المتمردين على حدودها. لكن نيامي رفضت هذه الاتهامات.";
    assertThat(code(text, CHAD, NIGER, NIAMEY))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("NER", "REJECT", "TCD"));
    assertThat(code("اتهمت تشاد النيجر بدعم المتمردين. ولكن الحكومة النيجرية نفت الاتهامات التشادية.", CHAD, NIGER))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("NER", "REJECT", "TCD"));
  }
}
