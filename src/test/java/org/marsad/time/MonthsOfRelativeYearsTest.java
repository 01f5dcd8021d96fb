package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.doc.Timex;
import org.marsad.text.AnalyzedText;

/**
 * A month of the year before or after the publication's ("آب من العام الماضي"), and a weekday set
 * before a Hijri date in a date bar: one expression each. Sentences of our own, an article published
 * on Wednesday 18 October 2023.
 */
class MonthsOfRelativeYearsTest {

  private static final String PUBLISHED = "2023-10-18T09:45Z";
  private final TimexTagger tagger = new TimexTagger();

  @ParameterizedTest(name = "{0} -> {1} = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      وشهدت المنطقة فيضانات واسعة في آب/أغسطس من العام الماضي أتلفت المحاصيل     | آب/أغسطس من العام الماضي     | 2022-08
      ويتوقع أن يبدأ تشغيل المحطة في مارس من العام المقبل حسب الشركة             | مارس من العام المقبل          | 2024-03
      وكانت الحكومة قد رفعت الأسعار في فبراير من السنة الماضية دون إعلان مسبق    | فبراير من السنة الماضية       | 2022-02
      الثلاثاء 2 ربيع الآخر 1445هـ                                                | الثلاثاء 2 ربيع الآخر 1445هـ  | 2023-10-17
      """)
  void oneExpression(String sentence, String text, String value) {
    List<Timex> found = tagger.tag(AnalyzedText.of(sentence, List.of()), PUBLISHED).items();
    assertThat(found).as("time expressions of: %s", sentence).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo(text);
    assertThat(found.get(0).value()).isEqualTo(value);
  }
}
