package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.stranger;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.BAGHDAD;
import static org.marsad.events.MaterialEventsTest.MOSUL;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.TUNIS;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * The country and sector of the parties of material acts named by what they are: officers by
 * their rank, suspects, the agents of security, those a vehicle carries. Invented sentences; "code/sector" as in
 * {@link MaterialEventsTest}.
 */
class MaterialPartyCodesTest {

  @Test
  void anOfficerNamedByRankIsOfTheForcesWhereHeActs() {
    assertThat(code("واغتال مسلحون مجهولون العقيد سامي الحداد قرب منزله في الموصل.",
        stranger("سامي الحداد"), MOSUL))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-/UAF", "IRQ/MIL"));
  }

  @Test
  void anOfficerOfThePoliceNamedAfterHisNameIsAPoliceman() {
    assertThat(code("واغتال مسلحون مجهولون الرائد فارس الدليمي، مدير شرطة الأحياء الشمالية، في الموصل.",
        stranger("فارس الدليمي"), MOSUL))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-/UAF", "IRQ/COP"));
  }

  @Test
  void theForcesOfAnOfficerNamedByRankAreOfThePlaceWhereTheyAct() {
    assertThat(code("وقال العميد كريم السعدي إن قواته قتلت عشرة مسلحين في الموصل.", stranger("كريم السعدي"), MOSUL))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "IRQ/MIL", "IRQ/UAF"));
  }

  @Test
  void thoseAVehicleCarriesAreStruckWithIt() {
    assertThat(code("وانفجرت عبوة ناسفة لدى مرور حافلة تقل ثلاثة من الجنود في الموصل.", MOSUL))
        .extracting(Event::type, TARGET).containsExactly(tuple("ASSAULT", "IRQ/MIL"));
  }

  @Test
  void suspectsAreTheArrestedCriminals() {
    assertThat(code("واعتقلت قوة من الشرطة خمسة من المشتبه بهم في بغداد.", BAGHDAD))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("COERCE", "IRQ/COP", "IRQ/CRM"));
  }

  @Test
  void theAgentsOfSecurityAreThePolice() {
    assertThat(code("واعتقل أعوان الأمن ثلاثة متهمين في تونس.", TUNIS))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("COERCE", "TUN/COP", "TUN/CRM"));
  }
}
