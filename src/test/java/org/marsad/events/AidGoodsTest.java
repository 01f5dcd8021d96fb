package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Aid named by what is given: a sum granted ("منح X Y مليون يورو"), supplies sent ("أرسل إمدادات"), an
 * airlift run ("سير جسرا جويا"). Invented sentences.
 */
class AidGoodsTest {

  @Test
  void aSumGrantedIsAid() {
    assertThat(code("وأعلن الوزير أن تشيلي ستمنح بيرو 25 مليون دولار لبرامج تشغيل الشباب.", JointPartiesTest.CHILE,
        ExpelledEnvoysTest.PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "AID", "PER"));
  }

  @Test
  void suppliesSentAndAnAirliftRunAreAid() {
    assertThat(code("وأرسلت تشيلي إمدادات طبية عاجلة إلى بيرو.", JointPartiesTest.CHILE, ExpelledEnvoysTest.PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "AID", "PER"));
    assertThat(code("وسيرت تشيلي جسرا جويا إلى بيرو لنقل الخيام والأغطية.", JointPartiesTest.CHILE,
        ExpelledEnvoysTest.PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "AID", "PER"));
  }

  @Test
  void aPrizeOrANationalityGrantedIsNoAid() {
    assertThat(code("ومنحت تشيلي الكاتب جنسيتها تكريما لأعماله.", JointPartiesTest.CHILE, ExpelledEnvoysTest.PERU))
        .extracting(Event::type).doesNotContain("AID");
  }
}
