package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Quote;

/** Who speaks when a sentence names a new subject before its reporting verb, or an accusing verb leads a quotation. */
class SpeakerRulesTest {

  @Test
  void theSubjectOfTheVerbOpeningTheSentenceSpeaksBeforeTheLastSpeaker() {
    List<Quote> quotes = Story.of(
            "وقال أولاف شولتس: \"الطاقة ليست سلاحا في يد أحد\".",
            "في المقابل، رفض الرئيس الفرنسي إيمانويل ماكرون هذه الحجة، وقال أمام النواب: \"أوروبا تحتاج إلى استقلال كامل في الطاقة\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس")
        .person("Emmanuel Macron", "President", "FRA", "إيمانويل ماكرون").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Olaf Scholz", "Emmanuel Macron");
  }

  @Test
  void aCountryOpeningTheSentenceSpeaksForTheVerbAfterIt() {
    List<Quote> quotes = Story.of(
            "رفضت البرتغال القرار الجديد، واعتبرت أن الخطوة \"تخالف كل الاتفاقات الموقعة بين البلدين منذ عقود\".")
        .country("Portugal", "PRT", "البرتغال").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Portugal");
  }

  @Test
  void anOpeningSubjectWinsOverTheOtherPartyAfterMinJihatihi() {
    List<Quote> quotes = Story.of(
            "والتقى أولاف شولتس نظيره الإسباني بيدرو سانشيز في مدريد.",
            "من جهته، جدد الرئيس الفرنسي إيمانويل ماكرون دعمه للاتفاق، وقال إن \"الاتحاد سيبقى موحدا أمام كل الضغوط\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس")
        .person("Pedro Sanchez", "Prime Minister", "ESP", "بيدرو سانشيز")
        .person("Emmanuel Macron", "President", "FRA", "إيمانويل ماكرون").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Emmanuel Macron");
  }

  @Test
  void aCityAfterAMasculineVerbIsItsObjectNotItsSubject() {
    List<Quote> quotes = Story.of(
            "واستقبل الرئيس الفرنسي إيمانويل ماكرون وفدا من الحكومة اللبنانية في باريس.",
            "وأشاد ماكرون بالإصلاحات الأخيرة، لكنه دعا بيروت إلى \"تسريع التحقيق في انفجار المرفأ\".")
        .person("Emmanuel Macron", "President", "FRA", "إيمانويل ماكرون", "ماكرون")
        .city("Beirut", "LBN", "بيروت").city("Paris", "FRA", "باريس").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Emmanuel Macron");
  }

  @Test
  void aCityAfterAFeminineVerbSpeaks() {
    List<Quote> quotes = Story.of(
            "ودعت بيروت المجتمع الدولي إلى \"تحمل مسؤولياته تجاه اللاجئين\".")
        .city("Beirut", "LBN", "بيروت").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Beirut");
  }

  @Test
  void aPronounCueWithNothingAfterItKeepsTheLastSpeaker() {
    List<Quote> quotes = Story.of(
            "وقال أولاف شولتس: \"الطاقة ليست سلاحا في يد أحد\".",
            "وأضاف: \"سنبني محطات جديدة على الساحل الشمالي\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Olaf Scholz", "Olaf Scholz");
  }

  @Test
  void accusingAndDefendingVerbsAreReportingVerbs() {
    List<Quote> quotes = Story.of(
            "واتهم الرئيس الفرنسي إيمانويل ماكرون الشركات الكبرى بالتقصير، قائلا إن \"الأرباح لا يمكن أن تأتي قبل حياة الناس\".")
        .person("Emmanuel Macron", "President", "FRA", "إيمانويل ماكرون").direct();
    assertThat(quotes).extracting(Quote::speakerName, Quote::cue)
        .containsExactly(tuple("Emmanuel Macron", "قائلا"));
  }

  @Test
  void anOfficeWithALongDomainStillLeadsToItsName() {
    List<Quote> quotes = Story.of(
            "وقالت نائبة وزير الخارجية البرتغالي للشؤون الأوروبية والتعاون الإقليمي آنا سيلفا إن \"الحوار هو الطريق الوحيد إلى الحل\".")
        .person("Ana Silva", "Deputy Foreign Minister", "PRT", "آنا سيلفا").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Ana Silva");
  }

