package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/**
 * Speakers the text names but no entity stands for ("قال مسؤول في الوزارة", a name no list
 * knows): their words get no speaker rather than an earlier one's, and a later "وأضاف" goes on
 * with them. Once the entity layer finds them, they speak.
 */
class UnknownSpeakersTest {

  @Test
  void anUnknownSpeakerKeepsThePronounAfterHimFromAnEarlierOne() {
    List<Quote> quotes = Story.of(
            "وقال أولاف شولتس: \"الطاقة ليست سلاحا في يد أحد\".",
            "وقال مسؤول في وزارة الاقتصاد إن \"المخزون يكفي حتى الربيع المقبل\".",
            "وأضاف: \"لا داعي للقلق من نقص الغاز هذا الشتاء\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Olaf Scholz", null, null);
  }

  @Test
  void aNameWithItsOfficeAfterCommasSpeaksOnceTheEntityLayerFindsIt() {
    String[] article = {
        "وقال أولاف شولتس: \"الطاقة ليست سلاحا في يد أحد\".",
        "وقال كريم الصافي، النائب السابق عن حزب العمال، إن الحكومة \"أضاعت عامين كاملين من عمر البلاد\"، مشيرا إلى أن"
            + " \"الناخبين سيحاسبونها في الربيع\".",
        "وأضاف الصافي: \"لن نصوت على الميزانية\"."};
    List<Quote> unknown = Story.of(article).person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(unknown).extracting(Quote::speakerName).containsExactly("Olaf Scholz", null, null, null);

    List<Quote> found = Story.of(article).person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس")
        .person("كريم الصافي", null, null, "كريم الصافي").direct();
    assertThat(found).extracting(Quote::speakerName)
        .containsExactly("Olaf Scholz", "كريم الصافي", "كريم الصافي", "كريم الصافي");
  }

  @Test
  void aNameNoEntityStandsForAfterAnOfficeAndARankSpeaksNotAnotherSpokesman() {
    List<Quote> quotes = Story.of(
            "وقال المتحدث باسم الخارجية الروسية ألكسي فاديف إن \"موسكو لا تقبل أي شروط مسبقة للحوار\".",
            "وحذر المتحدث باسم الجيش السوداني العميد نبيل عبد المنعم الميليشيات من أن \"أي تقدم نحو المدينة"
                + " سيقابل برد قاس\"، مؤكدا أن القوات \"تسيطر على كل الطرق المؤدية إليها\".")
        .person("Alexei Fadeev", "Spokesperson", "RUS", "ألكسي فاديف")
        .organisation("Sudanese Armed Forces", "SDN", "الجيش السوداني").direct();
    assertThat(quotes).extracting(Quote::speakerName)
        .containsExactly("Alexei Fadeev", "نبيل عبد المنعم", "نبيل عبد المنعم");
    assertThat(quotes.get(1).speaker()).isNull(); // no entity stands for him: the name as written only
  }

  @Test
  void twoNamesNoEntityStandsForAreTwoPartiesToTurnTaking() {
    List<Quote> quotes = Story.of(
            "وقال المتحدث باسم الجيش السوداني العميد نبيل عبد المنعم إن \"القوات تتقدم نحو المدينة من ثلاثة محاور\".",
            "في المقابل، قال المتحدث باسم قوات الدعم السريع العميد عثمان عبد الرحيم إن \"الهجوم فشل في ساعاته الأولى\".",
            "من جانبه، شدد على أن \"الجيش لن يتراجع قبل استعادة السيطرة على الطريق\".")
        .organisation("Sudanese Armed Forces", "SDN", "الجيش السوداني")
        .organisation("Rapid Support Forces", "SDN", "قوات الدعم السريع").direct();
    assertThat(quotes).extracting(Quote::speakerName)
        .containsExactly("نبيل عبد المنعم", "عثمان عبد الرحيم", "نبيل عبد المنعم");
  }

  @Test
  void aTheophoricNameNoEntityStandsForAfterAnOfficeSpeaks() {
    List<Quote> quotes = Story.of(
            "وقال المتحدث باسم الخارجية الروسية ألكسي فاديف إن \"موسكو لا تقبل أي شروط مسبقة للحوار\".",
            "في المقابل، قال المتحدث باسم حكومة طالبان فتح الله رحيمي إن \"الحركة لا تأوي"
                + " أي جماعة مسلحة\".")
        .person("Alexei Fadeev", "Spokesperson", "RUS", "ألكسي فاديف")
        .organisation("Taliban", "AFG", "طالبان").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Alexei Fadeev", "فتح الله رحيمي");
  }

