package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.text.AnalyzedText;

/**
 * Groups whose name Arabic news sets between quotation marks: after the kind word that opens
 * the listed name ("حركة «الشباب»"، "جماعة 'بوكو حرام'"). Over the standard knowledge base,
 * without the model. Invented sentences.
 */
class QuotedGroupNamesTest {

  private static final EntityRecognizer KB_ONLY = new EntityRecognizer(KnowledgeBase.standard());

  private static List<String> ids(String text) {
    return KB_ONLY.recognize(AnalyzedText.of(text, List.of())).items().stream().map(Entity::id).toList();
  }

  @Test
  void theKindWordBeforeTheQuotedRestOfTheName() {
    assertThat(ids("وهاجم مقاتلو حركة «الشباب» قاعدة عسكرية جنوب البلاد.")).contains("org:al-shabaab");
    assertThat(ids("وهاجم مقاتلو حركة \"الشباب\" قاعدة عسكرية جنوب البلاد.")).contains("org:al-shabaab");
    assertThat(ids("وخطفت جماعة 'بوكو حرام' عشرات التلاميذ.")).contains("org:boko-haram");
  }

  @Test
  void theMarksMustCloseTheName() {
    // "حركة «الشباب الغاضب»": the quotation holds more than the name, and names youth, not the group
    assertThat(ids("ونظمت حركة «الشباب الغاضب» مسيرة في العاصمة.")).doesNotContain("org:al-shabaab");
  }

  private static List<String> orgs(String text) {
    return KB_ONLY.recognize(AnalyzedText.of(text, List.of())).items().stream()
        .filter(e -> e.type() == org.marsad.doc.EntityType.ORG)
        .flatMap(e -> e.mentions().stream().map(org.marsad.doc.Mention::text)).toList();
  }

  @Test
  void aQuotedNameNoListHoldsAfterTheKindWordIsAnOrganisation() {
    assertThat(orgs("وأعلنت جماعة «أنصار الحق» مسؤوليتها عن الهجوم على القرية.")).containsExactly("أنصار الحق");
    // the kind word's own definite words may stand between ("تحالف العصابات"، "وكالة التنمية الكورية")
    assertThat(orgs("وهاجم مسلحون من تحالف العصابات \"كراز بارون\" بلدة قرب العاصمة.")).containsExactly("كراز بارون");
    assertThat(orgs("وأعلنت وكالة التعاون والتنمية الكورية \"كويكا\" إرسال مساعدات.")).containsExactly("كويكا");
  }

  @Test
  void aQuotationOfSpeechAfterTheKindWordIsNoName() {
    assertThat(orgs("وقالت شركة الكهرباء \"إن الانقطاع سيستمر حتى المساء\" في بيان.")).isEmpty();
    assertThat(orgs("وقال حزب \"إن الحكومة فشلت\".")).isEmpty();
  }
}
