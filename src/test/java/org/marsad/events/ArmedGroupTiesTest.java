package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.MaterialEventsTest.ACTOR;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Armed men tied by the words after them to a group ("مسلحون من جماعة «X»"، "المسلحين، الذين ينتمون
 * إلى"، "يعرفون محليا بـ«Y»") are that group's, an armed movement of the country where they act
 * (REB), not men of no known side (UAF). Invented sentences; "code/sector" as in {@link MaterialEventsTest}.
 */
class ArmedGroupTiesTest {

  private static final EventCoderTest.E NIGERIA = country("Nigeria", "NGA", "النيجيرية");
  private static final EventCoderTest.E KADUNA = city("Kaduna", "NGA", "كادونا");

  private static List<String> actors(List<Event> events) {
    return events.stream().filter(e -> e.type().equals("ASSAULT")).map(ACTOR).toList();
  }

  @Test
  void gunmenOfANamedGroup() {
    assertThat(actors(code("هاجم مسلحون من جماعة \"كورو دامو\" قرية في ولاية كادونا النيجيرية.", NIGERIA, KADUNA)))
        .containsOnly("NGA/REB");
    assertThat(actors(code("قتل 12 شخصا عندما هاجم مسلحون من تحالف العصابات \"كورو دامو\" قرية في ولاية كادونا النيجيرية.",
        NIGERIA, KADUNA))).containsOnly("NGA/REB");
  }

  @Test
  void gunmenWhoBelongToAGroup() {
    assertThat(actors(code("وقالت الشرطة إن المسلحين، الذين ينتمون إلى جماعة \"حماة الدين\"، اقتحموا قرية في ولاية كادونا النيجيرية.",
        NIGERIA, KADUNA))).containsOnly("NGA/REB");
  }

  @Test
  void gunmenKnownByAName() {
    assertThat(actors(code("خطف مسلحون يعرفون محليا بـ\"قطاع الطرق\" 20 تلميذا من مدرسة في ولاية كادونا النيجيرية.",
        NIGERIA, KADUNA))).containsOnly("NGA/REB");
  }

  @Test
  void unknownGunmenStayUnknown() {
    assertThat(actors(code("خطف مسلحون مجهولون 20 تلميذا من مدرسة في ولاية كادونا النيجيرية.", NIGERIA, KADUNA)))
        .containsOnly("-/UAF");
  }

  @Test
  void theAttacksOfTheSentenceWithNoDoerAreTheGroups() {
    // the dead told in the passive before the group's raid, and the joined verbs after a relative clause
    assertThat(actors(code("وقالت الشرطة إن المسلحين، الذين ينتمون إلى جماعة \"حماة الدين\" المرتبطة بتنظيم آخر، "
        + "اقتحموا قرية في ولاية كادونا النيجيرية، وقتلوا سبعة أشخاص.", NIGERIA, KADUNA))).containsOnly("NGA/REB");
    // another act told beside it ("بينما") is not the group's
    assertThat(actors(code("قتل عشرة قرويين عندما هاجم مسلحون من جماعة \"كورو دامو\" قرية في ولاية كادونا النيجيرية، "
        + "بينما قتل شرطي في انفجار عبوة ناسفة في بلدة مجاورة.", NIGERIA, KADUNA))).contains("NGA/REB", "-");
  }

  @Test
  void armedMenNamedAgainAreTheGroupToldBefore() {
    assertThat(actors(code("هاجم مسلحون من جماعة \"كورو دامو\" قرية في ولاية كادونا النيجيرية. "
        + "وخطف المسلحون عشرة من السكان.", NIGERIA, KADUNA))).containsOnly("NGA/REB");
    // unknown gunmen are no one's group
    assertThat(actors(code("هاجم مسلحون من جماعة \"كورو دامو\" قرية في ولاية كادونا النيجيرية. "
        + "وفي حادث آخر، خطف مسلحون مجهولون عشرة من السكان.", NIGERIA, KADUNA))).contains("-/UAF");
  }

  @Test
  void aMovementTheKnowledgeBaseHoldsWithNoCountryKeepsNone() {
    assertThat(actors(code("شن تنظيم داعش هجوما على حاجز للجيش قرب مدينة كادونا النيجيرية.", NIGERIA, KADUNA,
        EventCoderTest.org("org:isis", null, "تنظيم داعش")))).containsOnly("-/REB");
  }

  @Test
  void armedMenTiedLaterSayWhoTheGunmenToldBeforeWere() {
    assertThat(actors(code("قتل سبعة قرويين في هجوم شنه مسلحون متطرفون على قرية في ولاية كادونا النيجيرية. "
        + "وقالت الشرطة إن المسلحين، الذين ينتمون إلى جماعة \"حماة الدين\"، اقتحموا قرية أخرى وقتلوا ثلاثة أشخاص.", NIGERIA, KADUNA)))
        .containsOnly("NGA/REB");
    // unknown gunmen told before are not so named
    assertThat(actors(code("خطف مسلحون مجهولون سبعة قرويين في ولاية كادونا النيجيرية. "
        + "وقالت الشرطة إن المسلحين، الذين ينتمون إلى جماعة \"حماة الدين\"، اقتحموا قرية أخرى وقتلوا ثلاثة أشخاص.", NIGERIA, KADUNA)))
        .contains("-/UAF");
  }

  @Test
  void clashesBetweenUnnamedArmedGroupsAreTheCountrys() {
    assertThat(actors(code("قُتل خمسة أشخاص، بينهم مدنيان، وأصيب عشرة آخرون في اشتباكات اندلعت ليل أمس بين مجموعتين مسلحتين في ولاية كادونا النيجيرية.",
        NIGERIA, KADUNA))).isNotEmpty().containsOnly("NGA/REB");
    // a groups' noun with no word of arms is not read as armed groups
    assertThat(actors(code("قُتل خمسة أشخاص، بينهم مدنيان، وأصيب عشرة آخرون في اشتباكات اندلعت ليل أمس بين مجموعتين من الشبان في ولاية كادونا النيجيرية.",
        NIGERIA, KADUNA))).doesNotContain("NGA/REB");
  }
}
