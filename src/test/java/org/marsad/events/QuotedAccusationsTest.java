package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.country;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/** Accusations in a speaker's own words with no verb of accusing (quoted-wrongs.tsv), on invented sentences. */
class QuotedAccusationsTest {

  static final EventCoderTest.E CHILE = QuotedThreatsTest.CHILE;
  static final EventCoderTest.E PERU = QuotedThreatsTest.PERU;
  /** Ecuador with the masculine nisba ("الصياد الإكوادوري"). */
  static final EventCoderTest.E ECUADOR = country("Ecuador", "ECU", "الإكوادور", "الإكوادوري");

  /** The events of {@code text} where the words from {@code quoted} to the next quotation mark are the minister's. */
  private static List<Event> said(String text, String quoted) {
    return QuotedThreatsTest.said(text, quoted, CHILE, PERU, ECUADOR);
  }

  @Test
  void aFlagrantViolationNamedByTheSpeakerAccusesTheOtherSide() {
    assertThat(said("وقالت الوزيرة آنا روخاس إن تحليق الطائرات البيروفية فوق الساحل \"خرق فاضح لمعاهدة الحدود\".", "خرق فاضح"))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("CHL", "ACCUSE", "PER"));
  }

  @Test
  void theDoerMayBeNamedInTheSentenceBefore() {
    assertThat(said("دخلت دورية من بيرو إلى قرية حدودية. وقالت آنا روخاس: \"ما حدث جريمة مكتملة الأركان\".", "ما حدث")
        .stream().filter(e -> e.type().equals("ACCUSE")))
        .extracting(e -> e.actor().code(), e -> e.target().code())
        .containsExactly(tuple("CHL", "PER"));
  }

  @Test
  void theDoerInTheQuotationIsTheOneByWhoseHandNotTheVictim() {
    assertThat(said("وقالت آنا روخاس: \"هذه جريمة بشعة بحق الصياد الإكوادوري على يد جنود بيرو\".", "هذه")
        .stream().filter(e -> e.type().equals("ACCUSE")))
        .extracting(e -> e.actor().code(), e -> e.target().code())
        .containsExactly(tuple("CHL", "PER"));
  }

  @Test
  void aWeaponsMakerIsNoPartyAndOneAskedToActAfterTheQuotationIsNotRead() {
    assertThat(said("وقالت آنا روخاس إن لغما من طراز بيروفي انفجر وإن ذلك \"خرق صريح للهدنة\".", "خرق")
        .stream().filter(e -> e.type().equals("ACCUSE")))
        .isEmpty();
    assertThat(said("وقالت آنا روخاس إن القصف \"انتهاك صارخ للهدنة\"، وطالبت بيرو بالتدخل.", "انتهاك")
        .stream().filter(e -> e.type().equals("ACCUSE")))
        .isEmpty();
  }

  @Test
  void aBareNounOfWrongdoingOrAQuestionAccusesNoOne() {
    assertThat(said("وقالت آنا روخاس عن بيرو: \"سنرد على أي اعتداء على أراضينا\".", "سنرد"))
        .extracting(Event::type)
        .doesNotContain("ACCUSE");
    assertThat(said("وتساءلت آنا روخاس عن موقف بيرو: \"أليس هذا انتهاكا صارخا للاتفاق؟\".", "أليس"))
        .extracting(Event::type)
        .doesNotContain("ACCUSE");
  }
}
