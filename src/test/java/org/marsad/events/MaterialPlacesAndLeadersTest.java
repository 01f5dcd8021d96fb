package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.person;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.BAGHDAD;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.TUNIS;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;

/**
 * Who did and who suffered, as the grammar tells: a town is where an act falls, never its doer;
 * a coalition led by a state is of that state; an arrest whose doer is unnamed is the police's,
 * prosecutor's or ministry's that tells of it; the numbers one and two after the people they count
 * belong to the party ("مهاجمين اثنين"). Invented sentences.
 */
class MaterialPlacesAndLeadersTest {

  private static final EventCoderTest.E ALEPPO = city("Aleppo", "SYR", "حلب");
  private static final EventCoderTest.E SYRIA = country("Syria", "SYR", "السوري", "السورية");
  private static final EventCoderTest.E USA = country("United States", "USA", "الولايات المتحدة");
  private static final EventCoderTest.E FRANCE = country("France", "FRA", "فرنسا");
  private static final EventCoderTest.E SFAX = city("Sfax", "TUN", "صفاقس");

  @Test
  void aTownAfterAnAttacksNounIsWhereItFellNotWhoDidIt() {
    assertThat(of("ASSAULT", code("وأوقعت اعتداءات بغداد أمس عشرين قتيلا.", BAGHDAD)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("-", "IRQ"));
  }

  @Test
  void aTownAfterTheDoerOfAnAttacksVerbIsWhatItStruck() {
    assertThat(of("ASSAULT", code("وقصف الجيش السوري حلب أمس بالمدفعية.", SYRIA, ALEPPO)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("SYR/MIL", "SYR"));
    assertThat(of("ASSAULT", code("وقصفت الطائرات حلب أمس.", ALEPPO)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("-/MIL", "SYR"));
  }

  @Test
  void aCoalitionLedByAStateIsOfThatState() {
    assertThat(of("ASSAULT", code("وقتل ستة مدنيين في غارة جوية للتحالف بقيادة الولايات المتحدة على قرية.", USA)))
        .extracting(ACTOR).containsExactly("USA/MIL");
    assertThat(of("ASSAULT", code("وقصف الائتلاف بقيادة فرنسا مواقع المتمردين أمس.", FRANCE)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("FRA/MIL", "-/REB"));
    assertThat(of("ASSAULT", code("وقتل أربعة مدنيين في غارة شنها تحالف تقوده الولايات المتحدة.", USA)))
        .extracting(ACTOR).containsExactly("USA/MIL");
  }

  @Test
  void anArrestWithNoDoerNamedIsThatOfTheForcesThatTellOfIt() {
    assertThat(of("COERCE", code("وقالت الشرطة إن ثلاثة أشخاص اعتقلوا أمس في صفاقس.", SFAX)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("TUN/COP", "TUN/CVL"));
    assertThat(of("COERCE", code("وأعلنت النيابة العامة أن ناشطا اعتقل مساء السبت في تونس.", TUNIS)))
        .extracting(ACTOR).first().asString().endsWith("/JUD");
    assertThat(of("COERCE", code("وقال شهود إن ناشطا اعتقل في تونس.", TUNIS)))
        .extracting(ACTOR).containsExactly("TUN"); // witnesses arrest no one: the state where it fell
  }

  @Test
  void theStateThatArrestsItsOwnPeopleIsNotThem() {
    assertThat(of("COERCE", code("واعتقل ثلاثة ناشطين أمس في صفاقس.", SFAX)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("TUN", "TUN/OPP"));
  }

  @Test
  void oneOrTwoAfterTheNounTheyCountArePartOfTheParty() {
    assertThat(of("ASSAULT", code("وقالت الشرطة إن مهاجمين اثنين قتلوا خمسة أشخاص في بغداد أمس.", BAGHDAD)))
        .extracting(ACTOR).containsExactly("-/UAF");
    assertThat(of("ASSAULT", code("وأكد الشهود أن مسلحا واحدا أطلق النار على المصلين في بغداد.", BAGHDAD)))
        .extracting(ACTOR).containsExactly("-/UAF");
  }

  @Test
  void whoHeldAnOfficeOfStateAndHoldsItNoMoreIsOfTheElites() {
    EventCoderTest.E zaid = person("Zaid Amr", "SYR", "زيد عمرو");
    assertThat(of("ASSAULT", code("واغتيل وزير الداخلية السوري السابق زيد عمرو أمس في حلب.", SYRIA, ALEPPO, zaid)))
        .extracting(TARGET).containsExactly("SYR/ELI");
    assertThat(of("ASSAULT", code("واغتيل وزير الداخلية السوري زيد عمرو أمس في حلب.", SYRIA, ALEPPO, zaid)))
        .extracting(TARGET).containsExactly("SYR/GOV");
  }
}
