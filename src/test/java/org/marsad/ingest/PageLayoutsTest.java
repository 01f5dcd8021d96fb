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
}
