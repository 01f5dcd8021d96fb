package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.MOSUL;
import static org.marsad.events.MaterialEventsTest.of;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * The words of protest as the press of the Maghreb and the Mashriq writes them: who strikes and
 * sits in (farmers, the unemployed; lawyers, whose strike is told by its noun), a hunger strike by either of its names, a march
 * named by the singular "مسيرة" only where a word after it tells a march, and a protest "held"
 * (انتظم), a crowd counted by "الآلاف" before "إلى", the Maghreb's "أعوان" (staff) who strike and the
 * detainees "الموقوفين" who go on hunger strike. Invented sentences.
 */
class ProtestWordsTest {

  @Test
  void farmersTheUnemployedAndLawyersAreCrowdsOfTheirSector() {
    assertThat(of("PROTEST", code("واحتج عشرات الفلاحين في الموصل أمس على أسعار البذور.", MOSUL)))
        .extracting(ACTOR).containsExactly("-/AGR");
    assertThat(of("PROTEST", code("ونظم عشرات العاطلين عن العمل وقفة احتجاجية في الموصل أمس.", MOSUL)))
        .extracting(ACTOR).containsExactly("-/CVL");
    // the rules' reading, whatever the learned report filter, rebuilt on every change, keeps of it
    EventCoder rulesAlone = new EventCoder(ReportFilter.recording(c -> { }));
    assertThat(of("PROTEST", EventCoderTest.code(rulesAlone, "ونفذ المحامون في الموصل أمس إضرابا عن العمل.",
        List.of(), List.of(), MOSUL))).extracting(ACTOR, Event::subtype).containsExactly(tuple("-/JUD", "strike"));
  }

  @Test
  void theFarmsOfAPlaceAreNoFarmers() {
    assertThat(of("PROTEST", code("وتجمع مزارع الموصل أمس تحت المطر.", MOSUL))).isEmpty();
  }

  @Test
  void aHungerStrikeByEitherName() {
    assertThat(of("PROTEST", code("ودخل عشرات السجناء أمس في إضراب جوع في سجن الموصل.", MOSUL)))
        .extracting(Event::subtype).containsExactly("hunger-strike");
    assertThat(of("PROTEST", code("وبدأ عشرات السجناء أمس إضراب الجوع في سجن الموصل.", MOSUL)))
        .extracting(Event::subtype).containsExactly("hunger-strike");
  }

  @Test
  void theSingularMarchOnlyWithAWordThatTellsAMarch() {
    assertThat(of("PROTEST", code("وشارك مئات الطلاب أمس في مسيرة احتجاجية جابت شوارع الموصل.", MOSUL)))
        .extracting(ACTOR).containsExactly("-/EDU");
    assertThat(of("PROTEST", code("وشارك مئات الطلاب أمس في مسيرة التنمية في الموصل.", MOSUL))).isEmpty();
    assertThat(of("PROTEST", code("ودعم الوزير أمس مسيرة السلام في الموصل.", MOSUL))).isEmpty();
  }

  @Test
  void aVigilWithoutItsAdjectiveOnlyWhenHeldOrSited() {
    assertThat(of("PROTEST", code("ونظم عشرات المعلمين وقفة أمام مقر مديرية التربية في الموصل أمس.", MOSUL)))
        .extracting(ACTOR).containsExactly("-/EDU");
    assertThat(of("PROTEST", code("وشارك مئات الطلاب أمس في وقفة تضامنية مع الأسرى في الموصل.", MOSUL))).hasSize(1);
    // "a pause, a stand": the vigil's word in the sense of the general language
    assertThat(of("PROTEST", code("وكانت للمدرب وقفة طويلة مع اللاعبين قبل المباراة في الموصل.", MOSUL))).isEmpty();
    assertThat(of("PROTEST", code("ونشكر أهالي الموصل على وقفتهم الشجاعة مع الجيش.", MOSUL))).isEmpty();
  }

  @Test
  void aProtestHeldInTheMaghrebiWay() {
    assertThat(of("PROTEST", code("وانتظمت في الموصل مسيرة حاشدة ضد الحكومة.", MOSUL))).hasSize(1);
  }

  @Test
  void aCrowdGatheredInProtestIsNoAgreement() {
    assertThat(of("PROTEST", code("وتجمع مئات الطلاب أمس أمام مقر الحكومة في الموصل احتجاجا على رفع الرسوم.", MOSUL)))
        .extracting(MaterialEventsTest.TARGET).containsExactly("IRQ/GOV");
  }

  @Test
  void whoActedInProtestIsNamedAfterThatNotTheSayer() {
    assertThat(of("PROTEST", code("وقال المحافظ إن شابا أحرق نفسه أمس في الموصل احتجاجا على مصادرة بضاعته.", MOSUL)))
        .extracting(ACTOR).containsExactly("-/CVL");
  }

  @Test
  void aCrowdCountedByAWordOfNumberBeforeAPrepositionOrARelative() {
    assertThat(of("PROTEST", code("وخرج الآلاف إلى الشوارع في الموصل أمس احتجاجا على انقطاع الكهرباء.", MOSUL)))
        .extracting(ACTOR).containsExactly("-/CVL");
    assertThat(of("PROTEST", code("وخرج المئات الى الشارع في الموصل أمس.", MOSUL)))
        .extracting(ACTOR).containsExactly("-/CVL");
  }

  @Test
  void theStaffOfAServiceStrikeAsWorkersAndDetaineesAsCivilians() {
    EventCoder rulesAlone = new EventCoder(ReportFilter.recording(c -> { }));
    assertThat(of("PROTEST", EventCoderTest.code(rulesAlone, "ونفذ أعوان المستشفى الجامعي في الموصل أمس إضرابا عن العمل.",
        List.of(), List.of(), MOSUL))).extracting(ACTOR, Event::subtype).containsExactly(tuple("-/LAB", "strike"));
    assertThat(of("PROTEST", code("ودخل عشرات الموقوفين أمس في إضراب جوع في سجن الموصل.", MOSUL)))
        .extracting(ACTOR, Event::subtype).containsExactly(tuple("-/CVL", "hunger-strike"));
  }
}
