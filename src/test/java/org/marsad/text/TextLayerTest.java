package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Span;

class TextLayerTest {

  @Test
  void normalisationFoldsSpellingAndMapsBackToTheOriginalWithTheLastLettersMarks() {
    String s = "أكَّدَ إيرانُ آسيا الكبرى مدرسة ٢٠١٧";
    ArabicNormalizer.Normalized n = ArabicNormalizer.normalizeWithOffsets(s);
    assertThat(n.text()).isEqualTo("اكد ايران اسيا الكبري مدرسه 2017");
    int at = n.text().indexOf("ايران");
    assertThat(s.substring(n.toOriginal(at), n.toOriginalEnd(at + "ايران".length()))).isEqualTo("إيرانُ");
  }

  @Test
  void theWavyHamzaSomeSitesTypeFoldsLikeTheHamza() {
    assertThat(ArabicNormalizer.normalize("\u0672كد \u0672ن \u0673ن")).isEqualTo("اكد ان ان");
  }

  @Test
  void sentencesDoNotSplitInsideQuotations() {
    String s = "وقال الوزير: \"نرفض ذلك. ولن نقبل به\". وأضاف أن الحوار مستمر.\nفقرة ثانية؟ نعم.";
    List<String> sentences = SentenceSplitter.sentences(s).stream().map(sp -> sp.of(s)).toList();
    assertThat(sentences).containsExactly(
        "وقال الوزير: \"نرفض ذلك. ولن نقبل به\".",
        "وأضاف أن الحوار مستمر.",
        "فقرة ثانية؟",
        "نعم.");
  }

  @Test
  void anUnclosedQuotationEndsWithItsParagraph() {
    String s = "وقال 'هذا كلام. لم يغلق\nوفقرة جديدة. ثم أخرى.";
    assertThat(SentenceSplitter.sentences(s).stream().map(sp -> sp.of(s)))
        .containsExactly("وقال 'هذا كلام. لم يغلق", "وفقرة جديدة.", "ثم أخرى.");
  }

  @Test
  void reversedMarksKeepASentenceWholeAndAStrayClosingMarkOpensNothing() {
    String s = "وقال الوزير: »نرفض ذلك. ولن نقبل به«. وأضاف أن الحوار مستمر.\n"
        + "وتابع: ”الباب مفتوح. والوقت يمر”. ثم غادر.\n"
        + "حتى النهاية». وقال المتحدث إن الوفد وصل. ثم بدأ الاجتماع.";
    assertThat(SentenceSplitter.sentences(s).stream().map(sp -> sp.of(s))).containsExactly(
        "وقال الوزير: »نرفض ذلك. ولن نقبل به«.",
        "وأضاف أن الحوار مستمر.",
        "وتابع: ”الباب مفتوح. والوقت يمر”.",
        "ثم غادر.",
        "حتى النهاية».",
        "وقال المتحدث إن الوفد وصل.",
        "ثم بدأ الاجتماع.");
  }

  @Test
  void aMarkOpensBeforeAWordAfterABlankOrAOneLetterClitic() {
    String s = "قال \"نعم\" بـ\"لا\" و\"ربما\"";
    assertThat(QuoteMarks.opensAt(s, s.indexOf('"'), 0, s.length())).isTrue();
    assertThat(QuoteMarks.opensAt(s, s.indexOf('"', 5), 0, s.length())).as("after نعم").isFalse();
    assertThat(QuoteMarks.opensAt(s, s.indexOf("بـ\"") + 2, 0, s.length())).isTrue();
    assertThat(QuoteMarks.opensAt(s, s.indexOf("و\"ر") + 1, 0, s.length())).isTrue();
    assertThat(QuoteMarks.closerOf('»')).isEqualTo('«');
    assertThat(QuoteMarks.closerOf('«')).isEqualTo('»');
  }

  @Test
  void aMarkThatOpensByItsShapeOpensWithABlankAfterItButAStraightOneDoesNot() {
    String s = "قال « نعم » ثم \" لا \"";
    assertThat(QuoteMarks.opensAt(s, s.indexOf('«'), 0, s.length())).isTrue();
    assertThat(QuoteMarks.opensAt(s, s.indexOf('"'), 0, s.length())).isFalse();
    assertThat(QuoteMarks.standsAloneBeforeWord(s, s.indexOf('"'), 0, s.length())).isTrue();
    assertThat(QuoteMarks.standsAloneBeforeWord(s, s.lastIndexOf('"'), 0, s.length())).as("at the end").isFalse();
    assertThat(QuoteMarks.closerOf('‹')).isEqualTo('›');
  }

  @Test
  void anApostropheInsideEnglishIsNotAQuotationMark() {
    String s = "Russia's minister spoke. He left.";
    assertThat(SentenceSplitter.sentences(s)).hasSize(2);
  }

  @Test
  void numbersAndInitialsDoNotEndSentences() {
    String s = "بلغ النمو 2.5 في المئة. قال J. Smith ذلك.";
    assertThat(SentenceSplitter.sentences(s).stream().map(sp -> sp.of(s)))
        .containsExactly("بلغ النمو 2.5 في المئة.", "قال J. Smith ذلك.");
  }

