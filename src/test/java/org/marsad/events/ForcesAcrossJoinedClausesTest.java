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
 * A state's forces told once and doing two acts: the country where they acted named between them and
 * whom they arrested ("اعتقلت قوات الأمن في البلد خمسة أشخاص"), and a second verb of another type joined
 * by و with no subject of its own, whose gender is the first verb's ("احتجزت البحرية قاربا وقتلت
 * صيادا"). Invented sentences; "code/sector" as in {@link MaterialEventsTest}.
 */
class ForcesAcrossJoinedClausesTest {

  static final EventCoderTest.E TUNISIA = country("Tunisia", "TUN", "تونس", "التونسية", "التونسي", "تونسيين");
  static final EventCoderTest.E EGYPT = country("Egypt", "EGY", "مصر", "المصرية", "المصري");
  static final EventCoderTest.E LIBYA = country("Libya", "LBY", "ليبيا", "ليبيين", "الليبي", "ليبي", "ليبية");

  @Test
  void theCountryAfterTheSubjectIsWhereTheyArrested() {
    assertThat(of("COERCE", code("اعتقلت قوات الأمن في تونس خمسة أشخاص بتهمة التهريب.", TUNISIA)))
        .extracting(ACTOR).containsExactly("TUN/COP");
    assertThat(of("COERCE", code("وأوقفت الشرطة بليبيا ثلاثة مهاجرين تونسيين.", TUNISIA, LIBYA)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("LBY/COP", "TUN/REF"));
  }

  @Test
  void aJoinedVerbOfAnotherTypeAndTheSameGenderIsTheForcesAct() {
    assertThat(of("ASSAULT", code("وصادرت البحرية المصرية مركبا للصيد وقتلت بحارا ليبيا.", EGYPT, LIBYA)))
        .extracting(ACTOR).containsExactly("EGY/MIL");
    assertThat(of("ASSAULT", code("وداهمت الشرطة التونسية مخزنا للسلاح وقتلت مسلحا ليبيا.", TUNISIA, LIBYA)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("TUN/COP", "LBY/UAF"));
  }

  @Test
  void aJoinedActWhoseObjectNamesNoCountryBefallsThoseTheFirstActBefell() {
    // the sailor is of the Libyan tanker held
    assertThat(of("ASSAULT", code("واحتجزت البحرية المصرية ناقلة ليبية قرب السواحل وقتلت بحارا.", EGYPT, LIBYA)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("EGY/MIL", "LBY"));
  }

  @Test
  void forcesThatArrestAndThenAbductSeizePeopleAndAttackNoOne() {
    assertThat(of("ASSAULT", code("واعتقلت القوات المصرية خمسة ليبيين واختطفت ثلاثة صيادين قرب الحدود.", EGYPT, LIBYA)))
        .extracting(ACTOR).doesNotContain("EGY/MIL");
  }

  @Test
  void aJoinedVerbOfAnotherGenderHasASubjectOfItsOwn() {
    // "وقتل مسلح ليبي شرطيا": a masculine verb after the police's feminine one, the gunman its subject
    assertThat(of("ASSAULT", code("وداهمت الشرطة التونسية مخزنا للسلاح وقتل مسلح ليبي شرطيا.", TUNISIA, LIBYA)))
        .extracting(ACTOR).doesNotContain("TUN/COP");
  }
}
