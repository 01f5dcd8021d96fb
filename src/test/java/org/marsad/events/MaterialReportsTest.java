package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.BAGHDAD;
import static org.marsad.events.MaterialEventsTest.MOSUL;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Timex;

/**
 * When a sentence reports an attack rather than names one: the doer named, the act done against
 * someone, an entry of a chronology; not the dead of a year or of years. Asides in brackets are
 * no distance between the words of one clause. Invented sentences.
 */
class MaterialReportsTest {

  private static final EventCoderTest.E RAMALLAH = city("Ramallah", "PSE", "رام الله");

  @Test
  void anAttackUndergoneWithItsDoerNamedIsReported() {
    assertThat(of("ASSAULT", code("وتعرض مسؤول في الوزارة مساء الثلاثاء، للخطف على أيدي مسلحين في رام الله.", RAMALLAH)))
        .extracting(ACTOR).containsExactly("-/UAF");
    assertThat(of("ASSAULT", code("وقال مسؤول إن عشر سفن تعرضت للهجوم في خليج عدن في عمليات نفذها قراصنة.")))
        .hasSize(1);
  }

  @Test
  void tortureUndergoneIsAsOftenAllegedAsToldAndNeedsMore() {
    assertThat(of("ASSAULT", code("وزعم أنه تعرض للتعذيب على أيدي المحققين في سجن سري."))).isEmpty();
  }

  @Test
  void anAttackDoneAgainstSomeoneIsReported() {
    assertThat(of("ASSAULT", code("وقال شهود إن الهجوم بالقنبلة نفذ ضد عناصر من الشرطة في الموصل.", MOSUL)))
        .extracting(TARGET).containsExactly("IRQ/COP");
  }

  @Test
  void actsJoinedByOrAreChoicesOrKindsNotActsDone() {
    assertThat(of("ASSAULT", code("وخيرت الحكومة المسلحين بين تسليم أسلحتهم أو التعرض لضربات جوية في معاقلهم.")))
        .isEmpty();
    assertThat(of("ASSAULT", code("وقال الكاتب إن الحركة لم تعد تلجأ إلى أساليب من نوع خطف الجنود أو تفجير الحافلات.")))
        .isEmpty();
    assertThat(of("ASSAULT", code("وتعرضت قافلة للجيش لضربات جوية قرب الحدود أمس."))).hasSize(1);
  }

  @Test
  void anActAfterBaadamaIsTheTimeOfTheNewsAsAfterBaadAn() {
    assertThat(of("ASSAULT", code("وعادت الحركة إلى شوارع المدينة بعدما فجر مسلحون عبوة ناسفة قرب السوق."))).isEmpty();
    assertThat(of("ASSAULT", code("وعادت الحركة إلى شوارع المدينة بعد أن فجر مسلحون عبوة ناسفة قرب السوق."))).isEmpty();
  }

  @Test
  void anAttackToldAgainWithItsDetailsIsOneEvent() {
    assertThat(of("ASSAULT", code("قتل جندي وأصيب اثنان في انفجار عبوة ناسفة قرب الموصل أمس. "
        + "وقال مصدر في الشرطة إن العبوة كانت مزروعة على جانب الطريق وإن عبوة ناسفة انفجرت لدى مرور دورية للجيش.",
        MOSUL))).hasSize(1);
    assertThat(of("ASSAULT", code("قتل جندي وأصيب اثنان في انفجار عبوة ناسفة قرب الموصل أمس. "
        + "كما انفجرت عبوة ناسفة ثانية لدى مرور دورية للجيش.", MOSUL))).hasSize(2);
  }

  @Test
  void anEntryOfAChronologyReportsItsAct() {
    String entry = "* 14 آذار (مارس) 2006: اغتيال الصحافي في انفجار سيارة في بيروت.";
    String date = "14 آذار (مارس) 2006";
    int at = entry.indexOf(date);
    assertThat(of("ASSAULT", code(entry, List.of(new Timex(at, at + date.length(), date, "2006-03-14", "DATE", null)),
        List.of()))).hasSize(1);
    assertThat(of("ASSAULT", code("ويذكر الكتاب اغتيال الصحافي في بيروت."))).isEmpty();
  }

  @Test
  void someOfTheBombingsCountedAreNotOnesToldBefore() {
    assertThat(of("ASSAULT", code("وذكر شاهد أن اثنين من التفجيرات وقعا في سوق للخضار في بغداد.", BAGHDAD)))
        .hasSize(1);
  }

