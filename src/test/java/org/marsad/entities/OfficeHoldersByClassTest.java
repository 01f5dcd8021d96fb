package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.doc.Entity;
import org.marsad.text.DataFiles;
import org.marsad.text.DataFiles.Row;

/**
 * The knowledge base extended by class: heads of state and government and foreign ministers of
 * Africa, Asia, Latin America and Europe, the heads of regional and UN bodies, and the divisions and
 * towns of the states of the conflict news. Over the standard knowledge base, without the model; the
 * sentences are invented.
 */
class OfficeHoldersByClassTest {

  /**
   * Each office holder is found by a spelling Arabic news uses, with or without long vowels or with
   * another G (a title the name begins with, "أمير", stays outside the mention).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وقال الرئيس النيجيري بولا تينوبو إن قوات الأمن ستلاحق الخاطفين .          | person:bola-tinubu=بولا تينوبو
      واستقبل الرئيس الكيني وليم روتو نظيره في العاصمة .                      | person:william-ruto=وليم روتو
      وأعلن رئيس الوزراء الهايتي أليكس ديدييه فيس-إيميه حالة الطوارئ .          | person:alix-didier-fils-aime=أليكس ديدييه فيس-إيميه
      والتقى وزير الخارجية الأفغاني أمير خان متقي المبعوث الأممي .              | person:amir-khan-muttaqi=خان متقي
      وزار قائد الجيش مين أونج هلاينج المنطقة الحدودية .                      | person:min-aung-hlaing=مين أونج هلاينج
      ودعت رئيسة مولدوفا مايا ساندو إلى إجراء انتخابات مبكرة .                 | person:maia-sandu=مايا ساندو
      ورحب رئيس موزمبيق دانييل تشابو بوصول التعزيزات .                        | person:daniel-chapo=دانييل تشابو
      ودعا الأمين العام لمنظمة التعاون الإسلامي حسين إبراهيم طه إلى التهدئة .   | person:hissein-brahim-taha=حسين إبراهيم طه
      وقالت المديرة التنفيذية لليونيسف كاثرين راسل إن الأطفال يدفعون الثمن .    | person:catherine-russell=كاثرين راسل
      وقال الرئيس الصربي ألكسندر فوتشيتش إن الحوار مستمر .                     | person:aleksandar-vucic=ألكسندر فوتشيتش
      وحذرت مديرة صندوق النقد الدولي كريستالينا جورجيفا من تباطؤ النمو .        | person:kristalina-georgieva=كريستالينا جورجيفا
      وعين رئيس الوزراء الموريتاني المختار ولد اجاي وزيرا جديدا .              | person:mokhtar-ould-djay=المختار ولد اجاي
      وقال وزير الداخلية الباكستاني محسن نقوي إن التحقيق جار .                  | person:mohsin-naqvi=محسن نقوي
      وأعلنت وزيرة الأمن الداخلي الأمريكية كريستي نويم خطة جديدة .             | person:kristi-noem=كريستي نويم
      وزار وزير الداخلية الفرنسي برونو روتايو مدينة مرسيليا .                  | person:bruno-retailleau=برونو روتايو
      واستقبل وزير الداخلية الهندي أميت شاه وفدا من الولاية .                  | person:amit-shah=أميت شاه
      وقال وزير الإعلام الإريتري يماني جبرمسقل إن البلاد لن ترد .               | person:yemane-gebremeskel=يماني جبرمسقل
      وأكد وزير الإعلام الصومالي داود أويس أن الحكومة ستلاحق المسلحين .        | person:daud-aweis=داود أويس
      وتفقد وزير الدفاع اليمني محسن الداعري الوحدات في الجبهة .                 | person:mohsen-al-daeri=محسن الداعري
      واتصل الرئيس اللبناني جوزاف عون بالرئيس الفرنسي .                         | person:joseph-aoun=جوزاف عون
      وطالب المندوب الإسرائيلي لدى الأمم المتحدة داني دانون بجلسة طارئة .       | person:danny-danon=داني دانون
      وألقى مندوب الجزائر عمار بن جامع كلمة أمام مجلس الأمن .                  | person:amar-bendjama=عمار بن جامع
      وقال المتحدث باسم الجيش الإسرائيلي دانيال هاغاري إن العملية مستمرة .     | person:daniel-hagari=دانيال هاغاري
      وأوضح المتحدث باسم البيت الأبيض جون كيربي أن الإدارة تتابع .             | person:john-kirby=جون كيربي
      وقالت وزيرة الخارجية الكولومبية روزا فيلافيسينسيو إن الحوار ممكن .      | person:rosa-villavicencio=روزا فيلافيسينسيو
      ونفت وزيرة الخارجية غابرييلا سومرفلد أي نية للتصعيد .                   | person:gabriela-sommerfeld=غابرييلا سومرفلد
      واتهم المفوض الأوكراني لحقوق الإنسان دميترو لوبينتس روسيا بالمماطلة .    | person:dmytro-lubinets=دميترو لوبينتس
      وعقد وزير الداخلية الأوكراني إيغور كليمينكو مؤتمرا صحفيا .              | person:ihor-klymenko=إيغور كليمينكو
      وأكد المتحدث باسم الحكومة ويلفريد ليندري هونغبيدجي أن الجيش يلاحقهم .    | person:wilfried-leandre-houngbedji=ويلفريد ليندري هونغبيدجي
      وقالت وزيرة الدفاع الإسبانية مارغريتا روبليس إن الفرقاطة أبحرت .          | person:margarita-robles=مارغريتا روبليس
      واستقبل وزير الخارجية القرغيزي جينبيك كولوباييف سفراء الدول المجاورة .   | person:jeenbek-kulubaev=جينبيك كولوباييف
      وأعلن جباروف في خطاب متلفز إغلاق المعابر .                             | person:sadyr-japarov=جباروف
      وقالت وزيرة الخارجية الأيرلندية هيلين ماكينتي إن بلادها ستعترض .        | person:helen-mcentee=هيلين ماكينتي
      وبحث وزير الخارجية البولندي رادوسواف سيكورسكي ملف الطاقة .             | person:radoslaw-sikorski=رادوسواف سيكورسكي
      واستقبل وزير الخارجية الهولندي ديفيد فان فيل نظيره في لاهاي .          | person:david-van-weel=ديفيد فان فيل
      وقالت وزيرة الخارجية الرومانية أوانا تسويو إن الاتفاق وقع .            | person:oana-toiu=أوانا تسويو
      وأكد وزير الخارجية النرويجي إسبن بارث إيدي دعم بلاده للوساطة .        | person:espen-barth-eide=إسبن بارث إيدي
      ونشر وزير الإعلام يماني جبر مسقل بيانا على حسابه .                     | person:yemane-gebremeskel=يماني جبر مسقل
      وتفقد وزير شؤون الدفاع البحريني عبدالله بن حسن النعيمي إحدى القواعد .   | person:abdullah-bin-hassan-al-nuaimi=عبدالله بن حسن النعيمي
      ودعا الأمين العام لمجلس التعاون إلى خفض التوتر في المنطقة .            | org:gcc=مجلس التعاون
      """)
  void officeHoldersAreLinkedByTheirArabicNames(String sentence, String expected) {
    assertThat(KbOnly.mentions(sentence, Entity::id)).contains(expected);
  }

  /** The English name is the usual one (Wikipedia's title), which the output shows. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وقال الرئيس التشادي محمد إدريس ديبي إن الجيش مستعد .            | Mahamat Idriss Déby=محمد إدريس ديبي
      واستقبل السلطان هيثم بن طارق وفدا رسميا .                        | Haitham bin Tarik=هيثم بن طارق
      وقال الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إن الحل سياسي .     | Luiz Inácio Lula da Silva=لويس إيناسيو لولا دا سيلفا
      وقال وزير الخارجية الموريتاني محمد سالم ولد مرزوك إن بلاده تتابع . | Mohamed Salem Ould Merzoug=محمد سالم ولد مرزوك
      """)
  void officeHoldersBearTheirUsualEnglishNames(String sentence, String expected) {
    assertThat(KbOnly.mentions(sentence, Entity::name)).contains(expected);
  }

  /** A bare surname whose skeleton meets an everyday word is not listed: the word stays no person. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وشهدت المدن الكبرى احتجاجات واسعة .       | person:roch-marc-christian-kabore
      ولن نتراجع مهما كانت الضغوط .              | person:john-mahama
      وعقد الاتحاد الأفريقي قمة طارئة .          | person:isaias-afwerki
      واشتكى المزارعون من غياب الدعم القروي .    | gpe:garowe
      وسافر الوفد إلى بيروت صباح اليوم .         | person:prayut-chan-o-cha
      وأصدر القاضي حكمه في الجلسة العاشرة .      | person:frederik-x
      وشاهد الجمهور فيلم الافتتاح مساء أمس .     | person:willem-alexander
      """)
  void everydayWordsMeetNoNewName(String sentence, String id) {
    assertThat(KbOnly.mentions(sentence, Entity::id)).noneMatch(m -> m.startsWith(id + "="));
  }

  /** Divisions and towns; the kind before the name ("ولاية") stays outside the mention. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وخطف مسلحون عشرات المصلين في ولاية زامفارا شمال غربي البلاد .   | gpe:zamfara=زامفارا
      وهاجم مسلحون منشأة نفطية في ولاية دلتا جنوب البلاد .            | gpe:delta-state=دلتا
      وفر آلاف اللاجئين من منغدو نحو الحدود .                         | gpe:maungdaw=منغدو
      واندلعت اشتباكات في جونقلي بين الجيش والمتمردين .               | gpe:jonglei=جونقلي
      وقتل عشرة أشخاص في هجوم على ماكوميا .                          | gpe:macomia=ماكوميا
      وانتشر الجيش في ولاية سينالوا بعد المواجهات .                   | gpe:sinaloa=سينالوا
      وسقطت مسيرة قرب برج باجي مختار على الحدود .                     | gpe:bordj-badji-mokhtar=برج باجي مختار
      وسيطرت العصابات على بلدة أركاهاي شمال العاصمة .                 | gpe:arcahaie=أركاهاي
      وعبر مئات اللاجئين الحدود عند بلدة دولو في إقليم جدو .            | gpe:dolow=دولو
      ونقلت الشاحنات البضائع عبر بلد حاوو نحو الأسواق .               | gpe:beled-hawo=بلد حاوو
      وأعادت السلطات فتح معبر زالامبسا أمام المسافرين .               | gpe:zalambessa=زالامبسا
      ورست السفينة في ميناء الغزوات غرب البلاد .                      | gpe:ghazaouet=الغزوات
      واعتقلت الشرطة مطلوبين في المسيب شمال الحلة .                   | gpe:musayyib=المسيب
      ووصلت التعزيزات إلى مدينة عصب على البحر الأحمر .                | gpe:assab=عصب
      """)
  void divisionsAndTownsAreFound(String sentence, String expected) {
    assertThat(KbOnly.mentions(sentence, Entity::id)).contains(expected);
  }

  /** "مجلس التعاون" alone is the Gulf council; followed by an adjective it is a council of two states or a field. */
  @Test
  void aCooperationCouncilWithItsAdjectiveIsNotTheGulfCouncil() {
    assertThat(KbOnly.mentions("وسيجتمع مجلس التعاون الاقتصادي المشترك بين البلدين في الربيع .", Entity::id))
        .noneMatch(m -> m.startsWith("org:gcc"));
    assertThat(KbOnly.mentions("وشارك وزراء دول مجلس التعاون في الاجتماع .", Entity::id)).contains("org:gcc=مجلس التعاون");
  }

