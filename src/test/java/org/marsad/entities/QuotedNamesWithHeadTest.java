package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;

/** A body's name quoted with the noun of its kind inside the marks. Sentences written for the test. */
class QuotedNamesWithHeadTest {

  @Test
  void a_quoted_name_opening_with_its_kind_is_a_body() {
    assertThat(KbOnly.mentions("وقال المتحدث باسم \"تحالف نهر السلام\" إن المقاتلين دخلوا البلدة .", Entity::type))
        .containsExactly("ORG=تحالف نهر السلام");
    assertThat(KbOnly.mentions("وأعلنت «حركة شباب الجنوب» تأييدها للمبادرة .", Entity::type))
        .containsExactly("ORG=حركة شباب الجنوب");
  }

  @Test
  void a_kind_and_its_indefinite_adjective_name_no_body() {
    assertThat(KbOnly.mentions("وقال الشهود إن «جماعة مسلحة» هاجمت القرية ليلا .", Entity::type)).isEmpty();
    assertThat(KbOnly.mentions("ودعا إلى تأسيس \"حزب قوي يكون بديلا للأحزاب الحالية\" .", Entity::type)).isEmpty();
  }

  @Test
  void a_quoted_sentence_is_no_name() {
    assertThat(KbOnly.mentions("وقال القائد إن «قوات المعارضة في طريقها إلى المدينة» .", Entity::type))
        .noneMatch(m -> m.startsWith("ORG="));
  }
}
