package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Invented pages copied as text whose heads carry a menu bar with its cells as runs of spaces, or a
 * strip calling the reader to a channel: neither is the headline, which follows them.
 */
class CopiedPageHeadsTest {

  private static final String FIRST = "افتتحت البلدية صباح اليوم سوقا أسبوعية جديدة للفلاحين في ساحة المدينة القديمة بحضور"
      + " عشرات التجار.";
  private static final String SECOND = "وقال رئيس البلدية إن السوق ستفتح أبوابها كل يوم سبت من الثامنة صباحا حتى الظهر.";

  @Test
  void aMenuBarWithItsCellsAsRunsOfSpacesIsNotTheHeadline() {
    CleanArticle a = Pages.clean(
        "إذاعة الوادي",
        "الرئيسية   محليات   اقتصاد   رياضة   منوعات   البث الحي",
        "محليات",
        "بلدية الوادي تفتتح سوقا أسبوعية للفلاحين في المدينة القديمة",
        FIRST,
        SECOND);
    assertThat(a.title()).isEqualTo("بلدية الوادي تفتتح سوقا أسبوعية للفلاحين في المدينة القديمة");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void aLineWithTwoSpacesInsideIsStillAHeadline() {
    CleanArticle a = Pages.clean(
        "بلدية الوادي تفتتح  سوقا أسبوعية للفلاحين  في المدينة القديمة",
        FIRST,
        SECOND);
    assertThat(a.title()).isEqualTo("بلدية الوادي تفتتح  سوقا أسبوعية للفلاحين  في المدينة القديمة");
  }

  @Test
  void followAndListenLiveStripsAreNotTheHeadline() {
    CleanArticle a = Pages.clean(
        "صوت الوادي",
        "تابع صوت الوادي على تيليجرام",
        "استمع إلى إذاعة صوت الوادي مباشرة",
        "محليات",
        "بلدية الوادي تفتتح سوقا أسبوعية للفلاحين في المدينة القديمة",
        FIRST,
        SECOND);
    assertThat(a.title()).isEqualTo("بلدية الوادي تفتتح سوقا أسبوعية للفلاحين في المدينة القديمة");
  }

  @Test
  void aLiveLabelOverACallToTheChannelIsNotTheHeadline() {
    CleanArticle a = Pages.clean(
        "صوت الوادي",
        "مباشر: تابعوا إذاعة صوت الوادي",
        "محليات",
        "بلدية الوادي تفتتح سوقا أسبوعية للفلاحين في المدينة القديمة",
        FIRST,
        SECOND);
    assertThat(a.title()).isEqualTo("بلدية الوادي تفتتح سوقا أسبوعية للفلاحين في المدينة القديمة");
  }

  @Test
  void aBreadcrumbFromTheHomeLinkIsNotTheHeadlineWhateverItsSections() {
    CleanArticle a = Pages.clean(
        "صوت الوادي",
        "الرئيسية / جهات وأقاليم",
        "بلدية الوادي تفتتح سوقا أسبوعية للفلاحين في المدينة القديمة",
        "9 مارس 2026 , 10:40ص",
        FIRST,
        SECOND);
    assertThat(a.title()).isEqualTo("بلدية الوادي تفتتح سوقا أسبوعية للفلاحين في المدينة القديمة");
    assertThat(a.published()).isEqualTo("2026-03-09T10:40");
  }

  @Test
  void sectionsJoinedByAndAndASearchBoxAreNotTheHeadline() {
    CleanArticle a = Pages.clean(
        "صوت الوادي",
        "ابحث...",
        "محليات ومجتمع",
        "بلدية الوادي تفتتح سوقا أسبوعية للفلاحين في المدينة القديمة",
        FIRST,
        SECOND);
    assertThat(a.title()).isEqualTo("بلدية الوادي تفتتح سوقا أسبوعية للفلاحين في المدينة القديمة");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void aHeadlineOpeningWithTheVerbFollowedIsKept() {
    CleanArticle a = Pages.clean(
        "تابع والي الجهة أشغال توسعة الطريق الرابط بين المدينتين",
        FIRST,
        SECOND);
    assertThat(a.title()).isEqualTo("تابع والي الجهة أشغال توسعة الطريق الرابط بين المدينتين");
  }

  @Test
  void aShareBarWithItsButtonsApartBySpacesGoes() {
    CleanArticle a = Pages.clean(
        "بلدية الوادي تفتتح سوقا أسبوعية للفلاحين في المدينة القديمة",
        "شارك: فيسبوك  تويتر  واتساب",
        FIRST,
        SECOND);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void thePaperNamedAgainAsTheOneSpokenToIsCreditedBesideTheAgency() {
    CleanArticle a = Pages.clean(
        "الشروق",
        "الرئيسية | محليات | دولي | رياضة",
        "بلدية الوادي تفتتح سوقا أسبوعية للفلاحين في المدينة القديمة",
        "الوادي - وات:",
        FIRST,
        "وفي تصريح للشروق، قال رئيس البلدية إن السوق ستفتح أبوابها كل يوم سبت.");
    assertThat(a.credits()).containsExactly("الشروق", "وات");
  }
}
