package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Datelines in the forms agencies and outlets write them around the place: a second place or the
 * country after it, "X من Y", a full date between the place and the agency, agencies after the
 * outlet in quotation marks; and the site's name standing where a text page's headline would be.
 * Every line here is invented.
 */
class AgencyDatelineFormsTest {

  private static final String HEADLINE = "افتتاح معرض دولي للكتاب بمشاركة مئات الناشرين";
  private static final String FIRST = "افتتح وزير الثقافة معرضا دوليا للكتاب يشارك فيه أكثر من ستمئة ناشر من ثلاثين بلدا.";
  private static final String SECOND = "وقال مدير المعرض إن الدورة الحالية تشهد إقبالا أكبر من الدورات السابقة.";

  @Test
  void thePlaceAndItsCountryBeforeTheAgencyInBrackets() {
    CleanArticle a = Pages.clean(HEADLINE, "جدة، المملكة العربية السعودية (CNN)-- " + FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("جدة");
    assertThat(a.credits()).containsExactly("سي إن إن");
    CleanArticle b = Pages.clean(HEADLINE, "جدة، المملكة العربية السعودية (CNN)--", FIRST, SECOND);
    assertThat(b.dateline()).as("on a line of its own").isEqualTo("جدة");
  }

  @Test
  void twoPlacesJoinedByASlashBeforeTheOutlet() {
    CleanArticle a = Pages.clean(HEADLINE, "لندن / باريس - الشرق", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("لندن");
    assertThat(a.credits()).containsExactly("الشرق");
    CleanArticle b = Pages.clean(HEADLINE, "لندن / المعرض - الشرق", FIRST, SECOND);
    assertThat(b.dateline()).as("the second is no place").isNull();
  }

  @Test
  void theOutletFromThePlaceOnALineOfItsOwn() {
    CleanArticle a = Pages.clean(HEADLINE, "إيلاف من القاهرة", "سامر الحلبي", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("القاهرة");
    assertThat(a.credits()).containsExactly("إيلاف");
    assertThat(Pages.paragraphs(a)).as("the reporter's name under it is a byline").containsExactly("إيلاف من القاهرة", FIRST, SECOND);
    CleanArticle b = Pages.clean(HEADLINE, "إيلاف من الداخل", FIRST, SECOND);
    assertThat(b.dateline()).as("no place after من").isNull();
    CleanArticle c = Pages.clean(HEADLINE, "رسالة من القاهرة", FIRST, SECOND);
    assertThat(c.dateline()).as("no outlet before من").isNull();
  }

  @Test
  void aFullDateBetweenThePlaceAndTheAgency() {
    CleanArticle a = Pages.clean(HEADLINE, "جدة 3 رجب 1447 هـ الموافق 23 ديسمبر 2025 م واس", FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("جدة");
    assertThat(a.credits()).containsExactly("واس");
    CleanArticle b = Pages.clean(HEADLINE, "المنامة 23 ديسمبر 2025 (شينخوا) " + FIRST, SECOND);
    assertThat(b.dateline()).isEqualTo("المنامة");
    assertThat(b.credits()).containsExactly("شينخوا");
    CleanArticle c = Pages.clean(HEADLINE, "جدة 3 أيام من المعرض واس", FIRST, SECOND);
    assertThat(c.dateline()).as("no date between them").isNull();
  }

  @Test
  void agenciesAfterTheOutletInQuotationMarks() {
    CleanArticle a = Pages.clean(HEADLINE, "بيروت - «النهار» - وكالات: " + FIRST, SECOND);
    assertThat(a.dateline()).isEqualTo("بيروت");
    assertThat(a.credits()).containsExactly("النهار", "وكالات");
  }

  @Test
  void aSitesNameBesideItsHostNameIsNoHeadline() {
    CleanArticle a = Pages.clean("مرصد الأخبار | news.example.org", "الرئيسية", HEADLINE, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
  }

  @Test
  void aMastheadAfterItsKindNounIsNoHeadline() {
    CleanArticle a = Pages.clean("صحيفة الوطن السعودية", "الرئيسية", HEADLINE, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    CleanArticle b = Pages.clean("صحيفة بريطانية تكشف تفاصيل المعرض", FIRST, SECOND);
    assertThat(b.title()).as("a headline about a paper").isEqualTo("صحيفة بريطانية تكشف تفاصيل المعرض");
  }

  @Test
  void sudanTribuneIsCreditedAsItsArabicSiteSpellsIt() {
    CleanArticle a = Pages.clean(HEADLINE, "الخرطوم - سودان تريبيون", FIRST, SECOND);
    assertThat(a.credits()).containsExactly("سودان تربيون");
  }
}
