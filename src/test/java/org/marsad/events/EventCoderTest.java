package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Event;
import org.marsad.doc.Mention;
import org.marsad.doc.Quote;
import org.marsad.doc.Timex;
import org.marsad.ingest.CleanArticle;
import org.marsad.text.AnalyzedText;

/**
 * Invented sentences in, the events coded from them out. Entities are built by hand: each
 * named form is a mention wherever it occurs in the text, after any proclitic (و ف ب ل).
 */
class EventCoderTest {

  private static final EventCoder CODER = new EventCoder();
  private static final String PUBLISHED = "2024-03-10T09:00Z";

  /** An entity of the test article: forms are searched in the text. */
  /** An entity the test names; {@code adjectives}: its forms are nisbas, as the entity layer marks them. */
  record E(String id, EntityType type, String code, String country, boolean adjectives, String... forms) {

    E(String id, EntityType type, String code, String country, String... forms) {
      this(id, type, code, country, false, forms);
    }
  }

  /** A country named by its nisbas in any ending ("عراقيا"، "أمريكيان"), marked adjectives as the entity layer marks them. */
  static E nisbas(String id, String code, String... forms) {
    return new E(id, EntityType.GPE, code, null, true, forms);
  }

  static E country(String id, String code, String... forms) {
    return new E(id, EntityType.GPE, code, null, forms);
  }

  static E city(String id, String country, String... forms) {
    return new E(id, EntityType.GPE, null, country, forms);
  }

  static E person(String id, String country, String... forms) {
    return new E(id, EntityType.PERSON, null, country, forms);
  }

  /** The id prefix of a person the knowledge base does not know ({@link #stranger}). */
  static final String STRANGER = "stranger:";

  /** A person found by name alone, not in the knowledge base and tied to no country. */
  static E stranger(String... forms) {
    return new E(STRANGER + forms[0], EntityType.PERSON, null, null, forms);
  }

  static E org(String id, String country, String... forms) {
    return new E(id, EntityType.ORG, null, country, forms);
  }

  static List<Event> code(String text, List<Timex> timexes, List<Quote> quotes, E... es) {
    return code(CODER, text, timexes, quotes, es);
  }

  /** The events {@code coder} codes in {@code text}, where the entities {@code es} are named. */
  static List<Event> code(EventCoder coder, String text, List<Timex> timexes, List<Quote> quotes, E... es) {
    return code(coder, null, text, timexes, quotes, es);
  }

  /** The events coded in {@code text} of an article whose cleaner found {@code dateline} ("داكار - وكالات"). */
  static List<Event> codeFrom(String dateline, String text, E... es) {
    return code(CODER, dateline, text, List.of(), List.of(), es);
  }

