package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.marsad.text.Affixes;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;
import org.marsad.text.Prepositions;
import org.marsad.text.QuoteMarks;

/**
 * The event words of {@code events/verbs.tsv} and {@code events/nouns.tsv}, looked up by
 * normalised token: verbs with the conjunctions و ف, the particle ل and the future prefix س;
 * nouns with the proclitics, the article and a possessive ending ("ومباحثاته" → مباحثات).
 */
final class EventLexicon {

  static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
      "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
      "ASSAULT");

  /** How far after the event word its required word ("حذر ... من") may stand. */
  static final int COMPANION_WINDOW = 15;

  /**
   * How far from a noun of nouns.tsv its required word may stand: an adjective or a genitive of
   * the noun's own phrase ("عملية انتحارية"، "انفجار سيارة مفخخة"، "إطلاق عدد من الصواريخ"), not
   * a word of the sentence's next phrase ("عملية ... لقوات الأمن ... الجماعات المسلحة").
   */
  static final int NOUN_COMPANION_WINDOW = 4;

  /** Prepositions ({@code masdar} of text/prepositions.tsv): a bare verb form after one is its verbal noun ("بشأن نشر الصواريخ"). */
  private static final Set<String> PREPOSITIONS = Prepositions.of(Prepositions.Use.MASDAR);

  /**
   * Elatives of size and degree, normalised: after a preposition, the word right after one is the
   * noun it is in construct with, never a verb ("في أكبر تجمع منذ سنوات": the largest gathering,
   * as "في تجمع" is a gathering). W. Wright, A Grammar of the Arabic Language, vol. 2, § 94 (the
   * elative before an indefinite genitive). Over jawharafm and the GSR dev sentences (both files),
   * 25 such words after a preposition and one of these, and 16 in ANERcorp train: all 41 nouns.
   * Without the preposition the elative may be an adjective, and a verb may follow it ("أسئلة
   * أكبر تطال الحريري"), so it is not read so there.
   */
  private static final Set<String> ELATIVES = Cues.words(Cues.WordClass.ELATIVE);

  /**
   * Verbs whose subject is the masdar after them, the act undergone: "تم اعتقال خمسة" is "اعتُقل
   * خمسة", the usual passive of news Arabic. Normalised; the future "سيتم" plans the act.
   */
  private static final Set<String> DONE = Cues.words(Cues.WordClass.DONE);

  /**
   * Of the readings {@code nouns} of a masdar after {@link #DONE}, the material acts ({@link
   * MaterialRoles#TYPES}) read as their passive verbs (the genitive undergoes the act); none for the
   * others: "تم الاتفاق" stays the noun of diplomacy.
   */
  private static List<Match> doneAct(List<Match> nouns, boolean future) {
    return nouns.stream().filter(m -> MaterialRoles.TYPES.contains(m.type())).map(m -> {
      Entry e = m.entry();
      return new Match(new Entry(e.type(), e.subtype(), Kind.VERB, e.companions(), e.blockers(), e.flags(), true),
          Person.OTHER, future, -1);
    }).toList();
  }

  /** Words that open a new clause (أن، إن and their forms), normalised. */
  private static final Set<String> CLAUSE_OPENERS = Cues.words(Cues.WordClass.CLAUSE_START);

  /** Possessive and object endings (event-word of affixes.tsv), longest first; the person each names is read below. */
  private static final List<String> ENDINGS = Affixes.of(Affixes.Kind.EVENT_WORD);

  /** The part of speech of an event word, which decides where its actor is looked for. */
  enum Kind { VERB, NOUN, PARTICIPLE }

  /**
   * A lexicon entry: the type it codes and PLOVER's mode of it (null when the word does not say
   * it), its part of speech, what must or must not follow it, and its flags: {@code passive}
   * for a verb whose subject is acted on ("اغتيل"), {@code @patient} for a noun whose genitive
   * suffers the act ("اغتيال X"), {@code @crowd} for a word that codes only when a crowd or
   * civilians do it ("تجمع"), {@code @either} when its required word may stand before it too
   * ("سيارة مفخخة انفجرت"), {@code @armed} for a word also said of words and policies ("هاجم")
   * that codes only where its clause names a way of attack, casualties or people attacked,
   * {@code @aimed} for one that codes only when aimed at someone ("أطلق صاروخا على"),
   * {@code @device} for one whose required word is a bomb blown up ("فُجّرت سيارة مفخخة"، "تم
   * تفجير عبوة ناسفة"): a particular blast, told whoever set it off,
   * {@code @noun} for a verb whose bare past, undiacritised, is also a common noun ("سجن" a
   * prison): that form codes only with verbal evidence ({@link #alsoCommonNoun}),
   * {@code @object} for a verb whose bare form is as often an intransitive or another word ("رحل"
   * left, "أبعد" farther): it codes only with the one it is done to named,
   * {@code @toward} for a joint noun whose partner is where it goes, after "إلى" or ل ("زيارة إلى تونس"),
   * {@code @before} when its required word may stand before it too, and then decides as one after it
   * does ("تقديم دعم": the backing given is aid, where "دعم" alone is support),
   * {@code @states} for a material act done by one state to another's envoys ("طرد السفير"): its
   * parties are read as a verbal event's, between the states of the sentence,
   * {@code @on} for a verb whose required word must come after "على" ("قضت قوات الجيش على ثلاثة إرهابيين", not
   * "قضت محكمة بإعدام خمسة إرهابيين" nor "قضى ثلاثة من المسلحين").
   */
  record Entry(String type, String subtype, Kind kind, Set<String> companions, Set<String> blockers,
      Set<String> flags, boolean passive) {

    Entry(String type, Kind kind, Set<String> companions, Set<String> blockers) {
      this(type, null, kind, companions, blockers, Set.of(), false);
    }

    boolean verb() {
      return kind == Kind.VERB;
    }

    boolean patient() {
      return flags.contains("@patient");
    }

    boolean crowd() {
      return flags.contains("@crowd");
    }

    boolean eitherSide() {
      return flags.contains("@either");
    }

    boolean afterOn() {
      return flags.contains("@on");
    }

    boolean armed() {
      return flags.contains("@armed");
    }

    boolean aimed() {
      return flags.contains("@aimed");
    }

    boolean device() {
      return flags.contains("@device");
    }

    /** Forces massed or an alert raised: they face the state across the border where they stand ("حشدت قواتها على الحدود مع"). */
    boolean facing() {
      return flags.contains("@facing");
    }

    boolean needsObject() {
      return flags.contains("@object");
    }

    boolean toward() {
      return flags.contains("@toward");
    }

    boolean before() {
      return flags.contains("@before");
    }

    /** A material act between two states, whose parties are read as a verbal event's ("طردت X دبلوماسيين من Y"). */
    boolean betweenStates() {
      return flags.contains("@states");
    }

    /** A verb that codes only under a negation, which then is its sense ("لا تقبل" rejects). */
    boolean negatedOnly() {
      return flags.contains("@negated");
    }
  }

  /** The flags a row may carry after its type. */
  private static final Set<String> FLAGS = Set.of("@patient", "@crowd", "@either", "@armed", "@aimed", "@device",
      "@noun", "@object", "@toward", "@before", "@negated", "@states", "@facing", "@on");

  /** The bare pasts of verbs flagged {@code @noun}, normalised. */
  private final Set<String> commonNouns = new HashSet<>();

  /**
   * Whether a token is, undiacritised, the bare past of a verb that is also a common noun
   * ("سجن"، "وسجن"): read as that verb only with verbal evidence around it.
   */
  boolean alsoCommonNoun(String norm) {
    String w = norm.length() > 2 && Clitics.opensWithConjunction(norm) ? norm.substring(1) : norm;
    return commonNouns.contains(norm) || commonNouns.contains(w);
  }

  /**
   * Whether {@code w} is itself a form the verbs are listed under (with a conjunction or without),
   * not one read only once a pronoun ending is taken off it ("طالبه" is "طالب" with its object).
   */
  boolean listedVerbForm(String w) {
    return verbs.containsKey(w) || w.length() > 2 && Clitics.opensWithConjunction(w) && verbs.containsKey(w.substring(1));
  }

  /** Whether {@code norm} is also an event noun ("تعاون"، "دعم"، "رفض"): a verb reading may be its masdar. */
  boolean isAlsoNoun(String norm) {
    return !nounAt(norm).isEmpty();
  }

  /** A lexicon word found at a token, with the person its form names and whether it is future (س). */
  record Match(Entry entry, Person person, boolean future, int companion, boolean possessed, boolean masculine) {

    Match(Entry entry, Person person, boolean future, int companion) {
      this(entry, person, future, companion, false, false);
    }

    Match(Entry entry, Person person, boolean future, int companion, boolean possessed) {
      this(entry, person, future, companion, possessed, false);
    }


    String type() {
      return entry.type();
    }

    boolean verb() {
      return entry.verb();
    }

    /** The same word read as a verbal noun: a bare verb form after a preposition ("إلى نشر"). */
    Match asNoun() {
      Entry e = entry;
      return new Match(new Entry(e.type(), e.subtype(), Kind.NOUN, e.companions(), e.blockers(), e.flags(), false),
          person, future, companion, possessed, false);
    }
  }

  private record Keyed(Entry entry, Person person, boolean present, boolean masculine) {}

  private final Map<String, List<Keyed>> verbs = new HashMap<>();
  private final Map<String, List<Entry>> nouns = new HashMap<>();

  EventLexicon() {
    for (DataFiles.Row row : DataFiles.rows("events/verbs.tsv", 3)) {
      Entry e = entry(row, 2, Kind.VERB, false);
      if (e.flags().contains("@noun")) {
        commonNouns.add(ArabicNormalizer.normalize(row.field(0)));
      }
      for (VerbForms.Form f : VerbForms.of(row.field(0), row.field(1))) {
        addVerb(f, e);
      }
    }
    for (DataFiles.Row row : DataFiles.rows("events/passives.tsv", 2)) {
      Entry e = entry(row, 1, Kind.VERB, true);
      for (VerbForms.Form f : VerbForms.passive(row.field(0))) {
        addVerb(f, e);
      }
    }
    for (DataFiles.Row row : DataFiles.rows("events/nouns.tsv", 2)) {
      nouns.computeIfAbsent(ArabicNormalizer.normalize(row.field(0)), k -> new ArrayList<>(1))
          .add(entry(row, 1, Kind.NOUN, false));
    }
    for (DataFiles.Row row : DataFiles.rows("events/participles.tsv", 2)) {
      nouns.computeIfAbsent(ArabicNormalizer.normalize(row.field(0)), k -> new ArrayList<>(1))
          .add(entry(row, 1, Kind.PARTICIPLE, false));
    }
  }

  private void addVerb(VerbForms.Form f, Entry e) {
    List<Keyed> ks = verbs.computeIfAbsent(f.word(), k -> new ArrayList<>(1));
    if (ks.stream().noneMatch(k -> k.entry() == e)) {
      ks.add(new Keyed(e, f.person(), f.present(), f.masculine())); // one verb, several types by its next word
    }
  }

  /** The entry of a row whose type stands in field {@code field}, and its further fields. */
  private static Entry entry(DataFiles.Row row, int field, Kind kind, boolean passive) {
    String[] typed = row.field(field).split(":", 2);
    String type = typed[0];
    if (!TYPES.contains(type)) {
      throw row.error("a PLOVER type (" + String.join(", ", TYPES) + "), with :mode or without, in field "
          + (field + 1));
    }
    Set<String> flags = new HashSet<>();
    for (int i = field + 1; i < row.fields().size(); i++) {
      if (row.field(i).startsWith("@")) {
        if (!FLAGS.contains(row.field(i))) {
          throw row.error("a flag of " + FLAGS + " in field " + (i + 1));
        }
        flags.add(row.field(i));
      }
    }
    return new Entry(type, typed.length > 1 ? typed[1] : null, kind, companions(row, field + 1),
        blockers(row, field + 1), Set.copyOf(flags), passive);
  }

  /** The modes its words carry, as TYPE:mode ("ASSAULT:assassinate"). */
  Set<String> modesCarried() {
    Set<String> out = new HashSet<>();
    verbs.values().forEach(ks -> ks.forEach(k -> {
      if (k.entry().subtype() != null) {
        out.add(k.entry().type() + ":" + k.entry().subtype());
      }
    }));
    nouns.values().forEach(es -> es.forEach(e -> {
      if (e.subtype() != null) {
        out.add(e.type() + ":" + e.subtype());
      }
    }));
    return out;
  }

  /** The PLOVER types some word of the lexicon codes. */
  Set<String> typesCovered() {
    Set<String> out = new HashSet<>();
    verbs.values().forEach(ks -> ks.forEach(k -> out.add(k.entry().type())));
    nouns.values().forEach(es -> es.forEach(e -> out.add(e.type())));
    return out;
  }

  private static Set<String> companions(DataFiles.Row row, int from) {
    Set<String> out = new HashSet<>();
    for (int i = from; i < row.fields().size(); i++) {
      if (!row.field(i).startsWith("!") && !row.field(i).startsWith("@")) {
        out.add(ArabicNormalizer.normalize(row.field(i)));
      }
    }
    return out;
  }

  /** Marks a blocker that must not stand right before the word ("!<كما" in the file). */
  private static final String BEFORE = "<";

  private static Set<String> blockers(DataFiles.Row row, int from) {
    Set<String> out = new HashSet<>();
    for (int i = from; i < row.fields().size(); i++) {
      if (row.field(i).startsWith("!<")) { // a word that must not stand right before ("كما يجب": as is due)
        out.add(BEFORE + ArabicNormalizer.normalize(row.field(i).substring(2)));
      } else if (row.field(i).startsWith("!")) {
        out.add(ArabicNormalizer.normalize(row.field(i).substring(1)));
      }
    }
    return out;
  }

  /**
   * The event word at token {@code i} of a sentence's normalised tokens, if any; its required
   * following word must be found before the next mark of punctuation.
   */
  Optional<Match> at(List<String> norms, int i) {
    return at(norms, i, norms.get(i));
  }

  /**
   * As {@link #at(List, int)}, knowing the word as written: a final ta marbuta ("وزارة") is
   * not the object pronoun ه it folds to ("زاره").
   */
  Optional<Match> at(List<String> norms, int i, String written) {
    return at(norms, i, written, k -> false);
  }

  /**
   * As {@link #at(List, int, String)}, the tokens {@code named} holds (the titles and the inner words of a
   * party the sentence names) not counted in the window of a verb or noun for its required word: a subject
   * named by a long chain of titles ("عقد حضرة صاحب السمو الشيخ X بن Y آل Z أمير البلاد المفدى، وفخامة الرئيس
   * ...، جلسة مباحثات") or the one an invitation names ("الدعوة إلى صاحب السمو رئيس الوزراء ... لزيارة") is one
   * party, however many words it takes.
   */
  Optional<Match> at(List<String> norms, int i, String written, IntPredicate named) {
    String w = norms.get(i);
    if (w.length() < 2 || !Character.isLetter(w.charAt(0))) {
      return Optional.empty();
    }
    List<Match> candidates = verbAt(w, written.endsWith("ة"));
    List<Match> nouns = nounAt(w);
    if (nouns.isEmpty() && i > 0 && EventSentence.THAT.contains(norms.get(i - 1)) && w.length() > 4 && w.endsWith("ا")
        && !w.endsWith("ها") && !Clitics.hasArticle(w)) {
      // the subject of أن/إن, an indefinite noun in the accusative with the alif of its tanwin ("إن هجوما
      // نفذ ضد"، "أن انفجارا وقع"): the noun without its ending; the object of a verb of doing
      // ("نفذوا هجوما") is read as that verb's companion
      nouns = nounAt(w.substring(0, w.length() - 1));
    }
    if (i > 0 && DONE.contains(norms.get(i - 1))) {
      List<Match> done = doneAct(nouns, norms.get(i - 1).startsWith("س"));
      if (!done.isEmpty()) {
        candidates = done;
      }
    }
    if (!candidates.isEmpty() && i > 0 && (PREPOSITIONS.contains(norms.get(i - 1))
        || (i > 1 && ELATIVES.contains(norms.get(i - 1)) && PREPOSITIONS.contains(norms.get(i - 2))))
        && !candidates.get(0).future()) {
      // "من قتل المسلحين": the masdar of nouns.tsv, whose genitive suffers the act; "في أكبر تجمع": a noun
      candidates = nouns.isEmpty() ? candidates.stream().map(Match::asNoun).toList() : List.of();
    }
    candidates = new ArrayList<>(candidates);
    int verbs = candidates.size();
    candidates.addAll(nouns); // a verb whose next word is missing may still be a noun
    // a bare word after a comma that is spelt as both masdar and feminine participle is the
    // circumstantial participle ("، مطالبة بانسحاب"), not the noun
    boolean afterComma = i > 0 && (norms.get(i - 1).equals("،") || norms.get(i - 1).equals(",")) && !Clitics.opensWithArticle(w);
    Match best = null;
    for (int c = 0; c < candidates.size(); c++) {
      Match m = candidates.get(c);
      Optional<Match> found = withNextWords(m, norms, i, c < verbs ? COMPANION_WINDOW : NOUN_COMPANION_WINDOW,
          named);
      if (found.isEmpty()) {
        continue;
      }
      Match f = found.get();
      // the nearest required word decides: "أعرب عن قلقه من دعم" is concern, not support
      if (best == null || (f.companion() >= 0 && (best.companion() < 0 || f.companion() < best.companion()))) {
        best = f;
      } else if (f.companion() >= 0 && f.companion() == best.companion()
          && f.entry().companions().contains(norms.get(f.companion()))
          && !best.entry().companions().contains(norms.get(f.companion()))) {
        best = f; // the word written in full decides over one matched by its base: "استدعت سفيرها" recalls its own
      } else if (f.entry().passive() && best.person() == Person.FIRST && f.companion() == best.companion()) {
        best = f; // "أصيب" is "was injured" far more often than "I hit"
      }
      if (afterComma && f.entry().kind() == Kind.PARTICIPLE && best.entry().kind() == Kind.NOUN
          && best.companion() < 0) {
        best = f;
      }
    }
    if (best != null && best.verb() && !best.entry().passive() && markedPassive(written)) {
      Entry e = best.entry();
      best = new Match(new Entry(e.type(), e.subtype(), e.kind(), e.companions(), e.blockers(), e.flags(), true),
          best.person(), best.future(), best.companion(), best.possessed(), best.masculine());
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether a past verb is written with the damma of the passive ("قُتل"، "اعتُقل"، "أُصيب"): a
   * damma before a letter other than و (not the plural "قتلُوا"), not on a prefix of the present
   * tense ("يُقتل" may be the active "يُقاتل" of another form).
   */
  static boolean markedPassive(String written) {
    for (int i = 1; i + 1 < written.length(); i++) {
      if (written.charAt(i) == '\u064F' && written.charAt(i + 1) != 'و' && Character.isLetter(written.charAt(i + 1))) {
        return i > 1 || "يتن".indexOf(written.charAt(0)) < 0;
      }
    }
    return false;
  }

  /** The match if what must follow the word follows it and what must not does not. */
  private static Optional<Match> withNextWords(Match m, List<String> norms, int i, int window, IntPredicate named) {
    if (i + 1 < norms.size() && m.entry().blockers().contains(norms.get(i + 1))
        || i > 0 && m.entry().blockers().contains(BEFORE + norms.get(i - 1))) {
      return Optional.empty();
    }
    if (m.entry().companions().isEmpty()) {
      return Optional.of(m);
    }
    if (m.entry().eitherSide()) {
      for (int j = i - 1; j >= 0 && j >= i - window; j--) {
        String n = norms.get(j);
        if (n.length() == 1 && !Character.isLetter(n.charAt(0)) && n.charAt(0) != '،' && n.charAt(0) != ',') {
          break;
        }
        if (hasBase(n, m.entry().companions())) {
          return Optional.of(m);
        }
      }
    }
    if (m.entry().before()) {
      for (int j = i - 1; j >= 0 && j >= i - window; j--) {
        String n = norms.get(j);
        if (n.length() == 1 && !Character.isLetter(n.charAt(0))) {
          break; // "قدم الوزير استقالته. دعم": the giving word of another clause
        }
        if (hasBase(n, m.entry().companions())) {
          return Optional.of(new Match(m.entry(), m.person(), m.future(), j, m.possessed(), m.masculine()));
        }
      }
    }
    int end = i + window;
    for (int j = i + 1; j < norms.size() && j <= end; j++) {
      String n = norms.get(j);
      if (named.test(j) && !hasBase(n, m.entry().companions())) {
        end++; // a title or a word inside a party's name: the subject named is one word of the window
        continue;
      }
      if (figureInBrackets(norms, j)) {
        j += 2; // "أربعة (04) إرهابيين": the figure of a number written in words is no distance
        end += 3;
        continue;
      }
      if (n.length() == 1 && !Character.isLetter(n.charAt(0)) && !QuoteMarks.isMark(n.charAt(0))
          && n.charAt(0) != '،' && n.charAt(0) != ',') {
        break; // a comma may set off a time between the verb and its word: "وقع، اليوم، مذكرة"
      }
      if (hasBase(n, m.entry().companions()) && (!m.entry().afterOn() || norms.subList(i + 1, j).contains(ON))) {
        return Optional.of(new Match(m.entry(), m.person(), m.future(), j, m.possessed(), m.masculine()));
      }
      if (CLAUSE_OPENERS.contains(n)) {
        break; // the required word belongs to the verb's own clause: not past "وأن بلاده ستواصل"
      }
    }
    return Optional.empty();
  }

  /** "على", normalised: the preposition a verb flagged {@code @on} takes before its required word. */
  private static final String ON = ArabicNormalizer.normalize("على");

  /** Whether a number's figure in brackets opens at {@code j} ("(03)", as Algerian statements write it after the words). */
  static boolean figureInBrackets(List<String> norms, int j) {
    return norms.get(j).equals("(") && j + 2 < norms.size() && norms.get(j + 2).equals(")")
        && !norms.get(j + 1).isEmpty() && norms.get(j + 1).chars().allMatch(Character::isDigit);
  }

  private List<Match> verbAt(String w, boolean taMarbuta) {
    Verb v = verbReading(w, taMarbuta);
    return v == null ? List.of()
        : v.keyed().stream().map(k -> new Match(k.entry(), k.person(), v.future(), -1, false, k.masculine())).toList();
  }

  /**
   * Whether {@code w} reads only as a verb in the present tense ("تخطف"، "يقتلون"، "وتطلق"), not
   * as a past ("تظاهر" is past) nor with the future prefix س: what a verb of this tense tells is
   * habitual, general or still going on, not an act reported as done.
   */
  boolean presentTense(String w, String written) {
    Verb v = verbReading(w, written.endsWith("ة"));
    return v != null && !v.future() && v.keyed().stream().allMatch(Keyed::present);
  }

  /** The verb forms a token reads as, with whether it bears the future prefix; null for none. */
  private record Verb(List<Keyed> keyed, boolean future) {}

  private Verb verbReading(String w, boolean taMarbuta) {
    List<String> conj = new ArrayList<>(2);
    conj.add(w);
    if (w.length() > 2 && Clitics.opensWithConjunction(w)) {
      conj.add(w.substring(1)); // "وشن"، "وحث": the verbs of two letters take the conjunction too
    }
    for (String c : conj) {
      List<Keyed> ks = verbs.get(c);
      if (ks != null) {
        return new Verb(ks, false);
      }
      if (c.length() > 3 && (c.charAt(0) == 'س' || c.charAt(0) == 'ل')) {
        ks = verbs.get(c.substring(1));
        if (ks != null && ks.get(0).present()) {
          return new Verb(ks, c.charAt(0) == 'س');
        }
      }
      for (String end : ENDINGS) {
        if (c.length() > end.length() + 2 && c.endsWith(end) && !(taMarbuta && end.equals("ه"))) {
          ks = verbs.get(c.substring(0, c.length() - end.length()));
          if (ks != null) {
            return new Verb(ks, false);
          }
        }
      }
    }
    return null;
  }


  private List<Match> nounAt(String w) {
    for (Clitics.Reading r : Clitics.readings(w)) {
      String f = r.form();
      String bare = Clitics.withoutArticle(f);
      List<Entry> es = nouns.get(bare);
      if (es == null && !bare.equals(f)) {
        es = nouns.get(f); // "إلقاء" folds to القاء, whose first letters are no article
      }
      if (es == null && bare.length() > 4 && (bare.endsWith("ين") || bare.endsWith("ان"))) {
        String one = bare.substring(0, bare.length() - 2); // the dual: اتصالين، زيارتين
        es = nouns.get(one.endsWith("ت") ? one.substring(0, one.length() - 1) + "ه" : one);
      }
      if (es != null) {
        return es.stream().map(e -> new Match(e, Person.OTHER, false, -1)).toList();
      }
      for (String end : ENDINGS) {
        if (bare.length() > end.length() + 2 && bare.endsWith(end)) {
          String stem = bare.substring(0, bare.length() - end.length());
          es = nouns.get(stem);
          if (es == null && stem.endsWith("ت")) {
            es = nouns.get(stem.substring(0, stem.length() - 1) + "ه"); // زيارته → زيارة
          }
          if (es == null && (stem.endsWith("ي") || stem.endsWith("و")) && stem.length() > 2) {
            es = nouns.get(stem.substring(0, stem.length() - 1) + "ء"); // لقائه، لقاؤه → لقاء
          }
          if (es != null) {
            Person p = end.equals("هما") ? Person.DUAL : end.equals("نا") ? Person.FIRST : Person.OTHER;
            return es.stream().map(e -> new Match(e, p, false, -1, true)).toList();
          }
        }
      }
    }
    return List.of();
  }

  /** Whether the token, with its proclitics, article or possessive ending set aside, is one of {@code words}. */
  static boolean hasBase(String norm, Set<String> words) {
    if (words.contains(norm)) {
      return true;
    }
    for (Clitics.Reading r : Clitics.readings(norm)) {
      String f = r.form();
      if (words.contains(f) || words.contains(Clitics.withoutArticle(f))) {
        return true;
      }
      for (String end : ENDINGS) {
        if (f.length() > end.length() + 1 && f.endsWith(end) && words.contains(f.substring(0, f.length() - end.length()))) {
          return true;
        }
      }
    }
    return false;
  }
}
