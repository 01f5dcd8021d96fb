package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Layer;
import org.marsad.doc.Mention;
import org.marsad.doc.Quote;
import org.marsad.text.AnalyzedText;

class QuoteExtractorTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "وقال الوزير: \"سنفتح المعبر أمام القوافل غدا\".",
      "وقال الوزير: “سنفتح المعبر أمام القوافل غدا”.",
      "وقال الوزير: «سنفتح المعبر أمام القوافل غدا».",
      "وقال الوزير: 'سنفتح المعبر أمام القوافل غدا'.",
      "وقال الوزير: ‘سنفتح المعبر أمام القوافل غدا’.",
  })
  void findsWordsInEveryQuotationMarkWithTheirOffsets(String sentence) {
    Quote q = Story.of(sentence).direct().get(0);
    assertThat(q.text()).isEqualTo("سنفتح المعبر أمام القوافل غدا");
    assertThat(sentence.substring(q.start(), q.end())).isEqualTo(q.text());
    assertThat(q.cue()).isEqualTo("قال");
  }

  @Test
  void aQuotationLeftOpenEndsWithItsParagraphAndIsReported() {
    Story story = Story.of(
        "وقالت الوزيرة: \"لن نقبل بهذا الحل. وسنواصل الضغط حتى النهاية.",
        "وفي سياق آخر، افتتح المعرض أبوابه.");
    Layer<Quote> layer = story.layer();
    assertThat(layer.items()).extracting(Quote::text)
        .containsExactly("لن نقبل بهذا الحل. وسنواصل الضغط حتى النهاية.");
    assertThat(layer.warnings()).singleElement().asString().contains("not closed");
  }

  @Test
  void aPartialQuotationInsideReportedSpeechIsSpeech() {
    List<Quote> quotes = Story.of(
            "وتحدثت هيلين كلارك عن المفاوضات، مؤكدة أن حكومتها \"مستعدة لبحث كل المقترحات مع الجيران\".")
        .person("Helen Clark", "Prime Minister", "NZL", "هيلين كلارك").direct();
    assertThat(quotes).extracting(Quote::text, Quote::speakerName, Quote::cue)
        .containsExactly(tuple("مستعدة لبحث كل المقترحات مع الجيران", "Helen Clark", "مؤكدة"));
  }

  @Test
  void reportedSpeechWithoutMarksRunsFromTheParticleToTheSentenceEnd() {
    List<Quote> quotes = Story.of("أكد بيدرو سانشيز أن بلاده ستواصل دعم الحوار بين الطرفين. ثم غادر القاعة.")
        .person("Pedro Sanchez", "Prime Minister", "ESP", "بيدرو سانشيز").quotes();
    assertThat(quotes).extracting(Quote::text, Quote::speakerName, Quote::cue, Quote::direct)
        .containsExactly(tuple("بلاده ستواصل دعم الحوار بين الطرفين", "Pedro Sanchez", "أكد", false));
  }

  @Test
  void reportedSpeechEndsWhereAnotherReportingVerbTakesOver() {
    List<Quote> quotes = Story.of(
            "وأوضح جاسيندا أرديرن أن الميناء سيفتح قريبا، مشيرة إلى أن السفن تنتظر في عرض البحر.")
        .person("Jacinda Ardern", "Prime Minister", "NZL", "جاسيندا أرديرن").quotes();
    assertThat(quotes).extracting(Quote::text, Quote::cue)
        .containsExactly(tuple("الميناء سيفتح قريبا", "أوضح"), tuple("السفن تنتظر في عرض البحر", "مشيرة إلى أن"));
    assertThat(quotes).extracting(Quote::speakerName).containsOnly("Jacinda Ardern");
  }

  @Test
  void theSpeakerIsNamedAfterTheVerbOrAfterTheQuotation() {
    List<Quote> quotes = Story.of(
            "وقال أولاف شولتس للصحفيين: \"الطاقة ليست سلاحا في يد أحد\".",
            "\"سنبني محطات جديدة على الساحل الشمالي\"، قال روبرت هابيك.")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس")
        .person("Robert Habeck", "Economy Minister", "DEU", "روبرت هابيك").direct();
    assertThat(quotes).extracting(Quote::speakerName, Quote::cue)
        .containsExactly(tuple("Olaf Scholz", "قال"), tuple("Robert Habeck", "قال"));
    assertThat(quotes.get(1).speaker()).isEqualTo("p:Robert Habeck");
  }

  @Test
  void aNameAloneBeforeAColonSpeaksTheQuotationAfterIt() {
    List<Quote> quotes = Story.of(
            "شي جين بينغ: \"التنمية السلمية خيارنا الثابت\"",
            "وتناولت القمة ملفات التجارة. وجاء في بيان لرابطة آسيان: \"ندعو جميع الأطراف إلى ضبط النفس\".")
        .person("Xi Jinping", "President", "CHN", "شي جين بينغ")
        .organisation("ASEAN", null, "رابطة آسيان").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Xi Jinping", "ASEAN");
  }

  @Test
  void aPaperNamedInQuotationMarksAfterItsDatelineSaysNothing() {
    List<Quote> quotes = Story.of(
            "عمّان: «الخليج»",
            "قال وزير الخارجية الأردني أيمن الصفدي: \"الحل السياسي هو الطريق الوحيد\".")
        .country("Amman", "JOR", "عمّان")
        .person("Ayman Safadi", "Foreign Minister", "JOR", "أيمن الصفدي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Ayman Safadi");
  }

  @Test
  void aNisbaAloneAfterTheVerbIsTheSurnameOfThePersonNamedWithIt() {
    List<Quote> quotes = Story.of(
            "استقبل رئيس الوزراء محمد شياع السوداني وفدا تجاريا ألمانيا في بغداد.",
            "وقال السوداني للصحفيين: \"أبواب العراق مفتوحة أمام الاستثمار\".")
        .person("Mohammed Shia al-Sudani", "Prime Minister", "IRQ", "محمد شياع السوداني")
        .country("Sudan", "SDN", "السوداني").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Mohammed Shia al-Sudani");
  }

  @Test
  void aSpeakerMayStandBeforeTheVerb() {
    List<Quote> quotes = Story.of(
            "وكان رجب طيب أردوغان قد قال إن \"الممر التجاري سيغير وجه المنطقة كلها\".",
            "إيمانويل ماكرون قال: \"أوروبا تحتاج إلى دفاع مشترك\".",
            "وكان الرئيس التركي رجب طيب أردوغان الشهر الماضي قد صرح بأن \"الباب مفتوح أمام الجميع دون شروط\".")
        .person("Recep Tayyip Erdogan", "President", "TUR", "رجب طيب أردوغان")
        .person("Emmanuel Macron", "President", "FRA", "إيمانويل ماكرون")
        .country("Turkey", "TUR", "التركي").direct();
    assertThat(quotes).extracting(Quote::speakerName)
        .containsExactly("Recep Tayyip Erdogan", "Emmanuel Macron", "Recep Tayyip Erdogan");
  }

  @Test
  void wordsPassedOnByAnAgencyBelongToThePersonNamedAfterAn() {
    List<Quote> quotes = Story.of(
            "ونقلت وكالة الأنباء الرسمية عن مارك روته قوله: \"الحلف سيبقى موحدا أمام كل التحديات\".")
        .person("Mark Rutte", "Secretary General", null, "مارك روته").direct();
    assertThat(quotes).extracting(Quote::speakerName, Quote::cue).containsExactly(tuple("Mark Rutte", "نقلت"));
  }

  @Test
  void anOrganisationNamedAfterItsKindSpeaks() {
    List<Quote> quotes = Story.of(
            "وقالت وكالة \"بيرناما\" الرسمية إن \"الانتخابات ستجرى في موعدها رغم الفيضانات\".")
        .organisation("Bernama", "MYS", "بيرناما").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Bernama");
  }

  @Test
  void anOfficeWhoseHolderIsNotNamedSpeaksForItsBody() {
    List<Quote> quotes = Story.of(
            "وقال المتحدث باسم وزارة الصحة الماليزية إن \"المستشفيات استقبلت مئات المصابين منذ الصباح\".")
        .organisation("Malaysian Ministry of Health", "MYS", "وزارة الصحة الماليزية").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Malaysian Ministry of Health");
  }

  @Test
  void anOfficeMayBeFollowedByItsBodyBeforeTheName() {
    List<Quote> quotes = Story.of(
            "وقالت المتحدثة باسم المفوضية الأوروبية أريانا بوديستا إن \"القرار سيصدر خلال أيام\".")
        .person("Arianna Podesta", "Spokesperson", null, "أريانا بوديستا").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Arianna Podesta");
  }

  @Test
  void anOfficeAndItsCountryNameThePersonWhoHoldsIt() {
    List<Quote> quotes = Story.of(
            "استقبل وزير الخارجية البرازيلي ماورو فييرا نظيره التركي هاكان فيدان في العاصمة.",
            "وقال وزير الخارجية التركي: \"علاقاتنا التجارية تنمو كل عام بثبات\".",
            "وذكر الوزير البرازيلي أن الزيارة المقبلة ستكون في أنقرة.")
        .person("Mauro Vieira", "Foreign Minister", "BRA", "ماورو فييرا")
        .person("Hakan Fidan", "Foreign Minister", "TUR", "هاكان فيدان")
        .country("Brazil", "BRA", "البرازيلي")
        .country("Turkey", "TUR", "التركي")
        .quotes();
    assertThat(quotes).extracting(Quote::speakerName, Quote::direct)
        .containsExactly(tuple("Hakan Fidan", true), tuple("Mauro Vieira", false));
  }

  @Test
  void aLongerOfficeBeforeTheNameIsPassedOver() {
    List<Quote> quotes = Story.of(
            "وقال نائب وزير الخارجية الإيطالي إدموندو تشيريلي للصحفيين: \"الوساطة مستمرة بلا توقف\".",
            "وقال السيد ألكسندر شالنبرغ: \"نرحب بكل مبادرة جادة للحوار\".")
        .person("Edmondo Cirielli", "Deputy Foreign Minister", "ITA", "إدموندو تشيريلي")
        .person("Alexander Schallenberg", null, "AUT", "ألكسندر شالنبرغ")
        .country("Italy", "ITA", "الإيطالي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Edmondo Cirielli", "Alexander Schallenberg");
  }

  @Test
  void theSubjectMayFollowAnAdverbialPhrase() {
    List<Quote> quotes = Story.of(
            "والتقى خوسيه مانويل ألباريس رئيس الوزراء.",
            "وقال في تصريحات لإذاعة محلية وزير الخارجية البرتغالي باولو رانغيل إن \"الحدود ستبقى مفتوحة للجميع\".",
            "وأضاف في مؤتمر صحفي مع نظيره الإسباني: \"نعمل معا على خطة مشتركة للمياه\".",
            "وقال خلال لقائه وزير الخارجية الإسباني: \"الربط الكهربائي بين بلدينا أولوية\".")
        .person("José Manuel Albares", "Foreign Minister", "ESP", "خوسيه مانويل ألباريس")
        .person("Paulo Rangel", "Foreign Minister", "PRT", "باولو رانغيل")
        .country("Portugal", "PRT", "البرتغالي")
        .country("Spain", "ESP", "الإسباني").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Paulo Rangel", "Paulo Rangel", "Paulo Rangel");
  }

  @Test
  void anOfficeTheTextGaveBeforeTheNameServesWhenTheEntityHasNoRole() {
    List<Quote> quotes = Story.of(
            "التقى رئيس الوزراء الهندي ناريندرا مودي رجال أعمال في المدينة.",
            "وقال رئيس الوزراء الهندي: \"نرحب بكل المستثمرين في بلادنا دون استثناء\".")
        .person("Narendra Modi", null, null, "ناريندرا مودي")
        .country("India", "IND", "الهندي")
        .direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Narendra Modi");
  }

  @Test
  void aVerbWithoutASubjectContinuesWithTheLastSpeaker() {
    List<Quote> quotes = Story.of(
            "وقال غوستافو بيترو إن الإصلاح الزراعي أولوية، بينما زار الرئيس لويس آرسي المزارع.",
            "وأضاف: \"الأرض لمن يزرعها\".",
            "وتابع قائلا: \"سنوزع القروض على التعاونيات الصغيرة أولا\".",
            "وأشار إلى أنه \"لا عودة إلى الوراء في هذا الملف\".")
        .person("Gustavo Petro", "President", "COL", "غوستافو بيترو")
        .person("Luis Arce", "President", "BOL", "لويس آرسي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Gustavo Petro", "Gustavo Petro", "Gustavo Petro");
    assertThat(quotes).extracting(Quote::cue).containsExactly("أضاف", "تابع", "أشار إلى أنه");
  }

  @Test
  void afterMinJanibihiTheSpeakerIsTheOtherPartyOfTheMeeting() {
    List<Quote> quotes = Story.of(
            "عقد أنتوني ألبانيزي مؤتمرا صحفيا مع نظيره كريستوفر لوكسون في سيدني.",
            "وقال ألبانيزي: \"اتفقنا على توسيع التبادل الطلابي بين جامعاتنا\".",
            "من جانبه، أكد أن \"البلدين يتقاسمان المصالح نفسها في المحيط\".")
        .person("Anthony Albanese", "Prime Minister", "AUS", "أنتوني ألبانيزي", "ألبانيزي")
        .person("Christopher Luxon", "Prime Minister", "NZL", "كريستوفر لوكسون").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Anthony Albanese", "Christopher Luxon");
  }

  @Test
  void afterMinJanibihiAGeneralOfficeIsAnotherHolderThanTheLastSpeaker() {
    List<Quote> quotes = Story.of(
            "اجتمع وزير الخارجية النرويجي إسبن بارث إيدي ووزير الخارجية الفنلندي إلينا فالتونين.",
            "وقال إيدي: \"اتفقنا على تنسيق المواقف في القطب الشمالي\".",
            "من جانبها، قالت الوزيرة: \"سنعقد اجتماعا ثانيا في هلسنكي\".")
        .person("Espen Barth Eide", "Foreign Minister", "NOR", "إسبن بارث إيدي", "إيدي")
        .person("Elina Valtonen", "Foreign Minister", "FIN", "إلينا فالتونين").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Espen Barth Eide", "Elina Valtonen");
  }

  @Test
  void aQuotationOverSeveralParagraphsKeepsItsSpeaker() {
    List<Quote> quotes = Story.of(
            "وقال سيريل رامافوزا: \"نواجه أزمة كهرباء لم نعرف مثلها من قبل.",
            "\"وسنعمل مع القطاع الخاص لإضافة طاقة جديدة إلى الشبكة خلال عامين\".")
        .person("Cyril Ramaphosa", "President", "ZAF", "سيريل رامافوزا").direct();
    assertThat(quotes).hasSize(2);
    assertThat(quotes).extracting(Quote::speakerName).containsOnly("Cyril Ramaphosa");
  }

  @Test
  void aQuotationThatGoesOnWithoutANewMarkKeepsItsSpeakerAndNeedsNoWarning() {
    Layer<Quote> layer = Story.of(
            "وقال لولا دا سيلفا: \"لن نسمح بقطع أشجار الغابة بعد اليوم.",
            "سنضاعف عدد الحراس في كل ولاية\". ثم انتقل إلى ملف آخر.")
        .person("Lula da Silva", "President", "BRA", "لولا دا سيلفا").layer();
    assertThat(layer.items()).filteredOn(Quote::direct).extracting(Quote::text, Quote::speakerName)
        .containsExactly(tuple("لن نسمح بقطع أشجار الغابة بعد اليوم.", "Lula da Silva"),
            tuple("سنضاعف عدد الحراس في كل ولاية", "Lula da Silva"));
    assertThat(layer.warnings()).isEmpty();
  }

  @Test
  void aQuotationInTheParagraphAfterAColonHasTheVerbBeforeIt() {
    List<Quote> quotes = Story.of(
            "وكتبت كلوديا شينباوم على حسابها:",
            "\"المدارس ستفتح أبوابها في موعدها المحدد\"")
        .person("Claudia Sheinbaum", "President", "MEX", "كلوديا شينباوم").direct();
    assertThat(quotes).extracting(Quote::speakerName, Quote::cue).containsExactly(tuple("Claudia Sheinbaum", "كتبت"));
  }

  @Test
  void aQuotationOverParagraphsTakesTheVerbAfterItsLastPart() {
    List<Quote> quotes = Story.of(
            "وتحدث الجانبان عن الحدود.",
            "«سنعيد فتح المعابر كلها قبل نهاية العام.",
            "«ونأمل أن تعود الحركة التجارية إلى سابق عهدها»، قال أنور إبراهيم.")
        .person("Anwar Ibrahim", "Prime Minister", "MYS", "أنور إبراهيم").direct();
    assertThat(quotes).extracting(Quote::speakerName, Quote::cue)
        .containsExactly(tuple("Anwar Ibrahim", "قال"), tuple("Anwar Ibrahim", "قال"));
  }

  @Test
  void aSurnameTheEntityLayerLeftUnmarkedStillNamesTheSpeaker() {
    String text = "التقى بدر عبد العاطي السفراء العرب.\n\nوقال عبد العاطي: \"الحل السياسي هو الطريق الوحيد\".";
    Entity minister = new Entity("p:abdelatty", "Badr Abdelatty", "بدر عبد العاطي", EntityType.PERSON, null, "EGY",
        "Foreign Minister", List.of(new Mention(6, 20, "بدر عبد العاطي")));
    List<Quote> quotes = new QuoteExtractor().extract(AnalyzedText.of(text, List.of()), List.of(minister)).items();
    assertThat(text.substring(6, 20)).isEqualTo("بدر عبد العاطي");
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Badr Abdelatty");
  }

  @Test
  void quotedNamesAndTermsAreNotSpeech() {
    List<Quote> quotes = Story.of(
            "وبحث الجانبان تمديد اتفاقية \"الأجواء المفتوحة\" وعمل مجموعة \"بريكس\" ومكافحة \"التطرف\".",
            "وقالت الوكالة إن المحادثات بصيغة \"3+3\" ستعقد في الربيع، وإن ما يسمى بـ\"الممر الأوسط\" بات جاهزا.",
            "ووصفت الحكومة الجماعة بأنها \"عصابة مسلحة\" بعد الهجوم.",
            "وقال الجيش إنه اعترض السفينة \"نجمة البحر الشمالي الكبرى\" قرب الساحل.",
            "\"حزب الخضر الديمقراطي الجديد\" يتصدر استطلاعات الرأي قبل الانتخابات.",
            "وأكد رئيس الحزب أن \"حزب الخضر\" سيواصل حملته في كل الولايات.",
            "وأضاف ضيف \"منتدى الأحد\" اليوم أن الحملة ستنطلق قريبا.")
        .direct();
    assertThat(quotes).isEmpty();
  }

  @Test
  void theOutletAReporterWorksForIsNotSpeech() {
    List<Quote> quotes = Story.of(
            "وأفرجت الشرطة مساء اليوم عن ثلاثة من الموقوفين بعد التحقيق معهم، بحسب مراسل \"صدى الوادي الأخضر\".",
            "وأكد شهود لموفد \"نبض الجنوب\" أن القصف استمر ساعتين.")
        .direct();
    assertThat(quotes).isEmpty();
  }

  @Test
  void aStateOrAPolicyNamedByItsSloganIsNotSpeech() {
    List<Quote> quotes = Story.of(
            "وحث الوسيط الطرفين على احترام الهدنة التي أنهت سنوات من حالة \"لا استقرار ولا انهيار\" على الحدود.",
            "وأكد الوزير أن بلاده ستواصل سياسة \"الباب المفتوح\" مع جيرانها.")
        .direct();
    assertThat(quotes).isEmpty();
  }

  @Test
  void aQuotedTermInsideAQuotationStaysPartOfIt() {
    List<Quote> quotes = Story.of(
        "وقال الوزير \"ستعقد المحادثات بصيغة \"3+3\" في الربيع المقبل كما اتفقنا\".").direct();
    assertThat(quotes).extracting(Quote::text)
        .containsExactly("ستعقد المحادثات بصيغة \"3+3\" في الربيع المقبل كما اتفقنا");
  }

  @Test
  void wordsAfterTheQuotationMayPointBackToTheSpeaker() {
    List<Quote> quotes = Story.of(
            "وقالت جورجيا ميلوني إن الهجرة ملف أوروبي.",
            "وركز أولاف شولتس على الطاقة، وهي \"مسألة أمن قومي قبل أي شيء آخر\"، على حد تعبيره.",
            "\"الحدود مسؤولية مشتركة لكل دول الاتحاد\"، كما قالت ميلوني.")
        .person("Giorgia Meloni", "Prime Minister", "ITA", "جورجيا ميلوني", "ميلوني")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).extracting(Quote::speakerName, Quote::cue)
        .containsExactly(tuple("Olaf Scholz", "على حد تعبيره"), tuple("Giorgia Meloni", "قالت"));
  }

  @Test
  void aSourceWordWithAPronounAfterTheQuotationPointsBackToTheSpeaker() {
    List<Quote> quotes = Story.of(
            "وانسحب أولاف شولتس من المفاوضات لأسباب عدة، أهمها \"غياب أي التزام جدي من الطرف الآخر\"، وفق تعبيره.",
            "وتمسكت جورجيا ميلوني بخطتها التي \"لا تقبل التأجيل مهما كانت الضغوط\"، حسب تقديرها.")
        .person("Giorgia Meloni", "Prime Minister", "ITA", "جورجيا ميلوني", "ميلوني")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").direct();
    assertThat(quotes).extracting(Quote::speakerName, Quote::cue)
        .containsExactly(tuple("Olaf Scholz", "وفق تعبيره"), tuple("Giorgia Meloni", "حسب تقديرها"));
  }

  @Test
  void aVerbAfterTheRelativeMaWithItsPronounNamesTheSpeakerAfterIt() {
    List<Quote> quotes = Story.of(
            "ويلتقي وزراء البلدين الأسبوع المقبل لإعداد \"خطة مشتركة لتأمين الحدود الجنوبية\"، حسبما أكده أولاف شولتس اليوم.",
            "وستعرض الحكومة \"مشروع قانون جديد للطاقة قبل نهاية الصيف\"، وفق ما أعلنته جورجيا ميلوني في ندوة صحفية.",
            "وهو ما اعتبرته جورجيا ميلوني خطوة مهمة في وقت من المفروض أن يتحرك فيه الجميع.")
        .person("Giorgia Meloni", "Prime Minister", "ITA", "جورجيا ميلوني", "ميلوني")
        .person("Olaf Scholz", "Chancellor", "DEU", "أولاف شولتس").quotes();
    // the verb's words are what was quoted before it: no reported speech follows it
    assertThat(quotes).extracting(Quote::speakerName, Quote::cue)
        .containsExactly(tuple("Olaf Scholz", "أكده"), tuple("Giorgia Meloni", "أعلنته"));
  }

  @Test
  void aQuotationWhoseSpeakerIsToldInWordsNotUnderstoodStaysUnattributed() {
    List<Quote> quotes = Story.of(
            "وقال فلاديمير زيلينسكي إن الهجوم المضاد مستمر.",
            "\"لن نتنازل عن شبر واحد من أرضنا\"، هكذا لخص أحد الجنود مزاج الجبهة.")
        .person("Volodymyr Zelensky", "President", "UKR", "فلاديمير زيلينسكي").direct();
    assertThat(quotes).extracting(Quote::text, Quote::speaker)
        .containsExactly(tuple("لن نتنازل عن شبر واحد من أرضنا", null));
  }

  @Test
  void aFeminineVerbGoesToTheSpeakerWhoFits() {
    List<Quote> quotes = Story.of(
            "وقالت وزيرة الخارجية بيني وونغ إن الحوار مستمر.",
            "وقال وانغ يي إن بكين تدرس الاقتراح.",
            "وأضافت: \"ننتظر ردا مكتوبا قبل نهاية الشهر الجاري\".")
        .person("Penny Wong", "Foreign Minister", "AUS", "بيني وونغ")
        .person("Wang Yi", "Foreign Minister", "CHN", "وانغ يي").direct();
    assertThat(quotes).extracting(Quote::speakerName).containsExactly("Penny Wong");
  }

  @Test
  void aVerbInsideReportedWordsDoesNotTakeTheQuotationFromItsSpeaker() {
    List<Quote> quotes = Story.of(
            "وقال شهباز شريف إن الفيضانات دمرت آلاف القرى وإن الحكومة تعتبر \"إعادة الإعمار أولوية تتقدم على كل شيء\".")
        .person("Shehbaz Sharif", "Prime Minister", "PAK", "شهباز شريف").direct();
    assertThat(quotes).extracting(Quote::speakerName, Quote::cue).containsExactly(tuple("Shehbaz Sharif", "قال"));
  }

  @Test
  void aSubjectThatNamesNoEntityLeavesTheSpeakerOpen() {
    List<Quote> quotes = Story.of(
            "وقال خافيير ميلي إن التضخم يتراجع.",
            "وقالت مصادر مطلعة إن \"الاتفاق مع الدائنين سيوقع خلال أسابيع قليلة\".")
        .person("Javier Milei", "President", "ARG", "خافيير ميلي").direct();
    assertThat(quotes).extracting(Quote::speaker).containsExactly((String) null);
  }

  @Test
  void quotedWordsThatAreAllOneNameAreThatNameNotSpeech() {
    List<Quote> quotes = Story.of(
            "وجرى خلال اللقاء بحث التعاون الثنائي، بحسب ما أفادت وكالة الأنباء الوطنية \"ونا\".",
            "يذكر أن الشاب \"سامي العبيدي\" توفي متأثرا بجروحه.",
            "وقال خافيير ميلي إن \"حزب الأمل سيشارك في الانتخابات المقبلة\".")
        .organisation("National News Agency", null, "وكالة الأنباء الوطنية", "ونا")
        .modelPerson("سامي العبيدي", null, "سامي العبيدي")
        .organisation("Hope Party", null, "حزب الأمل")
        .person("Javier Milei", "President", "ARG", "خافيير ميلي").direct();
    assertThat(quotes).extracting(Quote::text).containsExactly("حزب الأمل سيشارك في الانتخابات المقبلة");
  }
}
