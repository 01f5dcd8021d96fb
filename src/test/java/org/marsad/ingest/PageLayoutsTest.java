package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whole pages, invented, in the layouts of several Arabic news sites as they come when copied
 * as text: what the record says about each.
 */
class PageLayoutsTest {

  private static final String FIRST = "أعلنت الحكومة خطة جديدة لخفض استهلاك الكهرباء في المباني الحكومية بنسبة الربع خلال"
      + " عامين.";
  private static final String SECOND = "وقال وزير الطاقة في مؤتمر صحفي إن الخطة تشمل تركيب ألواح شمسية على أسطح الوزارات.";

  @Test
  void aSiteWithSectionsAnUpdateLineAndASourceLine() {
    CleanArticle a = Pages.clean(
        "الأخبار",
        "سياسة",
        "الأردن يعلن خطة لخفض فاتورة الطاقة في المؤسسات الحكومية",
        "13/3/2025",
        "|",
        "آخر تحديث: 13/3/2025 09:45 (توقيت مكة)",
        "حفظ",
        "شارك",
        "عمّان- " + FIRST,
        "",
        SECOND,
        "",
        "المصدر : الجزيرة + وكالات");
    assertThat(a.title()).isEqualTo("الأردن يعلن خطة لخفض فاتورة الطاقة في المؤسسات الحكومية");
    assertThat(a.published()).isEqualTo("2025-03-13");
    assertThat(a.credits()).containsExactly("الجزيرة", "وكالات");
    assertThat(a.dateline()).isEqualTo("عمّان");
    assertThat(Pages.paragraphs(a)).containsExactly("13/3/2025", "عمّان- " + FIRST, SECOND);
  }

  @Test
  void aSiteWithTheDatelineAndAgencyUnderTheHeadline() {
    CleanArticle a = Pages.clean(
        "الشرق الأوسط",
        "ميناء جديد على البحر الأحمر يستقبل أولى السفن التجارية",
        "أبوظبي - سكاي نيوز عربية",
        "نشر في: 16 مارس 2025 - 10:30 بتوقيت أبوظبي",
        FIRST,
        SECOND,
        "تابعوا آخر الأخبار عبر تطبيق سكاي نيوز عربية");
    assertThat(a.title()).isEqualTo("ميناء جديد على البحر الأحمر يستقبل أولى السفن التجارية");
    assertThat(a.published()).isEqualTo("2025-03-16T10:30");
    assertThat(a.credits()).containsExactly("سكاي نيوز عربية");
    assertThat(a.dateline()).isEqualTo("أبوظبي");
    assertThat(Pages.paragraphs(a)).containsExactly("أبوظبي - سكاي نيوز عربية",
        "نشر في: 16 مارس 2025 - 10:30 بتوقيت أبوظبي", FIRST, SECOND);
  }

  @Test
  void aSiteWithHijriAndGregorianDates() {
    CleanArticle a = Pages.clean(
        "العالم العربي",
        "الأحد - 16 رمضان 1446 هـ - 16 مارس 2025 م",
        "تونس تطلق برنامجا لدعم الصناعات التقليدية",
        FIRST,
        SECOND);
    assertThat(a.title()).isEqualTo("تونس تطلق برنامجا لدعم الصناعات التقليدية");
    assertThat(a.published()).isEqualTo("2025-03-16");
    assertThat(Pages.paragraphs(a)).containsExactly("الأحد - 16 رمضان 1446 هـ - 16 مارس 2025 م", FIRST, SECOND);
  }

  @Test
  void aSiteNamedInItsBannerWithAWeekdayDateAndMorningTime() {
    CleanArticle a = Pages.clean(
        "اليوم السابع",
        "الأحد، 16 مارس 2025 10:30 ص",
        "مصر تبدأ تشغيل خط قطار كهربائي جديد بين القاهرة والعاصمة الإدارية",
        FIRST,
        SECOND);
    assertThat(a.title()).isEqualTo("مصر تبدأ تشغيل خط قطار كهربائي جديد بين القاهرة والعاصمة الإدارية");
    assertThat(a.published()).isEqualTo("2025-03-16T10:30");
    assertThat(a.credits()).containsExactly("اليوم السابع");
    assertThat(a.dateline()).isNull();
  }

  @Test
  void aMenuAndAShareBarCutByBarsAreNeitherHeadlineNorText() {
    CleanArticle a = Pages.clean(
        "الرئيسية | محليات | أمن | رياضة | فن وثقافة",
        "اقتصاد",
        "الحكومة تقر خطة لخفض فاتورة الكهرباء في الدوائر الرسمية",
        "مشاركة: فيسبوك | تويتر | واتساب",
        FIRST,
        SECOND,
        "يوتيوب | إكس | تيليغرام");
    assertThat(a.title()).isEqualTo("الحكومة تقر خطة لخفض فاتورة الكهرباء في الدوائر الرسمية");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void aSentenceWithBarsInItIsStillText() {
    String figures = "سجلت المحافظات الثلاث أعلى نسب المشاركة | بغداد 41 في المئة | البصرة 38 في المئة | نينوى 36 في المئة.";
    CleanArticle a = Pages.clean("نسب المشاركة في الانتخابات المحلية حسب المحافظات", FIRST, figures);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, figures);
  }

  @Test
  void aDateLineInGulfTimeWithItsUpdateIsPublishedInUtc() {
    CleanArticle a = Pages.clean(
        "دبي تفتتح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة",
        "دبي - العربية.نت",
        "نشر في: 12 مارس ,2025: 09:40 م GST آخر تحديث: 12 مارس ,2025: 11:05 م GST",
        FIRST,
        SECOND);
    assertThat(a.published()).isEqualTo("2025-03-12T17:40Z");
    assertThat(a.dateline()).isEqualTo("دبي");
  }

  @Test
  void aDateLineWithGreenwichAndItsOffsetIsPublishedInUtc() {
    CleanArticle a = Pages.clean(
        "بلدية المدينة تفتتح جسرا جديدا فوق النهر",
        "بقلم: فريق التحرير",
        "نشرت في 14/02/2026 - 09:05 GMT+1",
        FIRST,
        SECOND);
    assertThat(a.published()).isEqualTo("2026-02-14T08:05Z");
  }

  @Test
  void aClockTimeAfterTheHourWordAndItsColonIsRead() {
    CleanArticle a = Pages.clean("بلدية المدينة تفتتح جسرا جديدا فوق النهر", "الخميس 12/02/2026 - الساعة: 08:30", FIRST, SECOND);
    assertThat(a.published()).isEqualTo("2026-02-12T08:30");
  }
}
