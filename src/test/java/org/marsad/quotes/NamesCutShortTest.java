package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * A person only the model found, whose mention it cut short after an office, speaks under the
 * name as the text writes it: the bare words of the name it left out before or after the mention
 * are read back in. Sentences written for the test; the names are invented.
 */
class NamesCutShortTest {

  @Test
  void aGivenNameLeftOutBeforeTheMentionIsReadBackIn() {
    List<Quote> quotes = Story.of(
            "وقالت وزارة المياه في بيان إنها ترفض الاتهامات، وقال المتحدث باسمها تسفايي ولدي إن \"المشروع لا يضر بأحد من الجيران\".")
        .modelPerson("ولدي", null, "ولدي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("تسفايي ولدي");
  }

  @Test
  void aFamilyNameLeftOutAfterTheMentionIsReadBackInWhenTheParticleClosesIt() {
    List<Quote> quotes = Story.of(
            "وقال الناطق باسم بلدية المدينة صلاح الدين عمارة إن \"الطريق ستفتح قريبا أمام السيارات\".")
        .modelPerson("صلاح الدين", "Spokesperson", "صلاح الدين").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("صلاح الدين عمارة");
    assertThat(quotes).extracting(Quote::speaker).containsExactly("p:صلاح الدين"); // still the entity's
  }

  @Test
  void theOfficeAloneNamesAgainTheOneItWasWrittenBeforeThoughWordsStoodBetween() {
    List<Quote> quotes = Story.of(
            "وقال المتحدث باسمها تسفايي ولدي إن \"المشروع لا يضر بأحد من الجيران\".",
            "واتهم المتحدث الجيران بـ\"تسييس ملف فني بحت\" أمام الرأي العام.")
        .modelPerson("ولدي", null, "ولدي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("تسفايي ولدي", "تسفايي ولدي");
  }

  @Test
  void aPlaceNamedByItsNameAfterADefiniteOfficeIsTheVerbsObjectNotTheOfficesCountry() {
    List<Quote> quotes = Story.of(
            "وقال المتحدث باسمها تسفايي ولدي إن \"المشروع لا يضر بأحد من الجيران\".",
            "واتهم المتحدث القاهرة بـ\"تسييس ملف فني بحت\" أمام الرأي العام.")
        .modelPerson("ولدي", null, "ولدي").country("Egypt", "EGY", "القاهرة").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("تسفايي ولدي", "تسفايي ولدي");
  }

  @Test
  void aGivenNameThatIsWrittenLikeAPrepositionIsReadBackIn() {
    List<Quote> quotes = Story.of(
            "واتهم رئيس الوزراء علي الصادق بلحاج، في تصريح للتلفزيون، المعارضة بـ\"تعطيل عمل المؤسسات عمدا\".")
        .modelPerson("الصادق بلحاج", null, "الصادق بلحاج").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("علي الصادق بلحاج");
  }

  @Test
  void theBodyOfTheOfficeIsNoWordOfTheName() {
    List<Quote> quotes = Story.of(
            "وقال المتحدث باسم خارجيتها لي مينغ إن بكين \"تدعو جميع الأطراف إلى الهدوء وضبط النفس\".")
        .modelPerson("لي مينغ", null, "لي مينغ").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("لي مينغ");
  }

  @Test
  void aNounInConstructWithAQuotedNameIsNoWordOfTheName() {
    List<Quote> quotes = Story.of(
            "واعتبر رئيس الحزب كمال الزغلامي ضيف \"المنبر\" اليوم أن \"الحكومة فقدت ثقة الناس في كل الجهات\".")
        .modelPerson("كمال الزغلامي", null, "كمال الزغلامي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كمال الزغلامي");
  }
}
