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
import org.marsad.doc.EntityType;

/**
 * A state's forces and the militants they fight (fourteenth round): armed men of no named group struck or held
 * by a state's forces are of the country where they fight; the thing a verb of doing made ("نفذ الجيش ضربات
 * جوية") does what the verb after it tells ("استهدفت مواقع"); the outcome told with no doer beside an act whose
 * doer is named is that act; "القضاء على" armed men kills them; a detachment is a unit of its force; a number's
 * figure in brackets ("ثلاثة (03)") is read past; those held with a nationality told ("يحملون الجنسية X") are of
 * it; "غلق" closes a border as "إغلاق" does; a body found by name and tied to no country whose name ends in a
 * country's adjective the article names is of that country. Invented sentences; "code/sector" as in
 * {@link MaterialEventsTest}. Forces announcing the killing of armed men ("أعلن الجيش مقتل ستة مسلحين") killed them.
 */
class ForcesAndMilitantsTest {

  static final EventCoderTest.E MALI = country("Mali", "MLI", "مالي", "المالي", "المالية");
  static final EventCoderTest.E MOPTI = city("Mopti", "MLI", "موبتي");
  static final EventCoderTest.E GAO = city("Gao", "MLI", "غاو");
  static final EventCoderTest.E FRANCE = country("France", "FRA", "فرنسا", "الفرنسي", "الفرنسية");

