package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;
import static org.marsad.events.MaterialEventsTest.of;

import org.junit.jupiter.api.Test;

/**
 * Material acts between countries as the news tells them: an arrest or deportation announced by
 * the authority that made it, its target the people the nationality adjective names. Invented sentences.
 */
class ActsOnForeignersTest {

  static final EventCoderTest.E TUNISIA = country("Tunisia", "TUN", "تونس", "التونسية", "التونسي");
  static final EventCoderTest.E LIBYA = country("Libya", "LBY", "ليبيا", "ليبيين", "الليبي");
  static final EventCoderTest.E SYRIA = country("Syria", "SYR", "سوريا", "السوريين", "السوري");
  static final EventCoderTest.E FRANCE = country("France", "FRA", "فرنسا", "الفرنسية", "فرنسي");

  @Test
  void anAuthorityAnnouncingAnArrestMadeIt() {
    assertThat(of("COERCE", code("وأعلنت الشرطة التونسية توقيف ثلاثة مواطنين ليبيين في مطار قرطاج.", TUNISIA, LIBYA)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("TUN/COP", "LBY/CVL"));
    assertThat(of("COERCE", code("أعلنت وزارة الداخلية التونسية ترحيل مئات المهاجرين السوريين.", TUNISIA, SYRIA)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("TUN/GOV", "SYR/REF"));
  }

  @Test
  void aStateTellingOfItsCitizensHeldAbroadDidNotHoldThem() {
    assertThat(of("COERCE", code("وأعلنت الخارجية الفرنسية توقيف مواطن فرنسي في الخارج.", FRANCE)))
        .extracting(ACTOR).doesNotContain("FRA/GOV");
    assertThat(of("COERCE", code("وأعلن الرئيس توقيف المفاوضات مع المعارضة.", FRANCE))).isEmpty();
  }

  @Test
  void anActOfLastWeekIsNotPlanned() {
    // published on Wednesday 28 January 2026, of ISO week 5: week 4 is the week before, week 6 the next
    assertThat(ModeReader.after("2026-W04", "2026-01-28T14:05")).isFalse();
    assertThat(ModeReader.after("2026-W05", "2026-01-28T14:05")).isFalse();
    assertThat(ModeReader.after("2026-W06", "2026-01-28T14:05")).isTrue();
    assertThat(ModeReader.after("2025-SU", "2026-01-28T14:05")).isFalse();
  }

  static final EventCoderTest.E IRAN = country("Iran", "IRN", "إيران", "الإيرانية", "إيرانية");
  static final EventCoderTest.E BRITAIN = country("United Kingdom", "GBR", "بريطانيا", "بريطانية", "البريطانية");

  @Test
  void aShipIsTheCountryItsAdjectiveNames() {
    assertThat(of("COERCE", code("واحتجزت البحرية الإيرانية ناقلة بريطانية في مضيق هرمز.", IRAN, BRITAIN)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("IRN/MIL", "GBR"));
  }

  @Test
  void theForcesAnnouncingAnOperationThatStruckDidIt() {
    assertThat(of("ASSAULT", code("أعلنت البحرية الإيرانية تنفيذ عملية عسكرية استهدفت سفينة بريطانية في الخليج.", IRAN, BRITAIN)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("IRN/MIL", "GBR"));
  }

  static final EventCoderTest.E SPAIN = country("Spain", "ESP", "الإسبانية", "الإسباني");
  static final EventCoderTest.E MADRID = EventCoderTest.city("Madrid", "ESP", "مدريد");
  static final EventCoderTest.E ALGERIA = country("Algeria", "DZA", "جزائريين");
  static final EventCoderTest.E NIGER = country("Niger", "NER", "النيجر");
  static final EventCoderTest.E CHAD = country("Chad", "TCD", "تشاد");
  static final EventCoderTest.E SYRIAN = country("Syria", "SYR", "سوري");
  static final EventCoderTest.E LIBYAN = country("Libya", "LBY", "الليبية");

  @Test
  void aTownWhereTheArrestWasMadeIsNotItsObject() {
    assertThat(of("COERCE", code("أوقفت الشرطة الإسبانية في مدريد ثلاثة مواطنين جزائريين.", SPAIN, MADRID, ALGERIA)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("ESP/COP", "DZA/CVL"));
    assertThat(of("COERCE", code("واعتقلت الشرطة الإسبانية بمدينة مدريد ثلاثة مواطنين جزائريين.", SPAIN, MADRID, ALGERIA)))
        .extracting(TARGET).containsExactly("DZA/CVL");
    assertThat(of("COERCE", code("وأوقفت الشرطة الإسبانية في مدريد القديمة ثلاثة مواطنين جزائريين.", SPAIN, MADRID, ALGERIA)))
        .extracting(TARGET).containsExactly("DZA/CVL");
  }

  @Test
  void theDeportedWithNoNationalityAreOfTheCountriesTheyAreSentTo() {
    assertThat(of("COERCE", code("رحّلت السلطات الليبية نحو 400 مهاجر غير نظامي إلى النيجر وتشاد.", LIBYAN, NIGER, CHAD)))
        .extracting(ACTOR, TARGET).containsExactly(tuple("LBY/GOV", "NER"), tuple("LBY/GOV", "TCD"));
    // a nationality said wins over the country they are sent through
    assertThat(of("COERCE", code("رحلت السلطات الليبية 300 مهاجر سوري إلى تونس.", LIBYAN, TUNISIA, SYRIAN)))
        .extracting(TARGET).containsExactly("SYR/REF");
  }
}
