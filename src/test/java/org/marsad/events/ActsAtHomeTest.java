package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.marsad.doc.Event;
import org.junit.jupiter.api.Test;

/**
 * A state's acts on its own ground (arrests by the command of its police, forces it deploys at home:
 * PLOVER MOBILIZE with no target), grants given, agreements named as the frame of other acts, summonings
 * with no country found. Invented sentences.
 */
class ActsAtHomeTest {

  static final EventCoderTest.E CHAD = country("Chad", "TCD", "تشاد", "التشادية", "التشادي");
  static final EventCoderTest.E ABECHE = city("Abeche", "TCD", "أبشة");
  static final EventCoderTest.E NIGER = country("Niger", "NER", "النيجر", "النيجرية");
  static final EventCoderTest.E FRANCE = country("France", "FRA", "فرنسا", "الفرنسية", "فرنسي");

  @Test
  void theCommandOfAPoliceIsThePolice() {
    assertThat(of("COERCE", code("واعتقلت قيادة شرطة أبشة خمسة مشتبه بهم.", CHAD, ABECHE)))
        .extracting(ACTOR).containsExactly("TCD/COP");
  }

  @Test
  void aGovernmentAnnouncingItsCitizenHeldDidNotHoldHim() {
    assertThat(of("COERCE", code("وأعلنت الخارجية الفرنسية توقيف مواطن فرنسي في أبشة.", FRANCE, ABECHE)))
        .extracting(ACTOR).doesNotContain("FRA/GOV");
  }

  @Test
  void reinforcementsSentAtHomeAreAMobilisationWithNoTarget() {
    assertThat(of("MOBILIZE", code("ودفع الجيش التشادي بتعزيزات إضافية إلى محيط أبشة.", CHAD, ABECHE)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("TCD/MIL", "-"));
    assertThat(of("MOBILIZE", code("وقالت الحكومة إن النيجر ستعزز وجودها العسكري في الشمال.", NIGER)))
        .extracting(ACTOR, TARGET, Event::mode).containsExactly(tuple("NER", "-", "planned"));
  }

  @Test
  void troopsSentToAnotherStateStillTargetIt() {
    assertThat(of("MOBILIZE", code("وأرسلت تشاد قوات إضافية إلى النيجر.", CHAD, NIGER)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("TCD", "NER"));
  }

  @Test
  void forcesAnnouncingADeploymentDeploy() {
    assertThat(of("MOBILIZE", code("وأعلنت قيادة قوات الحدود نشر كتيبتين إضافيتين قرب أبشة.", CHAD, ABECHE)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("TCD/MIL", "-"));
    assertThat(of("MOBILIZE", code("وأعلنت وزارة الصحة نشر فرق طبية قرب أبشة.", CHAD, ABECHE))).isEmpty();
  }

  @Test
  void aDeploymentNoOneMadeIsNone() {
    assertThat(of("MOBILIZE", code("ونشر التقرير صورا جديدة من المنطقة.", CHAD))).isEmpty();
  }

  static final EventCoderTest.E QATAR = country("Qatar", "QAT", "قطر", "القطرية", "القطري");
  static final EventCoderTest.E SUDAN = country("Sudan", "SDN", "السودان", "السوداني", "السودانية");

  @Test
  void aGrantGivenIsAid() {
    assertThat(of("AID", code("وأعلنت قطر تقديم منحة بقيمة مئة مليون دولار إلى السودان.", QATAR, SUDAN)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("QAT", "SDN"));
  }

  @Test
  void aScholarshipIsNoAid() {
    assertThat(of("AID", code("وحصل الطالب السوداني على منحة من جامعة قطر.", QATAR, SUDAN))).isEmpty();
  }

  @Test
  void anAgreementOtherActsRestOnIsNoNewAgreement() {
    assertThat(of("AGREE", code("وتنتشر القوات التشادية في النيجر منذ عام 2020 بموجب اتفاق ثنائي مع نيامي.", CHAD, NIGER,
        city("Niamey", "NER", "نيامي")))).isEmpty();
    assertThat(of("AGREE", code("ووقعت تشاد والنيجر اتفاقا ثنائيا للتعاون الأمني.", CHAD, NIGER))).isNotEmpty();
  }

  @Test
  void cooperationAmidWhichSomethingHappensIsNoAct() {
    assertThat(of("COOPERATE", code("وانتقد النائب قرار الترحيل، في ظل التعاون العسكري الوثيق بين تشاد وفرنسا.",
        CHAD, FRANCE))).isEmpty();
    assertThat(of("COOPERATE", code("وتعاونت تشاد وفرنسا في تأمين الحدود بين البلدين.", CHAD, FRANCE)))
        .isNotEmpty();
  }

  @Test
  void aSummoningWithNeitherCountryFoundCodesNoDyad() {
    assertThat(of("PROTEST", code("واستدعت وزارة الخارجية اليوم القائم بالأعمال بالإنابة، وسلمته مذكرة احتجاج."))).isEmpty();
    assertThat(of("PROTEST", code("واستدعت وزارة الخارجية التشادية القائم بالأعمال القطري، وسلمته مذكرة احتجاج.",
        CHAD, QATAR))).extracting(ACTOR, TARGET).containsExactly(tuple("TCD/GOV", "QAT"));
  }

  @Test
  void aCurfewAnnouncedFallsOnThePlace() {
    assertThat(of("COERCE", code("وأعلنت السلطات التشادية فرض حظر للتجول في أبشة حتى إشعار آخر.", CHAD, ABECHE)))
        .extracting(Event::subtype, TARGET).containsExactly(tuple("curfew", "TCD/CVL"));
  }
}
