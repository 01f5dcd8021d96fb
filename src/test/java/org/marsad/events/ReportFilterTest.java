package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/** The report filter in the coder: it judges only the types its model names, and hands the learner what it saw. */
class ReportFilterTest {

  /** One sentence with an attack and a protest, each told with its place and its people. */
  private static final String BOTH = "وقتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد، وخرجت تظاهرة في الموصل تطالب بالإصلاح.";

  private static List<String> types(EventCoder coder) {
    return code(coder).stream().map(Event::type).distinct().sorted().toList();
  }

  private static List<Event> code(EventCoder coder) {
    return EventCoderTest.code(coder, BOTH, List.of(), List.of(), MaterialEventsTest.BAGHDAD, MaterialEventsTest.MOSUL);
  }

  /** A model that would drop anything, judging {@code types}. */
  private static ReportModel dropping(Set<String> types) {
    return new ReportModel(Map.of("bias", -10.0)).judging(types);
  }

  @Test
  void withoutAJudgedTypeTheRulesStand() {
    assertThat(types(new EventCoder(ReportFilter.recording(c -> {})))).containsExactly("ASSAULT", "PROTEST");
    assertThat(types(new EventCoder(ReportFilter.of(dropping(Set.of()))))).containsExactly("ASSAULT", "PROTEST");
  }

  @Test
  void aJudgedTypeIsDroppedWhereTheModelSaysSoAndNoOtherType() {
    assertThat(types(new EventCoder(ReportFilter.of(dropping(Set.of("PROTEST")))))).containsExactly("ASSAULT");
    assertThat(types(new EventCoder(ReportFilter.of(dropping(Set.of("ASSAULT")))))).containsExactly("PROTEST");
  }

  @Test
  void theLearnerSeesEachCodedTypeWithTheCodersSignals() {
    List<ReportFilter.Candidate> seen = new ArrayList<>();
    List<Event> events = code(new EventCoder(ReportFilter.recording(seen::add)));
    assertThat(seen).extracting(ReportFilter.Candidate::type).containsExactly("ASSAULT", "PROTEST");
    ReportFilter.Candidate attack = seen.get(0);
    assertThat(attack.events()).isEqualTo(events.stream().filter(e -> e.type().equals("ASSAULT")).count());
    assertThat(attack.features()).contains("bias", "counted", "killed", "place", "ASSAULT:counted")
        .doesNotContain("question-mark", "quoted");
  }

  @Test
  void theLearnerSeesTheOtherTypesOfTheSentenceAYearAndANegation() {
    List<ReportFilter.Candidate> seen = new ArrayList<>();
    code(new EventCoder(ReportFilter.recording(seen::add)));
    // the attack shares its sentence with a protest, and the protest with the attack
    assertThat(seen.get(0).features()).contains("also=PROTEST").doesNotContain("also=none", "also=ASSAULT", "year");
    assertThat(seen.get(1).features()).contains("also=ASSAULT", "PROTEST:also=ASSAULT");
    seen.clear();
    EventCoderTest.code(new EventCoder(ReportFilter.recording(seen::add)),
        "وفي عام 2005 قتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد لم تتبنه أي جهة.", List.of(), List.of(),
        MaterialEventsTest.BAGHDAD);
    assertThat(seen).extracting(ReportFilter.Candidate::type).containsExactly("ASSAULT");
    assertThat(seen.get(0).features()).contains("also=none", "year", "negation@after");
  }
}
