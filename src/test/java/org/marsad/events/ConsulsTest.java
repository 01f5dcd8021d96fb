package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.EGYPT;
import static org.marsad.events.EventCoderTest.JORDAN;
import static org.marsad.events.EventCoderTest.code;

import org.junit.jupiter.api.Test;

/** A consul is an office of his state, as an ambassador is. Invented sentences. */
class ConsulsTest {

  @Test
  void aConsulActsForHisGovernment() {
    assertThat(code("وأشاد القنصل المصري في العقبة بالتعاون مع الأردن.", EGYPT, JORDAN))
        .filteredOn(e -> e.type().equals("SUPPORT"))
        .extracting(e -> e.actor().code(), e -> e.actor().sector(), e -> e.target().code())
        .containsExactly(tuple("EGY", "GOV", "JOR"));
  }
}