  @Test
  void theDeadOfAYearOrOfYearsAreNoOneAttack() {
    assertThat(of("ASSAULT", code("وقتل عشرات المدنيين في ضربات جوية هذا العام."))).isEmpty();
    assertThat(of("ASSAULT", code("وقتل عشرات المدنيين في ضربات جوية خلال السنوات الثلاث الماضية."))).isEmpty();
    assertThat(of("ASSAULT", code("وقتل عشرات المدنيين في ضربات جوية أمس."))).hasSize(1);
  }

  @Test
  void anAsideInBracketsIsNoDistance() {
    assertThat(of("ASSAULT", code("وقامت الجماعة في كانون الأول (ديسمبر) الماضي بخطف تسعة جنود قرب الحدود.")))
        .extracting(TARGET).containsExactly("-/MIL");
    assertThat(of("ASSAULT", code("وخطف موظف في وسط مدينة الموصل (400 كلم شمال بغداد) من قبل أربعة مسلحين.", MOSUL,
        BAGHDAD))).extracting(ACTOR).containsExactly("-/UAF");
  }

  @Test
  void rocketsFiredAtAPlaceNamedByANounAreAnAttack() {
    assertThat(of("ASSAULT", code("وشهدت البلدة الأسبوع الماضي حادثا تمثل بإطلاق قذائف هاون على مستوطنة قريبة.")))
        .hasSize(1);
    assertThat(of("ASSAULT", code("وحذر الوزير الفصائل من الاستمرار في إطلاق الصواريخ على المدن الجنوبية أمس.")))
        .isEmpty();
    assertThat(of("ASSAULT", code("واعتقلت الشرطة أمس ثلاثة للاشتباه بمشاركتهم في إطلاق قذائف على البلدة.")))
        .extracting(e -> e.trigger()).doesNotContain("إطلاق");
  }

  @Test
  void aBombBlownUpIsAnAttackWhoeverSetItOff() {
    assertThat(of("ASSAULT", code("وفجرت عبوة ناسفة قرب مركز للشرطة في الموصل صباح الأحد.", MOSUL))).hasSize(1);
    assertThat(of("ASSAULT", code("وتم تفجير سيارة مفخخة عند مدخل السوق في الموصل.", MOSUL))).hasSize(1);
    assertThat(of("ASSAULT", code("وأضاف أنه تم تفجير العبوة عن بعد بواسطة هاتف."))).isEmpty();
    assertThat(of("ASSAULT", code("وأحبطت الشرطة محاولة لتفجير سيارة مفخخة في الموصل.", MOSUL))).isEmpty();
  }

  @Test
  void aBlastOfABombToldBeforeIsNotReportedAgain() {
    assertThat(of("ASSAULT", code("وأوضح المتحدث أن القنبلة انفجرت بينما كان الرجلان ينقلانها في السيارة."))).isEmpty();
    assertThat(of("ASSAULT", code("وقال الخبير إن اثنتين فقط من تلك القنابل انفجرتا في الشهر الماضي."))).isEmpty();
    assertThat(of("ASSAULT", code("وأوضح المتحدث أن قنبلة انفجرت بينما كان الرجلان ينقلانها في السيارة."))).hasSize(1);
    assertThat(of("ASSAULT", code("وأوضح المتحدث أن القنبلة انفجرت في السوق وقتلت ثلاثة أشخاص."))).hasSize(1);
  }

  @Test
  void aSentenceOpeningWithThummaCarriesOnANarration() {
    assertThat(of("ASSAULT", code("ثم فجر المسلحون عبوة ناسفة قرب المبنى وقتلوا حارسين."))).isEmpty();
    assertThat(of("ASSAULT", code("وفجر المسلحون عبوة ناسفة قرب المبنى وقتلوا حارسين."))).hasSize(1);
  }

  @Test
  void aSentenceOpeningWithYatiSetsItsActsAgainstOtherNews() {
    assertThat(of("ASSAULT", code("وتأتي التفجيرات الأخيرة بعد غارة جوية شنها الجيش على مخبأ للمسلحين قرب الحدود."))).isEmpty();
    assertThat(of("ASSAULT", code("ويأتي ذلك فيما فجر مسلحون عبوة ناسفة قرب مقر البلدية وقتلوا حارسين."))).isEmpty();
    assertThat(of("ASSAULT", code("وشن الجيش غارة جوية على مخبأ للمسلحين قرب الحدود أمس."))).hasSize(1);
    assertThat(of("ASSAULT", code("وفجر مسلحون عبوة ناسفة قرب مقر البلدية وقتلوا حارسين."))).hasSize(1);
  }
}
