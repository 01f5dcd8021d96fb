package org.marsad.quotes;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFiles;

/**
 * The word lists of {@code src/main/resources/quotes/}, loaded once and shared by every
 * article: reporting verbs, the particles of reported speech, offices, the adverbs and
 * prepositions that may follow a verb, turn-taking phrases, meeting words and the nouns that
 * introduce a quoted name.
 */
final class Lexicon {

  /** What a word right after a reporting verb tells about its subject. */
  enum Adjunct { SKIP, PRONOUN, AUXILIARY }

  /**
   * Words after a quotation: a phrase that points back to the last speaker of its gender
   * ("على حد تعبيره"), or a lead word before a reporting verb ("كما قال").
   */
  record AfterQuote(boolean lead, Cue.Gender gender) {}

  final Complementizers complementizers = new Complementizers();
  /** The particles that stand only before a verb, and the prefixes of the imperfect ({@code quotes/verb-openers.tsv}). */
  private final Set<String> verbParticles = openers("particle");
  private final Set<String> verbPrefixes = openers("prefix");
  final Offices offices = new Offices();
  final PhraseList<Adjunct> adjuncts = PhraseList.load("quotes/adjuncts.tsv", 2, PhraseList.Proclitics.CONJUNCTIONS,
      Lexicon::adjunct);
  final PhraseList<Cue.Gender> turnTaking = PhraseList.load("quotes/deixis.tsv", 2,
      PhraseList.Proclitics.CONJUNCTIONS, row -> Cue.Gender.of(row.field(1)));
  final PhraseList<Cue.Gender> anaphors = PhraseList.load("quotes/anaphors.tsv", 2,
      PhraseList.Proclitics.CONJUNCTIONS, row -> Cue.Gender.of(row.field(1)));
  /** Nouns that name a state's visitor in construct with the state ({@code quotes/visitors.tsv}): "ضيف المملكة". */
  final PhraseList<Cue.Gender> visitors = PhraseList.load("quotes/visitors.tsv", 2,
      PhraseList.Proclitics.CONJUNCTIONS, row -> Cue.Gender.of(row.field(1)));
  final PhraseList<Boolean> meetingWords = PhraseList.of("quotes/counterparts.tsv", PhraseList.Proclitics.ALL);
  final PhraseList<AfterQuote> afterQuote = PhraseList.load("quotes/after-quote.tsv", 2,
      PhraseList.Proclitics.CONJUNCTIONS,
      row -> new AfterQuote(row.field(1).equals("lead"), Cue.Gender.of(row.field(1))));
  /**
   * What a word of {@code quotes/documents.tsv} is: a document named first or again, words
   * before its issuer, an unnamed source or official, or a preposition placing one inside a body.
   */
  enum Document { NEW, KNOWN, ISSUED, SOURCE, WITHIN }

  final PhraseList<Document> documents = PhraseList.load("quotes/documents.tsv", 2,
      PhraseList.Proclitics.CONJUNCTIONS, Lexicon::document);
  final PhraseList<Boolean> stateBodies = PhraseList.of("quotes/state-bodies.tsv", PhraseList.Proclitics.CONJUNCTIONS);
  /** Nouns of a state's form before its country ("دولة قطر"، "جمهورية مصر العربية"). */
  final PhraseList<Boolean> stateNouns = PhraseList.of("quotes/state-nouns.tsv", PhraseList.Proclitics.CONJUNCTIONS);
  /** Organs of a body that speak for it: "المكتب السياسي لحزب ...". */
  final PhraseList<Boolean> organs = PhraseList.of("quotes/organs.tsv", PhraseList.Proclitics.CONJUNCTIONS);
  final PhraseList<Boolean> relatives = PhraseList.of("quotes/relatives.tsv", PhraseList.Proclitics.CONJUNCTIONS);
  /** Nouns of something said or written, whose words "قال فيه" reports ({@code quotes/utterances.tsv}). */
  final PhraseList<Cue.Gender> utterances = PhraseList.load("quotes/utterances.tsv", 2, PhraseList.Proclitics.ALL,
      row -> Cue.Gender.of(row.field(1)));
  /** Verbs that with "فيه" give a statement's words, "جاء فيها:" ({@code quotes/within-verbs.tsv}). */
  final PhraseList<Boolean> withinVerbs = PhraseList.of("quotes/within-verbs.tsv", PhraseList.Proclitics.CONJUNCTIONS);
  /** Demonstratives ({@code quotes/demonstratives.tsv}): "ووصف ذلك بأنه"، "تلك العملية". */
  final PhraseList<Boolean> demonstratives = PhraseList.of("quotes/demonstratives.tsv", PhraseList.Proclitics.CONJUNCTIONS);
  /** Words that give the name of one just described ({@code quotes/called.tsv}): "أحد المتظاهرين، ويدعى فلان". */
  final PhraseList<Boolean> called = PhraseList.of("quotes/called.tsv", PhraseList.Proclitics.CONJUNCTIONS);
  final PhraseList<Boolean> clauseOpeners = PhraseList.of("quotes/clause-openers.tsv", PhraseList.Proclitics.CONJUNCTIONS);
  final PhraseList<Boolean> impersonal = PhraseList.of("quotes/impersonal.tsv", PhraseList.Proclitics.CONJUNCTIONS);
  /** Quantifiers that begin the object of a charging verb ("دعت جميع الأطراف إلى"). */
  final PhraseList<Boolean> quantifiers = PhraseList.of("quotes/quantifiers.tsv", PhraseList.Proclitics.CONJUNCTIONS);
  final PhraseList<Boolean> termHeads = PhraseList.of("quotes/term-heads.tsv", PhraseList.Proclitics.ALL);
  /** After the lists of words that may stand before a verb opening its clause ("كما"، "فقد"، "بدوره"). */
  final ReportingVerbs verbs = new ReportingVerbs(complementizers, (norms, t) -> opensClauseBefore(norms, t));

