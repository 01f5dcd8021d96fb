package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a page's article ends: the wire copy's end mark, the editor's label, a related list that runs
 * into the footer. Every line here is invented.
 */
class PageEndsTest {

  private static final String HEADLINE = "افتتاح جسر جديد يربط ضفتي النهر في العاصمة";
  private static final String FIRST = "افتتح رئيس الوزراء اليوم جسرا جديدا يربط ضفتي النهر، بطول كيلومترين وبكلفة بلغت مئتي مليون دولار.";
  private static final String SECOND = "وقال وزير النقل إن الجسر سيخفف الازدحام في وسط المدينة بنسبة الثلث.";

  @Test
  void theWireEndMarkOnItsLineEndsTheArticle() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "// انتهى //", "10:15 ت م", "طباعة", "أخبار ذات صلة",
        "وزير النقل يتفقد مشروع الطريق الدائري");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void theEditorsLabelAndLinksOfTheSameKindAreNoText() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "المحرر: سامية", "روابط ذات علاقة",
        "افتتاح مطار جديد في الجنوب", "ارتفاع أسعار الإسمنت في الربع الأول");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"مقالات ذات علاقة", "موضوعات متعلقة", "أخبار مشابهة", "تقارير ذات صلة"})
  void aRelatedListUnderAnyOfItsLabelsIsNoText(String label) {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, label, "- الميناء يستقبل أول سفينة حاويات عملاقة",
        "- فريق المدينة يستعد لمواجهة حاسمة في الكأس");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  @Test
  void relatedHeadlinesRunningIntoTheFooterAreNoText() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "اقرأ أيضا", "افتتاح مطار جديد في الجنوب",
        "ارتفاع أسعار الإسمنت في الربع الأول", "تعليقات", "أضف تعليقك");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
    CleanArticle b = Pages.clean(HEADLINE, FIRST, "اقرأ أيضا", "افتتاح مطار جديد في الجنوب", SECOND,
        "وأضاف الوزير أن أعمال الصيانة ستجري كل عامين بإشراف شركة محلية متخصصة.");
    assertThat(Pages.paragraphs(b)).as("a headline set into the body before more paragraphs")
        .contains(SECOND);
  }

  @Test
  void linkedInWrittenAsOneWordIsAShareButton() {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, "شارك", "فيسبوك", "لينكدإن");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }
}
