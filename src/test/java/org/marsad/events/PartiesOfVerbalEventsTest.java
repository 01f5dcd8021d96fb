package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Who the parties of a verbal event are where the sentence does not name them next to the event
 * word: the doer of an act received, the genitive of a verbal noun with its object after ل, the
 * office named as the subject of the sentence before. Invented sentences.
 */
class PartiesOfVerbalEventsTest {

  static final EventCoderTest.E KENYA = country("Kenya", "KEN", "كينيا", "الكينية", "الكيني");
  static final EventCoderTest.E ETHIOPIA = country("Ethiopia", "ETH", "إثيوبيا", "أديس أبابا", "الإثيوبي");
  static final EventCoderTest.E CHILE = country("Chile", "CHL", "تشيلي", "التشيلي", "التشيلية");
  static final EventCoderTest.E PERU = country("Peru", "PER", "بيرو", "البيرو", "البيروفي", "البيروفية");

  @Test
  void anActReceivedFromAPartyIsDoneByThatPartyToTheReceiver() {
    assertThat(code("وقال المتحدث إن كينيا لم تتلق حتى الآن طلبا رسميا من أديس أبابا بشأن المعبر.", KENYA, ETHIOPIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ETH", "REQUEST", "KEN"));
    assertThat(code("وتسلم الجيش الكيني مساعدات عسكرية من إثيوبيا.", KENYA, ETHIOPIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ETH", "AID", "KEN"));
  }

  @Test
  void theCapitalNamedByItsCountrysAdjectiveIsThatCountrysPlace() {
    // "العاصمة الكينية": the capital of Kenya, visited as Nairobi would be
    assertThat(code("زار وزير الخارجية الإثيوبي العاصمة الكينية على رأس وفد رفيع.", KENYA, ETHIOPIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ETH", "CONSULT", "KEN"));
  }

  @Test
  void aVerbalNounsGenitiveBeforeAPartyAfterLaIsWhoActs() {
    assertThat(code("وافتتح الوزير المعرض، مؤكدا دعم سانتياغو الكامل للشعب البيروفي.",
        country("Chile", "CHL", "سانتياغو"), PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "SUPPORT", "PER"));
  }

  @Test
  void aShortQuotedLabelAfterTheVerbHoldsItsTarget() {
    assertThat(code("رفض الوزير التشيلي أي «تدخلات بيروفية» في الانتخابات المقبلة.", CHILE,
        country("Peru", "PER", "بيروفية")))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "REJECT", "PER"));
    assertThat(code("وانتقد الوزير الكيني ما وصفه بـ\"التصعيد الإثيوبي\" على الحدود.", KENYA, ETHIOPIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("KEN", "ACCUSE", "ETH"));
  }

  @Test
  void aCondemnationOfAnActNamedWithNoPartyAnswersWhoDidItToTheCondemner() {
    assertThat(code("فرضت كينيا عقوبات على إثيوبيا. ورفضت الرئاسة الإثيوبية الخطوة.",
        KENYA, country("Ethiopia", "ETH", "إثيوبيا", "الإثيوبية")))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("ETH", "REJECT", "KEN"));
    assertThat(code("فرضت كينيا عقوبات على إثيوبيا. وأكدت إثيوبيا رفضها الحوار.",
        KENYA, ETHIOPIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .doesNotContain(tuple("ETH", "REJECT", "KEN")); // the refusal of talks points back to no act
  }

  @Test
  void aMinistryNamedForItsPeopleAbroadIsItsStateNotACrowd() {
    // "الكينيين في الخارج" in the ministry's name: the ministry acts for Kenya, its name holds no crowd
    assertThat(code("واستدعت وزارة الشؤون الخارجية والتعاون الإقليمي والكينيين في الخارج، صباح اليوم، سفير إثيوبيا لديها.",
        country("Kenya", "KEN", "كينيا", "الكينيين"), ETHIOPIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("KEN", "PROTEST", "ETH"));
    assertThat(code("وطالبت وزارة الخارجية والهجرة وشؤون التشيليين بالخارج بيرو بالإفراج عن الصيادين.",
        country("Chile", "CHL", "تشيلي", "التشيليين"), PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "REQUEST", "PER"));
  }

  @Test
  void aMinistryOfAManyWordedDomainIsTheSubjectItsCountryCloses() {
    // "وزارة المياه والثروة الحيوانية الكينية": the words between "وزارة" and its country name the subject
    assertThat(code("واتهمت وزارة المياه والثروة الحيوانية الكينية السلطات الإثيوبية بتجفيف الآبار الحدودية.",
        KENYA, country("Ethiopia", "ETH", "إثيوبيا", "الإثيوبية")))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("KEN", "ACCUSE", "ETH"));
  }

  @Test
  void anActNamedAfterAnOfficeIsItsObjectNotItsDomain() {
    assertThat(code("وأدانت وزارة الخارجية الغارات الإثيوبية على الحدود.", KENYA,
        country("Ethiopia", "ETH", "إثيوبيا", "الإثيوبية")))
        .extracting(e -> e.actor() == null ? null : e.actor().code())
        .doesNotContain("ETH");
  }

  @Test
  void aThreatWithNoTargetGoesOnWithTheDisputeItsActorWasJustToldIn() {
    assertThat(code("اتهمت كينيا إثيوبيا بإيواء المتمردين. وتوعد وزير الدفاع الكيني بملاحقة المهاجمين أينما كانوا.",
        KENYA, ETHIOPIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("KEN", "THREATEN", "ETH"));
    assertThat(code("وقعت كينيا وإثيوبيا اتفاقا للتجارة. وتوعد وزير الدفاع الكيني بملاحقة المهاجمين أينما كانوا.",
        KENYA, ETHIOPIA))
        .extracting(Event::type)
        .doesNotContain("THREATEN"); // an agreement is no dispute to go on with
    assertThat(code("اتهمت كينيا إثيوبيا بإيواء المتمردين. وحذرت الخارجية الكينية من عواقب التصعيد.",
        KENYA, ETHIOPIA))
        .extracting(Event::type)
        .doesNotContain("THREATEN"); // a warning of a danger threatens no one
  }

  @Test
  void aSubjectNamedByPronounIsTheOfficeTheSentenceBeforeWasAbout() {
    assertThat(code("واتهم الوزير التشيلي الحكومة البيروفية بالمماطلة. لكنه أشاد بالدور الكيني في الوساطة.",
        CHILE, PERU, KENYA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "SUPPORT", "KEN"));
  }

  @Test
  void aDenialOfTheClaimJustToldAnswersTheOtherSideOfTheSentence() {
    assertThat(code("وقال المتحدث التشيلي إن قوات بيروفية ما زالت داخل الحدود، وهو ما نفته ليما.",
        CHILE, country("Peru", "PER", "بيروفية", "ليما")))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("PER", "REJECT", "CHL"));
  }

  @Test
  void aRefusalOfAnActWhoseDoerIsNotNamedAnswersTheOtherSide() {
    assertThat(code("وأضاف الوزير الكيني أن بلاده لن تجلس إلى طاولة الحوار ما دامت إثيوبيا تحشد قواتها، رافضا أي وساطة خارجية.",
        KENYA, ETHIOPIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("KEN", "REJECT", "ETH"));
  }

  @Test
  void aRefusalOfWhatIsNoActTakesNoTargetFromTheSentence() {
    assertThat(code("وأكد الوزير الكيني أن العلاقات مع إثيوبيا ممتازة، نافيا أن يكون هناك خلاف في المواقف.",
        KENYA, ETHIOPIA))
        .extracting(Event::type)
        .doesNotContain("REJECT");
  }

  @Test
  void anOfficeNamedAloneIsItsHolderNamedBeforeWithHisCountry() {
    assertThat(code("وصل المبعوث التشيلي إلى نيروبي صباح اليوم. ومن المقرر أن يزور المبعوث ليما وأديس أبابا الأسبوع القادم.",
        CHILE, country("Kenya", "KEN", "نيروبي"), country("Peru", "PER", "ليما"), ETHIOPIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "CONSULT", "PER"), tuple("CHL", "CONSULT", "ETH"))
        .doesNotContain(tuple("PER", "CONSULT", "ETH"));
  }

  @Test
  void aMinistryOfHomeAffairsNamedAloneIsTheDatelinesCountrys() {
    // "وزارة الثروة الحيوانية" with no country: that of the dateline's country, though the article names the other more
    String text = "صادرت دورية إثيوبية قطيعا من الماشية قرب الحدود الإثيوبية. "
        + "واتهمت وزارة الثروة الحيوانية والمراعي السلطات الإثيوبية بسرقة المواشي.";
    EventCoderTest.E nairobi = EventCoderTest.city("Nairobi", "KEN", "نيروبي");
    EventCoderTest.E ethiopia = country("Ethiopia", "ETH", "إثيوبيا", "الإثيوبية");
    assertThat(EventCoderTest.codeFrom("نيروبي - وكالات", text, KENYA, ethiopia, nairobi))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("KEN", "ACCUSE", "ETH"));
    // no dateline: the country is not guessed
    assertThat(code(text, KENYA, ethiopia))
        .extracting(Event::type)
        .doesNotContain("ACCUSE");
  }
}