  /** The verbs whose quoted complement is their subject's words: اتهم، حذر، دعا... (normalised). */
  final Set<String> chargingVerbs = DataFiles.rows("quotes/charging-verbs.tsv", 1).stream()
      .map(row -> ArabicNormalizer.normalize(row.field(0))).collect(Collectors.toUnmodifiableSet());

  /**
   * Verbs of charging that take their object before their preposition ({@code quotes/object-verbs.tsv}):
   * the verb (normalised) and its preposition (normalised).
   */
  final Map<String, String> objectVerbs = DataFiles.rows("quotes/object-verbs.tsv", 2).stream()
      .collect(Collectors.toUnmodifiableMap(row -> ArabicNormalizer.normalize(row.field(0)),
          row -> ArabicNormalizer.normalize(row.field(1))));

  /**
   * Titles of address with the pronoun of the one they honour ({@code quotes/honorifics.tsv}):
   * the pronoun form (normalised) and the written forms of its title (normalised): "سموه" to "سمو", "السمو".
   */
  final Map<String, Set<String>> honorifics = DataFiles.rows("quotes/honorifics.tsv", 2).stream()
      .collect(Collectors.groupingBy(row -> ArabicNormalizer.normalize(row.field(0)),
          Collectors.mapping(row -> ArabicNormalizer.normalize(row.field(1)), Collectors.toUnmodifiableSet())));

  /** Head nouns of bodies ({@code quotes/body-heads.tsv}, normalised, no article): "وقالت الوزارة". */
  final Set<String> bodyHeads = DataFiles.rows("quotes/body-heads.tsv", 1).stream()
      .map(row -> ArabicNormalizer.normalize(row.field(0))).collect(Collectors.toUnmodifiableSet());

  /**
   * Nouns that describe a person, not an office ({@code entities/person-nouns.tsv}, normalised):
   * "الكاتب"، "الصحفية".
   */
  final Set<String> personNouns = DataFiles.rows("entities/person-nouns.tsv", 1).stream()
      .map(row -> ArabicNormalizer.normalize(row.field(0))).collect(Collectors.toUnmodifiableSet());

  /** Common given names ({@code entities/given-names.tsv}, normalised): "يوسف" and "يحيى" begin like a verb. */
  final Set<String> givenNames = DataFiles.rows("entities/given-names.tsv", 1).stream()
      .map(row -> ArabicNormalizer.normalize(row.field(0))).collect(Collectors.toUnmodifiableSet());

  /**
   * First words of given names that end with "الله" ({@code entities/given-names-with-allah.tsv},
   * normalised), the list the entity layer reads such names by: "ذبيح الله", not "بفضل الله".
   */
  final Set<String> allahNameHeads = DataFiles.rows("entities/given-names-with-allah.tsv", 1).stream()
      .map(row -> ArabicNormalizer.normalize(row.field(0))).collect(Collectors.toUnmodifiableSet());

  /**
   * Common words, never a word of a name the knowledge base does not hold ({@code entities/common-words.tsv},
   * normalised): "عقب"، "هو".
   */
  final Set<String> commonWords = DataFiles.rows("entities/common-words.tsv", 1).stream()
      .map(row -> ArabicNormalizer.normalize(row.field(0))).collect(Collectors.toUnmodifiableSet());

