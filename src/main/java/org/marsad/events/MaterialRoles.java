package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.text.Clitics;

/**
 * Who does and who suffers a material act (an attack, an arrest, a protest),
 * whose doer is often unnamed and whose sufferer is often told first:
 * <ol>
 *   <li>a verb's subject before it ("مسلحون اغتالوا")، else the party right after it, unless
 *       that party is counted or civilian and nothing follows it: then it is who suffers it,
 *       the verb read as a passive ("قتل 18 شخصا"، "اعتقل ناشط"); a passive of its own
 *       ("اغتيل") always takes its subject as who suffers it; the party after the subject, or
 *       after the verb, is who suffers it ("اغتال مسلحون العميد");
 *   <li>a noun's genitive suffers it where the noun says so ("اغتيال"، "مقتل"، "اعتقال"), and
 *       is its doer where it is an adjective ("غارات إسرائيلية"), an armed party ("هجوم
 *       المسلحين") or stands before على، ضد ("هجوم X على Y"); a protest's genitive protests;
 *   <li>the doer named by "على أيدي"، "برصاص"، "من قبل" ({@code agent} of grammar.tsv) or by a
 *       verb that takes the act back ("هجوم شنه مسلحون"، {@code doer}); the sufferer named by
 *       "تعرض" before the act ({@code undergo}) or after ضد، على، أمام ({@code against}).
 * </ol>
 */
final class MaterialRoles {

  /** Types whose event is a material act with a doer and, often, one who suffers it (a mobilisation is read as a state's). */
  static final Set<String> TYPES = Set.of("ASSAULT", "COERCE", "PROTEST");

  /** Sectors that suffer rather than do violence when told alone after a verb. */
  private static final Set<String> VICTIMS = Set.of("CVL", "REF", "MED", "EDU", "LAB", "BUS", "REL", "HLH", "OPP",
      "PTY");

  /** Sectors that arrest, detain and ban. */
  private static final Set<String> ARRESTING = Set.of("COP", "MIL", "GOV", "JUD", "SPY");

  /** Sectors that do violence: their genitive after an attack noun is its doer ("هجوم المسلحين"). */
  static final Set<String> ARMED = Set.of("UAF", "REB", "MIL", "COP", "CRM", "SPY");

  /** How far after the event word a doer or sufferer is looked for, in tokens. */
  private static final int REACH = 12;

  /** How far after the verb its object may start, past times, weapons and the words naming it. */
  private static final int OBJECT_REACH = 6;

  /** How many words after the word of an envoy ("السفير"، "القائم بالأعمال") his country may be named. */
  private static final int ENVOY_REACH = 3;

  /**
   * The party of the envoy a diplomatic protest's verb names at {@code word} ("استدعت ... سفير
   * الجمهورية الإسلامية الإيرانية"، "السفير الإيراني"، "القائم بالأعمال الليبي"): the one whose words hold
   * that word or follow it within {@value #ENVOY_REACH} words, no punctuation between; null for none.
   */
  private static Participant envoy(EventSentence s, int word) {
    for (int k = word; k < s.size() && k <= word + ENVOY_REACH && !s.isPunct(k); k++) {
      for (Participant p : s.participants) {
        if ((p.from() >= 0 ? p.from() : p.first()) <= k && k <= p.last() && !p.both()) {
          return p;
        }
      }
    }
    return null;
  }

  private final RoleFinder roles;
  private final Cues cues;
  private final EventLexicon lexicon;
  final ProtestStaging staging;
  /** The words that tell an attack spoken of and a death suffered; {@link MaterialActs} reads them here too. */
  final AttackMentions mentions = new AttackMentions();

  MaterialRoles(RoleFinder roles, Cues cues, EventLexicon lexicon) {
    this.roles = roles;
    this.cues = cues;
    this.lexicon = lexicon;
    this.staging = new ProtestStaging(cues);
  }

