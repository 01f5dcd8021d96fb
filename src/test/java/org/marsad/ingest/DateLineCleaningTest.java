package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The publication date line of a page, in the forms Arabic news sites print it, gives
 * {@code published}; it stays in the text as its own paragraph. A page without one has no
 * {@code published}: a date inside a sentence is never taken for it.
 */
class DateLineCleaningTest {

  private static final String HEADLINE = "الحكومة المغربية تعلن خطة لدعم صغار المزارعين";
  private static final String FIRST = "الرباط – أعلنت الحكومة المغربية عن خطة جديدة لدعم صغار المزارعين"
      + " المتضررين من موجة الجفاف، تشمل قروضا ميسرة وإعفاءات ضريبية.";
  private static final String SECOND = "وقال المتحدث باسم الحكومة إن الخطة ستنفذ على مراحل خلال العامين المقبلين.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      الثلاثاء ١٠ فبراير ٢٠٢٦ - ١٤:٠٥ بتوقيت غرينتش   | 2026-02-10T14:05Z
      الثلاثاء 10 فبراير 2026 - 14:05 بتوقيت غرينتش    | 2026-02-10T14:05Z
      ١٠ فبراير ٢٠٢٦                                 | 2026-02-10
      الأحد 15 مارس 2026 - 09:40 بتوقيت مكة المكرمة   | 2026-03-15T09:40
      ١٥ آذار ٢٠٢٦ ٠٩:٤٠ بتوقيت القدس                  | 2026-03-15T09:40
      نشر في: 16 مارس 2025 - 10:30 بتوقيت أبوظبي       | 2025-03-16T10:30
      آخر تحديث: 13/3/2025 09:45 (توقيت مكة)           | 2025-03-13T09:45
      الأحد - 16 رمضان 1446 هـ - 16 مارس 2025 م         | 2025-03-16
      الأحد ١٦ مارس ٢٠٢٥ م                              | 2025-03-16
      الأحد 16 مارس 2025 م - 10:30 ص                    | 2025-03-16T10:30
      نُشر في ٢ أيار ٢٠٢٤                                | 2024-05-02
      17:29 GMT 28.09.2021                             | 2021-09-28T17:29Z
      28.09.2021 17:29 (GMT)                           | 2021-09-28T17:29Z
      2021/09/28 17:29                                 | 2021-09-28T17:29
      ٢٠٢١/٠٩/٢٨                                         | 2021-09-28
      الأربعاء 2025/10/22 الساعة 09:15 (توقيت الرياض)  | 2025-10-22T09:15
      الخميس 2025/10/23                               | 2025-10-23
      10:30 ص - الأحد 16 مارس 2025                      | 2025-03-16T10:30
      الأربعاء ٤ آذار ٢٠٢٦                            | 2026-03-04
      4 كانون الثاني 2026 - 08:20                    | 2026-01-04T08:20
      ٢٢ يونيو/ حزيران ٢٠٢٥                           | 2025-06-22
      22 تشرين الأول/أكتوبر 2025                     | 2025-10-22
      09:12 GMT03 يونيو/ حزيران 2025                 | 2025-06-03T09:12Z
      06:45 GMT 17 أبريل/ نيسان 2024                 | 2024-04-17T06:45Z
      الخميس 17 أبريل 2024 06:45 GMT                 | 2024-04-17T06:45Z
      نشر بتاريخ: ٣ تشرين الثاني ٢٠٢٤                 | 2024-11-03
      نشر بتاريخ: 3 نوفمبر 2024 - 10:30              | 2024-11-03T10:30
      تاريخ النشر: ٧ أيلول ٢٠٢٣                       | 2023-09-07
      2025-01-19T08:30:00Z                           | 2025-01-19T08:30Z
      2025-01-19T11:30:00+03:00                      | 2025-01-19T08:30Z
      السبت، 5 أبريل 2025 03:15 م                    | 2025-04-05T15:15
      آخر تحديث: الجمعة ٥ أيلول ٢٠٢٥ - ١٠:٠٠ بتوقيت غرينتش | 2025-09-05T10:00Z
      2025-01-19                                     | 2025-01-19
      19/01/2025 08:30                               | 2025-01-19T08:30
      ١٩/٠١/٢٠٢٥                                      | 2025-01-19
      الخميس 11 ربيع الأول 1447 هـ الموافق 4 سبتمبر 2025 م | 2025-09-04
      الخميس 4 سبتمبر 2025 م الموافق 11 ربيع الأول 1447 هـ | 2025-09-04
      Published On 4 Sep 2025                        | 2025-09-04
      تاريخ الخبر: 2025/09/04                         | 2025-09-04
      September 4, 2025                              | 2025-09-04
      سبتمبر 4, 2025                                 | 2025-09-04
      الخميس 4 من سبتمبر 2025                         | 2025-09-04
      4 سبتمبر، 2025                                  | 2025-09-04
      الخميس 4/9/2025                                 | 2025-09-04
      الخميس 4 سبتمبر 2025 الساعة 3:10 مساءً           | 2025-09-04T15:10
      الثلاثاء 1446/08/20 هـ 2025/02/18 م             | 2025-02-18
      الثلاثاء 20/08/1446 هـ الموافق 18/02/2025 م       | 2025-02-18
      نشر الثلاثاء، 18 فبراير / شباط 2025؛ 09:20 ص (GMT +0300) | 2025-02-18T06:20Z
      """)
  void aDateLineGivesPublished(String dateLine, String iso) {
    CleanArticle a = Pages.clean(HEADLINE, dateLine, "", FIRST, "", SECOND);
    assertThat(a.published()).isEqualTo(iso);
    assertThat(a.title()).isEqualTo(HEADLINE);
  }

  @Test
  void aSitesHostNameBeforeAnIsoDateWithASpaceIsNoPartOfTheDate() {
    CleanArticle a = Pages.clean(HEADLINE, "news.example.com | 2025-02-18 07:45:10", "", FIRST, "", SECOND);
    assertThat(a.published()).isEqualTo("2025-02-18T07:45");
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "نشر الجيش قواته على الحدود في 3 مارس 2024",
      "في 16 مارس 2025 بتوقيت مكة وصل الوفد إلى المطار",
      "17:29 GMT وصلت الطائرة إلى موسكو بعد رحلة طويلة",
      "تاريخ النشر غير معروف",
      "آخر تحديث للخطة كان قبل عامين",
  })
  void aSentenceWithADateIsNotADateLine(String line) {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, line, SECOND);
    assertThat(a.published()).isNull();
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, line, SECOND);
  }

  @Test
  void theDateLineStaysInTheTextAsItsOwnParagraph() {
    String dateLine = "الثلاثاء ١٠ فبراير ٢٠٢٦ - ١٤:٠٥ بتوقيت غرينتش";
    CleanArticle a = Pages.clean(HEADLINE, dateLine, "", FIRST, "", SECOND);
    assertThat(Pages.paragraphs(a)).containsExactly(dateLine, FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("الرباط");
  }

  @Test
  void aDateLineAfterTheBodyIsReadToo() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "نشر بتاريخ: 3 نوفمبر 2024");
    assertThat(a.published()).isEqualTo("2024-11-03");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND, "نشر بتاريخ: 3 نوفمبر 2024");
  }

  @Test
  void aRepeatedDateLineIsKeptOnce() {
    String dateLine = "٢٢ يونيو/ حزيران ٢٠٢٥";
    CleanArticle a = Pages.clean(dateLine, HEADLINE, dateLine, FIRST, SECOND);
    assertThat(a.published()).isEqualTo("2025-06-22");
    assertThat(Pages.paragraphs(a)).containsExactly(dateLine, FIRST, SECOND);
  }

  @Test
  void withoutADateLinePublishedIsNullEvenWhenTheBodyHasDates() {
    CleanArticle a = Pages.clean(HEADLINE, "",
        "أعلنت وزارة الزراعة اليوم الاثنين أن موسم الحصاد بدأ في 3 مارس 2024 وسينتهي قبل نهاية أيار المقبل.",
        "",
        "وأضافت الوزارة أن التقديرات الأولية صدرت في ١٥/٠٢/٢٠٢٤ وستراجع الأسبوع المقبل.");
    assertThat(a.published()).isNull();
    assertThat(a.title()).isEqualTo(HEADLINE);
  }

  @Test
  void aDateTheInputStatesWinsOverTheDateLine() {
    CleanArticle a = Pages.CLEANER.clean(new RawArticle("t.jsonl#1",
        String.join("\n", HEADLINE, "١٠ فبراير ٢٠٢٦", FIRST), new Given(null, "2026-02-11", null, null)));
    assertThat(a.published()).isEqualTo("2026-02-11");
    assertThat(Pages.paragraphs(a)).containsExactly("١٠ فبراير ٢٠٢٦", FIRST);
  }
}
