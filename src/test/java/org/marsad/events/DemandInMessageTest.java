package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * A demand made in a message, letter or statement ("رسالة ... تطالب فيها X Y بـ"): the party named
 * after "فيها" asks, the one after it, or else the one the message is addressed to, is asked; the
 * one who carries the message is no party to the demand. Invented sentences.
 */
class DemandInMessageTest {

  static final EventCoderTest.E ALGERIA = country("Algeria", "DZA", "الجزائري");
  static final EventCoderTest.E FRANCE = country("France", "FRA", "الفرنسية", "باريس");
  static final EventCoderTest.E MALI = country("Mali", "MLI", "المالية", "باماكو");
  static final EventCoderTest.E KUWAIT = country("Kuwait", "KWT", "الكويتي");
  static final EventCoderTest.E SYRIA = country("Syria", "SYR", "السورية");
  static final EventCoderTest.E TURKEY = country("Turkey", "TUR", "التركية", "أنقرة");

  @Test
  void theOneNamedAfterFihaAsksTheOneAfterItIsAsked() {
    assertThat(code("نقل المبعوث الجزائري إلى السلطات المالية رسالة من الحكومة الفرنسية، تطالب فيها باريس باماكو بالإفراج عن الرهائن.",
        ALGERIA, FRANCE, MALI))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("FRA", "REQUEST", "MLI"));
  }

  @Test
  void withNoOneAskedNamedTheMessageIsToWhomItIsAddressed() {
    assertThat(code("نقل وزير الخارجية الكويتي إلى القيادة السورية رسالة من الإدارة التركية، تطالب فيها أنقرة بسحب القوات من الحدود.",
        KUWAIT, SYRIA, TURKEY))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("TUR", "REQUEST", "SYR"));
  }
}