  RoleFinder.Roles find(EventSentence s, int t, EventLexicon.Match m) {
    boolean protest = m.type().equals("PROTEST");
    List<Participant> actors = new ArrayList<>();
    List<Participant> targets = new ArrayList<>();
    if (m.verb()) {
      List<Participant> subject = roles.subjectBefore(s, t);
      int objectFrom = t + 1;
      if (m.entry().passive()) {
        targets.addAll(subject.isEmpty() ? roles.phraseAfter(s, t + 1, true) : subject);
      } else if (!subject.isEmpty()) {
        if (!protest && object(s, t + 1) == null && !reflexive(s, t + 1) && (agentAfter(s, t) || (suffers(subject.get(0), m)
            || inAct(s, t + 1, m) || deathsTold(s, t)) && against(s, t) == null && doer(s, t) == null)) {
          // "الطفل ... قد خطف": no object after the verb, the one named before suffers it; so does
          // anyone whose verb the act that befell them follows ("جنديين عراقيين قتلا بانفجار عبوة"),
          // and anyone whose verb names its doer by "على يد"، "برصاص" ("ضابط وجندي خطفا من منزليهما على يد مسلحين")
          targets.addAll(subject);
        } else {
          actors.addAll(subject);
        }
      } else if (!protest && !makerOfThingBefore(s, t, m).isEmpty()) {
        // "نفذ الجيش ضربات جوية استهدفت مواقع": the verb describes the thing the verb of doing made; its maker does it
        actors.addAll(makerOfThingBefore(s, t, m));
        List<Participant> after = roles.phraseAfter(s, t + 1, true);
        if (!after.isEmpty() && !actors.contains(after.get(0))) {
          objectFrom = after.get(after.size() - 1).last() + 1;
          targets.addAll(after);
        }
      } else {
        List<Participant> after = roles.phraseAfter(s, t + 1, true);
        if (after.isEmpty() && t + 1 < s.size() && lexicon.at(s.norms, t + 1).map(n -> n.type().equals(m.type()))
            .orElse(false)) {
          after = roles.phraseAfter(s, t + 2, false); // "قتلت غارات إسرائيلية ثلاثة أشخاص": the act's doer
          if (!after.isEmpty() && !after.get(0).nisba()) {
            after = List.of();
          }
        }
        if (!after.isEmpty()) {
          objectFrom = after.get(after.size() - 1).last() + 1;
          Participant object = protest ? null : object(s, objectFrom, true);
          // "أطلق الشاب النار على"; not the على of the act that befell them ("قتل أربعة في هجوم على دورية")
          boolean doneWith = m.companion() > objectFrom - 1 || (against(s, t) != null && !inAct(s, objectFrom, m));
          if (!protest && (s.town(after.get(0)) || s.premises(after.get(0)))) {
            // "قصف حلب": a town is shelled, it does not shell; nor does a post or vehicle ("استهدفت مواقع للمتمردين")
            targets.addAll(after);
          } else if (!protest && object == null && !doneWith && !accusativeNoun(s, objectFrom) && !s.countAt(objectFrom)
              && !reflexive(s, objectFrom)
              && !armedDoer(s, t, after, m)
              && !obliqueAfterNominative(s, after, objectFrom)
              && (suffers(after.get(0), m) || indefiniteAlone(s, after) || doer(s, t) != null
                  || deathsToldAfter(s, t, objectFrom)
                  || s.premises(after.get(0))
                  || inAct(s, objectFrom, m))) {
            targets.addAll(after); // "قتل 18 شخصا"، "قتل الجنود على أيدي مسلحين": the passive, its doer unsaid or after على أيدي
          } else {
            actors.addAll(after);
          }
        }
      }
      if (protest && targets.isEmpty() && !m.entry().crowd() && m.companion() > t) {
        Participant envoy = envoy(s, m.companion());
        if (envoy != null && !actors.contains(envoy)) {
          targets.add(envoy); // "استدعت وزارة الخارجية، اليوم، السفير الإيراني": whose envoy is summoned
        }
      }
      if (!protest && targets.isEmpty() && !m.entry().passive()) {
        boolean afterSubject = !actors.isEmpty() && objectFrom == actors.get(actors.size() - 1).last() + 1;
        Participant object = object(s, objectFrom, afterSubject);
        if (object == null && afterSubject) {
          object = countedAfterDescription(s, objectFrom); // "خطف مسلحون يرتدون زي الشرطة خمسة موظفين"
        }
        if (object != null) {
          targets.add(object);
        }
      }
    } else {
      int light = lightVerbBefore(s, t);
      List<Participant> lightSubject = light < 0 ? List.of() : lightSubject(s, light, t);
      List<Participant> genitive = roles.phraseAfter(s, t + 1, false);
      if (!genitive.isEmpty() && !m.entry().patient() && genitive.get(0).first() == t + 1 && genitive.get(0).last() == t + 1
          && genitive.get(0).entity() == null && cues.is(s.norm(t + 1), Cues.WordClass.ACT_ADJECTIVE)) {
        genitive = List.of(); // "هجوم مسلح": an armed attack, its doer not named; "مقتل مسلح" is still a gunman's death
      }
      if (!genitive.isEmpty()) {
        Participant head = genitive.get(0);
        // "قام الجيش بقصف مواقع المسلحين": the subject of the verb of doing does it, the genitive undergoes it
        boolean doer = protest || (lightSubject.isEmpty() && !m.entry().patient() && (head.nisba() && !roles.titled(s, head)
            || (head.sector() != null && ARMED.contains(head.sector()))
            || (head.coded() && head.sector() == null && !head.person() && !s.town(head))
            || RoleFinder.agentBeforePreposition(s, genitive, m.companion())));
        // "اعتداءات طهران"، "قصف حلب": a town is where the act falls, not who does it
        (doer ? actors : targets).addAll(genitive);
      }
      int undergo = undergoBefore(s, t);
      if (undergo >= 0 && targets.isEmpty()) {
        targets.addAll(roles.subjectBefore(s, undergo)); // "تعرضت ثكنة لاعتداء"
      }
      if (targets.isEmpty() && !protest) {
        targets.addAll(victimsOfCause(s, t)); // "أصيب ستة جنود في كمين": who it befell, whatever it was aimed at
      }
      if (actors.isEmpty()) {
        actors.addAll(lightSubject); // "شنت القوات الأمريكية غارات"، "قام الجيش بقصف"
      }
      if (protest && actors.isEmpty()) {
        actors.addAll(holders(s, t, m)); // "نظم العمال وقفة احتجاجية"، "مظاهرة نظمها الحزب"
      }
    }
    if (actors.isEmpty() && !protest) {
      Participant announcing = announcedDoer(s, t); // "أعلن الجيش تنفيذ غارة"، "أعلنت القيادة شن غارات"
      if (announcing != null && !targets.contains(announcing)) {
        actors.add(announcing);
      }
    }
    if (actors.isEmpty()) {
      Participant doer = doer(s, t);
      if (doer != null && !targets.contains(doer)) {
        actors.add(doer);
      }
    }
    if (actors.isEmpty() && !targets.isEmpty() && m.type().equals("COERCE") && !m.verb()) {
      Participant announcing = announcer(s, t, targets); // "أعلنت الشرطة توقيف ثلاثة أشخاص"
      if (announcing != null) {
        actors.add(announcing);
      }
    }
    if (actors.isEmpty() && !targets.isEmpty() && m.type().equals("ASSAULT") && !m.verb()) {
      Participant announcing = killingAnnouncer(s, t, targets); // "أعلن الجيش مقتل ستة من الخاطفين"
      if (announcing != null) {
        actors.add(announcing);
      }
    }
    if (actors.isEmpty() && !targets.isEmpty() && m.type().equals("COERCE")) {
      Participant arresting = arrestingSayer(s, t); // "أعلنت الشرطة أن ثلاثة أشخاص اعتقلوا"
      if (arresting != null && !targets.contains(arresting)) {
        actors.add(arresting);
      }
    }
    if (targets.isEmpty() && !protest) {
      // a gathering banned "أمام مقر البرلمان" would have stood there: the site is not whom the ban is aimed at
      Participant aimed = "ban".equals(m.entry().subtype()) ? null : against(s, t);
      if (aimed != null && !actors.contains(aimed)) {
        targets.add(aimed);
      }
    } else if (targets.isEmpty()) {
      Participant aimed = against(s, t); // "احتجاجا على زيارة بوش"، "أمام السفارة التونسية"
      Participant culprit = aimed == null ? null : culprit(s, aimed);
      if (culprit != null && !actors.contains(culprit)) {
        aimed = culprit; // "للاحتجاج على مقتل مدنيين على يد القوات الأمريكية": whoever did what it protests
      }
      if (aimed == null) {
        aimed = addressee(s, t); // "لمطالبة الحكومة بالإفراج"، "مطالبين الوزير بالاستقالة"
      }
      if (aimed == null) {
        aimed = against(s, t, staging.denounced); // "تنديدا بقرار الحكومة"، "مظاهرات مناهضة للحكومة"
      }
      if (aimed == null) {
        aimed = against(s, t, staging.sites); // "قرب مقر البرلمان"، "خارج السفارة الأمريكية"
        aimed = aimed == null || aimed.sector() == null ? null : aimed; // "قرب مدينة الموصل" is where, not whom
      }
      if (aimed != null && !actors.contains(aimed) && !aimed.conjoined()) {
        targets.add(aimed);
      }
    }
    if ("expel".equals(m.entry().subtype()) && targets.stream().noneMatch(Participant::coded)) {
      List<Participant> home = whither(s, t, actors);
      if (!home.isEmpty()) {
        targets.clear();
        targets.addAll(home); // "رحّلت السلطات 300 مهاجر إلى النيجر ومالي": the deported are of the countries they are sent to
      }
    }
    return new RoleFinder.Roles(actors, targets, true);
  }

