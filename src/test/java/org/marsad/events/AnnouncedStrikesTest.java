package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.org;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;
import org.marsad.doc.Timex;

/**
 * Material acts told through another word: the verbal noun of doing (تنفيذ، شن) that a verb of
 * announcing governs, its subject carrying it out ({@code light-noun} of grammar.tsv,
 * {@code MaterialRoles.announcedDoer}); a verb of doing whose object follows a time set off by
 * commas; a weapon fired named in quotation marks before what it was fired at.
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
  void aStrikeOnFacilitiesInAProvinceIsOnTheProvincesCountry() {
    EventCoderTest.E mosul = city("gpe:mosul", "IRQ", "الموصل");
    EventCoderTest.E erbil = city("gpe:erbil", "IRQ", "أربيل");
    assertThat(code("وقال الجيش التركي إن طائراته نفذت ضربة على مستودعات للذخيرة في مقاطعة الموصل.", TURKEY, mosul))
        .extracting(e -> e.actor().code(), e -> e.target().code())
        .containsExactly(tuple("TUR", "IRQ"));
    assertThat(code("وقال الجيش التركي إن طائراته نفذت ضربة على مستودعات للذخيرة في محافظتي الموصل وأربيل.", TURKEY,
        mosul, erbil))
        .extracting(e -> e.actor().code(), e -> e.target().code())
        .containsExactly(tuple("TUR", "IRQ"));
  }

  @Test
  void aStrikeDeniedIsNotAnnounced() {
    assertThat(code("نفى الجيش التركي تنفيذ غارة على القرية.", TURKEY)).isEmpty();
  }

  @Test
  void aTimeBetweenCommasKeepsTheVerbOfDoingWithItsStrike() {
    String text = "وقالت الوزارة إن القوات التركية نفذت، أمس الأحد، ضربة جوية على مواقع لمسلحين في العراق.";
    String when = "أمس الأحد";
    int at = text.indexOf(when);
    assertThat(code(text, List.of(new Timex(at, at + when.length(), when, "2024-03-10", "DATE", null)), List.of(),
        TURKEY, IRAQ))
        .extracting(e -> e.actor().code(), Event::type)
        .containsExactly(tuple("TUR", "ASSAULT"));
  }

  @Test
  void rocketsFiredInQuotationMarksAreStillFiredAtTheirTarget() {
    assertThat(code("وقال الجيش التركي إن مسلحين أطلقوا \"رشقة من الصواريخ\" على مدينة الموصل.", TURKEY, IRAQ,
        city("gpe:mosul", "IRQ", "الموصل")))
        .extracting(Event::type, e -> e.target().code())
        .containsExactly(tuple("ASSAULT", "IRQ"));
  }

  @Test
  void aQuotedActKeepsItsClauseInsideTheQuotationMarks() {
    assertThat(code("وقال الجيش العراقي إن القوات التركية \"أطلقت النار\" على ثلاثة مواقع حدودية.", TURKEY, IRAQ))
        .noneMatch(e -> e.actor() == null && e.target() != null); // not struck by no one
  }
}
