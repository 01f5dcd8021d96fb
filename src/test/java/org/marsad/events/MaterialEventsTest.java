package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.org;
import static org.marsad.events.EventCoderTest.person;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Casualties;
import org.marsad.doc.Event;
import org.marsad.doc.Party;

/**
 * Attacks, arrests and protests by people named by what they are: invented sentences in, the
 * events out, with the actor and target as "code/sector" ("IRQ/COP", "-/UAF" for a party tied
 * to no country, "-" for none).
 */
class MaterialEventsTest {

  static final EventCoderTest.E IRAQ = country("Iraq", "IRQ", "العراق", "العراقية", "العراقي");
  static final EventCoderTest.E BAGHDAD = city("Baghdad", "IRQ", "بغداد");
  static final EventCoderTest.E MOSUL = city("Mosul", "IRQ", "الموصل");
  static final EventCoderTest.E SAMARRA = city("Samarra", "IRQ", "سامراء");
  static final EventCoderTest.E TUNIS = city("Tunis", "TUN", "تونس");
  static final EventCoderTest.E ISRAEL = country("Israel", "ISR", "إسرائيلية", "الإسرائيلي");
  static final EventCoderTest.E TURKEY = country("Turkey", "TUR", "تركية", "التركية");
  static final EventCoderTest.E TURKEY_MASCULINE = country("Turkey", "TUR", "التركي");
  static final EventCoderTest.E SOUTH_LEBANON = new EventCoderTest.E("South Lebanon", org.marsad.doc.EntityType.LOC,
      null, "LBN", "جنوب لبنان");
  static final EventCoderTest.E GAZA = city("Gaza", "PSE", "غزة");

  /** "IRQ/COP" for a party with a code and a sector, "-/UAF" for one without a code, "-" for none. */
  static String side(Party p) {
    if (p == null) {
      return "-";
    }
    return (p.code() == null ? "-" : p.code()) + (p.sector() == null ? "" : "/" + p.sector());
  }

  static final Function<Event, String> ACTOR = e -> side(e.actor());
  static final Function<Event, String> TARGET = e -> side(e.target());

  static List<Event> of(String type, List<Event> events) {
    return events.stream().filter(e -> e.type().equals(type)).toList();
  }

  @Nested
  class Actors {

    @Test
    void policeOfACountryByItsAdjective() {
      assertThat(code("واعتقلت الشرطة العراقية ثلاثة مسلحين في بغداد أمس.", IRAQ, BAGHDAD))
          .extracting(Event::type, Event::subtype, ACTOR, TARGET)
          .containsExactly(tuple("COERCE", "arrest", "IRQ/COP", "IRQ/UAF"));
    }

    @Test
    void unknownGunmenAreTiedToNoCountry() {
      List<Event> events = code("واغتال مسلحون مجهولون قاضيا في الموصل.", MOSUL);
      assertThat(events).extracting(Event::type, Event::subtype, ACTOR, TARGET)
          .containsExactly(tuple("ASSAULT", "assassinate", "-/UAF", "IRQ/JUD"));
      assertThat(events.get(0).actor().text()).isEqualTo("مسلحون مجهولون");
    }

    @Test
    void protestersKeepTheCountryTheirWordsNameAndTheEventItsPlace() {
      assertThat(code("وتظاهر مئات المتظاهرين في تونس احتجاجا على غلاء الأسعار.", TUNIS))
          .extracting(Event::type, Event::subtype, ACTOR, TARGET, Event::place)
          .containsExactly(tuple("PROTEST", "demonstrate", "-/CVL", "-", "Tunis"));
    }

    @Test
    void aNamedArmedGroupIsItsCountrysRebels() {
      assertThat(code("وهاجم الحوثيون بالصواريخ مواقع للجيش اليمني.",
          org("org:houthis", "YEM", "الحوثيون"), country("Yemen", "YEM", "اليمني")))
          .extracting(Event::type, ACTOR, TARGET)
          .containsExactly(tuple("ASSAULT", "YEM/REB", "YEM/MIL"));
    }

