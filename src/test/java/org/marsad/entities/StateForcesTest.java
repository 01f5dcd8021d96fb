package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.doc.Entity;
import org.marsad.text.AnalyzedText;

/**
 * State forces, gendarmeries and intelligence services of Arab, Sahel and Horn states whose usual
 * name carries no country adjective the events layer reads ("الدرك الملكي"), or one that is also a
 * word ("المالي": financial), found in the knowledge base ({@code orgs.tsv}) with their country.
 * Sentences written for the test.
 */
class StateForcesTest {

  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  private static List<String> found(String text) {
    return RECOGNIZER.recognize(AnalyzedText.of(text, List.of())).items().stream()
        .map(e -> e.id() + "/" + e.country()).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وقتل الجيش المالي عشرات المسلحين في هجوم على قاعدتهم قرب الحدود          | org:mali-armed-forces/MLI
      وأوقف الدرك الملكي سائق شاحنة محملة بالسجائر المهربة                      | org:morocco-gendarmerie/MAR
      وفككت المديرية العامة لمراقبة التراب الوطني خلية من أربعة أشخاص          | org:morocco-dgst/MAR
      وأعلن الجيش الوطني الشعبي تدمير مخبأ للأسلحة في الجنوب                   | org:algeria-anp/DZA
      وأحبطت دائرة المخابرات العامة مخططا لاستهداف منشآت حيوية                  | org:jordan-gid/JOR
      وقالت مديرية الأمن العام إن دورياتها ضبطت كميات من المخدرات               | org:jordan-psd/JOR
      وداهمت الجندرمة منزلا في قرية قريبة واعتقلت ثلاثة أشخاص                  | org:turkey-jandarma/TUR
      ونفذت قوة دفاع البحرين مناورات مشتركة مع قوات خليجية                     | org:bahrain-bdf/BHR
      وقال الجيش الصومالي إنه استعاد السيطرة على بلدة قرب الحدود               | org:somalia-armed-forces/SOM
      وأعلن الجيش التونسي إحباط عملية تسلل في المرتفعات الغربية                | org:tunisia-armed-forces/TUN
      وانسحب الجيش التشادي من مواقعه شمال البلاد                               | org:chad-army/TCD
      وقال الجيش البنيني إن دورية تعرضت لكمين قرب الحدود                        | org:benin-armed-forces/BEN
      وأطلقت الشرطة الموزمبيقية الغاز المسيل للدموع على المحتجين                | org:mozambique-police/MOZ
      وأعلنت لجنة الأمن القومي القرغيزية مقتل مدنيين في القصف                  | org:kyrgyzstan-gknb/KGZ
      ونشرت القوات المسلحة الإكوادورية ألف جندي على الحدود                      | org:ecuador-armed-forces/ECU
      واعتقلت الشرطة الوطنية الهايتية عشرة من أفراد العصابة                     | org:haitian-national-police/HTI
      """)
  void a_state_force_is_found_with_its_country(String text, String idAndCountry) {
    assertThat(found(text)).contains(idAndCountry);
  }
}
