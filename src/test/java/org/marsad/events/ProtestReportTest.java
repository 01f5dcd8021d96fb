package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.MOSUL;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;

/**
 * Which protests a sentence reports as its news: a people named by a broken plural protests
 * ({@link Peoples}), "the protesters" already told of do not report a protest again, an
 * indefinite protest noun is told by a place of its own, a protest broken up is one whatever its
 * noun, one told in a clause of "when" or "after" is the time of other news, one granted in a
 * concession is not the news, and a word after an
 * elative is its noun: invented sentences in, protests out.
 */
class ProtestReportTest {

  private static final EventCoderTest.E TURKEY = EventCoderTest.country("Turkey", "TUR", "تركيا", "الأتراك");

  @Test
  void aPeopleNamedByABrokenPluralProtestsAsACrowd() {
    assertThat(of("PROTEST", code("وأضرب العرب في الموصل أمس احتجاجا على قرار المحكمة.", MOSUL)))
        .extracting(ACTOR).containsExactly("-/CVL");
    assertThat(of("PROTEST", code("وتظاهر آلاف الأكراد في الموصل أمس.", MOSUL))).extracting(ACTOR)
        .containsExactly("-/CVL");
  }

  @Test
  void aPeopleTheKnowledgeBaseTiesToACountryStillProtestsAsACrowd() {
    assertThat(of("PROTEST", code("وتظاهر الأتراك في الموصل أمس.", TURKEY, MOSUL))).extracting(ACTOR)
        .containsExactly("TUR");
    assertThat(of("PROTEST", code("وتظاهرت تركيا في الموصل أمس.", TURKEY, MOSUL))).isEmpty(); // a state does not march
  }

  @Test
  void aCountHedgedWithAtLeastIsStillTheSubject() {
    assertThat(of("PROTEST", code("وكان 500 عامل على الأقل قد تظاهروا في الموصل أمس.", MOSUL))).extracting(ACTOR)
        .containsExactly("-/LAB");
  }

  @Test
  void theProtestersAlreadyToldOfDoNotReportAProtestAgain() {
    assertThat(of("PROTEST", code("وتجمع المتظاهرون أمام مقر البلدية في الموصل أمس.", MOSUL))).isEmpty();
    assertThat(of("PROTEST", code("وتجمع مئات المتظاهرين أمام مقر البلدية في الموصل أمس.", MOSUL))).hasSize(1);
  }

  @Test
  void anIndefiniteProtestIsToldByAPlaceOfItsOwn() {
    assertThat(of("PROTEST", code(
        "وقتل متظاهر أمس في الموصل خلال صدامات وقعت مع الشرطة التي كانت تفرق مظاهرة احتجاج على الأسعار.", MOSUL)))
        .isEmpty();
    assertThat(of("PROTEST", code("واندلعت في الموصل مظاهرات احتجاج على ارتفاع الأسعار.", MOSUL))).hasSize(1);
  }

  @Test
  void aWordOfNumberMayStandBetweenAWordOfHappeningAndTheProtest() {
    assertThat(of("PROTEST", code("وانفجرت عدة مظاهرات غاضبة احتجاجا على ارتفاع الأسعار.", MOSUL))).hasSize(1);
    assertThat(of("PROTEST", code("واندلعت موجة احتجاجات غاضبة على ارتفاع الأسعار.", MOSUL))).hasSize(1);
  }

  @Test
  void aProtestBrokenUpIsCoercedAndWasHeldWhateverItsNoun() {
    assertThat(of("COERCE", code("وفرقت الشرطة تظاهرة نظمها الطلاب في الموصل أمس.", MOSUL))).hasSize(1);
    assertThat(of("PROTEST", code("وفرقت الشرطة تظاهرة نظمها الطلاب في الموصل أمس.", MOSUL))).extracting(ACTOR)
        .containsExactly("-/EDU");
    assertThat(of("COERCE", code("وفضت قوات الأمن اعتصاما للعمال في الموصل أمس.", MOSUL))).hasSize(1);
    assertThat(of("COERCE", code("وفرق الوزير بين الأمرين.", MOSUL))).isEmpty();
  }