  /**
   * The countries named after the preposition of whither ({@code WHITHER} of grammar.tsv) within
   * {@value #REACH} words after the act at {@code t} and in its clause, with those joined to them by
   * و ("إلى السنغال ومالي"); none of the doers, no town. Empty for none.
   */
  private List<Participant> whither(EventSentence s, int t, List<Participant> actors) {
    for (int i = t + 1; i < s.size() && i <= t + REACH; i++) {
      if (s.isClauseEnd(i) || cues.boundary.matchAt(s.norms, i) > 0) {
        return List.of();
      }
      if (cues.is(s.norm(i), Cues.WordClass.WHITHER)) {
        List<Participant> to = roles.phraseAfter(s, i + 1, false).stream()
            .filter(p -> p.coded() && !s.town(p) && p.sector() == null && !p.person() && !actors.contains(p)).toList();
        return to.isEmpty() || to.get(0).first() != i + 1 ? List.of() : to;
      }
    }
    return List.of();
  }

  /** How many words may stand between the party an act befell and the agent's phrase that names its doer. */
  private static final int CULPRIT_GAP = 2;

  /**
   * The doer of the act a protest is aimed at, where an {@code agent} phrase names it right after
   * the party that act befell ("احتجاجا على مقتل ثلاثة مدنيين على يد قوات الاحتلال"، "على اعتقال
   * الصحافي من قبل الشرطة"): the crowd protests against whoever killed or arrested, not against
   * the dead or the held; or null.
   */
  private Participant culprit(EventSentence s, Participant befell) {
    int end = ModeReader.clauseEnd(s, befell.last());
    for (int i = befell.last() + 1; i < end && i <= befell.last() + 1 + CULPRIT_GAP; i++) {
      if (s.isComma(i)) {
        return null;
      }
      int len = cues.agent.matchAt(s.norms, i);
      if (len > 0) {
        List<Participant> after = roles.phraseAfter(s, i + len, true);
        return after.isEmpty() ? null : after.get(0);
      }
    }
    return null;
  }

  /** Whether the word names a strike, of work or of hunger ("إضراب"، "إضرابه عن الطعام"). */
  static boolean strike(EventLexicon.Match m) {
    return m.type().equals("PROTEST") && m.entry().subtype() != null && m.entry().subtype().endsWith("strike");
  }

  /** How far before "أن" the subject of the verb of saying may end ("قالت الشرطة الأفغانية في بيان إن"). */
  private static final int SAYER_REACH = 6;

  /**
   * The police, army, prosecutor or ministry that tells of an arrest whose doer the clause does
   * not name ("قالت الشرطة إن ثلاثة أشخاص اعتقلوا"، "أعلنت النيابة أن المشتبه به أوقف"): those
   * who arrest announce their own arrests. The party ends at most {@value #SAYER_REACH} words
   * before the "أن" that opens the arrest's clause; null when there is none.
   */
  private Participant arrestingSayer(EventSentence s, int t) {
    int that = t - 1;
    while (that >= 0 && !EventSentence.THAT.contains(s.norm(that))) {
      if (s.isClauseEnd(that)) {
        return null;
      }
      that--;
    }
    if (that < 0) {
      return null;
    }
    Participant p = s.partyBefore(that, q -> q.sector() != null && ARRESTING.contains(q.sector()));
    return p != null && that - p.last() <= SAYER_REACH ? p : null;
  }

  /** How many words a unit of a body may have before the "في" of its body ("إدارة مكافحة المخدرات في"). */
  private static final int UNIT_REACH = 4;

  /**
   * How many tokens an aside may take between a verb of announcing and the act it announces: a time ("أعلنت
   * الشرطة أمس توقيف"), one set off by commas ("أعلنت الشرطة، مساء أمس الثلاثاء، اعتقال"), brackets or a short
   * quoted name.
   */
  private static final int ASIDE_GAP = 6;

  /**
   * The police, army, prosecutor or ministry whose verb of announcing ({@code announce} of
   * grammar.tsv) has for its object the verbal noun of an arrest or deportation at {@code t}
   * ("أعلنت الشرطة توقيف ثلاثة أشخاص"، "أعلنت وزارة الداخلية ترحيل مئات المهاجرين"): those who
   * arrest announce their own arrests. A government's ministry (GOV) only of foreigners, those
   * arrested named by a country other than the announcer's ("ثلاثة مواطنين ليبيين"): it tells of its
   * citizens held abroad ("أعلنت الخارجية الفرنسية توقيف مواطن فرنسي"); police, army, prosecutors and
   * security services named with their country also of people counted with no country ("أعلنت الشرطة
   * السودانية اعتقال 20 شخصا"). Null when there is none.
   */
  Participant announcer(EventSentence s, int t, List<Participant> targets) {
    if (targets.isEmpty()) {
      return null; // "أعلن الرئيس توقيف المفاوضات": a halt, no one arrested
    }
    Participant p = announcingSubject(s, t);
    if (p == null || p.sector() == null || !ARRESTING.contains(p.sector())) {
      return null;
    }
    String code = p.code();
    boolean foreigners = targets.stream().allMatch(x -> x.code() != null && !x.code().equals(code));
    // police, army, prosecutors and security services named with their country announce the arrests they made,
    // of people counted with no country named too ("اعتقال 20 شخصا"; not "توقيف المشتبه به", told before)
    boolean holding = !p.sector().equals("GOV") && code != null && targets.stream().allMatch(x -> x.counted() && x.code() == null);
    return (foreigners || holding) && !targets.contains(p) ? p : null;
  }

  /**
   * The army or police whose verb of announcing has for its object the killing, at {@code t}, of armed men of no
   * state ("أعلن الجيش السوداني مقتل ستة من خاطفي الرهائن"، "أعلنت القيادة العامة للقوات المسلحة قتل تسعة مسلحين"):
   * forces announce the enemies they killed, not their own dead ("أعلن الجيش مقتل اثنين من جنوده"). Null otherwise.
   * Counted over jawharafm, the GSR dev sentences and ANERcorp train: 9 killings announced by forces, the 2 of armed
   * men killed by the announcers, the 7 others of their own men or civilians.
   */
  Participant killingAnnouncer(EventSentence s, int t, List<Participant> targets) {
    if (targets.isEmpty() || targets.stream().anyMatch(x -> x.sector() == null || !IRREGULAR.contains(x.sector()))) {
      return null;
    }
    Participant p = announcingSubject(s, t);
    return p != null && p.sector() != null && (p.sector().equals("MIL") || p.sector().equals("COP")) && !p.person()
        && !targets.contains(p) ? p : null;
  }

