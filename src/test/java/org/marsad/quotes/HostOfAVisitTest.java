package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * An office alone ("وقال وزير الخارجية"، "أكد الرئيس") in a story that names holders of it of two
 * states is the host's, the state of the first person the story names, not the visitor named last;
 * unless a holder is named earlier in the same sentence or the last speaker holds it.
 */
class HostOfAVisitTest {

  @Test
  void aBareOfficeInAVisitStoryIsTheHostsNotTheVisitorNamedLast() {
    List<Quote> quotes = Story.of(
            "أجرى وزير الخارجية كمال العرفاوي مباحثات في العاصمة مع وزير خارجية السنغال سامي الدريدي.",
            "ووقع الجانبان في ختام اللقاء ثلاث اتفاقيات في مجالات الزراعة والنقل.",
            "وقال وزير الخارجية في تصريح للصحفيين إن \"هذه الاتفاقيات تفتح مرحلة جديدة بين بلدينا\".")
        .person("كمال العرفاوي", "Foreign Minister", "TUN", "كمال العرفاوي")
        .person("سامي الدريدي", "Foreign Minister", "SEN", "سامي الدريدي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كمال العرفاوي");
  }

  @Test
  void aHolderOfNoKnownStateNamedLaterDoesNotHideTheHost() {
    List<Quote> quotes = Story.of(
            "أجرى الأمير ناصر بن خالد، وزير الخارجية، مباحثات في العاصمة مع وزير الخارجية الكوري مين سو بارك.",
            "ووقع الجانبان في ختام اللقاء ثلاث اتفاقيات في مجالات الطاقة والنقل.",
            "وأكد وزير الخارجية أن المملكة \"ترى في كوريا شريكا موثوقا\".",
            "وفي وقت لاحق، تلقى وزير الخارجية مكالمة هاتفية من نظيره التركي.")
        .person("ناصر بن خالد", "Foreign Minister", "SAU", "ناصر بن خالد")
        .person("مين سو بارك", "Foreign Minister", "KOR", "مين سو بارك")
        .modelPerson("مكالمة هاتفية", "Foreign Minister", "مكالمة هاتفية").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("ناصر بن خالد");
  }

  @Test
  void aPresidentAloneAfterTheHostReceivedTheVisitorIsTheHost() {
    List<Quote> quotes = Story.of(
            "استقبل الرئيس كمال العرفاوي اليوم في القصر الرئيس سامي الدريدي رئيس جمهورية السنغال.",
            "وقال المتحدث باسم الرئاسة إن الرئيسين عقدا جلسة مباحثات، مشيرا إلى أن الرئيس أكد أن \"بلادنا شريك ثابت للسنغال\".")
        .person("كمال العرفاوي", "President", "TUN", "كمال العرفاوي")
        .person("سامي الدريدي", "President", "SEN", "سامي الدريدي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كمال العرفاوي");
  }

  @Test
  void aHolderNamedEarlierInTheSameSentenceIsStillTheOneMeant() {
    List<Quote> quotes = Story.of(
            "ترأس الرئيس كمال العرفاوي اليوم اجتماعا لمجلس الأمن القومي.",
            "وتلقى رئيس الجمهورية، في وقت لاحق، مكالمة هاتفية من رئيس جمهورية السنغال، السيد سامي الدريدي، قدم خلالها تعازيه، مؤكدا \"وقوف بلاده إلى جانب الشعب الشقيق\".")
        .person("كمال العرفاوي", "President", "TUN", "كمال العرفاوي")
        .person("سامي الدريدي", "President", "SEN", "سامي الدريدي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("سامي الدريدي");
  }

  @Test
  void holdersOfOneStateLeaveTheLastNamed() {
    List<Quote> quotes = Story.of(
            "أعلن وزير الخارجية السابق كمال العرفاوي دعمه لخليفته سامي الدريدي.",
            "وقال وزير الخارجية في أول تصريح له إن \"الدبلوماسية ستبقى في خدمة المواطن\".")
        .person("كمال العرفاوي", "Foreign Minister", "TUN", "كمال العرفاوي")
        .person("سامي الدريدي", "Foreign Minister", "TUN", "سامي الدريدي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("سامي الدريدي");
  }
}
