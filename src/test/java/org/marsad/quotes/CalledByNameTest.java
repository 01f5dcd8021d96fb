package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * One described after the verb, then named: by "يدعى" ("وقال أحد المتظاهرين، ويدعى فلان،"), or after
 * an office whose body is named between quotation marks ("عضو كتلة «المستقبل» النائب فلان").
 */
class CalledByNameTest {

  @Test
  void theOneNamedAfterYudaSpeaksForTheDescriptionBeforeIt() {
    List<Quote> quotes = Story.of(
            "وقال أحد الصيادين، ويدعى سامي الورفلي، لوكالة الأنباء: \"فقدنا قواربنا كلها في العاصفة\". وتابع: \"لا أحد يعوضنا\".",
            "وقالت معلمة تدعى سلمى الحداد إن \"المدرسة أغلقت أبوابها منذ شهر\".")
        .person("سامي الورفلي", null, null, "سامي الورفلي").person("سلمى الحداد", null, null, "سلمى الحداد").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("سامي الورفلي", "سامي الورفلي", "سلمى الحداد");
  }

  @Test
  void aNameAfterANounWithNoWordGivingItIsNoSubject() {
    List<Quote> quotes = Story.of(
            "وقال مسؤول في إدارة سامي الورفلي إن \"الميناء سيفتح أمام السفن غدا\".")
        .person("سامي الورفلي", null, null, "سامي الورفلي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly((String) null);
  }

  @Test
  void aBodyNamedBetweenMarksCompletesTheOfficeBeforeTheHoldersName() {
    List<Quote> quotes = Story.of(
            "وقال رئيس الحكومة نادر فؤاد حمدان إن \"الميزانية ستعرض على البرلمان الأسبوع المقبل\".",
            "من جهته، اعتبر عضو كتلة «الوفاق» النائب سامي الورفلي أن «الحكومة فشلت في إدارة الأزمة».",
            "وقال المتحدث باسم \"تيار الأمل\" كريم الصافي إن \"التيار لن يشارك في الحكومة المقبلة\".")
        .person("نادر فؤاد حمدان", "Prime Minister", null, "نادر فؤاد حمدان")
        .person("سامي الورفلي", null, null, "سامي الورفلي").person("كريم الصافي", null, null, "كريم الصافي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("نادر فؤاد حمدان", "سامي الورفلي", "كريم الصافي");
  }
}
