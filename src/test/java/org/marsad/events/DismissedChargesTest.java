package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.city;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;
import org.marsad.doc.Quote;

/**
 * Charges dismissed in a speaker's own words with no verb of denying ("اتهامات X باطلة"، "هذه الاتهامات
 * لا أساس لها") (sixteenth round): the speaker's country rejects the accuser named after the noun, or
 * else the last to accuse it. Invented sentences.
 */
class DismissedChargesTest {

  static final EventCoderTest.E ARMENIA = country("Armenia", "ARM", "أرمينيا", "الأرميني", "الأرمينية");
  static final EventCoderTest.E AZERBAIJAN = country("Azerbaijan", "AZE", "أذربيجان", "الأذربيجاني", "الأذربيجانية");
  static final EventCoderTest.E BAKU = city("Baku", "AZE", "باكو");
  static final EventCoderTest.E MINISTER = EventCoderTest.person("Ararat Mirzoyan", "ARM", "أرارات ميرزويان");

  /** The events of {@code text}, whose one quotation is the minister's. */
  static List<Event> said(String text) {
    int q = text.indexOf('"') + 1;
    int end = text.indexOf('"', q);
    Quote quote = new Quote(q, end, text.substring(q, end), "Ararat Mirzoyan", "Ararat Mirzoyan", "قال", true);
    return EventCoderTest.code(text, List.of(), List.of(quote), ARMENIA, AZERBAIJAN, BAKU, MINISTER);
  }

  @Test
  void chargesOfANamedAccuserDismissedAreRejected() {
    assertThat(said("وقال وزير الخارجية الأرميني أرارات ميرزويان: \"اتهامات باكو باطلة ولا تستند إلى أي دليل\"."))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("ARM", "REJECT", "AZE"));
  }

  @Test
  void whatIsChargedBeingUntrueIsNoDismissal() {
    assertThat(said("وقال وزير الخارجية الأرميني أرارات ميرزويان: \"نواجه اتهامات باكو بنشر أنباء كاذبة\"."))
        .extracting(Event::type)
        .doesNotContain("REJECT");
  }
}