  @Test
  void theTopicAfterAmmaSpeaksNotTheObjectOfItsVerb() {
    List<Quote> quotes = Story.of(
            "وقال المتحدث باسم الحكومة الفرنسية ستيفان سيجورنيه إن الحوار مستمر.",
            "أما المتحدثة باسم الخارجية الفرنسية آن كلير لوجاندر فحذرت مدريد من أن أي خطوة \"ستضر بالعلاقات بين البلدين لسنوات\".")
        .person("Stéphane Séjourné", "Spokesperson", "FRA", "ستيفان سيجورنيه")
        .person("Anne-Claire Legendre", "Spokesperson", "FRA", "آن كلير لوجاندر")
        .organisation("French Ministry of Foreign Affairs", "FRA", "الخارجية الفرنسية")
        .country("Spain", "ESP", "مدريد").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Anne-Claire Legendre");
  }

  @Test
  void anOfficialOfACountryPointsBackToTheLastSpeakerOfThatCountry() {
    List<Quote> quotes = Story.of(
            "وقالت وزيرة الخارجية الإسبانية أرانتشا غونزاليس إن \"الاتفاق خطوة أولى نحو السلام\".",
            "وقال أولاف شولتس إن \"ألمانيا ستدعم الاتفاق بكل الوسائل المتاحة\".",
            "وأضافت المسؤولة الإسبانية أن حكومتها \"لن تقبل بأي شروط مسبقة من أي طرف\".")
        .person("Arancha González", "Foreign Minister", "ESP", "أرانتشا غونزاليس")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس")
        .country("Spain", "ESP", "الإسبانية").direct();
    assertThat(quotes).extracting(Quote::speakerName)
        .containsExactly("Arancha González", "Olaf Scholz", "Arancha González");
  }

  @Test
  void anOfficialOfACountryNoOneOfWhichSpokeIsTheLastPersonOfThatCountryNamed() {
    List<Quote> quotes = Story.of(
            "واستقبلت وزيرة الخارجية الإسبانية أرانتشا غونزاليس في مدريد المستشار الألماني أولاف شولتس أمس.",
            "وقالت المسؤولة الإسبانية إن \"البلدين يتفقان على ضرورة وقف إطلاق النار\".")
        .person("Arancha González", "Foreign Minister", "ESP", "أرانتشا غونزاليس")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس")
        .country("Spain", "ESP", "الإسبانية", "مدريد").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Arancha González");
  }

  @Test
  void anOfficialOfACountryNoOneNamedIsOfIsTheLastPersonWhoseCountryTheTextDoesNotGive() {
    List<Quote> quotes = Story.of(
            "واستقبل في برلين المستشار الألماني أولاف شولتس مدير الشؤون الأوروبية بالخارجية، خوان مارتينيث.",
            "وقال المسؤول الإسباني إن \"البلدين يتفقان على ضرورة وقف إطلاق النار\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس")
        .person("خوان مارتينيث", null, null, "خوان مارتينيث")
        .country("Spain", "ESP", "الإسباني").country("Germany", "DEU", "الألماني", "برلين").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("خوان مارتينيث");
  }

  @Test
  void theGuestOfACountryIsTheVisitorOfThatCountryNamedBefore() {
    List<Quote> quotes = Story.of(
            "واستقبل المستشار الألماني أولاف شولتس في برلين رئيس الوزراء الإسباني بيدرو سانشيز.",
            "وقال شولتس إن \"العلاقات بين البلدين في أفضل حالاتها\".",
            "من جهته، وصف الضيف الإسباني المحادثات بأنها \"صريحة ومثمرة في كل الملفات\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس", "شولتس")
        .person("Pedro Sanchez", "Prime Minister", "ESP", "بيدرو سانشيز")
        .country("Spain", "ESP", "الإسباني").country("Germany", "DEU", "الألماني", "برلين").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Olaf Scholz", "Pedro Sanchez");
  }

  @Test
  void aDescriptionOfACountryAfterMinJihatihiIsOfThatCountryNotTheOtherParty() {
    List<Quote> quotes = Story.of(
            "واستقبلت وزيرة الخارجية الإسبانية أرانتشا غونزاليس نظيرها الألماني هايكو ماس في مدريد.",
            "وقال ماس إن \"ألمانيا تدعم الاتفاق الجديد بكل ما لديها من وسائل\".",
            "من جانبه، قال المسؤول الألماني إن \"برلين لن تتراجع عن التزاماتها تجاه شركائها الأوروبيين\".")
        .person("Arancha González", "Foreign Minister", "ESP", "أرانتشا غونزاليس")
        .person("Heiko Maas", "Foreign Minister", "DEU", "هايكو ماس", "ماس")
        .country("Spain", "ESP", "الإسبانية", "مدريد").country("Germany", "DEU", "الألماني").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Heiko Maas", "Heiko Maas");
  }

