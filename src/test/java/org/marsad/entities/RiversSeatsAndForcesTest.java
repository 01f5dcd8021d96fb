package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.doc.Entity;
import org.marsad.text.AnalyzedText;

/**
 * Rivers that share their name with a town or a country, seats of government named for the office in them,
 * peacekeeping missions by their Arabic acronyms and European police forces, found in the knowledge base
 * ({@code places.tsv}, {@code orgs.tsv}); and the bank of a river, which is no West Bank. Sentences written
 * for the test.
 */
class RiversSeatsAndForcesTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  /** Each mention as "id:type:text". */
  private static List<String> found(String text) {
    return RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items().stream()
        .flatMap((Entity e) -> e.mentions().stream().map(m -> e.id() + ":" + e.type() + ":" + m.text()))
        .toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وجرف الفيضان عشرات المنازل على ضفاف نهر عطبرة ليلة أمس                     | loc:atbara-river:LOC
      وعبر مئات المهاجرين نهر السنغال على متن قوارب صغيرة                         | loc:senegal-river:LOC
      وانتقل الوفد بعد الظهر إلى السراي الحكومي للقاء رئيس الحكومة               | loc:grand-serail:LOC
      واستقبل الرئيس ضيفه في قصر قرطاج صباح اليوم                                | loc:carthage-palace:LOC
      وعقد المجلس الأعلى للدفاع اجتماعه في بعبدا برئاسة رئيس الجمهورية            | gpe:baabda:GPE
      وأغلقت السلطات معبر القلابات أمام الشاحنات حتى إشعار آخر                    | gpe:gallabat:GPE
      وعاد المزارعون إلى أراضيهم في منطقة الفشقة بعد سنوات من النزاع              | loc:al-fashaga:LOC
      وقالت قوة أندوف إن دورياتها رصدت تحركات قرب خط الفصل                       | org:undof:ORG
      وأوقف الحرس المدني الإسباني ثلاثة مهربين قرب الساحل                        | org:guardia-civil:ORG
      وأعلنت وكالة فرونتكس ارتفاع عدد المهاجرين الواصلين إلى الجزر              | org:frontex:ORG
      """)
  void a_listed_river_seat_mission_or_force_is_found_by_its_name(String text, String idAndType) {
    assertThat(found(text)).anyMatch(m -> m.startsWith(idAndType + ":"));
  }

  @Test
  void a_river_named_like_a_town_is_not_the_town() {
    assertThat(found("وجرف الفيضان عشرات المنازل على ضفاف نهر عطبرة ليلة أمس"))
        .noneMatch(m -> m.startsWith("gpe:atbara:"));
  }

  @Test
  void the_other_bank_is_no_west_bank() {
    assertThat(found("وعلى الضفة الأخرى من النهر نصب الجيش حواجز جديدة")).noneMatch(m -> m.startsWith("loc:west-bank:"));
    assertThat(found("واقتحمت القوات عدة بلدات في الضفة فجر اليوم")).anyMatch(m -> m.startsWith("loc:west-bank:"));
  }

  @Test
  void a_directorate_keeps_its_head_before_that() {
    // the complement after ل names no body by itself: the listed name stays whole before "أن" too
    assertThat(found("وأوضحت المديرية العامة لمراقبة التراب الوطني أن الموقوفين كانوا يعدون لهجمات"))
        .contains("org:morocco-dgst:ORG:المديرية العامة لمراقبة التراب الوطني");
  }
}