    @Test
    void aMinistryNamedAloneIsOfTheCountryWhereItActs() {
      assertThat(code("ونفذت وزارة الداخلية حملة اعتقالات في بغداد.", BAGHDAD))
          .extracting(Event::type, ACTOR)
          .containsExactly(tuple("COERCE", "IRQ/GOV"));
    }

    @Test
    void aGroupTheRecogniserFoundAloneTakesPart() {
      EventCoderTest.E group = new EventCoderTest.E("org:unknown-brigade", org.marsad.doc.EntityType.ORG, null, null,
          "كتيبة الفجر");
      assertThat(code("وخطفت كتيبة الفجر صحفيا في الموصل.", group, MOSUL))
          .extracting(Event::type, Event::subtype, e -> e.actor().entity(), TARGET)
          .containsExactly(tuple("ASSAULT", "abduct", "org:unknown-brigade", "IRQ/MED"));
    }
    @Test
    void warplanesOfACountryByItsAdjectiveAreItsArmedForces() {
      assertThat(code("شنت طائرات حربية إسرائيلية غارات على بلدة في جنوب لبنان.", ISRAEL, SOUTH_LEBANON))
          .extracting(Event::type, ACTOR)
          .containsExactly(tuple("ASSAULT", "ISR/MIL"));
    }

