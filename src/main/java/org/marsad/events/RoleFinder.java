package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.text.Affixes;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.Token;

/**
 * Finds who acts and who is acted on for one event word of a sentence, by the order of Arabic
 * clauses rather than by pairing every party of the sentence:
 * <ol>
 *   <li>"بين X و Y" after the word: X and Y ("التعاون بين روسيا واليابان");
 *   <li>a verb's subject before it, back to the clause opener ("أن روسيا ترفض"), else right after
 *       it ("اتفقت روسيا واليابان"); a noun's genitive or adjective ("القمة الروسية اليابانية");
 *   <li>for a first-person form the speaker of the quotation ("نرفض"), for a dual form both parties;
 *   <li>the target: for joint acts (CONSULT, AGREE, COOPERATE) the partner named with the actor,
 *       after "مع", or as object; for directed acts the first party after the word in its clause,
 *       not a place after "في", with the parties joined to it by و;
 *   <li>when a verb or participle has no written subject, the person the sentence is about
 *       ("وقال لافروف ... داعيا"); a verbal noun of a directed act takes none ("رفض المساعدة").
 * </ol>
 */
final class RoleFinder {

  static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");

  /** How far back a subject, and how far ahead a target, is looked for. */
  private static final int SUBJECT_REACH = 14;
  private static final int TARGET_REACH = 12;
  private static final int PARENTHESIS_REACH = 12;
  private static final int APPOSITION_REACH = 12;

  /** The parties of one event word; {@code own} is false when the actor came from the sentence's person. */
  record Roles(List<Participant> actors, List<Participant> targets, boolean own) {

    boolean isEmpty() {
      return actors.isEmpty() && targets.isEmpty();
    }
  }

  private final Cues cues;
  private final EventLexicon lexicon;

  RoleFinder(Cues cues, EventLexicon lexicon) {
    this.cues = cues;
    this.lexicon = lexicon;
  }

  Roles find(EventSentence s, int t, EventLexicon.Match m, ArticleParties parties) {
    boolean joint = SYMMETRIC.contains(m.type());
    List<Participant> actors = new ArrayList<>();
    List<Participant> targets = new ArrayList<>();
    int after = t + 1;

    Roles received = received(s, t, parties);
    if (received != null) {
      return received;
    }

    List<Participant> between = joint ? between(s, t) : List.of();
    if (!between.isEmpty()) {
      actors.add(between.get(0));
      targets.addAll(between.subList(1, between.size()));
      if (targets.isEmpty() && !between.get(0).both()) {
        return new Roles(List.of(), List.of(), true);
      }
      return new Roles(actors, targets, true);
    }

    Participant toldQuoted = m.verb() && t > 0 && s.isQuoteMark(t - 1) ? toldTo(s, t) : null;
    if (toldQuoted != null) {
      // "أبلغت الخارجية السفير الإيراني «رفض السعودية القاطع ...»": the stance told, quoted, is the one named in it
      // after its word, addressed to the one told; the quotation mark opens no clause of the envoy's
      List<Participant> doer = phraseAfter(s, t + 1, true);
      if (!doer.isEmpty() && !doer.get(0).both() && !doer.get(0).sameCountry(toldQuoted)) {
        return new Roles(List.of(doer.get(0)), List.of(toldQuoted), true);
      }
    }
    if (m.verb() && m.type().equals("REQUEST")) {
      Roles inMessage = demandInMessage(s, t, m);
      if (inMessage != null) {
        return inMessage; // "نقل الوزير إلى الحكومة رسالة من X، تطالب فيها X Y بـ": X asks, not the carrier
      }
    }
    boolean officeSubject = false; // the subject is an office named with no country: no one else acts
    if (m.verb()) {
      List<Participant> subject = subjectBefore(s, t);
      // a verb of the first person ("نطالب"، "طالبنا") holds its subject: a party after it is its object,
      // and the speaker's country acts (below)
      if (subject.isEmpty() && m.person() != Person.FIRST) {
        subject = phraseAfter(s, t + 1, true);
        if (!subject.isEmpty() && objectAfterOffice(s, subject.get(0))) {
          if (!joint) {
            targets.add(subject.get(0)); // "وحملت الوزارة الحكومة الإسرائيلية": the office acts, the government is blamed
          }
          subject = List.of();
          officeSubject = true;
        }
        if (!subject.isEmpty() && m.masculine() && !subject.get(0).person() && !subject.get(0).both()
            && (!titled(s, subject.get(0)) || feminineHeadAfter(s, t) && !lexicon.isAlsoNoun(s.norm(t)))
            // "واتهم الحكومة الإثيوبية": her, not she; "رفض الحكومة المصرية" is as likely the masdar and its doer
            && !eachOf(s, t + 1) // "وأدان كل من مصر والأردن": كل agrees in the masculine
            && !masculineHeadAfter(s, t, subject.get(0))) { // "وحمل الجيش المصري السلطات السودانية": the army blames
          if (lexicon.isAlsoNoun(s.norm(t))) {
            return find(s, t, m.asNoun(), parties); // "أن تعاون روسيا وكوريا": the masdar and its genitive
          }
          if (!joint && titled(s, subject.get(0))) {
            targets.add(subject.get(0)); // "واتهم الحكومة الإثيوبية": the office named is the object, not a subject to look past
          }
          subject = List.of(); // "واتهم الولايات المتحدة": a country after a masculine verb is its object
        }
        if (!subject.isEmpty()) {
          after = Math.max(after, subject.get(subject.size() - 1).last() + 1);
        }
      }
      actors.addAll(subject);
    } else {
      List<Participant> genitive = phraseAfter(s, t + 1, false);
      if (!genitive.isEmpty() && m.entry().toward() && towardAt(s, genitive.get(0).first())) {
        genitive = List.of(); // "زيارة للولايات المتحدة": where the visit goes, not whose it is
      }
      if (!genitive.isEmpty()) {
        after = Math.max(after, genitive.get(genitive.size() - 1).last() + 1);
        Participant head = genitive.get(0);
        boolean adjective = head.nisba() && head.first() <= t + 3 && !titled(s, head) && !recipientBefore(s, t, head);
        boolean ownCountry = cues.classOfBase(s.norm(head.first())) == Cues.WordClass.OWN_COUNTRY;
        boolean participle = m.entry().kind() == EventLexicon.Kind.PARTICIPLE;
        boolean agent = !participle && (agentBeforePreposition(s, genitive, m.companion())
            || agentBeforeObject(s, genitive) || standingTold(s, t, genitive, m.companion()));
        if (joint && (m.possessed() || withBa(s, t + 1))) {
          targets.addAll(genitive); // "لقائه السفير الإيراني": his meeting with the ambassador; "اتصال بالجانبين"
        } else if (joint || adjective || ownCountry || agent) {
          actors.addAll(genitive);
        } else {
          targets.addAll(genitive);
        }
      }
    }

    if (actors.isEmpty() && joint && !m.verb()) {
      actors.addAll(sayerOfPredicate(s, t)); // "قالت الخارجية إنها على اتصال بالجانبين"
    }
    if (actors.isEmpty() && m.possessed() && t > 0 && !s.isPunct(t - 1)) {
      actors.addAll(subjectBefore(s, t - 1)); // "إيران ستواصل دعمها": the possessor is the subject
    }
    if (actors.isEmpty() && m.possessed() && !joint && t > 0) {
      Participant owner = s.participantAt(t - 1); // "جدد المندوب السوداني اتهامه": the one named right before
      if (owner != null && !owner.both() && (owner.person() || titled(s, owner)) && !sameCountry(owner, targets)) {
        actors.add(owner);
      }
    }
    if (actors.isEmpty() && !m.verb() && (m.possessed() || m.entry().toward()) && t > 1 && DURING.contains(s.norm(t - 1))) {
      // "أعلن الوزير البريطاني خلال زيارته إلى بغداد": the visit is of the subject named right before "خلال"
      Participant owner = s.participantAt(s.isComma(t - 2) ? t - 3 : t - 2);
      if (owner != null && !owner.both() && (owner.person() || titled(s, owner)) && !locative(s, owner)) {
        actors.add(owner);
      }
    }
    int paidAt = !m.verb() && m.entry().toward() ? visitPaid(s, t) : -1;
    int visitor = paidAt;
    while (visitor > 0 && visitor < s.size() && cues.is(s.norm(visitor), Cues.WordClass.TITLE)) {
      visitor++;
    }
    if (actors.isEmpty() && visitor > 0 && visitor < s.size() && s.participantAt(visitor) != null) {
      actors.add(s.participantAt(visitor)); // "الزيارة التي سيؤديها ماكرون إلى الجزائر": the visitor is named in its clause
    }
    if (actors.isEmpty()) {
      actors.addAll(undertaker(s, t, !m.verb() && SIGNED.contains(m.type()))); // "أعلنت فرنسا فرض عقوبات"
    }
    if (actors.isEmpty() && !m.verb()) {
      actors.addAll(stanceHolder(s, t)); // "أكدت مصر موقفها الثابت في دعم"، "دور قطر في دعم"
    }
    if (actors.isEmpty()) {
      int offset = s.tokens.get(t).start();
      if (m.person() == Person.FIRST) {
        String code = parties.speakerCountryAt(offset);
        if (code != null) {
          actors.add(new Participant(t, t, code, parties.speakerAt(offset), true, false, false));
        }
      } else if (m.person() == Person.DUAL) {
        actors.add(new Participant(t, t, Participant.BOTH, null, false, false, false));
      }
    }

    if (joint) {
      if (actors.size() > 1) {
        targets.addAll(actors.subList(1, actors.size()));
        actors = new ArrayList<>(actors.subList(0, 1));
      }
      if (targets.isEmpty()) {
        targets.addAll(partner(s, t));
      }
      if (targets.isEmpty() && m.verb() && m.companion() > t) {
        // "أجرى الوزير ...، يوم الأحد في أنقرة، مباحثات مع نظيره": the partner follows the verb's word
        targets.addAll(partner(s, m.companion()));
      }
      if (targets.isEmpty() && m.verb() && m.companion() > t) {
        // "أجرى اتصالا بنظيره"; a time may stand between the act and its partner: "اتصالا هاتفيا مساء أمس بنظيره"
        List<Participant> object = phraseAfter(s, pastPlaceAndTime(s, pastAdjectives(s, m.companion() + 1)), true);
        if (!object.isEmpty() && !locative(s, object.get(0)) && !sameCountry(object.get(0), actors)) {
          targets.add(object.get(0));
        }
      }
      if (targets.isEmpty() && m.verb()) {
        List<Participant> object = phraseAfter(s, pastPlaceAndTime(s, pastApposition(s, after)), true);
        if (!object.isEmpty() && !actors.isEmpty() && holderOf(s, actors.get(actors.size() - 1), object.get(0))) {
          // "استقبل ولي العهد السعودي الأمير X، مساء الأحد في جدة، الرئيس اللبناني": the one met follows the name
          object = phraseAfter(s, pastPlaceAndTime(s, object.get(0).last() + 1), true);
        }
        if (!object.isEmpty() && !locative(s, object.get(0))) {
          targets.add(object.get(0));
          // the subject named: parties joined to the object are each one more ("وقع العراق وتركيا" has none)
          for (Participant p : actors.isEmpty() ? List.<Participant>of() : object.subList(1, object.size())) {
            if ((p.conjoined() || titleJoined(s, p)) && !p.both() && !sameCountry(p, actors) && !sameCountry(p, targets)) {
              targets.add(p); // "يزور المبعوث سيول وطوكيو": one visit to each; "التقى نظيره X ونظيره Y": one meeting with each
            }
          }
        }
      }
      if (targets.isEmpty() && !m.verb() && m.entry().toward() && !actors.isEmpty()) {
        targets.addAll(visited(s, paidAt > 0 ? paidAt - 1 : t, actors)); // "أدى الوزير زيارة عمل إلى تونس": the visit is to Tunisia
      }
      if (targets.isEmpty() && !m.verb() && actors.size() == 1 && !actors.get(0).both()
          && cues.classOfBase(s.norm(t)) == Cues.WordClass.MEDIATION) {
        targets.addAll(mediated(s, actors.get(0))); // "بوساطة قطرية": Qatar with each party of the sentence
      }
      if (targets.isEmpty() && m.person() == Person.DUAL && !actors.isEmpty() && !actors.get(0).both()) {
        targets.add(new Participant(t, t, Participant.BOTH, null, false, false, false));
      }
    }

    boolean own = true;
    boolean mayTakeSentencePerson = (joint || m.entry().kind() != EventLexicon.Kind.NOUN)
        && !(m.verb() && subjectWordBefore(s, t)) && !officeSubject;
    if (!joint && targets.isEmpty()) {
      if (actors.isEmpty() && mayTakeSentencePerson) {
        // the actor first, so that the target search passes over the actor's own country
        Participant p = fallbackActor(s, t, m, parties, List.of());
        if (p != null) {
          actors.add(p);
          own = false;
          if (m.entry().kind() == EventLexicon.Kind.PARTICIPLE) {
            List<Participant> main = mainSubject(s, t, List.of()); // each state the sentence names as subject
            if (!main.isEmpty() && main.get(0).equals(p)) {
              actors.addAll(main.subList(1, main.size()));
            }
          }
        }
      }
      String actorCode = actors.isEmpty() ? null : actors.get(0).code();
      if (after < s.size() && OBJECT_PRONOUNS.contains(s.norm(after))) {
        Participant object = objectBefore(s, t, actors); // "اتهم الوزير الحكومة الإثيوبية ...، مطالبا إياها بإلغاء"
        if (object != null) {
          targets.add(object);
        }
      }
      if (targets.isEmpty() && m.verb() && ADDRESSED.contains(m.type()) && carriesObject(s, t)) {
        Participant object = objectBefore(s, t, actors); // "قطعت السعودية علاقاتها مع قطر وطالبتها بوقف"
        if (object != null) {
          targets.add(object);
        }
      }
      boolean addressedToNoCountry = (m.entry().kind() == EventLexicon.Kind.PARTICIPLE
          || m.verb() && m.type().equals("REQUEST")) && after < s.size() && s.unplaced(after); // "مطالبا الأمم المتحدة بالضغط لإعادة فتح مطار صنعاء": the UN is asked, not Sanaa
      if (targets.isEmpty() && !addressedToNoCountry) {
        targets.addAll(directed(s, after, actorCode));
      }
      if (targets.isEmpty() && m.type().equals("AID") && !addressedToNoCountry) {
        Participant where = placeOfRecipients(s, after, actorCode); // "إلى مخيمات اللاجئين في Y": Y receives
        if (where != null) {
          targets.add(where);
        }
      }
      if (m.type().equals("REJECT")) {
        targets.removeIf(p -> peopleAsObject(s, p));
      }
      if (m.type().equals("ACCUSE")) {
        int from = after;
        targets.removeIf(p -> struckByCondemnedAct(s, from, p)); // "أدانت الأردن الاعتداءات على القرى الفلسطينية"
      }
      if (targets.isEmpty() && m.companion() > after && !addressedToNoCountry) {
        // the act is named by the verb and its word ("استخدم حق النقض ضد مشروع قدمته X"): the target follows it
        targets.addAll(directed(s, m.companion() + 1, actorCode));
      }
      if (m.type().equals("REQUEST") && m.verb() && !targets.isEmpty() && toOwnNationals(s, after, targets.get(0).first())) {
        targets.clear(); // "دعت بريطانيا رعاياها إلى الحذر في قطر": advice to its own people, no request to Qatar
      }
      if (m.type().equals("THREATEN") && m.verb() && !targets.isEmpty()
          && warnedOf(s, after, m.companion(), targets.get(0).first())) {
        targets.clear(); // "حذرت السلطات وسائل الإعلام من نشر آراء مؤيدة لسياسة قطر": Qatar is in what is warned of
      }
    }
    if (actors.isEmpty() && mayTakeSentencePerson) {
      Participant p = fallbackActor(s, t, m, parties, targets);
      if (p != null && !sameCountry(p, targets)) {
        actors.add(p);
        own = false;
      }
    }
    if (!joint && (!m.verb() || lexicon.isAlsoNoun(s.norm(t))) && targets.isEmpty()) {
      Participant told = toldTo(s, t);
      if (told != null && !sameCountry(told, actors)) {
        targets.add(told); // "أبلغ الوكيل السفير الإيراني رفض الحكومة العراقية": the refusal is addressed to Iran
      }
    }
    if (joint && paidAt > 0 && targets.isEmpty() && !actors.isEmpty()) {
      targets.addAll(visited(s, paidAt - 1, actors)); // "أكد الوزير أن الزيارة التي يؤديها إلى تونس": his visit, to Tunisia
    }
    return new Roles(actors, targets, own);
  }

