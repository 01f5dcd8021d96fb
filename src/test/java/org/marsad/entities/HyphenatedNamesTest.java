package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entities.ModelPersonEdgesTest.persons;

import org.junit.jupiter.api.Test;

/**
 * A compound given or family name written with a hyphen and no space ("جان-بيار"، "فيس-إيميه") is
 * one person's name, read by the model or after an office; so is a transliterated place's name
 * ("قرية كارا-سو"); a hyphen between a dateline's town and an agency, or with spaces, joins nothing,
 * and two nisbas joined by a hyphen stay two countries. Sentences written for the test.
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

  @Test
  void a_transliterated_place_written_with_a_hyphen_is_one_place() {
    assertThat(ListedPlacesKeptWholeTest.mentions("وسقطت قذيفتان على قرية \"كارا-سو\" في منطقة أوش جنوب قرغيزستان ."))
        .contains("gpe:kara-sw=كارا-سو").noneMatch(m -> m.endsWith("=سو") || m.endsWith("=كارا"));
    assertThat(ListedPlacesKeptWholeTest.mentions("وامتدت الاشتباكات إلى بلدة سان-لوران القريبة من الحدود ."))
        .contains("gpe:san-lwran=سان-لوران");
  }

  @Test
  void two_nisbas_joined_by_a_hyphen_stay_two_countries() {
    assertThat(ListedPlacesKeptWholeTest.mentions("وشهدت العلاقات الجزائرية-التونسية تحسنا ملحوظا ."))
        .contains("country:DZA=الجزائرية", "country:TUN=التونسية");
  }
}
