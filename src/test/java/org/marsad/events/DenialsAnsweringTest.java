package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Whom a denial with no target of its own answers (seventeenth round): the latest charge or protest
 * against its actor by another country, a paragraph or two before it; not the thing a relative clause
 * on a noun rejects. Invented sentences.
 */
class DenialsAnsweringTest {

  static final EventCoderTest.E SENEGAL = country("Senegal", "SEN", "السنغال", "السنغالية", "السنغالي");
  static final EventCoderTest.E GAMBIA = country("Gambia", "GMB", "غامبيا", "الغامبية", "الغامبي");

  /** Two sentences of background with no party in them, some 700 characters. */
  static final String BACKGROUND = "ويعيش سكان المنطقة الحدودية منذ سنوات على الصيد والزراعة وتربية المواشي، ويتنقلون بين "
      + "القرى المتجاورة لبيع محاصيلهم في الأسواق الأسبوعية التي تقام كل يوم خميس، وسط شكاوى متكررة من ضعف الطرق "
      + "وغياب المرافق الصحية وارتفاع أسعار الوقود والأسمدة خلال المواسم الأخيرة. ويقول مزارعون إن موسم الأمطار "
      + "الماضي جاء متأخرا وإن المحاصيل تراجعت بشكل ملحوظ، ما دفع كثيرا من الشباب إلى الهجرة نحو المدن الكبرى بحثا "
      + "عن العمل في ورشات البناء والمطاعم والموانئ، تاركين وراءهم الأهل والحقول والقطعان في رعاية كبار السن والنساء. "
      + "وتحاول الجمعيات المحلية منذ مدة تنظيم دورات تكوينية في الري بالتنقيط وحفظ البذور، غير أن قلة التمويل وبعد "
      + "المسافات بين القرى يحدان من أثرها، بحسب ما يرويه المشرفون عليها في لقاءاتهم مع الصحافة المحلية كل شهر. ";

  @Test
  void aDenialAnswersAChargeMadeTwoParagraphsBefore() {
    String text = "اتهمت الحكومة السنغالية غامبيا بإيواء متمردين مسلحين قرب الحدود. " + BACKGROUND
        + "من جهته، نفى وزير الداخلية الغامبي وجود أي معسكرات على أراضي بلاده.";
    assertThat(code(text, SENEGAL, GAMBIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target() == null ? null : e.target().code())
        .contains(tuple("SEN", "ACCUSE", "GMB"), tuple("GMB", "REJECT", "SEN"));
  }

  @Test
  void aDenialAnswersTheSummonsOfItsEnvoy() {
    String text = "استدعت وزارة الخارجية السنغالية السفير الغامبي وسلمته مذكرة احتجاج. "
        + "في المقابل، نفت وزارة الخارجية الغامبية هذه الاتهامات.";
    assertThat(code(text, SENEGAL, GAMBIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target() == null ? null : e.target().code())
        .contains(tuple("SEN", "PROTEST", "GMB"), tuple("GMB", "REJECT", "SEN"));
  }

  @Test
  void chargesWhoseAccuserIsNamedInConstructAnswerThatAccuser() {
    String text = "اتهمت الحكومة السنغالية غامبيا بإيواء متمردين. وتنفي غامبيا اتهامات منظمات حقوقية لها بتعذيب معارضين.";
    assertThat(code(text, SENEGAL, GAMBIA))
        .extracting(Event::type)
        .doesNotContain("REJECT");
    String charged = "اتهمت الحكومة السنغالية غامبيا بإيواء متمردين. ونفت غامبيا اتهامات بإيواء المتمردين.";
    assertThat(code(charged, SENEGAL, GAMBIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target() == null ? null : e.target().code())
        .contains(tuple("GMB", "REJECT", "SEN"));
  }

  @Test
  void aRelativeClauseOnANounRejectsThatThingNotTheCharge() {
    String text = "اتهمت الحكومة السنغالية غامبيا بإيواء متمردين. وكانت محكمة إقليمية قد قضت بتعويض المزارعين، "
        + "وهو حكم ترفضه غامبيا.";
    assertThat(code(text, SENEGAL, GAMBIA))
        .extracting(Event::type)
        .doesNotContain("REJECT");
    String pointingBack = "اتهمت الحكومة السنغالية غامبيا بإيواء متمردين، وهو ما نفته غامبيا.";
    assertThat(code(pointingBack, SENEGAL, GAMBIA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target() == null ? null : e.target().code())
        .contains(tuple("GMB", "REJECT", "SEN"));
  }
}
