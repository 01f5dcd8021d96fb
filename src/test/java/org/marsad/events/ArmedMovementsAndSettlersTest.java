package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.org;
import static org.marsad.events.EventCoderTest.stranger;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Who does a material act where an armed movement or settlers do it, where a chain of joined
 * verbs shares one subject, and where a claimed attack is named again after the dead it left.
 * Invented sentences; "code/sector" as in {@link MaterialEventsTest}.
 */
class ArmedMovementsAndSettlersTest {

  private static final EventCoderTest.E RAMALLAH = city("Ramallah", "PSE", "رام الله");
  private static final EventCoderTest.E NABLUS = city("Nablus", "PSE", "نابلس");
  private static final EventCoderTest.E TUBAS = city("Tubas", "PSE", "طوباس");
  private static final EventCoderTest.E ISRAELI = country("Israel", "ISR", "إسرائيلية");
  private static final EventCoderTest.E HELMAND = city("Helmand", "AFG", "هلمند");
  private static final EventCoderTest.E TALIBAN = org("org:taliban", "AFG", "حركة طالبان");
  private static final EventCoderTest.E HOUTHIS = org("org:houthis", "YEM", "الجماعة الحوثية");
  private static final EventCoderTest.E HODEIDAH = city("Hodeidah", "YEM", "الحديدة");
  private static final EventCoderTest.E MARIB = city("Marib", "YEM", "مأرب");
  private static final EventCoderTest.E DHAMAR = city("Dhamar", "YEM", "ذمار");
  private static final EventCoderTest.E SFAX = city("Sfax", "TUN", "صفاقس");

  @Test
  void settlersAreIsraelisWhereverTheyAttack() {
    assertThat(code("وهاجم مستوطنون قرية دير نظام شمال غرب رام الله، وأضرموا النار في سيارتين.", RAMALLAH))
        .filteredOn(e -> e.type().equals("ASSAULT")).extracting(ACTOR).isNotEmpty().containsOnly("ISR/CVL");
  }

  @Test
  void aChainOfJoinedVerbsHasTheSubjectOfItsFirst() {
    assertThat(code("هاجم مستوطنون قرية عورتا جنوب نابلس، وأضرموا النار في حقل زيتون، واعتدوا بالضرب على راع.", NABLUS))
        .filteredOn(e -> e.type().equals("ASSAULT")).extracting(ACTOR).isNotEmpty().containsOnly("ISR/CVL");
  }

  @Test
  void forcesThatStormAPlaceArrestThere() {
    assertThat(code("اقتحمت قوة إسرائيلية، فجر اليوم، مخيم الفارعة جنوب طوباس، واعتقلت سبعة شبان.", ISRAELI, TUBAS))
        .filteredOn(e -> e.type().equals("COERCE")).extracting(ACTOR).containsExactly("ISR/MIL");
  }

  @Test
  void theAttackClaimedAfterACommaIsTheOneWhoseDeadAreTold() {
    assertThat(code("قتل ستة جنود في انفجار عبوة ناسفة استهدفت آليتهم في ولاية هلمند، في هجوم تبنته حركة طالبان.",
        TALIBAN, HELMAND))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "AFG/REB", "AFG/MIL"));
  }

  @Test
  void whoFiredTheShellsDidTheAttack() {
    assertThat(code("قتل طفلان بقذائف أطلقتها الجماعة الحوثية على سوق شعبي في الحديدة.", HOUTHIS, HODEIDAH))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "YEM/REB"));
  }

  @Test
  void anArmedMovementStrikesItsOwnCountry() {
    assertThat(code("قصفت الجماعة الحوثية أحياء سكنية في مأرب.", HOUTHIS, MARIB))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "YEM/REB", "YEM"));
  }

  @Test
  void aMovementNamedAgainByTheHeadOfItsName() {
    assertThat(code("قصفت الجماعة الحوثية أحياء سكنية في مأرب. وفي ذمار، شنت الجماعة حملة اعتقالات طالت عشرات المواطنين.",
        HOUTHIS, MARIB, DHAMAR))
        .filteredOn(e -> e.type().equals("COERCE")).extracting(ACTOR).containsExactly("YEM/REB");
  }

  @Test
  void aPluralOfPersonsIsNotWhoSheIs() {
    assertThat(code("وقالت سارة ليفي المتحدثة باسم المستوطنين إنها شاركت في الاحتجاج.", stranger("سارة ليفي")))
        .filteredOn(e -> e.type().equals("PROTEST")).isEmpty();
  }

  @Test
  void aCrowdGoesOutInAVigilPastTheWordsThatNameIt() {
    assertThat(code("خرج عشرات من سكان حي الزهور في وقفة احتجاجية أمام مقر البلدية في صفاقس.", SFAX))
        .extracting(Event::type).containsExactly("PROTEST");
  }

  @Test
  void whereasOpensAClauseOfItsOwnNotATime() {
    assertThat(code("وأدانت النقابة القرار، في حين خرج المئات في مسيرة غاضبة وسط صفاقس.", SFAX))
        .extracting(Event::type).contains("PROTEST");
  }
}
