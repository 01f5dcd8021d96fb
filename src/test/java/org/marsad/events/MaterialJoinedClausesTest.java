package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.org;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.IRAQ;
import static org.marsad.events.MaterialEventsTest.MOSUL;
import static org.marsad.events.MaterialEventsTest.TARGET;

import java.util.List;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Mention;
import org.marsad.ingest.CleanArticle;
import org.marsad.text.AnalyzedText;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Who did an act told in a clause joined to another, or told as a passive whose doer comes
 * later: a verb joined by و، ف or ثم shares the subject of the verb before it ("اقتحم مسلحون
 * مصرفا وخطفوا ثلاثة")، a verb whose doer is named by "على يد" is a passive ("جنديان خطفا على يد
 * مسلحين")، the subject of إن may end with a comma before its verb, and men "من" a group named
 * with its kind word ("مسلحين من حركة الشباب") are that group's. Invented sentences; "code/sector"
 * as in {@link MaterialEventsTest}.
 */
class MaterialJoinedClausesTest {

  /** The United States by the dual of its adjective, as a test article names it. */
  private static final EventCoderTest.E USA = country("United States", "USA", "أمريكيان");

  private static List<Event> byTrigger(List<Event> events, String trigger) {
    return events.stream().filter(e -> e.trigger().equals(trigger)).toList();
  }

  @Test
  void aJoinedVerbSharesTheSubjectOfTheVerbBefore() {
    // the abducted of another country than the bank's: two pairs, two events (one act and pair is one event)
    List<Event> events = code("واقتحم مسلحون مصرفا في حي الزهور وسط مدينة الموصل صباح أمس وخطفوا ثلاثة موظفين أمريكيين.",
        MOSUL, EventCoderTest.nisbas("United States", "USA", "أمريكيين"));
    assertThat(byTrigger(events, "وخطفوا")).extracting(ACTOR).containsExactly("-/UAF");
  }

  @Test
  void aVerbJoinedByThummaSharesItToo() {
    List<Event> events = code("وكان الجيش العراقي قد قصف مواقع للمسلحين في الموصل، ثم قتل عشرة منهم.", IRAQ, MOSUL);
    // the shelling and the killing of one pair are one event: the one left is the army's
    assertThat(events.stream().filter(e -> e.type().equals("ASSAULT"))).extracting(ACTOR).containsOnly("IRQ/MIL");
    events = code("وكان الجيش العراقي قد قصف مواقع للمسلحين في الموصل، ثم قتل عشرة مسلحين أمريكيين.", IRAQ, MOSUL,
        EventCoderTest.nisbas("United States", "USA", "أمريكيين"));
    assertThat(byTrigger(events, "قتل")).extracting(ACTOR).containsExactly("IRQ/MIL");
  }

  @Test
  void anActOfAnotherTypeHasNoSharedDoer() {
    // "واعتقل ثلاثة منهم": who arrested them is not told, and gunmen do not arrest
    List<Event> events = code("وقتل مسلحون شرطيا في الموصل، واعتقل ثلاثة منهم بعد ساعات.", MOSUL);
    assertThat(events.stream().filter(e -> e.type().equals("COERCE"))).extracting(ACTOR).doesNotContain("-/UAF");
  }

  @Test
  void aVerbJoinedAfterACeasefireIsReadWithTheWordsThatFollowIt() {
    // "وفجرت عبوة"، "وأطلقت صواريخ على": verbs that tell an attack only with the words after them are joined
    // to the refusal before them, not the content of the ceasefire ("وقف إطلاق النار") it names
    assertThat(code("ورفضت الجماعة وقف إطلاق النار وفجرت عبوة ناسفة قرب دورية للشرطة في الموصل.", MOSUL))
        .extracting(Event::type, Event::subtype, TARGET)
        .containsExactly(org.assertj.core.api.Assertions.tuple("ASSAULT", "explosives", "IRQ/COP"));
    assertThat(code("ورفضت الجماعة وقف إطلاق النار وأطلقت صواريخ على مواقع الجيش في الموصل.", MOSUL))
        .extracting(Event::type, TARGET)
        .containsExactly(org.assertj.core.api.Assertions.tuple("ASSAULT", "IRQ/MIL"));
  }

  @Test
  void whoWasKidnappedBeforeADoerNamedByAlaYadSufferedIt() {
    // the soldiers take the country of where it fell ("قرب الموصل": an adverb of place with no "في" since the
    // fifteenth round), the armed men of no named group none
    List<Event> events = code("وقال مسؤول إن جنديين خطفا من منزلهما على يد مسلحين قرب الموصل.", MOSUL);
    assertThat(byTrigger(events, "خطفا")).extracting(ACTOR, TARGET).containsExactly(
        org.assertj.core.api.Assertions.tuple("-/UAF", "IRQ/MIL"));
  }

  @Test
  void theSubjectOfInnaMayEndWithAComma() {
    List<Event> events = code("وقالت الشرطة إن مسلحين مجهولين، فجروا سيارة مفخخة قرب الموصل.", MOSUL);
    assertThat(byTrigger(events, "فجروا")).extracting(ACTOR).containsExactly("-/UAF");
  }

  @Test
  void menFromAGroupNamedWithItsKindWordAreThatGroups() {
    EventCoderTest.E shabab = org("Al-Shabaab", "SOM", "الشباب");
    List<Event> events = code("وقالت الشرطة إن مسلحين من حركة الشباب هاجموا مركزا للشرطة في مقديشو.", shabab);
    assertThat(events).extracting(ACTOR).first().asString().startsWith("SOM/");
    assertThat(events.get(0).actor().text()).isEqualTo("مسلحين من حركة الشباب");
  }

  @Test
  void aCoalitionWhoseNameHoldsItsLeaderIsTheLeadersForces() {
    EventCoderTest.E coalition = org("International coalition", null, "التحالف الدولي بقيادة الولايات المتحدة");
    EventCoderTest.E usa = country("United States", "USA", "الولايات المتحدة");
    List<Event> events = code("وقصف التحالف الدولي بقيادة الولايات المتحدة مواقع للمسلحين في الموصل.", coalition, usa,
        MOSUL);
    assertThat(events).extracting(ACTOR).contains("USA/MIL");
  }

  @Test
  void aDeathVerbWithAnotherJoinedAfterItsPartyIsACountOfTheDead() {
    // "قتل جنديان أمريكيان وأصيب ثلاثة": the soldiers were killed, they killed no one
    List<Event> events = code("وقتل جنديان أمريكيان وأصيب ثلاثة آخرون في انفجار عبوة ناسفة قرب الموصل.", USA, MOSUL);
    assertThat(events).extracting(TARGET).contains("USA/MIL");
    assertThat(events).extracting(ACTOR).doesNotContain("USA/MIL");
  }

  @Test
  void aSectorWordTheEntityModelTookForAPersonNamesPeopleByWhatTheyAre() {
    String text = "وكان انتحاريان قد فجرا نفسيهما أمام مقر للشرطة في الموصل أمس.";
    int at = text.indexOf("انتحاريان");
    Entity unlinked = new Entity("person:x", "انتحاريان", "انتحاريان", EntityType.PERSON, null, null, null,
        List.of(new Mention(at, at + "انتحاريان".length(), "انتحاريان")), false);
    AnalyzedText analyzed = AnalyzedText.of(text, List.of());
    CleanArticle article = new CleanArticle("test", null, "2024-03-10T09:00Z", List.of(), null, "ar", text, List.of(),
        List.of());
    List<Event> events = new EventCoder().code(analyzed, article, List.of(unlinked), List.of(), List.of()).items();
    assertThat(events).extracting(ACTOR).contains("-/UAF");
  }

  @Test
  void thePluralPronounAfterInnaIsAPluralSayers() {
    EventCoderTest.E rebels = org("Rebels", "SDN", "المتمردون");
    List<Event> events = code("وأعلن المتمردون إنهم هاجموا قاعدة عسكرية قرب الموصل.", rebels, MOSUL);
    assertThat(byTrigger(events, "هاجموا")).extracting(ACTOR).first().asString().startsWith("SDN");
  }

  @Test
  void thePluralPronounIsNotASingularBodys() {
    // "قالت الشرطة إنهم": the police do not call themselves "they"
    List<Event> events = code("وقالت الشرطة العراقية إنهم أطلقوا النار على المارة في الموصل.", IRAQ, MOSUL);
    assertThat(events).extracting(ACTOR).doesNotContain("IRQ/COP");
  }
}
