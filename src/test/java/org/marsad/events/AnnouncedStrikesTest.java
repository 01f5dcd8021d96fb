package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.org;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * An attack told as the verbal noun of doing (تنفيذ، شن) that a verb of announcing governs: the
 * verb's subject carried it out ({@code light-noun} of grammar.tsv, {@code MaterialRoles.announcedDoer}).
 */
class AnnouncedStrikesTest {

  static final EventCoderTest.E TURKEY = country("Turkey", "TUR", "تركيا", "التركي", "التركية");
  static final EventCoderTest.E IRAQ = country("Iraq", "IRQ", "العراق", "العراقية");

  @Test
  void theArmyAnnouncingTheExecutionOfAStrikeCarriedItOut() {
    assertThat(code("أعلن الجيش التركي تنفيذ ضربة جوية على مواقع لمسلحين في شمال العراق.", TURKEY, IRAQ))
        .extracting(e -> e.actor().code(), Event::type)
        .containsExactly(tuple("TUR", "ASSAULT"));
  }

  @Test
  void aWordOfMeasureMayStandBeforeTheRaids() {
    assertThat(code("وأعلنت القوات التركية شن سلسلة غارات على قرى في شمال العراق.", TURKEY, IRAQ))
        .extracting(e -> e.actor().code(), Event::type)
        .containsExactly(tuple("TUR", "ASSAULT"));
  }

  @Test
  void aShortNameInQuotationMarksAfterTheCommandIsNoOtherParty() {
    assertThat(code("أعلنت القيادة الأمريكية الوسطى \"سينتكوم\" تنفيذ غارة على مخزن للأسلحة في العراق.",
        org("org:us-central-command", "USA", "القيادة الأمريكية الوسطى"), IRAQ, org("org:centcom-short", null, "سينتكوم")))
        .extracting(e -> e.actor().code(), Event::type)
        .containsExactly(tuple("USA", "ASSAULT"));
  }

  @Test
  void aStrikeDeniedIsNotAnnounced() {
    assertThat(code("نفى الجيش التركي تنفيذ غارة على القرية.", TURKEY)).isEmpty();
  }
}