  /** The subject of the verb of announcing whose object is the act's noun at {@code t}, or null. */
  Participant announcingSubject(EventSentence s, int t) {
    int before = skipAside(s, t - 1);
    Participant p = before < 0 ? null : s.participantAt(before);
    int verb;
    if (p != null && p.last() == before) {
      verb = skipAside(s, (p.from() >= 0 ? Math.min(p.from(), p.first()) : p.first()) - 1); // "أعلنت وزارة الداخلية أمس ترحيل": the subject between the verb and its object
      // "أعلنت إدارة مكافحة المخدرات في مديرية الأمن العام إلقاء القبض": a unit of the body named after في
      for (int i = verb - 1; verb > 0 && s.norm(verb).equals("في") && i >= 0 && i >= verb - UNIT_REACH; i--) {
        if (s.isComma(i) || s.isClauseEnd(i)) {
          break;
        }
        if (announcing(s.norm(i))) {
          verb = i;
        }
      }
    } else {
      verb = before; // "وزارة الداخلية أعلنت ترحيل"
      List<Participant> subject = verb < 0 ? List.of() : roles.subjectBefore(s, verb);
      p = subject.isEmpty() ? null : subject.get(0);
    }
    return p == null || verb < 0 || !announcing(s.norm(verb)) ? null : p;
  }

  /**
   * The army, command or group whose verb of announcing ({@code announce} of grammar.tsv, all in
   * the past) has for its object the verbal noun of doing ({@code light-noun}: تنفيذ، شن) of the
   * act's noun at {@code t}, a word of measure at most between ("أعلنت القيادة الأمريكية تنفيذ غارة
   * جوية"، "أعلن الجيش، أمس، شن سلسلة غارات"، "الجيش أعلن تنفيذ ضربة"): those who carry out a strike
   * announce it. A time, a comma or a name in quotation marks or brackets may stand between the
   * party and its verb or object. Not of persons ("أعلن الرئيس تنفيذ ..." is a decision told); null
   * when there is none.
   */
  Participant announcedDoer(EventSentence s, int t) {
    int light = cues.is(s.norm(t), Cues.WordClass.LIGHT_NOUN) ? t : t - 1; // "شن غارات" may itself be the act's phrase
    if (light == t - 1 && light >= 0 && cues.is(s.norm(light), Cues.WordClass.MEASURE)) {
      light--; // "شن سلسلة غارات"
    }
    if (light < 1 || !cues.is(s.norm(light), Cues.WordClass.LIGHT_NOUN)) {
      return null;
    }
    int before = skipNamedAside(s, light - 1);
    Participant p = null;
    for (int k = light - 1; k >= Math.max(before, 0) && p == null; k--) {
      Participant q = s.participantAt(k); // the quoted name may be the party's own last words
      p = q != null && q.last() == k ? q : null;
    }
    Participant full = p == null || p.code() != null ? null : s.participantAt(Math.min(p.from(), p.first()) - 1);
    if (full != null && full.last() == Math.min(p.from(), p.first()) - 1 && full.code() != null) {
      p = full; // "القيادة الأمريكية في أفريقيا \"أفريكوم\"": a short name after the full one
    }
    int verb;
    if (p != null) {
      verb = skipNamedAside(s, (p.from() >= 0 ? Math.min(p.from(), p.first()) : p.first()) - 1);
    } else {
      verb = before; // "الجيش أعلن تنفيذ غارة"
      List<Participant> subject = verb < 0 ? List.of() : roles.subjectBefore(s, verb);
      p = subject.isEmpty() ? null : subject.get(0);
    }
    if (p == null || p.person() || verb < 0 || !announcing(s.norm(verb))) {
      return null;
    }
    return p;
  }

  /** The token at or before {@code i} past a time, a comma, a quotation mark or an aside in brackets or quotation marks. */
  private static int skipNamedAside(EventSentence s, int i) {
    for (int gap = 0; i >= 0 && gap < ASIDE_GAP; gap++) {
      if (s.isQuoteMark(i)) {
        int open = i - 1;
        while (open >= 0 && i - open <= 3 && !s.isQuoteMark(open)) {
          open--;
        }
        if (open < 0 || i - open > 3) {
          return i; // no short quoted name closes here
        }
        i = open - 1; // "القيادة الأمريكية في أفريقيا \"أفريكوم\" تنفيذ"
      } else if (s.isTime(i) || s.isComma(i) || s.parenthetical(i)) {
        i--;
      } else {
        return i;
      }
    }
    return i;
  }

  /** The token at or before {@code i} past a time or comma ("أعلنت الشرطة، أمس،"), -1 at the sentence's start. */
  private static int skipAside(EventSentence s, int i) {
    for (int gap = 0; i >= 0 && gap < ASIDE_GAP && (s.isTime(i) || s.isComma(i)); gap++) {
      i--;
    }
    return i;
  }

  /** Whether a word is a verb of announcing, with و or ف before it ("وأعلنت"). */
  private boolean announcing(String n) {
    String bare = n.length() > 3 && Clitics.opensWithConjunction(n) ? n.substring(1) : n;
    return cues.is(n, Cues.WordClass.ANNOUNCE) || cues.is(bare, Cues.WordClass.ANNOUNCE);
  }

  /** Sectors of armed men without a state: named without the article after an attack's verb, they do it. */
  private static final Set<String> IRREGULAR = Set.of("UAF", "REB", "CRM");

  /**
   * Whether the verb at {@code t} tells a death or an injury and another such verb follows it,
   * joined by و, past a time ("جنديان قتلا وأصيب ثالث"، "قتل شخص وجرح أربعة"): a count of
   * casualties, so the party named before the verb suffers it.
   */
  private boolean deathsTold(EventSentence s, int t) {
    if (!mentions.tellsDeath(s, t)) {
      return false;
    }
    int i = t + 1;
    while (i < s.size() && s.isTime(i)) {
      i++;
    }
    return i < s.size() && s.norm(i).startsWith("و") && mentions.tellsDeath(s, i);
  }

  /**
   * Whether the verb at {@code t} tells a death or an injury and, right after its party (from
   * {@code from}, past a time), another such verb follows joined by و ("قتل جنديان أمريكيان
   * وأصيب ثلاثة"، "قتل شرطي وجرح اثنان"): a count of casualties, the verb read as a passive, so
   * its party suffered it whoever they are.
   */
  private boolean deathsToldAfter(EventSentence s, int t, int from) {
    if (!mentions.tellsDeath(s, t)) {
      return false;
    }
    int i = from;
    while (i < s.size() && s.isTime(i)) {
      i++;
    }
    return i < s.size() && s.norm(i).startsWith("و") && mentions.tellsDeath(s, i);
  }

  /** Whether the word at {@code i}, past a time, is "himself" ({@code reflexive}: "فجر نفسه"): the verb is active. */
  private boolean reflexive(EventSentence s, int i) {
    while (i < s.size() && s.isTime(i)) {
      i++;
    }
    return i < s.size() && cues.is(s.norm(i), Cues.WordClass.REFLEXIVE);
  }

