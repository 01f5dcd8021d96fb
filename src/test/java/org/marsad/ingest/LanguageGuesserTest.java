package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language of a body: Arabic by its script, others by the detection model. */
class LanguageGuesserTest {

  private final LanguageGuesser guesser = new LanguageGuesser();

  @Test
  void arabicWithAFewLatinNames() {
    assertThat(guesser.guess("أعلنت شركة Orange للاتصالات توسيع شبكتها في المدن الصغيرة خلال العام المقبل."))
        .isEqualTo("ar");
  }

  @Test
  void english() {
    assertThat(guesser.guess("The city council approved a new budget for road repairs on Tuesday, officials said."))
        .isEqualTo("en");
  }

  @Test
  void persianIsNotArabicThoughItsScriptIs() {
    assertThat(guesser.guess("شهرداری تهران روز سه‌شنبه بودجه جدیدی برای تعمیر خیابان‌ها و پل‌های شهر تصویب کرد."))
        .isEqualTo("fa");
  }

  @Test
  void shortOrEmptyTextsAreDecidedByScript() {
    assertThat(guesser.guess("خبر عاجل")).isEqualTo("ar");
    assertThat(guesser.guess("Breaking news")).isEqualTo("en");
    assertThat(guesser.guess("2025 - 10:30")).isEqualTo("und");
  }
}
