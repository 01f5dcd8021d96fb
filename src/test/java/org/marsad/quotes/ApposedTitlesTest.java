package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * An office written before a name with words that leave it as it is (a qualifier, the side of a
 * place the entity layer left outside its mention), so that the office alone names him later; a
 * place after a definite office that is the verb's object; a spokesperson's own name after the
 * one he speaks for; أبرز as a reporting verb; نقل with no عن.
 */
class ApposedTitlesTest {

  @Test
  void anOfficeWithAQualifierAndASideBeforeTheNameNamesHimLater() {
    List<Quote> quotes = Story.of(
            "وأعلن محافظ شرق الإقليم بالإنابة، سامي عادل منصور، أن قوات الأمن أوقفت عشرة مشتبه بهم.",
            "وقال المحافظ في مؤتمر صحفي: «لن نتهاون مع من يهدد أمن السكان»، وأضاف: «الطرق ستفتح غدا».")
        .country("Kivu", "COD", "الإقليم").person("سامي عادل منصور", null, null, "سامي عادل منصور").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("سامي عادل منصور", "سامي عادل منصور");
  }

  @Test
  void aFormerHolderIsNotTheOneTheBareOfficeNamesLater() {
    List<Quote> quotes = Story.of(
            "وأعلن المحافظ السابق، سامي عادل منصور، أن قوات الأمن أوقفت عشرة مشتبه بهم.",
            "وقال المحافظ في مؤتمر صحفي: «لن نتهاون مع من يهدد أمن السكان».")
        .person("سامي عادل منصور", null, null, "سامي عادل منصور").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly((String) null);
  }

  @Test
  void aStateAndASideAfterADefiniteOfficeAreTheVerbsObject() {
    List<Quote> quotes = Story.of(
            "وأعلن والي جنوب دارفور المكلف، سامي عادل منصور، أن قوات الأمن أوقفت عشرة مشتبه بهم.",
            "واتهم الوالي دولة شمال السودان بإيواء المسلحين، داعيا إياها إلى \"وقف كل دعم لهم\".")
        .country("Darfur", "SDN", "دارفور").country("Sudan", "SDN", "السودان").person("سامي عادل منصور", null, null, "سامي عادل منصور").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("سامي عادل منصور");
  }

  @Test
  void theNameBetweenCommasAfterTheOneASpokespersonSpeaksForSpeaks() {
    List<Quote> quotes = Story.of(
            "وقال المتحدث باسم الرئيس كريم الصافي، نادر فؤاد حمدان، إن \"الرئاسة لن ترد على الشائعات\".")
        .person("كريم الصافي", null, null, "كريم الصافي").person("نادر فؤاد حمدان", null, null, "نادر فؤاد حمدان")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("نادر فؤاد حمدان");
  }

  @Test
  void abrazaReportsWhereItOpensItsClauseBeforeAn() {
    List<Quote> quotes = Story.of(
            "وقال كريم الصافي إن \"الزيارة تفتح صفحة جديدة\".",
            "من جهته، أبرز نادر فؤاد حمدان أن البلدين \"يتقاسمان رؤية واحدة للمنطقة\".",
            "ويعد الملف من أبرز \"القضايا العالقة\" بين البلدين.")
        .person("كريم الصافي", null, null, "كريم الصافي").person("نادر فؤاد حمدان", null, null, "نادر فؤاد حمدان")
        .quotes();
    assertThat(quotes).filteredOn(q -> q.text().startsWith("يتقاسمان")).extracting(Quote::speakerName)
        .containsExactly("نادر فؤاد حمدان");
    assertThat(quotes).filteredOn(q -> q.text().startsWith("القضايا")).extracting(Quote::speakerName)
        .allMatch(s -> s == null || !s.equals("نادر فؤاد حمدان"));
  }

  @Test
  void naqalaWithNoAnIsItsSubjectSpeakingOn() {
    List<Quote> quotes = Story.of(
            "ونقل نادر فؤاد حمدان رسالة شفوية من رئيس بلاده إلى نظيره، وقال \"إن بلادي تتطلع إلى زيارة قريبة\".",
            "ونقلت وكالة الأنباء الوطنية، التي تديرها الحكومة، عن مصدر أمني قوله إن \"الحدود مغلقة حتى إشعار آخر\".")
        .person("نادر فؤاد حمدان", null, null, "نادر فؤاد حمدان").organisation("National News Agency", null,
            "وكالة الأنباء الوطنية")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("نادر فؤاد حمدان", null);
  }

  @Test
  void baynaAfterAClosingMarkIsThePrepositionNotAVerb() {
    List<Quote> quotes = Story.of(
            "وأشاد نادر فؤاد حمدان بـ\"التنسيق الوثيق\" بين البلدين، قائلا إن \"العلاقات في أفضل حالاتها\".")
        .person("نادر فؤاد حمدان", null, null, "نادر فؤاد حمدان").direct();
    assertThat(quotes).filteredOn(q -> q.text().startsWith("العلاقات")).extracting(Quote::speakerName)
        .containsExactly("نادر فؤاد حمدان");
  }

  @Test
  void oneNameBetweenIttahamaAndItsPrepositionIsTheObject() {
    List<Quote> quotes = Story.of(
            "ووصف نادر فؤاد حمدان الهجوم بأنه \"عمل عدائي متعمد ضد بلادنا\"، واتهم فالدوريا بـ\"إيواء المسلحين على حدودها\".",
            "واتهمت فالدوريا كاستيليا بـ\"خرق الهدنة في ثلاث مناطق حدودية\".")
        .person("نادر فؤاد حمدان", null, null, "نادر فؤاد حمدان").country("Valdoria", "VLD", "فالدوريا")
        .country("Castilia", "CST", "كاستيليا").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("نادر فؤاد حمدان", "نادر فؤاد حمدان", "Valdoria");
  }
}
