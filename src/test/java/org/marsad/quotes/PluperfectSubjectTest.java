package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * A subject named between the auxiliary كان and قد ("وكان الوزير فلان قد رفض ...، معتبراً أن"):
 * the participle after the pluperfect verb speaks for it.
 */
class PluperfectSubjectTest {

  @Test
  void theParticipleAfterAPluperfectVerbSpeaksForItsSubject() {
    List<Quote> quotes = Story.of(
            "ولم يعلق الجانب الآخر على الاتفاق حتى الآن.",
            "وكان وزير الزراعة كريم الصافي قد رفض الأسبوع الماضي خطة التقسيط، معتبراً أن \"الفلاحين لا يحتملون ديونا جديدة\".",
            "غير أن وزير المالية نادر فؤاد حمدان كان قد انتقد الخطة، متهماً الوزارة بـ\"تبديد المال العام\".",
            "ولم يصدر رد رسمي من النقابة، إلا أن رئيسها سليم بن عمر كان قد رفض التسوية في الشهر الماضي، معتبراً أنها \"لا تنصف العمال\".")
        .person("كريم الصافي", "Minister of Agriculture", null, "كريم الصافي")
        .person("نادر فؤاد حمدان", "Finance Minister", null, "نادر فؤاد حمدان")
        .person("سليم بن عمر", null, null, "سليم بن عمر").direct();
    assertThat(quotes).extracting(Quote::text, Quote::speakerName).containsExactly(
        tuple("الفلاحين لا يحتملون ديونا جديدة", "كريم الصافي"), tuple("تبديد المال العام", "نادر فؤاد حمدان"),
        tuple("لا تنصف العمال", "سليم بن عمر"));
  }

  @Test
  void aPluperfectVerbWithNoNamedSubjectGivesNoOneElsesName() {
    List<Quote> quotes = Story.of(
            "وقال كريم الصافي إن \"الخطة ستعرض على البرلمان\".",
            "وكانت النقابات قد رفضت الخطة، معتبرة أن \"الأجور لا تكفي\".")
        .person("كريم الصافي", null, null, "كريم الصافي").direct();
    assertThat(quotes).extracting(Quote::text, Quote::speakerName).containsExactly(
        tuple("الخطة ستعرض على البرلمان", "كريم الصافي"), tuple("الأجور لا تكفي", null));
  }

  @Test
  void anOfficeWithItsDomainAndTheNameBetweenCommasBeforeThePluperfectVerb() {
    List<Quote> quotes = Story.of(
            "وكان وزير العمال المغتربين الإندونيسي، رضا سوهارتو، قد أعلن أمس الأحد وقف إرسال العمال إلى البلاد، "
                + "متهماً السلطات المحلية بـ\"إهمال الشكاوى المتكررة\".")
        .person("رضا سوهارتو", "Minister of Migrant Workers", null, "رضا سوهارتو")
        .countryAdjective("Indonesia", "IDN", "الإندونيسي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("رضا سوهارتو");
  }
}
