package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;
import org.marsad.doc.Quote;

/**
 * Words and constructions of verbal events found missing in the recall study of the fifth round
 * (jawharafm, samples/heldout), each shown on invented sentences.
 */
class VerbalEventWordsTest {

  static final EventCoderTest.E JORDAN = country("Jordan", "JOR", "الأردن", "الأردنية", "الأردني");
  static final EventCoderTest.E EGYPT = country("Egypt", "EGY", "مصر", "المصرية", "المصري");

  @Test
  void satisfactionExpressedIsApproval() {
    assertThat(code("أبدى الوزير الأردني ارتياحه للموقف المصري من الأزمة.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "SUPPORT", "EGY"));
    assertThat(code("وقال الوزير الأردني إن المحادثات كانت مثمرة، معبرا عن ارتياحه لموقف مصر.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "SUPPORT", "EGY"));
  }

  @Test
  void thanksForSomethingIsSupport() {
    assertThat(code("من جهته، شكر العاهل الأردني مصر على وقوفها مع بلاده في أزمة المياه.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "SUPPORT", "EGY"));
    assertThat(code("وألقى الوزير الأردني كلمة شكر في حفل الافتتاح.", JORDAN, EGYPT)).isEmpty();
  }

  @Test
  void talksHeldWithACounterpartAreConsultation() {
    assertThat(code("تحادث رئيس الوزراء الأردني، صباح اليوم، مع وزير الخارجية المصري في عمان.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "CONSULT", "EGY"));
  }

  @Test
  void angerExpressedIsDisapproval() {
    assertThat(code("عبرت الحكومة الأردنية عن غضبها من التصريحات المصرية الأخيرة.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "ACCUSE", "EGY"));
  }

  @Test
  void anAppealIsARequest() {
    assertThat(code("أهاب العاهل الأردني بمصر فتح المعبر أمام القوافل.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "REQUEST", "EGY"));
  }

  @Test
  void theParticipleOfCommendingIsPraise() {
    assertThat(code("وقال الوزير الأردني إن اللقاء كان إيجابيا، مثمنا جهود مصر في الوساطة.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "SUPPORT", "EGY"));
  }

  @Test
  void standingBesideAPartySupportsIt() {
    assertThat(code("وأكدت الأردن وقوفها إلى جانب مصر في مواجهة الإرهاب.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "SUPPORT", "EGY"));
  }

  @Test
  void whoHastensToAnActDoesIt() {
    assertThat(code("وسارع وزير الخارجية الأردني إلى إدانة التصريحات المصرية.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "ACCUSE", "EGY"));
    assertThat(code("وبادرت الحكومة الأردنية بتقديم مساعدات عاجلة إلى مصر.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "AID", "EGY"));
  }

  @Test
  void aVerbOfAnnouncingBeforeToGovernsNoAct() {
    // "إلى" before the verbal noun belongs only to verbs of hastening: who points to support is not its giver
    assertThat(code("وأشار الوزير الأردني إلى دعم مصر للخطة.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code())
        .doesNotContain("JOR");
  }

  @Test
  void protestVigilsInThePlural() {
    assertThat(code("نظم محتجون وقفات احتجاجية أمام السفارة المصرية في عمان.", JORDAN, EGYPT))
        .extracting(Event::type)
        .contains("PROTEST");
  }

  @Test
  void aVisitPaidIsTheVisitorsToWhereItGoes() {
    assertThat(code("يؤدي وزير الخارجية الأردني زيارة عمل إلى مصر يومي الأحد والاثنين.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "CONSULT", "EGY"));
    assertThat(code("وقام العاهل الأردني بزيارة خاطفة للمملكة المصرية.", JORDAN, country("EgyptK", "EGY", "للمملكة المصرية")))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "CONSULT", "EGY"));
    assertThat(code("وتأتي زيارة الوزير الأردني إلى مصر بعد أشهر من التوتر.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "CONSULT", "EGY"));
  }

  @Test
  void whatAVerbOfDoingNamesIsItsSubjectsAct() {
    assertThat(code("وقامت الحكومة الأردنية بدعم مصر في المحافل الدولية.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "SUPPORT", "EGY"));
  }

  @Test
  void aLoanGrantedIsAid() {
    assertThat(code("ومنحت الأردن مصر قرضا بقيمة مئة مليون دولار.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "AID", "EGY"));
  }

  @Test
  void releasingPeopleHeldIsAConcession() {
    assertThat(code("أطلقت مصر سراح الصيادين الأردنيين بعد احتجازهم أسبوعا.",
        EventCoderTest.nisbas("Jordan", "JOR", "الأردنيين"), EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("EGY", "CONCEDE", "JOR"));
  }

  @Test
  void denouncingAndPraisingVerbs() {
    assertThat(code("وشجبت الحكومة الأردنية التصريحات المصرية.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "ACCUSE", "EGY"));
    assertThat(code("وأثنى الملك الأردني على الجهود المصرية في الوساطة.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "SUPPORT", "EGY"));
  }

  @Test
  void anEnvoySummonedIsAProtestToHisState() {
    // the masdar after a verb of answering ("ردت X باستدعاء")
    assertThat(code("ردت مصر باستدعاء السفير الأردني لديها.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("EGY", "PROTEST", "JOR"));
    assertThat(code("قررت الخارجية المصرية استدعاء القائم بالأعمال الأردني.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("EGY", "PROTEST", "JOR"));
  }

  @Test
  void itsOwnEnvoyCalledHomeIsARecall() {
    assertThat(code("استدعت مصر سفيرها لدى الأردن للتشاور.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("EGY", "SANCTION", "JOR"));
  }

  @Test
  void notAcceptingIsARejection() {
    assertThat(code("وقال الوزير إن مصر لن تقبل الشروط الأردنية.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("EGY", "REJECT", "JOR"));
    // "قبل" is also "before"; accepting is no rejection
    assertThat(code("لم تصل مصر إلى الأردن قبل الموعد.", JORDAN, EGYPT)).extracting(Event::type).doesNotContain("REJECT");
    assertThat(code("قبلت مصر الشروط الأردنية.", JORDAN, EGYPT)).extracting(Event::type).doesNotContain("REJECT");
  }

  @Test
  void cooperationFurtheredOrTalkedAboutIsNoActOfCooperation() {
    assertThat(code("وبحث الوزير الأردني مع نظيره المصري سبل تعزيز التعاون بين البلدين.", JORDAN, EGYPT))
        .extracting(Event::type).containsExactly("CONSULT");
    assertThat(code("وتأتي زيارة الوزير الأردني إلى مصر لتعزيز الأخوة والتعاون بين البلدين.", JORDAN, EGYPT))
        .extracting(Event::type).doesNotContain("COOPERATE");
    assertThat(code("وأشاد الوزير الأردني بالتعاون بين الأردن ومصر في مكافحة التهريب.", JORDAN, EGYPT))
        .extracting(Event::type).contains("COOPERATE");
  }

  @Test
  void aPartyAfterAVerbOfTheFirstPersonIsItsObject() {
    // the speaker's country asks; Egypt, after "نطالب", is asked, not the one asking
    String text = "وقال العاهل الأردني: \"نطالب مصر بفتح المعبر أمام الشاحنات\".";
    int q = text.indexOf("نطالب");
    Quote quote = new Quote(q, text.indexOf("\"", q), text.substring(q, text.indexOf("\"", q)), "King Abdullah II",
        "King Abdullah II", "قال", true);
    assertThat(code(text, List.of(), List.of(quote), EventCoderTest.person("King Abdullah II", "JOR", "العاهل الأردني"),
        EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "REQUEST", "EGY"));
  }

  @Test
  void leadersWitnessingASigningAreTheAgreementsParties() {
    assertThat(code("وشهد الرئيس المصري وملك الأردن توقيع اتفاقية للربط الكهربائي.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("EGY", "AGREE", "JOR"));
    assertThat(code("ويشهد وزير الخارجية الأردني ونظيره المصري التوقيع على مذكرة تفاهم في مجال النقل.", JORDAN, EGYPT))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsExactly(tuple("JOR", "AGREE", "EGY"));
    // witnessing anything else names no doer: the city saw the attack, it did not make it
    assertThat(code("وشهدت مصر هجوما على حافلة أردنية.", JORDAN, EGYPT))
        .extracting(e -> e.actor() == null ? null : e.actor().code()).doesNotContain("EGY");
  }

  @Test
  void aStateBodyNamedInFullIsWhoseTheParticipleIs() {
    EventCoderTest.E committee = EventCoderTest.org("org:jordan-security-committee", "JOR", "لجنة الأمن الوطني الأردنية");
    assertThat(code("أصيب جنديان في إطلاق نار على نقطة حدودية، بحسب ما أعلنته لجنة الأمن الوطني الأردنية، "
        + "متهمة القوات المصرية بإطلاق النار.", JORDAN, EGYPT, committee))
        .extracting(e -> e.actor() == null ? null : e.actor().code(), Event::type,
            e -> e.target() == null ? null : e.target().code())
        .contains(tuple("JOR", "ACCUSE", "EGY"));
  }
}