  /**
   * Qualifiers that may stand between an office and its holder's name without changing the office
   * ({@code quotes/title-modifiers.tsv}, normalised): "والي الولاية المكلف، فلان".
   */
  final Set<String> titleModifiers = DataFiles.rows("quotes/title-modifiers.tsv", 1).stream()
      .map(row -> ArabicNormalizer.normalize(row.field(0))).collect(Collectors.toUnmodifiableSet());

  /**
   * The sides of a place ({@code entities/place-name-cues.tsv}, kind "side", normalised) that the
   * entity layer may leave outside a place's mention: "والي [شمال] دارفور".
   */
  final Set<String> placeSides = DataFiles.rows("entities/place-name-cues.tsv", 2).stream()
      .filter(row -> row.field(1).equals("side")).map(row -> ArabicNormalizer.normalize(row.field(0)))
      .collect(Collectors.toUnmodifiableSet());

  /**
   * The nouns of a place's kind ({@code entities/place-kinds.tsv}, normalised) that the entity
   * layer leaves outside a place's mention: "والي [ولاية] الجزيرة".
   */
  final Set<String> placeKinds = DataFiles.rows("entities/place-kinds.tsv", 1).stream()
      .map(row -> ArabicNormalizer.normalize(row.field(0))).collect(Collectors.toUnmodifiableSet());

  private static Set<String> openers(String kind) {
    return DataFiles.rows("quotes/verb-openers.tsv", 2).stream().filter(r -> r.field(1).equals(kind))
        .map(r -> ArabicNormalizer.normalize(r.field(0))).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Whether a word (normalised) shows itself a verb by its form: a particle that stands only before
   * a verb ("لم"، "لن") or a word of four letters or more with a prefix of the imperfect or the future
   * ("تتابع"، "سيواصل").
   */
  boolean opensWithVerb(String norm) {
    if (verbParticles.contains(norm)) {
      return true;
    }
    if (norm.length() < IMPERFECT) {
      return false;
    }
    for (String p : verbPrefixes) {
      if (norm.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** The shortest word read as a verb in the imperfect by its prefix ي ("يؤدي"، "يلتزمون"). */
  private static final int IMPERFECT = 4;

  /**
   * Whether a person only the model found has a name that begins with a verb: a reporting verb
   * ("طالب موظفو") or a word in the imperfect ("يؤدي زيارة"), neither a common given name. No
   * name begins so; the model has taken the words after an office or a name for another name.
   */
  boolean namedByVerb(Entity e) {
    if (e.linked() || e.type() != EntityType.PERSON) {
      return false;
    }
    String name = e.nameAr() != null && !e.nameAr().isBlank() ? e.nameAr() : e.name();
    String first = ArabicNormalizer.normalize(name.strip().split("\\s+")[0]);
    if (first.isEmpty() || givenNames.contains(first)) {
      return false;
    }
    return first.startsWith("ي") && first.length() >= IMPERFECT || verbs.isForm(first);
  }

  /**
   * Whether the words ending just before word {@code t} leave a verb there opening its clause: a
   * word that opens a clause ("كما"، "حيث"), the auxiliary قد ("فقد عبر"، "وقد بين") or a phrase of
   * turn-taking ("وبدورها عبرت"، "من جهته بين").
   */
  private boolean opensClauseBefore(String[] norms, int t) {
    if (t == 0) {
      return false;
    }
    if (clauseOpeners.at(norms, t - 1, t).isPresent()
        || adjuncts.at(norms, t - 1, t).filter(m -> m.value() == Adjunct.AUXILIARY && m.to() == t).isPresent()) {
      return true;
    }
    for (int from = Math.max(0, t - TURN_TAKING); from < t; from++) {
      if (turnTaking.at(norms, from, t).filter(m -> m.to() == t).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The most words of a phrase of turn-taking: "من جانبه". */
  private static final int TURN_TAKING = 3;

  private static Document document(DataFiles.Row row) {
    return switch (row.field(1)) {
      case "new" -> Document.NEW;
      case "known" -> Document.KNOWN;
      case "issued" -> Document.ISSUED;
      case "source" -> Document.SOURCE;
      case "within" -> Document.WITHIN;
      default -> throw row.error("new, known, issued, source or within in field 2");
    };
  }

  private static Adjunct adjunct(DataFiles.Row row) {
    return switch (row.field(1)) {
      case "skip" -> Adjunct.SKIP;
      case "pronoun" -> Adjunct.PRONOUN;
      case "auxiliary" -> Adjunct.AUXILIARY;
      default -> throw row.error("skip, pronoun or auxiliary in field 2");
    };
  }
}
