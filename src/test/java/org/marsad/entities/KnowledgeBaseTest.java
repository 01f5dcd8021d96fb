package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.EntityType;

class KnowledgeBaseTest {

  /**
   * The entities come in the files' order (countries, then places, organisations, people), not in
   * an order that changes from run to run: two entries of one name (عمان: Oman and Amman) are
   * resolved by that order, and the same article must give the same record every time.
   */
  @Test
  void entities_are_listed_in_the_files_order() {
    List<String> ids = new ArrayList<>();
    KnowledgeBase.standard().entities().forEach(e -> ids.add(e.id()));
    assertThat(ids.get(0)).isEqualTo("country:ABW");
    int lastCountry = -1;
    int firstOther = Integer.MAX_VALUE;
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i).startsWith("country:")) {
        lastCountry = i;
      } else {
        firstOther = Math.min(firstOther, i);
      }
    }
    assertThat(lastCountry).isLessThan(firstOther);
    assertThat(ids.indexOf("gpe:amman")).isLessThan(ids.indexOf("person:sergey-lavrov"));
  }

  @Test
  void a_person_with_two_offices_is_one_entity_with_the_current_office_first() {
    KbEntity shoigu = KnowledgeBase.load("entities-fixture").byId("person:sergei-shoigu").orElseThrow();
    assertThat(shoigu.type()).isEqualTo(EntityType.PERSON);
    assertThat(shoigu.roles()).containsExactly("Secretary of the Security Council", "Defence Minister");
    assertThat(shoigu.arabicNames()).containsExactly("سيرغي شويغو", "شويغو");
    assertThat(shoigu.country()).isEqualTo("RUS");
  }

  @Test
  void a_country_gets_its_cldr_arabic_name_besides_its_own() {
    KbEntity korea = KnowledgeBase.load("entities-fixture").country("PRK").orElseThrow();
    assertThat(korea.name()).isEqualTo("North Korea");
    assertThat(korea.arabicNames()).startsWith("كوريا الشمالية", "كوريا الديمقراطية");
    assertThat(korea.nisbas()).containsExactly("كوري شمالي");
    assertThat(korea.capital()).isEqualTo("gpe:pyongyang");
  }

  @Test
  void missing_files_read_as_empty_and_cldr_still_gives_the_countries() {
    KnowledgeBase kb = KnowledgeBase.load("no-such-folder");
    assertThat(kb.problems()).isEmpty();
    assertThat(kb.country("EGY").orElseThrow().arabicNames()).contains("مصر");
    assertThat(kb.byId("person:sergey-lavrov")).isEmpty();
  }

  @Test
  void a_malformed_line_is_left_out_and_named_by_file_and_line() {
    KnowledgeBase kb = KnowledgeBase.load("entities-broken");
    assertThat(kb.problems()).hasSize(2);
    assertThat(kb.problems().get(0)).startsWith("entities-broken/people.tsv:3: ").contains("HUMAN");
    assertThat(kb.problems().get(1)).startsWith("entities-broken/people.tsv:4: ");
    assertThat(kb.byId("person:mike-pompeo")).isPresent();
    assertThat(kb.byId("person:vladimir-putin")).isPresent();
  }

  /** Every line of the shipped files is well formed (KB-FORMAT.md): a malformed line would only be logged and left out. */
  @Test
  void the_standard_files_have_no_malformed_line() {
    assertThat(KnowledgeBase.standard().problems()).isEmpty();
  }

  /**
   * "2012-2024" covers both years, "2024-" runs on; in a year of change the office begun last is
   * the role, before the first term the first office (fixture: Shoigu, Defence Minister then Secretary).
   */
  @Test
  void years_give_terms_and_the_role_of_a_year() {
    KbEntity shoigu = KnowledgeBase.load("entities-fixture").byId("person:sergei-shoigu").orElseThrow();
    assertThat(shoigu.terms()).containsExactlyInAnyOrder(
        new KbEntity.Term("Defence Minister", 2012, 2024),
        new KbEntity.Term("Secretary of the Security Council", 2024, Integer.MAX_VALUE));
    assertThat(shoigu.roleIn(2015)).isEqualTo("Defence Minister");
    assertThat(shoigu.roleIn(2024)).isEqualTo("Secretary of the Security Council");
    assertThat(shoigu.roleIn(2030)).isEqualTo("Secretary of the Security Council");
    assertThat(shoigu.roleIn(2005)).isEqualTo("Defence Minister");
  }
}
