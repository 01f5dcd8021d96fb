package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.doc.Mention;
import org.marsad.text.AnalyzedText;

/**
 * A place the knowledge base lists in more words than the model reads keeps its listed name unless
 * the model's words are a listed place by themselves; and towns and islands of the fifteenth round.
 * The sentences are invented.
 */
class ListedPlacesKeptWholeTest {

  private static final EntityRecognizer WITH_MODEL = new EntityRecognizer();

  @Test
  void a_listed_place_is_not_cut_to_words_that_name_no_place() {
    assertThat(mentions("وقصفت الطائرات مواقع قرب بلدة بولو بورتي أمس الخميس .")).contains("gpe:bulo-burte=بولو بورتي");
    assertThat(mentions("وتجمع الأهالي في بلدة حوش السيد علي في قضاء الهرمل .")).contains("gpe:hawsh-al-sayyed-ali=حوش السيد علي");
    assertThat(mentions("وقال سكان من خان شيخون إن القصف استمر حتى الفجر .")).contains("gpe:khan-shaykhun=خان شيخون");
    // the kind stays outside, the rest of the listed name inside
    assertThat(mentions("ونشأ الروائي في مدينة العين البيضاء قبل أن ينتقل إلى العاصمة .")).contains("gpe:ain-beida=العين البيضاء");
    // the model's first words name another listed place: the longer listed name is a place of its own
    assertThat(mentions("وتحدث الوزيران عن المشاريع المقامة على النيل الأزرق ، ثم غادرا .")).contains("loc:blue-nile=النيل الأزرق")
        .noneMatch(m -> m.startsWith("loc:nile="));
    // the model's words are a listed place by themselves: the mention narrows to them, as ANERcorp tags them
    assertThat(mentions("وعاد الوفد من قطاع غزة إلى القاهرة مساء أمس .")).contains("loc:gaza-strip=غزة");
  }

  @Test
  void a_sides_adjective_after_a_place_stays_outside_its_name() {
    assertThat(mentions("وانتشرت الدوريات في قرى ريف حماة الغربي منذ الصباح .")).contains("gpe:hama=حماة")
        .noneMatch(m -> m.contains("الغربي"));
    assertThat(mentions("وسقطت قذيفة على مزرعة بالريف الشرقي لإدلب ليلة أمس .")).noneMatch(m -> m.contains("الريف"));
    // the lists hold the whole name: it stays whole
    assertThat(mentions("وزار الوفد القدس الشرقية ثم عاد إلى عمان .")).contains("gpe:east-jerusalem=القدس الشرقية");
  }

  @Test
  void towns_and_islands_of_the_round_are_their_places() {
    assertThat(mentions("وداهمت وحدة عسكرية من الجيش المالي مخيما قرب بلدة ليري ، ثم انسحبت .")).contains("gpe:lere=ليري");
    assertThat(mentions("واعتقلت الشرطة خمسة أشخاص في جوادر وتربت بإقليم بلوشستان .")).contains("gpe:turbat=تربت");
    assertThat(mentions("وقالت إنها نشأت وتربت في بيت متواضع .")).noneMatch(m -> m.startsWith("gpe:turbat="));
    assertThat(mentions("وسيبنى المستشفى في مدينة تمالي شمالي غانا .")).contains("gpe:tamale=تمالي");
    assertThat(mentions("وأغلق المسلحون طريق بلدوين - متبان في الصومال .")).contains("gpe:mataban=متبان");
    assertThat(mentions("وأبحر الصيادون قرب جزيرة زقر ثم عادوا إلى المرفأ .")).contains("loc:zuqar=زقر");
    assertThat(mentions("وتقع جزر حنيش في جنوب البحر الأحمر .")).contains("loc:hanish-islands=جزر حنيش");
    assertThat(mentions("انجمينا — أعلنت الحكومة التشادية حظر التجول .")).contains("gpe:ndjamena=انجمينا");
    assertThat(mentions("وقال المسؤول لصحراء ميديا إن الوضع هادئ .")).contains("org:sahara-medias=صحراء ميديا")
        .noneMatch(m -> m.endsWith("=ميديا"));
  }

  /** Every mention of {@code text} as "id=text", read with the model. */
  static List<String> mentions(String text) {
    List<String> out = new ArrayList<>();
    for (Entity e : WITH_MODEL.recognize(AnalyzedText.of(text, List.of())).items()) {
      for (Mention m : e.mentions()) {
        out.add(e.id() + "=" + m.text());
      }
    }
    return out;
  }
}
