package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.person;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;
import org.marsad.doc.Quote;

/** Threats in a speaker's own words with no word of threat (threat-idioms.tsv), on invented sentences. */
class QuotedThreatsTest {

  static final EventCoderTest.E CHILE = country("Chile", "CHL", "تشيلي", "التشيلية", "التشيلي");
  static final EventCoderTest.E PERU = country("Peru", "PER", "بيرو", "البيروفية", "البيروفي");
  static final EventCoderTest.E MINISTER = person("Ana Rojas", "CHL", "آنا روخاس");

  /** The events of {@code text} where the words from {@code quoted} to the next quotation mark are the minister's. */
  private static List<Event> said(String text, String quoted) {
    return said(text, quoted, CHILE, PERU, ECUADOR);
  }

  /** As {@link #said(String, String)}, with the minister and {@code parties} the entities of the text. */
  static List<Event> said(String text, String quoted, EventCoderTest.E... parties) {
    int q = text.indexOf(quoted);
    int end = text.indexOf("\"", q);
    Quote quote = new Quote(q, end, text.substring(q, end), "Ana Rojas", "Ana Rojas", "قالت", true);
    EventCoderTest.E[] all = new EventCoderTest.E[parties.length + 1];
    all[0] = MINISTER;
    System.arraycopy(parties, 0, all, 1, parties.length);
    return code(text, List.of(), List.of(quote), all);
  }

