package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.codeFrom;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.person;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;
import org.marsad.doc.Timex;

/**
 * Talks where a country's own news names its leader by the state he leads alone ("رئيس الجمهورية"،
 * "رئيسة الحكومة"), talks held ("يعقد الوزيران محادثات"), and the one received named after an aside of
 * time and building ("، صباح اليوم بقصر قرطاج،"); an embassy acting for its state. Invented sentences.
 */
class HostsNamedByOfficeTest {

  static final EventCoderTest.E CHILE = country("Chile", "CHL", "تشيلي", "سانتياغو", "التشيلي", "التشيلية");
  static final EventCoderTest.E PERU = country("Peru", "PER", "بيرو", "ليما", "البيروفي", "البيروفية");
  static final EventCoderTest.E SANTIAGO = EventCoderTest.city("Santiago", "CHL", "سانتياغو");

  @Test
  void aLeaderNamedByHisStateAloneIsTheDatelinesCountrys() {
    assertThat(codeFrom("سانتياغو - وكالات", "استقبل رئيس الجمهورية، صباح اليوم، وزير الخارجية البيروفي "
        + "الذي يؤدي زيارة إلى تشيلي. وتناول اللقاء التعاون بين تشيلي وبيرو.", CHILE, PERU, SANTIAGO))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsAnyOf(tuple("CHL", "CONSULT", "PER"), tuple("PER", "CONSULT", "CHL"));
  }

  @Test
  void aLeaderNamedWithHisCountryIsNotTheArticlesOwn() {
    // "رئيسة الحكومة البيروفية": the adjective names her state; no talks of Chile's
    assertThat(codeFrom("سانتياغو - وكالات", "التقى وزير الخارجية التشيلي رئيسة الحكومة البيروفية في ليما. "
        + "وتناول اللقاء التعاون بين تشيلي وبيرو.", CHILE, PERU, SANTIAGO))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsAnyOf(tuple("CHL", "CONSULT", "PER"), tuple("PER", "CONSULT", "CHL"))
        .doesNotContain(tuple("CHL", "CONSULT", "CHL"), tuple("PER", "CONSULT", "PER"));
  }

  @Test
  void aLeaderNamedWithAHolderOfAnotherCountryIsTheHolders() {
    // "رئيس الجمهورية" followed by a Peruvian holder's name is Peru's president, not the dateline's
    EventCoderTest.E holder = person("Ana Torres", "PER", "آنا توريس");
    assertThat(codeFrom("سانتياغو - وكالات", "أجرى رئيس الجمهورية آنا توريس اتصالا هاتفيا بالرئيس التشيلي. "
        + "وتناول الاتصال التعاون بين تشيلي وبيرو.", CHILE, PERU, SANTIAGO, holder))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsAnyOf(tuple("PER", "CONSULT", "CHL"), tuple("CHL", "CONSULT", "PER"))
        .doesNotContain(tuple("CHL", "CONSULT", "CHL"));
  }

  @Test
  void talksHeldWithACounterpartAreConsultation() {
    // "يعقد الوزيران محادثات": the two named before meet
    assertThat(code("ومن المقرر أن يعقد وزير الخارجية التشيلي ونظيره البيروفي محادثات في ليما الشهر المقبل.",
        CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsAnyOf(tuple("CHL", "CONSULT", "PER"), tuple("PER", "CONSULT", "CHL"));
  }

  @Test
  void theOneReceivedFollowsAnAsideOfTimeAndBuilding() {
    // "استقبل X، صباح اليوم بقصر ...، Y": the aside ends at its comma, the guest after it
    String text = "استقبل الرئيس التشيلي، صباح اليوم بقصر لا مونيدا، وزير الخارجية البيروفي.";
    String when = "صباح اليوم";
    int at = text.indexOf(when);
    assertThat(code(text, List.of(new Timex(at, at + when.length(), when, "2024-03-10", "DATE", null)), List.of(),
        CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsAnyOf(tuple("CHL", "CONSULT", "PER"), tuple("PER", "CONSULT", "CHL"));
  }

  @Test
  void anEmbassySpeaksForItsState() {
    // "دعت السفارة التشيلية السلطات البيروفية": the embassy asks, the authorities are asked
    assertThat(code("ودعت السفارة التشيلية في ليما السلطات البيروفية إلى حماية الرعايا.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "REQUEST", "PER"));
  }
}