  private static List<Event> code(EventCoder coder, String dateline, String text, List<Timex> timexes,
      List<Quote> quotes, E... es) {
    List<Entity> entities = new ArrayList<>();
    for (E e : es) {
      List<Mention> ms = new ArrayList<>();
      for (String f : e.forms()) {
        for (int i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
          boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1))
              || ("وفبل".indexOf(text.charAt(i - 1)) >= 0 && (i == 1 || !Character.isLetter(text.charAt(i - 2))));
          boolean wordEnd = i + f.length() == text.length() || !Character.isLetter(text.charAt(i + f.length()));
          if (wordStart && wordEnd && !inside(ms, i)) {
            ms.add(new Mention(i, i + f.length(), f, e.adjectives() ? Mention.Form.ADJECTIVE : Mention.Form.NAME));
          }
        }
      }
      entities.add(new Entity(e.id(), e.id(), e.forms()[0], e.type(), e.code(), e.country(), null, ms,
          !e.id().startsWith(STRANGER)));
    }
    AnalyzedText at = AnalyzedText.of(text, List.of());
    CleanArticle article = new CleanArticle("test", null, PUBLISHED, List.of(), dateline, "ar", text, List.of(), List.of());
    return coder.code(at, article, entities, timexes, quotes).items();
  }

  private static boolean inside(List<Mention> ms, int at) {
    return ms.stream().anyMatch(m -> m.start() <= at && at < m.end());
  }

  static List<Event> code(String text, E... es) {
    return code(text, List.of(), List.of(), es);
  }

  static final E EGYPT = country("Egypt", "EGY", "مصر", "المصرية", "المصري");
  static final E JORDAN = country("Jordan", "JOR", "الأردن");

  @Nested
  class EachType {

    @Test
    void agree() {
      assertThat(code("اتفقت مصر والأردن على خطة مشتركة لإدارة المياه.", EGYPT, JORDAN))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("EGY", "AGREE", "JOR"));
    }

    @Test
    void consultWithSubjectTitleAndObjectCounterpart() {
      List<Event> events = code("والتقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني في أنقرة.",
          country("Turkey", "TUR", "التركي"), person("Hakan Fidan", "TUR", "هاكان فيدان"),
          country("Iran", "IRN", "الإيراني"), city("Ankara", "TUR", "أنقرة"));
      assertThat(events).extracting(e -> e.actor().code(), Event::type, e -> e.target().code(), Event::place,
          Event::trigger).containsExactly(tuple("TUR", "CONSULT", "IRN", "Ankara", "والتقى"));
      assertThat(events.get(0).actor().entity()).isEqualTo("Hakan Fidan");
    }

    @Test
    void supportBySubjectBeforeTheVerb() {
      assertThat(code("وأكد الرئيس الفرنسي أن فرنسا تؤيد مبادرة المغرب للحكم الذاتي.",
          country("France", "FRA", "فرنسا", "الفرنسي"), country("Morocco", "MAR", "المغرب")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("FRA", "SUPPORT", "MAR"));
    }

    @Test
    void concedeWithItsPreposition() {
      assertThat(code("وأفرجت إسرائيل عن أسرى فلسطينيين بموجب الاتفاق.",
          country("Israel", "ISR", "إسرائيل"), country("Palestine", "PSE", "فلسطينيين")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("ISR", "CONCEDE", "PSE"));
    }

    @Test
    void cooperateBetweenTwoSubjects() {
      assertThat(code("وتتعاون اليونان وقبرص في مجال الطاقة.",
          country("Greece", "GRC", "اليونان"), country("Cyprus", "CYP", "قبرص")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("GRC", "COOPERATE", "CYP"));
    }

    @Test
    void aidGivenIsOneEventNotTwo() {
      assertThat(code("وقدمت اليابان مساعدات إنسانية إلى السودان.",
          country("Japan", "JPN", "اليابان"), country("Sudan", "SDN", "السودان")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("JPN", "AID", "SDN"));
    }

    @Test
    void retreatOfAnAmbassador() {
      assertThat(code("وسحبت هولندا سفيرها من إيران.",
          country("Netherlands", "NLD", "هولندا"), country("Iran", "IRN", "إيران")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("NLD", "RETREAT", "IRN"));
    }

    @Test
    void request() {
      assertThat(code("وطالبت الصين الولايات المتحدة بوقف بيع الأسلحة.",
          country("China", "CHN", "الصين"), country("United States", "USA", "الولايات المتحدة")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("CHN", "REQUEST", "USA"));
    }

    @Test
    void accuseAndNotWhatItAccusesOf() {
      assertThat(code("واتهمت إيران الولايات المتحدة بدعم الجماعات المسلحة.",
          country("Iran", "IRN", "إيران"), country("United States", "USA", "الولايات المتحدة")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("IRN", "ACCUSE", "USA"));
    }

    @Test
    void rejectByACapitalAgainstAnAdjective() {
      assertThat(code("وقال المتحدث باسم الخارجية الصينية إن بكين ترفض الاتهامات الأمريكية.",
          country("China", "CHN", "الصينية"), city("Beijing", "CHN", "بكين"),
          country("United States", "USA", "الأمريكية")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("CHN", "REJECT", "USA"));
    }

    @Test
    void threaten() {
      assertThat(code("وهددت كوريا الشمالية اليابان برد حازم.",
          country("North Korea", "PRK", "كوريا الشمالية"), country("Japan", "JPN", "اليابان")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("PRK", "THREATEN", "JPN"));
    }

    @Test
    void warnNeedsItsPreposition() {
      assertThat(code("وحذرت روسيا فنلندا من الانضمام إلى الحلف.",
          country("Russia", "RUS", "روسيا"), country("Finland", "FIN", "فنلندا")))
          .extracting(Event::type).containsExactly("THREATEN");
      assertThat(code("وتابعت روسيا بحذر تصريحات فنلندا.",
          country("Russia", "RUS", "روسيا"), country("Finland", "FIN", "فنلندا"))).isEmpty();
    }

    @Test
    void protestOfACrowd() {
      assertThat(code("وتظاهر آلاف الأتراك أمام السفارة السويدية.",
          country("Turkey", "TUR", "الأتراك"), country("Sweden", "SWE", "السويدية")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("TUR", "PROTEST", "SWE"));
    }

    @Test
    void sanction() {
      assertThat(code("وفرضت بريطانيا عقوبات جديدة على بيلاروسيا.",
          country("United Kingdom", "GBR", "بريطانيا"), country("Belarus", "BLR", "بيلاروسيا")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("GBR", "SANCTION", "BLR"));
    }

    @Test
    void mobilize() {
      assertThat(code("وحشدت أذربيجان قواتها على الحدود مع أرمينيا.",
          country("Azerbaijan", "AZE", "أذربيجان"), country("Armenia", "ARM", "أرمينيا")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("AZE", "MOBILIZE", "ARM"));
    }

    @Test
    void coerceByTheAuthoritiesOfACountry() {
      assertThat(code("واعتقلت السلطات الإيرانية صحفيا فرنسيا.",
          country("Iran", "IRN", "الإيرانية"), country("France", "FRA", "فرنسيا")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("IRN", "COERCE", "FRA"));
    }

    @Test
    void assaultOnAnOrganisationOfACountry() {
      assertThat(code("وقصفت إسرائيل مواقع لحزب الله في جنوب لبنان.",
          country("Israel", "ISR", "إسرائيل"), org("Hezbollah", "LBN", "حزب الله"),
          country("Lebanon", "LBN", "لبنان")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("ISR", "ASSAULT", "LBN"));
    }
  }

  @Nested
  class Modes {

    @Test
    void assertedTakesThePublicationDay() {
      Event e = code("اتفقت مصر والأردن على خطة مشتركة.", EGYPT, JORDAN).get(0);
      assertThat(e.mode()).isEqualTo("asserted");
      assertThat(e.date()).isEqualTo("2024-03-10");
    }

    @Test
    void plannedByTheFuturePrefixHasNoDateOfItsOwn() {
      Event e = code("وسيزور الرئيس الصيني موسكو الشهر المقبل.",
          country("China", "CHN", "الصيني"), city("Moscow", "RUS", "موسكو")).get(0);
      assertThat(e.type()).isEqualTo("CONSULT");
      assertThat(e.mode()).isEqualTo("planned");
      assertThat(e.date()).isNull();
    }

    @Test
    void plannedByAPlanWord() {
      assertThat(code("ومن المقرر أن يلتقي وزير الخارجية المصري نظيره الأردني.",
          country("Egypt", "EGY", "المصري"), country("Jordan", "JOR", "الأردني")))
          .extracting(Event::mode).containsExactly("planned");
    }

    @Test
    void negated() {
      List<Event> events = code("وأكد وزير الخارجية الهندي أن بلاده لن تتعاون مع باكستان.",
          country("India", "IND", "الهندي"), country("Pakistan", "PAK", "باكستان"));
      assertThat(events).extracting(e -> e.actor().code(), Event::type, e -> e.target().code(), Event::mode)
          .containsExactly(tuple("IND", "COOPERATE", "PAK", "negated"));
    }

    @Test
    void theOwnCountryIsNotAPlaceAfterAPreposition() {
      // the minister arrived in Jordan: "بلاده" is Egypt, named by his office's adjective, not Jordan
      List<Event> events = code("وقال وزير الخارجية المصري لدى وصوله إلى الأردن إن بلاده ستفرض عقوبات على إسرائيل.",
          EGYPT, JORDAN, country("Israel", "ISR", "إسرائيل"));
      assertThat(events).extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("EGY", "SANCTION", "ISR"));
    }

    @Test
    void hypothetical() {
      List<Event> events = code("وقال الرئيس الأمريكي جو بايدن إن بلاده ستفرض عقوبات على فنزويلا إذا لم تلتزم بالاتفاق.",
          country("United States", "USA", "الأمريكي"), person("Joe Biden", "USA", "جو بايدن"),
          country("Venezuela", "VEN", "فنزويلا"));
      assertThat(events).extracting(e -> e.actor().code(), Event::type, e -> e.target().code(), Event::mode)
          .containsExactly(tuple("USA", "SANCTION", "VEN", "hypothetical"));
    }

    @Test
    void theDateIsTheSentencesTimeExpression() {
      String text = "والتقى أمير قطر الرئيس الفرنسي في باريس يوم 5 مارس.";
      int at = text.indexOf("5 مارس");
      List<Event> events = code(text, List.of(new Timex(at, at + 6, "5 مارس", "2024-03-05", "DATE", null)), List.of(),
          country("Qatar", "QAT", "قطر"), country("France", "FRA", "الفرنسي"), city("Paris", "FRA", "باريس"));
      assertThat(events).extracting(e -> e.actor().code(), Event::type, e -> e.target().code(), Event::date,
          Event::mode).containsExactly(tuple("QAT", "CONSULT", "FRA", "2024-03-05", "asserted"));
    }
  }

  @Nested
  class Roles {

    @Test
    void aFirstPersonVerbInAQuotationIsTheSpeakers() {
      String text = "وقال لافروف: \"نرفض الاتهامات البريطانية\".";
      int q = text.indexOf("نرفض");
      Quote quote = new Quote(q, text.indexOf("\"", q), "نرفض الاتهامات البريطانية", "Sergey Lavrov",
          "Sergey Lavrov", "قال", true);
      assertThat(code(text, List.of(), List.of(quote), person("Sergey Lavrov", "RUS", "لافروف"),
          country("United Kingdom", "GBR", "البريطانية")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("RUS", "REJECT", "GBR"));
    }

    @Test
    void bothCountriesAreTheTwoTheArticleIsAbout() {
      List<Event> events = code("زار وزير الخارجية المصري الأردن أمس. وقال الوزير المصري إن البلدين اتفقا على "
          + "توسيع التعاون في قطاع الطاقة مع الأردن.", EGYPT, JORDAN);
      assertThat(events).extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .contains(tuple("EGY", "CONSULT", "JOR"), tuple("EGY", "AGREE", "JOR"));
      // the cooperation to be expanded is what they agreed on, no act of cooperation (furthered, grammar.tsv)
    }

    @Test
    void theSameCountryOnBothSidesIsNoEvent() {
      assertThat(code("وأشادت الحكومة المصرية بدور الجيش المصري.", EGYPT)).isEmpty();
    }

    @Test
    void anEventThatIsOnlyCalledForIsNotCoded() {
      assertThat(code("وشدد الوزير التركي على ضرورة الحوار بين أرمينيا وأذربيجان.",
          country("Turkey", "TUR", "التركي"), country("Armenia", "ARM", "أرمينيا"),
          country("Azerbaijan", "AZE", "أذربيجان"))).isEmpty();
    }

    @Test
    void whatIsCondemnedIsNotCodedOnItsOwnEvenAcrossATimeBetweenCommas() {
      assertThat(code("أدانت وزارة الخارجية الإيرانية، اليوم الأحد، الغارات الإسرائيلية على سوريا.",
          country("Iran", "IRN", "الإيرانية"), country("Israel", "ISR", "الإسرائيلية"), country("Syria", "SYR", "سوريا")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("IRN", "ACCUSE", "ISR"));
    }

    @Test
    void aSentenceWithoutSubjectGoesOnWithThePreviousSentencesPerson() {
      assertThat(code("واستقبل الرئيس اللبناني جوزيف عون السفير الفرنسي. وأشاد بمواقف فرنسا الداعمة للبنان.",
          country("Lebanon", "LBN", "اللبناني", "لبنان"), person("Joseph Aoun", "LBN", "جوزيف عون"),
          country("France", "FRA", "الفرنسي", "فرنسا")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("LBN", "CONSULT", "FRA"), tuple("LBN", "SUPPORT", "FRA"));
    }

    @Test
    void aVerbWithASubjectThatNamesNoPartyHasNoActor() {
      assertThat(code("وقال الوزير المصري إن هذا الخلاف لن يهدد العلاقات مع الأردن.", EGYPT,
          country("Jordan", "JOR", "الأردن"))).isEmpty();
    }

    @Test
    void aThreatToARelationBetweenTwoIsNotBetweenThem() {
      assertThat(code("وقال إن الخلاف لن يهدد العلاقات بين مصر والأردن.", EGYPT, JORDAN)).isEmpty();
    }

    @Test
    void oneEventPerSentenceTypeActorAndTarget() {
      List<Event> events = code("والتقى الرئيس المصري العاهل الأردني، وبحث معه العلاقات، ثم التقى الأردن "
          + "ومصر مجددا.", EGYPT, country("Jordan", "JOR", "الأردني", "الأردن"));
      assertThat(events).extracting(Event::type).containsOnly("CONSULT");
      assertThat(events).hasSize(1);
      assertThat(events.get(0).start()).isZero();
    }
  }

  /** Giving (AID) and backing (SUPPORT): what is given, by whom named how, and to whom. */
  @Nested
  class GivingAndBacking {

    private static final E CANADA = country("Canada", "CAN", "كندا");
    private static final E IRAQ = nisbas("Iraq", "IRQ", "العراقي", "العراق");

    @Test
    void backingGivenOrInKindIsAidNotSupport() {
      assertThat(code("وتعهدت كندا بتقديم دعم إضافي لمصر بقيمة 20 مليون دولار.", CANADA, EGYPT))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("CAN", "AID", "EGY"));
      assertThat(code("وقدمت كندا دعما عسكريا لمصر.", CANADA, EGYPT))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("CAN", "AID", "EGY"));
    }

    @Test
    void backingAloneStaysSupport() {
      assertThat(code("وجدد الملك دعم كندا الكامل لمصر.", CANADA, EGYPT))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("CAN", "SUPPORT", "EGY"));
    }

    @Test
    void aNisbaAfterTheLOfTheRecipientIsWhoReceives() {
      assertThat(code("وأعلنت كندا تقديم مساعدات للجيش العراقي.", CANADA, IRAQ))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("CAN", "AID", "IRQ"));
    }

    @Test
    void armsSuppliedOrHandedOverByACapitalOrHisCountry() {
      assertThat(code("وقال المتحدث إن مدريد ستزود بغداد بمعدات للرصد الجوي.", city("Madrid", "ESP", "مدريد"),
          city("Baghdad", "IRQ", "بغداد")))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("ESP", "AID", "IRQ"));
      assertThat(code("وأعلن وزير الدفاع الكندي أن بلاده ستسلم العراق منظومات دفاع جوي.",
          nisbas("Canada", "CAN", "الكندي"), IRAQ))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("CAN", "AID", "IRQ"));
    }

    @Test
    void handingOverWithoutArmsOrAidIsNoAid() {
      assertThat(code("وسلمت كندا العراق ثلاثة مطلوبين.", CANADA, IRAQ)).isEmpty();
    }

    @Test
    void whatIsReceivedIsGivenByWhomItComesFrom() {
      assertThat(code("وتسلم الجيش العراقي مساعدات عسكرية من كندا.", CANADA, IRAQ))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("CAN", "AID", "IRQ"));
    }

    @Test
    void aConvoyOrALoanAnnouncedOrContinued() {
      assertThat(code("وأعلنت كندا إرسال قافلة مساعدات إلى العراق.", CANADA, IRAQ))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("CAN", "AID", "IRQ"));
      assertThat(code("وأعلنت كندا تقديم قرض ميسر لمصر.", CANADA, EGYPT))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("CAN", "AID", "EGY"));
      assertThat(code("وأكد الوزير أن كندا ستواصل تقديم كل أشكال المساعدات لمصر.", CANADA, EGYPT))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("CAN", "AID", "EGY"));
    }

    @Test
    void solidarityWithAPeopleInQuotationMarks() {
      assertThat(code("وأعربت كندا عن تضامنها مع \"الشعب العراقي الذي يدافع عن أرضه\".", CANADA, IRAQ))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("CAN", "SUPPORT", "IRQ"));
    }

    @Test
    void whatAPartyAfterAlaMustDoIsNotDone() {
      assertThat(code("وقال الوزير الكندي إن «على العراق أن ينسحب من المنطقة المتنازع عليها».",
          nisbas("Canada", "CAN", "الكندي"), IRAQ)).extracting(Event::type).doesNotContain("RETREAT");
    }

    @Test
    void bothLeadersAreTheTwoCountriesNamedBeforeNotOneSideTwice() {
      assertThat(code("والتقى الرئيس الكندي نظيره الأردني، وقدم دعم حكومة كندا الكامل، واتفق الزعيمان على تعزيز التعاون.",
          nisbas("Canada", "CAN", "الكندي", "كندا"), country("Jordan", "JOR", "الأردني")))
          .extracting(Event::type).contains("AGREE");
    }

    @Test
    void backingNamedAsAStanceOrRoleIsItsOwners() {
      assertThat(code("وأكدت كندا موقفها الثابت في دعم حقوق الشعب العراقي.", CANADA, IRAQ))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .containsExactly(tuple("CAN", "SUPPORT", "IRQ"));
      assertThat(code("وثمن الرئيس جهود كندا في تقديم المساعدات إلى العراق.", CANADA, IRAQ))
          .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
          .contains(tuple("CAN", "AID", "IRQ"));
    }
  }
}
