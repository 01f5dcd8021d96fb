package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.org;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;
import static org.marsad.events.MaterialEventsTest.side;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Who is no party: a city in the name of a treaty or a conference, what an accusation charges, a
 * country in what the media are warned of; an outlet named after a place is that country's media;
 * a seat of government is the body it houses; a crowd named by its people is that people's; an act named by a noun after a verb in the future is
 * planned. Invented sentences.
 */
class RolesOfNamesAndPlansTest {

  private static final EventCoderTest.E CANADA = country("Canada", "CAN", "كندا");
  private static final EventCoderTest.E GERMANY = country("Germany", "DEU", "ألمانيا");
  private static final EventCoderTest.E ITALY = country("Italy", "ITA", "إيطاليا");
  private static final EventCoderTest.E RUSSIA = country("Russia", "RUS", "روسيا", "الروسي");
  private static final EventCoderTest.E TURKEY = country("Turkey", "TUR", "تركيا");
  private static final EventCoderTest.E IRAN = country("Iran", "IRN", "إيران", "الإيرانية", "الإيراني");
  private static final EventCoderTest.E SYRIA = country("Syria", "SYR", "سوريا");
  private static final EventCoderTest.E EGYPT = country("Egypt", "EGY", "مصر", "المصرية", "المصري");
  private static final EventCoderTest.E JORDAN = country("Jordan", "JOR", "الأردنية");
  private static final EventCoderTest.E FRANCE = country("France", "FRA", "الفرنسي");
  private static final EventCoderTest.E ALGERIA = country("Algeria", "DZA", "الجزائر");
  private static final EventCoderTest.E TUNISIA = country("Tunisia", "TUN", "تونس");
  private static final EventCoderTest.E PARIS = city("Paris", "FRA", "باريس");
  private static final EventCoderTest.E LISBON = city("Lisbon", "PRT", "لشبونة");
  private static final EventCoderTest.E ASTANA = city("Astana", "KAZ", "أستانا");
  private static final EventCoderTest.E DAMASCUS = city("Damascus", "SYR", "دمشق");
  private static final EventCoderTest.E TEHRAN = city("Tehran", "IRN", "طهران");
  private static final EventCoderTest.E AL_JAZEERA = org("org:al-jazeera", "QAT", "قناة الجزيرة");
  private static final EventCoderTest.E WHITE_HOUSE = org("org:white-house", "USA", "البيت الأبيض");
  private static final EventCoderTest.E KNESSET = org("org:knesset", "ISR", "الكنيست");
  private static final EventCoderTest.E REUTERS = org("org:reuters", "GBR", "رويترز");
  private static final EventCoderTest.E ASHARQ = org("org:asharq-al-awsat", "SAU", "الشرق الأوسط");
  private static final EventCoderTest.E IRAQ = country("Iraq", "IRQ", "العراقية");
  private static final EventCoderTest.E MOSUL = city("Mosul", "IRQ", "الموصل");
  private static final EventCoderTest.E BAGHDAD = city("Baghdad", "IRQ", "بغداد");
  private static final EventCoderTest.E KING_KHALID = EventCoderTest.person("person:khalid", null, "خالد");
  private static final EventCoderTest.E RIYADH = city("Riyadh", "SAU", "الرياض");
  private static final EventCoderTest.E QATAR = country("Qatar", "QAT", "قطر", "لقطر");
  private static final EventCoderTest.E BRITAIN = country("United Kingdom", "GBR", "بريطانيا");
  private static final EventCoderTest.E ISRAELIS = country("Israel", "ISR", "الإسرائيليين");

  @Test
  void aCityInTheNameOfATreatyOrTalksIsNoParty() {
    assertThat(code("أعلنت كندا أنها ستنسحب من اتفاقية باريس للمناخ.", CANADA, PARIS)).isEmpty();
    assertThat(code("ووقعت ألمانيا وإيطاليا على معاهدة لشبونة في ديسمبر.", GERMANY, ITALY, LISBON))
        .extracting(e -> side(e.actor()), e -> side(e.target())).containsExactly(tuple("DEU", "ITA"));
    assertThat(code("وقال الوزير إن روسيا ستشارك في محادثات أستانا مع تركيا.", RUSSIA, TURKEY, ASTANA))
        .extracting(e -> side(e.actor()), e -> side(e.target())).containsExactly(tuple("RUS", "TUR"));
  }

  @Test
  void aCityNamingATreatyIsNotTheCountryOfItsOwn() {
    // "بلاده" takes the country named before it, and Lisbon names the treaty, not the minister's land
    assertThat(code("وقال الوزير إن معاهدة لشبونة لم تعد كافية وإن بلاده ستتفاوض مع تركيا.", LISBON, TURKEY))
        .extracting(e -> side(e.actor())).doesNotContain("PRT");
  }

  @Test
  void twoCapitalsJoinedAfterAnAgreementAreItsParties() {
    assertThat(code("ورحب الوزير باتفاق دمشق وطهران على إنهاء الأزمة.", DAMASCUS, TEHRAN))
        .extracting(Event::type, e -> side(e.actor()), e -> side(e.target())).contains(tuple("AGREE", "SYR", "IRN"));
  }

  @Test
  void whatAnAccusationChargesIsNoEventOfItsOwn() {
    assertThat(code("واتهم المتحدث باسم الخارجية الإيرانية \"الجماعات المسلحة\" التي يحظى بعضها ب\"دعم من تركيا\""
        + " بالوقوف وراء الهجمات.", IRAN, TURKEY)).extracting(Event::type).doesNotContain("SUPPORT");
    assertThat(code("اتهمت روسيا تركيا بدعم الإرهاب في سوريا.", RUSSIA, TURKEY, SYRIA))
        .extracting(Event::type, e -> side(e.actor()), e -> side(e.target()))
        .containsExactly(tuple("ACCUSE", "RUS", "TUR"));
  }

