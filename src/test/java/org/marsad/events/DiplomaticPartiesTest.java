package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;
import org.marsad.doc.Timex;

/**
 * Who acts in verbal and diplomatic events when the sentence names the party away from the event
 * word: the subject a circumstantial participle shares with the verb before it. Invented sentences.
 */
class DiplomaticPartiesTest {

  static final EventCoderTest.E ARGENTINA = country("Argentina", "ARG", "الأرجنتين", "بوينس آيرس", "الأرجنتيني", "الأرجنتينية");
  static final EventCoderTest.E PERU = TalksAndRequestsTest.PERU;

  @Test
  void aFeminineParticipleSharesTheSubjectOfTheVerbBeforeIt() {
    // a state or a ministry is feminine, and so is the participle that goes on with its sentence
    assertThat(code("أدانت الأرجنتين القصف، محملة بيرو المسؤولية الكاملة عن نتائجه.", ARGENTINA, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("ARG", "ACCUSE", "PER"));
    assertThat(code("وقالت الخارجية الأرجنتينية إنها ترفض هذه الاتهامات، داعية ليما إلى وقف التصعيد.",
        ARGENTINA, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("ARG", "REQUEST", "PER"));
  }

  @Test
  void theOneMetFollowsATimeAndPlaceSetOffByCommas() {
    assertThat(withTime("استقبل الرئيس الأرجنتيني، مساء الخميس في بوينس آيرس، رئيس الوزراء البيروفي.", "مساء الخميس"))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ARG", "CONSULT", "PER"));
    // a relative clause set off by commas is no time nor place: what follows it is not read as met
    assertThat(code("استقبل الرئيس الأرجنتيني، الذي عاد من ليما، رئيس الوزراء.", ARGENTINA, PERU)).isEmpty();
  }

  @Test
  void thePartnerFollowsTheActTheVerbNames() {
    // "أجرى ... مباحثات مع": the partner after the act, however long the subject and its aside
    assertThat(withTime("أجرى وزير الخارجية الأرجنتيني، يوم الأحد في بوينس آيرس، محادثات مع نظيره البيروفي.",
        "يوم الأحد"))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ARG", "CONSULT", "PER"));
    // the adjectives of the act stand between it and its partner: "اتصالا هاتفيا بنظيره"
    assertThat(code("أجرى الوزير الأرجنتيني خوان بيريز اتصالا هاتفيا بنظيره البيروفي.", ARGENTINA, PERU,
        EventCoderTest.person("person:juan-perez", null, "خوان بيريز")))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ARG", "CONSULT", "PER"));
  }

  @Test
  void theObjectFollowsTheNameOfTheSubjectSetOffByCommas() {
    // "office، name، object": the comma after the name closes it, the adjective after it is the one rejected
    assertThat(code("رفض وزير الخارجية الأرجنتيني، خوان بيريز، الاتهامات البيروفية الأخيرة.", ARGENTINA, PERU,
        EventCoderTest.person("person:juan-perez", "ARG", "خوان بيريز")))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ARG", "REJECT", "PER"));
  }

  @Test
  void aVisitIsPaidByTheSubjectOfThatClosedByAComma() {
    // "يذكر أن X، قد أدى زيارة": the comma closes the subject of أن, the particle stands with the verb
    assertThat(code("يذكر أن وزير الخارجية الأرجنتيني خوان بيريز، قد أدى زيارة عمل إلى ليما الأسبوع الماضي.",
        ARGENTINA, PERU, EventCoderTest.person("person:juan-perez", "ARG", "خوان بيريز")))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ARG", "CONSULT", "PER"));
  }

  @Test
  void aVisitIsPaidByTheHolderNamedAfterTheOfficeBetweenCommas() {
    // "يؤدي رئيس الجمهورية، X، زيارة": the office, then its holder set off by commas, is the visitor
    assertThat(code("يؤدي رئيس الجمهورية، خوان بيريز، زيارة دولة إلى بيرو تستغرق يومين.", ARGENTINA, PERU,
        EventCoderTest.person("person:juan-perez", "ARG", "خوان بيريز")))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ARG", "CONSULT", "PER"));
  }

  @Test
  void aVisitIsPaidByWhomItsRelativeClauseNamesOrByTheSubject() {
    // "الزيارة التي سيؤديها X إلى": the visitor is named in the clause of the verb of paying
    assertThat(code("ولم يتحدد بعد موعد الزيارة التي سيؤديها الرئيس الأرجنتيني إلى ليما.", ARGENTINA, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ARG", "CONSULT", "PER"));
    // none named in it: the subject of the sentence pays it
    assertThat(code("أكد وزير الخارجية الأرجنتيني أن الزيارة التي يؤديها إلى بيرو تهدف إلى تعزيز العلاقات.",
        ARGENTINA, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("ARG", "CONSULT", "PER"));
    // "أجرى زيارة": a visit made, as "أدى زيارة"
    assertThat(code("سيجري الرئيس الأرجنتيني زيارة رسمية إلى بيرو الأسبوع المقبل.", ARGENTINA, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ARG", "CONSULT", "PER"));
  }

  @Test
  void theOneMetFollowsTheHolderNamedAfterTheOffice() {
    // "ولي العهد X الأمير Y": the prince is the office's holder, the one met comes after the aside
    assertThat(withTime("استقبل ولي العهد الأرجنتيني الأمير خوان بيريز، مساء الخميس في بوينس آيرس، الرئيس البيروفي.",
        "مساء الخميس", EventCoderTest.person("person:juan-perez", "ARG", "خوان بيريز")))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ARG", "CONSULT", "PER"));
    // "X، office،": the comma after the office closes the holder's apposition, the one met follows it
    assertThat(code("استقبل خوان بيريز، وزير الخارجية الأرجنتيني، نظيره البيروفي في بوينس آيرس.", ARGENTINA, PERU,
        EventCoderTest.person("person:juan-perez", "ARG", "خوان بيريز")))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ARG", "CONSULT", "PER"));
  }

  @Test
  void theSubjectOfAnnouncingDoesTheActPastATimeSetOffByCommasOrAnAdverb() {
    // "أعلنت كل من X وY، فجر اليوم، قطع علاقاتها": each of them breaks off relations, the time is an aside
    assertThat(withTime("أعلنت كل من الأرجنتين وتشيلي، فجر اليوم الاثنين، قطع علاقاتها الدبلوماسية مع بيرو.",
        "فجر اليوم الاثنين", TalksAndRequestsTest.CHILE))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactlyInAnyOrder(tuple("ARG", "SANCTION", "PER"), tuple("CHL", "SANCTION", "PER"));
    // "كذلك" stands between the verb and its subject, or the subject and the verbal noun, as "أيضا" does
    assertThat(code("ومن جانبها أعلنت كذلك الأرجنتين قطع العلاقات مع بيرو.", ARGENTINA, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ARG", "SANCTION", "PER"));
    assertThat(code("ومن جانبها أعلنت الأرجنتين كذلك قطع العلاقات مع بيرو.", ARGENTINA, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ARG", "SANCTION", "PER"));
  }

  @Test
  void aStatementsSourceSetOffByCommasStandsBetweenTheStateAndItsStance() {
    // "أكدت X، في بيان صادر عن ...، تضامنها": where it was said is an aside, the state stands with the other
    assertThat(code("وأكدت الأرجنتين، في بيان صادر عن وزارة الخارجية، تضامنها الكامل مع الشعب البيروفي الشقيق.",
        ARGENTINA, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ARG", "SUPPORT", "PER"));
    assertThat(code("وأكدت الأرجنتين، حسب البيان، تضامنها مع بيرو.", ARGENTINA, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("ARG", "SUPPORT", "PER"));
    // an aside of another kind is no source: its words may be the subject of what follows
    assertThat(code("وأكدت الأرجنتين، التي تتهمها بيرو بالتدخل، تضامنها مع الحكومة.", ARGENTINA, PERU))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .doesNotContain(tuple("ARG", "SUPPORT", "PER"));
  }

  /** The events of a sentence of Argentina and Peru, with its time tagged as the time tagger would. */
  private static List<Event> withTime(String text, String when, EventCoderTest.E... others) {
    int at = text.indexOf(when);
    List<EventCoderTest.E> es = new java.util.ArrayList<>(List.of(ARGENTINA, PERU));
    es.addAll(List.of(others));
    return code(text, List.of(new Timex(at, at + when.length(), when, "2024-03-10", "DATE", null)), List.of(),
        es.toArray(EventCoderTest.E[]::new));
  }
}
