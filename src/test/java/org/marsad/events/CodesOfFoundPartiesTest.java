package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.nisbas;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.BAGHDAD;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * The country and sector of a party an attack or a protest has found, as the words that name it
 * tell them: protesters named with their gentilic, an officer of the police. Invented sentences;
 * "code/sector" as in {@link MaterialEventsTest}.
 */
class CodesOfFoundPartiesTest {

  private static final EventCoderTest.E KURDS = nisbas("Kurdistan", "IRQ", "أكراد", "كرديات");
  private static final EventCoderTest.E JORDAN = nisbas("Jordan", "JOR", "الأردنيين", "الأردنيون", "الأردن");

  @Test
  void protestersNamedWithTheirGentilicAreACrowdOfThatPeople() {
    assertThat(of("PROTEST", code("وتظاهر محتجون أكراد في شوارع المدينة أمس رفضا لقرار الحكومة.", KURDS)))
        .extracting(ACTOR).first().asString().isEqualTo("IRQ/CVL");
    assertThat(of("PROTEST", code("واعتصم عشرات المعتصمين الأردنيين أمام مبنى البلدية أمس.", JORDAN)))
        .extracting(ACTOR).first().asString().isEqualTo("JOR/CVL");
  }

  @Test
  void aPeopleCountedAloneStaysThePeople() {
    assertThat(of("PROTEST", code("وتظاهر مئات الأردنيين أمام مبنى البلدية أمس.", JORDAN)))
        .extracting(ACTOR).first().asString().isEqualTo("JOR");
  }

  @Test
  void anOfficerOfThePoliceIsOfThePolice() {
    assertThat(code("وخطف مسلحون ضابط شرطة أثناء عودته إلى منزله في بغداد.", BAGHDAD))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-/UAF", "IRQ/COP"));
    assertThat(code("واغتال مسلحون ضابطا في الشرطة قرب سوق الخضار في بغداد.", BAGHDAD))
        .extracting(Event::type, TARGET).containsExactly(tuple("ASSAULT", "IRQ/COP"));
  }

  private static final EventCoderTest.E KIRKUK = city("Kirkuk", "IRQ", "كركوك");
  private static final EventCoderTest.E SOUTH_AFRICA = country("South Africa", "ZAF", "جنوب أفريقيا");

  @Test
  void aPlaceAfterAnAdverbOfPlaceWithoutFiIsWhereTheActFell() {
    assertThat(code("وقتل أربعة جنود بانفجار عبوة ناسفة وسط مدينة كركوك أمس.", KIRKUK))
        .extracting(Event::type, TARGET, Event::place).containsExactly(tuple("ASSAULT", "IRQ/MIL", "Kirkuk"));
    assertThat(code("وقتل أربعة جنود بانفجار عبوة ناسفة قرب كركوك أمس.", KIRKUK))
        .extracting(Event::place).containsExactly("Kirkuk");
  }

  @Test
  void aPlaceAwayOrWhenceIsNotWhereTheActFell() {
    assertThat(code("وقتل أربعة جنود بانفجار عبوة ناسفة على بعد 40 كلم شمال كركوك أمس.", KIRKUK))
        .extracting(Event::place).containsExactly((String) null);
    assertThat(code("وقتل أربعة جنود بانفجار عبوة ناسفة زرعها مهربون قادمون من جنوب كركوك أمس.", KIRKUK))
        .extracting(Event::place).containsExactly((String) null);
    assertThat(code("وقتل أربعة جنود من جنوب أفريقيا بانفجار عبوة ناسفة أمس.", SOUTH_AFRICA))
        .extracting(Event::place).containsExactly((String) null);
    assertThat(code("وقصفت حكومة شمال كركوك مواقع المسلحين أمس.", KIRKUK))
        .extracting(Event::place).containsExactly((String) null);
  }
}
