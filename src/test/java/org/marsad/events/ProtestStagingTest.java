package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.IRAQ;
import static org.marsad.events.MaterialEventsTest.MOSUL;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.TUNIS;
import static org.marsad.events.MaterialEventsTest.of;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;
import org.marsad.doc.Timex;

/**
 * Protests named by a noun and told as held by the words around it ({@link ProtestStaging}):
 * invented sentences in, the protest events out.
 */
class ProtestStagingTest {

  @Test
  void aProtestHeldByTheSubjectOfAVerbOfHolding() {
    assertThat(of("PROTEST", code("ونظم عمال النسيج في تونس وقفة احتجاجية أمام مقر الولاية.", TUNIS)))
        .extracting(Event::type, Event::subtype, ACTOR).containsExactly(tuple("PROTEST", "demonstrate", "-/LAB"));
    assertThat(of("PROTEST", code("وشارك مئات الطلاب في مظاهرات غاضبة في الموصل.", MOSUL)))
        .extracting(ACTOR).containsExactly("-/EDU");
  }

  @Test
  void aStrikeBegunOrEnteredIsHeld() {
    assertThat(of("PROTEST", code("وبدأ المعلمون إضرابا مفتوحا عن العمل في الموصل.", MOSUL)))
        .extracting(Event::subtype, ACTOR).containsExactly(tuple("strike", "-/EDU"));
    assertThat(of("PROTEST", code("ودخل عشرات السجناء في إضراب عن الطعام.", IRAQ)))
        .extracting(Event::subtype).containsExactly("hunger-strike");
    assertThat(rulesAlone("وشن المعلمون أمس إضرابا عن العمل.")).extracting(Event::subtype, ACTOR)
        .containsExactly(tuple("strike", "-/EDU"));
  }

  @Test
  void aProtestBrokenUpWasHeldByWhoeverOrganisedIt() {
    assertThat(of("PROTEST", code("وفرقت الشرطة بالقوة مظاهرة نظمها طلاب الجامعة في الموصل.", MOSUL)))
        .extracting(ACTOR).containsExactly("-/EDU");
    assertThat(of("COERCE", code("وفرقت الشرطة بالقوة مظاهرة نظمها طلاب الجامعة في الموصل.", MOSUL))).hasSize(1);
  }

  @Test
  void anActWhosePurposeIsAProtestIsTheCrowdsProtest() {
    assertThat(of("PROTEST", code("وشكل مئات المتظاهرين في تونس سلسلة بشرية حول الساحة للاحتجاج على القرار.", TUNIS)))
        .extracting(ACTOR).containsExactly("-/CVL");
  }

  @Test
  void aProtestWithNoCrowdNamedIsTheCivilians() {
    assertThat(of("PROTEST", code("واندلعت احتجاجات غاضبة قرب مقر البلدية في تونس.", TUNIS))).extracting(ACTOR)
        .containsExactly("-/CVL");
  }

  @Test
  void aProtestOnlyCalledForOrRecalledIsNotHeld() {
    assertThat(of("PROTEST", code("ودعت النقابة إلى تنظيم مظاهرة في الموصل الأسبوع المقبل.", MOSUL))).isEmpty();
    assertThat(of("PROTEST", code("وقال الطلاب الذين شاركوا في المظاهرة إنهم سيواصلون.", MOSUL))).isEmpty();
    assertThat(of("PROTEST", code("وسينظم العمال وقفة احتجاجية الأسبوع المقبل.", IRAQ))).isEmpty();
    assertThat(of("PROTEST", code("وواصل الوزير مسيرته السياسية بعد الانتخابات.", IRAQ))).isEmpty();
  }

  @Test
  void aProtestThatIsTheSettingOfAnotherActIsNotItsNews() {
    assertThat(of("PROTEST", code("واعتقلت الشرطة ثلاثة طلاب خلال مظاهرة في الموصل أمس.", MOSUL))).isEmpty();
    assertThat(of("COERCE", code("واعتقلت الشرطة ثلاثة طلاب خلال مظاهرة في الموصل أمس.", MOSUL))).hasSize(1);
    assertThat(of("PROTEST", code("وقال المتحدث خلال مظاهرة نظمها حزبه في الموصل أمس إن الحكومة فشلت.", MOSUL)))
        .hasSize(1);
  }

  /**
   * The protests the rules code in {@code text}, whatever the learned report filter, rebuilt on
   * every change, keeps of them; its "أمس" is a time, as the time tagger reads it.
   */
  private static List<Event> rulesAlone(String text) {
    int at = text.indexOf("أمس");
    List<Timex> yesterday = at < 0 ? List.of() : List.of(new Timex(at, at + 3, "أمس", "2024-03-09", "DATE", null));
    return of("PROTEST", EventCoderTest.code(new EventCoder(ReportFilter.recording(c -> { })), text, yesterday,
        List.of(), MOSUL));
  }

  @Test
  void aProtestAnActAroseIsTheReactionNotTheNews() {
    assertThat(rulesAlone("وأثار قرار الحكومة احتجاجات متفرقة في الموصل أمس.")).isEmpty();
    assertThat(rulesAlone("واندلعت احتجاجات متفرقة في الموصل أمس.")).hasSize(1);
  }

  @Test
  void theBareQamIsTheVerbalNounOfPuttingDownNotAVerbOfIt() {
    assertThat(rulesAlone("وأثبتت الشرطة في الموصل حتى الآن قدرتها على قمع الاحتجاجات.")).isEmpty();
    assertThat(rulesAlone("وقمعت الشرطة أمس مظاهرة نظمها الطلاب في الموصل.")).extracting(ACTOR)
        .containsExactly("-/EDU");
  }

  @Test
  void theBodyOfTheBuildingACrowdGathersAtIsItsTarget() {
    assertThat(of("PROTEST", code("واعتصم مئات العمال خارج مقر البرلمان العراقي أمس.", IRAQ)))
        .extracting(TARGET).containsExactly("IRQ/LEG");
    assertThat(of("PROTEST", code("وتظاهر مئات الطلاب قرب مدينة الموصل أمس.", MOSUL))).extracting(TARGET)
        .containsExactly("-");
  }

  @Test
  void aProtestHeldTellsItsNewsPastTheCommaThatClosesItsDescription() {
    assertThat(rulesAlone("وتحدث الوزير، خلال مظاهرة ضد غلاء الأسعار في الموصل، نظمها حزبه أمس، عن البطالة."))
        .extracting(Event::subtype).containsExactly("demonstrate");
  }

  @Test
  void aConditionOfWhatIsSaidIsNoConditionOfTheProtestBeforeIt() {
    assertThat(rulesAlone("وقال رئيس الجمعية، خلال مسيرة نظمها أنصاره أمس في الموصل، إنه لو استمعت الحكومة إلى الشباب لما تفاقمت الأزمة."))
        .extracting(Event::mode).containsExactly("asserted");
    assertThat(rulesAlone("وقال إنه لو تظاهر الطلاب أمس في الموصل لتغير الوضع.")).isEmpty();
  }
}
