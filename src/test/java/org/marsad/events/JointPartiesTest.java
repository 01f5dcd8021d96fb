package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Verbal and diplomatic events of two or more states named together: "كل من X وY" as the joined
 * subject of the verb before it, each of them acting on the target. Invented sentences.
 */
class JointPartiesTest {

  static final EventCoderTest.E CHILE = country("Chile", "CHL", "تشيلي", "التشيلية", "التشيلي");
  static final EventCoderTest.E URUGUAY = country("Uruguay", "URY", "الأوروغواي", "الأوروغوايانية");
  static final EventCoderTest.E URUGUAY_ADJ = country("Uruguay", "URY", "الأوروغواي", "الأوروغواياني");
  static final EventCoderTest.E PERU = TalksAndRequestsTest.PERU;

  @Test
  void eachOfTwoStatesAfterTheVerbIsItsSubject() {
    assertThat(code("وأعربت كل من تشيلي والأوروغواي عن تضامنهما مع بيرو.", CHILE, URUGUAY, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactlyInAnyOrder(tuple("CHL", "SUPPORT", "PER"), tuple("URY", "SUPPORT", "PER"));
    // "كل" is masculine: a masculine verb before "كل من" has the states as its subject, not its object
    assertThat(code("وأدان كل من تشيلي والأوروغواي الهجوم البيروفي على الحدود.", CHILE, URUGUAY, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactlyInAnyOrder(tuple("CHL", "ACCUSE", "PER"), tuple("URY", "ACCUSE", "PER"));
  }

  @Test
  void aDualVerbAfterAMeetingIsBothSidesActingOnAThirdState() {
    // "وأدانا": the two sides just met condemn a third state together, each of them accusing it
    assertThat(code("استقبل الرئيس التشيلي نظيره الأوروغواياني، وأدانا الهجوم البيروفي على الحدود.",
        CHILE, URUGUAY_ADJ, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "ACCUSE", "PER"), tuple("URY", "ACCUSE", "PER"))
        .doesNotContain(tuple("CHL", "ACCUSE", "URY"), tuple("URY", "ACCUSE", "CHL"));
  }

  @Test
  void aDualVerbTakesNoThirdPartyFromBeforeItNorAsAnAccusative() {
    // the one asked by the second dual verb is the body after it, not the state condemned before it
    assertThat(code("استقبل الرئيس التشيلي نظيره الأوروغواياني، وأدانا الهجوم البيروفي، وطالبا المجتمع الدولي بالتحرك.",
        CHILE, URUGUAY_ADJ, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .doesNotContain(tuple("CHL", "REQUEST", "PER"), tuple("URY", "REQUEST", "PER"));
    // "تضامنا مع": an accusative of purpose, not "they two showed solidarity"
    assertThat(code("استقبل الرئيس التشيلي نظيره الأوروغواياني. وقررت الحكومة قطع العلاقات تضامنا مع بيرو.",
        CHILE, URUGUAY_ADJ, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .doesNotContain(tuple("CHL", "SUPPORT", "PER"), tuple("URY", "SUPPORT", "PER"));
  }

  @Test
  void aSourceAskingNotToBeNamedMakesNoRequest() {
    assertThat(code("وقال دبلوماسي تشيلي، طالبا عدم الكشف عن هويته، إن بيرو تماطل في الرد.", CHILE, PERU))
        .extracting(Event::type)
        .doesNotContain("REQUEST");
  }
}
