package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.doc.Layer;
import org.marsad.doc.Timex;
import org.marsad.text.AnalyzedText;

/**
 * Each example: a sentence of our own, the expression the tagger must find in it, and its
 * TIMEX3 value, type and mod, all against an article published on Wednesday 18 October 2023.
 */
class TimexTaggerTest {

  private static final String PUBLISHED = "2023-10-18T09:45Z";
  private final TimexTagger tagger = new TimexTagger();

  private Layer<Timex> tag(String sentence, String published) {
    return tagger.tag(AnalyzedText.of(sentence, List.of()), published);
  }

  private Timex only(String sentence, String published) {
    Layer<Timex> layer = tag(sentence, published);
    assertThat(layer.items()).as("time expressions of: %s", sentence).hasSize(1);
    return layer.items().get(0);
  }

  @ParameterizedTest(name = "{0} -> {1} = {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      وصل الوفد إلى القاهرة في ٣ مارس ٢٠٢٢ لإجراء محادثات          | ٣ مارس ٢٠٢٢                        | 2022-03-03       | DATE | -
      وقعت الحادثة في 5 آب 2019 قرب الحدود                           | 5 آب 2019                          | 2019-08-05       | DATE | -
      نشرت الصحيفة المقال الخميس 7 كانون الثاني 2021 صباحا          | الخميس 7 كانون الثاني 2021         | 2021-01-07       | DATE | -
      تبدأ الدورة في 14 أكتوبر/ تشرين الأول بمشاركة واسعة            | 14 أكتوبر/ تشرين الأول              | 2023-10-14       | DATE | -
      وصلت الشحنة يوم 9 يونيو (حزيران) إلى الميناء                   | 9 يونيو (حزيران)                   | 2023-06-09       | DATE | -
      ارتفعت الأسعار بشدة في مارس 2020 بسبب الجائحة                  | مارس 2020                          | 2020-03          | DATE | -
      انتهى العمل بالاتفاق في ديسمبر/كانون الأول من العام 2019       | ديسمبر/كانون الأول من العام 2019   | 2019-12          | DATE | -
      تأسست الجمعية الخيرية عام 1948 في المدينة                      | عام 1948                           | 1948             | DATE | -
      زار الرئيس بغداد في 2009 للمرة الأولى                          | 2009                               | 2009             | DATE | -
      يعمل المصنع منذ ١٩٩١ دون توقف                                  | ١٩٩١                               | 1991             | DATE | -
      نُشر البيان يوم 18/10/2023 على الموقع                           | 18/10/2023                         | 2023-10-18       | DATE | -
      الأربعاء ١٨ أكتوبر ٢٠٢٣ - ٠٩:٤٥ بتوقيت غرينتش                  | الأربعاء ١٨ أكتوبر ٢٠٢٣ - ٠٩:٤٥ بتوقيت غرينتش | 2023-10-18T09:45 | TIME | -
      08:10 GMT03 فبراير/ شباط 2022                                   | 08:10 GMT03 فبراير/ شباط 2022      | 2022-02-03T08:10 | TIME | -
      انطلقت الرحلة عند الساعة 17:05 GMT من المطار                   | الساعة 17:05 GMT                   | 2023-10-18T17:05 | TIME | -
      تبدأ الجلسة عند ١١:٣٠ بتوقيت غرينتش                             | ١١:٣٠ بتوقيت غرينتش                 | 2023-10-18T11:30 | TIME | -
      أُعلن الاتفاق في ١٥ رمضان ١٤٤٦ هـ بحضور الوفود                  | ١٥ رمضان ١٤٤٦ هـ                    | 2025-03-15       | DATE | -
      صدر القرار في 1 محرم 1445هـ بعد مشاورات                        | 1 محرم 1445هـ                      | 2023-07-19       | DATE | -
      بدأ المشروع عام 1445هـ في المنطقة                              | عام 1445هـ                         | 2024             | DATE | -
      وقال الوزير اليوم إن المحادثات كانت مثمرة                       | اليوم                              | 2023-10-18       | DATE | -
      وصل الوفد أمس إلى العاصمة                                       | أمس                                | 2023-10-17       | DATE | -
      وصل الوفد امس إلى العاصمة                                       | امس                                | 2023-10-17       | DATE | -
      يصل الوفد غدا إلى العاصمة                                       | غدا                                | 2023-10-19       | DATE | -
      التقى الوزيران اليوم الأربعاء في جنيف                          | اليوم الأربعاء                     | 2023-10-18       | DATE | -
      التقى الوزيران امس الثلاثاء في جنيف                             | امس الثلاثاء                       | 2023-10-17       | DATE | -
      عاد السفير مساء أمس إلى بلاده                                  | مساء أمس                           | 2023-10-17TEV    | TIME | -
      نشر الموقع الخبر يوليو 7, 2026 - 4:55 م على صفحته                | يوليو 7, 2026 - 4:55 م              | 2026-07-07T16:55 | TIME | -
      عاد الوفد مساء أمس الأول /الاثنين/ إلى العاصمة                  | مساء أمس الأول /الاثنين            | 2023-10-16TEV    | TIME | -
      أعلن الوزير أمس /الثلاثاء/ خطة جديدة للنقل                       | أمس /الثلاثاء                       | 2023-10-17       | DATE | -
      قصفت الطائرات الليلة الماضية مواقع في الجبل                     | الليلة الماضية                     | 2023-10-17TNI    | TIME | -
      وكان الرئيس قد أعلن بالأمس عن خطة جديدة                         | الأمس                              | 2023-10-17       | DATE | -
      تعقد القمة الأسبوع المقبل في الرياض                             | الأسبوع المقبل                     | 2023-W43         | DATE | -
      عقدت القمة الأسبوع الماضي في الرياض                             | الأسبوع الماضي                     | 2023-W41         | DATE | -
      تراجعت المبيعات الشهر الماضي بنسبة كبيرة                        | الشهر الماضي                       | 2023-09          | DATE | -
      ارتفع الإنتاج خلال العام الجاري بشكل ملحوظ                      | العام الجاري                       | 2023             | DATE | -
      تحسن الاقتصاد في العام الحالي                                   | العام الحالي                       | 2023             | DATE | -
      تجري الانتخابات العام المقبل في موعدها                          | العام المقبل                       | 2024             | DATE | -
      افتتح الجسر في مطلع العام بعد تأخير                             | مطلع العام                         | 2023             | DATE | START
      يفتتح المتحف مطلع العام المقبل                                  | مطلع العام المقبل                  | 2024             | DATE | START
      أقر البرلمان القانون في أواخر العام 2019 بعد جدل                | أواخر العام 2019                   | 2019             | DATE | END
      بدأت أعمال الحفر منتصف عام 2021 في الموقع                       | منتصف عام 2021                     | 2021             | DATE | MID
      يعقد المؤتمر في شهر مايو المقبل في تونس                         | شهر مايو المقبل                    | 2024-05          | DATE | -
      تسلم المنصب في تموز الماضي بعد الانتخابات                        | تموز الماضي                        | 2023-07          | DATE | -
      وقع الاتفاق في ٥ غشت الماضي بالرباط                              | ٥ غشت الماضي                       | 2023-08-05       | DATE | -
      ستجرى الانتخابات في 12 مارس المقبل                              | 12 مارس المقبل                     | 2024-03-12       | DATE | -
      دخل القانون حيز التنفيذ في فاتح يوليوز 2022                        | فاتح يوليوز 2022                   | 2022-07-01       | DATE | -
      وتظاهرت النقابات في فاتح ماي بالدار البيضاء                       | فاتح ماي                           | 2023-05-01       | DATE | -
      تبدأ الزيادة في الأجور غرة يناير المقبل                            | غرة يناير المقبل                   | 2024-01-01       | DATE | -
      افتتح المعرض في 9 تشرين الأول الجاري                             | 9 تشرين الأول الجاري               | 2023-10-09       | DATE | -
      تبدأ المفاوضات في منتصف ديسمبر المقبل                           | منتصف ديسمبر المقبل                | 2023-12          | DATE | MID
      هطلت الأمطار في أواخر يونيو على المنطقة                         | أواخر يونيو                        | 2023-06          | DATE | END
      ستجري الانتخابات في النصف الثاني من يناير                       | النصف الثاني من يناير              | 2024-01          | DATE | SECOND_HALF
      وقع الاتفاق في النصف الأول من آذار عام 2015                    | النصف الأول من آذار عام 2015       | 2015-03          | DATE | FIRST_HALF
      سيعقد الاجتماع في 30 مايو في الدوحة                             | 30 مايو                            | 2024-05-30       | DATE | -
      أعلنت الشركة يوم الأحد عن أرباحها                               | يوم الأحد                          | 2023-10-15       | DATE | -
      سيزور الرئيس القاهرة يوم الأحد                                  | يوم الأحد                          | 2023-10-22       | DATE | -
      يلتقي الفريقان الخميس المقبل في الملعب                          | الخميس المقبل                      | 2023-10-19       | DATE | -
      انتهت المباراة الاثنين الماضي بالتعادل                          | الاثنين الماضي                     | 2023-10-16       | DATE | -
      التقى رئيس الوزراء الرئيس أربع مرات في الأشهر الست الماضية       | الأشهر الست الماضية                | P6M              | DURATION | -
      سجن الصحفي ثلاث سنوات قبل الإفراج عنه                           | ثلاث سنوات                         | P3Y              | DURATION | -
      استمر الحصار خمسة أيام متتالية                                  | خمسة أيام                          | P5D              | DURATION | -
      عاش في المنفى عشرين عاما                                        | عشرين عاما                         | P20Y             | DURATION | -
      درس في الخارج 4 سنوات                                           | 4 سنوات                            | P4Y              | DURATION | -
      توقفت المفاوضات عامين كاملين                                    | عامين                              | P2Y              | DURATION | -
      وقضى السجينان عامين في الزنزانة نفسها                             | عامين                              | P2Y              | DURATION | -
      انقطعت الكهرباء 24 ساعة عن المدينة                              | 24 ساعة                            | PT24H            | DURATION | -
      استغرق البناء نحو ثلاثة أشهر                                    | نحو ثلاثة أشهر                     | P3M              | DURATION | APPROX
      تضاعفت الصادرات في السنوات الخمس الأخيرة                        | السنوات الخمس الأخيرة              | P5Y              | DURATION | -
      بقي السفير في منصبه لمدة عام                                    | عام                                | P1Y              | DURATION | -
      اشتدت موجة الحر في صيف 2021 على الساحل                          | صيف 2021                           | 2021-SU          | DATE | -
      جفت الأنهار في الصيف الماضي                                     | الصيف الماضي                       | 2023-SU          | DATE | -
      انتشرت هذه الموسيقى في الثمانينيات من القرن الماضي              | الثمانينيات من القرن الماضي        | 198              | DATE | -
      كانت المدينة مزدهرة في التسعينيات                               | التسعينيات                         | 199              | DATE | -
      شهد القرن العشرين حربين عالميتين                                | القرن العشرين                      | 19               | DATE | -
      بني القصر في القرن التاسع عشر                                   | القرن التاسع عشر                   | 18               | DATE | -
      يقام المهرجان كل عام في الربيع                                  | كل عام                             | P1Y              | SET | -
      يصدر التقرير سنويا عن الوزارة                                   | سنويا                              | P1Y              | SET | -
      تقام السوق كل يوم جمعة في الساحة                                | كل يوم جمعة                        | XXXX-WXX-5       | SET | -
      قال وزير الزراعة، الثلاثاء، إن الموسم كان جيدا                  | الثلاثاء                           | 2023-10-17       | DATE | -
      وأعلن المتحدث الأحد أن الجسر سيفتتح قريبا                        | الأحد                              | 2023-10-15       | DATE | -
      ويصل الوفد في الثاني من نوفمبر المقبل إلى الرباط                | الثاني من نوفمبر المقبل            | 2023-11-02       | DATE | -
      وقعت المعاهدة في الحادي والعشرين من مارس 1990 في الجزائر        | الحادي والعشرين من مارس 1990       | 1990-03-21       | DATE | -
      ينتظر أن يتعافى النمو في الربع الثالث من العام الجاري             | الربع الثالث من العام الجاري       | 2023-Q3          | DATE | -
      تراجعت الصادرات في الربع الأخير من 2021 بشدة                     | الربع الأخير من 2021               | 2021-Q4          | DATE | -
      The delegates met in Geneva on November 2, 2013 after talks     | November 2, 2013                   | 2013-11-02       | DATE | -
      The talks resume Nov. 2 in Vienna                               | Nov. 2                             | 2023-11-02       | DATE | -
      The treaty was signed in 2013 by both sides                     | 2013                               | 2013             | DATE | -
      Protesters gathered on Saturday, October 21, 2023 in the square | Saturday, October 21, 2023         | 2023-10-21       | DATE | -
      تبدأ الامتحانات في الثاني عشر من الشهر المقبل                  | الثاني عشر من الشهر المقبل         | 2023-11-12       | DATE | -
      صرفت المنحة في الأول من الشهر الجاري للعائلات                   | الأول من الشهر الجاري              | 2023-10-01       | DATE | -
      تنطلق الحملة في الخامس عشر من رمضان بحسب المنظمين              | الخامس عشر من رمضان                | 2024-03-25       | DATE | -
      عاد الحجاج بعد العاشر من ذي الحجة الماضي إلى بلدانهم             | العاشر من ذي الحجة الماضي          | 2023-06-28       | DATE | -
      اندلعت اشتباكات ليل الأحد-الاثنين في أحياء المدينة             | ليل الأحد-الاثنين                  | 2023-10-15TNI    | TIME | -
      وانقطعت الكهرباء ليلة السبت إلى الأحد عن القرى                 | ليلة السبت إلى الأحد               | 2023-10-14TNI    | TIME | -
      انفجرت القنبلة عند الساعة العاشرة والنصف من صباح أمس قرب السوق  | الساعة العاشرة والنصف من صباح أمس  | 2023-10-17T10:30 | TIME | -
      تنطلق المسيرة عند الساعة السادسة مساء الجمعة المقبل             | الساعة السادسة مساء الجمعة المقبل  | 2023-10-20T18:00 | TIME | -
      وصل المسلحون قرابة الساعة الحادية عشرة ليلا يوم الاثنين         | الساعة الحادية عشرة ليلا يوم الاثنين | 2023-10-16T23:00 | TIME | -
      يبدأ حظر التجول من الساعة الثامنة إلا ربعا مساء اليوم           | الساعة الثامنة إلا ربعا مساء اليوم | 2023-10-18T19:45 | TIME | -
      اقتحم الجنود القرية في الساعة الثانية من فجر أمس                | الساعة الثانية من فجر أمس          | 2023-10-17T02:00 | TIME | -
      دوت الانفجارات الساعة الثانية ليلا من يوم الثلاثاء              | الساعة الثانية ليلا من يوم الثلاثاء | 2023-10-17T02:00 | TIME | -
      بدأ الاقتحام عند الخامسة والنصف صباحا بالتوقيت المحلي           | الخامسة والنصف صباحا بالتوقيت المحلي | -              | TIME | -
      يمتد الحظر حتى السادسة صباحا في كل الأحياء                      | السادسة صباحا                      | -                | TIME | -
      انتهت الحملة الانتخابية عند منتصف الليل وفق القانون              | منتصف الليل                        | -                | TIME | -
      قتل ثلاثة مدنيين خلال الـ24 ساعة الماضية في القصف               | 24 ساعة                            | PT24H            | DURATION | -
      اغتال الجيش ناشطا الليلة قبل الماضية في المخيم                 | الليلة قبل الماضية                 | 2023-10-16TNI    | TIME | -
      تعلن النتائج هذه الليلة بعد فرز الأصوات                         | هذه الليلة                         | 2023-10-18TNI    | TIME | -
      تضاعفت الصادرات منذ العام قبل الماضي                            | العام قبل الماضي                   | 2021             | DATE | -
      نابلس 7-5-2026 - اعتقلت القوات ثلاثة شبان                       | 7-5-2026                           | 2026-05-07       | DATE | -
      وأعلنت الوزارة في 2026/5/7 عن الخطة                              | 2026/5/7                           | 2026-05-07       | DATE | -
      كتب المحرر 7-5-2026 - 09:40 من القاهرة                          | 7-5-2026 - 09:40                   | 2026-05-07T09:40 | TIME | -
      وصل الوفد إلى المدينة قبل أسبوع لإجراء محادثات                 | أسبوع                              | P1W              | DURATION | -
      استقال الوزير بعد يوم من الهجوم                                 | يوم                                | P1D              | DURATION | -
      اندلعت الاشتباكات قبل نحو عام في الضاحية                        | نحو عام                            | P1Y              | DURATION | APPROX
      انقطع التيار عن الحي لمدة يوم كامل بعد العاصفة                  | يوم كامل                           | P1D              | DURATION | -
      غادر الموكب المدينة قبل ساعة واحدة من الانفجار                  | ساعة واحدة                         | PT1H             | DURATION | -
      اعتقل الناشط في الـ15 من سبتمبر الماضي بالعاصمة                 | 15 من سبتمبر الماضي                | 2023-09-15       | DATE | -
      غزت القراصنة السواحل في القرن الـ17 مرارا                        | القرن الـ17                        | 16               | DATE | -
      """)
  void findsAndResolves(String sentence, String text, String value, String type, String mod) {
    Timex t = only(sentence, PUBLISHED);
    assertThat(t.text()).isEqualTo(text);
    assertThat(sentence.substring(t.start(), t.end())).isEqualTo(text);
    assertThat(t.value()).isEqualTo(value);
    assertThat(t.type()).isEqualTo(type);
    assertThat(t.mod()).isEqualTo(mod);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقال الوزير اليوم إن المحادثات كانت مثمرة          | اليوم
      وصل الوفد أمس إلى العاصمة                           | أمس
      يعقد المؤتمر في شهر مايو المقبل في تونس             | شهر مايو المقبل
      يفتتح المتحف مطلع العام المقبل                      | مطلع العام المقبل
      يبدأ المعرض في 14 أكتوبر/ تشرين الأول               | 14 أكتوبر/ تشرين الأول
      التقى الوزيران امس الثلاثاء في جنيف                 | امس الثلاثاء
      تبدأ الجلسة عند ١١:٣٠ بتوقيت غرينتش                 | ١١:٣٠ بتوقيت غرينتش
      """)
  void withoutAPublicationDateRelativeExpressionsStayUnresolved(String sentence, String text) {
    Timex t = only(sentence, null);
    assertThat(t.text()).isEqualTo(text);
    assertThat(t.value()).isNull();
  }

