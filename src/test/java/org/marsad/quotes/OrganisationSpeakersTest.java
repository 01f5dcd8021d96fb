package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * Organisations, countries and their documents as speakers: a body named again by its head noun
 * ("الحركة", "الخارجية"), a statement named with its issuer ("بيان الخارجية") or again ("وأضاف
 * البيان"), and the verbs of condemning and appealing they report with.
 */
class OrganisationSpeakersTest {

  @Test
  void aBodyNamedAgainByItsHeadNounSpeaks() {
    List<Quote> quotes = Story.of(
            "أعلنت حركة الوفاق الوطني مشاركتها في الانتخابات المحلية.",
            "وقالت الحركة في بيان إن \"القوائم ستكون مفتوحة أمام المستقلين في كل الدوائر\".")
        .organisation("National Accord Movement", "TUN", "حركة الوفاق الوطني").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("National Accord Movement");
  }

  @Test
  void aBodyCalledByTheWordAfterItsHeadSpeaksButNotAnotherWordWithTheArticle() {
    List<Quote> quotes = Story.of(
            "عقدت حركة الإصلاح مؤتمرها السنوي في العاصمة.",
            "وقالت الإصلاح إن \"المؤتمر سيختار قيادة جديدة قبل نهاية الشهر الجاري\".",
            "وقال المنظمون إن \"القاعة لم تتسع لكل الحاضرين من الجهات الداخلية\".")
        .organisation("Reform Movement", "TUN", "حركة الإصلاح").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Reform Movement", null);
  }

  @Test
  void aMinistryNamedAgainByItsDomainSpeaksAndOneOfAnotherCountrySpeaksForThatCountry() {
    Story story = Story.of(
            "استدعت وزارة الخارجية البرتغالية السفير الإسباني.",
            "وقالت الخارجية إن \"الخطوة جاءت بعد تصريحات غير مقبولة عن الحدود\".",
            "وقالت الخارجية الإسبانية إن \"مدريد لا ترى أي سبب لهذا الاستدعاء\".")
        .organisation("Portuguese Ministry of Foreign Affairs", "PRT", "وزارة الخارجية البرتغالية")
        .country("Spain", "ESP", "الإسباني", "الإسبانية");
    assertThat(story.direct()).extracting(Quote::speakerName)
        .containsExactly("Portuguese Ministry of Foreign Affairs", "Spain");
  }

  @Test
  void aHeadNounFollowedByOtherWordsIsAnotherBody() {
    List<Quote> quotes = Story.of(
            "أعلنت حركة الوفاق الوطني مشاركتها في الانتخابات المحلية.",
            "وقالت الحركة الشعبية للتغيير إن \"هذه الانتخابات لن تغير شيئا في حياة الناس\".")
        .organisation("National Accord Movement", "TUN", "حركة الوفاق الوطني").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsOnlyNulls();
  }

  @Test
  void aBodyNamedInFullWithTheArticleSpeaksUnderItsNameAsWritten() {
    List<Quote> quotes = Story.of(
            "وقال الاتحاد العام لنقابات عمال الموانئ في بيان: \"الإضراب سيستمر حتى تلبية كل المطالب المشروعة\".",
            "وعبرت الجبهة الديمقراطية عن رفضها للقرار الذي اعتبرته \"قرارا ظالما يمس قوت آلاف العائلات\".",
            "وقالت الحكومة المؤقتة في بنغازي إن \"المفاوضات لم تصل بعد إلى أي نتيجة تذكر\".")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName)
        .containsExactly("الاتحاد العام لنقابات عمال الموانئ", "الجبهة الديمقراطية", "الحكومة المؤقتة");
  }

  @Test
  void aBodyWithTheArticleAfterAMasculineVerbOrBeforeAVerbalNounIsNoSubject() {
    List<Quote> quotes = Story.of(
            "ودعا الهيئة الوطنية للإعلام إلى \"مراجعة قراراتها الأخيرة بشأن البث المباشر\".",
            "وجدد الحزب التأكيد على أن \"الحوار هو الطريق الوحيد للخروج من الأزمة\".",
            "وقالت الوزارة الثلاثاء إن \"العمل سيعود إلى طبيعته في الأيام القادمة\".")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).containsOnlyNulls();
  }

  @Test
  void aBodyNoEntityStandsForSpeaksAgainByItsHeadNounUnderItsNameAsWritten() {
    List<Quote> quotes = Story.of(
            "أعلنت الهيئة المستقلة للانتخابات عن موعد جديد لتسجيل الناخبين.",
            "وقالت الهيئة في بلاغ إن \"التسجيل سيبقى مفتوحا إلى آخر الشهر\".",
            "وأضافت الهيئة: \"على الأحزاب أن تعين ملاحظيها قبل ذلك الموعد\".")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName)
        .containsExactly("الهيئة المستقلة للانتخابات", "الهيئة المستقلة للانتخابات");
    assertThat(quotes).extracting(Quote::speaker).containsOnlyNulls();
  }

  @Test
  void aBodyNoEntityStandsForNamedInFullAfterTheVerbSpeaksUnderItsNameAsWritten() {
    List<Quote> quotes = Story.of(
            "وقالت وزارة الشؤون الاجتماعية في بيان إن \"المنحة ستصرف قبل نهاية الشهر لكل العائلات\".",
            "وأكدت هيئة الرقابة والتدقيق أن \"الملفات أحيلت كلها على القضاء منذ أسابيع\".")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName)
        .containsExactly("وزارة الشؤون الاجتماعية", "هيئة الرقابة والتدقيق");
    assertThat(quotes).extracting(Quote::speaker).containsOnlyNulls();
  }

  @Test
  void aHeadNounInConstructWithAnIndefiniteWordIsNoBodyNamedInFull() {
    List<Quote> quotes = Story.of(
            "وقالت وزارة سيادية في بيان إن \"القرار نهائي ولا رجعة فيه بأي حال\".")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).containsOnlyNulls();
  }

  @Test
  void theLastBodyOfThatHeadNounSpeaksAndItsEntityWhereOneStandsForIt() {
    List<Quote> quotes = Story.of(
            "انتقد حزب العدالة الجديد قرار حل المجلس البلدي، فيما رحب به مرصد الشفافية المحلية.",
            "وقال المرصد إن \"المجلس لم يقدم حساباته منذ سنتين\".",
            "ودعت لجنة الدفاع عن المعطلين إلى وقفة احتجاجية.",
            "وقال الحزب في بيان: \"القرار سياسي ولا علاقة له بالتسيير\".")
        .organisation("New Justice Party", "TUN", "حزب العدالة الجديد").direct();
    assertThat(quotes).extracting(Quote::speakerName)
        .containsExactly("مرصد الشفافية المحلية", "New Justice Party");
  }

  @Test
  void aHeadNounNamedBeforeOnlyAloneOrAsAnotherWordSpeaksForNoBody() {
    List<Quote> quotes = Story.of(
            "اجتمع أعضاء الجمعية يوم السبت في مقرها بالعاصمة.",
            "وقالت الجمعية إن \"الاجتماع خصص لمناقشة الميزانية\".",
            "وقال المصدر الأمني إن \"الوضع تحت السيطرة في كامل المنطقة\".")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).containsOnlyNulls();
  }

  @Test
  void aStateBodyNamedInConstructWithItsCountrySpeaksForItAgainByItsHeadNoun() {
    List<Quote> quotes = Story.of(
            "أعلنت وزارة الصحة البرتغالية تسجيل إصابات جديدة بالحمى.",
            "وذكرت الوزارة، في بلاغ، أن \"الحالات كلها مستقرة ولا تستدعي القلق\".")
        .country("Portugal", "PRT", "البرتغالية").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Portugal");
  }

  @Test
  void aStateBodyNoEntityStandsForSpeaksForItsCountryAndAgainByAFeminineVerb() {
    List<Quote> quotes = Story.of(
            "ونبهت وزارة الإعلام البرتغالية في بيان \"وسائل الإعلام كافة إلى ضرورة الالتزام بالموقف الرسمي\".",
            "وحذرت \"من نشر أي مادة تمس بمصالح البلاد العليا\".",
            "وقال حزب العمال البرتغالي إن \"الحكومة تضيق على حرية الصحافة\".")
        .country("Portugal", "PRT", "البرتغالية", "البرتغالي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Portugal", "Portugal", null);
  }

  @Test
  void aStatementSpeaksForItsIssuerAndAgainForTheLastSpeaker() {
    List<Quote> quotes = Story.of(
            "وقالت منظمة الصحة العالمية في بيان إن \"المستشفيات في الإقليم تعمل بنصف طاقتها\".",
            "وأضاف البيان أن \"الأدوية الأساسية ستنفد خلال أسبوعين إذا لم تفتح المعابر\".",
            "وأكد بيان صادر عن الأمم المتحدة أن \"القوافل جاهزة للعبور منذ أيام\".")
        .organisation("World Health Organization", null, "منظمة الصحة العالمية")
        .organisation("United Nations", null, "الأمم المتحدة").direct();
    assertThat(quotes).extracting(Quote::speakerName)
        .containsExactly("World Health Organization", "World Health Organization", "United Nations");
  }

  @Test
  void anOrganOfABodySpeaksForItByNameOrByItsHeadNounButNotItsHead() {
    List<Quote> quotes = Story.of(
            "أكد المكتب السياسي لحركة الوفاق الوطني أن \"القوائم ستكون مفتوحة أمام المستقلين\".",
            "وعبّرت الكتلة النيابية للحركة عن \"رفضها القاطع لتأجيل موعد الانتخابات\".",
            "وقال رئيس المكتب السياسي للحركة إن \"الاجتماع القادم سيحسم هذه المسألة\".",
            "ودعت اللجنة الوطنية للانتخابات إلى \"احترام الآجال القانونية المعلنة في الرائد الرسمي منذ أشهر\".")
        .organisation("National Accord Movement", "TUN", "حركة الوفاق الوطني").direct();
    assertThat(quotes).extracting(Quote::speakerName)
        .containsExactly("National Accord Movement", "National Accord Movement", null, null);
  }

  @Test
  void aHeadNounTheModelTookForAnotherOrganisationIsTheOneNamedBefore() {
    List<Quote> quotes = Story.of(
            "حذرت منظمة الأغذية والزراعة من تراجع المحاصيل في المنطقة.",
            "وقالت المنظمة في تقرير إن \"نصف الأراضي الزراعية لم تعد صالحة للزراعة بسبب الجفاف\".")
        .organisation("Food and Agriculture Organization", null, "منظمة الأغذية والزراعة")
        .modelOrganisation("المنظمة", "المنظمة").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Food and Agriculture Organization");
  }

  @Test
  void aNewStatementWithNoIssuerNamedHasNoSpeaker() {
    List<Quote> quotes = Story.of(
            "وقالت منظمة الصحة العالمية إن \"المستشفيات في الإقليم تعمل بنصف طاقتها\".",
            "وقال بيان نشرته صحيفة محلية إن \"الحكومة تعرف حجم الأزمة منذ أشهر\".")
        .organisation("World Health Organization", null, "منظمة الصحة العالمية").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("World Health Organization", null);
  }

  @Test
  void countriesCondemnAndAppealInTheirOwnWords() {
    List<Quote> quotes = Story.of(
            "أدانت البرتغال \"الهجوم الذي استهدف مقر البعثة الأممية في العاصمة\".",
            "وأهابت إسبانيا بكل الأطراف \"التحلي بضبط النفس وتغليب لغة الحوار\".")
        .country("Portugal", "PRT", "البرتغال").country("Spain", "ESP", "إسبانيا").direct();
    assertThat(quotes).extracting(Quote::speakerName, Quote::cue)
        .containsExactly(tuple("Portugal", "أدانت"), tuple("Spain", "أهابت"));
  }

  @Test
  void aSpokespersonNoEntityStandsForSpeaksForTheBodyAfterTheOffice() {
    List<Quote> quotes = Story.of(
            "وقال جون سميث المتحدث باسم البيت الأبيض يوم الجمعة إن \"الرئيس سيستقبل الوفد الأسبوع المقبل\".",
            "وقال جون سميث مستشار البيت الأبيض إن \"الزيارة تأجلت مرة أخرى دون موعد جديد\".")
        .organisation("White House", "USA", "البيت الأبيض").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("White House", null);
  }

  @Test
  void anOrganisationNamedBetweenQuotationMarksAfterTheVerbSpeaks() {
    List<Quote> quotes = Story.of(
            "واعتبر \"حزب الخضر - الجنوب\"، أن القانون الجديد \"يضرب مبدأ المساواة بين الجهات\".")
        .organisation("Green Party", null, "حزب الخضر").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Green Party");
  }

  @Test
  void anUnnamedSourceInsideABodySpeaksForIt() {
    List<Quote> quotes = Story.of(
            "وكشف مصدر مسؤول في وزارة الخارجية البرتغالية أن \"فريقا للتحقيق شكل منذ الصباح\".",
            "وأضاف المصدر أن \"النتائج ستعلن فور انتهاء التحقيق\".",
            "وصرح مصدر أمني لوكالة الأنباء البرتغالية بأن \"العبوة فجرت عن بعد\".")
        .organisation("Portuguese Ministry of Foreign Affairs", "PRT", "وزارة الخارجية البرتغالية")
        .organisation("Lusa", "PRT", "وكالة الأنباء البرتغالية").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly(
        "Portuguese Ministry of Foreign Affairs", "Portuguese Ministry of Foreign Affairs", null);
  }

  @Test
  void aBodyRenewingItsCallSpeaks() {
    List<Quote> quotes = Story.of(
            "وجددت البرتغال الدعوة إلى \"التهدئة وتغليب لغة الحوار بين كل الأطراف\".")
        .country("Portugal", "PRT", "البرتغال").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Portugal");
  }

  @Test
  void aSpokespersonOrSourceOfAStateBodyNoEntityStandsForSpeaksForItsCountry() {
    List<Quote> quotes = Story.of(
            "وقال المتحدث باسم وزارة الداخلية البرتغالية إن \"التحقيق سيتواصل حتى كشف كل المتورطين\".",
            "وقال مسؤول في الشرطة البرتغالية إن \"المشتبه به اعتقل في منزله دون أي مقاومة\".",
            "وقالت متحدثة باسم الخارجية الإسبانية إن \"مدريد تتابع الوضع عن كثب منذ الصباح\".",
            "وقال رئيس نقابة الشرطة البرتغالية إن \"الأعوان يعملون في ظروف صعبة منذ أشهر\".")
        .country("Portugal", "PRT", "البرتغالية")
        .organisation("Spanish Ministry of Foreign Affairs", "ESP", "الخارجية الإسبانية").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly(
        "Portugal", "Portugal", "Spanish Ministry of Foreign Affairs", null);
  }
  @Test
  void aBodyCalledAgainByTheFirstTwoWordsOfItsNameSpeaks() {
    List<Quote> quotes = Story.of(
            "وأكد حزب النهضة الخضراء الجديد في بيان أن \"الوضع الاقتصادي يتطلب حلولا عاجلة\".",
            "كما عبر حزب النهضة في البيان ذاته، عن \"انشغاله العميق من تواصل الأزمة السياسية في البلاد\".")
        .modelOrganisation("حزب النهضة الخضراء الجديد", "حزب النهضة الخضراء الجديد").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("حزب النهضة الخضراء الجديد", "حزب النهضة الخضراء الجديد");
  }

  @Test
  void aStatementOfAStateBodyNamedBeforeWithItsCountrySpeaksForThatCountry() {
    List<Quote> quotes = Story.of(
            "نددت الرئاسة البرتغالية بالهجوم على السفارة.",
            "ووصف بيان الرئاسة الاعتداء بأنه \"عمل جبان لا يمكن أن يمر دون عقاب\".",
            "وأوضح بيان صادر عن وزارة الدفاع البرتغالية أن \"الجنود عادوا إلى ثكناتهم مساء اليوم\".",
            "وقال وزير الخارجية الإسباني إن مدريد تتابع الأمر.",
            "وأكد بيان للخارجية أن \"الحوار هو السبيل الوحيد لتجاوز الخلاف بين البلدين\".")
        .country("Portugal", "PRT", "البرتغالية")
        .country("Spain", "ESP", "الإسباني").direct();
    // the last statement's ministry is not the one of the Spanish minister's office named before
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Portugal", "Portugal", null);
  }

  @Test
  void aStateNamedByItsFormAndItsCountrySpeaksAsThatCountry() {
    List<Quote> quotes = Story.of(
            "وقالت وكالة محلية إن \"الحدود أغلقت منذ الصباح\".",
            "وأعلنت جمهورية البرتغال سحب سفيرها من مدريد. وأضافت أن القرار يأتي \"ردا على تصريحات غير مقبولة عن الحدود\".")
        .country("Portugal", "PRT", "البرتغال").direct();
    // the agency no entity stands for spoke before; the pronoun goes on with the state, not with it
    assertThat(quotes).extracting(Quote::speakerName).containsExactly(null, "Portugal");
  }
}