  @Test
  void aNamedSubjectBeforeARelativeClauseSpeaksForTheVerbAfterIt() {
    List<Quote> quotes = Story.of(
            "وكان أولاف شولتس، الذي حل ضيفا على برنامج \"حديث الأحد\" على القناة الأولى، صرح بأن \"الطاقة ليست"
                + " سلاحا في يد أحد\"، مضيفا أن \"المحطات الجديدة ستبنى على الساحل الشمالي\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Olaf Scholz", "Olaf Scholz");
  }

  @Test
  void aPlaceOrPhraseOpeningTheSentenceBeforeItsCommaIsNotItsSubject() {
    List<Quote> quotes = Story.of(
            "وقال إيمانويل ماكرون إن الاتفاق قريب.",
            "وفي برلين، رفض أولاف شولتس ما وصفه بـ\"الضغوط الخارجية\"، معتبرا أن \"لكل دولة الحق في اختيار"
                + " شركائها\".")
        .person("Emmanuel Macron", "President", "FRA", "إيمانويل ماكرون")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس")
        .country("Berlin", "DEU", "برلين").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Olaf Scholz");
  }

  @Test
  void aVerbAfterARelativePronounSpeaksForTheOneNamedBeforeIt() {
    List<Quote> quotes = Story.of(
            "وبثت القناة الأولى كلمة أولاف شولتس التي قال فيها \"لن نقبل بأي ابتزاز في ملف الطاقة\".",
            "وهاجم النائب إيمانويل ماكرون الذي قال إن \"أوروبا تحتاج إلى استقلال كامل في الطاقة\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس")
        .person("Emmanuel Macron", "President", "FRA", "إيمانويل ماكرون").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Olaf Scholz", "Emmanuel Macron");
  }

  @Test
  void theVerbalNounAfterAVerbOfHasteningSpeaksForItsSubject() {
    List<Quote> quotes = Story.of(
            "وسارع المستشار أولاف شولتس إلى القول إن النتائج \"مقلقة لكل أوروبا ولا يمكن تجاهلها\".")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).extracting(Quote::speakerName, Quote::cue).containsExactly(tuple("Olaf Scholz", "القول"));
  }

  @Test
  void aRelativeMaAfterASourceWordLeadsToTheVerbAfterTheQuotation() {
    List<Quote> quotes = Story.of(
            "وتندرج الجولة في إطار \"تعزيز الشراكة الاقتصادية مع دول الجوار\"، وفق ما صرح به للصحفيين وزير التجارة"
                + " كمال العرفاوي.")
        .modelPerson("كمال العرفاوي", null, "كمال العرفاوي").direct();
    assertThat(quotes).extracting(Quote::speakerName, Quote::cue).containsExactly(tuple("كمال العرفاوي", "صرح"));
  }

  @Test
  void aDemonstrativePointingBackAtTheWordsLeadsToTheVerbAfterThem() {
    List<Quote> quotes = Story.of(
            "وقال إيمانويل ماكرون إن الاتفاق قريب.",
            "\"لن نقبل بأي ابتزاز في ملف الطاقة\"، بهذه الكلمات علق المستشار الألماني، أولاف شولتس، على التهديدات.")
        .person("Emmanuel Macron", "President", "FRA", "إيمانويل ماكرون")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Olaf Scholz");
  }

  @Test
  void aBodyWithAPrepositionWrittenOnItIsNoSubjectOfTheVerbBeforeIt() {
    List<Quote> quotes = Story.of(
            "وتندرج الجولة في إطار \"تعزيز الشراكة الاقتصادية مع دول الجوار\"، وفق ما صرح به لوكالة الأنباء الرسمية"
                + " وزير التجارة كمال العرفاوي.",
            "وصرح لوكالة الأنباء الرسمية وزير الفلاحة سامي الدريدي بأن الموسم \"سيكون من أفضل المواسم\".")
        .organisation("Official News Agency", "TUN", "وكالة الأنباء الرسمية", "لوكالة الأنباء الرسمية")
        .modelPerson("كمال العرفاوي", null, "كمال العرفاوي").modelPerson("سامي الدريدي", null, "سامي الدريدي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("كمال العرفاوي", "سامي الدريدي");
  }
}