  /**
   * Whether the one party after an attack's verb that tells no death is armed men named without
   * the article ("خطف مسلحون يرتدون زي الشرطة خمسة موظفين"، "هاجم متمردون القافلة"): they did
   * the act; men of a state's forces or anyone else may be who suffered it.
   */
  private boolean armedDoer(EventSentence s, int t, List<Participant> after, EventLexicon.Match m) {
    Participant p = after.get(0);
    if (!m.type().equals("ASSAULT") || mentions.tellsDeath(s, t) || p.sector() == null) {
      return false;
    }
    // "هاجم مستوطنون القرية": a people tied to a country by its word alone (sectors.tsv, field 3), named
    // without the article in the nominative, is the subject of a verb that tells no death
    boolean people = after.size() == 1 && p.coded() && p.entity() == null && p.from() >= 0 && p.last() >= 0
        && s.norm(p.last()).endsWith("ون") && Clitics.stems(s.norm(p.from())).stream().noneMatch(Clitics::hasArticle);
    return people || (IRREGULAR.contains(p.sector()) && indefiniteAlone(s, List.of(p)));
  }

  /**
   * Whether a party told alone with the act's verb suffers it (the verb read as a passive): it is
   * counted, a person, or of a sector that suffers; for an arrest anyone but the forces that
   * arrest ("واعتقل مسلح ثالث").
   */
  private static boolean suffers(Participant p, EventLexicon.Match m) {
    if (m.type().equals("COERCE")) {
      return p.sector() == null ? p.person() || p.counted() : !ARRESTING.contains(p.sector());
    }
    return p.counted() || (p.sector() != null && VICTIMS.contains(p.sector())) || p.person();
  }

  /**
   * Whether the one party after an act's verb, with nothing done to anyone after it, is named
   * without the article ("قتل شرطي"، "خطف مهندس"): the passive, not a policeman who killed.
   */
  private static boolean indefiniteAlone(EventSentence s, List<Participant> after) {
    Participant p = after.get(0);
    return after.size() == 1 && !p.coded() && p.entity() == null && p.from() >= 0
        && Clitics.stems(s.norm(p.from())).stream().noneMatch(Clitics::hasArticle);
  }

  /**
   * The party the act is done to, right after {@code from} in the clause: the first party not
   * after a preposition of place ("في"), past a time, a weapon and the words that name it.
   */
  private Participant object(EventSentence s, int from) {
    return object(s, from, false);
  }

  /**
   * As {@link #object(EventSentence, int)}, {@code afterSubject} when {@code from} follows the subject
   * named after the verb: there a country after the preposition of place is where the act was done
   * too ("اعتقلت قوات الأمن في تونس خمسة أشخاص"), as a town always is; right after the verb it may be
   * whom the act befell.
   */
  private Participant object(EventSentence s, int from, boolean afterSubject) {
    int reach = from + OBJECT_REACH;
    for (int i = from; i < s.size() && i < reach; i++) {
      int close = MaterialActs.timeAside(s, i, s.size());
      if (close > 0) { // "اعتقلت الشرطة، فجر اليوم، 18 شخصا": a time between commas is an aside, the object after it
        reach += close - i + 1;
        i = close;
        continue;
      }
      if (s.isClauseEnd(i) || s.isComma(i) || cues.boundary.matchAt(s.norms, i) > 0) {
        return null;
      }
      int town = townAside(s, i, afterSubject && i == from);
      if (town > 0) { // "أوقفت الشرطة في مدريد ثلاثة مواطنين": where it was done, the object after it
        reach += town - i + 1;
        i = town;
        continue;
      }
      Participant p = s.participantAt(i);
      if (p != null) {
        return p.both() || roles.locative(s, p) || p.first() != i || s.isTime(i) ? null : p;
      }
      if (!s.isNaming(i) && !s.isTime(i) && !instrument(s, i)) {
        return null;
      }
    }
    return null;
  }

  /** How many words may name the kind of place before a town's name ("في مدينة"، "بولاية"). */
  private static final int PLACE_WORDS = 1;

  /**
   * The last token of a town named at {@code i} after a preposition of place, the preposition
   * written apart ("في مدريد"، "في مدينة سبتة") or as the proclitic ب ("بمدينة سبتة"، "بطنجة"), or -1.
   * Only a town, or a country with {@code country} (the phrase right after the subject): a country after
   * في right after the verb may be whom the act befell ("اعتقل في العراق") and is left to the reader.
   */
  private int townAside(EventSentence s, int i, boolean country) {
    boolean apart = cues.is(s.norm(i), Cues.WordClass.LOCATIVE);
    if (!apart && !s.norm(i).startsWith("ب")) {
      return -1;
    }
    int name = apart ? i + 1 : i; // the word that names the place, or the kind of place before its name
    for (int k = name; k < s.size() && k <= name + PLACE_WORDS; k++) {
      Participant p = s.participantAt(k);
      if (p != null) {
        int start = p.from() >= 0 ? p.from() : p.first();
        boolean state = country && p.coded() && p.sector() == null && !p.person() && !p.both();
        if (!(s.town(p) || state) || (start != name && p.first() != name + PLACE_WORDS)) {
          return -1;
        }
        int after = p.last() + 1; // "بمدينة سبتة المحتلة"، "في القدس القديمة": the town's adjective, the object after it
        boolean adjective = after + 1 < s.size() && s.participantAt(after) == null && !s.isPunct(after)
            && Clitics.opensWithArticle(s.norm(after)) && (s.participantAt(after + 1) != null || s.isNaming(after + 1));
        return adjective ? after : p.last();
      }
      if (s.isPunct(k)) {
        return -1;
      }
    }
    return -1;
  }

  /** How many words a clause describing the doer after the verb may hold ("يرتدون زي الشرطة العراقية"). */
  private static final int DESCRIPTION_REACH = 8;

  /**
   * The object of a verb whose subject after it is described by a clause of the present tense
   * ({@code from} its verb: "خطف مسلحون يرتدون زي الجيش ثلاثة مهندسين"): the first party counted
   * by a number after that clause, before a comma or the clause's end; the parties inside the
   * description ("زي الجيش") are what they wear or do, not whom the act befell. Null without one.
   */
  private Participant countedAfterDescription(EventSentence s, int from) {
    if (from >= s.size() || s.participantAt(from) != null || s.isTime(from) || !presentVerb(s, from)) {
      return null;
    }
    for (int i = from + 1; i < s.size() && i <= from + DESCRIPTION_REACH; i++) {
      if (s.isClauseEnd(i) || s.isComma(i) || cues.boundary.matchAt(s.norms, i) > 0) {
        return null;
      }
      Participant p = s.participantAt(i);
      if (p != null && p.counted() && p.from() > from + 1 && !p.both() && !roles.locative(s, p)) {
        return p;
      }
    }
    return null;
  }

  /** Whether the word at {@code i} reads as a verb of the present, third person ("يرتدون"، "يعمل"). */
  private static boolean presentVerb(EventSentence s, int i) {
    String n = s.norm(i);
    return s.tokens.get(i).kind() == org.marsad.text.Token.Kind.ARABIC && n.length() >= 4 && n.startsWith("ي")
        && Clitics.stems(n).stream().noneMatch(Clitics::hasArticle);
  }

