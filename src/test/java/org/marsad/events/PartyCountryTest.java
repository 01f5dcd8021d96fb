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
import org.marsad.doc.Event;

/**
 * The country of a party named by its sector (issue 12, the causes found on samples/heldout2):
 * the country's adjective after another adjective, and a domestic party with no country of its
 * own in an article that names its country elsewhere. Invented sentences.
 */
class PartyCountryTest {

  private static final EventCoderTest.E TURKEY = country("Turkey", "TUR", "التركية", "التركي");
  private static final EventCoderTest.E IRAQ = country("Iraq", "IRQ", "العراقية", "العراق");
  private static final EventCoderTest.E DUHOK = city("Duhok", "IRQ", "دهوك");
  private static final EventCoderTest.E COLOMBIA = country("Colombia", "COL", "الكولومبية");
  private static final EventCoderTest.E ZARQA = city("Zarqa", "JOR", "الزرقاء");
  private static final EventCoderTest.E AMMAN = city("Amman", "JOR", "عمان");
  private static final EventCoderTest.E LONDON = city("London", "GBR", "لندن");

  @Test
  void theCountrysAdjectiveAfterAnotherAdjectiveStillNamesTheForces() {
    assertThat(of("ASSAULT", code("قصفت القوات الجوية التركية أمس مواقع في محافظة دهوك العراقية.", TURKEY, DUHOK, IRAQ)))
        .extracting(ACTOR).containsOnly("TUR/MIL");
    assertThat(of("COERCE", code("اعتقلت الشرطة الوطنية الكولومبية أمس خمسة أشخاص.", COLOMBIA)))
        .extracting(ACTOR).containsExactly("COL/COP");
  }

  @Test
  void aBodyNamedWithItsCountryAfterFiIsThatCountrys() {
    EventCoderTest.E chad = country("Chad", "TCD", "تشاد");
    EventCoderTest.E sudan = country("Sudan", "SDN", "السوداني");
    assertThat(of("ACCUSE", code("اتهمت الحكومة الانتقالية في تشاد أمس الجيش السوداني بقصف قرية حدودية.", chad, sudan)))
        .extracting(e -> e.actor().code(), e -> e.target().code()).containsExactly(tuple("TCD", "SDN"));
  }

  @Test
  void aNounAfterTheSectorIsNoAdjective() {
    // "مواقع" has no article: the object, not an adjective of the forces
    assertThat(of("ASSAULT", code("قصفت القوات أمس مواقع تركية.", country("Turkey", "TUR", "تركية"))))
        .extracting(ACTOR).doesNotContain("TUR/MIL");
  }

  @Test
  void theArrestedWithNoPlaceAreOfTheCountryOfTheArticle() {
    assertThat(of("COERCE", code("اعتقلت الشرطة الوطنية الكولومبية خمسة أشخاص أمس. وقالت الشرطة إنهم "
        + "ينتمون إلى عصابة.", COLOMBIA)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("COL/COP", "COL/CVL"));
  }

  @Test
  void aCrowdMarchingInTheCountryOfItsArticleIsOfIt() {
    assertThat(of("PROTEST", code("أضرب مئات العمال في مدينة الزرقاء أمس احتجاجا على تأخر رواتبهم. "
        + "وقالت النقابة إن الإضراب سيستمر حتى صرف الرواتب.", ZARQA)))
        .extracting(ACTOR, Event::place).contains(tuple("JOR/LAB", "Zarqa"));
  }

  @Test
  void aCrowdBeforeAnEmbassyOrInASentenceAloneKeepsNoCountry() {
    assertThat(of("PROTEST", code("تظاهر مئات الطلاب أمام السفارة في لندن أمس. وقال المنظمون إن "
        + "المظاهرة كانت سلمية.", LONDON)))
        .extracting(ACTOR).containsOnly("-/EDU");
    assertThat(of("PROTEST", code("أضرب مئات العمال في مدينة الزرقاء أمس احتجاجا على تأخر رواتبهم.", ZARQA)))
        .extracting(ACTOR).containsOnly("-/LAB");
  }

  @Test
  void aNumbersAccusativeNisbaIsItsPeopleNotTheCountryOfTheSameName() {
    var syria = country("Syria", "SYR", "سوريا");
    assertThat(of("COERCE", code("اعتقلت الشرطة التركية 30 سوريا في إسطنبول أمس.", TURKEY, syria)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("TUR/COP", "SYR"));
  }

  @Test
  void aStateThatArrestsWhereNoPlaceIsNamedIsTheArticles() {
    assertThat(of("COERCE", code("تجمع مئات المحتجين في عمان أمس. وتم توقيف ستة أشخاص من المشاغبين.", AMMAN)))
        .extracting(ACTOR, TARGET).contains(tuple("JOR", "JOR/CVL"));
  }

  @Test
  void forcesWithNoCountryAreTheForcesNamedLastWithOne() {
    // the village is the other country's: the soldiers are still the forces the article named before
    EventCoderTest.E turkish = country("Turkey", "TUR", "التركي");
    assertThat(of("ASSAULT", code("توغل الجيش التركي في قرية قرب دهوك العراقية. وقال سكان إن الجنود أطلقوا "
        + "النار على المزارعين في القرية.", turkish, DUHOK, IRAQ)))
        .extracting(ACTOR).containsOnly("TUR/MIL");
  }
  @Test
  void aGendarmerieOrIntelligenceServiceNamedWithoutASectorWordHasItsOwn() {
    // the knowledge base's Tunisian National Guard is a gendarmerie, Turkey's Jandarma too, Morocco's DGST a service
    EventCoderTest.E guard = new EventCoderTest.E("org:tunisia-national-guard", EntityType.ORG, null, "TUN",
        "الحرس الوطني التونسي");
    EventCoderTest.E jandarma = new EventCoderTest.E("org:turkey-jandarma", EntityType.ORG, null, "TUR", "الجندرمة");
    EventCoderTest.E dgst = new EventCoderTest.E("org:morocco-dgst", EntityType.ORG, null, "MAR",
        "المديرية العامة لمراقبة التراب الوطني");
    assertThat(of("COERCE", code("واعتقل الحرس الوطني التونسي أمس ثلاثة مهربين.", guard)))
        .extracting(ACTOR).containsExactly("TUN/COP");
    assertThat(of("COERCE", code("واعتقلت الجندرمة أمس عشرة أشخاص.", jandarma)))
        .extracting(ACTOR).containsExactly("TUR/COP");
    assertThat(of("COERCE", code("واعتقلت المديرية العامة لمراقبة التراب الوطني أمس أربعة أشخاص.", dgst)))
        .extracting(ACTOR).containsExactly("MAR/SPY");
  }
}