    @Test
    void aMasculineVerbOfDoingWithTheConjunctionTiesTheAirForceToItsRaids() {
      assertThat(code("وشن سلاح الجو الإسرائيلي غارات على مواقع في جنوب لبنان.", ISRAEL, SOUTH_LEBANON))
          .extracting(Event::type, Event::subtype, ACTOR)
          .containsExactly(tuple("ASSAULT", "aerial", "ISR/MIL"));
      assertThat(code("وشن الجيش التركي هجوما على قرية في الموصل.", TURKEY_MASCULINE, MOSUL))
          .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "TUR/MIL"));
    }

    @Test
    void anArmOfTheForcesWithItsOwnAdjectiveTakesTheCountryOfTheNisba() {
      assertThat(code("وقصف الطيران الحربي الإسرائيلي منزلا في غزة.", ISRAEL, GAZA))
          .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "ISR/MIL"));
      assertThat(code("وقصفت المدفعية التركية قرى في الموصل.", TURKEY, MOSUL))
          .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "TUR/MIL"));
      assertThat(code("وأطلقت قوات خاصة تركية النار على مسلحين في الموصل.", TURKEY, MOSUL))
          .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "TUR/MIL", "IRQ/UAF"));
    }

    @Test
    void theOneAtWhoseHandsAManIsKilledIsTheActor() {
      assertThat(code("قُتل مزارع على يد مسلحين مجهولين في الموصل.", MOSUL))
          .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "-/UAF"));
    }

    @Test
    void thoseKilledAtTheHandsOfForcesSufferItAndTheForcesAreNotItsTarget() {
      assertThat(code("وقتل ثلاثة أشخاص على أيدي قوات تركية في الموصل.", TURKEY, MOSUL))
          .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "TUR/MIL", "IRQ/CVL"));
      assertThat(code("وقتل الجنود العراقيون على أيدي مسلحين في الموصل أمس.", IRAQ, MOSUL))
          .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-/UAF", "IRQ/MIL"));
    }
  }

  @Nested
  class Words {

    @Test
    void aPassiveTakesItsSubjectAsTheOneAttacked() {
      assertThat(code("واغتيل قاض في بغداد أمس.", BAGHDAD)).extracting(Event::type, ACTOR, TARGET)
          .containsExactly(tuple("ASSAULT", "-", "IRQ/JUD"));
    }

    @Test
    void aCountedObjectAfterTheVerbIsWhoWasKilled() {
      assertThat(code("وقتل 18 شخصا في انفجار سيارة مفخخة في بغداد.", BAGHDAD))
          .extracting(Event::type, Event::subtype, ACTOR, TARGET, e -> e.casualties().killed())
          .containsExactly(tuple("ASSAULT", "explosives", "-", "IRQ/CVL", 18));
    }

    @Test
    void aNounTiedToItsDoerByAVerbOfDoing() {
      assertThat(code("وشنت القوات العراقية غارات على مواقع المسلحين.", IRAQ))
          .extracting(Event::type, Event::subtype, ACTOR)
          .containsExactly(tuple("ASSAULT", "aerial", "IRQ/MIL"));
    }

    @Test
    void theSubjectOfAVerbOfDoingDoesTheActItsGenitiveUndergoesIt() {
      assertThat(code("وقام الجيش العراقي بقصف مواقع المسلحين في الموصل.", IRAQ, MOSUL))
          .extracting(Event::type, ACTOR, TARGET)
          .containsExactly(tuple("ASSAULT", "IRQ/MIL", "IRQ/UAF"));
    }

    @Test
    void anActAchievedIsAnActDone() {
      assertThat(code("وتمكنت الشرطة العراقية من اعتقال خمسة مسلحين في الموصل.", IRAQ, MOSUL))
          .extracting(Event::type, Event::subtype, ACTOR, TARGET)
          .containsExactly(tuple("COERCE", "arrest", "IRQ/COP", "IRQ/UAF"));
      // "قرب سامراء" places the act, and armed men the army kills are of the country where they fight
      assertThat(code("ونجح الجيش العراقي في قتل عشرة مسلحين قرب سامراء.", IRAQ, SAMARRA))
          .extracting(Event::type, ACTOR, TARGET)
          .containsExactly(tuple("ASSAULT", "IRQ/MIL", "IRQ/UAF"));
    }

    @Test
    void anActTheyWillManageIsNotDone() {
      assertThat(of("ASSAULT", code("وتتمكن الشرطة عادة من اعتقال اللصوص في الموصل.", MOSUL))).isEmpty();
    }

    @Test
    void theMasdarAfterTammIsThePassiveOfItsAct() {
      assertThat(code("وتم اغتيال قاض أمام منزله في الموصل.", MOSUL))
          .extracting(Event::type, Event::subtype, ACTOR, TARGET)
          .containsExactly(tuple("ASSAULT", "assassinate", "-", "IRQ/JUD"));
      assertThat(code("وقال المتحدث إنه تم إلقاء القبض على ثلاثة أشخاص في بغداد.", BAGHDAD))
          .extracting(Event::type, Event::subtype, TARGET)
          .containsExactly(tuple("COERCE", "arrest", "IRQ/CVL"));
      assertThat(code("وتم الاتفاق بين العراق وتركيا على فتح المعبر.", country("Iraq", "IRQ", "العراق"),
          country("Turkey", "TUR", "تركيا")))
          .extracting(Event::type, e -> e.actor().code(), e -> e.target().code())
          .containsExactly(tuple("AGREE", "IRQ", "TUR")); // diplomacy keeps its noun
    }

    @Test
    void anAttackNamedByTheResultOfAnotherClauseIsOneEvent() {
      List<Event> events = code("وقصفت القوات العراقية قرية في الموصل، ما أسفر عن مقتل أربعة مدنيين.", IRAQ, MOSUL);
      assertThat(events).extracting(Event::type, ACTOR, TARGET)
          .containsExactly(tuple("ASSAULT", "IRQ/MIL", "IRQ/CVL"));
      assertThat(events.get(0).casualties()).isEqualTo(new Casualties(4, null));
    }

    @Test
    void aStrikeOfWorkersHasNoTarget() {
      assertThat(code("وأضرب عمال الموانئ في تونس أمس.", TUNIS))
          .extracting(Event::type, Event::subtype, ACTOR, TARGET)
          .containsExactly(tuple("PROTEST", "strike", "-/LAB", "-"));
    }

    @Test
    void aHungerStrikeIsItsOwnMode() {
      assertThat(code("وأضرب عشرات المعتقلين عن الطعام في سجن بتونس.", TUNIS))
          .extracting(Event::subtype).containsExactly("hunger-strike");
    }

    @Test
    void aCurfewIsCoercionNotASanction() {
      assertThat(code("وفرضت السلطات حظر التجول في الموصل بعد مقتل خمسة أشخاص.", MOSUL))
          .extracting(Event::type, Event::subtype).contains(tuple("COERCE", "curfew"));
    }

    @Test
    void anAirStrikeOfAStateOnAPlaceTargetsItsCountry() {
      assertThat(code("وقتلت غارات إسرائيلية ثلاثة أشخاص في شمال قطاع غزة.",
          country("Israel", "ISR", "إسرائيلية"), new EventCoderTest.E("Gaza Strip", org.marsad.doc.EntityType.LOC, null,
              "PSE", "قطاع غزة")))
          .extracting(Event::type, Event::subtype, ACTOR, TARGET, Event::place)
          .containsExactly(tuple("ASSAULT", "aerial", "ISR", "PSE/CVL", "Gaza Strip"));
    }

    @Test
    void theInjuredOfAPassiveSufferTheAttackTheyAreNotItsDoers() {
      List<Event> events = of("ASSAULT", code("وقتل خمسة جنود وأصيب عشرون آخرون بجروح في هجوم على ثكنة في الموصل.", MOSUL));
      assertThat(events).isNotEmpty();
      assertThat(events).extracting(ACTOR).containsOnly("-");
    }

    @Test
    void aPassiveByItsDammaOrByAnIndefinitePartyAloneAfterIt() {
      assertThat(code("وقُتل شرطي في الموصل.", MOSUL)).extracting(ACTOR, TARGET).containsExactly(tuple("-", "IRQ/COP"));
      assertThat(code("وقتل شرطي في الموصل.", MOSUL)).extracting(ACTOR, TARGET).containsExactly(tuple("-", "IRQ/COP"));
      assertThat(code("وقتلت الشرطة في الموصل.", MOSUL)).extracting(ACTOR).containsExactly("IRQ/COP");
      assertThat(EventLexicon.markedPassive("اعتُقل")).isTrue();
      assertThat(EventLexicon.markedPassive("قتلُوا")).isFalse();
      assertThat(EventLexicon.markedPassive("يُقاتل")).isFalse();
    }

    @Test
    void aTimeMayStandBetweenTheKillingAndItsCount() {
      String text = "وقتل اليوم ثلاثة جنود في الموصل.";
      List<org.marsad.doc.Timex> today = List.of(new org.marsad.doc.Timex(5, 10, "اليوم", "2024-03-10", "DATE", null));
      assertThat(EventCoderTest.code(text, today, List.of(), MOSUL))
          .extracting(Event::type, e -> e.casualties().killed()).containsExactly(tuple("ASSAULT", 3));
    }

    @Test
    void anAttackWithNoTargetNamedStrikesTheCountryWhereItFalls() {
      assertThat(of("ASSAULT", code("وانفجرت سيارة مفخخة في الموصل صباح اليوم.", MOSUL)))
          .extracting(ACTOR, TARGET).containsExactly(tuple("-", "IRQ"));
    }

    @Test
    void theDeadAndTheAttackThatKilledThemAreOneActAcrossATimeBetweenCommas() {
      String text = "وقتل خمسة مدنيين وأصيب ثلاثة آخرون، صباح اليوم، في قصف شنه الجيش على سوق في الموصل.";
      int at = text.indexOf("صباح اليوم");
      List<org.marsad.doc.Timex> morning = List.of(new org.marsad.doc.Timex(at, at + 10, "صباح اليوم", "2024-03-10", "DATE", null));
      List<Event> events = of("ASSAULT", EventCoderTest.code(text, morning, List.of(), MOSUL));
      assertThat(events).extracting(ACTOR, TARGET).containsExactly(tuple("IRQ/MIL", "IRQ/CVL"));
      assertThat(of("ASSAULT", code("وقتل خمسة مدنيين في الموصل، وقال الجيش إن القصف استهدف مسلحين.", MOSUL)))
          .extracting(ACTOR).doesNotContain("IRQ/MIL"); // a clause of its own: its attack is not the killing's
    }

    @Test
    void shellsFallingOnAPlaceAreAnAttackOnIt() {
      for (String s : List.of("وسقطت قذائف هاون على حي سكني في الموصل.", "وقذيفتان سقطتا على سوق في الموصل.",
          "وتضررت منازل في سقوط صاروخ على الموصل صباح اليوم.")) {
        assertThat(of("ASSAULT", code(s, MOSUL))).as(s).extracting(ACTOR, TARGET).containsExactly(tuple("-", "IRQ"));
      }
      assertThat(code("وسقط النظام في الموصل بعد أسابيع.", MOSUL)).isEmpty();
      assertThat(code("وسقط الصاروخ في البحر قرب الموصل.", MOSUL)).isEmpty(); // aimed at nothing
    }

    @Test
    void anArrestWithNoArresterNamedIsByTheStateWhereItFalls() {
      List<Event> arrests = of("COERCE",
          code("وقتل خمسة من المسلحين في اشتباك في الموصل، فيما اعتُقل أربعة آخرون يشتبه في تقديمهم معلومات لهم.", MOSUL));
      assertThat(arrests).isNotEmpty();
      assertThat(arrests).extracting(ACTOR).containsOnly("IRQ");
    }

    @Test
    void aVerbSpeltLikeACommonNounCodesOnlyWithVerbalEvidence() {
      assertThat(of("COERCE", code("وأمضى المعارض سنوات في سجن عراقي شديد الحراسة.", IRAQ))).isEmpty();
      assertThat(of("COERCE", code("وتساءل الكاتب عن جدوى سجن المسؤولين الفاسدين.", IRAQ))).isEmpty();
      assertThat(of("COERCE", code("وسُجن ثلاثة مسلحين في بغداد أمس.", IRAQ, BAGHDAD))).hasSize(1);
      assertThat(of("COERCE", code("وقد سجن القاضي المتهم لمدة عامين.", IRAQ))).hasSize(1);
    }

    @Test
    void aCrowdGatheredBeforeABuildingProtests() {
      assertThat(of("PROTEST", code("وتجمع مئات من العمال أمام مقر الحكومة مطالبين بزيادة الأجور.", IRAQ))).hasSize(1);
    }

    @Test
    void aWeaponFiredAtSomethingIsAnAttackWhoeverFiredIt() {
      assertThat(of("ASSAULT", code("وكانت الجماعة قد أطلقت عشرات الصواريخ على البلدات الحدودية.", IRAQ))).hasSize(1);
    }

    @Test
    void aBlastNamedWithItsDeviceIsReported() {
      assertThat(code("ووقعت أضرار كبيرة في انفجار شاحنة مفخخة قرب سوق الموصل.", MOSUL))
          .extracting(Event::type, Event::subtype).containsExactly(tuple("ASSAULT", "explosives"));
    }

    @Test
    void anAttackUndergoneWithItsWeaponIsReported() {
      assertThat(code("وتعرضت ثكنة للجيش لهجوم بقذائف الهاون قرب الموصل.", MOSUL))
          .extracting(Event::type, Event::subtype).containsExactly(tuple("ASSAULT", "shelling"));
    }

    @Test
    void aBlastToldInAClauseOfItsOwnAfterARelative() {
      assertThat(of("ASSAULT", code("وأكد المتحدث أن الحادث الذي وقع عندما انفجرت عبوة ناسفة في الموصل لم يوقع إصابات.",
          MOSUL))).hasSize(1);
    }

    @Test
    void aCrowdsVerbWithAProtestForItsSubjectNeedsNoCrowd() {
      assertThat(of("PROTEST", code("وخرجت تظاهرة في الموصل أمس تطالب بالإصلاح.", MOSUL)))
          .extracting(Event::type, Event::subtype).containsExactly(tuple("PROTEST", "demonstrate"));
      assertThat(of("PROTEST", code("وخرج الوزير من الموصل أمس.", MOSUL))).isEmpty();
    }

    @Test
    void aPeopleNamedByItsNisbaIsACrowdNotAState() {
      EventCoderTest.E palestine = country("Palestine", "PSE", "الفلسطينيون", "فلسطين");
      assertThat(code("وأضرب الفلسطينيون في غزة احتجاجا على الحصار.", palestine, GAZA))
          .extracting(Event::type, Event::subtype, ACTOR).contains(tuple("PROTEST", "strike", "PSE"));
      assertThat(of("PROTEST", code("وأضربت فلسطين عن المشاركة في الاجتماع أمس.", palestine))).isEmpty();
    }

    @Test
    void aProtestToldAgainIsReportedWithItsPlaceOrTime() {
      assertThat(of("PROTEST", code("وتجددت المظاهرات في الموصل أمس ضد المحافظ.", MOSUL))).hasSize(1);
      assertThat(of("PROTEST", code("وقال الحزب الذي نظم التظاهرة في الموصل إنه سيواصل.", MOSUL))).isEmpty();
    }

    @Test
    void aProtestNamedAfterTheVerbOfItsHappening() {
      assertThat(code("واندلعت احتجاجات غاضبة قرب مقر البلدية.", TUNIS)).extracting(Event::type).containsExactly("PROTEST");
    }
  }

  @Nested
  class NotAnAct {

    @Test
    void anInquiryIntoAKillingIsNoKilling() {
      assertThat(of("ASSAULT", code("وطالب النواب بالتحقيق في اغتيال القاضي في بغداد.", BAGHDAD))).isEmpty();
    }

    @Test
    void aThreatenedAttackIsAThreat() {
      assertThat(code("وهددت إيران إسرائيل بشن هجوم واسع.",
          country("Iran", "IRN", "إيران"), country("Israel", "ISR", "إسرائيل")))
          .extracting(Event::type, Event::subtype).containsExactly(tuple("THREATEN", "violence"));
    }

    @Test
    void anActRecalledInARelativeClause() {
      assertThat(of("ASSAULT", code("وحضر الحفل نجل القاضي الذي اغتاله مسلحون عام 2005.", IRAQ))).isEmpty();
    }

    @Test
    void aCeasefireIsNoShooting() {
      assertThat(of("ASSAULT", code("وأعلن الطرفان وقف إطلاق النار في الموصل بعد مقتل عشرة جنود.", MOSUL)))
          .extracting(Event::trigger).doesNotContain("إطلاق");
    }

    @Test
    void aMissileTestIsNotAnAttack() {
      assertThat(code("وأطلقت كوريا الشمالية صاروخا باليستيا صباح اليوم.",
          country("North Korea", "PRK", "كوريا الشمالية"))).isEmpty();
    }

    @Test
    void anAttackInWordsIsNotAnAssault() {
      assertThat(of("ASSAULT", code("وهاجم المرشح سياسات الحكومة في خطابه.", IRAQ))).isEmpty();
    }

    @Test
    void anAttackByANamedPersonWithNoWeaponIsInWords() {
      // a person named by name who attacks with no weapon and no one hurt speaks: ANERcorp train 3 of 3
      // ("كما هاجم نصر الله رئيس الوزراء"، "هاجم ألونسو ما أسماه التحيز"), jawharafm 1 of 1
      EventCoderTest.E spokesman = person("person:karim-haddad", null, "كريم حداد");
      EventCoderTest.E paper = org("org:al-fajr", "IRQ", "صحيفة الفجر");
      assertThat(of("ASSAULT", code("وهاجم كريم حداد صحيفة الفجر.", spokesman, paper))).isEmpty();
      assertThat(of("ASSAULT", code("وفي بيان ساخن هاجم كريم حداد المتحدث باسم الحكومة الصور التي نشرت على صحيفة الفجر.",
          spokesman, paper))).isEmpty();
      assertThat(of("ASSAULT", code("وهاجم مسلحون صحيفة الفجر في بغداد أمس.", paper, BAGHDAD))).hasSize(1);
    }

    @Test
    void anAttackInWordsOnAPoliticianIsNotAnAssault() {
      assertThat(of("ASSAULT", code("وشن رئيس الحزب هجوما حادا على وزير المالية.", IRAQ))).isEmpty();
    }

    @Test
    void aDeathByAccidentIsNoAttack() {
      assertThat(of("ASSAULT", code("وقتل ثلاثة جنود في حادث سير قرب الموصل.", MOSUL))).isEmpty();
      assertThat(of("ASSAULT", code("وقتل ثلاثة جنود في هجوم قرب الموصل.", MOSUL))).hasSize(1);
    }

    @Test
    void anAttackInWordsByItsVerbOfDoing() {
      assertThat(of("ASSAULT", code("وتشن الصحف هجوما لاذعا على رئيس الحكومة.", IRAQ))).isEmpty();
    }

    @Test
    void theVerbalNounAfterAChargeIsNoAct() {
      assertThat(of("ASSAULT", code("ويحاكم ثلاثة رجال بتهمة خطف تاجر في الموصل.", MOSUL))).isEmpty();
    }

    @Test
    void anAttackTheyWantedIsNotDone() {
      assertThat(of("ASSAULT", code("وقالت الشرطة إن الموقوفين أرادوا تفجير سيارة في الموصل.", MOSUL))).isEmpty();
    }

    @Test
    void tortureSaidToHaveBeenUndergoneIsNotReported() {
      assertThat(of("ASSAULT", code("وقال المعتقل إنه تعرض للتعذيب.", IRAQ))).isEmpty();
    }

    @Test
    void theAttackReferredBackToIsNotToldAgain() {
      assertThat(of("ASSAULT", code("وقال الضابط إن الهجوم وقع قرب الموصل.", MOSUL))).isEmpty();
    }

    @Test
    void anAttackRecalledAsTheBackgroundIsNotToldWhateverItsDead() {
      assertThat(of("ASSAULT", code("وعادت الحياة إلى السوق غداة هجوم أوقع عشرة قتلى في الموصل.", MOSUL))).isEmpty();
      assertThat(of("ASSAULT", code("وشيع الآلاف ضحايا الهجوم الذي أوقع عشرة قتلى في الموصل.", MOSUL))).isEmpty();
    }

    @Test
    void aBombFoundBeforeItExplodedDidNotExplode() {
      assertThat(of("ASSAULT", code("وفككت الشرطة عبوة ناسفة قبل أن تنفجر في سوق الموصل.", MOSUL))).isEmpty();
    }

    @Test
    void aPresentTenseTellsWhatIsHabitualNotAnAct() {
      assertThat(of("ASSAULT", code("وفي الرواية عصابة تخطف الأطفال من شوارع المدينة.", IRAQ))).isEmpty();
      assertThat(of("ASSAULT", code("وكانت العصابة تخطف الأطفال من شوارع الموصل.", MOSUL))).isNotEmpty();
    }

    @Test
    void aCrimeOfAKindIsSpokenOf() {
      assertThat(of("ASSAULT", code("وقال المحافظ إن جرائم الخطف تراجعت في الموصل.", MOSUL))).isEmpty();
    }

    @Test
    void theDeadOfAnAttackRecalledAreRecalledWithIt() {
      assertThat(of("ASSAULT", code("وندد الوزير بالهجوم الذي استهدف سوقا في الموصل وأسفر عن مقتل عشرة أشخاص.",
          MOSUL))).isEmpty();
      assertThat(of("ASSAULT", code("واستهدف هجوم سوقا في الموصل وأسفر عن مقتل عشرة أشخاص.", MOSUL)))
          .extracting(Event::casualties).contains(new Casualties(10, null));
    }

    @Test
    void anAttackConcededIsTheBackground() {
      assertThat(of("ASSAULT", code("ورفضت الحكومة سحب قواتها رغم مقتل خمسة جنود في الموصل.", MOSUL))).isEmpty();
      assertThat(of("ASSAULT", code("ورفضت الحكومة سحب قواتها على الرغم من مقتل خمسة جنود.", MOSUL))).isEmpty();
    }

    @Test
    void anAttackOnTrialIsItsPastWhateverItsDead() {
      assertThat(of("ASSAULT", code("وبدأت محاكمة منفذي تفجير أوقع عشرين قتيلا في الموصل عام 2004.", MOSUL))).isEmpty();
      assertThat(of("ASSAULT", code("وأفرج عن المتهم الرئيسي في اغتيال القاضي.", MOSUL))).isEmpty();
    }

    @Test
    void anAttackAboutToBeOrForWhichOrdersWereGivenIsNotDone() {
      assertThat(of("ASSAULT", code("وقال الوزير إن الحكومة بصدد شن هجوم على المسلحين.", IRAQ))).isEmpty();
      assertThat(of("ASSAULT", code("وأرسل الزعيم أوامر إلى أتباعه كي يقوموا بهجمات في الموصل.", MOSUL))).isEmpty();
    }

    @Test
    void aRumourIsNoReport() {
      assertThat(of("ASSAULT", code("وحسب شائعات فإن مسلحين خطفوا تاجرا في الموصل.", MOSUL))).isEmpty();
      assertThat(of("ASSAULT", code("وقالت الشرطة إن مسلحين خطفوا تاجرا في الموصل.", MOSUL))).hasSize(1);
    }

    @Test
    void aStateNeitherGathersNorBlocksRoadsInProtest() {
      assertThat(of("PROTEST", code("وتجمع الرئيس العراقي إلى نظيره التركي في بغداد.", IRAQ, TURKEY_MASCULINE, BAGHDAD)))
          .isEmpty();
      assertThat(of("PROTEST", code("وقالت الصحيفة إن تركيا أغلقت الحدود مع العراق.", country("Turkey", "TUR", "تركيا"), IRAQ))).isEmpty();
    }

    @Test
    void aNegationOfANounNegatesThatNounAlone() {
      assertThat(of("ASSAULT", code("وقالت الشرطة إن طائرة بدون طيار أطلقت صاروخا على مسلحين في الموصل أمس.", MOSUL)))
          .extracting(Event::mode).containsOnly("asserted").isNotEmpty();
      assertThat(of("ASSAULT", code("وقرر الجيش عدم قصف الموصل.", MOSUL))).isEmpty();
      assertThat(of("PROTEST", code("وحالت الشرطة دون وصول مظاهرة إلى البرلمان في الموصل.", MOSUL))).isEmpty();
    }

    @Test
    void aTownIsNotOnesOwnCountry() {
      assertThat(code("وقصفت القوات العراقية بلدة في الموصل.", IRAQ, MOSUL))
          .extracting(TARGET).doesNotContain("IRQ");
    }
  }

  @Nested
  class Place {

    @Test
    void theCityTheSentenceNamesNotTheOneItMeasuresFrom() {
      assertThat(code("وقتل 18 شخصا في انفجار في سامراء (120 كلم شمال بغداد).", SAMARRA, BAGHDAD))
          .extracting(Event::place).containsExactly("Samarra");
    }
  }
}