  @Test
  void theAllahOfANameTheEntityLayerTookForGodIsTheNamesWordStill() {
    List<Quote> quotes = Story.of(
            "وقال المتحدث باسم الخارجية الروسية ألكسي فاديف إن \"موسكو لا تقبل أي شروط مسبقة للحوار\".",
            "في المقابل، نفى المتحدث باسم حكومة طالبان فتح الله رحيمي الاتهامات، وقال إن \"الحكومة لا تأوي"
                + " أي جماعة مسلحة\".")
        .person("Alexei Fadeev", "Spokesperson", "RUS", "ألكسي فاديف")
        .organisation("Taliban", "AFG", "طالبان").misc("Allah", "الله").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Alexei Fadeev", "فتح الله رحيمي");
  }

  @Test
  void aWordBeforeAllahIsANameOnlyWhenTheListOfSuchNamesHoldsIt() {
    List<Quote> quotes = Story.of(
            "وقال المتحدث باسم الخارجية الروسية ألكسي فاديف إن \"موسكو لا تقبل أي شروط مسبقة للحوار\".",
            "في المقابل، نفى المتحدث باسم حكومة طالبان شكر الله سعيه الاتهامات، وقال إن \"الحكومة لا تأوي"
                + " أي جماعة مسلحة\".")
        .person("Alexei Fadeev", "Spokesperson", "RUS", "ألكسي فاديف")
        .organisation("Taliban", "AFG", "طالبان").misc("Allah", "الله").direct();
    assertThat(quotes).extracting(Quote::speakerName).doesNotContain("شكر الله سعيه");
  }

  @Test
  void aNameNoListKnowsAfterADefiniteOfficeAndBeforeItsParticleSpeaks() {
    List<Quote> quotes = Story.of(
            "وقال أولاف شولتس إن \"الحوار هو الطريق الوحيد\".",
            "وحذر المتحدث باسم الخارجية الفنلندية ماتي كوسكينن من أن بلاده \"لن تقبل بأي تهديد لحدودها الشرقية\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس")
        .organisation("Ministry for Foreign Affairs of Finland", "FIN", "الخارجية الفنلندية").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Olaf Scholz", "ماتي كوسكينن");
  }

  @Test
  void aNameNoListKnowsAfterTheHeadNounOfABodySpeaks() {
    List<Quote> quotes = Story.of(
            "وقال أولاف شولتس إن \"الحوار هو الطريق الوحيد\".",
            "وحذر المتحدث باسم الحكومة الفنلندية ماتي كوسكينن من أن بلاده \"لن تقبل بأي تهديد لحدودها الشرقية\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس")
        .country("Finland", "FIN", "الفنلندية").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Olaf Scholz", "ماتي كوسكينن");
  }

  @Test
  void indefiniteWordsAfterAnOfficeNotClosedLikeANameAreNoName() {
    List<Quote> quotes = Story.of(
            "وقال أولاف شولتس إن \"الحوار هو الطريق الوحيد\".",
            "ودعا المتحدث باسم الخارجية الفنلندية دولا أوروبية إلى \"مراجعة سياساتها تجاه اللاجئين في أسرع وقت\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس")
        .organisation("Ministry for Foreign Affairs of Finland", "FIN", "الخارجية الفنلندية").direct();
    assertThat(quotes).extracting(Quote::speakerName).doesNotContain("دولا أوروبية");
  }

  @Test
  void aGivenNameAloneAfterAnOfficeIsNoName() {
    List<Quote> quotes = Story.of(
            "وقال المتحدث باسم الخارجية الروسية ألكسي فاديف إن \"موسكو لا تقبل أي شروط مسبقة للحوار\".",
            "وأكد المتحدث باسم الجيش السوداني العميد نبيل الحسيني أن \"القوات تسيطر على كل الطرق\".")
        .person("Alexei Fadeev", "Spokesperson", "RUS", "ألكسي فاديف")
        .organisation("Sudanese Armed Forces", "SDN", "الجيش السوداني").direct();
    assertThat(quotes.get(1).speakerName()).isNotEqualTo("Alexei Fadeev");
  }

