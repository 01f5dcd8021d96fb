package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.nisbas;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;
import org.marsad.doc.Timex;

/**
 * The acts beyond attacks and protests (issue 12): arrests, bans, expulsions, sanctions, threats,
 * mobilisations and seizures, and the clause reading they need. Invented sentences.
 */
class ActsBeyondAttacksTest {

  private static final EventCoderTest.E EGYPT = country("Egypt", "EGY", "المصرية", "مصر");
  private static final EventCoderTest.E PALESTINIANS = nisbas("Palestine", "PSE", "فلسطينيا", "فلسطينيين");
  private static final EventCoderTest.E ISRAEL = country("Israel", "ISR", "الإسرائيلي", "الإسرائيلية");

  /** The events of {@code text} with the time {@code when} marked, as the time layer marks it. */
  private static java.util.List<Event> withTime(String text, String when, EventCoderTest.E... es) {
    int at = text.indexOf(when);
    return code(text, java.util.List.of(new Timex(at, at + when.length(), when, "2024-03-10", "DATE", null)),
        java.util.List.of(), es);
  }

  @Test
  void theObjectAfterATimeSetOffByCommasIsStillTheObject() {
    assertThat(of("COERCE", withTime("اعتقلت الشرطة المصرية، مساء أمس، خمسة ناشطين في القاهرة.", "مساء أمس", EGYPT)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("EGY/COP", "-/OPP"));
    assertThat(of("COERCE", withTime("اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم الأربعاء، 12 فلسطينيا في مدن الضفة.",
        "فجر اليوم الأربعاء", ISRAEL, PALESTINIANS)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("ISR/MIL", "PSE"));
  }
}
