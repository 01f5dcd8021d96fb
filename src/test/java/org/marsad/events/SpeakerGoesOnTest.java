package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.person;
import static org.marsad.events.EventCoderTest.stranger;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;
import org.marsad.doc.Quote;

/**
 * A verb with no subject of its own after a sentence whose speaker the quotes layer found (eighteenth
 * round): the speaker goes on, though the sentence named him by a surname tied to no country, or by no
 * word at all. Invented sentences.
 */
class SpeakerGoesOnTest {

  static final EventCoderTest.E JORDAN = country("Jordan", "JOR", "الأردن", "الأردني", "الأردنية");
  static final EventCoderTest.E SUDAN = country("Sudan", "SDN", "السودان", "السوداني", "السودانية");
  static final EventCoderTest.E SAFADI = person("person:safadi", "JOR", "أيمن الصفدي");
  static final EventCoderTest.E SURNAME = stranger("الصفدي");

  private static List<Event> said(String text) {
    int q = text.indexOf('"') + 1;
    int end = text.indexOf('"', q);
    Quote quote = new Quote(q, end, text.substring(q, end), "person:safadi", "Ayman Safadi", "قال", true);
    return EventCoderTest.code(text, List.of(), List.of(quote), JORDAN, SUDAN, SAFADI, SURNAME);
  }

  @Test
  void theSpeakerNamedBySurnameGoesOn() {
    assertThat(said("وصل وزير الخارجية الأردني أيمن الصفدي إلى عمان. وقال الصفدي في مؤتمر صحفي: \"الحدود آمنة\"."
        + " وانتقد السودان بسبب التقصير في حمايتها."))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("JOR", "ACCUSE", "SDN"));
  }

  @Test
  void aSpeakerOfNoCountryLeavesTheVerbWithNoActor() {
    String text = "وقال الصفدي في مؤتمر صحفي: \"الحدود آمنة\". وانتقد السودان بسبب التقصير في حمايتها.";
    Quote quote = new Quote(text.indexOf('"') + 1, text.lastIndexOf('"'), "الحدود آمنة", "stranger:الصفدي", "الصفدي",
        "قال", true);
    assertThat(EventCoderTest.code(text, List.of(), List.of(quote), JORDAN, SUDAN, SURNAME))
        .extracting(Event::type).doesNotContain("ACCUSE");
  }

  @Test
  void thatHeOpensTheSpeakersOwnAct() {
    String text = "وأشار الوزير إلى أنه أجرى اتصالا هاتفيا بنظيره السوداني.";
    int q = text.indexOf("أجرى");
    Quote quote = new Quote(q, text.length() - 1, text.substring(q, text.length() - 1), "person:safadi", "Ayman Safadi",
        "أشار إلى", false);
    assertThat(EventCoderTest.code(text, List.of(), List.of(quote), JORDAN, SUDAN, SAFADI, SURNAME))
        .extracting(e -> e.actor() == null ? null : e.actor().code(), Event::type,
            e -> e.target() == null ? null : e.target().code())
        .contains(tuple("JOR", "CONSULT", "SDN"));
  }
}
