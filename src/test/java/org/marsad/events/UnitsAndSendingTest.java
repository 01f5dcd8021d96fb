package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.nisbas;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Material parties and acts of the fifteenth round: a unit of a force named "وحدة/وحدات" is that
 * force, forces sent told by the verbal noun "إرسال", an aside of with whom an act was done between the
 * verb of doing and the act, aid workers who are no aid, an operation launched by forces, a vessel's
 * country told after its genitive of kind ("قوارب صيد مصرية"). Invented sentences.
 */
class UnitsAndSendingTest {

  static final EventCoderTest.E NIGER = country("Niger", "NER", "النيجر", "النيجري");
  static final EventCoderTest.E CHADIANS = nisbas("Chad", "TCD", "تشاديين");
  static final EventCoderTest.E AGADEZ = city("Agadez", "NER", "أغاديز");

  @Test
  void aUnitOfAnArmyIsThatArmy() {
    assertThat(of("ASSAULT", code("وقتل خمسة مدنيين تشاديين برصاص وحدة من الجيش النيجري قرب أغاديز.", NIGER, CHADIANS, AGADEZ)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("NER/MIL", "TCD/CVL"));
    assertThat(of("COERCE", code("واعتقلت وحدات الجيش النيجري ثلاثة مهربين في أغاديز.", NIGER, AGADEZ)))
        .extracting(ACTOR).containsExactly("NER/MIL");
  }

  @Test
  void unityAndHousingUnitsAreNoForce() {
    assertThat(code("وتظاهر مئات الطلاب في أغاديز دعما للوحدة الوطنية.", NIGER, AGADEZ))
        .extracting(ACTOR).doesNotContain("NER/MIL", "-/MIL");
  }

  @Test
  void reinforcementsSentByTheVerbalNounAreAMobilisation() {
    assertThat(of("MOBILIZE", code("وأعلن الجيش النيجري إرسال تعزيزات من فوج المشاة إلى أغاديز.", NIGER, AGADEZ)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("NER/MIL", "-"));
    assertThat(of("MOBILIZE", code("وأرسل الجيش النيجري وحدات إضافية إلى أغاديز.", NIGER, AGADEZ)))
        .extracting(ACTOR).containsExactly("NER/MIL");
  }

  @Test
  void aConvoySentIsStillAidNotTroops() {
    assertThat(code("وقررت النيجر إرسال قافلة مساعدات إلى أغاديز.", NIGER, AGADEZ))
        .extracting(Event::type).doesNotContain("MOBILIZE");
  }

  static final EventCoderTest.E USA = country("United States", "USA", "الأمريكي");
  static final EventCoderTest.E MALI = country("Mali", "MLI", "مالي", "المالية");
  static final EventCoderTest.E GAO = city("Gao", "MLI", "غاو");

  @Test
  void anAsideOfWithWhomStandsBetweenTheVerbOfDoingAndTheAct() {
    assertThat(of("ASSAULT", code("وأعلن الجيش الأمريكي أنه نفذ، بالتعاون مع الحكومة المالية، ضربة جوية قرب غاو.", USA, MALI, GAO)))
        .extracting(ACTOR).containsExactly("USA/MIL");
  }

  @Test
  void aidWorkersAreNoAidGiven() {
    assertThat(code("وخطف مسلحون أربعة عاملي إغاثة قرب غاو.", MALI, GAO))
        .extracting(Event::type).doesNotContain("AID");
    assertThat(code("وأرسلت النيجر قافلة إغاثة إلى غاو.", NIGER, GAO))
        .extracting(Event::type).contains("AID");
  }

  @Test
  void anOperationLaunchedByForcesIsAMobilisation() {
    assertThat(of("MOBILIZE", code("وأطلق الجيش النيجري عملية واسعة قرب أغاديز بمشاركة مئات الجنود.", NIGER, AGADEZ)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("NER/MIL", "-"));
  }

  @Test
  void aProcessLaunchedByAGovernmentIsNone() {
    assertThat(of("MOBILIZE", code("وأطلقت الحكومة المالية عملية السلام مع الحركات المسلحة في غاو.", MALI, GAO))).isEmpty();
  }

  static final EventCoderTest.E LIBYA = country("Libya", "LBY", "الليبية");
  static final EventCoderTest.E EGYPT = country("Egypt", "EGY", "مصرية");

  @Test
  void aVesselsFeminineGentilicAfterItsGenitiveOfKindNamesItsCountry() {
    // the masculine genitive "صيد" cannot take "مصرية": the adjective is the boats'
    assertThat(of("COERCE", code("واحتجزت البحرية الليبية ثلاثة قوارب صيد مصرية قرب الساحل.", LIBYA, EGYPT)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("LBY/MIL", "EGY"));
  }
}
