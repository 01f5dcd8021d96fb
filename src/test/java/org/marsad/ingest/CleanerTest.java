package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cleaning a page copied off a news site: the headline, credits and dateline found, page
 * furniture (buttons, related lists, tags, comments) gone, the article's own lines kept word
 * for word. Every article here is invented.
 */
class CleanerTest {

  private static final String HEADLINE = "انطلاق حملة وطنية لتطعيم الأطفال في المناطق الريفية";
  private static final String FIRST = "أطلقت وزارة الصحة حملة وطنية لتطعيم الأطفال دون سن الخامسة في المناطق الريفية،"
      + " تستمر أسبوعين وتشمل أكثر من مئتي قرية.";
  private static final String SECOND = "وقال مدير الحملة إن فرقا متنقلة ستصل إلى القرى البعيدة التي لا توجد فيها مراكز صحية.";
  private static final String THIRD = "وتأتي الحملة بعد تسجيل إصابات بالحصبة في ثلاث محافظات خلال الشتاء الماضي.";

  // --- buttons, widgets and blank lines ---

  @Test
  void shareAndFollowButtonsGo() {
    CleanArticle a = Pages.clean(HEADLINE, "انسخ الرابط", "تابعنا عبر", "Shares", "0 0 0", FIRST, "شارك",
        "فيسبوك", "واتساب", SECOND, "تابعونا على تلغرام", THIRD, "رابط مختصر: https://example.org/a/123");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void buttonsWithTheirCountersGo() {
    CleanArticle a = Pages.clean(HEADLINE, "12 Shares", FIRST, "مشاركة 3", SECOND, "صورة أرشيفية", THIRD);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void aPhotoCreditLabelledWithAColonGoesButASentenceOpeningWithTheSameWordStays() {
    String german = "Foto und Text dieser Meldung stammen vom Veranstalter.";
    CleanArticle a = Pages.clean("Neue Buslinie verbindet die Dörfer im Tal", "Foto: Max Muster / dpa", german,
        "Crédits photos : Bestimage", "Titelbild: Archiv", "Der Betrieb beginnt im Frühjahr mit zwölf Fahrten am Tag.");
    assertThat(Pages.paragraphs(a)).containsExactly(german, "Der Betrieb beginnt im Frühjahr mit zwölf Fahrten am Tag.");
  }

  @Test
  void aReadAlsoMarkerInAEuropeanLanguageGoesWithItsHeadline() {
    String first = "Die Stadt hat am Montag den neuen Fahrplan für alle Buslinien im Tal vorgestellt.";
    String second = "Der Betrieb beginnt im Frühjahr mit zwölf Fahrten am Tag.";
    CleanArticle a = Pages.clean("Neue Buslinie verbindet die Dörfer im Tal", first, "Mehr zum Thema",
        "Bahnhof wird bis 2027 umgebaut", "LE PUEDE INTERESAR: La ficha del nuevo alcalde", second);
    assertThat(Pages.paragraphs(a)).containsExactly(first, second);
  }

  @Test
  void aCommentCounterNearTheHeadlineDoesNotEndTheBody() {
    CleanArticle a = Pages.clean(HEADLINE, "3 تعليقات", FIRST, SECOND);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void aCommentsLinkAboveTheArticleDoesNotCutAwayAllItsProse() {
    // a line the cleaner does not know starts the body early; the comments link after it is the
    // page's head, as the article's paragraphs follow it
    CleanArticle a = Pages.clean(HEADLINE, "بعدسة مصور الموقع", "التعليقات", FIRST, SECOND, THIRD);
    assertThat(Pages.paragraphs(a)).containsExactly("بعدسة مصور الموقع", FIRST, SECOND, THIRD);
  }

  @Test
  void theCommentsAfterTheArticleStillGo() {
    String comment = "أتمنى أن تصل الحملة إلى قريتنا أيضا فالأطفال هناك لم يتلقوا أي لقاح منذ سنتين كاملتين.";
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "التعليقات", comment);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void aBreadcrumbIsNeverTheTitle() {
    CleanArticle a = Pages.clean("الرئيسية > أخبار > سياسة", "الرئيسية أخبار رياضة اقتصاد منوعات فيديو", HEADLINE, FIRST);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST);
  }

  @Test
  void undefinedAndLinesOfSpacesGo() {
    CleanArticle a = Pages.clean(HEADLINE, "   ", "undefined", FIRST, " \t ", "\u00a0\u00a0", SECOND, "", "    ", THIRD);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void relatedHeadlinesAfterSeeAlsoGoWithEverythingAfterThem() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, THIRD, "", "انظر أيضا:", "",
        "وزير الصحة يتفقد مستشفى المدينة الجديد",
        "ارتفاع أسعار الأدوية المستوردة بنسبة عشرة بالمئة",
        "منظمة الصحة العالمية تحذر من موجة إنفلونزا مبكرة");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void aReadAlsoMarkerInTheBodyTakesOnlyTheHeadlineAfterIt() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, "اقرأ أيضا:", "وزير الصحة يتفقد مستشفى المدينة الجديد", SECOND,
        "اقرأ أيضاً: ارتفاع أسعار الأدوية المستوردة", THIRD);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void aReadAlsoMarkerFollowedOnlyByHeadlinesToTheEndTakesThemAll() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, THIRD, "اقرأ أيضا",
        "وزير الصحة يتفقد مستشفى المدينة الجديد",
        "ارتفاع أسعار الأدوية المستوردة بنسبة عشرة بالمئة",
        "منظمة الصحة العالمية تحذر من موجة إنفلونزا مبكرة");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND, THIRD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"الكلمات الدلالية:", "الكلمات الدلالية", "الوسوم:", "Tags"})
  void aTagListEndsTheBody(String marker) {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, THIRD, marker, "الصحة, الأطفال, اللقاحات");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void aTagListOnOneLineEndsTheBody() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, THIRD, "الكلمات الدلالية: الصحة، الأطفال");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND, THIRD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"التعليقات", "أضف تعليقك", "اترك تعليقا", "معايير المجتمع"})
  void aCommentWidgetEndsTheBody(String marker) {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, THIRD, marker, "الاسم", "البريد الإلكتروني",
        "أرجو أن تشمل الحملة قريتنا أيضا");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void aSubheadingThatBeginsWithAMarkerWordIsKept() {
    String subheading = "تعليقات الصحف المحلية";
    CleanArticle a = Pages.clean(HEADLINE, FIRST, subheading, SECOND, "الوسوم: الصحة، الأطفال", THIRD);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, subheading, SECOND);
  }

  @Test
  void aShortSentenceThatBeginsLikeAButtonIsKept() {
    String sentence = "اشترك في الحملة أكثر من ألف متطوع.";
    CleanArticle a = Pages.clean(HEADLINE, FIRST, sentence, SECOND, "اشترك في النشرة البريدية");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, sentence, SECOND);
  }

  @Test
  void aSentenceThatBeginsLikeAMarkerIsKept() {
    String sentence = "التعليقات التي نشرها سكان القرى على صفحة الوزارة طالبت بتمديد الحملة شهرا آخر حتى يصل"
        + " التطعيم إلى الجميع.";
    CleanArticle a = Pages.clean(HEADLINE, FIRST, sentence, SECOND);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, sentence, SECOND);
  }

  // --- the headline ---

  @Test
  void bannersAndMenuWordsBeforeTheHeadlineAreNeverTheTitle() {
    CleanArticle a = Pages.clean("أخبار العالم", "مباشر", "العالم - أفريقيا", "موقع النبأ اليومي", "مصر",
        HEADLINE, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"منذ 3 ساعات", "منذ ٣ ساعات", "قبل دقيقتين", "منذ يومين"})
  void aRelativeTimeStampIsNotTheTitle(String stamp) {
    CleanArticle a = Pages.clean(stamp, HEADLINE, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void aRadioStationsMastheadIsABannerAndItsCredit() {
    CleanArticle a = Pages.clean("نسمة أف أم", "أخبار جهوية", HEADLINE, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.credits()).containsExactly("نسمة أف أم");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
    assertThat(Pages.clean("Radio Sawa FM", HEADLINE, FIRST).title()).isEqualTo(HEADLINE);
  }

  @Test
  void aHeadlineWithTheTwoDotsOfItsTopicIsTheTitle() {
    String headline = "الصحة.. انطلاق حملة وطنية لتطعيم الأطفال في الأرياف";
    assertThat(Pages.clean("أخبار محلية", headline, FIRST, SECOND).title()).isEqualTo(headline);
    String twoSentences = "انطلقت الحملة أمس. وتستمر أسبوعين في كل المحافظات";
    assertThat(Pages.clean(twoSentences, FIRST, SECOND).title()).isNull();
  }

  @Test
  void aDateLineInFiguresAfterAMastheadTakenForTheHeadlineStillGivesTheDate() {
    CleanArticle a = Pages.clean("موقع الخبر اليومي", HEADLINE, "2026/03/05 14:30", FIRST, SECOND);
    assertThat(a.published()).isEqualTo("2026-03-05T14:30");
  }

  @Test
  void aHeadlineWithASpeakerAndColonIsTheTitle() {
    String headline = "وزير الصحة: الحملة ستشمل كل القرى دون استثناء";
    CleanArticle a = Pages.clean("عاجل", headline, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(headline);
  }

  @Test
  void aHeadlineRepeatedAsTheFirstBodyLineAppearsOnce() {
    CleanArticle a = Pages.clean(HEADLINE, "", HEADLINE, "١٠ فبراير ٢٠٢٦", FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(Pages.paragraphs(a)).containsExactly("١٠ فبراير ٢٠٢٦", FIRST, SECOND);
    assertThat(a.text()).doesNotContain(HEADLINE);
  }

  @Test
  void withoutAHeadlineTheTitleIsNull() {
    CleanArticle a = Pages.clean("أخبار مصر", "موقع النبأ اليومي - سبأ نت", "نشر بتاريخ: ٣ تشرين الثاني ٢٠٢٤",
        "عدن-سبأ:", FIRST, SECOND);
    assertThat(a.title()).isNull();
    assertThat(a.warnings()).contains("no headline found");
    assertThat(Pages.paragraphs(a)).containsExactly("نشر بتاريخ: ٣ تشرين الثاني ٢٠٢٤", "عدن-سبأ:", FIRST, SECOND);
  }

  @Test
  void aFirstParagraphThatLostItsPeriodIsNotTheTitle() {
    String first = "أطلقت وزارة الصحة، صباح اليوم الأحد، حملة وطنية لتطعيم الأطفال في المناطق الريفية";
    CleanArticle a = Pages.clean("أخبار محلية", first, SECOND);
    assertThat(a.title()).isNull();
    assertThat(Pages.paragraphs(a)).containsExactly(first, SECOND);
  }

  @Test
  void menuWordsAndButtonsBeforeTheBodyAreNotTheTitleEither() {
    CleanArticle a = Pages.clean("09:12 GMT03 يونيو/ حزيران 2025", "مباشر", "    اليابان", "    انسخ الرابط",
        "    تابعنا عبر", "", "    " + FIRST, "", "    " + SECOND);
    assertThat(a.title()).isNull();
    assertThat(a.published()).isEqualTo("2025-06-03T09:12Z");
    assertThat(Pages.paragraphs(a)).containsExactly("09:12 GMT03 يونيو/ حزيران 2025", FIRST, SECOND);
  }

  @Test
  void aSubheadingInsideTheBodyStaysInTheBody() {
    String subheading = "فرق متنقلة في القرى البعيدة";
    CleanArticle a = Pages.clean(HEADLINE, FIRST, subheading, SECOND, THIRD);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, subheading, SECOND, THIRD);
  }

  // --- credits and dateline ---

  @Test
  void aSourceLineNamesEveryOutletItCredits() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "المصدر: سكاي نيوز عربية + وكالات");
    assertThat(a.credits()).containsExactly("سكاي نيوز عربية", "وكالات");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      المصدر: رويترز                          | رويترز
      المصدر : وكالات                          | وكالات
      المصدر: الجزيرة + وكالات                 | الجزيرة,وكالات
      المصدر: RT ووكالات                       | RT,وكالات
      المصدر: وكالة الأنباء الأردنية (بترا)     | بترا
      المصدر: أ ف ب، رويترز                    | أ ف ب,رويترز
      نقلا عن وكالة الأناضول                   | الأناضول
      (أ ف ب)                                  | أ ف ب
      Source: Reuters                          | رويترز
      """)
  void aClosingCreditLine(String line, String credits) {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, line);
    assertThat(a.credits()).containsExactly(credits.split(","));
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void aSentenceAboutAnAgencyIsNotACreditLine() {
    String sentence = "عن الحرب قال الوزير إن بلاده لن تشارك فيها.";
    CleanArticle a = Pages.clean(HEADLINE, FIRST, sentence);
    assertThat(a.credits()).isEmpty();
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, sentence);
  }

  @Test
  void aSourceLineWithAnOutletMarsadDoesNotKnowCreditsItAsWritten() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "المصدر : صحيفة الوادي");
    assertThat(a.credits()).containsExactly("صحيفة الوادي");
  }

  @Test
  void aClosingLineNamingTheOutletIsACredit() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "روسيا اليوم");
    assertThat(a.credits()).containsExactly("RT");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void aDatelineWithADashIsThePlaceAsWritten() {
    String first = "الخرطوم – أعلنت السلطات الصحية عن وصول شحنة جديدة من اللقاحات إلى المطار.";
    CleanArticle a = Pages.clean(HEADLINE, first, SECOND);
    assertThat(a.dateline()).isEqualTo("الخرطوم");
    assertThat(a.credits()).isEmpty();
    assertThat(Pages.paragraphs(a)).containsExactly(first, SECOND);
  }

  @Test
  void aPlaceAndItsDashOnALineOfTheirOwnAreTheDateline() {
    CleanArticle a = Pages.clean(HEADLINE, "الخرطوم –", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("الخرطوم");
    assertThat(Pages.clean(HEADLINE, FIRST, "الخرطوم –").dateline()).isNull(); // nothing below it
  }

  @Test
  void anAgencyAfterTheDatelineIsACredit() {
    String first = "بيروت- أ ف ب أعلنت السلطات الصحية عن وصول شحنة جديدة من اللقاحات إلى المطار.";
    CleanArticle a = Pages.clean(HEADLINE, first, SECOND);
    assertThat(a.dateline()).isEqualTo("بيروت");
    assertThat(a.credits()).containsExactly("أ ف ب");
    assertThat(Pages.paragraphs(a)).containsExactly(first, SECOND);
  }

  @Test
  void aDatelineWithItsAgencyOnALineOfItsOwn() {
    CleanArticle a = Pages.clean(HEADLINE, "عدن-سبأ:", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("عدن");
    assertThat(a.credits()).containsExactly("سبأ");
    assertThat(Pages.paragraphs(a)).containsExactly("عدن-سبأ:", FIRST, SECOND);
  }

  @Test
  void aReporterNamedBetweenThePlaceAndTheAgency() {
    CleanArticle a = Pages.clean(HEADLINE, "أنقرة/ محمد أمين/ الأناضول", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("أنقرة");
    assertThat(a.credits()).containsExactly("الأناضول");
    CleanArticle alone = Pages.clean("أنقرة/ محمد أمين/ الأناضول");
    assertThat(alone.text()).as("a line alone stays, as in an article").contains("أنقرة/ محمد أمين/ الأناضول");
  }

  @Test
  void aDatelineWithASlashUnderTheHeadline() {
    CleanArticle a = Pages.clean(HEADLINE, "الرباط/ الأناضول", FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.dateline()).isEqualTo("الرباط");
    assertThat(a.credits()).containsExactly("الأناضول");
    assertThat(Pages.paragraphs(a)).containsExactly("الرباط/ الأناضول", FIRST, SECOND);
  }

  @Test
  void aBannerNamingTheOutletIsACreditNotADateline() {
    CleanArticle a = Pages.clean("موقع النبأ اليومي - سبأ نت", HEADLINE, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.dateline()).isNull();
    assertThat(a.credits()).containsExactly("سبأ");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void theSitesBannerIsACreditOnlyWhenNoOneElseIsCredited() {
    assertThat(Pages.clean("قناة العالم الاخبارية", HEADLINE, FIRST, SECOND, "المصدر: وكالات").credits())
        .containsExactly("وكالات");
    assertThat(Pages.clean("قناة العالم الاخبارية", HEADLINE, FIRST, SECOND).credits()).containsExactly("قناة العالم");
  }

  @Test
  void aBylineOfOutletsRunTogetherCreditsThemAll() {
    CleanArticle a = Pages.clean("اندبندنت عربية", HEADLINE, "اندبندنت عربية ووكالات", FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.credits()).containsExactly("إندبندنت عربية", "وكالات");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
    String sourced = "وقال مدير الحملة إن الفرق ستصل إلى القرى البعيدة خلال أسبوع. (رويترز)";
    assertThat(Pages.paragraphs(Pages.clean(HEADLINE, FIRST, sourced, SECOND))).containsExactly(FIRST, sourced, SECOND);
    CleanArticle b = Pages.clean(HEADLINE, FIRST, "اندبندنت عربية ووكالات", SECOND);
    assertThat(b.credits()).containsExactly("إندبندنت عربية", "وكالات");
    assertThat(Pages.paragraphs(b)).containsExactly(FIRST, SECOND);
  }

  @Test
  void anAgencysFullNameWithItsShortNameIsABannerNotADateline() {
    CleanArticle a = Pages.clean("وكالة الأنباء اليمنية (سبأ)", "الرئيسية", HEADLINE, "عدن - سبأ :", FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.dateline()).isEqualTo("عدن");
    assertThat(a.credits()).containsExactly("سبأ");
  }

  @Test
  void aDrawnOutLetterInTheHeadlineIsNotADatelineDash() {
    String headline = "الحكومة تلوّح بـ\"إجراءات صارمة\" بعد ارتفاع أسعار الخبز في الأسواق";
    CleanArticle a = Pages.clean(headline, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(headline);
    assertThat(a.dateline()).isNull();
  }

  @Test
  void aPlaceWrittenWithAShaddaIsKeptAsWritten() {
    String first = "عمّان – أعلنت السلطات الصحية عن وصول شحنة جديدة من اللقاحات إلى المطار.";
    CleanArticle a = Pages.clean(HEADLINE, first, SECOND);
    assertThat(a.dateline()).isEqualTo("عمّان");
  }

  @Test
  void aTwoWordPlaceWithTheAgencyInBrackets() {
    String first = "الدار البيضاء (رويترز) - قالت السلطات الصحية إن شحنة جديدة من اللقاحات وصلت إلى الميناء.";
    CleanArticle a = Pages.clean(HEADLINE, first, SECOND);
    assertThat(a.dateline()).isEqualTo("الدار البيضاء");
    assertThat(a.credits()).containsExactly("رويترز");
  }

  @Test
  void aSentenceOpeningWithAVerbHasNoDateline() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND);
    assertThat(a.dateline()).isNull();
    assertThat(a.credits()).isEmpty();
  }

  // --- captions and the article's own words ---

  @Test
  void anEnglishCaptionStaysAsItsOwnParagraphAndIsListed() {
    String caption = "Health workers vaccinate children at a village school north of the capital on Sunday";
    CleanArticle a = Pages.clean(HEADLINE, caption, "undefined", FIRST, SECOND, caption, THIRD);
    assertThat(Pages.paragraphs(a)).containsExactly(caption, FIRST, SECOND, THIRD);
    assertThat(Pages.captions(a)).containsExactly(caption);
  }

  @Test
  void aPhotoCreditGoesAndItsCaptionStays() {
    String caption = "Health workers vaccinate children at a village school north of the capital on Sunday";
    CleanArticle a = Pages.clean(HEADLINE, "© Example Photo Agency / Photographer Name", caption, FIRST,
        "صدر الصورة، Getty Images", SECOND);
    assertThat(Pages.paragraphs(a)).containsExactly(caption, FIRST, SECOND);
    assertThat(Pages.captions(a)).containsExactly(caption);
  }

  @Test
  void anEnglishNameInsideAnArabicSentenceIsNotACaption() {
    String line = "وقالت منظمة Save the Children إن الحملة خطوة مهمة لحماية الأطفال في الريف.";
    CleanArticle a = Pages.clean(HEADLINE, FIRST, line);
    assertThat(a.captions()).isEmpty();
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, line);
  }

  @Test
  void theArticlesWordsAreKeptExactly() {
    String marked = "وَقالَ المُديرُ: «إنّ الحملـــة ستصل إلى كلِّ  قرية»، وأضاف أن \"التطعيم مجاني\" للجميع…";
    String unclosed = "وتابع المسؤول قائلا: \"لن نترك أي طفل دون لقاح";
    CleanArticle a = Pages.clean(HEADLINE, FIRST, marked, unclosed);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, marked, unclosed);
  }

  @Test
  void theLanguageIsArabic() {
    assertThat(Pages.clean(HEADLINE, FIRST, SECOND, THIRD).language()).isEqualTo("ar");
  }

  @Test
  void aWholePageComesOutClean() {
    CleanArticle a = Pages.clean(
        "أخبار العالم",
        "مباشر",
        HEADLINE,
        "الأحد ١٥ مارس ٢٠٢٦ - ٠٩:٤٠ بتوقيت غرينتش",
        "",
        "انسخ الرابط",
        "تابعنا عبر",
        "",
        "دمشق – " + FIRST,
        "",
        SECOND,
        " ",
        THIRD,
        "",
        "المصدر: سكاي نيوز عربية + وكالات",
        "",
        "انظر أيضا:",
        "وزير الصحة يتفقد مستشفى المدينة الجديد",
        "الكلمات الدلالية:",
        "الصحة, الأطفال");
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(a.published()).isEqualTo("2026-03-15T09:40Z");
    assertThat(a.credits()).containsExactly("سكاي نيوز عربية", "وكالات");
    assertThat(a.dateline()).isEqualTo("دمشق");
    assertThat(a.text()).isEqualTo("الأحد ١٥ مارس ٢٠٢٦ - ٠٩:٤٠ بتوقيت غرينتش\n\nدمشق – " + FIRST + "\n\n" + SECOND
        + "\n\n" + THIRD);
  }

  // --- short articles: a line goes for what it is, not for being short ---

  @Test
  void aWireFlashOfOneLineIsItsTextAndItsHeadline() {
    String flash = "عاجل: زلزال بقوة ست درجات يضرب جنوب البلاد ولا أنباء عن ضحايا";
    CleanArticle a = Pages.clean(flash);
    assertThat(a.text()).isEqualTo(flash);
    assertThat(a.title()).isEqualTo(flash);
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void aPostOfTwoWordsIsKept() {
    assertThat(Pages.clean("انقطاع الكهرباء").text()).isEqualTo("انقطاع الكهرباء");
  }

  @Test
  void anArticleThatIsOnlyItsGivenHeadlineKeepsIt() {
    CleanArticle a = Pages.CLEANER.clean(new RawArticle("flash.jsonl", HEADLINE, new Given(HEADLINE, null, null, null)));
    assertThat(a.text()).isEqualTo(HEADLINE);
  }

  @Test
  void aHeadlineLeftAmongFurnitureIsTheTextWithAWarning() {
    CleanArticle a = Pages.clean(HEADLINE, "انسخ الرابط", "شارك", "تابعنا عبر");
    assertThat(a.text()).isEqualTo(HEADLINE);
    assertThat(a.warnings()).anyMatch(w -> w.contains("no body found"));
  }

  @Test
  void furnitureAloneIsStillNoText() {
    CleanArticle a = Pages.clean("انسخ الرابط", "شارك", "تابعنا عبر");
    assertThat(a.text()).isEmpty();
    assertThat(a.warnings()).anyMatch(w -> w.contains("no article text left"));
  }

  @Test
  void aShortLineInBidiControlsIsReadWithoutThem() {
    CleanArticle a = Pages.clean("\u2067" + HEADLINE + "\u2069", "\u202B" + FIRST + "\u202C");
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST);
  }

  @Test
  void theTextIsCutAtItsLimitWithAWarning() {
    CleanArticle a = new Cleaner(40).clean(new RawArticle("long.txt", FIRST + "\n" + SECOND, Given.NONE));
    assertThat(a.text()).isEqualTo(FIRST.substring(0, 40));
    assertThat(a.warnings()).anyMatch(w -> w.startsWith("text cut to its first 40 characters of "));
  }
}
