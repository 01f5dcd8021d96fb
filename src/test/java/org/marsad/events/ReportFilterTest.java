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
    seen.removeIf(c -> c.events() == 0); // the sentence's mention of protest, named by no word of it
    assertThat(seen).extracting(ReportFilter.Candidate::type).containsExactly("ASSAULT");
    assertThat(seen.get(0).features()).contains("also=none", "year", "negation@after");
  }

  @Test
  void theLearnerSeesTheRegisterOfTheWholeSentence() {
    List<ReportFilter.Candidate> seen = new ArrayList<>();
    EventCoderTest.code(new EventCoder(ReportFilter.recording(seen::add)),
        "ويبدو أننا نذكر أنه آنذاك قتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد.", List.of(), List.of(),
        MaterialEventsTest.BAGHDAD);
    // the attack coded is seen with the register of its sentence, a proclitic or a hamza changing nothing;
    // the register is not joined to the type (learned from attacks and protests alike)
    assertThat(seen.stream().filter(c -> c.type().equals("ASSAULT") && c.events() > 0).findFirst().orElseThrow()
        .features()).contains("reg:view", "reg:recalled", "reg:first", "reg:len=<20")
        .doesNotContain("reg:day", "reg:second", "ASSAULT:reg:view");
  }

  @Test
  void aSentenceThatNamesAnActTheRulesDoNotCodeIsAMentionToLearnFromNeverJudged() {
    String text = "هل نحن أمام موجة جديدة من الاغتيالات؟";
    List<ReportFilter.Candidate> seen = new ArrayList<>();
    List<Event> coded = EventCoderTest.code(new EventCoder(ReportFilter.recording(seen::add)), text, List.of(), List.of());
    assertThat(coded).extracting(Event::type).doesNotContain("ASSAULT");
    // an attack named: a mention of each type (pooled: more answers to learn the register from)
    assertThat(seen).extracting(ReportFilter.Candidate::type).containsExactly("ASSAULT", "PROTEST");
    assertThat(seen).allSatisfy(c -> assertThat(c.events()).isZero());
    assertThat(seen.get(0).features()).contains("bias", "uncoded", "reg:question", "reg:first")
        .doesNotContain("ASSAULT:uncoded");
    // with a model, nothing is handed on and nothing is coded
    assertThat(EventCoderTest.code(new EventCoder(ReportFilter.of(new ReportModel(Map.of("bias", 10.0))
        .judging(Set.of("ASSAULT")))), text, List.of(), List.of())).extracting(Event::type).doesNotContain("ASSAULT");
  }
}