  @Test
  void anEnglishWordThatMatchesOnlyByUnicodeCaseIsNoDate() {
    // "ſ" (long s) and the Kelvin sign match s and k without case; the fuzz suite found the NPE
    assertThat(tag("Photo: Auguſt 3, 2026, Tunis", PUBLISHED).items()).noneMatch(t -> "2026-08-03".equals(t.value()));
    assertThat(tag("Photo: \u212Aey talks, Sunday, Auguſt 2026", PUBLISHED).items()).isNotNull();
    assertThat(only("Photo: August 3, 2026, Tunis", PUBLISHED).value()).isEqualTo("2026-08-03");
  }

  @Test
  void aWeekdayThatContradictsThePublicationDateLeavesTheValueEmptyAndWarns() {
    Layer<Timex> layer = tag("وأعلن الوزير اليوم الجمعة أن القمة ستعقد في موعدها", PUBLISHED);
    assertThat(layer.items()).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("اليوم الجمعة");
      assertThat(t.value()).isNull();
    });
    assertThat(layer.warnings()).singleElement().asString()
        .contains("اليوم الجمعة").contains("Friday").contains("Wednesday").contains("2023-10-18");
  }

  @Test
  void aWeekdayThatContradictsItsDateLeavesTheValueEmptyAndWarns() {
    Layer<Timex> layer = tag("وصل الوفد الاثنين 18 أكتوبر 2023 إلى بغداد", PUBLISHED);
    assertThat(layer.items()).singleElement().satisfies(t -> assertThat(t.value()).isNull());
    assertThat(layer.warnings()).singleElement().asString().contains("Monday").contains("Wednesday");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "بلغ حجم التبادل التجاري 2500 مليون دولار",
      "وبلغت قيمة الصفقة في 2019 مليار دولار",
      "سجلت الوزارة في 2015 حالة جديدة",
      "ارتفعت النسبة إلى 2014% وفق التقرير",
      "للاستفسار اتصلوا على الرقم 0096 2014 555",
      "وعقد الاجتماع بصيغة 2+2 بين البلدين",
      "تابعوا قناة روسيا اليوم على الإنترنت",
      "احتفلت البلاد باليوم الوطني في الساحات",
      "مارس الرياضيون التمارين في الملعب",
      "يعد هذا أحد أهم المشاريع في المنطقة",
      "وهو أحد ثلاثة مرشحين للمنصب",
      "وألقى الإمام خطبة الجمعة في المسجد الكبير",
      "وتوافد المصلون لأداء صلاة الجمعة في الساحة",
      "وانتخب المؤتمر كاتبين عامين جديدين للنقابتين",
      "وتولى مديران عامان إدارة الشركتين",
      "وقال إن المزارعين بأمس الحاجة إلى مياه الري",
      "فالمستشفيات في أمس الحاجة إلى الأدوية",
      "وحل الحزب في الثانية بعد الانتخابات",
      "وجاء العداء في الخامسة والأخيرة",
      "ويتزايد الضغط على السكان يوما بعد يوم",
      "وتراجعت الأسعار خلال شهر الصيام",
      "واجتمعت اللجنة قبل شهر رمضان",
      "للاستفسار اتصلوا على الرقم 22-33-4455",
      "وأصيب شاب في العشرينيات برصاصة في الصدر",
      "وقالت الشرطة إن القتيل في الثلاثينيات من عمره",
      "وأفرجت السلطات عن المعتقلين الأحد عشر بعد التحقيق معهم",
  })
  void numbersAndWordsThatAreNotTimeExpressions(String sentence) {
    assertThat(tag(sentence, PUBLISHED).items()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      06:42 GMT14.01.2026 (تم التحديث: 09:10 GMT14.01.2026)  # 06:42 GMT14.01.2026    # 2026-01-14T06:42
      تاريخ النشر: 18.03.2026 | 08:47 GMT                   # 18.03.2026 | 08:47 GMT # 2026-03-18T08:47
      [11/مارس/2026]                                       # 11/مارس/2026           # 2026-03-11
      مارس 11, 2026                                        # مارس 11, 2026          # 2026-03-11
      2026/03/11                                           # 2026/03/11             # 2026-03-11
      10:15 ص، الأربعاء 11 مارس 2026                       # 10:15 ص، الأربعاء 11 مارس 2026 # 2026-03-11T10:15
      نشر في: 12 مارس ,2025: 09:40 م GST                    # 12 مارس ,2025: 09:40 م GST # 2025-03-12T21:40
      تم النشر: 05.07.2026 | 11:20 GMT                      # 05.07.2026 | 11:20 GMT # 2026-07-05T11:20
      الخميس 14/05/2026 - الساعة: 09:35                     # الخميس 14/05/2026 - الساعة: 09:35 # 2026-05-14T09:35
      الاثنين 2026/5/11 الساعة 18:05 (توقيت الرياض)          # الاثنين 2026/5/11 الساعة 18:05 # 2026-05-11T18:05
      12/05/2026 - 09:10 GMT+3                              # 12/05/2026 - 09:10 GMT+3 # 2026-05-12T09:10
      نشرت في 14/02/2026 - 09:05 GMT+1                     # 14/02/2026 - 09:05 GMT+1 # 2026-02-14T09:05
      نشر الخميس، 12 فبراير / شباط 2026؛ 10:30 ص (GMT +0400) # الخميس، 12 فبراير / شباط 2026؛ 10:30 ص # 2026-02-12T10:30
      الأربعاء 1447/9/1 هـ                                  # الأربعاء 1447/9/1 هـ   # 2026-02-18
      1447/9/1هـ                                           # 1447/9/1هـ             # 2026-02-18
      01/09/1447 هـ                                        # 01/09/1447 هـ          # 2026-02-18
      إعداد: قسم الأخبار | سبتمبر 14, 2026 - 11:05 م | رياضة  # سبتمبر 14, 2026 - 11:05 م # 2026-09-14T23:05
      كتبت- ليلى منصور: 08:25 ص الاثنين 5 أكتوبر 2026         # 08:25 ص الاثنين 5 أكتوبر 2026 # 2026-10-05T08:25
      """)
  void aPublicationDateLineIsOneExpression(String line, String text, String value) {
    Timex t = only(line + "\nوقال الوزير إن المحادثات كانت مثمرة", PUBLISHED);
    assertThat(t.text()).isEqualTo(text);
    assertThat(t.value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "وتقاتل حركة \"12 مايو\" المتمردة الجيش في الشمال منذ أشهر",
      "وأصدر ائتلاف 9 أكتوبر بيانا يدعو إلى التظاهر",
      "وشارك أنصار تيار 30 يونيو في الاجتماع",
      "وقال إن لثورة 4 نوفمبر مطالب لم تتحقق",
      "وانطلقت المسيرة من ساحة 3 مارس نحو مقر البلدية",
      "وأغلقت الشرطة شارع 19 يناير أمام حركة السير",
      "ونقل الجرحى إلى مستشفى 11 نوفمبر في المدينة",
  })
  void aDayAndMonthAfterAMovementsNounAreItsName(String sentence) {
    assertThat(tag(sentence, PUBLISHED).items()).isEmpty();
  }

  @Test
  void aDayAndMonthWithTheirYearAfterAMovementsNounStayADate() {
    assertThat(tag("وأعلنت الحركة في 12 مايو 2025 انسحابها من المدينة", PUBLISHED).items())
        .anyMatch(t -> "2025-05-12".equals(t.value()));
    assertThat(tag("وحددت الحركة موعد المؤتمر في 12 مايو", PUBLISHED).items()).as("في between them")
        .anyMatch(t -> t.value() != null && t.value().endsWith("-05-12"));
  }

  @Test
  void aDateLineWhoseClockTimeIsOnTheNextLineIsReadWithoutFailing() {
    // the rules join the date and the time below it across the line break; that once made the
    // date line's zone search start past the line's end and lost the whole article
    Layer<Timex> layer = tag("عنوان الخبر\nالأحد ٢٢ نوفمبر ٢٠٢٦\n١٠:٣٠ بتوقيت مكة\nوقال الوزير إن المحادثات كانت مثمرة", PUBLISHED);
    assertThat(layer.items()).anyMatch(t -> t.value() != null && t.value().startsWith("2026-11-22"));
  }

  @Test
  void aPeriodNamedAgainTakesTheYearMonthOrDayNamedBefore() {
    assertThat(tag("اندلعت الاحتجاجات في ربيع 2019، وفي أكتوبر من ذلك العام استقالت الحكومة", PUBLISHED).items())
        .extracting(t -> t.text() + "=" + t.value()).containsExactly("ربيع 2019=2019-SP", "أكتوبر من ذلك العام=2019-10");
    assertThat(tag("وصل الوفد أمس إلى بغداد، وفي مساء اليوم نفسه التقى الرئيس", PUBLISHED).items())
        .extracting(t -> t.text() + "=" + t.value()).containsExactly("أمس=2023-10-17", "مساء اليوم نفسه=2023-10-17TEV");
    assertThat(tag("انتهت الحرب عام 1988، وفي نفس العام وقعت الهدنة", PUBLISHED).items())
        .extracting(t -> t.text() + "=" + t.value()).containsExactly("عام 1988=1988", "نفس العام=1988");
    assertThat(tag("وفي ذلك الشهر لم يصل أحد", PUBLISHED).items())
        .extracting(t -> t.text() + "=" + t.value()).containsExactly("ذلك الشهر=XXXX-XX");
  }

  @Test
  void theMorningOfTheDayIsAlsoWrittenSubiha() {
    assertThat(tag("وأعلنت الشرطة صبيحة اليوم توقيف ثلاثة أشخاص", PUBLISHED).items())
        .extracting(t -> t.text() + "=" + t.value()).containsExactly("صبيحة اليوم=2023-10-18TMO");
  }

  @Test
  void theFirstDayOfARangeIsADateOfItsOwn() {
    assertThat(tag("زار الوفد تونس من 12 إلى 14 فيفري 2017 في جولة", PUBLISHED).items())
        .extracting(t -> t.text() + "=" + t.value()).containsExactly("12=2017-02-12", "14 فيفري 2017=2017-02-14");
    assertThat(tag("تعقد الجولة بين 3 و5 مايو المقبل في جنيف", PUBLISHED).items())
        .extracting(t -> t.text() + "=" + t.value()).containsExactly("3=2024-05-03", "5 مايو المقبل=2024-05-05");
    assertThat(tag("أقيم المهرجان في الفترة من 26 وحتى 30 أغسطس الماضي", PUBLISHED).items())
        .extracting(t -> t.text() + "=" + t.value()).containsExactly("26=2023-08-26", "30 أغسطس الماضي=2023-08-30");
    assertThat(tag("ارتفع العدد من 30 إلى 2 مايو", PUBLISHED).items())
        .extracting(t -> t.text() + "=" + t.value()).containsExactly("2 مايو=2023-05-02");
  }

  @Test
  void bothYearsOfAPairAreFound() {
    assertThat(tag("ووقع البلدان اتفاقيتي عامي 1929 و1959 لتقاسم المياه", PUBLISHED).items())
        .extracting(t -> t.text() + "=" + t.value()).containsExactly("1929=1929", "1959=1959");
  }

  @Test
  void aCliticBeforeTheExpressionStaysOutOfItsSpan() {
    Timex t = only("وأمس وصل الوفد إلى العاصمة", PUBLISHED);
    assertThat(t.text()).isEqualTo("أمس");
    assertThat(t.start()).isEqualTo(1);
  }

  @Test
  void spansPointIntoTheOriginalTextAcrossDiacriticsAndTatweel() {
    String sentence = "وقَّع الطرفان الاتفاقَ في ٢٤ نوفمـــبر ٢٠١٧ بالعاصمة";
    Timex t = only(sentence, PUBLISHED);
    assertThat(t.text()).isEqualTo("٢٤ نوفمـــبر ٢٠١٧");
    assertThat(sentence.substring(t.start(), t.end())).isEqualTo(t.text());
    assertThat(t.value()).isEqualTo("2017-11-24");
  }

  @Test
  void overlappingExpressionsKeepTheLongestAndAllAreInTextOrder() {
    Layer<Timex> layer = tag("أكد الوزير اليوم الأربعاء أن المحادثات ستستأنف في النصف الثاني من يناير عام 2024"
        + " بعد توقف دام ثلاث سنوات", PUBLISHED);
    assertThat(layer.items()).extracting(Timex::text)
        .containsExactly("اليوم الأربعاء", "النصف الثاني من يناير عام 2024", "ثلاث سنوات");
    assertThat(layer.items()).extracting(Timex::value).containsExactly("2023-10-18", "2024-01", "P3Y");
  }

  @Test
  void infersThePublicationDayFromACaptionDateAndTheNamedWeekday() {
    String article = "Protesters gather in the main square on October 21, 2023\n"
        + "تظاهر الآلاف اليوم السبت في الساحة الرئيسية للمطالبة بالإصلاح.";
    assertThat(tagger.inferPublished(AnalyzedText.of(article, List.of()))).contains("2023-10-21");
  }

  @Test
  void infersNothingWhenTheWeekdayAgreesWithNoDate() {
    String article = "Protesters gather in the main square on October 21, 2023\n"
        + "تظاهر الآلاف اليوم الأحد في الساحة الرئيسية.";
    assertThat(tagger.inferPublished(AnalyzedText.of(article, List.of()))).isEmpty();
  }

  @Test
  void withoutADateTheExpressionsAreResolvedAgainstTheDayInferred() {
    AnalyzedText text = AnalyzedText.of("Protesters gather in the main square on October 21, 2023\n"
        + "تظاهر الآلاف اليوم السبت في الساحة الرئيسية، وتعود المسيرة الأسبوع المقبل.", List.of());
    TimexTagger.Dated dated = tagger.tagAndDate(text, null);
    assertThat(dated.inferred()).contains("2023-10-21");
    assertThat(dated.timexes()).isEqualTo(tagger.tag(text, "2023-10-21"));
  }

  @Test
  void withoutADateAndNoneInferredTheExpressionsStayUnresolved() {
    AnalyzedText text = AnalyzedText.of("تظاهر الآلاف اليوم الأحد في الساحة الرئيسية في 12 مارس.", List.of());
    TimexTagger.Dated dated = tagger.tagAndDate(text, null);
    assertThat(dated.inferred()).isEmpty();
    assertThat(dated.timexes()).isEqualTo(tagger.tag(text, null));
    assertThat(tagger.tagAndDate(text, PUBLISHED).timexes()).isEqualTo(tagger.tag(text, PUBLISHED));
  }
}