  @Test
  void allOptionsOpenThreatensTheOtherSideOfTheSentence() {
    assertThat(said("وقالت الوزيرة آنا روخاس عن التحركات البيروفية: \"كل الخيارات مطروحة أمامنا\".", "كل الخيارات"))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "THREATEN", "PER"));
  }

  @Test
  void theTargetMayBeNamedInTheSentenceBefore() {
    assertThat(said("نشرت بيرو قوات قرب الحدود. وقالت آنا روخاس: \"عليهم أن يتحملوا العواقب\".", "عليهم")
        .stream().filter(e -> e.type().equals("THREATEN")))
        .extracting(e -> e.actor().code(), e -> e.target().code())
        .containsExactly(tuple("CHL", "PER"));
  }

  @Test
  void aResponseInKindIsAThreat() {
    assertThat(said("وردت آنا روخاس على القرار البيروفي بالقول إن تشيلي \"سترد بالمثل\".", "سترد"))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "THREATEN", "PER"));
    assertThat(said("وقالت آنا روخاس: \"أي عدوان من بيرو سيواجه برد حاسم\".", "أي عدوان"))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "THREATEN", "PER"));
  }

  @Test
  void notLeavingItUnansweredAndRetaliatoryMeasuresAreThreats() {
    assertThat(said("وقالت آنا روخاس بعد طرد الدبلوماسي من بيرو إن سانتياغو \"لن تترك الأمر دون رد\".", "لن تترك"))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "THREATEN", "PER"));
    assertThat(said("وأضافت آنا روخاس عن قرار بيرو: \"سنعلن قريبا إجراءات جوابية\".", "سنعلن"))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "THREATEN", "PER"));
    assertThat(said("وقالت آنا روخاس إن رسالة بيرو \"بقيت دون رد حتى الآن\".", "بقيت"))
        .extracting(Event::type)
        .doesNotContain("THREATEN");
  }

  @Test
  void thePlatformAStatementIsPostedOnIsNoParty() {
    EventCoderTest.E telegram = EventCoderTest.org("org:telegram", "ARE", "تيليجرام");
    Quote quote = quoteOf("وكتبت آنا روخاس في منشور على تيليجرام أن ما فعلته بيرو خطأ. وأضافت أن تشيلي \"لن تترك الأمر دون رد\".",
        "لن تترك");
    assertThat(code("وكتبت آنا روخاس في منشور على تيليجرام أن ما فعلته بيرو خطأ. وأضافت أن تشيلي \"لن تترك الأمر دون رد\".",
        List.of(), List.of(quote), MINISTER, CHILE, PERU, telegram))
        .filteredOn(e -> e.type().equals("THREATEN"))
        .extracting(e -> e.actor().code(), e -> e.target().code())
        .containsExactly(tuple("CHL", "PER"));
    assertThat(code("ونفت وزارة الخارجية التشيلية في بيان على منصة تيليجرام الاتهامات البيروفية.", CHILE, PERU, telegram))
        .extracting(Event::type, e -> e.target() == null ? null : e.target().code())
        .doesNotContain(tuple("REJECT", "ARE"));
  }

  private static Quote quoteOf(String text, String quoted) {
    int q = text.indexOf(quoted);
    int end = text.indexOf("\"", q);
    return new Quote(q, end, text.substring(q, end), "Ana Rojas", "Ana Rojas", "قالت", true);
  }

  @Test
  void notHesitatingThreatensOnlyWithCoercion() {
    assertThat(said("وقالت آنا روخاس: \"لن نتردد في فرض عقوبات على بيرو\".", "لن نتردد"))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "THREATEN", "PER"));
    assertThat(said("وقالت آنا روخاس: \"لن نتردد في تقديم المساعدة إلى بيرو\".", "لن نتردد"))
        .extracting(Event::type)
        .doesNotContain("THREATEN");
  }

  @Test
  void aNegatedOrDeniedIdiomThreatensNoOne() {
    assertThat(said("وقالت آنا روخاس عن بيرو: \"ليست كل الخيارات مطروحة\".", "ليست"))
        .extracting(Event::type)
        .doesNotContain("THREATEN");
    assertThat(said("ونفت آنا روخاس أن تكون بلادها قد قالت لبيرو: \"ستدفع الثمن\".", "ستدفع"))
        .extracting(Event::type)
        .doesNotContain("THREATEN");
  }

  @Test
  void anIdiomOutsideAQuotationHasNoSpeaker() {
    assertThat(code("ويرى محللون أن كل الخيارات مطروحة بين تشيلي وبيرو.", CHILE, PERU))
        .extracting(Event::type)
        .doesNotContain("THREATEN");
  }

  static final EventCoderTest.E ECUADOR = country("Ecuador", "ECU", "الإكوادور", "الإكوادورية");

  @Test
  void theOneWhoWillPayIsTheSubjectOfThePhraseNotTheFirstCountryNamed() {
    // "ستدفع ثمن": its own subject is threatened, here Peru, not Ecuador named first in the sentence
    assertThat(code("وقالت الوزيرة آنا روخاس في الإكوادور: \"بيرو اختارت التصعيد، وستدفع ثمن ذلك\".",
        List.of(), List.of(quote("وقالت الوزيرة آنا روخاس في الإكوادور: \"بيرو اختارت التصعيد، وستدفع ثمن ذلك\".", "بيرو")),
        MINISTER, CHILE, PERU, ECUADOR))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("CHL", "THREATEN", "PER"));
  }

  @Test
  void keepingTheRightToRespondIsAThreatOnTheOtherSideNotTheCompanion() {
    // the counterpart named after "مع" stands beside the speaker: the threat is on the state accused before
    assertThat(said("اتهمت تشيلي بيرو بخرق الحدود. وقالت آنا روخاس في مؤتمر صحفي مع نظيرها الإكوادوري إن بلادها "
        + "\"تحتفظ بحق الرد\".", "تحتفظ").stream().filter(e -> e.type().equals("THREATEN")))
        .extracting(e -> e.actor().code(), e -> e.target().code())
        .containsExactly(tuple("CHL", "PER"));
    assertThat(said("اتهمت تشيلي بيرو بخرق الحدود. وقالت آنا روخاس إن بلادها \"تحتفظ بحق الرد\".", "تحتفظ")
        .stream().filter(e -> e.type().equals("THREATEN")))
        .extracting(e -> e.actor().code(), e -> e.target().code())
        .containsExactly(tuple("CHL", "PER"));
  }

  private static Quote quote(String text, String quoted) {
    int q = text.indexOf(quoted);
    int end = text.indexOf("\"", q);
    return new Quote(q, end, text.substring(q, end), "Ana Rojas", "Ana Rojas", "قالت", true);
  }
}
