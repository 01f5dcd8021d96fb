package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;

/** A person's compound name with "عبد" is found apart and joined, whichever way the file writes it. Invented sentences. */
class AbdSpellingsTest {

  @Test
  void the_other_spelling_of_abd() {
    assertThat(AbdSpellings.others("عبد اللطيف بن راشد الزياني")).containsExactly("عبداللطيف بن راشد الزياني");
    assertThat(AbdSpellings.others("عبدالفتاح السيسي")).containsExactly("عبد الفتاح السيسي");
    assertThat(AbdSpellings.others("عبد الكلام")).isEmpty(); // one word joined: left as written
    assertThat(AbdSpellings.others("سعد معن")).isEmpty();
  }

  @Test
  void a_minister_written_with_abd_joined_is_linked() {
    // people.tsv writes "عبد اللطيف بن راشد الزياني" apart only
    assertThat(KbOnly.mentions("واستقبل وزير الخارجية عبداللطيف بن راشد الزياني السفير الياباني .", Entity::id))
        .contains("person:abdullatif-al-zayani=عبداللطيف بن راشد الزياني");
    // and "عبد القادر محمد جاسم العبيدي" apart only
    assertThat(KbOnly.mentions("وقال وزير الدفاع عبدالقادر محمد جاسم العبيدي إن الجيش مستعد .", Entity::id))
        .contains("person:abdul-qadir-al-obeidi=عبدالقادر محمد جاسم العبيدي");
  }
}
