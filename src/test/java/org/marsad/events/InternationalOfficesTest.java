package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;

/** Who a person acts for: their country, unless they hold an office of an international body. */
class InternationalOfficesTest {

  private static Entity person(String name, String country, String role) {
    return new Entity("person:" + name, name, name, EntityType.PERSON, null, country, role, List.of());
  }

  @Test
  void theHeadOfAnInternationalBodyActsForNoState() {
    assertThat(ArticleParties.codeOf(person("A", "PRT", "UN Secretary-General"))).isNull();
    assertThat(ArticleParties.codeOf(person("B", "ARG", "IAEA Director General"))).isNull();
    assertThat(ArticleParties.codeOf(person("C", "NOR", "NATO Secretary-General"))).isNull();
  }

  @Test
  void aMinisterOrAnAmbassadorToTheUnActsForTheirCountry() {
    assertThat(ArticleParties.codeOf(person("D", "JPN", "Foreign Minister"))).isEqualTo("JPN");
    assertThat(ArticleParties.codeOf(person("E", "GBR", "Ambassador to the United Nations"))).isEqualTo("GBR");
    assertThat(ArticleParties.codeOf(person("F", "EGY", null))).isEqualTo("EGY");
  }
}