  @Test
  void aParticipleSpeaksForTheSubjectOfTheVerbOpeningItsSentenceNotForThePersonItNames() {
    List<Quote> quotes = Story.of(
            "استنكر حزب الخضر قرار المستشار أولاف شولتس تمديد عمل المحطات، معتبرا أن القرار \"يناقض كل الوعود"
                + " الانتخابية\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsOnlyNulls();
  }

  @Test
  void aParticipleAfterAVerbWithAnUnknownSubjectHasNoSpeaker() {
    List<Quote> quotes = Story.of(
            "ووصف النائب صالح الهادي، في تصريح لإذاعة محلية، قرار أولاف شولتس بـ\"المتسرع\"، مضيفا أن"
                + " \"البرلمان لم يستشر في أي مرحلة من مراحل المشروع\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsOnlyNulls();
  }

  @Test
  void theHeadOfABodyNoEntityStandsForIsNotThePresident() {
    List<Quote> quotes = Story.of(
            "استقبل الرئيس إيمانويل ماكرون وفدا من النقابات.",
            "وندد رئيس حزب الخضر بموقف الحكومة الذي \"يتجاهل مطالب العمال منذ أشهر طويلة\".")
        .person("Emmanuel Macron", "President", "FRA", "إيمانويل ماكرون").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsOnlyNulls();
  }

  @Test
  void theTopicAfterAmmaWithFaqadSpeaks() {
    List<Quote> quotes = Story.of(
            "والتقى وزير الخارجية الإسباني خوسيه ألباريس نظيره المغربي في الرباط.",
            "أما وزير الخارجية الإسباني، فقد أكد على \"ضرورة العمل المشترك لضبط الحدود البحرية\".")
        .person("José Albares", "Foreign Minister", "ESP", "خوسيه ألباريس")
        .country("Spain", "ESP", "الإسباني").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("José Albares");
  }

  @Test
  void theWritersAsideYudhkaruAnnaSpeaksForNoOneAndLeavesTheLastSpeaker() {
    List<Quote> quotes = Story.of(
            "وقال أولاف شولتس: \"الطاقة ليست سلاحا في يد أحد\".",
            "يذكر أن \"مجلس الطاقة الأوروبي سيجتمع الأسبوع المقبل في بروكسل لبحث الأسعار\".",
            "وأضاف: \"سنبني محطات جديدة على الساحل الشمالي\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Olaf Scholz", null, "Olaf Scholz");
  }

  @Test
  void theSubjectBetweenTheParticleAndItsVerbSpeaks() {
    List<Quote> quotes = Story.of(
            "وذكر بيان للحكومة أن رئيس الوزراء بيدرو سانشيز شدد على أن \"الحوار هو الطريق الوحيد\".")
        .person("Pedro Sanchez", "Prime Minister", "ESP", "بيدرو سانشيز").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Pedro Sanchez");
  }

  @Test
  void aPersonInAppositionToADescriptionSpeaks() {
    List<Quote> quotes = Story.of(
            "وقال نائب رئيس البعثة الأممية السفير كريم الصافي، خلال مؤتمر صحفي، \"الانتخابات ستجري في موعدها\".",
            "واعتبر القيادي المنضم حديثا إلى الحزب، سليم العياري، أن \"المرحلة تتطلب وحدة كل القوى\".")
        .person("كريم الصافي", null, null, "كريم الصافي").person("سليم العياري", null, null, "سليم العياري").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كريم الصافي", "سليم العياري");
  }

  @Test
  void aPersonWhoseOfficeOrCircleTheSubjectBelongsToDoesNotSpeak() {
    List<Quote> quotes = Story.of(
            "وقال مسؤول في إدارة أولاف شولتس إن \"المستشار سيوقع القرار الأسبوع المقبل\".",
            "أما مساعد المستشار الألماني، أولاف شولتس، فقد قال \"نحن أمام مرحلة مجهولة تماما\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").country("Germany", "DEU", "الألماني").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsOnlyNulls();
  }

  @Test
  void aNameNoEntityStandsForAfterATitleIsNotAnotherHolderOfIt() {
    List<Quote> quotes = Story.of(
            "وقال النائب كريم الصافي إن الميزانية لا تستجيب لمطالب الجهات.",
            "من جانبه، صرح النائب سليم العياري بأن الحكومة \"لم تستشر البرلمان في أي مرحلة\".")
        .person("كريم الصافي", null, null, "كريم الصافي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsOnlyNulls();
  }

  @Test
  void aVerbDescribingTheNounBeforeItHasThatNounForSubject() {
    List<Quote> quotes = Story.of(
            "وقال أولاف شولتس إن الحكومة ستراجع القانون.",
            "وجاء ذلك عقب دعوات حذرت من \"انهيار الثقة بين المواطنين ومؤسسات الدولة\".",
            "ومضى يقول \"لن نتراجع عن الإصلاح مهما كانت الضغوط\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly(null, "Olaf Scholz");
  }
}
