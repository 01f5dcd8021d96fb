package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;

/**
 * A currency named with its country's nisba ("دولار أمريكي"، "الدينار الكويتي") says whose currency it
 * is; the nisba inside it is no mention of the country. Sentences written for the test, over the
 * knowledge base alone.
 */
class CurrencyNisbaTest {

  @Test
  void the_nisba_inside_a_currency_names_no_country() {
    assertThat(KbOnly.mentions("وطالب الخاطفون عائلته بفدية قدرها 200 ألف دولار أمريكي مقابل إطلاق سراحه .", Entity::id))
        .contains("misc:us-dollar=دولار أمريكي").noneMatch(m -> m.startsWith("country:USA="));
    // the country named by itself in the same sentence is still read
    assertThat(KbOnly.mentions("وقالت الولايات المتحدة إنها جمدت أصولا بقيمة مليون دولار أمريكي .", Entity::id))
        .anyMatch(m -> m.startsWith("country:USA="));
  }

  @Test
  void the_nisba_inside_an_organisation_still_names_its_country() {
    assertThat(KbOnly.mentions("وأعلنت وزارة الدفاع الروسية أن قواتها صدت هجوما .", Entity::id))
        .anyMatch(m -> m.startsWith("country:RUS="));
  }
}
