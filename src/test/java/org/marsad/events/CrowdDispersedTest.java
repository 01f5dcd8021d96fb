package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;

/**
 * Force used to break up a crowd ("لتفريق المتظاهرين") is used on that crowd: it is the attack's
 * target where no other is named. Invented sentences.
 */
class CrowdDispersedTest {

  static final EventCoderTest.E JORDAN = country("Jordan", "JOR", "الأردن", "الأردنية", "الأردني");
  static final EventCoderTest.E ZARQA = city("Zarqa", "JOR", "الزرقاء");

  @Test
  void theCrowdBrokenUpIsWhomTheForceWasUsedOn() {
    assertThat(of("ASSAULT", code("وأطلقت الشرطة الرصاص المطاطي في الزرقاء لتفريق المحتجين، ما أدى إلى إصابة عشرة منهم.",
        JORDAN, ZARQA))).extracting(ACTOR, TARGET).containsExactly(tuple("JOR/COP", "JOR/CVL"));
  }
}
