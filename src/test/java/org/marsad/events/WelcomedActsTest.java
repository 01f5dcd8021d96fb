package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * A welcome or praise of an act named with the article of anaphora and no party ("ورحب الوزير بالخطوة")
 * answers the act of cooperation told before that was done to the welcomer's country: its doer is the
 * target (eighteenth round). Invented sentences.
 */
class WelcomedActsTest {

  static final EventCoderTest.E TURKEY = country("Turkey", "TUR", "تركيا", "التركية", "التركي");
  static final EventCoderTest.E IRAQ = country("Iraq", "IRQ", "العراق", "العراقي", "العراقية");

  @Test
  void aWithdrawalWelcomedIsSupportForTheOneWhoWithdrew() {
    assertThat(code("انسحبت القوات التركية من قاعدتين في شمال العراق. ورحب وزير الخارجية العراقي بالخطوة.",
        TURKEY, IRAQ))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target() == null ? null : e.target().code())
        .contains(tuple("IRQ", "SUPPORT", "TUR"));
  }

  @Test
  void anAttackIsNoActWelcomed() {
    assertThat(code("قصفت طائرات تركية مواقع في شمال العراق. ورحب وزير الخارجية العراقي بالخطوة.", TURKEY, IRAQ))
        .extracting(e -> e.actor() == null ? null : e.actor().code(), Event::type,
            e -> e.target() == null ? null : e.target().code())
        .doesNotContain(tuple("IRQ", "SUPPORT", "TUR"));
  }
}
