package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * Speakers as the news of attacks, protests and trials names them: a calling in construct with a
 * body ("محامي نادي ..."، "مدرب نادي ...") before the person's name. Sentences written for the test;
 * the names are invented.
 */
class GenreSpeakersTest {

  @Test
  void aCallingInConstructWithABodyBeforeANameIsThatPersonsNotTheBodys() {
    List<Quote> quotes = Story.of(
            "وقال محامي نادي الأسير الفلسطيني كريم الساحلي إن \"موكله تعرض لسوء المعاملة خلال فترة التحقيق\".",
            "وقال مدرب نادي الزمالك المصري جمال الشافعي إن \"الفريق لم يستحق الهزيمة في مباراة الأمس\".")
        .organisation("Palestinian Prisoner's Society", "PSE", "نادي الأسير الفلسطيني")
        .organisation("Zamalek SC", "EGY", "نادي الزمالك")
        .modelPerson("كريم الساحلي", null, "كريم الساحلي")
        .modelPerson("جمال الشافعي", null, "جمال الشافعي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كريم الساحلي", "جمال الشافعي");
  }

  @Test
  void theHeadOfAProvinceOrTownBeforeANameIsThatPerson() {
    List<Quote> quotes = Story.of(
            "وقال محافظ الإسكندرية سامي عبد الفتاح إن \"فرق الإنقاذ انتشلت جميع الضحايا من تحت الأنقاض\".",
            "وقال عمدة المدينة ميشال دوبون إن \"البلدية ستعوض أصحاب المحلات المتضررة خلال أسابيع\".")
        .country("Alexandria", null, "الإسكندرية")
        .modelPerson("سامي عبد الفتاح", null, "سامي عبد الفتاح")
        .modelPerson("ميشال دوبون", null, "ميشال دوبون").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("سامي عبد الفتاح", "ميشال دوبون");
  }

  @Test
  void theObjectOfACallingVerbBeforeItsPrepositionIsNoSpeaker() {
    List<Quote> quotes = Story.of(
            "وقال الوالي كمال الورتاني إن \"الوضع تحت السيطرة في كل الأحياء\"، كما دعا المواطنين إلى \"التزام منازلهم وعدم الخروج إلا للضرورة القصوى\".",
            "وقالت الوزيرة سلمى الزواري إن \"بلادها تتابع الوضع في الجارة الشرقية عن كثب\".",
            "كما دعت جميع الأطراف إلى \"ضبط النفس وتغليب لغة الحوار على لغة السلاح\".")
        .modelPerson("كمال الورتاني", null, "كمال الورتاني")
        .modelPerson("سلمى الزواري", null, "سلمى الزواري").direct();
    assertThat(quotes).extracting(Quote::speakerName)
        .containsExactly("كمال الورتاني", "كمال الورتاني", "سلمى الزواري", "سلمى الزواري");
  }
}
