package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entities.ModelPersonEdgesTest.persons;

import org.junit.jupiter.api.Test;

/**
 * A compound given or family name written with a hyphen and no space ("جان-بيار"، "فيس-إيميه") is
 * one person's name, read by the model or after an office; a hyphen between a dateline's town and an
 * agency, or with spaces, joins nothing. Sentences written for the test.
 */
class HyphenatedNamesTest {

  @Test
  void the_two_halves_of_a_compound_given_name_are_one_person() {
    assertThat(persons("وقال جان-بيار دوبون، رئيس البلدية، إن الوضع هادئ .")).containsExactly("جان-بيار دوبون");
  }

  @Test
  void a_compound_family_name_after_an_office_is_not_cut_at_the_hyphen() {
    assertThat(persons("وأعلن رئيس الوزراء فرانسوا ديدييه لوي-شارل أن الحكومة ستجتمع غدا ."))
        .containsExactly("فرانسوا ديدييه لوي-شارل");
  }
}
