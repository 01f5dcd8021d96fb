package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.nisbas;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;
import org.marsad.doc.Timex;

/**
 * The acts beyond attacks and protests (issue 12): arrests, bans, expulsions, sanctions, threats,
 * mobilisations and seizures, and the clause reading they need. Invented sentences.
 */
class ActsBeyondAttacksTest {

  private static final EventCoderTest.E EGYPT = country("Egypt", "EGY", "المصرية", "مصر");
  private static final EventCoderTest.E PALESTINIANS = nisbas("Palestine", "PSE", "فلسطينيا", "فلسطينيين");
  private static final EventCoderTest.E BRITAIN = country("United Kingdom", "GBR", "بريطانيا", "البريطانية");
  private static final EventCoderTest.E RUSSIANS = country("Russia", "RUS", "الروسي", "روس");
  private static final EventCoderTest.E IRAN = country("Iran", "IRN", "إيران", "الإيرانية");
  private static final EventCoderTest.E PALESTINIANS_PEOPLE = country("Palestine", "PSE", "الفلسطينيين");
  private static final EventCoderTest.E ISRAEL = country("Israel", "ISR", "الإسرائيلي", "الإسرائيلية");

  /** The events of {@code text} with the time {@code when} marked, as the time layer marks it. */
  private static java.util.List<Event> withTime(String text, String when, EventCoderTest.E... es) {
    int at = text.indexOf(when);
    return code(text, java.util.List.of(new Timex(at, at + when.length(), when, "2024-03-10", "DATE", null)),
        java.util.List.of(), es);
  }

  @Test
  void theObjectAfterATimeSetOffByCommasIsStillTheObject() {
    assertThat(of("COERCE", withTime("اعتقلت الشرطة المصرية، مساء أمس، خمسة ناشطين في القاهرة.", "مساء أمس", EGYPT)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("EGY/COP", "-/OPP"));
    assertThat(of("COERCE", withTime("اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم الأربعاء، 12 فلسطينيا في مدن الضفة.",
        "فجر اليوم الأربعاء", ISRAEL, PALESTINIANS)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("ISR/MIL", "PSE"));
  }

  private static final EventCoderTest.E FRANCE = country("France", "FRA", "الفرنسية");
  private static final EventCoderTest.E ALGERIANS = nisbas("Algeria", "DZA", "جزائريين");
  private static final EventCoderTest.E IRAQ = country("Iraq", "IRQ", "العراقية");
  private static final EventCoderTest.E KIRKUK = EventCoderTest.city("Kirkuk", "IRQ", "كركوك");
  private static final EventCoderTest.E LYON = EventCoderTest.city("Lyon", "FRA", "ليون");
  private static final EventCoderTest.E UN = EventCoderTest.org("United Nations", null, "الأمم المتحدة");

  @Test
  void aGatheringBannedIsTheStatesActOnThePeopleOfThePlaceNotAProtestHeld() {
    for (String text : java.util.List.of("منعت السلطات الفرنسية وقفة احتجاجية أمام مقر البلدية في ليون.",
        "ومنعت الشرطة الفرنسية أي تجمع في وسط ليون حتى الأحد.")) {
      java.util.List<Event> events = code(text, FRANCE, LYON);
      assertThat(of("COERCE", events)).as(text).extracting(Event::subtype, ACTOR, TARGET)
          .containsExactly(tuple("ban", text.contains("الشرطة") ? "FRA/COP" : "FRA/GOV", "FRA/CVL"));
      assertThat(of("PROTEST", events)).as(text).isEmpty();
    }
    assertThat(code("منعت السلطات الفرنسية انتشار الفيروس في ليون.", FRANCE, LYON)).isEmpty(); // prevention, no ban
  }

  @Test
  void theDeportedNamedAfterTheVerbAreExpelled() {
    assertThat(of("COERCE", code("رحلت السلطات الفرنسية ثلاثة مهاجرين جزائريين.", FRANCE, ALGERIANS)))
        .extracting(Event::subtype, ACTOR, TARGET).containsExactly(tuple("expel", "FRA/GOV", "DZA/REF"));
    // "رحل" left, passed away; "أبعد" farther: no one deported
    assertThat(code("رحل الوزير الفرنسي الأسبق عن عمر ناهز ثمانين عاما.", FRANCE)).isEmpty();
    assertThat(code("وذهبت الحكومة الفرنسية أبعد من ذلك.", FRANCE)).isEmpty();
  }

  @Test
  void assetsFrozenAreASanction() {
    assertThat(code("جمدت بريطانيا أصول رجال أعمال روس.", BRITAIN, RUSSIANS))
        .extracting(Event::type, ACTOR).containsExactly(tuple("SANCTION", "GBR"));
    assertThat(code("قررت الحكومة البريطانية تجميد أصول البنك المركزي الروسي.", BRITAIN, RUSSIANS))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("SANCTION", "GBR/GOV", "RUS"));
  }

  @Test
  void aShipHeldIsSeizedNotArrested() {
    assertThat(code("احتجزت البحرية الإيرانية ناقلة نفط في مضيق هرمز.", IRAN))
        .extracting(Event::type, Event::subtype).containsExactly(tuple("COERCE", "confiscate"));
    assertThat(code("احتجزت الشرطة الإيرانية ثلاثة صحفيين في طهران.", IRAN))
        .extracting(Event::type, Event::subtype).containsExactly(tuple("COERCE", "arrest"));
  }

  @Test
  void anAlertRaisedAgainstAStateIsAMobilisation() {
    assertThat(code("أعلنت القوات الإيرانية حالة الاستنفار القصوى على الحدود مع بريطانيا.", IRAN, BRITAIN))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("MOBILIZE", "IRN/MIL", "GBR"));
  }

  @Test
  void aStrikeGoingOnIsNewsOfItsStrikers() {
    assertThat(of("PROTEST", code("ويخوض المعلمون إضرابا وطنيا عن العمل منذ أسبوعين للمطالبة بتحسين الأجور.")))
        .extracting(Event::subtype, ACTOR).containsExactly(tuple("strike", "-/EDU"));
    assertThat(of("PROTEST", code("يواصل مئات الأسرى الفلسطينيين إضرابهم عن الطعام لليوم العشرين.", PALESTINIANS_PEOPLE)))
        .extracting(Event::subtype).containsExactly("hunger-strike");
    // a march continued in the present is not so told
    assertThat(of("PROTEST", code("يواصل المتظاهرون مظاهراتهم أمام البرلمان."))).isEmpty();
  }

  @Test
  void aStateOfEmergencyNotTheEmergencyServices() {
    assertThat(of("COERCE", code("أعلنت الحكومة العراقية حالة الطوارئ في كركوك.", IRAQ, KIRKUK)))
        .extracting(Event::subtype, ACTOR).containsExactly(tuple("martial-law", "IRQ/GOV"));
    assertThat(of("COERCE", code("وأعلن جهاز الإسعاف والطوارئ مقتل شخصين في كركوك.", IRAQ, KIRKUK))).isEmpty();
  }

  @Test
  void aCurfewFallsOnThePeopleOfThePlace() {
    assertThat(of("COERCE", code("فرضت السلطات العراقية حظر التجول في مدينة كركوك.", IRAQ, KIRKUK)))
        .extracting(Event::subtype, ACTOR, TARGET).containsExactly(tuple("curfew", "IRQ/GOV", "IRQ/CVL"));
  }
}
