package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.MaterialEventsTest.TUNIS;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * A stabbing and a vehicle rammed into a crowd are attacks (verbs.tsv, nouns.tsv); the same verbs
 * of appealing a ruling ("طعن في الحكم") and of a road accident ("دهسته سيارة") are not. Invented
 * sentences.
 */
class StabbingAndRammingTest {

  @Test
  void aStabbingWithItsBladeNamedIsAnAttack() {
    assertThat(of("ASSAULT", code("وقالت الشرطة إن مهاجما طعن شرطيا بسكين قرب محطة القطار في تونس أمس.", TUNIS)))
        .extracting(Event::subtype).containsExactly("primitive");
  }

  @Test
  void anAppealOrAChallengeIsNoStabbing() {
    assertThat(of("ASSAULT", code("وطعن المحامي في الحكم الصادر ضد موكله أمام محكمة تونس أمس.", TUNIS))).isEmpty();
    assertThat(of("ASSAULT", code("وطعن الحزب على قرار الهيئة أمام المحكمة الإدارية في تونس.", TUNIS))).isEmpty();
  }

  @Test
  void aVehicleRammedIntoACrowdIsAnAttack() {
    assertThat(of("ASSAULT", code("وقالت الشرطة إن شاحنة دهست المارة في شارع مزدحم وسط تونس مساء أمس.", TUNIS)))
        .hasSize(1);
  }

  @Test
  void onePersonRunOverInARoadAccidentIsNoAttack() {
    assertThat(of("ASSAULT", code("وتوفي طفل بعد أن دهسته سيارة مسرعة في تونس أمس.", TUNIS))).isEmpty();
    assertThat(of("ASSAULT", code("ودهست سيارة مسرعة امرأة في أحد شوارع تونس أمس.", TUNIS))).isEmpty();
  }
}