  @Test
  void aProtestInAClauseOfWhenIsTheTimeOfTheNews() {
    String when = "وقتل شخص أمس في الموصل عندما فرقت الشرطة مظاهرة احتجاج على الأسعار.";
    assertThat(of("PROTEST", code(when, MOSUL))).isEmpty();
    assertThat(of("COERCE", code(when, MOSUL))).hasSize(1);
    assertThat(of("PROTEST", code("وفرقت الشرطة مظاهرة احتجاج على الأسعار في الموصل أمس.", MOSUL))).hasSize(1);
  }

  @Test
  void aProtestInAClauseOfAfterIsTheTimeOfTheNews() {
    String after = "وقتل ثلاثة أشخاص في الموصل بعد أن فرقت الشرطة مظاهرة للطلاب أمس.";
    assertThat(of("PROTEST", code(after, MOSUL))).isEmpty();
    assertThat(of("PROTEST", code("وتجدد التوتر في الموصل أمس بعدما شهدت المدينة أعمال شغب.", MOSUL))).isEmpty();
    assertThat(of("PROTEST", code("وتظاهر مئات الطلاب في الموصل أمس بعد أن قررت الحكومة رفع الأسعار.", MOSUL)))
        .hasSize(1);
  }

  @Test
  void aProtestGrantedInAConcessionIsNotTheNews() {
    assertThat(of("PROTEST", code("وعلى الرغم من أن عشرات الطلاب تظاهروا أمام الوزارة في الموصل أمس، ونظمت مسيرة "
        + "احتجاجية أخرى أمام البلدية، فإن الحكومة أقرت الزيادة.", MOSUL))).isEmpty();
    assertThat(of("PROTEST", code("وأقرت الحكومة الزيادة في الموصل أمس رغم مظاهرة احتجاجية نظمها الطلاب.", MOSUL)))
        .isEmpty();
    // the main clause after the concession tells its own protest
    assertThat(of("PROTEST", code("ورغم الحظر تظاهر مئات الطلاب في الموصل أمس.", MOSUL))).hasSize(1);
    assertThat(of("PROTEST", code("ورغم أن الحكومة حظرت التجمعات، فقد تظاهر مئات الطلاب في الموصل أمس.", MOSUL)))
        .hasSize(1);
  }

  @Test
  void theHoldersOfAProtestMayCarryAnAdjectiveBeforeTheirVerb() {
    assertThat(of("PROTEST", code("وكانت ثلاثة أحزاب سياسية نظمت أمس مسيرات في الموصل ضد قرار الحكومة.", MOSUL)))
        .extracting(ACTOR).containsExactly("-/PTY");
    assertThat(of("PROTEST", code("وكانت ثلاثة أحزاب نظمت أمس مسيرات في الموصل ضد قرار الحكومة.", MOSUL)))
        .extracting(ACTOR).containsExactly("-/PTY");
  }

  @Test
  void theWordAfterAPrepositionAndAnElativeIsANounNotAVerb() {
    // "تجمع" is no verb here, whose subject would be a party found further on
    assertThat(of("PROTEST", code(
        "وطوقت الشرطة المتظاهرين أمام المسجد في الموصل في أكبر تجمع منذ وفاة سليمة التي كانت أبرز قادة المعارضة ضد الحكومة.",
        MOSUL))).isEmpty();
    assertThat(of("PROTEST", code("وانتهى اللقاء في الموصل أمس في أكبر تجمع العمال منذ سنوات.", MOSUL))).isEmpty();
    assertThat(of("PROTEST", code("وتجمع مئات العمال أمام المصنع في الموصل أمس.", MOSUL))).hasSize(1);
  }
}
