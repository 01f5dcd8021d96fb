package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * Reporting verbs that are as often another word (بين "between", عبر "through"), a subject
 * written before its verb, a source phrase between the verb and its words, persons the model
 * found whose names begin with a verb, and a party called by its head noun before a relative.
 * Sentences written for the test; the names are invented.
 */
class CuesTitlesAndSubjectsTest {

  @Test
  void bayyanaReportsWhereItOpensItsClauseNotAsThePreposition() {
    List<Quote> quotes = Story.of(
            "وبين كمال العرفاوي، أن \"الإصلاحات ستتواصل رغم كل الصعوبات\".",
            "وأكد وزير التجارة سامي الدريدي أن المبادلات بين \"البلدين تشهد تطورا كبيرا في كل المجالات\".")
        .person("كمال العرفاوي", null, null, "كمال العرفاوي").person("سامي الدريدي", null, null, "سامي الدريدي")
        .direct();
    assertThat(quotes).extracting(Quote::cue).containsExactly("بين", "أكد");
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كمال العرفاوي", "سامي الدريدي");
  }

  @Test
  void abbaraReportsWithItsPreposition() {
    List<Quote> quotes = Story.of("وعبر كمال العرفاوي، اليوم، عن \"ارتياحه الكبير لنتائج الزيارة الرسمية\".")
        .person("كمال العرفاوي", null, null, "كمال العرفاوي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كمال العرفاوي");
  }

  @Test
  void abbaraReportsWhenTheQuotationOpensWithItsPrepositionPastAPhraseBetweenCommas() {
    List<Quote> quotes = Story.of(
            "وعبر الاتحاد الجهوي للفلاحين، في بيان له اليوم الاثنين، \"عن رفضه القاطع للأسعار الجديدة للحبوب\".",
            "وعبرت النقابة \"عن تضامنها الكامل مع الأعوان المضربين في كل الجهات\".",
            "وعبر المهاجرون الحدود ليلا \"عبر الطرق الجبلية الوعرة\".")
        .modelOrganisation("الاتحاد الجهوي للفلاحين", "الاتحاد الجهوي للفلاحين").modelOrganisation("النقابة", "النقابة")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("الاتحاد الجهوي للفلاحين", "النقابة");
  }

  @Test
  void abbaraAndBayyanaOpenTheirClauseAfterTheAuxiliaryOrATurnTakingPhrase() {
    List<Quote> quotes = Story.of(
            "أما عن الزيارة، فقد عبر كمال العرفاوي عن \"ارتياحه الكبير لنتائج المحادثات الثنائية\".",
            "وبدورها عبرت سلمى الدريدي عن \"أملها في أن تتوسع المبادلات التجارية بين البلدين\".",
            "وقد بين العرفاوي أن \"الاتفاقيات الجديدة ستدخل حيز التنفيذ قريبا\".")
        .person("كمال العرفاوي", null, null, "كمال العرفاوي").person("سلمى الدريدي", null, null, "سلمى الدريدي")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كمال العرفاوي", "سلمى الدريدي", "كمال العرفاوي");
  }

  @Test
  void aNameOpeningTheSentenceIsTheSubjectOfTheVerbWhoseObjectFollows() {
    List<Quote> quotes = Story.of(
            "وكان الأمين العام لمنظمة التعاون الإقليمي، كمال العرفاوي، أدان الهجوم، مجددا \"دعمه الكامل للحكومة في حربها على الإرهاب\".")
        .organisation("Regional Cooperation Organisation", null, "منظمة التعاون الإقليمي").person("كمال العرفاوي", null, null, "كمال العرفاوي")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كمال العرفاوي");
  }

  @Test
  void aSourcePhraseBetweenTheVerbAndTheWordsDoesNotSpeak() {
    List<Quote> quotes = Story.of(
            "وكشف كمال العرفاوي، حسب ما نقلته وكالة الأنباء الرسمية، أن \"الحكومة ستعلن عن إجراءات جديدة قريبا\".")
        .person("كمال العرفاوي", null, null, "كمال العرفاوي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كمال العرفاوي");
  }

  @Test
  void aModelPersonWhoseNameBeginsWithAVerbSpeaksForNoOne() {
    List<Quote> quotes = Story.of(
            "وأكد وزير الخارجية يؤدي زيارة إلى العاصمة أن \"المحادثات تناولت كل الملفات ذات الاهتمام المشترك\".")
        .modelPerson("يؤدي زيارة", "Foreign Minister", "يؤدي زيارة").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsOnlyNulls();
  }