  @Test
  void militantsKilledByAStatesForcesAreOfTheCountryWhereTheyFight() {
    assertThat(of("ASSAULT", code("وقتل الجيش المالي سبعة مسلحين في موبتي.", MALI, MOPTI)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("MLI/MIL", "MLI/UAF"));
    assertThat(of("COERCE", code("واعتقلت الشرطة المالية أربعة متشددين في غاو.", MALI, GAO)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("MLI/COP", "MLI/UAF"));
  }

  @Test
  void unknownGunmenStayOfNoCountry() {
    assertThat(of("ASSAULT", code("وقتل الجيش المالي مسلحين مجهولين في موبتي.", MALI, MOPTI)))
        .extracting(TARGET).containsOnly("-/UAF");
  }

  @Test
  void foreignForcesWithNoPlaceNamedLeaveTheMilitantsUnplaced() {
    assertThat(of("ASSAULT", code("وقال البيان إن الجيش الفرنسي قتل خمسة مسلحين.", FRANCE)))
        .extracting(TARGET).containsOnly("-/UAF");
  }

  @Test
  void theThingAVerbOfDoingMadeDoesWhatTheVerbAfterItTells() {
    assertThat(of("ASSAULT", code("وأعلن المتحدث أن الجيش المالي نفذ ثلاث غارات جوية استهدفت مواقع للمتمردين "
        + "في موبتي.", MALI, MOPTI))).extracting(ACTOR, TARGET).containsExactly(tuple("MLI/MIL", "MLI/REB"));
  }

  @Test
  void aRaidThatTargetsIsNoAttackOfTheRaiders() {
    assertThat(of("ASSAULT", code("ونفذت الشرطة المالية عشرين عملية دهم استهدفت أوساطا متطرفة في غاو.", MALI, GAO)))
        .extracting(ACTOR).doesNotContain("MLI/COP");
  }

  @Test
  void theDeadToldWithNoDoerAreTheOutcomeOfTheNamedStrike() {
    assertThat(of("ASSAULT", code("ونفذ الجيش المالي ضربات جوية استهدفت مواقع للمسلحين في موبتي، ما أدى إلى مقتل ستة "
        + "مسلحين.", MALI, MOPTI))).extracting(ACTOR, TARGET).containsExactly(tuple("MLI/MIL", "MLI/UAF"));
  }

  @Test
  void armedMenDoneAwayWithAreKilled() {
    assertThat(of("ASSAULT", code("وتمكنت مفرزة للجيش المالي من القضاء على ثلاثة (03) إرهابيين في موبتي.",
        MALI, MOPTI))).extracting(ACTOR, TARGET).containsExactly(tuple("MLI/MIL", "MLI/UAF"));
    assertThat(code("وقال الوزير إن القضاء على الفساد أولوية الحكومة المالية.", MALI))
        .extracting(e -> e.type()).doesNotContain("ASSAULT");
  }

  static final EventCoderTest.E ALGERIA = country("Algeria", "DZA", "الجزائر", "الجزائري", "الجزائرية");
  static final EventCoderTest.E TIARET = city("Tiaret", "DZA", "تيارت");

  @Test
  void theVerbOfDoneAwayWithKillsArmedMenOnly() {
    assertThat(of("ASSAULT", code("وقضت وحدات الجيش المالي على خمسة من المسلحين في موبتي.", MALI, MOPTI)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("MLI/MIL", "MLI/UAF"));
    assertThat(code("وقضى الرئيس المالي ليلته في موبتي بعد أن قضت المحكمة بسجن الوزير.", MALI, MOPTI))
        .extracting(e -> e.type()).doesNotContain("ASSAULT");
    assertThat(code("وقضت محكمة مالية في موبتي بإعدام أربعة إرهابيين.", MALI, MOPTI))
        .extracting(e -> e.type()).doesNotContain("ASSAULT");
  }

  @Test
  void othersHeldAfterArmedMenKilledAreOfThem() {
    assertThat(of("COERCE", code("وقتلت القوات المالية ستة متمردين وألقت القبض على أربعة آخرين في غاو.", MALI, GAO)))
        .extracting(TARGET).containsExactly("MLI/REB");
    assertThat(of("COERCE", code("وتمكنت مفرزة للجيش من القضاء على إرهابيين اثنين وتوقيف ثالث في تيارت.",
        ALGERIA, TIARET))).extracting(TARGET).containsExactly("DZA/UAF");
  }

  @Test
  void forcesOfNoCountryOfTheirOwnThatKillAndArrestDoBoth() {
    assertThat(of("COERCE", code("وقالت السلطات المالية إن قوات الأمن قتلت ثلاثة مسلحين واعتقلت خمسة آخرين في موبتي.",
        MALI, MOPTI))).extracting(ACTOR).containsExactly("MLI/COP");
  }

  @Test
  void othersHeldAfterNoArmedMenStayUnnamed() {
    assertThat(of("COERCE", code("وأصابت الشرطة المالية ثلاثة متظاهرين وألقت القبض على خمسة آخرين في غاو.", MALI, GAO)))
        .extracting(TARGET).doesNotContain("MLI/UAF");
  }

  static final EventCoderTest.E SYRIA = country("Syria", "SYR", "سوريا");
  static final EventCoderTest.E NIGER = EventCoderTest.nisbas("Niger", "NER", "النيجرية", "النيجري");

  @Test
  void thoseHeldWithANationalityToldAreOfIt() {
    assertThat(of("COERCE", code("واعتقلت الشرطة المالية في غاو خمسة متسللين يحملون الجنسية النيجرية.", MALI, GAO, NIGER)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("MLI/COP", "NER"));
  }

  @Test
  void aBorderClosedByTheMasdarOfFormOne() {
    assertThat(of("COERCE", code("وقررت الحكومة المالية غلق منفذ غاو الحدودي مع سوريا لمدة أسبوع.", MALI, SYRIA)))
        .extracting(e -> e.actor().code(), e -> e.target().code()).containsExactly(tuple("MLI", "SYR"));
    assertThat(of("COERCE", code("وقررت الحكومة المالية غلق ملف القضية.", MALI))).isEmpty();
  }

  @Test
  void aBodyNamedWithACountrysAdjectiveIsOfThatCountry() {
    EventCoderTest.E army = new EventCoderTest.E("org:niger-occupation-army", EntityType.ORG, null, null,
        "جيش الاحتلال النيجري");
    assertThat(of("ASSAULT", code("وقصف جيش الاحتلال النيجري قرى قرب غاو، فيما نفت الحكومة النيجرية ذلك.", army, NIGER,
        MALI, GAO))).extracting(ACTOR).containsExactly("NER/MIL");
  }

  @Test
  void forcesAnnouncingTheKillingOfArmedMenKilledThem() {
    assertThat(of("ASSAULT", code("وأعلن الجيش المالي مقتل ستة مسلحين في موبتي.", MALI, MOPTI)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("MLI/MIL", "MLI/UAF"));
    assertThat(of("ASSAULT", code("وأعلن الجيش المالي مقتل ثلاثة من جنوده في موبتي.", MALI, MOPTI)))
        .extracting(ACTOR).doesNotContain("MLI/MIL");
  }

  @Test
  void gunmenNamedAgainAreTheNamedGroupsArmedMen() {
    EventCoderTest.E group = new EventCoderTest.E("org:x-militia", EntityType.ORG, null, "MLI", "كتيبة الصحراء");
    assertThat(of("ASSAULT", code("قتل ستة جنود في كمين نصبه مسلحو كتيبة الصحراء قرب موبتي. وأفاد مصدر بأن المسلحين فتحوا "
        + "النار على الجنود في موبتي.", group, MALI, MOPTI))).extracting(ACTOR).doesNotContain("-/UAF");
  }
}
