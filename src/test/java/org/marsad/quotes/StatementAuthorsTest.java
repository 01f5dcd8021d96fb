package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * A verb with "فيه"/"فيها" after it reports what a statement named before it says, and the one
 * who made the statement speaks: a person named after the noun ("تصريحات فلان التي قال فيها"),
 * else the subject of the sentence ("بعث الرئيس فلان برقية جاء فيها:"), never the one it was
 * sent to. An office is read across the kind of the place it governs, "والي ولاية الجزيرة". A
 * pronoun opening a sentence goes on with the subject of the sentence before when no one spoke since.
 */
class StatementAuthorsTest {

  @Test
  void thePersonNamedAfterTheStatementSaidItNotTheOneWhoCriticisesIt() {
    List<Quote> quotes = Story.of(
            "انتقد رئيس الحزب سامي الورتاني التصريحات الأخيرة التي أدلى بها وزير الداخلية، منير القاسمي بخصوص "
                + "المظاهرات، والتي قال فيها \"إن المحتجين تحركهم جهات أجنبية\".",
            "وانتقدت النائبة هالة بن يوسف تصريحات المحلل كمال الرزقي لإذاعة محلية، التي قال فيها إن \"البرلمان "
                + "فقد ثقة الناخبين\".")
        .person("سامي الورتاني", null, null, "سامي الورتاني")
        .person("منير القاسمي", "Interior Minister", null, "منير القاسمي")
        .person("هالة بن يوسف", null, null, "هالة بن يوسف")
        .person("كمال الرزقي", null, null, "كمال الرزقي").direct();
    assertThat(quotes).extracting(Quote::text, Quote::speakerName).containsExactly(
        tuple("إن المحتجين تحركهم جهات أجنبية", "منير القاسمي"), tuple("البرلمان فقد ثقة الناخبين", "كمال الرزقي"));
  }

  @Test
  void aStatementSentToSomeoneIsItsSendersNotTheAddressees() {
    List<Quote> quotes = Story.of(
            "ووجه الوزير منير القاسمي رسالة إلى الرئيس محمد الأمين قال فيها: \"نحن ماضون في الإصلاح مهما كانت العراقيل\".")
        .person("منير القاسمي", "Minister", null, "منير القاسمي")
        .person("محمد الأمين", "President", null, "محمد الأمين").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("منير القاسمي");
  }

  @Test
  void aStatementThatWordsComeFromSpeaksForTheOneWhoSentIt() {
    List<Quote> quotes = Story.of(
            "وقال المتحدث باسم الحكومة نادر فؤاد حمدان إن \"التحقيق سيكشف الحقيقة كاملة\".",
            "وقد بعث رئيس الجمهورية، السيد محمد الأمين، برقية تعزية إلى أسرة الفقيد جاء فيها: «لقد فقد الوطن رجلاً "
                + "من خيرة أبنائه».")
        .person("نادر فؤاد حمدان", null, null, "نادر فؤاد حمدان")
        .person("محمد الأمين", "President", null, "محمد الأمين").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("نادر فؤاد حمدان", "محمد الأمين");
  }

  @Test
  void thePronounAfterTheVerbAgreesWithTheStatementItPointsTo() {
    // "فيه" is the account's, not the tweet's: whoever shared the tweet did not write it
    List<Quote> quotes = Story.of(
            "وأعادت سلمى الحداد نشر تغريدة على صفحتها عن حساب يحمل اسم جمعية الأمل، وجاء فيه: \"نرحب بكل "
                + "المتطوعين في حملتنا\".")
        .person("سلمى الحداد", null, null, "سلمى الحداد").direct();
    assertThat(quotes).extracting(Quote::speakerName).doesNotContain("سلمى الحداد");
  }

  @Test
  void anOfficeIsReadAcrossTheKindOfThePlaceItGoverns() {
    List<Quote> quotes = Story.of(
            "وأوضح والي ولاية الجزيرة، الفريق عوض الكريم حسن، في تصريح للوكالة، أن الأمطار دمرت مئات المنازل.",
            "وقال الوالي: \"هذه كارثة لم نشهد مثلها منذ عقود\".")
        .country("Al Jazirah State", "SDN-GZ", "الجزيرة")
        .modelPerson("عوض الكريم حسن", null, "عوض الكريم حسن").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("عوض الكريم حسن");
  }

  @Test
  void aPronounOpeningASentenceGoesOnWithTheSubjectOfTheSentenceBefore() {
    // the network that spoke first is no entity; the actress named since then speaks
    List<Quote> quotes = Story.of(
            "قالت شبكة تلفزيونية أمس إنها أنهت عقدها مع الممثلة سلمى الحداد بعد الجدل الذي أثارته صورها.",
            "واعتذرت سلمى الحداد في تسجيل مصور نشرته مساء أمس. وقالت: \"ذهبت أبعد مما ينبغي وأطلب العفو من الجميع\".")
        .person("سلمى الحداد", null, null, "سلمى الحداد").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("سلمى الحداد");
  }
}
