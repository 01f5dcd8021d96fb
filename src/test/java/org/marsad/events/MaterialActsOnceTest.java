package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;

/**
 * Material acts told once and at home (thirteenth round): one event per act and pair in a sentence however
 * many words name it; forces sent to one's own border or reinforcing their deployment are a mobilisation with
 * no target. Invented sentences; "code/sector" as in {@link MaterialEventsTest}.
 */
class MaterialActsOnceTest {

  static final EventCoderTest.E CHAD = country("Chad", "TCD", "تشاد", "التشادية", "التشادي");
  static final EventCoderTest.E ABECHE = city("Abeche", "TCD", "أبشة");
  static final EventCoderTest.E SUDAN = country("Sudan", "SDN", "السودان", "السوداني", "السودانية");
  static final EventCoderTest.E DARFUR = city("Darfur", "SDN", "دارفور");

  @Test
  void anAttackToldByThreeWordsIsOneEvent() {
    assertThat(of("ASSAULT", code("قتل 12 جنديا في هجوم شنه مسلحون على ثكنة للجيش التشادي قرب أبشة، بدأ بتفجير سيارة "
        + "مفخخة عند مدخلها قبل أن يقتحمها المسلحون.", CHAD, ABECHE))).hasSize(1);
  }

  @Test
  void twoAttacksToldApartStayTwo() {
    assertThat(of("ASSAULT", code("قتل شرطي في انفجار عبوة ناسفة في أبشة، في حين قتل مدني بهجوم على سوق في البلدة نفسها.",
        CHAD, ABECHE))).hasSize(2);
    assertThat(of("ASSAULT", code("قتل شرطي في انفجار عبوة ناسفة في أبشة، ثم وقع انفجار ثان قرب المسجد.", CHAD, ABECHE)))
        .hasSize(2);
  }

  @Test
  void anArrestAndASeizureAreTwoActs() {
    assertThat(of("COERCE", code("وألقى الجيش التشادي القبض على ثلاثة مهربين وصادر أسلحة وذخائر قرب أبشة.", CHAD, ABECHE)))
        .extracting(e -> e.subtype()).contains("arrest", "confiscate");
  }

  @Test
  void reinforcementsSentToOnesOwnBorderHaveNoTarget() {
    assertThat(of("MOBILIZE", code("وأعلنت وزارة الدفاع التشادية إرسال تعزيزات عسكرية إلى الحدود مع دارفور.", CHAD, DARFUR)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("TCD/GOV", "-"));
    assertThat(of("MOBILIZE", code("ونشرت تشاد قواتها على حدودها مع السودان.", CHAD, SUDAN)))
        .extracting(TARGET).containsOnly("-");
  }

  @Test
  void forcesSentIntoAnotherStateStillTargetIt() {
    assertThat(of("MOBILIZE", code("وأرسلت تشاد قوات إلى دارفور.", CHAD, DARFUR)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("TCD", "SDN"));
  }

  @Test
  void anArmyReinforcingItsDeploymentMobilises() {
    assertThat(of("MOBILIZE", code("وعزز الجيش التشادي انتشاره عند مداخل أبشة، ودفع بآليات مدرعة إلى الطريق الشرقي.",
        CHAD, ABECHE))).extracting(ACTOR, TARGET).containsExactly(tuple("TCD/MIL", "-"));
  }

  static final EventCoderTest.E JORDAN = country("Jordan", "JOR", "الأردن", "الأردنية", "الأردني");
  static final EventCoderTest.E ZARQA = city("Zarqa", "JOR", "الزرقاء");

  @Test
  void thePoliceAnnouncingArrestsOfTheirOwnPeopleMadeThem() {
    assertThat(of("COERCE", code("وأعلنت الشرطة الأردنية اعتقال خمسة أشخاص في محافظة الزرقاء.", JORDAN, ZARQA)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("JOR/COP", "JOR/CVL"));
  }

  @Test
  void aUnitOfABodyAnnouncesAsTheBody() {
    assertThat(of("COERCE", code("وأعلنت وحدة مكافحة التهريب في الشرطة الأردنية اعتقال خمسة أشخاص في محافظة الزرقاء.",
        JORDAN, ZARQA))).extracting(ACTOR, TARGET).containsExactly(tuple("JOR/COP", "JOR/CVL"));
  }

  @Test
  void aMinistryAnnouncingItsCitizensHeldStillDidNotHoldThem() {
    assertThat(of("COERCE", code("وأعلنت وزارة الخارجية الأردنية اعتقال خمسة مواطنين أردنيين في تشاد.", JORDAN, CHAD)))
        .extracting(ACTOR).doesNotContain("JOR/GOV");
  }

  static final EventCoderTest.E LEBANON = country("Lebanon", "LBN", "لبنان", "اللبنانية", "اللبناني");
  static final EventCoderTest.E SIDON = city("Sidon", "LBN", "صيدا");

  @Test
  void anOfficialOfAMovementIsOfItsCountryNotThePlaces() {
    assertThat(of("ASSAULT", code("واغتيل مسؤول أمني في حركة فتح برصاص مسلحين في مدينة صيدا اللبنانية.", LEBANON, SIDON,
        EventCoderTest.org("org:fatah", "PSE", "حركة فتح")))).extracting(TARGET).containsExactly("PSE");
    // a member "في" a place is where he is
    assertThat(of("ASSAULT", code("واغتيل مسؤول أمني في مدينة صيدا اللبنانية برصاص مسلحين.", LEBANON, SIDON)))
        .extracting(TARGET).doesNotContain("PSE");
  }

  @Test
  void aCrowdGoesOutPastATimeSetOffByCommas() {
    String text = "وخرج العشرات من أهالي مدينة أبشة، ظهر اليوم، في وقفة احتجاجية أمام مبنى الولاية.";
    String when = "ظهر اليوم";
    int at = text.indexOf(when);
    assertThat(of("PROTEST", code(text, java.util.List.of(new org.marsad.doc.Timex(at, at + when.length(), when,
        "2024-03-10", "DATE", null)), java.util.List.of(), CHAD, ABECHE))).extracting(ACTOR).containsExactly("-/CVL");
    // (a crowd in a sentence alone is of no country); a comma that closes no time still ends the words that tell who held it
    assertThat(of("PROTEST", code("وخرج العشرات من أهالي مدينة أبشة، وفي وقفة احتجاجية سابقة رفعوا لافتات.", CHAD, ABECHE)))
        .isEmpty();
  }
}
