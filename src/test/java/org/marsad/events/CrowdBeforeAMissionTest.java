package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.codeFrom;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;

/**
 * A crowd before a state's mission in the country the article is told from (its dateline) is of that
 * country; the mission's state is only what it faces. With no dateline it keeps no country, as before
 * (PartyCountryTest). Invented sentences.
 */
class CrowdBeforeAMissionTest {

  static final EventCoderTest.E SENEGAL = country("Senegal", "SEN", "السنغال", "السنغالية");
  static final EventCoderTest.E GAMBIA = country("Gambia", "GMB", "غامبيا", "الغامبية");
  static final EventCoderTest.E DAKAR = city("Dakar", "SEN", "داكار");
  static final EventCoderTest.E BANJUL = city("Banjul", "GMB", "بانجول");

  @Test
  void aVigilBeforeAnEmbassyInTheDatelinesCountryIsOfIt() {
    String text = "ونظم العشرات من أهالي المفقودين وقفة احتجاجية أمام سفارة غامبيا في داكار، "
        + "رافعين صور أبنائهم.";
    assertThat(of("PROTEST", codeFrom("داكار - وكالات", text, SENEGAL, GAMBIA, DAKAR)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("SEN/CVL", "GMB/GOV"));
    // told from elsewhere, the crowd before a mission keeps no country
    assertThat(of("PROTEST", codeFrom("بانجول - وكالات", text, SENEGAL, GAMBIA, DAKAR, BANJUL)))
        .extracting(ACTOR).containsExactly("-/CVL");
  }
}
