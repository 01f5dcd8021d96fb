package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * A speaker named before a verb that has no subject of its own: a verb with the pronoun of the
 * ones it addresses ("وأكد لهم"), a verb of charging with its object pronoun ("طالبه فيه بـ"), a
 * sentence opened by an adverb and a comma before its verb ("سياسياً، أجرى ..."), a verb whose one
 * noun phrase before its preposition is its object ("ووصف سقوط البلدة بأنه").
 */
class SpeakerBeforeTheVerbTest {

  @Test
  void aVerbWithThePronounOfThoseItAddressesHasThePronounForSubject() {
    List<Quote> quotes = Story.of(
            "استقبل الوالي سامي عادل منصور وفدا عن المعتصمين، وأكد لهم أن «مطالبكم ستدرس في أقرب الآجال».",
            "وقال لهما في ختام اللقاء: «أبواب الولاية مفتوحة».")
        .person("سامي عادل منصور", null, null, "سامي عادل منصور").direct();
    assertThat(quotes).extracting(Quote::text, Quote::speakerName)
        .containsExactly(tuple("مطالبكم ستدرس في أقرب الآجال", "سامي عادل منصور"), tuple("أبواب الولاية مفتوحة", "سامي عادل منصور"));
  }

  @Test
  void theVerbalNounWithTheSpeakersPronounLeavesThePronounToSpeak() {
    List<Quote> quotes = Story.of(
            "وأوضح كريم الصافي أن التنسيق مطلوب بين الحكومة والمعارضة.",
            "واضاف قوله \"لسنا ضد أي تحرك دبلوماسي لكن نؤكد على التنسيق\".")
        .person("كريم الصافي", null, null, "كريم الصافي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كريم الصافي");
  }

  @Test
  void aVerbOfChargingWithItsObjectPronounReportsItsSubjectsCharge() {
    List<Quote> quotes = Story.of(
            "وأجرى وزير الخارجية كريم الصافي اتصالا هاتفيا بنظيره نادر فؤاد حمدان، طالبه فيه بـ\"الإفراج الفوري عن الصيادين\".",
            "كما حثتهم الوزيرة سلمى الحداد على \"العودة إلى طاولة الحوار\".")
        .person("كريم الصافي", "Foreign Minister", null, "كريم الصافي")
        .person("نادر فؤاد حمدان", "Foreign Minister", null, "نادر فؤاد حمدان")
        .person("سلمى الحداد", "Minister", null, "سلمى الحداد").direct();
    assertThat(quotes).extracting(Quote::cue, Quote::speakerName)
        .containsExactly(tuple("طالبه", "كريم الصافي"), tuple("حثتهم", "سلمى الحداد"));
  }

  @Test
  void anAdverbAndACommaBeforeTheOpeningVerbLeaveItsSubjectToSpeak() {
    List<Quote> quotes = Story.of(
            "وقال نادر فؤاد حمدان إن \"الحدود ستبقى مفتوحة أمام التجارة\".",
            "ميدانياً، زار وزير الداخلية كريم الصافي المعبر الحدودي، مؤكداً أن \"الأمن لن يكون محل مساومة\".")
        .person("نادر فؤاد حمدان", null, null, "نادر فؤاد حمدان")
        .person("كريم الصافي", "Interior Minister", null, "كريم الصافي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("نادر فؤاد حمدان", "كريم الصافي");
  }

  @Test
  void theOneNounPhraseBeforeTheVerbsPrepositionIsItsObject() {
    List<Quote> quotes = Story.of(
            "واتهم وزير الداخلية كريم الصافي المعارضة بـ\"تأجيج الشارع عمدا قبل الانتخابات\"، ووصف إغلاق الطرق بأنه \"عمل تخريبي منظم\".",
            "ووصف ذلك بأنه \"تهديد مباشر لأرزاق الناس\".",
            "في المقابل، وصف المتظاهرون الحملة الأمنية بأنها \"عقاب جماعي لسكان الأحياء الفقيرة\".")
        .person("كريم الصافي", "Interior Minister", null, "كريم الصافي").direct();
    assertThat(quotes).extracting(Quote::text, Quote::speakerName).containsExactly(
        tuple("تأجيج الشارع عمدا قبل الانتخابات", "كريم الصافي"), tuple("عمل تخريبي منظم", "كريم الصافي"),
        tuple("تهديد مباشر لأرزاق الناس", "كريم الصافي"), tuple("عقاب جماعي لسكان الأحياء الفقيرة", null));
  }
}
