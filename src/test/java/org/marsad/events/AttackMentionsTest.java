package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.MaterialEventsTest.BAGHDAD;
import static org.marsad.events.MaterialEventsTest.MOSUL;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;

/**
 * An attack spoken of, not reported: charged, inquired into, denied or counted in a running
 * total; and a death in a clash, a fight rather than an attack. Invented sentences, beside
 * attacks told as news, which stay coded.
 */
class AttackMentionsTest {

  @Test
  void anAttackToldAsNewsIsCoded() {
    assertThat(of("ASSAULT", code("وفجر مسلحون عبوة ناسفة في سوق الموصل أمس.", MOSUL))).hasSize(1);
  }

  @Test
  void anAttackAnInquiryFoundIsTheMatterOfTheInquiry() {
    assertThat(of("ASSAULT", code("وكشفت التحقيقات أن ثلاثة رجال فجروا عبوة ناسفة في سوق الموصل.", MOSUL))).isEmpty();
  }

  @Test
  void anAttackDeniedIsNotReported() {
    assertThat(of("ASSAULT", code("ونفى الجيش ما أوردته منظمات حقوقية من أن جنوده قصفوا القرية بالمدفعية أمس.",
        BAGHDAD)))
        .isEmpty();
  }

  @Test
  void theDeadOfARunningTotalAreNoOneAttack() {
    assertThat(of("ASSAULT", code("وقتل أكثر من 40 شرطيا في بغداد حتى الآن هذا العام.", BAGHDAD))).isEmpty();
    assertThat(of("ASSAULT", code("وقتل أكثر من 200 مسلح في بغداد منذ بدء العملية العسكرية.", BAGHDAD))).isEmpty();
    assertThat(of("ASSAULT", code("وقتل ثلاثة متظاهرين برصاص الشرطة في بغداد منذ اندلاع الاحتجاجات.", BAGHDAD)))
        .isEmpty();
    assertThat(of("ASSAULT", code("وقتل أربعة من رجال الشرطة في هجوم مسلح على حاجز في بغداد أمس.", BAGHDAD)))
        .hasSize(1);
  }

  @Test
  void aDeathInAClashIsAFightNotAnAttack() {
    assertThat(of("ASSAULT", code("وقتل ثلاثة مسلحين في اشتباكات مع الشرطة في بغداد أمس.", BAGHDAD))).isEmpty();
    assertThat(of("ASSAULT", code("وأسفر تبادل إطلاق النار بين الطرفين عن مقتل شرطي في الموصل أمس.", MOSUL))).isEmpty();
    assertThat(of("ASSAULT", code("وقتل خمسة أشخاص في صدامات بين محتجين وقوات الأمن في بغداد أمس.", BAGHDAD))).isEmpty();
  }

  @Test
  void theDeadOfViolenceAtLargeAreNoOneAttack() {
    assertThat(of("ASSAULT", code("وأعلنت بعثة المنظمة أن 240 شخصا قتلوا جراء أعمال العنف التي شهدتها بغداد خلال الشهر الماضي.",
        BAGHDAD))).isEmpty();
    assertThat(of("ASSAULT", code("وقتل أربعة شبان وأصيب عشرون في أحداث عنف شهدتها أحياء الموصل ليلة أمس.", MOSUL)))
        .isEmpty();
    assertThat(of("ASSAULT", code("وقتل 30 شخصا أمس في أعمال عنف متفرقة في بغداد، أعنفها تفجير انتحاري استهدف سوقا شعبية.",
        BAGHDAD))).isNotEmpty();
    assertThat(of("ASSAULT", code("وقتل ستة أشخاص في أعمال عنف وانفجارات هزت بغداد أمس.", BAGHDAD))).isNotEmpty();
  }

  @Test
  void anAttackNamedBesideTheClashIsCodedStill() {
    assertThat(of("ASSAULT", code("وقتل ثلاثة مسلحين في اشتباكات مع الشرطة وفي غارة جوية على بغداد أمس.", BAGHDAD)))
        .isNotEmpty();
    assertThat(of("ASSAULT", code("وأطلق مسلحون النار على دورية للشرطة في الموصل أمس.", MOSUL))).isNotEmpty();
  }

  @Test
  void aDeathAClashBroughtAboutIsAFight() {
    assertThat(of("ASSAULT", code("وشهدت الموصل أمس مواجهات عنيفة بين مسلحين من جماعة متشددة وقوات الجيش العراقي"
        + " قرب الجامعة، والتي أسفرت عن مقتل جندي.", MOSUL))).isEmpty();
    assertThat(of("ASSAULT", code("وانفجرت عبوة ناسفة قرب دورية للجيش العراقي في الموصل أمس، مما أسفر عن مقتل جندي.",
        MOSUL))).isNotEmpty();
  }

  @Test
  void anAttackOfADecadeOrAHijriYearIsHistory() {
    assertThat(of("ASSAULT", code("وفي الثمانينات فجر مسلحون سيارة مفخخة قرب مقر الحكومة في بغداد.", BAGHDAD)))
        .isEmpty();
    assertThat(of("ASSAULT", code("وفي سنة 1220هـ هاجم جنود الأمير البلدة وقتلوا عشرة من أهلها.", BAGHDAD)))
        .isEmpty();
    assertThat(of("ASSAULT", code("وقتل خمسة أشخاص أمس في أعنف هجوم تشهده بغداد منذ التسعينات.", BAGHDAD)))
        .isNotEmpty();
  }

  @Test
  void anAttackOfAYearOrMoreAgoIsHistory() {
    assertThat(of("ASSAULT", code("وقتل مسلحون خمسة جنود في الموصل قبل عام.", MOSUL))).isEmpty();
    assertThat(of("ASSAULT", code("وأشار الضابط الى تفجير انتحاري حصل قبل أكثر من عام في سوق بغداد نفذه فتى.",
        BAGHDAD))).isEmpty();
    assertThat(of("ASSAULT", code("وقتل مسلحون خمسة جنود في الموصل قبل يومين.", MOSUL))).isNotEmpty();
  }
}