  /**
   * Whether the first word at or after {@code from}, past a time, is an indefinite noun in the
   * accusative ("استهدف انتحاري اجتماعا"، "هاجم مسلحون مركزا"): the verb has an object, so it is
   * active and the party before the noun does the act. The accusative is told by the alif of its
   * ending (tanwin), on a word of five letters or more without the article, the pronoun ها, a plural
   * verb's ending, and not an adverb of {@code grammar.tsv}.
   */
  private boolean accusativeNoun(EventSentence s, int from) {
    int i = from;
    while (i < s.size() && s.isTime(i)) {
      i++;
    }
    if (i >= s.size() || s.tokens.get(i).kind() != org.marsad.text.Token.Kind.ARABIC || s.participantAt(i) != null) {
      return false;
    }
    String n = s.norm(i);
    return n.length() >= 5 && n.endsWith("ا") && !n.endsWith("ها") && !n.endsWith("وا")
        && !n.endsWith("هما") && !cues.is(n, Cues.WordClass.ADVERB)
        && Clitics.stems(n).stream().noneMatch(Clitics::hasArticle);
  }

  /**
   * Whether a plural in ون (the nominative: "مفجرون انتحاريون") is followed by a bare noun in ين
   * without the article (the accusative: "سياسيين"): the verb's subject and then its object, so
   * the verb is active and the party in ون does the act.
   */
  private static boolean obliqueAfterNominative(EventSentence s, List<Participant> after, int from) {
    Participant p = after.get(after.size() - 1);
    if (from >= s.size() || p.last() < 0 || !s.norm(p.last()).endsWith("ون") || s.participantAt(from) != null
        || s.tokens.get(from).kind() != org.marsad.text.Token.Kind.ARABIC) {
      return false;
    }
    String n = s.norm(from);
    return n.length() >= 5 && n.endsWith("ين") && Clitics.stems(n).stream().noneMatch(Clitics::hasArticle);
  }

  /**
   * Whether the words at {@code from}, past a time, name an act of the same type as the cause of
   * the verb's ("قتل شرطي عراقي في انفجار عبوة"، "أصيب جندي جراء قصف"، "قتل ثلاثة بانفجار"):
   * the verb is then a passive whose party suffers the act, whoever it is. An act's noun with no
   * preposition is the verb's object, not its cause ("المتمردون شنوا الهجوم").
   */
  private boolean inAct(EventSentence s, int from, EventLexicon.Match m) {
    int i = from;
    while (i < s.size() && s.isTime(i)) {
      i++;
    }
    boolean preposition = i < s.size()
        && (cues.is(s.norm(i), Cues.WordClass.CAUSE) || cues.is(s.norm(i), Cues.WordClass.LOCATIVE));
    if (preposition) {
      i++;
    }
    if (i >= s.size()) {
      return false;
    }
    // without a preposition of its own ("بانفجار") or before it, the noun is the verb's object: "شنوا الهجوم"
    boolean cause = preposition || s.norm(i).startsWith("ب");
    return cause && lexicon.at(s.norms, i).map(n -> !n.verb() && n.type().equals(m.type())).orElse(false);
  }

  /** A word of the weapon the act is done with, between the verb and its object ("هاجم الحوثيون بالصواريخ مواقع"). */
  private static boolean instrument(EventSentence s, int i) {
    String n = s.norm(i);
    return n.startsWith("بال") && n.length() > 5;
  }

  /** How far after an act's noun the verb of doing may stand whose subject it is ("الهجوم بالقنبلة نفذ"). */
  private static final int DONE_REACH = 3;

  /**
   * Whether the act's noun at {@code t} is the subject of a verb of doing right after it, past its
   * weapon, and an {@code against} word names whom it was done to ("الهجوم بالقنبلة نفذ ضد عناصر
   * من العشائر"، "هجوما بالقذائف نفذ ضد مدرسة"): the act told as done.
   */
  boolean doneAgainst(EventSentence s, int t) {
    int end = ModeReader.clauseEnd(s, t);
    for (int i = t + 1; i < end && i <= t + DONE_REACH; i++) {
      if (instrument(s, i)) {
        continue;
      }
      if (!light(s.norm(i))) {
        return false;
      }
      return i + 1 < end && cues.against.matchAt(s.norms, i + 1) > 0;
    }
    return false;
  }

  /** The party named as the doer in the event word's clause: after an {@code agent} word or a {@code doer} verb. */
  Participant doer(EventSentence s, int t) {
    int end = ModeReader.clauseEnd(s, t);
    for (int i = t + 1, steps = 1; i < end && steps < REACH; i++) {
      if (s.parenthetical(i)) {
        continue; // "خطف في تيزي وزو (110 كلم شرق العاصمة) من قبل": the aside is no distance
      }
      steps++;
      int len = cues.agent.matchAt(s.norms, i);
      if (len == 0) {
        len = cues.doer.matchAt(s.norms, i);
      }
      if (len > 0) {
        List<Participant> after = roles.phraseAfter(s, i + len, true);
        Participant adjective = s.participantAt(i + len + 1);
        if (after.isEmpty() && adjective != null && adjective.nisba() && adjective.first() == i + len + 1) {
          return adjective; // "شنتها طائرات إسرائيلية": a thing of a country's
        }
        return after.isEmpty() ? null : after.get(0);
      }
    }
    return null;
  }

  /**
   * Whether the verb at {@code t} names its doer by an {@code agent} phrase of its clause ("على
   * يد"، "على أيدي"، "برصاص"، "من قبل"), a party right after it: the verb is a passive (these
   * phrases name the doer of a passive alone), so the party named before it suffered the act.
   */
  private boolean agentAfter(EventSentence s, int t) {
    int end = ModeReader.clauseEnd(s, t);
    for (int i = t + 1, steps = 1; i < end && steps < REACH; i++) {
      if (s.parenthetical(i)) {
        continue;
      }
      steps++;
      int len = cues.agent.matchAt(s.norms, i);
      if (len > 0) {
        return !roles.phraseAfter(s, i + len, true).isEmpty();
      }
    }
    return false;
  }

  /**
   * Who held the protest named by the noun at {@code t}: the subject of a verb of holding or
   * joining before it ("نظم العمال وقفة"، "شارك آلاف الطلاب في مسيرات")، the party after the verb
   * with the protest as its pronoun ("مظاهرة نظمها الحزب")، or who did the act whose purpose it
   * is ("أحرق شاب نفسه احتجاجا").
   */
  private List<Participant> holders(EventSentence s, int t, EventLexicon.Match m) {
    int stage = staging.stageBefore(s, t, strike(m));
    if (stage >= 0) {
      List<Participant> subject = roles.subjectBefore(s, stage);
      if (subject.isEmpty() && stage > 0 && RoleFinder.describes(s, stage - 1)) {
        subject = roles.subjectBefore(s, stage - 1); // "وكانت خمسة أحزاب سياسية نظمت مسيرات"
      }
      if (subject.isEmpty()) {
        subject = roles.phraseAfter(s, stage + 1, true);
        subject = subject.isEmpty() || subject.get(0).last() >= t ? List.of() : subject;
      }
      return subject;
    }
    int held = staging.heldAfter(s, t);
    if (held >= 0) {
      return roles.phraseAfter(s, held + 1, true);
    }
    Participant doer = staging.purpose(s, t) ? staging.purposeDoer(s, t) : null;
    return doer == null ? List.of() : List.of(doer);
  }

