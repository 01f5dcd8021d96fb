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

  /** The events of a sentence of Argentina and Peru, with its time tagged as the time tagger would. */
  private static List<Event> withTime(String text, String when) {
    int at = text.indexOf(when);
    return code(text, List.of(new Timex(at, at + when.length(), when, "2024-03-10", "DATE", null)), List.of(),
        ARGENTINA, PERU);
  }
}
