package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLinesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      الأحد ٣ مارس ٢٠٢٤ - ٠٩:١٥ بتوقيت غرينتش | 2024-03-03T09:15Z
      الاثنين 14 تشرين الأول 2019            | 2019-10-14
      نشر بتاريخ: ٥ آب ٢٠٢٣                   | 2023-08-05
      08:05 GMT14 أكتوبر/ تشرين الأول 2019    | 2019-10-14T08:05Z
      3 يناير/كانون الثاني 2022              | 2022-01-03
      2022-05-17T06:40:00Z                   | 2022-05-17T06:40Z
      2022-05-17                             | 2022-05-17
      17/05/2022 06:40                       | 2022-05-17T06:40
      تاريخ النشر: 9 جوان 2020                | 2020-06-09
      ٩ ديسمبر ٢٠٢٠ ٠٣:٢٠ م                    | 2020-12-09T15:20
      09:30 GMT05.02.2024 (تم التحديث: 11:00 GMT05.02.2024) | 2024-02-05T09:30Z
      [23/أبريل/2024]                        | 2024-04-23
      نشرت في: 21/09/2025 - 11:30            | 2025-09-21T11:30
      نشر في: 7/4/2026                       | 2026-04-07
      نشر في: 12 مارس ,2025: 09:40 ص GST      | 2025-03-12T09:40
      نشرت في 14/02/2026 - 09:05 GMT+1        | 2026-02-14T09:05
      نشر في 14/02/2026 - 09:05 (UTC+03:00)   | 2026-02-14T09:05
      الخميس 12/02/2026 - الساعة: 08:30       | 2026-02-12T08:30
      نشر في: 05 مايو ,2026: 04:10 م KSA      | 2026-05-05T16:10
      نشر في: 12 مارس ,2025: 09:40 م GST آخر تحديث: 12 مارس ,2025: 11:05 م GST | 2025-03-12T21:40
      ٥ كانون الثاني ٢٠٢٥ - ١٠:٠٠ MSK - آخر تحديث: ٥ كانون الثاني ٢٠٢٥ | 2025-01-05T10:00
      Published On 9 Mar 2021                | 2021-03-09
      posted on March 9th, 2021              | 2021-03-09
      Tuesday, March 9, 2021 at 4:05 pm      | 2021-03-09T16:05
      مارس 9, 2021                           | 2021-03-09
      الثلاثاء 9 من مارس 2021                | 2021-03-09
      9 مارس، 2021                           | 2021-03-09
      الثلاثاء 9/3/2021                      | 2021-03-09
      2021/03/09 - 16:05                     | 2021-03-09T16:05
      الثلاثاء 2021.03.09                    | 2021-03-09
      الثلاثاء 9 مارس 2021 الساعة 4:05 مساءً  | 2021-03-09T16:05
      9 مارس 2021 - 8:30 صباحا               | 2021-03-09T08:30
      9 مارس 2021 - 12:10 ص                  | 2021-03-09T00:10
      4:05 م، الثلاثاء 9 مارس 2021            | 2021-03-09T16:05
      16:05 - الثلاثاء 09/03/2021             | 2021-03-09T16:05
      9 مارس 2021 - 10:15 ص - آخر تحديث 9 مارس 2021 - 11:00 ص | 2021-03-09T10:15
      تم النشر: 9.3.2021 - 16:05 GMT          | 2021-03-09T16:05Z
      الثلاثاء 9/3/2021 - الساعة: 16:05       | 2021-03-09T16:05
      الثلاثاء 2021/3/9 الساعة 16:05 (توقيت مكة المكرمة) | 2021-03-09T16:05
      9 مارس 2021 - 16:05 بالتوقيت المحلي      | 2021-03-09T16:05
      09/03/2021 - 16:05 GMT+2                | 2021-03-09T16:05
      نشر في 9 مارس 2021 على الساعة 16:05      | 2021-03-09T16:05
      9 مارس 2021 في الساعة 08:20             | 2021-03-09T08:20
      9 مارس 2021 , 12:10ص                    | 2021-03-09T00:10
      """)
  void readsDateLines(String line, String iso) {
    assertThat(DateLines.parse(line)).contains(iso);
  }

  @Test
  void readsTheDateOfAMetaLineBetweenItsBylineAndSection() {
    String wordPress = "بقلم: هيئة التحرير | أغسطس 3, 2026 - 9:20 ص | شؤون محلية";
    DateLines.Part p = DateLines.partOf(wordPress).orElseThrow();
    assertThat(wordPress.substring(p.start(), p.end())).isEqualTo("أغسطس 3, 2026 - 9:20 ص");
    assertThat(p.value()).isEqualTo("2026-08-03T09:20");
    assertThat(DateLines.partOf("كتب- سامر الحلبي: 07:40 م الخميس 3 سبتمبر 2026")).as("the byline's colon")
        .map(DateLines.Part::value).contains("2026-09-03T19:40");
    assertThat(DateLines.partOf("كتبت- نور الهدى: ٠٩:٠٥ ص السبت ١٢ ديسمبر ٢٠٢٦")).as("Arabic-Indic figures")
        .map(DateLines.Part::value).contains("2026-12-12T09:05");
    assertThat(DateLines.partOf("المحرر | 12 أكتوبر 2026 | 14:10 | اقتصاد")).as("the date and the time in two parts")
        .map(DateLines.Part::value).contains("2026-10-12T14:10");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "أغسطس 3, 2026 - 9:20 ص",
      "وقال رئيس البلدية في مؤتمر صحفي: 3 أغسطس 2026",
      "الحصيلة: 12 قتيلا | 3 أغسطس 2026",
      "الكاتب | صحفي",
      "أ | ب | ج | د | هـ | و | 3 أغسطس 2026",
  })
  void aLineThatIsNoMetaLineHasNoDatePart(String line) {
    assertThat(DateLines.partOf(line)).isEmpty();
  }

  @Test
  void readsATimeAfterAPipe() {
    assertThat(DateLines.parse("تاريخ النشر: 07.06.2023 | 14:05 GMT")).contains("2023-06-07T14:05Z");
  }

  @Test
  void knowsTheOffsetOfAZoneNamedByItsAbbreviation() {
    assertThat(DateLines.offset("نشر في: 12 مارس ,2025: 09:40 ص GST")).contains(ZoneOffset.ofHours(4));
    assertThat(DateLines.offset("الأحد ٣ مارس ٢٠٢٤ - ٠٩:١٥ بتوقيت غرينتش")).isEmpty();
    assertThat(DateLines.offset("09/03/2021 - 16:05 GMT+2")).contains(ZoneOffset.ofHours(2));
    assertThat(DateLines.offset("09/03/2021 - 16:05 (UTC -05:30)")).contains(ZoneOffset.ofHoursMinutes(-5, -30));
    assertThat(DateLines.offset("نشر في: 05 مايو ,2026: 04:10 م KSA")).contains(ZoneOffset.ofHours(3));
    assertThat(DateLines.offset("نشرت في 14/02/2026 - 09:05 GMT+1")).contains(ZoneOffset.ofHours(1));
    assertThat(DateLines.offset("14/02/2026 09:05 بتوقيت غرينتش -4:30")).contains(ZoneOffset.ofHoursMinutes(-4, -30));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "وقال الوزير إن الاتفاق وقع في ٣ مارس ٢٠٢٤ في العاصمة",
      "30 فبراير 2021",
      "مباشر",
      "أخبار مصر",
      "منذ 3 ساعات",
      "مارس 2021",
      "مارس 9 2021",
      "وقال الوزير في March 9, 2021 إن الاتفاق قائم",
  })
  void refusesWhatIsNotADateLine(String line) {
    assertThat(DateLines.parse(line)).isEmpty();
  }
}