  @Test
  void anActNamedByANounAfterAVerbInTheFutureIsPlanned() {
    assertThat(code("وسيزور الرئيس الفرنسي الجزائر الأسبوع المقبل لبحث التعاون بين البلدين.", FRANCE, ALGERIA))
        .extracting(Event::type, Event::mode).containsExactly(tuple("CONSULT", "planned"), tuple("COOPERATE", "planned"));
    assertThat(code("وسيعقد الوزير جلسة عمل مع نظيره المصري لتنسيق المواقف بين تونس ومصر.", EGYPT, TUNISIA))
        .extracting(Event::type, Event::mode).containsExactly(tuple("COOPERATE", "planned"));
    assertThat(code("وزار الرئيس الفرنسي الجزائر أمس، وبحث مع نظيره التعاون بين البلدين.", FRANCE, ALGERIA))
        .extracting(Event::mode).containsOnly("asserted");
  }

  @Test
  void aCountryInWhatTheMediaAreWarnedOfIsNotWhomTheWarningIsAddressedTo() {
    assertThat(code("وحذرت السلطات الأردنية وسائل الإعلام من نشر أخبار تسيء إلى سوريا.", JORDAN, SYRIA)).isEmpty();
    assertThat(code("حذرت إيران تركيا من أي عمل عسكري.", IRAN, TURKEY))
        .extracting(e -> side(e.actor()), e -> side(e.target())).containsExactly(tuple("IRN", "TUR"));
    assertThat(code("وحذرت مصر من تدخل إيران في شؤون الخليج.", EGYPT, IRAN))
        .extracting(e -> side(e.target())).containsExactly("IRN");
  }

  @Test
  void anOutletNamedAfterAPlaceIsItsCountrysMediaNotTheState() {
    assertThat(code("حذرت الحكومة المصرية قناة الجزيرة من بث تقارير كاذبة.", EGYPT, AL_JAZEERA))
        .extracting(e -> side(e.target())).containsExactly("QAT/MED");
  }

  @Test
  void aSeatOfGovernmentIsTheBodyItHousesAndACrowdBeforeItProtestsAgainstIt() {
    assertThat(of("PROTEST", code("وتجمع آلاف المتظاهرين أمام البيت الأبيض أمس للمطالبة بإنهاء الحرب.", WHITE_HOUSE)))
        .extracting(TARGET).containsExactly("USA/GOV");
    assertThat(of("PROTEST", code("وتظاهر مئات الطلاب أمام مبنى الكنيست أمس احتجاجا على القانون.", KNESSET)))
        .extracting(TARGET).containsExactly("ISR/LEG");
  }

  @Test
  void aCrowdNamedByItsPeopleIsCodedWithItsCountryAlone() {
    assertThat(of("PROTEST", code("وتظاهر آلاف الإسرائيليين في تل أبيب أمس احتجاجا على القانون.", ISRAELIS)))
        .extracting(ACTOR).containsExactly("ISR");
    assertThat(of("PROTEST", code("وتظاهر مئات الطلاب أمام مبنى الكنيست أمس احتجاجا على القانون.", KNESSET)))
        .extracting(ACTOR).containsExactly("-/EDU");
  }

  @Test
  void anOutletToldSomethingIsNoPartyToWhatItWasTold() {
    assertThat(code("وقال مسؤول في الشرطة العراقية لرويترز إن مسلحين هاجموا نقطة تفتيش في بغداد.", REUTERS, IRAQ, BAGHDAD))
        .isNotEmpty().allSatisfy(e -> assertThat(side(e.actor()) + side(e.target())).doesNotContain("GBR"));
    assertThat(code("بغداد - قالت إحدى الرهائن لـ«الشرق الأوسط» إنها خطفت مع زملائها قرب الموصل.", BAGHDAD, ASHARQ, MOSUL))
        .allSatisfy(e -> assertThat(side(e.actor()) + side(e.target())).doesNotContain("SAU").doesNotContain("IRQ/"));
  }

  @Test
  void anOutletAttackedIsStillTheTarget() {
    assertThat(of("ASSAULT", code("وقال مسؤول إن مسلحين هاجموا قناة الجزيرة في بغداد أمس.", AL_JAZEERA, BAGHDAD)))
        .extracting(TARGET).containsExactly("QAT/MED");
  }

  @Test
  void aPersonAPlaceIsNamedForIsNoParty() {
    assertThat(of("ASSAULT", code("وأطلق المتمردون صاروخا على مطار الملك خالد في الرياض أمس.", KING_KHALID, RIYADH)))
        .extracting(TARGET).containsExactly("SAU");
  }

  @Test
  void aCallToOnesOwnCitizensIsNoRequestToTheStatesNamedInIt() {
    assertThat(code("ودعت بريطانيا، رعاياها، المقيمين والزائرين لقطر إلى توخي الحذر.", BRITAIN, QATAR)).isEmpty();
    assertThat(code("ودعت بريطانيا قطر إلى حماية رعاياها المقيمين فيها.", BRITAIN, QATAR))
        .extracting(Event::type, e -> side(e.actor()), e -> side(e.target())).containsExactly(tuple("REQUEST", "GBR", "QAT"));
  }
}
