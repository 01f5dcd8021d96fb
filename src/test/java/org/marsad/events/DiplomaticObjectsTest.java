package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.org;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Whom a verbal or diplomatic act is addressed to, where its words do not name it in the usual
 * place (thirteenth round): an object pronoun on the verb, an envoy summoned by a ministry named
 * without its country, and "يهدد" said of a danger rather than of a threat. Invented sentences.
 */
class DiplomaticObjectsTest {

  static final EventCoderTest.E EGYPT = country("Egypt", "EGY", "مصر", "المصرية", "المصري");
  static final EventCoderTest.E JORDAN = country("Jordan", "JOR", "الأردن", "الأردنية", "الأردني");
  static final EventCoderTest.E SUDAN = country("Sudan", "SDN", "السودان", "السودانية", "السوداني");
  static final EventCoderTest.E CAIRO = city("Cairo", "EGY", "القاهرة");

  @Test
  void anObjectPronounOnTheVerbIsTheOneTheClauseBeforeActsOn() {
    assertThat(code("قطعت مصر علاقاتها مع الأردن الشهر الماضي وطالبتها بالاعتذار.", EGYPT, JORDAN))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("EGY", "REQUEST", "JOR"));
    assertThat(code("وانتقد الوزير المصري موقف السودان واتهمه بعرقلة المفاوضات.", EGYPT, SUDAN))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("EGY", "ACCUSE", "SDN"));
    // the masdar's ة before a possessive is no verb with its object: "إدانتها" is her condemnation
    assertThat(code("عبرت مصر عن إدانتها للتفجير، مؤكدة وقوفها إلى جانب الحكومة الأردنية.", EGYPT, JORDAN))
        .extracting(e -> e.actor().code(), Event::type)
        .doesNotContain(tuple("JOR", "ACCUSE"));
  }

  @Test
  void anEnvoySummonedByAMinistryNamedAloneIsOfHisCountry() {
    String text = "استدعت وزارة الخارجية، اليوم الأحد، السفير السوداني لدى القاهرة، وسلمته مذكرة احتجاج."
        + " وقالت الوزارة إن مصر لن تقبل المساس بأمنها. وأكدت مصر أن القاهرة لن تتراجع.";
    assertThat(code(text, EGYPT, SUDAN, CAIRO))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("EGY", "PROTEST", "SDN"))
        .doesNotContain(tuple("SDN", "PROTEST", "EGY"));
    // the ministry and the envoy right after it are two parties, not one phrase
    String plain = "استدعت وزارة الخارجية السفير الأردني لدى القاهرة. وقالت مصر إن القاهرة ترفض ذلك. وأكدت مصر موقفها.";
    assertThat(code(plain, EGYPT, JORDAN, CAIRO))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("EGY", "PROTEST", "JOR"))
        .doesNotContain(tuple("JOR", "PROTEST", "EGY"));
  }

  @Test
  void endangeringAGoodIsNoThreat() {
    assertThat(code("وقال الوزير المصري إن جماعات في السودان تهدد أمن مصر واستقرارها.", EGYPT, SUDAN))
        .extracting(Event::type).doesNotContain("THREATEN");
    assertThat(code("وهددت مصر السودان بفرض عقوبات.", EGYPT, SUDAN))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("EGY", "THREATEN", "SDN"));
  }

  @Test
  void aMinistryInAPlaceIsOfThatPlacesCountry() {
    String text = "وكانت السلطات المصرية قد اتهمت السودان بدعم المهربين."
        + " غير أن وزارة الخارجية في السودان نفت الاتهامات في بيان مساء اليوم.";
    assertThat(code(text, EGYPT, SUDAN))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("SDN", "REJECT", "EGY"));
    assertThat(code("واستدعت وزارة الخارجية في القاهرة القائم بالأعمال السوداني، وأبلغته احتجاجا شديدا.", EGYPT, SUDAN, CAIRO))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("EGY", "PROTEST", "SDN"));
  }

  @Test
  void aStanceConveyedIsAddressedToTheOneTold() {
    assertThat(code("وقال البيان إن وكيل الوزارة أبلغ السفير السوداني رفض الحكومة المصرية القاطع للاعتداءات على حدودها.",
        EGYPT, SUDAN))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("EGY", "REJECT", "SDN"));
    // "أبلغ" before no party conveys to no one
    assertThat(code("وأبلغ الوزير المصري الصحفيين رفض بلاده للقرار.", EGYPT, SUDAN))
        .extracting(e -> e.target() == null ? null : e.target().code()).doesNotContain("SDN");
  }

  @Test
  void aVerbJoinedToTheMainClauseSharesItsSubject() {
    String text = "وكانت مصر قد انتقدت السودان. من جهته، أعلن الجيش السوداني، في بيان نقلته وسائل إعلام محلية، أن قواته"
        + " دمرت مواقع في شمال البلاد، وتوعد بمواصلة العمليات ما لم تلتزم الحكومة المصرية بتعهداتها.";
    assertThat(code(text, EGYPT, SUDAN))
        .extracting(e -> e.actor().code(), Event::type)
        .contains(tuple("SDN", "THREATEN"))
        .doesNotContain(tuple("EGY", "THREATEN"));
  }

  @Test
  void aDemandMadeOfABodyOfNoCountryIsNoneOfTheCountryNamedInIt() {
    EventCoderTest.E council = org("United Nations Security Council", null, "مجلس الأمن الدولي");
    EventCoderTest.E sudan = country("Sudan", "SDN", "السودان", "السودانيين");
    assertThat(code("وطالب وزير الخارجية المصري مجلس الأمن الدولي بفرض عقوبات على القادة السودانيين.", EGYPT, sudan, council))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target() == null ? null : e.target().code())
        .doesNotContain(tuple("EGY", "REQUEST", "SDN"));
    assertThat(code("وطالب وزير الخارجية المصري السودان بوقف الهجمات.", EGYPT, SUDAN, council))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("EGY", "REQUEST", "SDN"));
  }
}
