package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.doc.Entity;
import org.marsad.text.AnalyzedText;

/**
 * Bodies the news of attacks, protests and strikes names often and the knowledge base lists
 * ({@code orgs.tsv}): national Red Cross and Red Crescent societies, trade unions and their
 * federations, prisoners' bodies, Lebanon's security services, UN agencies written without the
 * article. Sentences written for the test.
 */
class GenreBodiesTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  private static List<String> ids(String text) {
    return RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items().stream().map(Entity::id).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وقال الهلال الأحمر العراقي إن فرقه أسعفت المصابين في الحادث                  | org:iraqi-red-crescent
      ونقلت سيارات الصليب الأحمر اللبناني الجرحى إلى مستشفى قريب                   | org:lebanese-red-cross
      وأعلنت جمعية الهلال الأحمر اليمني وصول قافلة إغاثة إلى المدينة              | org:yemen-red-crescent
      ودعت الجامعة العامة للتعليم الأساسي إلى إضراب يوم الخميس المقبل             | org:ugtt-basic-education
      وأعلنت الكونفدرالية الديمقراطية للشغل مقاطعة جلسة الحوار الاجتماعي          | org:cdt-morocco
      وقال نادي الأسير الفلسطيني إن عدد المعتقلين تجاوز ثلاثمئة                     | org:palestinian-prisoners-society
      وأوقفت دورية من قوى الأمن الداخلي سارقا في منطقة الحمرا                      | org:lebanon-isf
      وحذرت يونيسف من انتشار الأمراض بين الأطفال في المخيمات                       | org:unicef
      وقالت أونروا إن مدارسها ستغلق أبوابها حتى إشعار آخر                          | org:unrwa
      """)
  void a_body_of_the_genre_is_found_by_its_own_name(String text, String id) {
    assertThat(ids(text)).contains(id);
  }
}