  /**
   * Where a relative clause right after a visit ends, the visit being what its verb of paying
   * does ("الزيارة التي يؤديها"، "الزيارة التي أداها"، "الزيارة التي قام بها"): the token after the
   * verb (and its "بها"), where the visitor may be named. -1 where no such clause follows. Counted over
   * jawharafm and ANERcorp train: the 8 visits followed by such a clause are each paid by the one
   * named in it or, where none is, by the subject of the sentence.
   */
  private int visitPaid(EventSentence s, int t) {
    if (t + 2 >= s.size() || !cues.is(s.norm(t + 1), Cues.WordClass.RELATIVE)) {
      return -1;
    }
    String verb = withoutObjectPronoun(s.norm(t + 2));
    if (verb.endsWith("ون")) {
      verb = verb.substring(0, verb.length() - 2) + "ي"; // "يؤدونها": of يؤدي
    } else if (verb.endsWith("ا")) {
      verb = verb.substring(0, verb.length() - 1) + "ي"; // "أداها"، "أجراها": of أدى، أجرى
    }
    if (!undertaking(verb, false, false, true)) {
      return -1;
    }
    int after = t + 3;
    return after < s.size() && s.norm(after).equals("بها") ? after + 1 : after; // "قام بها"
  }

  /**
   * Whether the word at {@code i} carries the preposition ب on a definite word or an office
   * ("بالجانبين"، "بنظيره"): after a joint noun it names the partner ("اتصال بالجانبين"), not its genitive.
   */
  private boolean withBa(EventSentence s, int i) {
    if (i >= s.size()) {
      return false;
    }
    String n = s.norm(i);
    return n.startsWith("بال") || (n.startsWith("ب") && cues.classOfBase(n) == Cues.WordClass.TITLE);
  }

  /** How many prepositions may stand between "إنها" and the joint noun it is the subject of ("إنها على اتصال"). */
  private static final int PREDICATE_GAP = 2;

  /**
   * The subject of a joint noun that is the predicate of "إنها"، "أنه" ("قالت الخارجية إنها على
   * اتصال بالجانبين"، "أعلن أنه في حوار مع"): the sayer "she" stands for, as for a verb after it; none otherwise.
   */
  private List<Participant> sayerOfPredicate(EventSentence s, int t) {
    int i = t - 1;
    for (int gap = 0; i >= 0 && gap < PREDICATE_GAP && (s.norm(i).equals("علي") || s.norm(i).equals("في")); gap++) {
      i--;
    }
    return i > 0 && i < t && THAT_HE.contains(s.norm(i)) ? subjectBefore(s, i + 1) : List.of();
  }

  /** The detached object pronouns ("إياه"، "إياها"، "إياهم"، "إياهما"), normalised. */
  private static final Set<String> OBJECT_PRONOUNS = Cues.words(Cues.WordClass.DETACHED_OBJECT);

