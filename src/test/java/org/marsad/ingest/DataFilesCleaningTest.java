package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.text.DataFiles;

/**
 * Every entry of the ingest data files does what its file says, in an invented article: a
 * furniture phrase goes (with what its action takes along), a section label is never the
 * title, an outlet's name on the closing line is its credit, a credit lead reads the outlet
 * after it. A misspelt or badly normalised entry fails here, by name.
 */
class DataFilesCleaningTest {

  private static final String HEADLINE = "افتتاح مكتبة عامة جديدة في وسط المدينة";
  private static final String FIRST = "افتتحت البلدية مكتبة عامة جديدة في وسط المدينة تضم أكثر من عشرين ألف كتاب"
      + " وقاعة للمطالعة مفتوحة طوال اليوم.";
  private static final String SECOND = "وقال رئيس البلدية إن المكتبة ستنظم أمسيات أسبوعية للقراءة مع الأطفال.";
  private static final String RELATED = "البلدية تعلن مواعيد جديدة لجمع النفايات";

  static Stream<Arguments> furniture() {
    return DataFiles.rows("ingest/furniture.tsv", 2).stream().map(r -> Arguments.of(r.field(0), r.field(1)));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("furniture")
  void aFurniturePhraseGoes(String phrase, String action) {
    switch (action) {
      case "line", "starts" -> assertThat(Pages.paragraphs(Pages.clean(HEADLINE, FIRST, phrase, SECOND)))
          .containsExactly(FIRST, SECOND);
      case "label" -> assertThat(Pages.paragraphs(Pages.clean(HEADLINE, FIRST, phrase + ": Reuters", SECOND)))
          .containsExactly(FIRST, SECOND);
      case "related" -> assertThat(Pages.paragraphs(Pages.clean(HEADLINE, FIRST, phrase, RELATED, SECOND)))
          .containsExactly(FIRST, SECOND);
      case "end" -> assertThat(Pages.paragraphs(Pages.clean(HEADLINE, FIRST, phrase, SECOND, RELATED)))
          .containsExactly(FIRST);
      case "banner" -> {
        CleanArticle a = Pages.clean(phrase + " النبأ اليومي", HEADLINE, FIRST, SECOND);
        assertThat(a.title()).isEqualTo(HEADLINE);
        assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
      }
      case "list" -> assertThat(Pages.paragraphs(Pages.clean(HEADLINE, FIRST, "اقرأ أيضا", phrase.replace("of", "of 2"),
          RELATED, RELATED + " أخرى", "end of list", SECOND))).containsExactly(FIRST, SECOND);
      case "list-end" -> assertThat(Pages.paragraphs(Pages.clean(HEADLINE, FIRST, "list of 1 items", RELATED, phrase,
          SECOND))).containsExactly(FIRST, SECOND);
      case "ago" -> assertThat(Pages.clean(phrase + " 5 ساعات", HEADLINE, FIRST).title()).isEqualTo(HEADLINE);
      case "unit" -> assertThat(Pages.clean("منذ 5 " + phrase, HEADLINE, FIRST).title()).isEqualTo(HEADLINE);
      // a call opens a strip that ends with a channel, a channel ends one a call opens
      case "call" -> assertThat(Pages.clean(phrase + " الموقع على واتساب", HEADLINE, FIRST).title()).isEqualTo(HEADLINE);
      case "channel" -> assertThat(Pages.clean("تابعونا على " + phrase, HEADLINE, FIRST).title()).isEqualTo(HEADLINE);
      // the home link opens a breadcrumb of any sections; alone, it goes as a line
      case "home" -> {
        CleanArticle a = Pages.clean(phrase + " / جهات وأقاليم", HEADLINE, FIRST, phrase, SECOND);
        assertThat(a.title()).isEqualTo(HEADLINE);
        assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
      }
      default -> throw new AssertionError("furniture.tsv: unknown action " + action + " for " + phrase);
    }
  }

  static Stream<String> sections() {
    return DataFiles.lines("ingest/sections.tsv").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sections")
  void aSectionLabelIsNeverTheTitle(String label) {
    CleanArticle a = Pages.clean(label, "أخبار - " + label, HEADLINE, FIRST, SECOND);
    assertThat(a.title()).isEqualTo(HEADLINE);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }

  static Stream<Arguments> outletNames() {
    return DataFiles.rows("ingest/outlets.tsv", 1).stream()
        .flatMap(r -> r.fields().stream().filter(n -> !n.isBlank()).map(n -> Arguments.of(n, r.field(0))));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("outletNames")
  void anOutletNamedOnTheClosingLineIsCredited(String name, String credit) {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, name);
    assertThat(a.credits()).containsExactly(credit);
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
    assertThat(Pages.clean(HEADLINE, FIRST, SECOND, "المصدر: " + name).credits()).containsExactly(credit);
  }

  static Stream<String> creditLeads() {
    return DataFiles.rows("ingest/credit-leads.tsv", 2).stream().map(r -> r.field(0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("creditLeads")
  void aCreditLeadReadsTheOutletAfterIt(String lead) {
    CleanArticle a = Pages.clean(HEADLINE, FIRST, SECOND, lead + " رويترز");
    assertThat(a.credits()).containsExactly("رويترز");
    assertThat(Pages.paragraphs(a)).containsExactly(FIRST, SECOND);
  }
}