  @Test
  void tokensKeepExactOffsets() {
    String s = "ولافروف، في ٢٠١٧ (Tokyo).";
    List<Token> tokens = Tokenizer.tokenize(s);
    assertThat(tokens).extracting(Token::text).containsExactly("ولافروف", "،", "في", "٢٠١٧", "(", "Tokyo", ")", ".");
    for (Token t : tokens) {
      assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    assertThat(tokens.get(3).kind()).isEqualTo(Token.Kind.NUMBER);
    assertThat(tokens.get(5).kind()).isEqualTo(Token.Kind.LATIN);
  }

  @Test
  void aLoneTatweelIsADashNotAWord() {
    List<Token> tokens = Tokenizer.tokenize("وقال الوزير ـ في تصريح ـــ مطولـــا");
    assertThat(tokens).extracting(Token::text).containsExactly("وقال", "الوزير", "ـ", "في", "تصريح", "ـــ", "مطولـــا");
    assertThat(tokens).extracting(Token::kind).containsExactly(Token.Kind.ARABIC, Token.Kind.ARABIC, Token.Kind.PUNCT,
        Token.Kind.ARABIC, Token.Kind.ARABIC, Token.Kind.PUNCT, Token.Kind.ARABIC);
  }

  @Test
  void procliticsAreSplitForLookup() {
    assertThat(Clitics.readings("ولافروف")).extracting(Clitics.Reading::form).contains("لافروف");
    assertThat(Clitics.readings("للولايات")).extracting(Clitics.Reading::form).contains("الولايات");
    assertThat(Clitics.readings("بروسيا")).contains(new Clitics.Reading(1, "روسيا"));
    assertThat(Clitics.readings("وبروسيا")).contains(new Clitics.Reading(2, "روسيا"));
    assertThat(Clitics.readings("بلد")).extracting(Clitics.Reading::form).containsExactly("بلد");
  }

  @Test
  void theArticleComesOffOnlyWhenAStemIsLeft() {
    assertThat(Clitics.withoutArticle("الصحيفه")).isEqualTo("صحيفه");
    assertThat(Clitics.withoutArticle("الحزب")).isEqualTo("حزب");
    assertThat(Clitics.withoutArticle("الان")).isEqualTo("الان");
    assertThat(Clitics.withoutArticle("صحيفه")).isEqualTo("صحيفه");
  }

  @Test
  void theArticleIsSeenBeforeAStemUnderAPrepositionOrAConjunction() {
    assertThat(Clitics.articleBefore("الحركه", "حركه")).isTrue();
    assertThat(Clitics.articleBefore("للحركه", "حركه")).isTrue();
    assertThat(Clitics.articleBefore("والحركه", "حركه")).isTrue();
    assertThat(Clitics.articleBefore("لحركه", "حركه")).isFalse();
    assertThat(Clitics.articleBefore("وحركه", "حركه")).isFalse();
  }

  @Test
  void aConjunctionComesOffWithTheArticleItIsWrittenOn() {
    assertThat(Clitics.withoutDefinite("والشرطه")).isEqualTo("شرطه");
    assertThat(Clitics.withoutDefinite("فالحكومه")).isEqualTo("حكومه");
    assertThat(Clitics.withoutDefinite("الحزب")).isEqualTo("حزب");
    assertThat(Clitics.withoutDefinite("وزير")).isEqualTo("وزير");
    assertThat(Clitics.withoutDefinite("والان")).isEqualTo("والان");
  }

  @Test
  void theLettersOfTheArticleOpenAWordWhateverItsStem() {
    assertThat(Clitics.opensWithArticle("الحزب")).isTrue();
    assertThat(Clitics.opensWithArticle("الذي")).isTrue();
    assertThat(Clitics.hasArticle("الذي")).isFalse();
    assertThat(Clitics.opensWithArticle("والحزب")).isFalse();
    assertThat(Clitics.opensWithArticle("للحزب")).isFalse();
  }

  @Test
  void lamOnTheArticleGivesTheArticleBack() {
    assertThat(Clitics.opensWithLamOnArticle("للحزب")).isTrue();
    assertThat(Clitics.opensWithLamOnArticle("لحزب")).isFalse();
    assertThat(Clitics.opensWithLamOnArticle("الحزب")).isFalse();
    assertThat(Clitics.articleForLam("للحزب")).isEqualTo("الحزب");
    assertThat(Clitics.articleForLam("للشعب")).isEqualTo("الشعب");
    assertThat(Clitics.articleForLam("لبنان")).isEqualTo("لبنان");
  }

  @Test
  void analyzedTextFindsTheSentenceOfAnOffset() {
    AnalyzedText t = AnalyzedText.of("جملة أولى. جملة ثانية.", List.of());
    Span second = t.sentenceAt(13);
    assertThat(second.of(t.text())).isEqualTo("جملة ثانية.");
    assertThat(t.tokensIn(second)).extracting(Token::text).containsExactly("جملة", "ثانية", ".");
  }

  @Test
  void theArabicAndTheLatinCommaAreCommasAndNoOtherMarkIs() {
    List<Token> tokens = Tokenizer.tokenize("قال الوزير، وهو غاضب, إن الاتفاق؛ انتهى.");
    assertThat(tokens).filteredOn(Token::isComma).extracting(Token::text).containsExactly("،", ",");
  }
}