  @Test
  void aModelPersonWithAGivenNameThatBeginsLikeAVerbStillSpeaks() {
    List<Quote> quotes = Story.of("وقال يوسف العرفاوي إن \"الحزب سيشارك في الانتخابات البلدية المقبلة\".")
        .modelPerson("يوسف العرفاوي", null, "يوسف العرفاوي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("يوسف العرفاوي");
  }

  @Test
  void aModelPersonWithAForeignGivenNameThatBeginsLikeAVerbStillSpeaks() {
    List<Quote> quotes = Story.of(
            "وقالت المتحدثة باسم الوزارة يولاندا فيرهوفن إن \"البعثة ستعود إلى العاصمة الأسبوع المقبل\".")
        .modelPerson("يولاندا فيرهوفن", null, "يولاندا فيرهوفن").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("يولاندا فيرهوفن");
  }

  @Test
  void aPartyCalledByItsHeadBeforeARelativeOrAPrepositionSpeaks() {
    List<Quote> quotes = Story.of(
            "عقد حزب الوفاق الوطني اجتماعا لمكتبه السياسي.",
            "كما استنكر الحزب ما صدر عن بعض النواب من \"سب وتشويه للمناضلين في كل الجهات\".",
            "وندد الحزب بما وصفه \"حملة ممنهجة ضد قياداته في وسائل الإعلام\".")
        .organisation("حزب الوفاق الوطني", null, "حزب الوفاق الوطني").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("حزب الوفاق الوطني", "حزب الوفاق الوطني");
  }

  @Test
  void aStateBodyAloneIsTheOneTheArticleNamedWithItsCountry() {
    List<Quote> quotes = Story.of(
            "أعلنت الشرطة الكندية توقيف شخصين بعد هجوم على مركز تجاري.",
            "وأضافت الشرطة أن \"التحقيقات ما زالت جارية لتحديد دوافع الهجوم\".",
            "وقالت الشرطة المحلية في المدينة إن \"الوضع تحت السيطرة التامة ولا داعي لقلق السكان\".")
        .country("Canada", "CAN", "الكندية").direct();
    // the local police is another body than the national one: it is not Canada
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Canada", null);
  }

  @Test
  void aFeminineNounAfterAMasculineVerbIsItsObjectNotItsSubject() {
    List<Quote> quotes = Story.of(
            "وقال كمال العرفاوي إن الحزب سيشارك في الانتخابات.",
            "ودعا الهيئة المستقلة للانتخابات إلى \"الانتباه إلى كل التجاوزات المسجلة في الجهات\".")
        .person("كمال العرفاوي", null, null, "كمال العرفاوي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كمال العرفاوي");
  }

  @Test
  void aNameRightAfterADescriptionNoListHoldsIsTheSubject() {
    List<Quote> quotes = Story.of(
            "وقال أستاذ القانون الإداري كمال العرفاوي إن \"البلديات تحتاج إلى صلاحيات أوسع\".",
            "وأكد الكاتب العام للجامعة الجهوية سامي الدريدي أن \"المفاوضات ستستأنف الأسبوع القادم\".",
            "ووصف المتابعون أمسية الشاعر منير الحمروني بأنها \"من أجمل ما قدمه المهرجان هذا العام\".")
        .modelPerson("كمال العرفاوي", null, "كمال العرفاوي").modelPerson("سامي الدريدي", null, "سامي الدريدي")
        .modelPerson("منير الحمروني", null, "منير الحمروني").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كمال العرفاوي", "سامي الدريدي", null);
  }

  @Test
  void aTitleOfAddressBeforeAnOfficeOrANameIsLookedPast() {
    List<Quote> quotes = Story.of(
            "واستقبل وزير الخارجية الكويتي أحمد ناصر الصباح وفدا برلمانيا.",
            "وقال سعادة الدكتور خالد بن سالم المنصوري، سفير دولة الكويت، إن العلاقات \"تشهد أفضل مراحلها\".",
            "وأكد معالي وزير الخارجية أن بلاده \"لن تتخلى عن أشقائها في أي ظرف\".")
        .modelPerson("خالد بن سالم المنصوري", null, "خالد بن سالم المنصوري")
        .person("Ahmad Nasser Al-Sabah", "Foreign Minister", "KWT", "أحمد ناصر الصباح").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("خالد بن سالم المنصوري", "Ahmad Nasser Al-Sabah");
  }

  @Test
  void aTitlesPronounAsSubjectIsThePersonLastNamedWithThatTitle() {
    List<Quote> quotes = Story.of(
            "استقبل صاحب السمو الشيخ سالم بن راشد أمير البلاد فخامة الرئيس كمال العرفاوي في القصر.",
            "ونقل فخامة الرئيس الضيف تحيات شعبه إلى سمو الأمير، وقد رحب سموه بالضيف.",
            "وأشاد فخامته بدور البلاد في الوساطة، قائلا: \"سنبقى إلى جانب أشقائنا في كل الظروف\".",
            "وقال سموه إن \"العلاقات بين البلدين راسخة ولا تهزها الأحداث\".")
        .person("سالم بن راشد", null, null, "سالم بن راشد").person("كمال العرفاوي", null, null, "كمال العرفاوي")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كمال العرفاوي", "سالم بن راشد");
  }

  @Test
  void hisMajestyIsTheKingNamedWithJalalaNotThePresidentNamedLast() {
    List<Quote> quotes = Story.of(
            "عقد صاحب الجلالة الملك سالم بن راشد وفخامة الرئيس كمال العرفاوي رئيس جمهورية السنغال جلسة مباحثات في القصر.",
            "ورحب جلالته بالرئيس الضيف، مؤكدا \"حرص المملكة على توسيع التعاون مع السنغال\".")
        .person("سالم بن راشد", null, null, "سالم بن راشد").person("كمال العرفاوي", "President", "SEN", "كمال العرفاوي")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("سالم بن راشد");
  }

  @Test
  void theGuestOfAStateIsTheVisitorNotTheHostWhoSpokeLast() {
    List<Quote> quotes = Story.of(
            "استقبل الرئيس كمال العرفاوي في قصر الرئاسة الرئيس الزائر سامي الدريدي.",
            "وقال الرئيس العرفاوي إن \"الشراكة بين البلدين نموذج يحتذى به\".",
            "وقال ضيف البلاد في تصريح للصحفيين: \"جئنا لنفتح آفاقا جديدة للتعاون والاستثمار\".",
            "وأكد ضيف برنامج \"حوار الأسبوع\" أن \"الأسعار سترتفع في الأشهر المقبلة\".")
        .person("كمال العرفاوي", "President", "TUN", "كمال العرفاوي").person("سامي الدريدي", "President", "SEN", "سامي الدريدي")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كمال العرفاوي", "سامي الدريدي", null);
  }

  @Test
  void anOfficeLinkedToAnotherSpokespersonLeadsToTheNameAfterItsBodyAndComma() {
    List<Quote> quotes = Story.of(
            "حذرت المتحدثة الرسمية باسم وزارة الخارجية الإيطالية، جوليا ريناتي، من أن أي خطوة \"ستضر بالعلاقات لسنوات\".",
            "وقال المتحدث باسم الحكومة الإيطالية، ماركو بيانكي، إن روما \"منفتحة على الحوار\".")
        .person("Giulia Renati", "Foreign Ministry Spokeswoman", "ITA", "جوليا ريناتي")
        // the entity layer may link the office itself to a spokesperson it knows: the name after it is the one meant
        .person("Marco Bianchi", "Spokesperson", "ITA", "ماركو بيانكي", "المتحدثة الرسمية باسم وزارة الخارجية الإيطالية")
        .organisation("Italian Ministry of Foreign Affairs", "ITA", "وزارة الخارجية الإيطالية").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Giulia Renati", "Marco Bianchi");
  }

  @Test
  void aNounDescribingAPersonAndItsNisbaBeforeAFullNameAreThatPersonsTitle() {
    List<Quote> quotes = Story.of(
            "ودعا الروائي المغربي سمير الودغيري إلى \"مقاطعة المهرجان الذي أهان الكتاب العرب\".",
            "وانتقد الصحفي المغربي بنكيران في مقال له، معتبرا أن \"الحكومة فشلت في كل وعودها الاجتماعية\".")
        .modelPerson("سمير الودغيري", null, "سمير الودغيري")
        .modelPerson("بنكيران", null, "بنكيران")
        .country("Morocco", "MAR", "المغربي").direct();
    // the name alone after the nisba may be the verb's object: the journalist is not named
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("سمير الودغيري", null);
  }
}