  /** How far before an act named as a cause the word of the death or injury it caused may stand. */
  private static final int CAUSE_REACH = 8;

  /**
   * Who died or was injured in the act named by the noun at {@code t} as its cause: the parties
   * right after a word of death or injury ({@code death} of attack-mentions.tsv) and before the
   * preposition of cause or place of the noun ("قتل أربعة من رجال الشرطة في هجوم"، "لقي ثلاثة
   * مدنيين حتفهم جراء انفجار"، "أصيب جنديان بانفجار"), at most two words between them; or none.
   */
  private List<Participant> victimsOfCause(EventSentence s, int t) {
    boolean own = s.norm(t).startsWith("ب"); // "بانفجار": the preposition is the noun's own
    int before = own ? t : t - 1;
    if (!own && (before < 0 || !(cues.is(s.norm(before), Cues.WordClass.CAUSE)
        || cues.is(s.norm(before), Cues.WordClass.LOCATIVE)))) {
      return List.of();
    }
    int from = ModeReader.clauseStart(s, t);
    for (int v = before - 1; v >= from && v >= t - CAUSE_REACH; v--) {
      if (s.isComma(v) || s.isClauseEnd(v)) {
        return List.of();
      }
      if (!mentions.tellsDeath(s, v)) {
        continue;
      }
      List<Participant> victims = roles.phraseAfter(s, v + 1, true).stream().filter(q -> q.last() < before).toList();
      return victims.isEmpty() || before - victims.get(victims.size() - 1).last() > 3 ? List.of() : victims;
    }
    return List.of();
  }

  /** How far after an attack's word the word of what it brought about may stand ("، مما أدى إلى"). */
  private static final int RESULT_SEARCH = 30;

  /**
   * Who the act at {@code t} left dead or wounded, named after a word of result in its sentence
   * and a word of death or injury ("انفجرت عبوة، مما أدى إلى إصابة اثنين من المدنيين"), or null.
   */
  Participant hurtBy(EventSentence s, int t) {
    for (int i = t + 1; i < s.size() && i <= t + RESULT_SEARCH; i++) {
      if (s.isClauseEnd(i)) {
        return null;
      }
      if (cues.classOf(s.norm(i)) != Cues.WordClass.RESULT) {
        continue;
      }
      for (int k = i + 1; k < s.size() && k <= i + MaterialActs.RESULT_REACH; k++) {
        if (mentions.tellsDeath(s, k)) {
          List<Participant> hurt = roles.phraseAfter(s, k + 1, false);
          return hurt.isEmpty() || hurt.get(0).both() ? null : hurt.get(0);
        }
      }
      return null;
    }
    return null;
  }

  /** How far after an arrest's noun the verb of whom it reached may stand ("حملة اعتقالات في بلدة X، طالت"). */
  private static final int REACH_SEARCH = 8;

  /**
   * Who the act named by the noun at {@code t} reached, the object of a {@code reach} verb after it in
   * its clause ("شنت الشرطة حملة اعتقالات طالت عشرين شابا"، "الاعتقالات التي شملت ناشطين"), or null.
   */
  Participant reached(EventSentence s, int t) {
    for (int i = t + 1; i < s.size() && i <= t + REACH_SEARCH; i++) {
      if (s.isClauseEnd(i)) {
        return null;
      }
      if (cues.is(s.norm(i), Cues.WordClass.REACH)) {
        List<Participant> held = roles.phraseAfter(s, i + 1, false);
        return held.isEmpty() || held.get(0).both() ? null : held.get(0);
      }
    }
    return null;
  }

