package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;

/**
 * Arrests as the news of the Maghreb and the Levant words them ("أوقفت الوحدات الأمنية"، "إيقاف
 * 40 مهاجرا"). Invented sentences.
 */
class MaterialArrestsTest {

  static final EventCoderTest.E TUNISIA = country("Tunisia", "TUN", "تونس", "التونسية", "التونسي");
  static final EventCoderTest.E LEBANON = country("Lebanon", "LBN", "لبنان", "اللبنانية", "اللبناني");

  @Test
  void heldIsArrestedWhenPeopleFollow() {
    assertThat(of("COERCE", code("أوقفت الوحدات الأمنية التونسية خمسة شبان في حي شعبي.", TUNISIA)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("TUN/COP", "-/CVL"));
    assertThat(of("COERCE", code("وأوقفت القوى الأمنية اللبنانية عشرة أشخاص في الشمال.", LEBANON)))
        .extracting(ACTOR).containsExactly("LBN/COP");
  }

  static final EventCoderTest.E MOROCCO = country("Morocco", "MAR", "المغرب", "المغربية", "المغربي");

  @Test
  void policeWithoutTheirCountryHoldPeopleOfThePlace() {
    assertThat(of("COERCE", code("وقال مصدر أمني إن الوحدات الأمنية أوقفت عشرين شخصا في تونس.", TUNISIA)))
        .extracting(ACTOR).containsExactly("TUN/COP");
    assertThat(of("COERCE", code("أوقفت مصالح الأمن 15 شابا في المغرب بعد المواجهات.", MOROCCO)))
        .extracting(ACTOR).containsExactly("MAR/COP");
    assertThat(of("COERCE", code("أوقفت الشرطة حركة المرور في تونس طيلة ساعتين.", TUNISIA))).isEmpty();
    // no place, no dateline: whose police hold the man named by his nationality is not told
    assertThat(of("COERCE", code("وأوقفت الأجهزة الأمنية الأسبوع الماضي مواطنا تونسيا.", TUNISIA))).isEmpty();
  }

  @Test
  void suspectsHeldWithNoCountryAreOfThePlace() {
    assertThat(of("COERCE", code("اعتقلت الشرطة ثلاثة مشتبه بهم في تونس بعد السرقة.", TUNISIA)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("TUN/COP", "TUN/CRM"));
  }

  @Test
  void aCampaignOfArrestsHoldsThoseItReached() {
    assertThat(of("COERCE", code("شنت الشرطة العراقية حملة اعتقالات في جنوب العراق، طالت عشرة شبان.", IRAQ)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("IRQ/COP", "IRQ/CVL"));
  }

  @Test
  void heldIsAHaltWhenAThingFollows() {
    assertThat(of("COERCE", code("أوقفت الحكومة التونسية مشروع الطريق السريع.", TUNISIA))).isEmpty();
    assertThat(of("COERCE", code("قررت الوزارة إيقاف نقل البضائع بين الولايتين.", TUNISIA))).isEmpty();
    assertThat(of("COERCE", code("أوقفت الشركة رحلاتها إلى المدينة.", TUNISIA))).isEmpty();
  }

  @Test
  void migrantsCountedInTheSingularAreRefugees() {
    assertThat(of("COERCE", code("أوقفت وحدات الأمن التونسية 75 مهاجرا قبالة سواحل المنستير.", TUNISIA)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("TUN/COP", "-/REF"));
  }

  static final EventCoderTest.E IRAQ = country("Iraq", "IRQ", "العراق", "العراقية", "العراقي");

  @Test
  void theForcesOfTheClauseBeforeHoldThoseAfterTheJoinedVerb() {
    assertThat(of("COERCE", code("نفذت قوة من الشرطة العراقية حملة تفتيش في البصرة، واعتقلت سبعة مشتبه بهم.", IRAQ)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("IRQ/COP", "-/CRM"));
    assertThat(of("COERCE", code("أجرت قوات الأمن العراقية تفتيشا في الحي واعتقلت خمسة أشخاص.", IRAQ)))
        .extracting(ACTOR).containsExactly("IRQ/COP");
  }

  @Test
  void aUnitOfTheArmyNamedAfterItsVerbHoldsThoseAfterTheJoinedVerb() {
    // "قوة من الجيش": the unit is the subject; the "من" inside its name makes it no oblique party
    assertThat(of("COERCE", code("دخلت قوة من الجيش العراقي قرية الحمراء فجر الأحد واعتقلت ثلاثة مطلوبين.", IRAQ)))
        .extracting(ACTOR).containsExactly("IRQ/MIL");
    assertThat(of("COERCE", code("انتشرت قوة من الشرطة العراقية، مساء السبت، في السوق، واعتقلت أربعة مشتبه بهم.", IRAQ)))
        .extracting(ACTOR).containsExactly("IRQ/COP");
  }

  @Test
  void forcesOfAnotherStateArrestThePeopleOfThePlace() {
    // no one named arrested: those of the place's country are
    assertThat(of("COERCE", code("توغلت قوة من الجيش الإسرائيلي في بلدة بجنوب لبنان، واعتقلت راعيين.",
        MaterialEventsTest.ISRAEL, MaterialEventsTest.SOUTH_LEBANON)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("ISR/MIL", "LBN"));
  }

  @Test
  void directoratesAndOfficesOfSecurityArrest() {
    // a province's office of security takes the country of the city it is named after
    EventCoderTest.E sfax = EventCoderTest.city("Sfax", "TUN", "صفاقس");
    assertThat(of("COERCE", code("وأعلنت إدارة أمن صفاقس توقيف 12 شابا بعد أعمال الشغب.", TUNISIA, sfax)))
        .extracting(ACTOR).containsExactly("TUN/COP");
    assertThat(of("COERCE", code("واعتقلت مديرية أمن صفاقس ثمانية أشخاص ليلة الأحد.", TUNISIA, sfax)))
        .extracting(ACTOR).containsExactly("TUN/COP");
    // the national directorate, known with its country, is the police
    EventCoderTest.E dgsn = EventCoderTest.org("Moroccan DGSN", "MAR", "المديرية العامة للأمن الوطني");
    assertThat(of("COERCE", code("أعلنت المديرية العامة للأمن الوطني توقيف 20 شخصا في الدار البيضاء.", MOROCCO, dgsn)))
        .extracting(ACTOR).containsExactly("MAR/COP");
  }
}
