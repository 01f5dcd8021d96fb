package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Talks, requests and agreements where the parties are named away from the event word: "the two
 * sides" of a mediation, a mediator in touch with both sides, a detached object pronoun. Invented
 * sentences.
 */
class TalksAndRequestsTest {

  static final EventCoderTest.E CHILE = country("Chile", "CHL", "تشيلي", "سانتياغو", "التشيلي", "التشيلية");
  static final EventCoderTest.E PERU = country("Peru", "PER", "بيرو", "ليما", "البيروفي", "البيروفية");
  static final EventCoderTest.E BRAZIL = country("Brazil", "BRA", "البرازيل", "برازيليا", "البرازيلي", "البرازيلية");
  static final EventCoderTest.E BOLIVIA = country("Bolivia", "BOL", "بوليفيا", "البوليفي", "البوليفية");

  @Test
  void theTwoSidesAreTheTwoCountriesNamedTogetherNotTheHost() {
    // the host is named most, the two sides after it: "الجانبان" are the two named together
    assertThat(code("استضافت البرازيل محادثات جديدة بين تشيلي وبيرو. وقال الوزير البرازيلي إن برازيليا "
        + "ستواصل جهودها، وإن البرازيل متفائلة. وأوضح الوزير البرازيلي أن الجانبين اتفقا على تبادل الأسرى.",
        BRAZIL, CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsAnyOf(tuple("CHL", "AGREE", "PER"), tuple("PER", "AGREE", "CHL"))
        .doesNotContain(tuple("BRA", "AGREE", "CHL"), tuple("CHL", "AGREE", "BRA"),
            tuple("BRA", "AGREE", "PER"), tuple("PER", "AGREE", "BRA"));
  }

  @Test
  void bothSidesActingOnAThirdCountryActEachOnIt() {
    // "البلدان أدانا X": each side condemns the third country, neither condemns the other
    assertThat(code("استقبل الرئيس التشيلي نظيره البيروفي في سانتياغو. وفي ختام الزيارة، أدان البلدان "
        + "التدخلات البوليفية في شؤون المنطقة.", CHILE, PERU, BOLIVIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "ACCUSE", "BOL"), tuple("PER", "ACCUSE", "BOL"))
        .doesNotContain(tuple("CHL", "ACCUSE", "PER"), tuple("PER", "ACCUSE", "CHL"));
  }

  @Test
  void aVisitAfterKhilalIsTheSubjectsBeforeIt() {
    // "خلال زيارته إلى": the visitor is the subject the clause named right before the preposition
    assertThat(code("أعلن وزير الخارجية التشيلي خلال زيارته إلى ليما أن سانتياغو ستفتح قنصلية جديدة.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "CONSULT", "PER"));
  }

  @Test
  void bothSidesNamedInWordsWithNoTargetDoNotActOnEachOther() {
    // "أدان البلدان الهجوم": both condemn an act, neither side condemns the other
    assertThat(code("استقبل الرئيس التشيلي نظيره البيروفي في سانتياغو. وأدان البلدان الهجوم على السفارة.",
        CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .doesNotContain(tuple("CHL", "ACCUSE", "PER"), tuple("PER", "ACCUSE", "CHL"));
  }

  @Test
  void theTwoSidesOfAMeetingOfTwoOfficesJoinedByWaw() {
    assertThat(code("والتقى الوزير البرازيلي الوزير التشيلي ونظيره البيروفي في برازيليا. وقالت البرازيل "
        + "إن برازيليا مستعدة للمساعدة. وأكد البيان أن البلدين تعهدا بالتعاون في مكافحة التهريب.",
        BRAZIL, CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .doesNotContain(tuple("BRA", "COOPERATE", "CHL"), tuple("CHL", "COOPERATE", "BRA"));
  }

  @Test
  void aListOfThreeIsNoPairOfSides() {
    // three countries named together: "البلدين" falls back to the article's two main countries
    assertThat(code("وشاركت تشيلي وبيرو وبوليفيا في المؤتمر. وقال الوزير التشيلي إن سانتياغو وليما "
        + "وقعتا اتفاقا، وإن تشيلي راضية. وأضاف أن البلدين اتفقا على فتح الحدود.",
        CHILE, PERU, BOLIVIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .doesNotContain(tuple("PER", "AGREE", "BOL"), tuple("BOL", "AGREE", "PER"));
  }

  @Test
  void aMediatorInTouchWithBothSidesConsultsEach() {
    // the two sides are the article's two main countries, the mediator named after them
    assertThat(code("اتهمت تشيلي بيرو بخرق الهدنة، ورفضت ليما الاتهام، وقالت سانتياغو إن تشيلي سترد. وقالت الخارجية "
        + "البرازيلية إنها على اتصال بالجانبين.", CHILE, PERU, BRAZIL))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("BRA", "CONSULT", "CHL"), tuple("BRA", "CONSULT", "PER"))
        .doesNotContain(tuple("CHL", "CONSULT", "PER"), tuple("PER", "CONSULT", "CHL"));
  }

  @Test
  void theSidesAMediatorIsInTouchWithAgreeWithEachOtherNotWithIt() {
    assertThat(code("اتهمت تشيلي بيرو بخرق الهدنة، ورفضت ليما الاتهام. وقالت الخارجية البرازيلية "
        + "إنها على اتصال بالجانبين، مذكرة بأن البلدين وقعا اتفاقا للتهدئة العام الماضي.", CHILE, PERU, BRAZIL))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsAnyOf(tuple("CHL", "AGREE", "PER"), tuple("PER", "AGREE", "CHL"))
        .doesNotContain(tuple("BRA", "AGREE", "CHL"), tuple("BRA", "AGREE", "PER"));
  }

  @Test
  void aDetachedObjectPronounIsTheOneTheClauseBeforeActsOn() {
    assertThat(code("وانتقد الوزير التشيلي الحكومة البيروفية بشدة، داعيا إياها إلى احترام الاتفاقات الموقعة مع بوليفيا.",
        CHILE, PERU, BOLIVIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "REQUEST", "PER"))
        .doesNotContain(tuple("CHL", "REQUEST", "BOL"));
  }

  @Test
  void aSecondOfficeJoinedByWawOnItsTitleIsMetToo() {
    assertThat(code("واستقبل الرئيس البرازيلي نظيره التشيلي ونظيره البيروفي في قصر الرئاسة.", BRAZIL, CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("BRA", "CONSULT", "CHL"), tuple("BRA", "CONSULT", "PER"));
    assertThat(code("التقى وزير الخارجية البوليفي رئيس الوزراء البيروفي ووزير الدفاع التشيلي.", BOLIVIA, CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("BOL", "CONSULT", "PER"), tuple("BOL", "CONSULT", "CHL"));
  }

  @Test
  void aDutyLaidOnAnotherPartyIsTheSpeakersRequest() {
    assertThat(code("وقال الوزير البرازيلي إنه يجب على بوليفيا احترام الاتفاقات الموقعة.", BRAZIL, BOLIVIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("BRA", "REQUEST", "BOL"));
    assertThat(code("وأكد الرئيس التشيلي أنه يتعين على بيرو أن تسحب قواتها من الحدود.", CHILE, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "REQUEST", "PER"))
        .doesNotContain(tuple("PER", "RETREAT", "CHL"));
    assertThat(code("وأكد الرئيس التشيلي أنه لم يتم الرد كما يجب على تصرفات بيرو.", CHILE, PERU))
        .extracting(Event::type).doesNotContain("REQUEST"); // "كما يجب": as is due, no duty laid
  }

  @Test
  void theOneMetFollowsWhereAndWhenTheMeetingTookPlace() {
    assertThat(code("التقى وزير الخارجية البيروفي في برازيليا نظيره التشيلي، وبحث معه ملف الحدود.",
        CHILE, PERU, BRAZIL))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsAnyOf(tuple("PER", "CONSULT", "CHL"), tuple("CHL", "CONSULT", "PER"))
        .doesNotContain(tuple("PER", "CONSULT", "BRA"));
  }

  @Test
  void receivingAVisitorNamedByTheMasdarIsAMeeting() {
    assertThat(code("وأكد الرئيس البرازيلي خلال استقباله نظيره البوليفي أن بلاده ستدعم مشاريع الطاقة.",
        BRAZIL, BOLIVIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("BRA", "CONSULT", "BOL"));
  }

  @Test
  void receivingRefugeesIsNoMeeting() {
    assertThat(code("وأعلنت البرازيل وقف استقبال اللاجئين البوليفيين بسبب الأزمة.", BRAZIL, BOLIVIA))
        .extracting(Event::type)
        .doesNotContain("CONSULT");
  }

  @Test
  void aBodyOfNoCountryAskedByAParticipleIsTheOneAskedNotACountryInWhatIsAsked() {
    // the body is named but tied to no country: the country in what it is asked to do is not asked
    assertThat(code("وانتقد الوزير البيروفي الحصار، مطالبا الأمم المتحدة بالضغط على تشيلي لفتح المعابر.",
        PERU, CHILE, new EventCoderTest.E("United Nations", org.marsad.doc.EntityType.ORG, null, null, "الأمم المتحدة")))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .doesNotContain(tuple("PER", "REQUEST", "CHL"));
  }
}
