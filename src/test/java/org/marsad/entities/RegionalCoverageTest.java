package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;

/**
 * Knowledge of the thirteenth round, by region: ministers of the interior and defence, government
 * spokespeople, the leaders and spokesmen of armed groups, Gulf aid agencies, and camps, crossings and
 * towns of Africa and the Middle East. Over the standard knowledge base, without the model; the sentences
 * are invented.
 */
class RegionalCoverageTest {

  @Test
  void ministers_and_spokespeople_are_linked_by_their_full_names() {
    assertThat(KbOnly.mentions("وأعلن وزير الأمن البوركيني محمدو سانا توقيف عدد من المشتبه بهم .", Entity::id))
        .contains("person:mahamadou-sana=محمدو سانا");
    assertThat(KbOnly.mentions("وقال المتحدث باسم حركة إم 23 لورانس كانيوكا إن قواته انسحبت .", Entity::id))
        .contains("person:lawrence-kanyuka=لورانس كانيوكا");
    assertThat(KbOnly.mentions("وردت المتحدثة باسم الحكومة الرواندية يولاند ماكولو على الاتهامات .", Entity::id))
        .contains("person:yolande-makolo=يولاند ماكولو");
    assertThat(KbOnly.mentions("وقال مستشار الأمن القومي قاسم الأعرجي إن الحدود مؤمنة .", Entity::id))
        .contains("person:qasim-al-araji=قاسم الأعرجي");
    assertThat(KbOnly.mentions("وصرح المتحدث باسم الخارجية الأذربيجانية أيخان حاجي زاده للصحفيين .", Entity::id))
        .contains("person:aykhan-hajizada=أيخان حاجي زاده");
    assertThat(KbOnly.mentions("واستقبل وزير الداخلية عبد الوافي لفتيت الوفد .", Entity::id))
        .contains("person:abdelouafi-laftit=عبد الوافي لفتيت");
  }

  @Test
  void information_ministers_and_the_philippines_secretaries_are_linked() {
    assertThat(KbOnly.mentions("وقال وزير الثقافة والإعلام خالد الإعيسر إن الهجوم فشل .", Entity::id))
        .contains("person:khalid-al-eisir=خالد الإعيسر");
    assertThat(KbOnly.mentions("وطالبت وزيرة الخارجية الفلبينية تيريزا لازارو بحماية العمال .", Entity::id))
        .contains("person:theresa-lazaro=تيريزا لازارو");
    assertThat(KbOnly.mentions("وأعلن وزير العمال المهاجرين هانز ليو كاكداك تعليق الإرسال .", Entity::id))
        .contains("person:hans-leo-cacdac=هانز ليو كاكداك");
  }

  @Test
  void a_minister_is_named_in_english_as_english_news_writes_him() {
    Entity cuong = KbOnly.RECOGNIZER.recognize(org.marsad.text.AnalyzedText.of(
        "واستقبل الرئيس الفيتنامي لونغ كوونغ الوفد الزائر .", java.util.List.of())).items().stream()
        .filter(e -> "person:luong-cuong".equals(e.id())).findFirst().orElseThrow();
    assertThat(cuong.name()).isEqualTo("Luong Cuong");
  }

  @Test
  void a_title_and_an_everyday_word_are_not_names() {
    // "الهجري" is the Hijri year; the Druze leader is found by his full name only
    assertThat(KbOnly.mentions("ويوافق اليوم بداية العام الهجري الجديد .", Entity::id))
        .noneMatch(m -> m.startsWith("person:hikmat-al-hijri="));
    assertThat(KbOnly.mentions("وطالب الشيخ حكمت الهجري بوقف القتال .", Entity::id))
        .contains("person:hikmat-al-hijri=حكمت الهجري");
    // "رجال الكرامة" alone is a phrase ("men of dignity"); the movement only with its noun
    assertThat(KbOnly.mentions("وقال إنهم رجال الكرامة في هذا البلد .", Entity::id))
        .noneMatch(m -> m.startsWith("org:men-of-dignity="));
  }

  @Test
  void armed_groups_and_aid_agencies_are_organisations_of_their_country() {
    assertThat(KbOnly.mentions("واتهم الجيش مقاتلي القوات الديمقراطية لتحرير رواندا بالهجوم .", Entity::id))
        .contains("org:fdlr=القوات الديمقراطية لتحرير رواندا");
    assertThat(KbOnly.mentions("وقالت حكومة إقليم كردستان إن المسيرات أصابت مقرا حزبيا .", Entity::id))
        .contains("org:krg=حكومة إقليم كردستان");
    assertThat(KbOnly.mentions("وقصفت المسيرات مقرات الحزب الديمقراطي الكردستاني الإيراني قرب الحدود .", Entity::id))
        .contains("org:kdpi=الحزب الديمقراطي الكردستاني الإيراني");
    assertThat(KbOnly.mentions("ووزع مركز الملك سلمان للإغاثة والأعمال الإنسانية سلالا غذائية .", Entity::id))
        .contains("org:ksrelief=مركز الملك سلمان للإغاثة والأعمال الإنسانية");
    assertThat(KbOnly.mentions("واعترضت كتيبة سبل السلام شاحنة تقل مهاجرين .", Entity::id))
        .contains("org:subul-al-salam-battalion=كتيبة سبل السلام");
  }

  @Test
  void camps_crossings_and_towns_are_places() {
    assertThat(KbOnly.mentions("واندلعت اشتباكات في مخيم عين الحلوة ليلا .", Entity::id))
        .contains("gpe:ain-al-hilweh=عين الحلوة");
    assertThat(KbOnly.mentions("وأعيد فتح معبر رأس جدير أمام المسافرين .", Entity::id))
        .contains("loc:ras-ajdir=معبر رأس جدير");
    assertThat(KbOnly.mentions("وتظاهر شبان عاطلون في ورقلة وحاسي مسعود .", Entity::id))
        .contains("gpe:ouargla=ورقلة", "gpe:hassi-messaoud=حاسي مسعود");
    assertThat(KbOnly.mentions("ووصلت عائلات نازحة إلى مخيم زمزم أمس .", Entity::type))
        .contains("LOC=زمزم");
  }
}
