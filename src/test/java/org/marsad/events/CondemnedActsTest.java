package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Whom a condemnation of an act accuses (sixteenth round): the doer of the act condemned, never the one
 * it fell on. Invented sentences.
 */
class CondemnedActsTest {

  static final EventCoderTest.E ISRAEL = country("Israel", "ISR", "إسرائيل", "الإسرائيلية", "الإسرائيلي", "إسرائيلية");
  static final EventCoderTest.E LEBANON = country("Lebanon", "LBN", "لبنان", "اللبنانية", "اللبناني", "لبنانية");
  static final EventCoderTest.E TURKEY = country("Turkey", "TUR", "تركيا", "التركية", "التركي");
  static final EventCoderTest.E JORDAN = country("Jordan", "JOR", "الأردن", "الأردنية", "الأردني");
  static final EventCoderTest.E SYRIA = country("Syria", "SYR", "سوريا", "السورية", "السوري");

  @Test
  void aThirdStateCondemningTheAttackAccusesTheDoerOfTheLede() {
    String text = "قتل ثلاثة مدنيين في غارة شنتها طائرة إسرائيلية على بلدة في جنوب لبنان صباح اليوم."
        + " وردت جماعة لبنانية بإطلاق صواريخ على بلدة إسرائيلية حدودية."
        + " وفي أنقرة، أدانت وزارة الخارجية التركية الغارة، وقالت إنها تتابع الوضع بقلق.";
    assertThat(code(text, ISRAEL, LEBANON, TURKEY))
        .filteredOn(e -> e.type().equals("ACCUSE"))
        .extracting(e -> e.actor().code(), e -> e.target().code())
        .containsExactly(tuple("TUR", "ISR")); // not Lebanon, whose reprisal was told last
  }

  static final EventCoderTest.E HAITI = country("Haiti", "HTI", "هايتي", "هايتية", "الهايتية");
  static final EventCoderTest.E CANADA = country("Canada", "CAN", "كندا", "الكندية", "الكندي");

  @Test
  void theOperationOfAnActCondemnedIsTheAct() {
    String text = "خطف مسلحون من عصابة هايتية ثلاثة عمال في بلدة قرب العاصمة الهايتية."
        + " من جهتها، دانت وزيرة الخارجية الكندية عملية الخطف، وطالبت بالإفراج عن المخطوفين.";
    assertThat(code(text, HAITI, CANADA))
        .extracting(e -> e.actor() == null ? null : e.actor().code(), Event::type,
            e -> e.target() == null ? null : e.target().code())
        .contains(tuple("CAN", "ACCUSE", "HTI"));
  }

  @Test
  void whomTheCondemnedActFellOnIsNotAccused() {
    String text = "وأدانت وزارة الخارجية الأردنية الاعتداءات على القرى السورية الحدودية.";
    assertThat(code(text, JORDAN, SYRIA))
        .extracting(e -> e.actor() == null ? null : e.actor().code(), Event::type,
            e -> e.target() == null ? null : e.target().code())
        .doesNotContain(tuple("JOR", "ACCUSE", "SYR"));
    // the doer named by its adjective before the preposition is
    String named = "وأدانت وزارة الخارجية الأردنية الاعتداءات الإسرائيلية على القرى السورية.";
    assertThat(code(named, JORDAN, SYRIA, ISRAEL))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("JOR", "ACCUSE", "ISR"))
        .doesNotContain(tuple("JOR", "ACCUSE", "SYR"));
  }
}
