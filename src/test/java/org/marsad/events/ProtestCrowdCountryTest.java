package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.MOSUL;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * A protest's crowd keeps the country its own words name, never that of the place where it
 * marches (protests abroad, before embassies, are common): the place stays the event's. Its
 * target, an authority named by its sector, is still the place's. Invented sentences.
 */
class ProtestCrowdCountryTest {

  private static final EventCoderTest.E LONDON = city("London", "GBR", "لندن");
  private static final EventCoderTest.E SUDAN = country("Sudan", "SDN", "السودان", "السودانيين", "السوداني");

  @Test
  void aCrowdNamedByItsSectorAloneHasNoCountryButThePlaceIsKept() {
    assertThat(of("PROTEST", code("وتظاهر مئات الطلاب أمام السفارة في لندن أمس.", LONDON)))
        .extracting(ACTOR, Event::place).containsExactly(tuple("-/EDU", "London"));
    assertThat(of("PROTEST", code("واعتصم عشرات العمال أمام المصنع في الموصل أمس.", MOSUL)))
        .extracting(ACTOR, Event::place).containsExactly(tuple("-/LAB", "Mosul"));
  }

  @Test
  void aCrowdWhoseWordsNameItsPeopleKeepsThatCountryAbroad() {
    assertThat(of("PROTEST", code("وتظاهر مئات السودانيين أمام السفارة في لندن أمس.", SUDAN, LONDON)))
        .extracting(ACTOR).first().asString().startsWith("SDN");
  }

  @Test
  void theAuthorityProtestedAgainstIsStillThePlaces() {
    assertThat(of("PROTEST", code("وتظاهر مئات الطلاب في الموصل أمس ضد الحكومة.", MOSUL)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("-/EDU", "IRQ/GOV"));
  }

  @Test
  void membersNamedByTwoWordsJoinedByAndAreOfThePartyAfterBoth() {
    assertThat(of("PROTEST", code("وتظاهر مئات من عناصر وكوادر الحزب في الموصل أمس.", MOSUL)))
        .extracting(ACTOR).containsExactly("-/PTY");
    assertThat(of("PROTEST", code("وتظاهر مئات من عناصر الحزب في الموصل أمس.", MOSUL)))
        .extracting(ACTOR).containsExactly("-/PTY");
  }

  @Test
  void whoeverDidWhatTheCrowdProtestsIsTheTarget() {
    assertThat(of("PROTEST", code("وتظاهر مئات الطلاب في الموصل أمس احتجاجا على مقتل ثلاثة مدنيين على يد الشرطة.", MOSUL)))
        .extracting(TARGET).containsExactly("IRQ/COP");
    assertThat(of("PROTEST", code("وتظاهر مئات الطلاب في الموصل أمس احتجاجا على مقتل ثلاثة مدنيين.", MOSUL)))
        .extracting(TARGET).containsExactly("IRQ/CVL");
  }

  @Test
  void whomTheCrowdDemandsSomethingOfIsTheTarget() {
    assertThat(of("PROTEST", code("وتجمع مئات الطلاب في الموصل أمس لمطالبة الحكومة بالإفراج عن زملائهم.", MOSUL)))
        .extracting(TARGET).containsExactly("IRQ/GOV");
    assertThat(of("PROTEST", code("واعتصم عشرات العمال في الموصل، مطالبين الوزارة بصرف رواتبهم.", MOSUL)))
        .extracting(TARGET).containsExactly("IRQ/GOV");
    assertThat(of("PROTEST", code("واعتصم عشرات العمال في الموصل، مطالبين بصرف رواتبهم.", MOSUL)))
        .extracting(TARGET).containsExactly("-");
  }

  @Test
  void whomTheCrowdDenouncesOrOpposesIsTheTarget() {
    assertThat(of("PROTEST", code("وتظاهر مئات الطلاب في الموصل أمس تنديدا بقرار الحكومة رفع الأسعار.", MOSUL)))
        .extracting(TARGET).containsExactly("IRQ/GOV");
    assertThat(of("PROTEST", code("وخرجت في الموصل أمس مظاهرات مناهضة للحكومة.", MOSUL)))
        .extracting(TARGET).containsExactly("IRQ/GOV");
    assertThat(of("PROTEST", code("واعتصم عشرات العمال في الموصل أمس منددين بغلاء الأسعار.", MOSUL)))
        .extracting(TARGET).containsExactly("-");
  }

  @Test
  void aPeopleProtestingAgainstItsOwnStateIsCodedWithNoTarget() {
    EventCoderTest.E iraq = country("Iraq", "IRQ", "العراق", "العراقيين", "العراقي");
    assertThat(of("PROTEST", code("وتظاهر آلاف العراقيين أمس أمام مبنى البرلمان في الموصل.", iraq, MOSUL)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("IRQ", "-"));
    assertThat(of("PROTEST", code("واحتشد مئات العراقيين في الموصل أمس ضد الحكومة.", iraq, MOSUL)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("IRQ", "-"));
  }
}
