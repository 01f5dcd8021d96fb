package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invented pages copied as text whose heads carry a menu bar with its cells as runs of spaces, or a
 * strip calling the reader to a channel: neither is the headline, which follows them.
 */
class CopiedPageHeadsTest {

  private static final String FIRST = "افتتحت البلدية صباح اليوم سوقا أسبوعية جديدة للفلاحين في ساحة المدينة القديمة بحضور"
      + " عشرات التجار.";
  private static final String HEADLINE = "بلدية الوادي تفتتح سوقا أسبوعية للفلاحين في المدينة القديمة";
  private static final String SECOND = "وقال رئيس البلدية إن السوق ستفتح أبوابها كل يوم سبت من الثامنة صباحا حتى الظهر.";

  /** The lines of furniture above the headline, each case a page's head: none of them is the headline. */
  static Stream<Arguments> furnitureAboveTheHeadline() {
    return Stream.of(
        Arguments.of("a menu bar with its cells as runs of spaces",
            List.of("إذاعة الوادي", "الرئيسية   محليات   اقتصاد   رياضة   منوعات   البث الحي", "محليات")),
        Arguments.of("strips calling the reader to follow and listen",
            List.of("صوت الوادي", "تابع صوت الوادي على تيليجرام", "استمع إلى إذاعة صوت الوادي مباشرة", "محليات")),
        Arguments.of("a live label over a call to the channel",
            List.of("صوت الوادي", "مباشر: تابعوا إذاعة صوت الوادي", "محليات")),
        Arguments.of("sections joined by and, and a search box",
            List.of("صوت الوادي", "ابحث...", "محليات ومجتمع")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("furnitureAboveTheHeadline")
  void furnitureAboveTheHeadlineIsNotTheHeadline(String what, List<String> furniture) {
    List<String> lines = new ArrayList<>(furniture);
    lines.addAll(List.of(HEADLINE, FIRST, SECOND));
    CleanArticle a = Pages.clean(lines.toArray(String[]::new));
    assertThat(a.title()).isEqualTo(HEADLINE);
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
