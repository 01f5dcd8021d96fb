package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.city;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.org;
import static org.marsad.events.MaterialEventsTest.ACTOR;
import static org.marsad.events.MaterialEventsTest.TARGET;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Who attacked, where the attacker is a group whose name stands between quotation marks, or one
 * that claims the attack after it is told. Invented sentences; "code/sector" as in
 * {@link MaterialEventsTest}.
 */
class QuotedNamesAndClaimsTest {

  private static final EventCoderTest.E IRAQ = country("Iraq", "IRQ", "العراقي");
  private static final EventCoderTest.E MOSUL = city("Mosul", "IRQ", "الموصل");
  private static final EventCoderTest.E ISIS = org("org:isis", null, "داعش");
  private static final EventCoderTest.E SHABAAB = org("org:al-shabaab", "SOM", "حركة \"الشباب\"");
  private static final EventCoderTest.E TTP = org("org:ttp", "PAK", "حركة طالبان باكستان");
  private static final EventCoderTest.E PAKISTAN = country("Pakistan", "PAK", "الباكستانية");
  private static final EventCoderTest.E QUETTA = city("Quetta", "PAK", "كويتا");

  @Test
  void aGroupNamedBetweenQuotationMarksAttacks() {
    // the marks around "داعش" had ended the clause: the attack was told by no one
    assertThat(code("شن تنظيم «داعش» هجوما على حاجز للجيش العراقي قرب الموصل.", IRAQ, MOSUL, ISIS))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-/REB", "IRQ/MIL"));
    assertThat(code("قتل ستة جنود في هجوم شنته حركة \"الشباب\" على ثكنة للجيش.", SHABAAB))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "SOM/REB"));
  }

  @Test
  void thePluralInConstructInTheNominativeNamesTheGroupsMen() {
    // "مقاتلو" was no sector word: only "مقاتلين" and "مقاتلي" were
    assertThat(code("هاجم مقاتلو حركة الشباب مركزا للشرطة في مدينة بيدوا.", org("org:al-shabaab", "SOM", "حركة الشباب")))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "SOM/REB"));
  }

  @Test
  void anInsurgencyNamedAnArmyIsNoStatesArmy() {
    // "جيش" in the name had made the ELN the Colombian military (MIL): an insurgency is REB, in its own country
    assertThat(code("شن جيش التحرير الوطني هجوما على ثكنة للجيش الكولومبي قرب الحدود.",
        country("Colombia", "COL", "الكولومبي"), org("org:eln", "COL", "جيش التحرير الوطني")))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "COL/REB", "COL/MIL"));
    assertThat(code("قتل ثلاثة شرطيين في هجوم شنه جيش تحرير بلوشستان على مركز للشرطة في كويتا.",
        QUETTA, org("org:bla", "PAK", "جيش تحرير بلوشستان")))
        .extracting(Event::type, ACTOR).containsExactly(tuple("ASSAULT", "PAK/REB"));
  }

  @Test
  void aQuotationIsStillAQuotation() {
    // a pair of marks around words that are not one name is no name's
    assertThat(code("وقال الجيش العراقي إن «الهجوم فشل» قرب الموصل.", IRAQ, MOSUL))
        .extracting(Event::type).doesNotContain("ASSAULT");
  }

  @Test
  void whoClaimsTheAttackToldBeforeDidIt() {
    assertThat(code("قتل عشرة أشخاص في انفجار سيارة مفخخة قرب سوق في مدينة كويتا الباكستانية. "
        + "وأعلنت حركة طالبان باكستان مسؤوليتها عن التفجير.", PAKISTAN, QUETTA, TTP))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "PAK/REB", "PAK/CVL"));
    assertThat(code("انفجرت عبوة ناسفة في حافلة للجيش العراقي قرب الموصل، وتبنى تنظيم «داعش» الهجوم.",
        IRAQ, MOSUL, ISIS))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-/REB", "IRQ/MIL"));
  }

  @Test
  void whoClaimsTheAttackToldBeforeByAPronounDidIt() {
    // "عنه": "عن" with a pronoun of told-object (text/affixes.tsv) names the attack told before
    assertThat(code("انفجرت عبوة ناسفة في حافلة للجيش العراقي قرب الموصل. وأعلن تنظيم «داعش» مسؤوليته عنه.",
        IRAQ, MOSUL, ISIS))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-/REB", "IRQ/MIL"));
  }

  @Test
  void whoClaimsTheAttackToldFurtherBackDidIt() {
    // the claim two sentences after the attack had reached only the sentence before it: the bombing kept no doer
    EventCoderTest.E nigeria = country("Nigeria", "NGA", "نيجيريين");
    EventCoderTest.E maiduguri = city("Maiduguri", "NGA", "مايدوغوري");
    EventCoderTest.E boko = org("org:boko-haram", "NGA", "جماعة بوكو حرام");
    String told = "قتل ستة جنود نيجيريين في تفجير انتحاري استهدف ثكنة في مدينة مايدوغوري. "
        + "وقال متحدث باسم الجيش إن الجنود أطلقوا النار على السيارة قبل انفجارها عند البوابة. "
        + "وأغلقت السلطات الطرق المؤدية إلى المدينة. ";
    assertThat(code(told + "وتبنت جماعة بوكو حرام الهجوم في بيان.", nigeria, maiduguri, boko))
        .filteredOn(e -> e.type().equals("ASSAULT")).extracting(ACTOR).first().isEqualTo("NGA/REB");
    // an attack the claim brings in ("هجوما") is not the one told before
    assertThat(code(told + "وتبنت جماعة بوكو حرام هجوما آخر على قرية في ولاية يوبي.", nigeria, maiduguri, boko))
        .filteredOn(e -> e.type().equals("ASSAULT")).extracting(ACTOR).first().isNotEqualTo("NGA/REB");
  }

  @Test
  void whoSetsTheAmbushAttacks() {
    // "نصب" was no verb of doing: the ambush had no doer
    EventCoderTest.E jnim = org("org:jnim", "MLI", "جماعة نصرة الإسلام والمسلمين");
    EventCoderTest.E mali = country("Mali", "MLI", "المالي");
    assertThat(code("قتل خمسة جنود في كمين نصبه مسلحون من جماعة نصرة الإسلام والمسلمين لدورية للجيش المالي قرب تمبكتو.",
        jnim, mali))
        .filteredOn(e -> e.type().equals("ASSAULT")).extracting(ACTOR).containsExactly("MLI/REB");
  }

  @Test
  void noOneClaimsWhatIsNotClaimed() {
    assertThat(code("انفجرت عبوة ناسفة في حافلة للجيش العراقي قرب الموصل. ولم تتبن أي جهة التفجير.", IRAQ, MOSUL))
        .extracting(Event::type, ACTOR, TARGET).containsExactly(tuple("ASSAULT", "-", "IRQ/MIL"));
    // adopting a policy claims no attack
    assertThat(code("انفجرت عبوة ناسفة في حافلة للجيش العراقي قرب الموصل. وتبنت الحكومة العراقية خطة أمنية جديدة.",
        IRAQ, MOSUL))
        .extracting(Event::type, ACTOR).contains(tuple("ASSAULT", "-"));
  }
}
