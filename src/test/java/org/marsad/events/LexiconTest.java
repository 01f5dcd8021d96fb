package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

class LexiconTest {

  private static final EventLexicon LEXICON = new EventLexicon();

  private static List<String> words(String sentence) {
    return Arrays.stream(sentence.split(" ")).map(ArabicNormalizer::normalize).toList();
  }

  private static List<String> forms(String past, String present) {
    return VerbForms.of(past, present).stream().map(VerbForms.Form::word).toList();
  }

  @Test
  void regularVerbsInflect() {
    assertThat(forms("اتفق", "يتفق")).contains("اتفقت", "اتفقا", "اتفقوا", "اتفقنا", "تتفق", "يتفقان", "نتفق",
        "يتفقون");
  }

  @Test
  void verbsWithAWeakLastLetterInflectTheirOwnWay() {
    assertThat(forms("التقى", "يلتقي")).contains("التقي", "التقت", "التقيا", "التقوا", "يلتقون", "تلتقي", "يلتق");
    assertThat(forms("دعا", "يدعو")).contains("دعا", "دعت", "دعوا", "ندعو", "يدعون");
  }

  @Test
  void theFuturePrefixAndConjunctionsAreSplitOff() {
    EventLexicon.Match m = LEXICON.at(words("وسيلتقي الوزير"), 0).orElseThrow();
    assertThat(m.type()).isEqualTo("CONSULT");
    assertThat(m.future()).isTrue();
    assertThat(m.verb()).isTrue();
  }

  @Test
  void aNounWithArticleProcliticAndPossessiveIsFound() {
    EventLexicon.Match m = LEXICON.at(words("وبمباحثاتهما الأخيرة"), 0).orElseThrow();
    assertThat(m.type()).isEqualTo("CONSULT");
    assertThat(m.person()).isEqualTo(Person.DUAL);
    assertThat(LEXICON.at(words("زيارته"), 0)).map(EventLexicon.Match::type).hasValue("CONSULT");
  }

  @Test
  void aFirstPersonFormIsKnownAsSuch() {
    assertThat(LEXICON.at(words("نرفض ذلك"), 0)).map(EventLexicon.Match::person).hasValue(Person.FIRST);
  }

  @Test
  void requiredAndForbiddenNextWords() {
    assertThat(LEXICON.at(words("حذر الوزير من التصعيد"), 0)).map(EventLexicon.Match::type).hasValue("THREATEN");
    assertThat(LEXICON.at(words("حذر الوزير"), 0)).isEmpty();
    assertThat(LEXICON.at(words("بحث عن حل"), 0)).isEmpty();
    assertThat(LEXICON.at(words("بحث الملف"), 0)).map(EventLexicon.Match::type).hasValue("CONSULT");
  }

  @Test
  void aTaMarbutaIsNotAnObjectPronoun() {
    assertThat(LEXICON.at(words("وزاره الرئيس"), 0, "وزاره")).map(EventLexicon.Match::type).hasValue("CONSULT");
    assertThat(LEXICON.at(words("وزارة الخارجية"), 0, "وزارة")).isEmpty();
  }

  @Test
  void aBareVerbAfterAPrepositionIsItsNoun() {
    assertThat(LEXICON.at(words("بشأن نشر الصواريخ"), 1)).map(EventLexicon.Match::verb).hasValue(false);
  }

  @Test
  void everyPloverTypeHasWords() {
    assertThat(LEXICON.typesCovered()).containsExactlyInAnyOrderElementsOf(EventLexicon.TYPES).hasSize(16);
  }

  @Test
  void theModesTheWordsCarryAreTheModesOfTheList() {
    assertThat(new Modes().known()).containsAll(LEXICON.modesCarried());
    assertThat(LEXICON.modesCarried()).contains("ASSAULT:assassinate", "ASSAULT:abduct", "PROTEST:demonstrate",
        "PROTEST:strike", "COERCE:arrest", "COERCE:curfew");
  }

  @Test
  void aPassiveAndAnEitherSideWord() {
    EventLexicon.Match passive = LEXICON.at(words("اغتيل القاضي"), 0).orElseThrow();
    assertThat(passive.entry().passive()).isTrue();
    assertThat(passive.entry().subtype()).isEqualTo("assassinate");
    assertThat(LEXICON.at(words("سيارة مفخخة انفجرت قرب السوق"), 2)).map(EventLexicon.Match::type).hasValue("ASSAULT");
    assertThat(LEXICON.at(words("انفجرت الأزمة بين البلدين"), 0)).isEmpty();
  }

  @Test
  void everyNamedGroupOfTheSectorListIsInTheKnowledgeBase() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (org.marsad.text.DataFiles.Row r : org.marsad.text.DataFiles.rows("entities/orgs.tsv", 1)) {
      ids.add(r.field(0));
    }
    for (org.marsad.text.DataFiles.Row r : org.marsad.text.DataFiles.rows("events/group-sectors.tsv", 2)) {
      assertThat(ids).as("events/group-sectors.tsv line %d", r.line()).contains(r.field(0));
    }
  }

  @Test
  void sectorWordsWithTheirProcliticsAndEndings() {
    Sectors sectors = new Sectors();
    assertThat(sectors.at(words("للشرطة"), 0).sector()).isEqualTo("COP");
    assertThat(sectors.at(words("مسلحا"), 0).sector()).isEqualTo("UAF");
    assertThat(sectors.at(words("مسلحي طالبان"), 0).sector()).isEqualTo("UAF");
    assertThat(sectors.at(words("مجهولون"), 0).unknown()).isTrue();
    assertThat(sectors.at(words("والجيش"), 0).conjoined()).isTrue();
    assertThat(sectors.at(words("وزارة الداخلية"), 0).sector()).isEqualTo("GOV");
    assertThat(sectors.at(words("قوات الأمن"), 0)).extracting(Sectors.Word::length, Sectors.Word::sector)
        .containsExactly(2, "COP");
    assertThat(sectors.at(words("عناصر"), 0).of()).isTrue();
    assertThat(sectors.at(words("اجتماع"), 0)).isNull();
  }

  @Test
  void aNounsRequiredWordIsOfItsOwnPhraseNotOfTheSentencesNextOne() {
    assertThat(LEXICON.at(words("نفذ مسلحون عملية انتحارية في السوق"), 2)).isPresent();
    assertThat(LEXICON.at(words("انفجار سيارة مفخخة"), 0)).isPresent();
    // "المسلحة" nine words on names the groups of another phrase, not the operation
    assertThat(LEXICON.at(words("أجريت عملية جراحية للمصاب في مستشفى المدينة إثر هجوم الجماعات المسلحة"), 1))
        .isEmpty();
    // a verb's required word may still stand far from it ("حذر ... من")
    assertThat(LEXICON.at(words("حذر وزير الخارجية في مؤتمر صحفي عقده اليوم في العاصمة من"), 0)).isPresent();
  }
}