  /** The token of an {@code undergo} verb within three words before the event word ("تعرضت ... لهجوم"), or -1. */
  int undergoBefore(EventSentence s, int t) {
    for (int i = t - 1; i >= 0 && i >= t - 3; i--) {
      if (s.isClauseEnd(i)) {
        return -1;
      }
      if (cues.undergo.matchAt(s.norms, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** How far before a noun the verb of doing whose object it is may stand ("قامت الجماعة في ديسمبر 2005 بخطف"). */
  private static final int LIGHT_REACH = 8;

  /** The token of a verb of doing ({@code light} of grammar.tsv) whose object is the noun at {@code t}, or -1. */
  int lightVerbBefore(EventSentence s, int t) {
    for (int i = t - 1, steps = 0; i >= 0 && steps < LIGHT_REACH; i--) {
      if (s.parenthetical(i)) {
        continue; // "في ديسمبر (كانون الأول)": the aside is no distance
      }
      steps++;
      if (s.isComma(i) && timeAside(s, i) >= 0) {
        i = timeAside(s, i); // "نفذت قواتها، الليلة الماضية، ضربة": the time between commas is an aside
        continue;
      }
      if (s.isComma(i) && companyAside(s, i) >= 0) {
        i = companyAside(s, i); // "نفذت، بالتنسيق مع الحكومة، غارة": with whom it was done is an aside
        continue;
      }
      if (s.isClauseEnd(i) || s.isComma(i)) {
        return -1;
      }
      if (light(s.norm(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the time set off by commas that closes with the comma at {@code close} opens: the opening
   * comma's token, or -1 when the words between are not all of a time ("، الليلة الماضية،").
   */
  private static int timeAside(EventSentence s, int close) {
    int i = close - 1;
    while (i >= 0 && s.isTime(i)) {
      i--;
    }
    return i >= 0 && i < close - 1 && s.isComma(i) ? i : -1;
  }

  /** The most words an aside of with whom an act was done holds between its commas ("، بالتنسيق مع وزارة الدفاع الوطني في البلاد،"). */
  private static final int COMPANY_REACH = 8;

  /**
   * Where the aside of with whom an act was done that closes with the comma at {@code close} opens: the
   * opening comma's token, its first word one of {@code company} of grammar.tsv ("، بالتنسيق مع الحكومة،"),
   * or -1.
   */
  private int companyAside(EventSentence s, int close) {
    for (int k = close - 1; k >= 0 && k >= close - COMPANY_REACH; k--) {
      if (s.isClauseEnd(k)) {
        return -1;
      }
      if (s.isComma(k)) {
        return k + 1 < close && cues.is(s.norm(k + 1), Cues.WordClass.COMPANY) ? k : -1;
      }
    }
    return -1;
  }

  /** Whether the word is a verb of doing ({@code light} or {@code light-present} of grammar.tsv). */
  private boolean light(String norm) {
    return cues.is(norm, Cues.WordClass.LIGHT) || cues.is(norm, Cues.WordClass.LIGHT_PRESENT);
  }

  /** Whether the verb of doing whose object is the noun at {@code t} tells the act: one in the past ("قامت"، "تمكنت"). */
  boolean toldByLightVerb(EventSentence s, int t) {
    int light = lightVerbBefore(s, t);
    return light >= 0 && cues.is(s.norm(light), Cues.WordClass.LIGHT) || announcedDoer(s, t) != null;
  }

  /** How many words may name the thing made between its maker and the verb that describes it ("ثلاث ضربات جوية"). */
  private static final int MADE_WORDS = 4;

  /**
   * Who made the indefinite thing right before the verb at {@code t}, a verb with no subject of its own that
   * describes it: the subject of the verb of doing in the past ({@code light} of grammar.tsv) whose object it
   * is ("نفذ الجيش ضربات جوية استهدفت منصات"، "نفذت الشرطة خمسين عملية دهم استهدفت أوساطا"، "نفذت تفجيرا استهدف
   * فندقا"); empty for none. The words between name no party, end in an indefinite word and hold a noun of the
   * verb's own type: a raid that targets ("خمسين عملية دهم استهدفت أوساطا") is no attack. Counted over jawharafm,
   * the GSR dev sentences and ANERcorp train: 3 attack verbs right after the object of a verb of doing, the 2 whose
   * object is an attack's noun so read, the third a raid.
   */
  List<Participant> makerOfThingBefore(EventSentence s, int t, EventLexicon.Match m) {
    int light = lightVerbBefore(s, t);
    if (light < 0 || !cues.is(s.norm(light), Cues.WordClass.LIGHT) || t < 1
        || Clitics.stems(s.norm(t - 1)).stream().anyMatch(Clitics::hasArticle)) {
      return List.of();
    }
    List<Participant> maker = lightSubject(s, light, t);
    if (maker.isEmpty()) {
      return List.of();
    }
    int from = Math.max(light, maker.get(maker.size() - 1).last()) + 1;
    int words = 0;
    boolean act = false;
    for (int i = from; i < t; i++) {
      if (s.participantAt(i) != null) {
        return List.of();
      }
      act |= lexicon.at(s.norms, i).filter(n -> n.type().equals(m.type())).isPresent();
      if (!s.isTime(i) && !s.isComma(i)) {
        words++;
      }
    }
    return act && words <= MADE_WORDS ? maker : List.of();
  }

  /** Who does the act named at {@code t} as the object of the verb of doing at {@code light}: its subject. */
  private List<Participant> lightSubject(EventSentence s, int light, int t) {
    List<Participant> subject = roles.subjectBefore(s, light);
    if (subject.isEmpty()) {
      subject = roles.phraseAfter(s, light + 1, true);
      subject = subject.isEmpty() || subject.get(0).last() >= t ? List.of() : subject;
    }
    return subject;
  }

  /** The party right after an {@code against} word in the event word's clause ("على مقر"، "ضد عناصر"). */
  private Participant against(EventSentence s, int t) {
    return against(s, t, cues.against);
  }

  /**
   * Who passed when the act at {@code t} struck ("انفجرت عبوة ناسفة لدى مرور دورية للشرطة"): the
   * party after a {@code passing} phrase of its clause, or null.
   */
  Participant passing(EventSentence s, int t) {
    return against(s, t, cues.passing);
  }

  /**
   * The premises, post or vehicle of a party where an attack that names no one struck falls ("انفجرت
   * عبوة ناسفة في سيارة للشرطة"، "فجر انتحاري نفسه قرب مقر للجيش"، "انفجار قنبلة بحافلة تابعة
   * للجيش"): the first such party in the act's clause, its words right after a {@code site} word
   * of grammar.tsv or carrying ب; its owner is struck. Null without one.
   */
  Participant struckPremises(EventSentence s, int t) {
    int to = Math.min(ModeReader.clauseEnd(s, t), t + REACH);
    for (int k = t + 1; k < to; k++) {
      if (cues.boundary.matchAt(s.norms, k) > 0) {
        return null;
      }
      Participant p = s.participantAt(k);
      if (p == null || p.first() != k || p.from() <= t || !s.premises(p) || p.both()) {
        continue;
      }
      String word = s.norm(p.from());
      boolean bi = word.startsWith("ب") || word.startsWith("وب");
      for (int len = 1; !bi && len <= 3 && p.from() - len > t; len++) {
        bi = cues.site.matchAt(s.norms, p.from() - len) == len;
      }
      return bi ? p : null;
    }
    return null;
  }

  /**
   * Whom a protest's crowd demands something of: the party right after a word of demanding
   * ({@code addressee} of {@code events/protest-staging.tsv}) within {@value #REACH} words after
   * the protest's word, past commas (the demand is a circumstance of the crowd), or null.
   */
  private Participant addressee(EventSentence s, int t) {
    for (int i = t + 1; i < s.size() && i <= t + REACH; i++) {
      if (cues.boundary.matchAt(s.norms, i) > 0) {
        return null;
      }
      int len = staging.addressees.matchAt(s.norms, i);
      if (len > 0 && i + len < s.size()) {
        Participant p = s.participantAt(i + len);
        return p == null || p.both() || p.first() != i + len ? null : p;
      }
    }
    return null;
  }

  /**
   * Whether the word at {@code t} stands inside quotation marks (an odd number of them before it in
   * its sentence): a quoted act ("إن القوات \"فتحت النار\" على") has its clause inside them.
   */
  static boolean quotedAt(EventSentence s, int t) {
    int marks = 0;
    for (int i = 0; i < t; i++) {
      if (s.isQuoteMark(i)) {
        marks++;
      }
    }
    return marks % 2 == 1;
  }

  /** The party right after a word of {@code words} in the event word's clause, past an agent's phrase. */
  private Participant against(EventSentence s, int t, Phrases words) {
    int end = t + 1;
    boolean quoted = quotedAt(s, t);
    while (end < s.size() && (!s.isClauseEnd(end) || s.isQuoteMark(end) && !quoted)) {
      end++; // quotation marks around the weapon end no clause ("أطلقوا \"صلية من الصواريخ\" على مستوطنة")
    }
    int to = Math.min(end, t + REACH);
    for (int i = t + 1; i < to; i++) {
      if (cues.boundary.matchAt(s.norms, i) > 0) {
        return null;
      }
      int agent = cues.agent.matchAt(s.norms, i);
      if (agent > 0) {
        i += agent - 1; // "على أيدي مسلحين" names the doer, not whom the act is aimed at
        continue;
      }
      int len = words.matchAt(s.norms, i);
      if (len == 0) {
        continue;
      }
      for (int k = i + len; k < to && k <= i + len + 2; k++) {
        if (cues.is(s.norm(k), Cues.WordClass.LOCATIVE)) {
          break; // "هجوم على حاجز في بغداد": the party after "في" is where the act fell, not whom it was aimed at
        }
        Participant p = s.participantAt(k) != null ? s.participantAt(k) : s.namedFrom(k); // "مرور حافلة تقل جنودا"
        if (p != null) {
          return p.both() ? null : p;
        }
      }
    }
    return null;
  }
}
