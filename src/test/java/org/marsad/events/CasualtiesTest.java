package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Casualties;
import org.marsad.doc.Event;
import org.marsad.text.ArabicNormalizer;

/** The dead and injured a sentence counts, numbers in digits or words; none invented. */
class CasualtiesTest {

  private static final NumberWords NUMBERS = new NumberWords();
  private static final CasualtyReader READER = new CasualtyReader(NUMBERS, new Sectors());

  private static List<String> words(String s) {
    return Arrays.stream(s.split(" ")).map(ArabicNormalizer::normalize).toList();
  }

  private static Long number(String s) {
    NumberWords.Number n = NUMBERS.at(words(s), 0);
    return n == null || !n.usable() ? null : n.value();
  }

  private static Casualties read(String s) {
    List<String> w = words(s);
    return READER.read(w, 0, w.size());
  }

  private static boolean toldWithoutFigure(String s) {
    List<String> w = words(s);
    return READER.toldWithoutFigure(w, 0, w.size());
  }

  @Test
  void numbersInWordsAsArabicJoinsThem() {
    assertThat(number("سبعة أشخاص")).isEqualTo(7);
    assertThat(number("ثلاثة عشر جنديا")).isEqualTo(13);
    assertThat(number("خمسة وعشرين شخصا")).isEqualTo(25);
    assertThat(number("ثلاث مئة")).isEqualTo(300);
    assertThat(number("ثلاثة آلاف متظاهر")).isEqualTo(3000);
    assertThat(number("ألفي شخص")).isEqualTo(2000);
    assertThat(number("مائتين وخمسين")).isEqualTo(250);
    assertThat(number("10 آلاف")).isEqualTo(10000);
    assertThat(number("٢٨ قتيلا")).isEqualTo(28);
    assertThat(number("الخمسة")).isEqualTo(5);
  }

  @Test
  void aVagueNumberIsNone() {
    assertThat(NUMBERS.at(words("عشرات القتلى"), 0)).isNull();
    assertThat(NUMBERS.at(words("مئات الجرحى"), 0)).isNull();
  }

  @Test
  void aNumberBeyondAnyCountOfPeopleGivesNoFigure() {
    assertThat(number("10000000000")).isNull();
    assertThat(number("99999999999999999999999999")).isNull();
    assertThat(number("ألفي مليون")).isNull();
  }

  @Test
  void theDeadAndInjuredBeforeOrAfterTheirNumber() {
    assertThat(read("مقتل سبعة أشخاص وإصابة 12 آخرين")).isEqualTo(new Casualties(7, 12));
    assertThat(read("أسفر عن سقوط 35 قتيلا و163 جريحا")).isEqualTo(new Casualties(35, 163));
    assertThat(read("مقتل ما لا يقل عن 28 متطوعا وجرح أكثر من عشرين")).isEqualTo(new Casualties(28, 20));
    assertThat(read("مقتل مدنيين اثنين")).isEqualTo(new Casualties(2, null));
    assertThat(read("سقط قتيلان وأصيب ثلاثة آخرون")).isEqualTo(new Casualties(2, 3));
  }

  @Test
  void theNumberAndItsNounMayStandBeforeTheVerbAsItsSubject() {
    assertThat(read("وقال مسؤول إن 21 شخصا لقوا حتفهم وأصيب 69 آخرون")).isEqualTo(new Casualties(21, 69));
    assertThat(read("وذكرت الشرطة أن ثلاثة جنود قتلوا في الكمين")).isEqualTo(new Casualties(3, null));
    assertThat(read("وقالت إن 2015 قتلوا فيه")).isNull(); // a year, no counted noun between it and the verb
  }

  @Test
  void aSingularOrDualVictimCountsByItsNumber() {
    assertThat(read("مقتل شرطي في هجوم على حاجز")).isEqualTo(new Casualties(1, null));
    assertThat(read("إصابة جندي بنيران قناص")).isEqualTo(new Casualties(null, 1));
    assertThat(read("مقتل شرطيين وإصابة طفلة")).isEqualTo(new Casualties(2, 1));
    assertThat(read("أصيب جنديان في الانفجار")).isEqualTo(new Casualties(null, 2));
    assertThat(read("مصرع الشاب غرقا")).isEqualTo(new Casualties(1, null));
  }

