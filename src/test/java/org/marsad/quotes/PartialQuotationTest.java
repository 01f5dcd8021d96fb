package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Layer;
import org.marsad.doc.Quote;

/** Quoted words right after the preposition of an accusing or warning verb, and quotations left open. */
class PartialQuotationTest {

  @Test
  void aClauseAfterTheBaOfAnAccusingVerbIsItsSubjectsWords() {
    List<Quote> quotes = Story.of(
            "واتهم الرئيس الفرنسي إيمانويل ماكرون الشركات الكبرى بـ«إخفاء الأرباح عن الضرائب» خلال الأزمة.")
        .person("Emmanuel Macron", "President", "FRA", "إيمانويل ماكرون").direct();
    assertThat(quotes).extracting(Quote::text, Quote::speakerName)
        .containsExactly(tuple("إخفاء الأرباح عن الضرائب", "Emmanuel Macron"));
  }

  @Test
  void aPredicateAfterMinOfAWarningVerbIsSpeech() {
    List<Quote> quotes = Story.of(
            "وحذر أولاف شولتس من \"إغلاق الأسواق أمام المنتجات الأوروبية\" في السنوات المقبلة.")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).extracting(Quote::text, Quote::speakerName)
        .containsExactly(tuple("إغلاق الأسواق أمام المنتجات الأوروبية", "Olaf Scholz"));
  }

  @Test
  void quotedWordsOpeningWithAVerbAfterTheReportedSubjectAreSpeechThoughTheClauseGoesOn() {
    List<Quote> quotes = Story.of(
            "وأكد أولاف شولتس أن الحكومة \"تتابع عن كثب\" ملف المفقودين، وأن الوزارة \"لن تتراجع\" عن قرارها.")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).extracting(Quote::text, Quote::speakerName)
        .containsExactly(tuple("تتابع عن كثب", "Olaf Scholz"), tuple("لن تتراجع", "Olaf Scholz"));
  }

  @Test
  void quotedWordsOpeningWithAVerbRightAfterAParticleWithItsPronounAreSpeech() {
    List<Quote> quotes = Story.of(
            "وقالت وزارة الصحة في بيان إنها \"تتابع عن كثب\" انتشار الحمى في الجنوب.")
        .organisation("Ministry of Health", null, "وزارة الصحة").direct();
    assertThat(quotes).extracting(Quote::text, Quote::speakerName)
        .containsExactly(tuple("تتابع عن كثب", "Ministry of Health"));
  }

  @Test
  void quotedWordsOpeningWithAVerbAfterARelativeAreTheReportedSpeakersWords() {
    List<Quote> quotes = Story.of(
            "واتهم أولاف شولتس الشركات بنشر الإشاعات التي \"تضلل المواطنين\"، ثم غادر القاعة.")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).extracting(Quote::text, Quote::speakerName)
        .containsExactly(tuple("تضلل المواطنين", "Olaf Scholz"));
  }

  @Test
  void aNounAfterARelativeOrAParticleWithItsPronounStaysAName() {
    List<Quote> quotes = Story.of(
            "وقال أولاف شولتس إن الحزب الذي \"الأمل\" اسمه سيشارك، وإنها \"الوطن الجديد\" في نظره.")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).isEmpty();
  }

  @Test
  void aSecondComplementOfTheSameAccusingVerbJoinedByWaIsSpeechToo() {
    List<Quote> quotes = Story.of(
            "واتهم أولاف شولتس المعارضة بـ\"تضليل الرأي العام\" وبـ\"عرقلة عمل الحكومة\" منذ أشهر.")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).extracting(Quote::text, Quote::speakerName)
        .containsExactly(tuple("تضليل الرأي العام", "Olaf Scholz"), tuple("عرقلة عمل الحكومة", "Olaf Scholz"));
  }

  @Test
  void aQuotedNameAfterTheReportedSubjectStaysANameThoughItLooksLikeAVerb() {
    List<Quote> quotes = Story.of(
            "وأكد أولاف شولتس أن حسابه على موقع \"تويتر\" تعرض للاختراق، وأن الحكومة \"الجديدة\" ستعمل بسرعة.")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).isEmpty();
  }

  @Test
  void aShortNounPhraseAfterTheSameVerbsStaysATerm() {
    List<Quote> quotes = Story.of(
            "واتهم أولاف شولتس المعارضة بـ\"الشعبوية الجديدة\" في خطابه أمام النواب.")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).isEmpty();
  }

  @Test
  void aShortPredicateEndingAReportedClauseIsTheSpeakersWords() {
    List<Quote> quotes = Story.of(
            "وقال أولاف شولتس إن خطة الحكومة الجديدة \"ناجحة تماما\"، مشيرا إلى تراجع البطالة.",
            "واعتبرت أرانتشا غونزاليس أن الوضع \"مقلق\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس")
        .person("Arancha González", "Foreign Minister", "ESP", "أرانتشا غونزاليس").direct();
    assertThat(quotes).extracting(Quote::text, Quote::speakerName)
        .containsExactly(tuple("ناجحة تماما", "Olaf Scholz"), tuple("مقلق", "Arancha González"));
  }

  @Test
  void aShortQuotedNameInAReportedClauseStaysAName() {
    List<Quote> quotes = Story.of(
            "وقال أولاف شولتس إن اتفاقية \"ميركوسور\"، التي وقعت أمس، ستفتح الأسواق.",
            "وأكد أن الحكومة ستدعم \"الشركات الصغيرة\" في الأرياف.",
            "وأضاف أن الشركات تلجأ إلى \"الخارج\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).isEmpty();
  }

  @Test
  void anUnclosedQuotationDoesNotPairWithTheNextParagraphsOpeningMark() {
    Layer<Quote> layer = Story.of(
            "وقال أولاف شولتس إن \"كل الطرق مفتوحة أمام الحوار مع الشركاء.",
            "واتهم الوزير المعارضة بـ\"التشويش\" على خطط الحكومة.")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").layer();
    assertThat(layer.items()).filteredOn(Quote::direct).extracting(Quote::text)
        .containsExactly("كل الطرق مفتوحة أمام الحوار مع الشركاء.");
  }
}