  /**
   * Whom a detached object pronoun after the event word stands for ("مطالبا إياها"، "داعيا إياه"):
   * the nearest party before the word in its sentence that is not its actor, a place nor both sides,
   * the object of the clause before. Counted over jawharafm and ANERcorp train: each of the 7 uses
   * after a participle of calling, describing or deeming ("مطالبة إياهم"، "داعيا إياه"، "واصفا إياها"، "معتبرا إياهم")
   * stands for the one the clause before acts on. Null where there is none.
   */
  private Participant objectBefore(EventSentence s, int t, List<Participant> actors) {
    for (int k = s.participants.size() - 1; k >= 0; k--) {
      Participant p = s.participants.get(k);
      if (p.last() < t && !p.both() && !locative(s, p) && !actors.contains(p) && !sameCountry(p, actors)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The first token from {@code i} past where and when an act took place, told between its subject
   * and its object ("التقى الوزير في مسقط أمس نظيره"): times, and a place right after "في": the one
   * met follows them. {@code i} itself where neither stands there.
   */
  private int pastPlaceAndTime(EventSentence s, int i) {
    boolean passed = false; // a time or place just passed: a comma after it closes the aside
    while (i < s.size()) {
      if (s.isTime(i)) {
        i++;
        passed = true;
        continue;
      }
      if (placeAfterLocative(s, i)) {
        i = s.participantAt(i + 1).last() + 1;
        passed = true;
        continue;
      }
      int venueEnd = passed ? venueEnd(s, i) : -1;
      if (venueEnd > i) {
        i = venueEnd; // "، صباح اليوم بقصر قرطاج،": the building after the time, up to the aside's comma
        continue;
      }
      if (s.isComma(i) && (passed || i + 1 < s.size() && (s.isTime(i + 1) || placeAfterLocative(s, i + 1)))) {
        // the aside set off by commas: "استقبل الرئيس، صباح الاثنين في قرطاج، رئيس الوزراء"
        i++;
        passed = false;
        continue;
      }
      return i;
    }
    return i;
  }

  /** How many words the name of a building may hold after its word ("بقصر العلم العامر"، "بمقر وزارة الخارجية"). */
  private static final int VENUE_REACH = 4;

  /**
   * The comma that closes the building named at {@code i} ({@code venue} of grammar.tsv, after ب or في: "بقصر
   * قرطاج"، "في قصر الوطن بأبوظبي"), at most {@value #VENUE_REACH} words on, no person named in them; -1 if none.
   */
  private int venueEnd(EventSentence s, int i) {
    String w = s.norm(i);
    int at = w.equals("في") ? i + 1 : i;
    if (at >= s.size() || !(at == i ? w.length() > 3 && w.startsWith("ب") && cues.is(w.substring(1), Cues.WordClass.VENUE)
        : cues.is(s.norm(at), Cues.WordClass.VENUE))) {
      return -1;
    }
    for (int k = at + 1; k < s.size() && k <= at + VENUE_REACH; k++) {
      Participant p = s.participantAt(k);
      if (s.isComma(k)) {
        return k;
      }
      if (s.isPunct(k) || p != null && p.person()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The token after the apposition of the subject that the comma at {@code i} closes or opens
   * ("استقبل X، وزير الخارجية المصري، نظيره"): an office, its domain and its country's adjective set
   * off by commas; the object follows it. {@code i} otherwise.
   */
  private int pastApposition(EventSentence s, int i) {
    if (i >= s.size() || !s.isComma(i)) {
      return i;
    }
    if (closesApposition(s, i)) {
      return i + 1;
    }
    int close = closingComma(s, i);
    if (close < 0 || !cues.is(s.norm(i + 1), Cues.WordClass.TITLE)) {
      return i;
    }
    for (int k = i + 1; k < close; k++) { // "X، وزير الخارجية المصري،": an office and its country's adjective only
      Participant p = s.participantAt(k);
      if (p != null ? p.person() || !p.nisba() : !cues.is(s.norm(k), Cues.WordClass.TITLE) && !domainOfTitle(s, k)) {
        return i;
      }
      k = p != null ? p.last() : k;
    }
    return close + 1;
  }

  /**
   * Whether {@code named}, a person, names who holds the office {@code office} names right before
   * it, with nothing but titles between ("ولي العهد السعودي الأمير محمد بن سلمان"، "الرئيس الأمريكي
   * السيد X"): of the same country, or of none; then it is the subject, not the one it acts on.
   */
  private boolean holderOf(EventSentence s, Participant office, Participant named) {
    boolean samePerson = office.entity() != null && office.entity().equals(named.entity()); // the office read as its holder
    if (office.person() && !samePerson || !named.person() || office.both() || named.first() <= office.last()
        || named.code() != null && !named.sameCountry(office)) {
      return false;
    }
    for (int i = office.last() + 1; i < named.first(); i++) {
      if (!cues.is(s.norm(i), Cues.WordClass.TITLE)) {
        return false;
      }
    }
    return true;
  }

  /** How many indefinite adjectives may qualify the act a verb names before its partner ("اتصالا هاتفيا مطولا بنظيره"). */
  private static final int ACT_ADJECTIVES = 2;

  /**
   * The first token from {@code i} past the indefinite adjectives in the accusative that agree with
   * the act named before them ("اتصالا هاتفيا"، "لقاء مطولا"): words ending in the alif of the
   * tanwin that name no party; after a dual or a feminine plural, words of its ending ("اتصالين هاتفيين"،
   * "مباحثات مماثلة"). Over jawharafm, ANERcorp train and the development sets 2 such acts stand after
   * "أجرى" and its like, each with its partner after the adjective.
   */
  private static int pastAdjectives(EventSentence s, int i) {
    int from = i;
    String act = i > 0 ? s.norm(i - 1) : "";
    // the dual's and the feminine plural's accusative agree by their own endings: "اتصالين هاتفيين"، "مباحثات مماثلة"
    String ending = act.endsWith("ين") ? "ين" : act.endsWith("ات") ? "ه" : "ا"; // ة is normalised to ه
    while (i < s.size() && i < from + ACT_ADJECTIVES && !s.isPunct(i) && s.participantAt(i) == null
        && s.norm(i).length() > 3 && s.norm(i).endsWith(ending) && !Clitics.opensWithArticle(s.norm(i))) {
      i++;
    }
    return i;
  }

  /** Whether token {@code i} is a locative preposition ("في") and a place, not a person, follows it. */
  private boolean placeAfterLocative(EventSentence s, int i) {
    Participant place = i + 1 < s.size() ? s.participantAt(i + 1) : null;
    return place != null && place.first() == i + 1 && !place.person() && cues.is(s.norm(i), Cues.WordClass.LOCATIVE);
  }

  /**
   * The one told of the act whose noun is at {@code t}, where a verb of conveying ({@code convey} of
   * grammar.tsv) and the party it tells stand right before the noun ("أبلغ السفير الإيراني رفض"،
   * "أبلغت ألمانيا طلبها"), the verb's subject, if named, before that party; null otherwise.
   */
  private Participant toldTo(EventSentence s, int t) {
    int last = t - 1;
    if (last > 0 && s.isQuoteMark(last)) {
      last--; // "أبلغت السفير الهندي «رفض المملكة القاطع ...»": what is told, quoted
    }
    Participant told = last >= 0 ? s.participantAt(last) : null;
    if (told == null || told.person() && told.entity() == null || told.both()) {
      return null;
    }
    int before = (told.from() >= 0 ? Math.min(told.from(), told.first()) : told.first()) - 1;
    while (before >= 0 && s.participantAt(before) == null && cues.is(s.norm(before), Cues.WordClass.TITLE)) {
      before--; // "أبلغ القائم بالأعمال ..."
    }
    Participant subject = before >= 0 ? s.participantAt(before) : null;
    if (subject != null && !subject.sameCountry(told)) { // "أبلغ الوزير المصري نظيره الأردني رفض": the teller first
      before = (subject.from() >= 0 ? Math.min(subject.from(), subject.first()) : subject.first()) - 1;
      while (before >= 0 && s.participantAt(before) == null && cues.is(s.norm(before), Cues.WordClass.TITLE)) {
        before--;
      }
    }
    if (before < 0 || s.participantAt(before) != null || !cues.is(s.norm(before), Cues.WordClass.CONVEY)) {
      return null;
    }
    return told;
  }

  /** How many words may stand between a verb of receiving and the act it receives ("تلقى أمس اتصالا"، "أي طلب"). */
  private static final int RECEIVED_GAP = 2;
  /** How many words may stand between the act received and its "من" ("طلبا رسميا من"، "اتصالا هاتفيا من"). */
  private static final int RECEIVED_FROM_GAP = 2;

  /**
   * The parties of an act named as what a verb of receiving ({@code receive} of grammar.tsv)
   * takes ("لم تتلق روسيا طلبا رسميا من دمشق"، "تلقى الرئيس اتصالا من نظيره"): the party after
   * "من" does it, and the receiver, the verb's subject, is who it is done to. Null where no such
   * verb stands at most {@value #RECEIVED_GAP} words before the act's word, or no party follows
   * "من" within {@value #RECEIVED_FROM_GAP} words after it, or the receiver is not named.
   */
  private Roles received(EventSentence s, int t, ArticleParties parties) {
    int verb = -1;
    boolean subjectPassed = false;
    for (int i = asideBefore(s, t), gap = 0; i >= 0 && gap <= RECEIVED_GAP && !s.isPunct(i); i--) {
      Participant p = s.participantAt(i);
      if (p != null || cues.is(s.norm(i), Cues.WordClass.TITLE)) {
        if (subjectPassed && p != null) {
          break; // a second party: the act's word is no object of a verb before them
        }
        subjectPassed = subjectPassed || p != null; // "وتسلم الجيش اللبناني مساعدات": the receiver after its verb
        i = p != null ? p.first() : i;
        continue;
      }
      if (cues.is(s.norm(i), Cues.WordClass.RECEIVE)) {
        verb = i;
        break;
      }
      gap++;
    }
    if (verb < 0) {
      return null;
    }
    int from = -1;
    for (int i = t + 1; i < s.size() && i <= t + 1 + RECEIVED_FROM_GAP; i++) {
      if (s.isPunct(i) || s.participantAt(i) != null) {
        break;
      }
      if (s.norm(i).equals("من")) {
        from = i;
        break;
      }
    }
    List<Participant> doers = from < 0 ? List.of() : phraseAfter(s, from + 1, true);
    if (doers.isEmpty()) {
      return null;
    }
    List<Participant> receiver = subjectBefore(s, verb);
    if (receiver.isEmpty()) {
      receiver = phraseAfter(s, verb + 1, true); // "تلقى الرئيس اتصالا من"
      if (!receiver.isEmpty() && receiver.get(receiver.size() - 1).last() >= t) {
        receiver = List.of();
      }
    }
    if (receiver.isEmpty() && verb + 1 < t && titleAt(s, verb + 1) && parties.sentences() > 1) {
      // "وتلقى رئيس الجمهورية مكالمة هاتفية من الرئيس التونسي": an office named with no country is the article's own,
      // the dateline's country before the one it names most ("الرياض" for "تلقى سمو وزير الخارجية")
      String home = parties.datelineCountry() != null ? parties.datelineCountry() : parties.home();
      if (home != null && !home.equals(doers.get(0).code())) {
        receiver = List.of(new Participant(verb + 1, verb + 1, home, parties.entityOf(home), false, false, false));
      }
    }
    if (receiver.isEmpty()) {
      return null;
    }
    return new Roles(List.of(doers.get(0)), List.of(receiver.get(0)), true);
  }

  /** How many words an aside set off by commas may hold ("، في وقت لاحق،"، "، مساء اليوم،"). */
  private static final int ASIDE_REACH = 5;

  /**
   * The word before {@code t}, past an aside set off by two commas that ends right before it
   * ("تلقى الوزير، مساء اليوم، اتصالا"): the aside of at most {@value #ASIDE_REACH} words holds no party.
   */
  private static int asideBefore(EventSentence s, int t) {
    if (t < 2 || !s.isComma(t - 1)) {
      return t - 1;
    }
    for (int k = t - 2; k >= 0 && k >= t - 2 - ASIDE_REACH; k--) {
      if (s.isComma(k)) {
        return k - 1;
      }
      if (s.isPunct(k) || s.participantAt(k) != null) {
        break;
      }
    }
    return t - 1;
  }

  /**
   * Whether the speaker's own citizens ("رعاياها"، "مواطنيه") are named between the verb and the
   * party taken as its target: whom the call is addressed to, the target being only where they are.
   */
  private boolean toOwnNationals(EventSentence s, int after, int target) {
    for (int i = after; i < target && i < s.size(); i++) {
      if (cues.is(s.norm(i), Cues.WordClass.OWN_NATIONALS)) {
        return true;
      }
      if (s.isClauseEnd(i)) {
        return false;
      }
    }
    return false;
  }

  /** How many words may stand between a noun of stance and the "في" of its act ("موقفها الثابت والمبدئي في"). */
  private static final int STANCE_GAP = 3;

  /**
   * Whose stance, role or efforts the verbal noun after "في" at {@code t} is ({@code stance} of
   * grammar.tsv: "موقف المملكة الثابت في دعم"، "دور قطر في دعم"، "جهودها في تقديم"): the party named
   * after the noun of stance, or, where its pronoun ends it, whose stance a verb before it announces
   * ("أكدت مصر موقفها الثابت في دعم"). None otherwise.
   */
  private List<Participant> stanceHolder(EventSentence s, int t) {
    int at = t - 1; // "في", past the words of giving or kind before the noun ("جهودها في تقديم المساعدات")
    while (at > 0 && cues.classOfBase(s.norm(at)) == Cues.WordClass.MEASURE) {
      at--;
    }
    if (at < 1 || !s.norm(at).equals("في")) {
      return List.of();
    }
    for (int i = at - 1; i >= 0 && i >= at - 1 - STANCE_GAP; i--) {
      if (s.isPunct(i)) {
        return List.of();
      }
      String n = s.norm(i);
      String bare = n.endsWith("ها") ? n.substring(0, n.length() - 2) : n.endsWith("ه") ? n.substring(0, n.length() - 1)
          : n;
      if (!cues.is(n, Cues.WordClass.STANCE) && !cues.is(bare, Cues.WordClass.STANCE)) {
        continue;
      }
      Participant owner = s.participantAt(i + 1);
      if (owner != null && owner.first() == i + 1 && !owner.both()) {
        return List.of(owner);
      }
      return bare.equals(n) ? List.of() : undertaker(s, i, false);
    }
    return List.of();
  }

  /** The prepositions of time ("خلال"، "أثناء"), normalised: the act named after them is one the clause's subject is in. */
  private static final Set<String> DURING = Cues.words(Cues.WordClass.DURING);

  /** The types of an agreement's noun whose witnesses ({@code witness} of grammar.tsv) are its parties. */
  private static final Set<String> SIGNED = Set.of("AGREE", "COOPERATE");

  /** How many words may stand between a verb of undertaking and the verbal noun it governs ("أعلن أمس عن حزمة مساعدات"). */
  private static final int UNDERTAKEN_GAP = 4;

  /**
   * The subject of a verb of announcing or undertaking ({@code announce} and {@code undertake}
   * of grammar.tsv) whose object is the verbal noun at {@code t}: the one who does what it names,
   * whether named after the verb ("أعلنت فرنسا فرض عقوبات على"، "قررت الحكومة سحب سفيرها") or
   * before it ("إن بلاده ستواصل تقديم المساعدات"). A time between commas, "عن"، "من" and a word of measure
   * ("حزمة"، "جولة") may stand between ("أعلن مطلع الأسبوع عن حزمة مساعدات"). None otherwise.
   */
  private List<Participant> undertaker(EventSentence s, int t, boolean signed) {
    int i = t - 1;
    boolean toward = false; // "إلى" before the noun: only a verb of hastening governs it ("سارعت X إلى إدانة")
    for (int gap = 0; i >= 0 && gap < UNDERTAKEN_GAP; i--) {
      String n = s.norm(i);
      int opened = s.isComma(i) ? sourceAsideOpening(s, i) : -1;
      if (opened >= 0) {
        i = opened; // "أكدت تونس، في بيان صادر عن وزارة الخارجية، تضامنها": where it was said, an aside
        continue;
      }
      if (s.isTime(i) || s.isComma(i) || cues.is(n, Cues.WordClass.PARTICLE)) {
        continue; // an aside of time or an adverb, however long: "أعلنت X، فجر اليوم الاثنين، قطع"، "أعلنت X كذلك قطع"
      }
      if (n.equals("الي") && i == t - 1) {
        toward = true;
      } else if (!(n.equals("عن") || n.equals("من") || cues.classOfBase(n) == Cues.WordClass.MEASURE)) {
        break;
      }
      gap++;
    }
    if (i < 0 || s.isPunct(i)) {
      return List.of();
    }
    if (undertaking(s.norm(i), toward, signed, false)) {
      return subjectBefore(s, i);
    }
    List<Participant> subject = new ArrayList<>();
    for (int steps = 0; i >= 0 && steps < SUBJECT_REACH; steps++) {
      Participant p = s.participantAt(i);
      if (p != null) {
        subject.add(0, p);
        i = p.first() - 1;
        continue;
      }
      String n = s.norm(i);
      if (cues.is(n, Cues.WordClass.TITLE) || s.isNaming(i) || n.equals("و") || domainOfTitle(s, i) || s.isTime(i)
          || s.isComma(i) || cues.is(n, Cues.WordClass.PARTICLE)) {
        i--; // "أعلنت كذلك دولة X قطع"
        continue;
      }
      if (n.equals("من") && i > 0 && s.norm(i - 1).equals("كل") && !subject.isEmpty()) {
        i -= 2; // "أعلنت كل من X وY قطع": each of them
        continue;
      }
      break;
    }
    return !subject.isEmpty() && i >= 0 && undertaking(s.norm(i), toward, signed, true) ? subject : List.of();
  }

  /**
   * The comma that opens an aside of where or by whom something was said, closed by the comma at
   * {@code close}: its first word a preposition of place ("، في بيان صادر عن الوزارة،") or of source
   * ({@code source-aside} of grammar.tsv: "، حسب البيان،"، "، وفق بيان أصدرته الوزارة،"), with no clause
   * ending inside; -1 otherwise.
   */
  private int sourceAsideOpening(EventSentence s, int close) {
    for (int k = close - 1; k > 0 && k >= close - APPOSITION_REACH; k--) {
      if (s.isClauseEnd(k)) {
        return -1;
      }
      if (s.isComma(k)) {
        String first = s.norm(k + 1);
        return k + 1 < close && (cues.is(first, Cues.WordClass.LOCATIVE) || cues.is(first, Cues.WordClass.SOURCE_ASIDE))
            ? k : -1;
      }
    }
    return -1;
  }

  /**
   * Whether a word is a verb of announcing or undertaking, with the future's س ("ستواصل"), or of
   * hastening ("سارع"، "بادر"); after "إلى" ({@code toward}) only one of hastening; for the noun of an
   * agreement signed ({@code signed}) also one of witnessing ("شهد الزعيمان توقيع اتفاقية"); with its
   * subject named between ({@code named}) also one of beginning ("بدأ الرئيس زيارة"), which before the
   * noun itself has it for its subject ("بدأت المحادثات").
   */
  private boolean undertaking(String n, boolean toward, boolean signed, boolean named) {
    String bare = n.length() > 3 && Clitics.opensWithConjunction(n) ? n.substring(1) : n;
    for (String w : List.of(n, bare, bare.length() > 3 && bare.charAt(0) == 'س' ? bare.substring(1) : bare)) {
      Cues.WordClass c = cues.classOf(w);
      // a verb of doing ("قام بزيارة"، "وجهت اتهامات"; light of grammar.tsv) names the act its subject does,
      // a verb of giving (give) the aid its subject gives ("قدمت ألمانيا دعما ماليا")
      boolean doing = c == Cues.WordClass.LIGHT || c == Cues.WordClass.LIGHT_PRESENT || c == Cues.WordClass.GIVE
          || c == Cues.WordClass.RESULT && (w.equals("ادي") || w.equals("ادت")); // "أدى زيارة": performed, not led to
      if (c == Cues.WordClass.HASTEN || (!toward && (c == Cues.WordClass.UNDERTAKE || c == Cues.WordClass.ANNOUNCE || doing
          || named && c == Cues.WordClass.BEGIN))
          || signed && !toward && c == Cues.WordClass.WITNESS) { // "شهد الزعيمان توقيع اتفاقية": the parties sign
        return true;
      }
    }
    return false;
  }

  /** How many words may stand between a visit and the "إلى" of where it goes ("زيارة عمل رسمية إلى"). */
  private static final int VISIT_GAP = 3;

  /**
   * Where a visit goes: the party after "إلى" or the ل written on its article, within {@value #VISIT_GAP}
   * words of the noun and its visitor, its kind between ("زيارة دولة إلى إيطاليا"، "زيارة خاطفة للولايات المتحدة"),
   * not of the visitor's own country; none otherwise. {@code t} is the noun, or the last word of the
   * relative clause of paying that follows it ("الزيارة التي يؤديها").
   */
  private List<Participant> visited(EventSentence s, int t, List<Participant> actors) {
    int limit = t + VISIT_GAP + 1;
    for (int i = t + 1; i < s.size() && i <= limit; i++) {
      if (s.isPunct(i) || s.isTime(i)) {
        return List.of();
      }
      Participant p = s.participantAt(i);
      if (p != null && actors.contains(p)) {
        limit += p.last() + 1 - i; // the visitor as its genitive ("زيارة الوزير البريطاني إلى تونس")
        i = p.last();
        continue;
      }
      if (p != null) {
        if (!towardAt(s, i) || sameCountry(p, actors)) {
          return List.of();
        }
        List<Participant> out = new ArrayList<>(List.of(p));
        for (int j = p.last() + 1; j + 1 < s.size() && s.norm(j).equals("و"); ) {
          Participant q = s.participantAt(j + 1); // "زيارة إلى المغرب و الجزائر": one visit to each
          if (q == null || sameCountry(q, actors) || sameCountry(q, out)) {
            break;
          }
          out.add(q);
          j = q.last() + 1;
        }
        for (int j = p.last() + 1; j < s.size(); ) {
          Participant q = s.participantAt(j);
          if (q == null || !q.conjoined() || sameCountry(q, actors) || sameCountry(q, out)) {
            break;
          }
          out.add(q); // "إلى المغرب والجزائر"
          j = q.last() + 1;
        }
        return out;
      }
    }
    return List.of();
  }

  /**
   * Whether the noun the nisba {@code head} qualifies carries the ل of whom an act is for, or follows
   * "إلى", between the event word at {@code t} and it, or is it ("دعم للجيش المصري"، "مساعدات إلى الحكومة اليمنية"):
   * the nisba names who receives it, not who gives it as in "دعم مصري".
   */
  private static boolean recipientBefore(EventSentence s, int t, Participant head) {
    for (int i = t + 1; i <= head.first(); i++) {
      String n = s.norm(i);
      if (n.equals("الي") || n.equals("ل") || Clitics.opensWithLamOnArticle(n)) {
        return true;
      }
    }
    return false;
  }

  /** Whether "إلى" stands before token {@code i}, or the ل of "للولايات المتحدة" on it (not a name's own first letter, "لبنان"). */
  private static boolean towardAt(EventSentence s, int i) {
    return i > 0 && (s.norm(i - 1).equals("الي") || s.norm(i - 1).equals("ل")) || Clitics.opensWithLamOnArticle(s.norm(i));
  }

  /** "بين X و Y" within two words after the event word ("اللقاء الأخير بين"), or "بينهما". */
  private List<Participant> between(EventSentence s, int t) {
    for (int i = t + 1; i <= t + 3 && i < s.size(); i++) {
      String n = s.norm(i);
      if (s.isPunct(i) || s.participantAt(i) != null) {
        return List.of();
      }
      if (n.equals("بينهما") || n.equals("بينهم")) {
        return List.of(new Participant(i, i, Participant.BOTH, null, false, false, false));
      }
      if (cues.is(n, Cues.WordClass.BETWEEN)) {
        return phraseAfter(s, i + 1, true);
      }
    }
    return List.of();
  }

  /** "أنه"، "أنها"، "إنه"، "بأنه" ... as normalised: "that he/she" before a verb, whose subject is who says it. */
  private static final Set<String> THAT_HE = Cues.words(Cues.WordClass.THAT_HE);

  /** "أنهم"، "إنهم"، "بأنهم": "that they", the pronoun of a plural sayer. */
  private static final Set<String> THAT_THEY = Cues.words(Cues.WordClass.THAT_THEY);

  /** Whether a party is named by a sound masculine plural ("الحوثيون"، "المسلحين"), the sayer "إنهم" may stand for. */
  private static boolean plural(EventSentence s, Participant p) {
    String n = s.norm(p.last());
    return !p.person() && n.length() > 4 && (n.endsWith("ون") || n.endsWith("ين"));
  }

  /**
   * The verb of saying nearest before "أنها" at {@code i} in its clause, whose subject is who
   * "she" is ("قالت إحدى الرهائن لـ«الشرق الأوسط» إنها"): the sayer is named after it, never before
   * it (a dateline, an earlier clause); -1 where no such verb opens the clause.
   */
  private int sayingBefore(EventSentence s, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (cues.is(s.norm(k), Cues.WordClass.ANNOUNCE)) {
        return k;
      }
      if (s.isClauseEnd(k) && !s.isQuoteMark(k)) {
        break;
      }
    }
    return -1;
  }

  /** Whether tokens {@code i - 1} and {@code i} are "على الأقل", the hedge of a count after it ("1000 لاجئ على الأقل"). */
  private static boolean atLeast(EventSentence s, int i) {
    return i > 0 && s.norm(i).equals("الاقل") && s.norm(i - 1).equals("علي");
  }

  /**
   * The subject before a verb: parties, their titles and the و joining them, back to where the
   * clause opens ("أن"، a colon, a quotation mark, the start). A parenthesis between commas
   * right before the verb is passed over ("روسيا، مثل الأعضاء الآخرين، ترفض").
   */
  List<Participant> subjectBefore(EventSentence s, int t) {
    int i = t - 1;
    while (i >= 0 && (cues.is(s.norm(i), Cues.WordClass.PARTICLE) || atLeast(s, i))) {
      i -= atLeast(s, i) ? 2 : 1; // "وكان 1000 لاجئ على الأقل قد احتشدوا": the count's hedge, then its verb
    }
    int rightBefore = i; // the word before the verb and the particles that stand with it ("، قد أدى")
    Participant quotedPredicate = i > 1 && s.isQuoteMark(i) ? subjectOfQuotedPredicate(s, i) : null;
    if (quotedPredicate != null) {
      return List.of(quotedPredicate); // "أكد الوزير أن تركيا \"ستواصل الوقوف إلى جانب\"": Turkey goes on
    }
    if (i > 0 && THAT_THEY.contains(s.norm(i))) {
      // "أعلن الحوثيون إنهم أطلقوا صاروخا": the plural pronoun is the sayer's only where the sayer is a plural
      int verb = sayingBefore(s, i);
      Participant sayer = s.partyBefore(i, p -> !locative(s, p) && p.first() > verb && plural(s, p));
      return sayer == null ? List.of() : List.of(sayer);
    }
    if (i > 0 && THAT_HE.contains(s.norm(i))) {
      // "أعلنت الخارجية الروسية أنها استدعت": who announces it does it, not a place named after it ("في أفغانستان")
      int verb = sayingBefore(s, i);
      // "she" is never people named by a plural of persons ("المتحدثة باسم المستوطنين إنها"): those are "هم"
      Participant sayer = s.partyBefore(i, p -> !locative(s, p) && p.first() > verb && !(p.entity() == null && plural(s, p)));
      return sayer == null ? List.of() : List.of(sayer);
    }
    List<Participant> found = new ArrayList<>();
    boolean skipped = false;
    int limit = t - SUBJECT_REACH;
    while (i >= 0 && i >= limit) {
      Participant p = s.participantAt(i);
      if (p != null) {
        found.add(0, p);
        i = p.first() - 1;
        continue;
      }
      String n = s.norm(i);
      if (cues.is(n, Cues.WordClass.TITLE) || s.isNaming(i) || n.equals("و") || domainOfTitle(s, i) || s.isTime(i)) {
        i--;
        continue;
      }
      if (s.isComma(i)) {
        if (!found.isEmpty()) {
          return found;
        }
        if (skipped) {
          return List.of();
        }
        Participant closed = i == rightBefore ? s.participantAt(i - 1) : null;
        int opener = closed == null ? -1 : closed.from() - 1;
        while (opener > 0 && (cues.is(s.norm(opener), Cues.WordClass.TITLE) || domainOfTitle(s, opener))) {
          opener--; // the office named before its holder ("أن وزير الخارجية X،")
        }
        if (opener >= 0 && EventSentence.THAT.contains(s.norm(opener))) {
          // "إن مهاجما انتحاريا من حركة طالبان، فجر حافلة"، "يذكر أن وزير الخارجية X، قد أدى زيارة":
          // the comma ends the subject of إن
          return List.of(closed);
        }
        int k = i - 1;
        while (k >= 0 && k >= i - PARENTHESIS_REACH && !s.isComma(k) && !s.isClauseEnd(k)) {
          k--;
        }
        if (k < 0 || !s.isComma(k)) {
          return List.of();
        }
        skipped = true;
        i = k - 1;
        continue;
      }
      if (cues.is(n, Cues.WordClass.OPENER) || s.isClauseEnd(i)) {
        return found;
      }
      if (found.isEmpty() && i == rightBefore && cues.is(n, Cues.WordClass.RELATIVE)) {
        return antecedent(s, i, t);
      }
      return found.isEmpty() ? describedBefore(s, i) : List.of();
    }
    return i < 0 ? found : List.of();
  }

  /**
   * The subject of "أن"، "إن" left outside a quotation that opens with its verb, the quotation mark
   * at {@code mark} ("قال إن الكويت \"لن تتخلى عن مساعيها\""، "أعلن القصر أن كرزاي «يدين بشدة الانفجار»"):
   * the party right before the mark, an office before it allowed, with the word of "that" before both.
   */
  private Participant subjectOfQuotedPredicate(EventSentence s, int mark) {
    Participant p = s.participantAt(mark - 1);
    if (p == null || p.last() != mark - 1) {
      return null;
    }
    int opener = (p.from() >= 0 ? Math.min(p.from(), p.first()) : p.first()) - 1;
    while (opener > 0 && (cues.is(s.norm(opener), Cues.WordClass.TITLE) || domainOfTitle(s, opener))) {
      opener--;
    }
    return opener >= 0 && EventSentence.THAT.contains(s.norm(opener)) ? p : null;
  }

  /** The pronouns a verb carries as its object ("اتهمه"، "التقتها"; verb-object of text/affixes.tsv). */
  private static final Set<String> VERB_OBJECT = Set.copyOf(Affixes.of(Affixes.Kind.VERB_OBJECT));
  /** A verb without the longest object pronoun it ends in ("يؤديها" → "يؤدي"), leaving a stem of three letters or more. */
  private static String withoutObjectPronoun(String verb) {
    String longest = "";
    for (String pronoun : VERB_OBJECT) {
      if (pronoun.length() > longest.length() && verb.endsWith(pronoun) && verb.length() > pronoun.length() + 2) {
        longest = pronoun;
      }
    }
    return verb.substring(0, verb.length() - longest.length());
  }

  /** The verbal types whose verb may carry the one addressed as its object pronoun ("طالبه"، "اتهمها"، "حذرهم"). */
  private static final Set<String> ADDRESSED = Set.of("REQUEST", "ACCUSE", "THREATEN");

  /**
   * Whether the verb at {@code t} carries an object pronoun of the third person ("وطالبتها"، "اتهمه"):
   * the word is listed only without it, and is not a noun in ة ("طالبة" a student). Counted over
   * jawharafm, GSR dev and ANERcorp train: of the 29 verbs of calling, charging and threatening that
   * carry one, those with a party before them in their sentence stand for the one the clause before
   * acts on or, after a relative, its antecedent ("قطعت ... علاقاتها مع قطر وطالبتها"، "إسرائيل واتهمها").
   */
  private boolean carriesObject(EventSentence s, int t) {
    String n = s.norm(t);
    String stem = withoutObjectPronoun(n);
    // "إدانتها" is the masdar's ة before a possessive, not "أدانت" with an object
    boolean masdar = stem.endsWith("ت") && lexicon.isAlsoNoun(stem.substring(0, stem.length() - 1) + "ه");
    return !s.tokens.get(t).text().endsWith("ة") && !stem.equals(n) && !masdar && !lexicon.listedVerbForm(n);
  }

  /** "فيه"، "فيها" right after a verb of demand: the message, letter or statement it is made in. */
  private static final Set<String> IN_IT = Cues.words(Cues.WordClass.IN_IT);

  /**
   * The parties of a demand made in a message, letter or statement, the verb at {@code t} followed by
   * "فيها"/"فيه" and a party ("رسالة من X، تطالب فيها واشنطن طهران بـ"، "مذكرة إلى Y يطالب فيها
   * الوزير بـ"): the party named after "فيها" asks, the one after it is asked, else the one the
   * message is addressed to, after "إلى" or the ل before the verb in the sentence; whoever carries or
   * hands the message ("نقل الوزير ... رسالة") is no party to it. None where no party follows "فيها",
   * or where a masculine verb stands before a country, which is then its object ("يدعو فيه داعش"),
   * the subject the message's author as without "فيها". Counted over jawharafm, heldout..heldout11 and
   * GSR dev: 12 verbs of demand with "فيه"/"فيها" after them, 1 with a party named after it (USA
   * asking Iran in a message carried by Oman's minister), 1 with the one asked after it (a masculine
   * verb), the other 10 with no party after it, left as they were.
   */
  private Roles demandInMessage(EventSentence s, int t, EventLexicon.Match m) {
    if (t + 2 >= s.size() || !IN_IT.contains(s.norm(t + 1))) {
      return null;
    }
    List<Participant> asker = phraseAfter(s, t + 2, true);
    if (asker.isEmpty() || asker.get(0).both()) {
      return null;
    }
    Participant actor = asker.get(0);
    if (m.masculine() && !actor.person() && !titled(s, actor)) {
      return null; // "يدعو فيه داعش إلى ضبط النفس": the one asked, the author unnamed
    }
    List<Participant> asked = phraseAfter(s, asker.get(asker.size() - 1).last() + 1, true);
    Participant target = asked.isEmpty() ? addressee(s, t) : asked.get(0);
    if (target != null && (target.both() || target.sameCountry(actor))) {
      target = null;
    }
    return new Roles(List.of(actor), target == null ? List.of() : List.of(target), true);
  }

  /**
   * The party the message before the verb at {@code t} is addressed to: the nearest before it in the
   * sentence after "إلى" or with the ل of "للحكومة" ("نقل الوزير الى القيادة الايرانية رسالة"); or null.
   */
  private Participant addressee(EventSentence s, int t) {
    for (int i = t - 1; i >= 0; i--) {
      Participant p = s.participantAt(i);
      if (p == null) {
        continue;
      }
      int start = p.from() >= 0 ? Math.min(p.from(), p.first()) : p.first();
      while (start > 0 && s.participantAt(start - 1) == null && cues.is(s.norm(start - 1), Cues.WordClass.TITLE)) {
        start--;
      }
      if (towardAt(s, start)) {
        return p;
      }
      i = Math.min(i, start);
    }
    return null;
  }

  /** A preposition with a pronoun standing for a relative's antecedent ("عنها"، "فيه"), normalised. */
  private static final Set<String> RESUMPTIVE = Cues.words(Cues.WordClass.RESUMPTIVE);

  /**
   * The subject of a verb that opens a relative clause, the relative pronoun at {@code rel}: the
   * party named right before the pronoun ("وزير الخارجية الذي اتهم إيران"، "الحكومة التي رفضت
   * الطلب"), where neither the verb at {@code verb} carries a pronoun of its object nor a
   * preposition with one follows it: in "الذي اغتالته اسرائيل" and "التي أعلن عنها الوزير" the
   * antecedent is acted on or spoken of, and the subject follows. Else none.
   */
  private List<Participant> antecedent(EventSentence s, int rel, int verb) {
    if (rel == 0 || verb != rel + 1 || verb + 1 < s.size() && RESUMPTIVE.contains(s.norm(verb + 1))) {
      return List.of();
    }
    if (s.norm(rel).equals("التي") && lexicon.at(s.norms, verb).map(EventLexicon.Match::masculine).orElse(false)) {
      return List.of(); // "الحكومة التي أعلن عن تركيبتها الوزير": a masculine verb after "التي" has a subject of its own
    }
    String v = s.norm(verb);
    for (String pronoun : VERB_OBJECT) {
      if (v.endsWith(pronoun) && v.length() > pronoun.length() + 2) {
        List<String> bare = new ArrayList<>(s.norms);
        bare.set(verb, v.substring(0, v.length() - pronoun.length()));
        if (lexicon.at(bare, verb).isPresent()) {
          return List.of(); // "الذي اتهمه": the antecedent is its object
        }
      }
    }
    Participant p = s.participantAt(rel - 1);
    return p == null ? List.of() : List.of(p);
  }

  /** How many words a clause describing a verb's subject may hold, its verb included ("يقود سيارة مفخخة"). */
  private static final int DESCRIBED_REACH = 4;

  /**
   * Whether the word at {@code i} is an adjective of relation in the feminine or the plural
   * ("سياسية"، "حقوقية") without the article, right after a party named without it and
   * by no entity ("خمسة أحزاب سياسية"، "منظمات حقوقية"): it describes that party.
   */
  static boolean describes(EventSentence s, int i) {
    String n = s.norm(i);
    Participant p = i > 0 ? s.participantAt(i - 1) : null;
    return p != null && p.entity() == null && !p.coded() && n.length() >= 5
        && (n.endsWith("يه") || n.endsWith("يون") || n.endsWith("يين") || n.endsWith("يات"))
        && s.tokens.get(i).kind() == Token.Kind.ARABIC
        && Clitics.stems(n).stream().noneMatch(Clitics::hasArticle)
        && p.from() >= 0 && Clitics.stems(s.norm(p.from())).stream()
            .noneMatch(Clitics::hasArticle);
  }

  /**
   * The subject of a verb told with a clause that describes it between them, the clause ending at
   * {@code i}: a party named without the article, then a verb of the present ("انتحاري يقود سيارة
   * مفخخة فجر نفسه"، "انتحارية ترتدي حزاما ناسفا فجرت نفسها"), no comma or party in the clause; or none.
   */
  private List<Participant> describedBefore(EventSentence s, int i) {
    int reach = DESCRIBED_REACH;
    for (int k = i; k >= 1 && k > i - reach; k--) {
      if (s.isComma(k) || s.isClauseEnd(k) || s.isPunct(k) || s.participantAt(k) != null) {
        return List.of();
      }
      String n = s.norm(k);
      Participant p = s.participantAt(k - 1);
      if (p != null && n.length() >= 4 && (n.startsWith("ي") || n.startsWith("ت"))
          && s.tokens.get(k).kind() == org.marsad.text.Token.Kind.ARABIC && !p.coded() && p.entity() == null
          && p.from() >= 0 && org.marsad.text.Clitics.stems(s.norm(p.from())).stream()
              .noneMatch(org.marsad.text.Clitics::hasArticle)) {
        return List.of(p);
      }
      if (reach == DESCRIBED_REACH && n.length() >= 5 && (n.startsWith("وي") || n.startsWith("وت"))
          && s.tokens.get(k).kind() == org.marsad.text.Token.Kind.ARABIC) {
        reach += DESCRIBED_REACH; // "يرتدي حزاما ناسفا ويقود دراجة": a second verb of the description, joined by و
      }
    }
    return List.of();
  }

  /**
   * The parties right after position {@code from}: titles, names and adjectives joined by و.
   * After a verb a second party not joined by و is its object and ends the phrase; after a noun
   * adjectives follow one another ("الروسية اليابانية") and up to two other adjectives may
   * come first ("التعاون التجاري الروسي").
   */
  List<Participant> phraseAfter(EventSentence s, int from, boolean verb) {
    List<Participant> found = new ArrayList<>();
    int skips = 0;
    boolean open = true; // a new member may start: at the beginning, or after و
    int i = from;
    while (i < s.size()) {
      int joined = verb && !open && !found.isEmpty() ? pastOfficeOfHolder(s, i, found.get(found.size() - 1)) : -1;
      if (joined > i) {
        i = joined; // "عقد الشيخ X أمير البلاد المفدى، وفخامة الرئيس Y ...، جلسة مباحثات": the office closed, Y joined
        continue;
      }
      Participant p = s.participantAt(i);
      if (p != null) {
        boolean adjectives = !verb && !found.isEmpty() && p.nisba() && found.get(found.size() - 1).nisba();
        if (!open && !p.conjoined() && !adjectives) {
          break;
        }
        found.add(p);
        open = false;
        i = p.last() + 1;
        continue;
      }
      String n = s.norm(i);
      boolean title = cues.is(n, Cues.WordClass.TITLE) || s.isNaming(i)
          || (found.isEmpty() && i == from && cues.classOfBase(n) == Cues.WordClass.TITLE); // "بنظيره"
      if (title) {
        if (!open && !cues.isConjoinedTitle(n)) {
          break;
        }
        open = true;
        i++;
        continue;
      }
      if (n.equals("و")) {
        open = true;
        i++;
        continue;
      }
      if (verb && i == from && eachOf(s, i)) {
        i += 2; // "أعربت كل من فرنسا وألمانيا": "each of" before the joined subjects
        continue;
      }
      if (n.equals("(") || n.equals(")") || ((n.equals("–") || n.equals("-")) && !found.isEmpty())) {
        i++;
        continue;
      }
      if ((open && domainOfTitle(s, i)) || s.isTime(i)) {
        i++;
        continue;
      }
      if (verb && found.isEmpty() && skips < 2 && i > from && isModifier(n, true)) {
        skips++; // "اتهمت الحكومة الانتقالية في مالي": a body's adjective of no country, before where it sits
        i++;
        continue;
      }
      if (verb && found.isEmpty() && skips > 0 && bodyInCountry(s, i)) {
        i++; // "القوات الحكومية في سوريا": the body is the country's named after "في"
        continue;
      }
      if (!verb && found.isEmpty() && skips < 2 && isModifier(n, from > 0 && Clitics.hasArticle(s.norm(from - 1)))) {
        skips++;
        i++;
        continue;
      }
      break;
    }
    return found;
  }

  /**
   * The token after the comma that closes the office of {@code holder}, a person, named right after him
   * ("الشيخ X أمير البلاد المفدى،"، "الرئيس Y رئيس الجمهورية التركية،"), or right after his name, where a
   * second party joined by و follows that comma ("، وفخامة الرئيس"): the office and its words, within
   * {@value #APPOSITION_REACH} words, name no person and no party of another country. -1 otherwise. Counted:
   * two subjects so paired after a verb 2 times in the development sets (QNA's openings of talks), jawharafm 0,
   * GSR 0.
   */
  private int pastOfficeOfHolder(EventSentence s, int i, Participant holder) {
    Participant office = s.participantAt(i);
    // the office's first word may be read into the holder's name ("تميم بن حمد آل ثاني أمير" + "البلاد")
    boolean begun = s.isComma(i) || cues.is(s.norm(i), Cues.WordClass.TITLE) || titleAt(s, holder.last());
    if (!holder.person() || !(office == null ? begun
        : !otherPerson(office, holder) && !office.conjoined() && office.sameCountry(holder))) {
      return -1;
    }
    int close = s.isComma(i) ? i : closingComma(s, i - 1);
    if (close < 0 || close + 1 >= s.size()) {
      return -1;
    }
    for (int k = i; k < close; k++) {
      Participant p = s.participantAt(k);
      if (s.isPunct(k) || p != null && (otherPerson(p, holder) || !p.sameCountry(holder))) {
        return -1;
      }
    }
    Participant next = s.participantAt(close + 1);
    return cues.isConjoinedTitle(s.norm(close + 1)) || next != null && next.first() == close + 1 && next.conjoined()
        ? close + 1 : -1;
  }

  /** Whether {@code p} names a person other than {@code holder} (an office read as its holder is him). */
  private static boolean otherPerson(Participant p, Participant holder) {
    return p.person() && (p.entity() == null || !p.entity().equals(holder.entity()));
  }

  /** Whether tokens {@code i} and {@code i + 1} are "كل من" ("each of"), which names the parties joined after it. */
  private static boolean eachOf(EventSentence s, int i) {
    return i + 1 < s.size() && s.norm(i).equals("كل") && s.norm(i + 1).equals("من");
  }

  /** How many words of an office ("ووزير الخارجية") may stand between a party and the و that joins it. */
  private static final int JOINED_TITLE_REACH = 3;

  /**
   * Whether the title before party {@code p} carries the و that joins it to the party before
   * ("نظيره الأردني ونظيره المصري"، "الملك الأردني ووزير الخارجية المصري"): the party is then a
   * second object, though the و is not on its own first word.
   */
  private boolean titleJoined(EventSentence s, Participant p) {
    for (int i = p.first() - 1; i >= 0 && i >= p.first() - JOINED_TITLE_REACH; i--) {
      String n = s.norm(i);
      if (cues.isConjoinedTitle(n) || (n.startsWith("و") && n.length() > 2 && !cues.is(n, Cues.WordClass.TITLE)
          && cues.classOfBase(n.substring(1)) == Cues.WordClass.TITLE)) {
        return true;
      }
      if (s.isPunct(i) || s.participantAt(i) != null
          || !(cues.is(n, Cues.WordClass.TITLE) || domainOfTitle(s, i))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The word that completes an office between its title and its country ("وزير المياه الأردني"،
   * "رئيس هيئة الأركان الروسي"): a word after a title, followed by a party or another title.
   */
  private boolean domainOfTitle(EventSentence s, int i) {
    if (i == 0 || i + 1 >= s.size() || s.isPunct(i) || s.participantAt(i) != null
        || !cues.is(s.norm(i - 1), Cues.WordClass.TITLE) || cues.is(s.norm(i), Cues.WordClass.OPENER)) {
      return false; // "قال مسؤولون بأن مهاجما": a new clause, not an office's domain
    }
    if (lexicon.at(s.norms, i, s.tokens.get(i).text()).isPresent()) {
      return false; // "أدانت وزارة الخارجية الغارات الإسرائيلية": an act named after the office is its object
    }
    return s.participantAt(i + 1) != null || cues.is(s.norm(i + 1), Cues.WordClass.TITLE)
        || s.isComma(i + 1) && i + 2 < s.size() && s.participantAt(i + 2) != null; // "رئيس الجمهورية، الباجي قايد السبسي،"
  }

  /**
   * Whether token {@code i} is "في" and a country, not a person, follows it: the body before it, named
   * by an office word and an adjective of no country, is that country's (counted over jawharafm: 8
   * "body + adjective + في + place", all the body of the place: "الجيش الوطني الشعبي في الجزائر").
   */
  private boolean bodyInCountry(EventSentence s, int i) {
    Participant p = i + 1 < s.size() ? s.participantAt(i + 1) : null;
    return cues.is(s.norm(i), Cues.WordClass.LOCATIVE) && p != null && p.first() == i + 1 && p.coded()
        && !p.person() && !p.both();
  }

  /**
   * An adjective that may stand between an event noun and its parties ("الأمني"، "مشترك"، "الأخير"):
   * after a definite noun a definite one, after an indefinite noun an indefinite one ("قصف مدفعي هندي").
   */
  private static boolean isModifier(String n, boolean definiteHead) {
    if (n.length() < 4 || !Character.isLetter(n.charAt(0))) {
      return false;
    }
    boolean relational = n.endsWith("ي") || n.endsWith("يه") || n.endsWith("ير") || n.endsWith("يره");
    return (definiteHead ? Clitics.hasArticle(n) : !Clitics.hasArticle(n)) && relational
        || n.startsWith("مشترك") || n.startsWith("ثنايي"); // "ثنائي" normalised
  }

  /**
   * A noun's genitive followed by من، ضد، على or عن names who acts ("انسحاب واشنطن من"،
   * "عقوبات روسيا على"); otherwise it is who is acted on ("مساعدة كوريا"، "دعوة الجانب الأمريكي").
   */
  static boolean agentBeforePreposition(EventSentence s, List<Participant> genitive, int companion) {
    int next = genitive.get(genitive.size() - 1).last() + 1;
    if (next >= s.size() || next == companion) {
      return false;
    }
    String n = s.norm(next);
    return n.equals("من") || n.equals("ضد") || n.equals("علي") || n.equals("عن");
  }

  /**
   * A noun's genitive followed by إلى and the noun's own word ("وقوف تونس إلى جانب الجزائر") names who
   * stands by, where the first party the sentence names, who tells it, is of that country ("أكد الرئيس
   * التونسي وقوف تونس"); another's account of it ("رحب المندوب السوداني ...، وقال إن بلاده تقدر وقوف موسكو
   * إلى جانب") is praise of it.
   */
  private boolean standingTold(EventSentence s, int t, List<Participant> genitive, int companion) {
    int next = genitive.get(genitive.size() - 1).last() + 1;
    if (next + 1 != companion || !s.norm(next).equals("الي") || genitive.get(0).code() == null) {
      return false;
    }
    for (int i = 0; i < t; i++) {
      Participant teller = s.participantAt(i);
      if (teller != null) {
        return genitive.get(0).sameCountry(teller); // the first party the sentence names: who tells it
      }
    }
    return false;
  }

  /** How many adjectives may stand between a verbal noun's genitive and its object ("دعم بغداد الكامل للشعب"). */
  private static final int ADJECTIVES_BEFORE_OBJECT = 2;

  /**
   * A verbal noun's genitive followed, past at most {@value #ADJECTIVES_BEFORE_OBJECT} definite adjectives,
   * by a party under the preposition ل ("دعم بغداد الكامل للشعب الفلسطيني"، "اتهام واشنطن لبكين"):
   * the act's object is the party after ل, so the genitive is who does it (standard Arabic grammar:
   * a masdar with its doer in the genitive takes its object with ل).
   */
  private boolean agentBeforeObject(EventSentence s, List<Participant> genitive) {
    int next = genitive.get(genitive.size() - 1).last() + 1;
    for (int skipped = 0; next < s.size() && skipped < ADJECTIVES_BEFORE_OBJECT && s.participantAt(next) == null
        && !s.isPunct(next) && Clitics.hasArticle(s.norm(next)) && !s.norm(next).startsWith("ل"); skipped++) {
      next++;
    }
    if (next >= s.size() || s.isPunct(next) || !s.norm(next).startsWith("ل")) {
      return false;
    }
    Participant object = s.participantAt(next);
    if (object != null) {
      return object.first() == next; // "لإيران"
    }
    // "للشعب الفلسطيني": the people of a country after لل
    Participant people = next + 1 < s.size() ? s.participantAt(next + 1) : null;
    return Clitics.opensWithLamOnArticle(s.norm(next)) && people != null && people.nisba() && people.first() == next + 1;
  }

  /** A party with an office word right before it ("الجانب الأمريكي"، "الوزير الياباني"). */
  /**
   * Whether the party is named, right after the verb at {@code t}, by a noun and its adjective in the
   * masculine singular ("الجيش المصري"، "الوفد الروسي"): a masculine phrase that agrees with a masculine
   * verb as its subject, where a country's name, feminine, cannot ("واتهم الولايات المتحدة").
   */
  private boolean masculineHeadAfter(EventSentence s, int t, Participant p) {
    int begins = p.from() >= 0 ? Math.min(p.from(), p.first()) : p.first();
    if (!p.nisba() || begins != t + 1 || p.last() == begins) {
      return false;
    }
    String adjective = s.norm(p.last());
    return adjective.endsWith("ي") && !adjective.endsWith("يي");
  }

  /**
   * Whether the word right after the masculine verb at {@code t} is a noun in the feminine singular,
   * ending in taa marbuta ("الحكومة"، "وزارة"، "الخارجية"): it cannot be the subject of a masculine
   * verb it stands right after, so it is the object, and the subject is the one named before. Counted in
   * jawharafm: 2 such phrases after an event verb ("وطالب الخارجية التونسية"، "ودعا الحكومة التونسية"),
   * both objects, none a subject.
   */
  private static boolean feminineHeadAfter(EventSentence s, int t) {
    return t + 1 < s.size() && s.tokens.get(t + 1).text().endsWith("ة");
  }

  boolean titled(EventSentence s, Participant p) {
    int before = p.first() - 1;
    return before >= 0 && (cues.is(s.norm(before), Cues.WordClass.TITLE) || s.isNaming(before)
        || domainOfTitle(s, before));
  }

  boolean locative(EventSentence s, Participant p) {
    if (p.first() <= 0) {
      return false;
    }
    if (cues.is(s.norm(p.first() - 1), Cues.WordClass.LOCATIVE)) {
      return true;
    }
    // "في مالي والنيجر": a place joined by و to a place after the preposition is a place too
    Participant before = p.conjoined() ? s.participantAt(p.first() - 1) : null;
    return before != null && before != p && before.last() < p.first() && locative(s, before);
  }

  /** The party after "مع" in the clause of the event word ("مباحثاته مع نظيره الياباني"). */
  private List<Participant> partner(EventSentence s, int t) {
    for (int i = t + 1; i < s.size() && i <= t + TARGET_REACH; i++) {
      if (s.isClauseEnd(i) || cues.boundary.matchAt(s.norms, i) > 0) {
        break;
      }
      if (cues.is(s.norm(i), Cues.WordClass.PARTNER)) {
        // all partners joined by و: "مع نظيريه الروسي والأوكراني" are two calls
        List<Participant> out = new ArrayList<>();
        for (Participant p : phraseAfter(s, i + 1, true)) {
          if (out.isEmpty() || (p.conjoined() && !sameCountry(p, out))) {
            out.add(p);
          }
        }
        return out;
      }
    }
    return List.of();
  }

  /**
   * A people named in the plural after a word that is no office ("رفض تهجير الفلسطينيين") is what
   * the rejected act is done to, not the one rejected.
   */
  private boolean peopleAsObject(EventSentence s, Participant p) {
    if (!p.nisba() || p.first() != p.last() || p.first() == 0) {
      return false;
    }
    String n = s.norm(p.first());
    String before = s.norm(p.first() - 1);
    return (n.endsWith("يين") || n.endsWith("يون")) && !s.isPunct(p.first() - 1) && !before.equals("و")
        && s.participantAt(p.first() - 1) == null && !cues.is(before, Cues.WordClass.TITLE)
        && cues.classOfBase(before) != Cues.WordClass.TITLE;
  }

  /**
   * Whether a warning's object named by no party ("وسائل الإعلام"، "المواطنين") stands between
   * {@code from} and the verb's "من" at {@code of}, and the party at {@code party} after that "من":
   * the party is in what the object is warned of ("حذرت X وسائل الإعلام من نشر آراء مؤيدة لسياسة
   * قطر"), not whom the warning is addressed to. Where the warned party comes first ("حذرت X إيران
   * من") or "من" right after the verb ("حذرت من تدخل إيران"), the party stays.
   */
  private boolean warnedOf(EventSentence s, int from, int of, int party) {
    if (of < from || party < of) {
      return false;
    }
    for (int i = from; i < of; i++) {
      String n = s.norm(i);
      if (!s.isPunct(i) && !s.isTime(i) && s.participantAt(i) == null && Character.isLetter(n.charAt(0))
          && cues.classOf(n) == null && !n.equals("في")) {
        return true;
      }
    }
    return false;
  }

  /** The parties of the sentence a mediator stands between: not the mediator's country, not a place. */
  private List<Participant> mediated(EventSentence s, Participant mediator) {
    List<Participant> out = new ArrayList<>();
    for (Participant p : s.participants) {
      if (!p.both() && !locative(s, p) && !p.sameCountry(mediator) && !sameCountry(p, out)) {
        out.add(p);
      }
    }
    return out;
  }

  /** The comma that closes an apposition opened by the comma at {@code i}, within eight words, or -1. */
  private static int closingComma(EventSentence s, int i) {
    for (int k = i + 1; k < s.size() && k <= i + APPOSITION_REACH; k++) {
      if (s.isComma(k)) {
        return k;
      }
      if (s.isClauseEnd(k)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the comma at {@code from} closes an apposition the party right before it opened: that
   * party holds a comma of its own ("وزير الخارجية الروسي، سيرغي لافروف،"), an office and then the
   * name of who holds it set off by commas, the common way news copy names an official. What
   * follows the closing comma is the verb's object, as after a subject with no name.
   */
  private static boolean closesApposition(EventSentence s, int from) {
    Participant p = from > 0 ? s.participantAt(from - 1) : null;
    if (p == null) {
      return false;
    }
    for (int k = p.first() + 1; k < p.last(); k++) {
      if (s.isComma(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the comma at {@code i} is followed by the verb's object rather than an apposition of its subject:
   * a state or body of another country, not a person, whose preposition of what it is charged with or asked
   * follows it ("اتهم وزير الخارجية X، إريتريا بتسليح"، "طالب الهباش في بيان صحفي، القضاة الشرعيين بالاعتماد").
   */
  private static boolean objectAfterComma(EventSentence s, int i, String actorCode) {
    Participant p = i + 1 < s.size() ? s.participantAt(i + 1) : null;
    if (p == null || p.first() != i + 1 || p.person() || p.both() || actorCode.equals(p.code()) || p.last() + 1 >= s.size()) {
      return false;
    }
    String next = s.norm(p.last() + 1);
    return next.length() > 2 && next.startsWith("ب") || next.equals("الي") || next.equals("علي");
  }

  /** The first party after {@code from} in the clause that is not the actor nor a place, and those joined to it. */
  private List<Participant> directed(EventSentence s, int from, String actorCode) {
    boolean passedComma = false;
    int limit = from + TARGET_REACH;
    int labelEnd = -1;
    for (int i = from; i < s.size() && i < limit; i++) {
      if (quotedObject(s, i) || s.isQuoteMark(i) && s.quotedPhraseEnd(i) > 0) {
        // "أعربت عن تضامنها مع "الشعب اللبناني"": the words quoted are the preposition's object;
        // "رفض أي «إملاءات غربية»": a short quoted label is the object, read on into it
        labelEnd = s.quotedPhraseEnd(i);
        continue;
      }
      if (i == labelEnd && i + 1 < s.size() && (s.norm(i + 1).equals("مع") || s.norm(i + 1).startsWith("ل"))) {
        // "أشاد بما وصفه بـ"التعاون المثمر" مع السلطات الليبية"، "بـ"الموقف الثابت" للإدارة": the label's closing
        // mark ends no clause where مع or ل ties the party after it to the label; a party right after it is
        // the label's own object ("اتهم الدول الأوروبية بـ"تشجيع" الحكومة الأوكرانية"), not the target
        continue;
      }
      if (s.isClauseEnd(i) || cues.boundary.matchAt(s.norms, i) > 0 || cues.is(s.norm(i), Cues.WordClass.OPENER)) {
        break;
      }
      if (s.isComma(i)) {
        if (!passedComma && actorCode != null && i == from && closesApposition(s, from)) {
          passedComma = true; // "رفض وزير الخارجية الروسي، سيرغي لافروف، الاتهامات الأمريكية": the subject's name set off
          continue;
        }
        if (!passedComma && actorCode != null && !objectAfterComma(s, i, actorCode)) {
          passedComma = true;
          int close = closingComma(s, i);
          if (close > 0) {
            limit += close - i; // the apposition does not count against the reach
            i = close; // "اتهمت X، شقيقة الزعيم ...، الولايات المتحدة": the subject's apposition
            continue;
          }
        }
        if (s.participantAt(i + 1) == null && !s.commaOfAside(i)) {
          break;
        }
        continue;
      }
      Participant p = s.participantAt(i);
      if (p == null) {
        continue;
      }
      if (locative(s, p) || (actorCode != null && actorCode.equals(p.code())) || s.isTime(i)) {
        i = p.last();
        continue;
      }
      List<Participant> out = new ArrayList<>();
      out.add(p);
      int j = p.last() + 1;
      while (true) {
        while (j < s.size() && (s.norm(j).equals("و") || s.isComma(j))) {
          j++;
        }
        Participant q = s.participantAt(j);
        if (q == null || !(q.conjoined() || s.isComma(j - 1)) || (actorCode != null && actorCode.equals(q.code()))) {
          break;
        }
        out.add(q);
        j = q.last() + 1;
      }
      return out;
    }
    return List.of();
  }

  /**
   * Whether the party at {@code p} is the one struck by the act a condemnation names ("أدانت الخارجية
   * الأردنية الاعتداءات على القرى الفلسطينية"، "أدانت مصر الهجوم على السفارة الأمريكية"): an event
   * noun of no act of cooperation stands after {@code from} and before it, and "على"، "ضد" or "أمام"
   * ({@code against} of grammar.tsv) between the two. Who an act fell on is not whom its condemner
   * accuses; a doer named by its adjective before the preposition ("الاعتداءات الإسرائيلية على") is.
   */
  private boolean struckByCondemnedAct(EventSentence s, int from, Participant p) {
    boolean act = false;
    for (int i = from; i < p.first(); i++) {
      if (s.participantAt(i) != null) {
        return false; // a party between: the doer's adjective, or the subject
      }
      if (act && cues.against.matchAt(s.norms, i) > 0) {
        return true;
      }
      Optional<EventLexicon.Match> named = lexicon.at(s.norms, i, s.tokens.get(i).text());
      act |= named.isPresent() && !named.get().verb() && !EventCoder.COOPERATIVE.contains(named.get().type());
    }
    return false;
  }

  /** How many words may stand between the recipients of aid and the "في" of their place ("مخيمات اللاجئين في"). */
  private static final int RECIPIENTS_PLACE_GAP = 3;

  /**
   * The place, after "في", of the recipients aid goes to named by what they are ({@code beneficiary} of
   * grammar.tsv: "أرسلت X مساعدات إلى مخيمات اللاجئين في Y"، "للمتضررين في Y"): the country of Y receives it.
   * Null where the clause names no such recipients, or no country's place follows them.
   */
  private Participant placeOfRecipients(EventSentence s, int from, String actorCode) {
    for (int i = from; i < s.size() && i < from + TARGET_REACH; i++) {
      if (s.isClauseEnd(i) || s.isComma(i) || cues.boundary.matchAt(s.norms, i) > 0
          || cues.is(s.norm(i), Cues.WordClass.OPENER)) {
        return null;
      }
      if (!beneficiary(s.norm(i))) {
        continue;
      }
      for (int j = i + 1; j < s.size() - 1 && j <= i + RECIPIENTS_PLACE_GAP; j++) {
        if (s.isClauseEnd(j) || s.isComma(j) || s.participantAt(j) != null) {
          return null;
        }
        Participant p = s.participantAt(j + 1);
        if (cues.is(s.norm(j), Cues.WordClass.LOCATIVE) && p != null && p.first() == j + 1 && p.code() != null
            && !p.person() && !p.both() && !p.code().equals(actorCode)) {
          return p;
        }
      }
      return null;
    }
    return null;
  }

  /** Whether a word names recipients of aid, with ل or إلى's article ("للمتضررين"، "لمخيمات") split off. */
  private boolean beneficiary(String n) {
    if (cues.is(n, Cues.WordClass.BENEFICIARY)) {
      return true;
    }
    if (Clitics.opensWithLamOnArticle(n) && n.length() > 3 && cues.is(Clitics.articleForLam(n), Cues.WordClass.BENEFICIARY)) {
      return true;
    }
    return n.startsWith("ل") && n.length() > 2 && cues.is(n.substring(1), Cues.WordClass.BENEFICIARY);
  }

  /** Prepositions, as normalised, whose object may be set off by quotation marks ("مع «الشعب»"، "إلى "الحكومة""). */
  private static final Set<String> QUOTED_AFTER = Cues.words(Cues.WordClass.QUOTED_AFTER);

  /**
   * Whether token {@code i} is a quotation mark right after the preposition of an event word,
   * opening its object ("تضامنها مع "الشعب الجورجي الذي ..."", "دعمها لـ«الحكومة الشرعية»"): a
   * phrase cited within the clause, not a quotation that ends it. After other words the quotation
   * is what is said or charged ("متهما X بالسعي إلى "تكرار سيناريو ..."").
   */
  private boolean quotedObject(EventSentence s, int i) {
    return i > 1 && s.isQuoteMark(i) && QUOTED_AFTER.contains(s.norm(i - 1))
        && lexicon.at(s.norms, i - 2, s.tokens.get(i - 2).text()).isPresent();
  }

  /**
   * Whether a verb has a subject of its own before it that names no party ("أن ذلك يهدد"،
   * "أن القضية لن تهدد"): then the sentence's person is not its actor.
   */
  private boolean subjectWordBefore(EventSentence s, int t) {
    int i = t - 1;
    while (i >= 0 && cues.is(s.norm(i), Cues.WordClass.PARTICLE)) {
      i--;
    }
    if (i < 0 || s.isPunct(i) || s.participantAt(i) != null) {
      return false;
    }
    String n = s.norm(i);
    return !(cues.is(n, Cues.WordClass.OPENER) || n.equals("و")
        || cues.plannedBefore.matchAt(s.norms, i) > 0 || cues.boundary.matchAt(s.norms, i) > 0);
  }

  /** The person the sentence is about, else for a verb or participle the previous sentence's. */
  private Participant fallbackActor(EventSentence s, int t, EventLexicon.Match m, ArticleParties parties,
      List<Participant> targets) {
    if (subjectOfNoCountry(s, t, m)) {
      return null; // "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش": the subject is named, and acts for no state
    }
    Participant p = null;
    if (m.verb() && t > 1 && s.isComma(t - 1) && Clitics.opensWithConjunction(s.norm(t))) {
      // "أعلن الحرس الثوري ... أن قواته استهدفت ...، وتوعد بمواصلة": a verb joined to the main clause shares its subject
      List<Participant> main = mainSubject(s, t, targets);
      if (main.isEmpty() && officeBeforeObject(s, t)) {
        return null; // "وحملت الوزارة الحكومة الإسرائيلية ...، وطالبت": the office of no named country asks, not Israel
      }
      p = main.isEmpty() ? null : main.get(0);
    }
    if (p == null && m.verb() && afterTimeConjunction(s, t)) {
      // "طردت النيجر السفير الفرنسي، قبل أن توقع اتفاقا مع موسكو": the verb of "قبل أن"، "بعد أن" with no subject
      // of its own has the main clause's, never its object
      List<Participant> main = mainSubject(s, t, targets);
      return main.isEmpty() ? null : main.get(0);
    }
    if (p == null && m.verb()) {
      p = speakerOfHimself(s, t, m, parties); // "وأشار الوزير إلى أنه أجرى اتصالا بنظيره": the minister called
    }
    if (p == null) {
      p = personOfSentence(s, t, targets);
    }
    if (p == null && SYMMETRIC.contains(m.type())) {
      p = partyBeforeInClause(s, t, targets); // "موسكو مستعدة للحوار مع واشنطن"
    }
    if (p == null && m.entry().kind() == EventLexicon.Kind.PARTICIPLE) {
      List<Participant> main = mainSubject(s, t, targets); // "أصدرت الخارجية التركية بيانا، مطالبة القاهرة"
      p = main.isEmpty() ? null : main.get(0);
    }
    if (p == null && m.entry().kind() != EventLexicon.Kind.NOUN) {
      p = speakerBefore(s, t, m, parties); // "وأضاف ... محذرا": the one who spoke before
    }
    return p;
  }

  /** "أن", normalised: after "قبل" or "بعد" a time conjunction. */
  private static final String THAT_WORD = ArabicNormalizer.normalize("أن");
  /** "قبل"، "بعد" and their forms with و or ف ({@code before} and {@code after} of grammar.tsv). */
  private static final Set<String> TIME_CONJUNCTION_WORDS = Stream.concat(
      Cues.words(Cues.WordClass.BEFORE).stream(), Cues.words(Cues.WordClass.AFTER).stream()).collect(Collectors.toUnmodifiableSet());

  /**
   * Whether the verb at {@code t} stands right after "قبل أن" or "بعد أن" ("، قبل أن توقع"، "بعد أن رفض").
   * Counted over jawharafm, the GSR dev sentences and the development sets: of 26 such verbs, 23 name
   * their own subject after them; the 3 that do not ("اعتقلت أربعة أطباء قبل أن تطلق سراحهم"، "قبل أن
   * توقع اتفاقات ... مع موسكو"، "بعد أن رفض في مناسبات عديدة") all share the main clause's subject.
   */
  private static boolean afterTimeConjunction(EventSentence s, int t) {
    if (t < 2 || !s.norm(t - 1).equals(THAT_WORD)) {
      return false;
    }
    return TIME_CONJUNCTION_WORDS.contains(s.norm(t - 2));
  }

  /**
   * The speaker of the reported speech that holds the verb at {@code t}, where the verb follows "أنه" or
   * "إنه" (past "قد"): the pronoun is the speaker himself ("وأشار الوزير إلى أنه أجرى اتصالا"، "وقال إنه
   * بحث مع نظيره"), as the quotes layer found him; a person or body with a country, else null. Counted over
   * jawharafm: 15 uses of "أنه/إنه/أنها/إنها" before a word of the verb lexicon, 9 the speaker's own act,
   * 2 another's named before ("إنه استهدف" a missile), 4 impersonal ("إنه يتعين على"، "أنه يجب"), left
   * out by their "على" right after the verb.
   */
  private Participant speakerOfHimself(EventSentence s, int t, EventLexicon.Match m, ArticleParties parties) {
    if (m.companion() == t + 1 && s.norm(t + 1).equals("علي")) {
      return null; // "إنه يتعين على"، "إنه يجب على": "it is due", no one's act
    }
    int before = t - 1;
    if (before >= 0 && s.norm(before).equals("قد")) {
      before--;
    }
    if (before < 0 || !THAT_HE.contains(s.norm(before))) {
      return null;
    }
    int said = before - 1 >= 0 && s.norm(before - 1).equals("الي") ? before - 2 : before - 1;
    if (said < 0 || !(s.participantAt(said) != null || cues.is(s.norm(said), Cues.WordClass.TITLE)
        || Clitics.opensWithConjunction(s.norm(said)))) {
      // the speaker named right before ("وأشار الوزير إلى أنه") or the saying verb opening its clause ("وقال إنه");
      // not "شركات قالت إنها تساعد": the companies help, as the one who said it says
      return null;
    }
    String id = parties.speakerAt(s.tokens.get(t).start());
    Entity e = parties.entity(id);
    if (e == null || (e.type() != EntityType.PERSON && e.type() != EntityType.ORG)) {
      return null;
    }
    String code = ArticleParties.codeOf(e);
    return code == null ? null : new Participant(t, t, code, id, e.type() == EntityType.PERSON, false, false);
  }

  /** How many words after a verb its subject named by office may reach a body or person of no country. */
  private static final int UNPLACED_SUBJECT_REACH = 6;

  /**
   * Whether the subject of the verb at {@code t}, or of the verb a participle describes, is named and
   * tied to no country: an office word right after the verb and, before any party, punctuation or
   * {@value #UNPLACED_SUBJECT_REACH} words, a body or person of none ("دعا رئيس مفوضية الاتحاد الأفريقي
   * ..."، "وحث الأمين العام للأمم المتحدة ..."); for a participle, the first such name or party of its
   * sentence, not a place ("..., معربا عن قلقه"). Such an actor is not the one who spoke before.
   */
  private boolean subjectOfNoCountry(EventSentence s, int t, EventLexicon.Match m) {
    if (m.verb()) {
      if (t + 1 >= s.size() || !titleAt(s, t + 1)) {
        return false;
      }
      for (int k = t + 2; k < s.size() && k <= t + UNPLACED_SUBJECT_REACH && !s.isPunct(k); k++) {
        if (s.participantAt(k) != null) {
          return false;
        }
        if (s.unplaced(k)) {
          return true;
        }
      }
      return false;
    }
    if (m.entry().kind() != EventLexicon.Kind.PARTICIPLE) {
      return false;
    }
    for (int k = 0; k < t; k++) {
      Participant p = s.participantAt(k);
      if (p != null && !p.both() && !locative(s, p)) {
        return false;
      }
      for (int j = k - 1; s.unplaced(k) && j >= 0 && j >= k - 3 && !s.isPunct(j); j--) {
        if (titleAt(s, j)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the sentence's first party before {@code t} is a noun phrase of its own after a definite office
   * word: a definite noun or a name cannot be the genitive of a definite word, so the office is one
   * phrase, the subject, and {@code p} the next, the object ("وحملت وزارة الخارجية الحكومة الإسرائيلية").
   * A relational adjective ("وزارة الخارجية الإسرائيلية") or a person in apposition ("وزير الخارجية
   * سيرغي لافروف") is the office's own.
   */
  private boolean officeBeforeObject(EventSentence s, int t) {
    Participant p = firstParty(s, t);
    return p != null && objectAfterOffice(s, p);
  }

  /** Whether the party {@code p} follows an office named in full before it, and so is not that office's. */
  private boolean objectAfterOffice(EventSentence s, Participant p) {
    int j = p.first() - 1;
    if (p.person() || p.both() || !definiteOffice(s, j)) {
      return false;
    }
    if (!p.nisba()) {
      // "وحملت وزارة الخارجية والمغتربين إسرائيل": a name after the office; an office word after an
      // honorific is the honorific's ("صاحب السمو ملك البلاد")
      return !cues.is(s.norm(p.first()), Cues.WordClass.TITLE);
    }
    // "وحملت الوزارة الحكومة الإسرائيلية": the adjective's own head noun, a second definite office word;
    // "الأمين العام"، "القوات البحرية" are one office, its word and an adjective
    return cues.is(s.norm(j), Cues.WordClass.TITLE) && definiteOffice(s, j - 1)
        && !cues.is(s.norm(j - 1) + " " + s.norm(j), Cues.WordClass.TITLE) && !ADJECTIVAL_TITLES.contains(s.norm(j));
  }

  /** Titles that are adjectives of the office word before them ({@code title-adjective} of grammar.tsv). */
  private static final Set<String> ADJECTIVAL_TITLES = Cues.words(Cues.WordClass.TITLE_ADJECTIVE);

  /** Whether token {@code j} is an office word or its domain, with the article ("الوزارة"، "الخارجية"، "والمغتربين"). */
  private boolean definiteOffice(EventSentence s, int j) {
    return j >= 1 && !s.isPunct(j) && s.participantAt(j) == null
        && (cues.is(s.norm(j), Cues.WordClass.TITLE) || domainOfTitle(s, j))
        && Clitics.stems(s.norm(j)).stream().anyMatch(Clitics::hasArticle);
  }

  /** The first party before {@code t} that is neither "both" nor a place of the act, else null. */
  private Participant firstParty(EventSentence s, int t) {
    for (Participant p : s.participants) {
      if (p.first() >= t) {
        return null;
      }
      if (!p.both() && !locative(s, p)) {
        return p;
      }
    }
    return null;
  }

  /** Whether an office word ({@code title} of grammar.tsv), of one word or two ("الأمين العام"), opens at {@code j}. */
  private boolean titleAt(EventSentence s, int j) {
    return cues.is(s.norm(j), Cues.WordClass.TITLE)
        || j + 1 < s.size() && cues.is(s.norm(j) + " " + s.norm(j + 1), Cues.WordClass.TITLE);
  }

  /**
   * The subject of the sentence's main verb, which a circumstantial participle after it describes
   * when no person is named: the party right after the verb that opens the sentence, or opens it
   * after an aside set off by a comma ("وفي أنقرة، أصدرت وزارة الخارجية التركية بيانا، ... مطالبة
   * القاهرة"، "وردت بكين بأن ...، مطالبة إياها"), offices and "كل من" between allowed, with the parties
   * joined to it by a comma or و ("أعلنت كل من السعودية، القاهرة، أبو ظبي والمنامة ... متهمة اياها").
   * None where that first party stands elsewhere ("وعبرت الأحزاب عن دعمها للشعب السوري، داعية").
   */
  private List<Participant> mainSubject(EventSentence s, int t, List<Participant> targets) {
    Participant first = firstParty(s, t);
    if (first == null || officeBeforeObject(s, t)) {
      return List.of(); // "وحملت الوزارة الحكومة الإسرائيلية المسؤولية": the office is the subject, unnamed by country
    }
    int j = (first.from() >= 0 ? Math.min(first.from(), first.first()) : first.first()) - 1;
    while (j > 0 && (cues.is(s.norm(j), Cues.WordClass.TITLE) || domainOfTitle(s, j)
        || s.norm(j).equals("كل") || s.norm(j).equals("من") && s.norm(j - 1).equals("كل"))) {
      j--; // "وزارة الخارجية"، "كل من": what stands between the verb and its party
    }
    if (j < 0 || j > 0 && !s.isComma(j - 1) || s.participantAt(j) != null || s.isPunct(j)) {
      return List.of();
    }
    List<Participant> out = new ArrayList<>(List.of(first));
    int end = first.last();
    for (Participant p : s.participants) {
      if (p.first() <= end) {
        continue;
      }
      if (p.first() >= t) {
        break;
      }
      boolean joined = p.conjoined() && p.first() == end + 1;
      for (int k = end + 1; k < p.first(); k++) {
        joined = s.isComma(k) || s.norm(k).equals("و");
        if (!joined) {
          break;
        }
      }
      if (!joined || p.both()) {
        break;
      }
      out.add(p);
      end = p.last();
    }
    out.removeIf(p -> sameCountry(p, targets));
    return out;
  }

  /** The nearest party before the event word in its clause, not a place nor a partner already found. */
  private Participant partyBeforeInClause(EventSentence s, int t, List<Participant> targets) {
    for (int i = t - 1; i >= ModeReader.clauseStart(s, t); i--) {
      Participant p = s.participantAt(i);
      if (p != null && !p.both() && !locative(s, p) && !sameCountry(p, targets)) {
        return p;
      }
    }
    return null;
  }

  /**
   * For a sentence that names no person of its own ("وأضاف أن ..."), the first person of the
   * sentence before: the subject that goes on speaking.
   */
  private Participant speakerBefore(EventSentence s, int t, EventLexicon.Match m, ArticleParties parties) {
    String id = parties.firstPersonOfSentenceBefore(s.span.start());
    String code = id == null ? null : ArticleParties.codeOf(parties.entity(id));
    if (id == null) {
      code = parties.officeCountryOfSentenceBefore(s.span.start()); // "واتهم الوزير الروسي ... لكنه أشاد"
      if (code != null) {
        return new Participant(t, t, code, parties.entityOf(code), false, false, false);
      }
    }
    if (code == null) {
      // "وقال عبد العاطي: «...». واتهم": a surname of no country, or "وقال: «...»": the quotation's speaker;
      // not where the verb names a subject of its own, an office or a person ("رفض الناطق باسم الحكومة، فلان")
      int next = Math.min(t + 1, s.size() - 1);
      boolean object = m.masculine() && feminineHeadAfter(s, t); // "واتهم الحكومة الإثيوبية": no subject
      if (titleAt(s, next) && !object || parties.personNamedBetween(s.span.start(), s.tokens.get(next).end())) {
        return null;
      }
      id = parties.quoteSpeakerOfSentenceBefore(s.span.start());
      code = id == null ? null : ArticleParties.codeOf(parties.entity(id));
      boolean person = id != null && parties.entity(id).type() == EntityType.PERSON;
      return code == null ? null : new Participant(t, t, code, id, person, false, false);
    }
    return new Participant(t, t, code, id, true, false, false);
  }

  private static boolean sameCountry(Participant p, List<Participant> others) {
    return others.stream().anyMatch(q -> q.sameCountry(p));
  }

  /**
   * Whether a party is a state's body named in full, an organisation of one country whose name opens
   * with a word of a body ({@code body} of grammar.tsv: "لجنة الأمن القومي القرغيزية"): it speaks and acts
   * as a ministry named by its office does ("وزارة الدفاع القرغيزية").
   */
  private boolean stateBody(EventSentence s, Participant p) {
    return !p.person() && !p.both() && p.code() != null && p.entity() != null && p.entity().startsWith("org:")
        && cues.is(s.norm(p.first()), Cues.WordClass.BODY);
  }

  /** The person the sentence is about: the first named before the event word, else after it. */
  private Participant personOfSentence(EventSentence s, int t, List<Participant> targets) {
    // a person, or a country with an office before it
    Participant after = null;
    int from = 0; // not across "فيما"، "بينما": another clause with its own subject
    for (int i = t - 1; i > 0; i--) {
      if (cues.boundary.matchAt(s.norms, i) > 0) {
        from = i;
        break;
      }
    }
    int to = s.size(); // nor after "في حين"، "فيما" past the event word: "دعت المفوضية ...، في حين لم يصدر تعليق عن الجانب الفرنسي"
    for (int i = t + 1; i < s.size(); i++) {
      if (cues.boundary.matchAt(s.norms, i) > 0) {
        to = i;
        break;
      }
    }
    for (Participant p : s.participants) {
      if (p.last() < from || p.first() > to) {
        continue;
      }
      boolean someone = p.person() || (titled(s, p) && !p.both()) // "السفير الإيراني" is a person too
          || stateBody(s, p); // "بحسب ما أعلنته لجنة الأمن القومي القرغيزية، متهمة"، as "وزارة الدفاع القرغيزية"
      if (!someone || sameCountry(p, targets)) {
        continue;
      }
      if (p.last() < t) {
        return p;
      }
      if (after == null && p.first() > t) {
        after = p;
      }
    }
    return after;
  }
}