  /** A town whose name is also a word or a person's name is read only after its kind ("مدينة مغنية"), which stays outside the mention. */
  @Test
  void aTownNamedLikeAWordNeedsItsKind() {
    assertThat(KbOnly.mentions("وأحيت مغنية شهيرة حفلا في العاصمة .", Entity::id)).noneMatch(m -> m.startsWith("gpe:maghnia"));
    assertThat(KbOnly.mentions("وأغلقت الطرق المؤدية إلى مدينة مغنية .", Entity::id)).contains("gpe:maghnia=مغنية");
  }

  /** The national police of Algeria and Morocco share one name: the state the article names says which. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وأعلنت المديرية العامة للأمن الوطني توقيف عشرة مهربين في ولاية وهران الجزائرية . | org:algeria-dgsn=المديرية العامة للأمن الوطني
      وأعلنت المديرية العامة للأمن الوطني توقيف عشرة مهربين في مدينة طنجة المغربية .   | org:morocco-dgsn=المديرية العامة للأمن الوطني
      """)
  void aSharedPoliceNameStandsForTheStateNamed(String sentence, String expected) {
    assertThat(KbOnly.mentions(sentence, Entity::id)).contains(expected);
  }

  /** Every person's country is a country of the knowledge base (ISO alpha-3, or Kosovo's XKX). */
  @Test
  void everyPersonsCountryIsACountryOfTheKnowledgeBase() {
    Set<String> codes = new HashSet<>();
    DataFiles.rows("entities/countries.tsv", 3).forEach(r -> codes.add(r.field(0)));
    List<Row> people = DataFiles.rows("entities/people.tsv", 8);
    assertThat(people).allSatisfy(r -> assertThat(codes).as(r.resource() + ":" + r.line()).contains(r.field(3)));
  }
}