  @Test
  void aPluralOrAnActiveVerbCountsNoOne() {
    assertThat(read("مقتل جنود وإصابة أطفال")).isNull();
    assertThat(read("مقتل مدنيين في القصف")).isNull(); // civilians, a plural spelt like the dual
    assertThat(read("مقتل مواطنين عزل")).isNull();
    assertThat(read("قتل شرطي مسلحا هاجم الحاجز")).isNull(); // the officer is the killer
  }

  @Test
  void noFigureIsInvented() {
    assertThat(read("مقتل عشرات الأشخاص وإصابة آخرين بجروح")).isNull();
    assertThat(read("مقتل 10000000000 شخص")).isNull();
    assertThat(read("أصيب بخيبة أمل")).isNull();
  }

  @Test
  void victimsNamedWithoutAFigureAreToldButNotCounted() {
    assertThat(toldWithoutFigure("مقتل مدنيين في القصف")).isTrue();
    assertThat(toldWithoutFigure("مقتل عشرات الأشخاص وإصابة آخرين")).isTrue();
    assertThat(toldWithoutFigure("إصابة جنود بنيران قناص")).isTrue();
    assertThat(toldWithoutFigure("مقتل 10000000000 شخص")).isTrue(); // a figure beyond any count
    assertThat(toldWithoutFigure("قتل مدنيون")).isFalse(); // a verb is a report of its own
    assertThat(toldWithoutFigure("مقتل الحلم")).isFalse();
    assertThat(toldWithoutFigure("إصابة بالغة")).isFalse();
  }

  @Test
  void anAttackWhoseVictimsAreNotCountedIsStillReported() {
    for (String s : List.of("مقتل مدنيين في انفجار سيارة مفخخة في بغداد.", "مقتل عشرات الأشخاص في قصف جوي على بغداد.",
        "مقتل 10000000000 شخص في انفجار سيارة مفخخة في بغداد.")) {
      List<Event> events = code(s, EventCoderTest.city("Baghdad", "IRQ", "بغداد"));
      assertThat(events).as(s).extracting(Event::type).containsExactly("ASSAULT");
      assertThat(events.get(0).casualties()).as(s).isNull();
      assertThat(events.get(0).target().sector()).as(s).isEqualTo("CVL");
    }
    assertThat(code("مقتل الحلم في انفجار الأزمة.")).isEmpty();
  }

  @Test
  void anAttackCarriesItsCasualties() {
    List<Event> events = code("وقتل خمسة أشخاص وأصيب 12 آخرون في انفجار عبوة ناسفة في كركوك.",
        EventCoderTest.city("Kirkuk", "IRQ", "كركوك"));
    assertThat(events).extracting(Event::type, Event::casualties)
        .containsExactly(org.assertj.core.api.Assertions.tuple("ASSAULT", new Casualties(5, 12)));
  }

  @Test
  void badInputGivesNoExceptionAndNoFigure() {
    String longSentence = "قال المسؤول " + "إن الوضع في المدينة هادئ ".repeat(400) + "ومقتل 10000000000 شخص.";
    assertThat(longSentence.split(" ").length).isGreaterThan(2000);
    List<Event> events = code(longSentence, country("Iraq", "IRQ", "العراق"));
    assertThat(events).allSatisfy(e -> assertThat(e.casualties()).isNull());
    assertThat(code("مقتل 10000000000")).allSatisfy(e -> assertThat(e.casualties()).isNull());
    assertThat(code("killed قتل 12 people في attack بالقرب من Baghdad أمس ،، \u200f"))
        .allSatisfy(e -> assertThat(e.casualties() == null || e.casualties().killed() == 12).isTrue());
    assertThat(code("قتل")).isEmpty();
    assertThat(code("")).isEmpty();
  }
}
