package org.marsad.quotes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.text.Affixes;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;
import org.marsad.text.QuoteMarks;
import org.marsad.text.Token;

/**
 * Reads the subject of a reporting verb from the words after it, as Arabic puts it in
 * verb-subject order: an office with its country ("وزير الخارجية الروسي،") may come before
 * the name, adverbs of time may come between ("قال اليوم"), and a preposition, a particle,
 * a colon or a quotation mark right after the verb means the subject is the pronoun.
 */
final class SubjectFinder {

  /** How far after "نقل" its عن may stand ("نقلت وكالة الأنباء الرسمية عن"). */
  private static final int RELAY_REACH = 8;
  /**
   * How many words may follow an office before the name: its body and domain can be long
   * ("الممثلة العليا للشؤون الخارجية والسياسة الأمنية في الاتحاد الأوروبي ...").
   */
  private static final int OFFICE_BODY = 9;
  /** How far past an adverbial phrase after the verb its subject may stand. */
  private static final int ADJUNCT_REACH = 7;

  private final Lexicon lexicon;
  private final List<Token> tokens;
  private final String[] norms;
  private final MentionIndex mentions;

  SubjectFinder(Lexicon lexicon, List<Token> tokens, String[] norms, MentionIndex mentions) {
    this.lexicon = lexicon;
    this.tokens = tokens;
    this.norms = norms;
    this.mentions = mentions;
  }

  /** The subject of {@code cue}, read no further than word {@code limit}. */
  Subject of(Cue cue, int sentenceStart, int limit) {
    if (cue.kind() == Cue.Kind.RELAY) {
      return relayed(cue, limit);
    }
    boolean verb = cue.kind() == Cue.Kind.VERB;
    if (verb) {
      Optional<Subject> topic = topicOfAmma(cue, sentenceStart);
      if (topic.isPresent()) {
        return topic.get();
      }
    }
    if (verb && cue.token() > sentenceStart && isAuxiliary(cue.token() - 1)) {
      Optional<Subject> before = namedBefore(cue, sentenceStart); // "وكان ... قد قال"
      if (before.isPresent()) {
        return before.get();
      }
    }
    Subject after = cue.end() > cue.token() + 1 && cue.kind() != Cue.Kind.SOURCE
        ? Subject.pronoun(cue.end()) // "أشار إلى أن": a named subject would stand before إلى
        : walk(cue.end(), limit);
    if (after.how() == Subject.How.NAMED && verb && objectBeforePreposition(cue, after)) {
      after = Subject.pronoun(cue.end()); // "واتهم الجزائر بـ"...": the one noun is the object
    }
    if (after.how() == Subject.How.NAMED && verb && cue.gender() == Cue.Gender.MASCULINE && isCityAt(cue.end())) {
      after = Subject.pronoun(cue.end()); // "ودعا دمشق إلى ...": a city is feminine, the subject of "دعت دمشق"
    }
    if ((after.how() == Subject.How.UNNAMED || unlistedBody(after)) && verb && cue.gender() == Cue.Gender.MASCULINE
        && isObject(cue.end())) {
      // "وأكد ضرورة ..."، "ودعا الهيئة المستقلة للانتخابات إلى": a masculine verb does not have the
      // feminine noun after it for subject
      after = Subject.pronoun(cue.end());
    }
    if (after.how() == Subject.How.UNNAMED && verb && objectPhraseBeforePreposition(cue)) {
      after = Subject.pronoun(cue.end()); // "ووصف سقوط البلدة بأنه": the one noun phrase is the object
    }
    if (after.how() == Subject.How.UNNAMED && verb && isObjectOfCharging(cue)) {
      after = Subject.pronoun(cue.end()); // "كما دعا المواطنين إلى ...": the object, the subject is the pronoun
    }
    if (after.how() == Subject.How.UNNAMED && verb) {
      // "وكان الأمين العام ...، فلان، أدان العملية": the subject stands before, the noun after is the object
      Optional<Subject> before = namedBefore(cue, sentenceStart);
      if (before.isPresent()) {
        return before.get();
      }
    }
    if (after.how() == Subject.How.PRONOUN && verb) {
      return namedBefore(cue, sentenceStart).or(() -> afterParticle(cue, sentenceStart))
          .or(() -> beforeRelative(cue, sentenceStart)).orElse(after);
    }
    return after;
  }

  /** Whether the subject is a body named as written, no entity standing for it ({@link #bodyInFull}). */
  private static boolean unlistedBody(Subject s) {
    return s.how() == Subject.How.NAMED && s.entity() != null && s.entity().id() == null;
  }

  /**
   * Whether a city of the gazetteer (not a country: "العراق"، "لبنان" are masculine) is named at word
   * {@code t}. A city is feminine, its verb too ("قالت دمشق"): after a masculine verb it is the
   * object. jawharafm and the dev sets: 3 quotations given to a city after a masculine verb, 2 the object.
   */
  private boolean isCityAt(int t) {
    return t < tokens.size() && mentions.at(t).map(e -> e.type() == EntityType.GPE && e.id() != null
        && e.id().startsWith("gpe:")).orElse(false);
  }

  /**
   * Whether the word at {@code t}, right after a masculine verb, is its object: a feminine
   * singular noun with the article ("أعلن الحرب"، "رفض الدعوة"), which as the subject would make
   * the verb feminine; not a name.
   */
  private boolean isObject(int t) {
    if (t >= tokens.size() || tokens.get(t).kind() != Token.Kind.ARABIC || mentions.at(t).isPresent()) {
      return false;
    }
    String w = tokens.get(t).text();
    return Clitics.hasArticle(norms[t]) && w.endsWith("ة")
        && lexicon.offices.at(norms, t, Math.min(tokens.size(), t + 3)).isEmpty();
  }

  /**
   * Whether the words right after a verb of charging, calling or warning ("دعا"، "طالب"، "حذر") are
   * its object, which stands before its preposition: a definite noun in the accusative of the sound
   * plural or the dual ("دعا المواطنين"، "حث الطرفين"; their subject would end in ون or ان), or a
   * quantifier ("دعت جميع الأطراف"). Not a name nor an office.
   */
  private boolean isObjectOfCharging(Cue cue) {
    int t = cue.end();
    if (!lexicon.chargingVerbs.contains(cue.verb()) || t >= tokens.size() || tokens.get(t).kind() != Token.Kind.ARABIC
        || mentions.at(t).isPresent() || lexicon.offices.at(norms, t, Math.min(tokens.size(), t + 3)).isPresent()) {
      return false;
    }
    return Clitics.hasArticle(norms[t]) && norms[t].endsWith("ين") || lexicon.quantifiers.at(norms, t, t + 1).isPresent();
  }

  /**
   * Whether the one named right after a verb that cannot go without its object ("اتهم"، "حث") is
   * that object: the verb's preposition follows the name at once ("اتهم الجزائر بـ"), or a noun and
   * the nisba of its country ("واتهم الحكومة الإثيوبية بـ"): one noun phrase, where a subject would
   * have its object after it ("اتهمت الحكومة الإثيوبية جارتها بـ"). jawharafm: 2 of a definite noun
   * and its nisba between اتهم and بـ, both the object ("اتهمت جيرانها الخليجيين بالرغبة").
   */
  private boolean objectBeforePreposition(Cue cue, Subject named) {
    String preposition = lexicon.objectVerbs.get(cue.verb());
    int t = named.end();
    if (preposition == null || named.office() != null || t >= tokens.size() || named.end() <= cue.end()
        || !(isOneName(cue.end(), t) || isNounOfCountry(cue.end(), t))) {
      return false;
    }
    String w = norms[t];
    return mentions.at(t).isEmpty() && tokens.get(t).kind() == Token.Kind.ARABIC
        && (w.equals(preposition) || preposition.length() == 1 && w.startsWith(preposition));
  }

  /** Whether one mention covers words {@code from} to {@code end}. */
  private boolean isOneName(int from, int end) {
    return mentions.at(from).isPresent() && mentions.endOf(from) == end;
  }

  /** Whether words {@code from} to {@code end} are a definite noun and the nisba of a country ("الحكومة الإثيوبية"). */
  private boolean isNounOfCountry(int from, int end) {
    return from + 1 < end && isPhraseWord(from) && Clitics.hasArticle(norms[from])
        && mentions.at(from + 1).isPresent() && mentions.isAdjective(from + 1) && mentions.endOf(from + 1) == end;
  }

  /**
   * Whether the words between a verb that takes its object before its preposition and that
   * preposition are one noun phrase no entity stands for, the object, so that the subject is the
   * pronoun: one word ("ووصف الحادث بأنه")، a demonstrative and its noun ("ووصف تلك العملية
   * بأنها"), or a noun in construct with a definite one ("ووصف سقوط البلدة بأنه"، "واتهم قادة
   * المعارضة بـ"). Two definite words are a subject and its object ("ووصف المتظاهرون الحرب بأنها")
   * or a noun and its adjective, and are left as they are; so is an office ("ووصف المتحدث ...").
   */
  private boolean objectPhraseBeforePreposition(Cue cue) {
    String preposition = lexicon.objectVerbs.get(cue.verb());
    int t = cue.end();
    if (preposition == null || t + 1 >= tokens.size() || !isPhraseWord(t)
        || lexicon.offices.at(norms, t, Math.min(tokens.size(), t + 3)).isPresent()) {
      return false;
    }
    int k = t + 1;
    boolean head = lexicon.demonstratives.at(norms, t, t + 1).isPresent() || !Clitics.hasArticle(norms[t]);
    if (head && isPhraseWord(k) && Clitics.hasArticle(norms[k]) && k + 1 < tokens.size()) {
      k++;
    }
    return opensWith(k, preposition);
  }

  /** Whether word {@code t} is an Arabic word no entity stands for and not a particle, preposition or verb. */
  private boolean isPhraseWord(int t) {
    return tokens.get(t).kind() == Token.Kind.ARABIC && mentions.at(t).isEmpty() && !governed(norms[t])
        && lexicon.adjuncts.at(norms, t, t + 1).isEmpty() && !lexicon.complementizers.is(tokens.get(t).text())
        && lexicon.verbs.at(tokens, norms, t).isEmpty();
  }

  /**
   * Whether word {@code t} is {@code preposition}, standing apart ("على", "بـ") or written on a
   * particle or a definite noun ("بأنه", "بالإبادة"), not the first letter of a word ("بعض").
   */
  private boolean opensWith(int t, String preposition) {
    String w = norms[t];
    if (tokens.get(t).kind() != Token.Kind.ARABIC) {
      return false;
    }
    if (w.equals(preposition)) {
      return true;
    }
    String rest = tokens.get(t).text().substring(1);
    return preposition.length() == 1 && w.length() > 1 && w.startsWith(preposition)
        && (lexicon.complementizers.is(rest) || Clitics.hasArticle(w.substring(1)));
  }

  /** How far before a relative pronoun the one it speaks for may be named. */
  private static final int RELATIVE_REACH = 4;

  /**
   * The one named just before the relative pronoun in front of the verb: "الرئيس فلان الذي قال"،
   * "كلمة أردوغان التي قال خلالها" (the owner of the words the pronoun stands for).
   */
  private Optional<Subject> beforeRelative(Cue cue, int sentenceStart) {
    int r = cue.token() - 1;
    if (r <= sentenceStart || lexicon.relatives.at(norms, r, r + 1).isEmpty()) {
      return Optional.empty();
    }
    for (int k = r - 1; k >= sentenceStart && k >= r - RELATIVE_REACH; k--) {
      String w = tokens.get(k).text();
      if (tokens.get(k).kind() == Token.Kind.PUNCT && !tokens.get(k).isComma() && !QuoteMarks.isMark(w.charAt(0))) {
        return Optional.empty();
      }
      Optional<Entity> e = mentions.at(k).filter(x -> x.type() == EntityType.PERSON || x.type() == EntityType.ORG);
      if (e.isPresent()) {
        return Optional.of(new Subject(Subject.How.NAMED, e.get(), null, null, null, cue.end()));
      }
    }
    return Optional.empty();
  }

  /** How far before its verb the particle of a clause "أن الوزير قال" may stand. */
  private static final int PARTICLE_REACH = 8;

  /**
   * A subject written between the particle أن/إن and its verb: "ذكر البيان أن رئيس الوزراء
   * شدد على ...": named or by office, filling every word up to the verb.
   */
  private Optional<Subject> afterParticle(Cue cue, int sentenceStart) {
    for (int k = cue.token() - 2; k >= sentenceStart && k >= cue.token() - PARTICLE_REACH; k--) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.PUNCT && !t.isComma() || lexicon.verbs.at(tokens, norms, k).isPresent()) {
        return Optional.empty();
      }
      if (lexicon.complementizers.is(t.text())) {
        Subject s = walk(k + 1, cue.token());
        boolean named = s.how() == Subject.How.NAMED || s.how() == Subject.How.OFFICE;
        return named && s.end() >= cue.token()
            ? Optional.of(new Subject(s.how(), s.entity(), s.office(), s.country(), s.body(), cue.end()))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** How far before its verb the topic particle أما may stand. */
  private static final int TOPIC_REACH = 14;

  /**
   * "أما المتحدثة باسم الخارجية ماريا ... فحذرت برلين": the topic after أما is the subject of
   * the verb its ف (or فقد) opens, named or not; the noun after that verb is its object.
   */
  private Optional<Subject> topicOfAmma(Cue cue, int sentenceStart) {
    int verb = cue.token();
    boolean fa = tokens.get(verb).text().startsWith("ف");
    if (!fa && verb > sentenceStart && (norms[verb - 1].equals("فقد") || norms[verb - 1].equals("فلقد"))) {
      fa = true; // "أما الحزب، فقد اعتبر ..."
      verb--;
    }
    if (!fa) {
      return Optional.empty();
    }
    for (int k = verb - 1; k >= sentenceStart && k >= verb - TOPIC_REACH; k--) {
      String w = tokens.get(k).text();
      if (w.equals("أما") || w.equals("وأما") || w.equals("اما") || w.equals("واما")) {
        Subject s = walk(k + 1, verb);
        return s.how() == Subject.How.PRONOUN ? Optional.empty()
            : Optional.of(new Subject(s.how(), s.entity(), s.office(), s.country(), s.body(), cue.end()));
      }
    }
    return Optional.empty();
  }

  /** "نقلت الوكالة عن الوزير قوله": the speaker is the one named after عن. */
  private Subject relayed(Cue cue, int limit) {
    if (cue.end() > cue.token() + 1) {
      return walk(cue.end(), limit);
    }
    for (int j = cue.end(); j < limit && j < cue.end() + RELAY_REACH; j++) {
      if (norms[j].equals("عن")) {
        return walk(j + 1, limit);
      }
      if (tokens.get(j).kind() == Token.Kind.PUNCT && !tokens.get(j).isComma()) {
        break;
      }
    }
    for (int j = cue.end(); j < limit; j++) {
      if (norms[j].equals("عن")) { // "نقلت وكالة الأنباء اليمنية، التي ...، عن مصدر": farther on
        return new Subject(Subject.How.UNNAMED, null, null, null, null, cue.end());
      }
    }
    // "نقل وزير الخارجية تحيات الرئيس ..., وقال": no عن, so no one's words are passed on; the
    // verb's own subject is the one the sentence goes on with
    Subject own = walk(cue.end(), limit);
    return own.how() == Subject.How.NAMED || own.how() == Subject.How.OFFICE ? own
        : new Subject(Subject.How.UNNAMED, null, null, null, null, cue.end());
  }

  /**
   * A subject written before its verb: "لافروف قال إن" at the start of a sentence, or
   * "وكان لافروف قد قال إن" after an auxiliary.
   */
  private Optional<Subject> namedBefore(Cue cue, int sentenceStart) {
    int j = cue.token() - 1;
    while (j >= sentenceStart && isAuxiliary(j)) {
      j--;
    }
    // words of time between the name and the verb: "وكان ترامب الأسبوع الماضي قد قال"
    while (j >= sentenceStart && mentions.at(j).isEmpty() && (isSkippable(j) || tokens.get(j).isComma())) {
      j--;
    }
    if (j < sentenceStart || mentions.at(j).isEmpty()) {
      return Optional.empty();
    }
    Entity e = mentions.at(j).get();
    if (e.type() != EntityType.PERSON && e.type() != EntityType.ORG) {
      return Optional.empty();
    }
    int first = j;
    while (first > sentenceStart && mentions.at(first - 1).map(e::equals).orElse(false)) {
      first--;
    }
    // its office, country and body before it: "وكان الرئيس الأمريكي دونالد ترامب قد قال"،
    // "وكان الأمين العام للأمم المتحدة، فلان، أدان"
    while (first > sentenceStart && (tokens.get(first - 1).isComma() || mentions.at(first - 1)
        .map(p -> p.type() == EntityType.GPE || p.type() == EntityType.LOC || p.type() == EntityType.ORG)
        .orElse(false))) {
      first--;
    }
    Optional<PhraseList.Match<Offices.Office>> office = lexicon.offices.endingBefore(norms, first,
        Math.max(sentenceStart, first - 4));
    if (office.isPresent()) {
      first = office.get().from();
    } else {
      first = openOfficeBefore(first, sentenceStart); // "وكان وزير العمال المهاجرين الفلبيني، فلان، قد أعلن"
    }
    boolean opensSentence = first == sentenceStart;
    boolean afterAuxiliary = first > sentenceStart && isAuxiliary(first - 1);
    if (opensSentence || afterAuxiliary || isPluperfectAfter(j, cue.token())) {
      return Optional.of(new Subject(Subject.How.NAMED, e, null, null, null, cue.end()));
    }
    return Optional.empty();
  }

  /** How many words of its domain an open office ("وزير") may have before the subject's name and country. */
  private static final int DOMAIN_BEFORE = 3;

  /**
   * Where an open office starts whose domain runs up to word {@code first} ("وزير العمال المهاجرين"
   * before "الفلبيني، فلان،"): a few words without punctuation, particle or verb; else {@code first}.
   */
  private int openOfficeBefore(int first, int sentenceStart) {
    for (int k = first - 1; k >= sentenceStart && k >= first - 1 - DOMAIN_BEFORE; k--) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.ARABIC || endsDomain(k)) {
        return first;
      }
      Optional<PhraseList.Match<Offices.Office>> o = lexicon.offices.at(norms, k, first);
      if (o.isPresent() && o.get().value().open() && o.get().to() < first) {
        return k;
      }
    }
    return first;
  }

  /**
   * Whether the words between the name ending at word {@code name} and the verb at {@code verb} are
   * the pluperfect's كان and قد: "غير أن الوزير فلان كان قد رفض" names the verb's subject inside its
   * sentence. jawharafm: 5 words right before "كان قد", the 2 that could be names the verb's subject,
   * the 3 others nouns a relative clause describes (no entity stands for them).
   */
  boolean isPluperfectAfter(int name, int verb) {
    return verb == name + 3 && pluperfectFollows(name);
  }

  /** Whether the two words after word {@code name} are "كان قد" or "كانت قد" (adjuncts.tsv). */
  private boolean pluperfectFollows(int name) {
    return isAuxiliary(name + 1) && isAuxiliary(name + 2);
  }

  /**
   * The one named right before a pluperfect "كان قد" between words {@code from} and {@code to}, the
   * last such: "غير أن الوزير فلان كان قد رفض الخطة، معتبراً أن" gives the minister.
   */
  Optional<Entity> pluperfectSubject(int from, int to) {
    for (int t = to - 1; t >= from + 1; t--) {
      if (t + 2 < to && pluperfectFollows(t)) {
        Optional<Entity> e = mentions.at(t)
            .filter(x -> x.type() == EntityType.PERSON || x.type() == EntityType.ORG);
        if (e.isPresent()) {
          return e;
        }
      }
    }
    return Optional.empty();
  }

  private boolean isSkippable(int t) {
    return lexicon.adjuncts.at(norms, t, t + 1).map(m -> m.value() == Lexicon.Adjunct.SKIP).orElse(false);
  }

  /**
   * The subject of the verb that opens a clause at word {@code verb}, read no further than word
   * {@code limit}: "رفض رئيس الوزراء الإثيوبي آبي أحمد الاتهامات، وقال ..." gives the prime
   * minister, "رفض حزب صغير ..." a subject no entity stands for (UNNAMED). Empty when the first
   * word is a name, an office, a word with the article, a preposition or a particle (the
   * sentence then does not open with a verb), or when no subject follows the verb.
   */
  Optional<Subject> ofOpeningVerb(int verb, int limit) {
    if (verb < limit && lexicon.clauseOpeners.at(norms, verb, verb + 1).isPresent()) {
      verb++; // "لكنه أشاد ...", "ثم أكد ..."
    }
    if (verb + 1 >= limit || tokens.get(verb).kind() != Token.Kind.ARABIC || mentions.at(verb).isPresent()
        || Clitics.hasArticle(norms[verb])
        || lexicon.offices.at(norms, verb, limit).isPresent() || lexicon.adjuncts.at(norms, verb, verb + 1)
            .filter(a -> a.value() != Lexicon.Adjunct.AUXILIARY).isPresent()
        || lexicon.complementizers.is(tokens.get(verb).text())) {
      return Optional.empty();
    }
    Subject s = walk(verb + 1, limit);
    return s.how() == Subject.How.PRONOUN ? Optional.empty() : Optional.of(s);
  }

  /** Reads a subject from word {@code j} on. */
  private Subject walk(int j, int limit) {
    int complement = -1; // the word that must name the body or domain of an open office ("رئيس ...")
    int officeEnd = -1; // the word after the last office
    int skipped = -1; // the first word passed over on the way from an office to a person named a few words on
    Offices.Office office = null;
    String country = null;
    Entity body = null;
    while (j < limit) {
      Token t = tokens.get(j);
      if (t.kind() == Token.Kind.PUNCT) {
        if (t.isComma()) {
          Optional<Subject> apposed = office != null ? nameBetweenCommas(j + 1, limit, office, country, body) : Optional.empty();
          if (apposed.isPresent()) { // "وقال والي الولاية المكلف، اللواء الركن فلان الفلاني، إن"
            return apposed.get();
          }
          j++;
          continue;
        }
        if (office == null && QuoteMarks.isMark(t.text().charAt(0))) {
          Optional<Subject> quoted = quotedName(j, limit);
          if (quoted.isPresent()) {
            return quoted.get();
          }
        }
        int closed = j == complement ? quotedBodyEnd(j, limit) : -1;
        if (closed > 0) {
          // "المتحدث باسم "الحركة" فلان": the body's name between marks completes the office
          body = quotedBody(j, closed, body);
          complement = -1;
          officeEnd = closed;
          j = closed;
          continue;
        }
        break;
      }
      if (office == null && mentions.at(j).isEmpty() && lexicon.honorifics.containsKey(withoutConjunction(norms[j]))) {
        // "ورحب جلالته بالرئيس الضيف": a title's pronoun is the subject (quotes/honorifics.tsv), not
        // an office governed after it
        return Subject.pronoun(j + 1);
      }
      if (office == null) {
        Optional<PhraseList.Match<Lexicon.Document>> document = lexicon.documents.at(norms, j, limit)
            .filter(m -> m.value() != Lexicon.Document.ISSUED && m.value() != Lexicon.Document.WITHIN);
        if (document.isPresent()) {
          return issuer(document.get(), limit);
        }
      }
      if (office == null && j + 1 < limit && mentions.at(j).isEmpty() && lexicon.stateNouns.at(norms, j, j + 1).isPresent()
          && mentions.at(j + 1).map(e -> e.type() == EntityType.GPE && e.code() != null).orElse(false)) {
        // "أعلنت جمهورية مصر العربية"، "أعلنت دولة قطر": the state by its form, then its country
        return new Subject(Subject.How.NAMED, mentions.at(j + 1).get(), null, null, null, mentions.endOf(j + 1));
      }
      int quotedAfter = j == complement && j + 1 < limit && mentions.at(j).isEmpty() && isBareWord(j)
          ? quotedBodyEnd(j + 1, limit) : -1;
      if (quotedAfter > 0) {
        // "عضو كتلة «المستقبل» النائب فلان": the kind of the body, then its name between marks; the
        // holder may be named after it
        body = quotedBody(j + 1, quotedAfter, body);
        complement = -1;
        officeEnd = quotedAfter;
        j = quotedAfter;
        continue;
      }
      if (j == complement && j + 1 < limit && mentions.at(j).isEmpty() && isBareWord(j)
          && mentions.at(j + 1).map(e -> e.type() == EntityType.ORG).orElse(false)) {
        // "رئيس حركة النهضة": the kind of the body, then its name
        body = body != null ? body : mentions.at(j + 1).get();
        j = mentions.endOf(j + 1);
        complement = -1;
        continue;
      }
      if (office == null && mentions.at(j).isEmpty()) {
        Optional<Entity> byShortName = mentions.organisationByShortName(norms, j, limit);
        if (byShortName.isPresent()) { // "كما عبر حزب أفاق" after "حزب آفاق تونس"
          return new Subject(Subject.How.NAMED, byShortName.get(), null, null, null, j + 2);
        }
      }
      final int here = j;
      if (office == null && mentions.at(j).map(e -> governedName(here, e)).orElse(false)) {
        // "صرح به لوكالة الأنباء وزير ...": the body a preposition governs is no subject; look past it
        return subjectAfterAdjunct(mentions.endOf(j) - 1, limit).orElse(Subject.pronoun(j));
      }
      final int at = here;
      Optional<Entity> named = mentions.at(j).or(() -> shortened(at, limit));
      if (named.isPresent() && isBareHeadNoun(named.get(), j)) {
        // "وقالت المنظمة": the model took the head noun for a body of its own; it names the one before
        named = shortened(at, limit).or(() -> mentions.at(at));
      }
      if (named.isPresent() && office == null && named.get().type() == EntityType.GPE && mentions.endOf(j) == j + 1) {
        // "وقال السوداني" after "محمد شياع السوداني": a nisba alone after the verb is the surname of
        // the person the article named with it, not a people speaking
        Optional<MentionIndex.PersonMention> bearer = mentions.bySurname(norms, j, j + 1);
        if (bearer.isPresent()) {
          return new Subject(Subject.How.NAMED, bearer.get().person(), null, null, null, j + 1);
        }
      }
      if (named.isPresent()) {
        Entity e = named.get();
        int end = mentions.endOf(j);
        int apposed = e.type() == EntityType.PERSON && lexicon.offices.at(norms, j, limit).isPresent()
            ? nameAfterOffice(end, limit, e) : -1;
        if (apposed >= 0) {
          // an office the entity layer linked to someone, then a name, maybe after its body and a
          // comma ("المتحدثة باسم الخارجية، فلانة،"): the name is the one meant
          return new Subject(Subject.How.NAMED, mentions.at(apposed).get(), office, country, body, mentions.endOf(apposed));
        }
        int spokesman = end + 1;
        if (e.type() == EntityType.PERSON && office != null && office.speaksForItsBody() && spokesman < limit
            && tokens.get(end).isComma() && mentions.at(spokesman).map(p -> p.type() == EntityType.PERSON).orElse(false)) {
          // "المتحدث باسم الرئيس فلان، فلان،": the one a spokesperson speaks for, then, between commas,
          // the spokesperson's own name: he speaks
          return new Subject(Subject.How.NAMED, mentions.at(spokesman).get(), office, country, body,
              mentions.endOf(spokesman));
        }
        if (e.type() == EntityType.PERSON && office != null && !e.linked()) {
          return writtenInFull(e, skipped, j, limit, office, country, body);
        }
        if (e.type() == EntityType.PERSON || office == null) {
          return new Subject(Subject.How.NAMED, e, office, country, body, mentions.endOf(j));
        }
        if (j == officeEnd && (e.type() == EntityType.GPE || e.type() == EntityType.LOC) && !mentions.isAdjective(j)
            && !isNisba(j) && Clitics.hasArticle(norms[j - 1])) {
          // "واتهم المتحدث القاهرة بـ...": a definite office is complete; a place named after it
          // by its name (not its adjective, "المتحدث المصري") is the verb's object
          break;
        }
        if (country == null && (e.type() == EntityType.GPE || e.type() == EntityType.LOC)) {
          country = e.code() != null ? e.code() : e.country();
        } else if (body == null && e.type() == EntityType.ORG) {
          body = e;
          country = country != null ? country : e.country();
        }
        j = mentions.endOf(j); // the country or body of the office: "المتحدث باسم الكرملين"
        continue;
      }
      Optional<PhraseList.Match<Offices.Office>> o = lexicon.offices.at(norms, j, limit);
      if (o.isPresent()) {
        if (office == null) {
          office = o.get().value();
        }
        j = o.get().to();
        officeEnd = j;
        complement = o.get().value().open() ? j : -1;
        continue;
      }
      Optional<PhraseList.Match<Lexicon.Adjunct>> a = lexicon.adjuncts.at(norms, j, limit);
      if (a.isPresent() && office == null && a.get().value() != Lexicon.Adjunct.AUXILIARY) {
        if (a.get().value() == Lexicon.Adjunct.SKIP) {
          j = a.get().to();
          continue;
        }
        return subjectAfterAdjunct(j, limit).orElse(Subject.pronoun(j));
      }
      if (office == null && (lexicon.complementizers.is(t.text()) || lexicon.verbs.at(tokens, norms, j).isPresent()
          || governed(norms[j]))) {
        return Subject.pronoun(j);
      }
      Optional<MentionIndex.PersonMention> surname = mentions.bySurname(norms, j, limit);
      if (surname.isPresent()) {
        return new Subject(Subject.How.NAMED, surname.get().person(), office, country, body, surname.get().to());
      }
      if (office == null && j + 1 < limit && lexicon.anaphors.at(norms, j, j + 1).isPresent()
          && mentions.at(j + 1).map(p -> p.type() == EntityType.GPE).orElse(false)) {
        // "المسؤولة الكونغولية": the last speaker of that country
        Entity place = mentions.at(j + 1).get();
        String of = place.code() != null ? place.code() : place.country();
        return new Subject(Subject.How.PRONOUN, null, null, of, null, mentions.endOf(j + 1));
      }
      if (office == null && j + 1 < limit && mentions.at(j).isEmpty() && lexicon.visitors.at(norms, j, j + 1).isPresent()
          && !Clitics.hasArticle(norms[j]) && hostAfter(j + 1, limit) > j + 1) {
        // "وقال ضيف المملكة": the visitor named before, as after a pronoun
        return Subject.pronoun(hostAfter(j + 1, limit));
      }
      if (office == null) {
        Optional<Subject> organ = bodyOfOrgan(j, limit);
        if (organ.isPresent()) { // "أكد المكتب السياسي لحزب ...": the organ speaks for its body
          return organ.get();
        }
        Optional<Entity> apposed = namedRightAfter(j + 1, limit);
        if (apposed.isPresent()) { // "قالت وكالة "إرنا"": the kind, then the name
          return new Subject(Subject.How.NAMED, apposed.get(), null, null, null, mentions.endOf(nextWord(j + 1, limit)));
        }
        Optional<Subject> apposite = personInApposition(j + 1, limit).or(() -> stateOf(at, limit))
            .or(() -> bodyNamedBefore(at, limit)).or(() -> bodyInFull(at, limit));
        if (apposite.isPresent()) {
          return apposite.get();
        }
        return bodyOfSpokesperson(j + 1, limit).orElse(new Subject(Subject.How.UNNAMED, null, null, null, null, j + 1));
      }
      if (j == officeEnd && complement < 0 && placeNamedFrom(j, limit)) {
        // "واتهم الوالي دولة جنوب السودان": a definite office is complete; a state or a side of a
        // place after it, then the place, is the verb's object, not a name
        break;
      }
      int name = personShortlyAfter(j, limit);
      if (name < 0 && j > complement) {
        // "وحذر المتحدث باسم الجيش العقيد سامي خلف": a name no entity stands for after the office
        // and its body is the one who speaks, not another holder of the office the article names
        Optional<Subject> unlisted = unlistedName(j, limit, office, country, body);
        if (unlisted.isPresent()) {
          return unlisted.get();
        }
      }
      if (name < 0 && (j == complement || j == officeEnd)) {
        Optional<Subject> apposite = personInApposition(j, limit); // "مفتي عام المملكة، الشيخ فلان"
        if (apposite.isPresent()) {
          return apposite.get();
        }
        Optional<Subject> unlisted = nameAfterDomain(j, limit, office, country, body); // "والي الولاية، فلان الفلاني،"
        if (unlisted.isPresent()) {
          return unlisted.get();
        }
        int holder = personAfterDomain(j, limit);
        if (holder >= 0) {
          // "وزير الزراعة في حكومة الإنقاذ، الدكتور فلان، الحكومةَ بـ": a long domain, then the holder named whole
          return new Subject(Subject.How.NAMED, mentions.at(holder).get(), office, country, body, mentions.endOf(holder));
        }
      }
      if (name < 0 && j == complement && Clitics.hasArticle(norms[j])) {
        // "المتحدث باسم الوزارة رسلان فارانكوف من أن": a body no entity stands for, named by its
        // head noun, then the holder's name, closed as a name is: the holder speaks, not the body
        int k = j + 1;
        if (k < limit && mentions.at(k).map(e -> e.type() == EntityType.GPE).orElse(false)) {
          k = mentions.endOf(k); // "الحكومة الفنلندية"
        }
        Optional<Subject> unlisted = k < limit ? unlistedName(k, limit, office, country, body) : Optional.empty();
        if (unlisted.isPresent()) {
          return unlisted.get();
        }
      }
      if (name < 0 && j == complement && office.speaksForItsBody()) {
        // "المتحدث باسم وزارة الداخلية الفرنسية": a spokesperson of a state body no entity
        // stands for speaks for its country, as the body itself would
        Optional<Subject> state = stateOf(j, limit);
        if (state.isPresent()) {
          return state.get();
        }
      }
      if (name < 0 && (j == complement || j == officeEnd && isBareWord(j))) {
        // "رئيس تيار المحبة": the head of a body no entity stands for, not any president;
        // "النائب منذر ...": a name no entity stands for, not any member of parliament
        return new Subject(Subject.How.UNNAMED, null, null, null, null, j + 1);
      }
      if (name < 0) {
        int comma = j;
        while (comma < limit && mentions.at(comma).isEmpty() && lexicon.titleModifiers.contains(norms[comma])) {
          comma++;
        }
        Optional<Subject> unlisted = comma > j && comma < limit && tokens.get(comma).isComma()
            ? nameBetweenCommas(comma + 1, limit, office, country, body) : Optional.empty();
        if (unlisted.isPresent()) { // "والي سنار المكلف، فلان الفلاني،": the office's place, its qualifier, then the name
          return unlisted.get();
        }
        int holder = body != null ? personAfterDomain(j, limit) : -1;
        if (holder >= 0) {
          // "الناطق باسم جهاز ... في المنطقة الغربية، العقيد فلان،": the body's region, then its
          // spokesperson's name between commas; he speaks, not the body
          return new Subject(Subject.How.NAMED, mentions.at(holder).get(), office, country, body, mentions.endOf(holder));
        }
        break;
      }
      skipped = j == complement ? j + 1 : j; // "المتحدث باسم خارجيتها قوه جيا كون": the body is no word of the name
      j = name; // "المتحدثة باسم الخارجية ماريا ...": the office's body, then the name
    }
    if (office != null) {
      return new Subject(Subject.How.OFFICE, null, office, country, body, j);
    }
    return Subject.pronoun(j);
  }

  /**
   * Whether the word at {@code t}, where {@code e} is named, is its name with the preposition ل or ب
   * written on ("لوكالة" for "وكالة تونس أفريقيا للأنباء", "بوزارة" for "وزارة الداخلية"): its
   * first word without the preposition is the first word of the name, with it is not.
   */
  private boolean governedName(int t, Entity e) {
    String w = norms[t];
    if (w.length() > 4 && Clitics.opensWithConjunction(w)) {
      w = w.substring(1);
    }
    String[] name = PhraseList.words(e.nameAr() == null ? "" : e.nameAr());
    return w.length() >= 4 && (w.startsWith("ل") || w.startsWith("ب")) && name.length > 1
        && !name[0].equals(w) && name[0].equals(w.substring(1));
  }

  /**
   * The first word of a person other than {@code holder} named right after an office mention
   * ending at word {@code end}: past commas and the office's body or country ("المتحدثة الرسمية
   * باسم الخارجية الروسية، ماريا ..."); or -1.
   */
  private int nameAfterOffice(int end, int limit, Entity holder) {
    int k = end;
    while (k < limit && (tokens.get(k).isComma() || mentions.at(k)
        .map(p -> p.type() == EntityType.ORG || p.type() == EntityType.GPE).orElse(false))) {
      k = mentions.at(k).isPresent() ? mentions.endOf(k) : k + 1;
    }
    boolean other = k < limit && mentions.at(k).map(p -> p.type() == EntityType.PERSON && !p.equals(holder)).orElse(false);
    return other ? k : -1;
  }

  /**
   * Whether {@code e}, named at word {@code t}, is an organisation only the model found whose
   * mention is that one word with the article: a head noun ("المنظمة"، "الحركة") naming again a
   * body named before.
   */
  private boolean isBareHeadNoun(Entity e, int t) {
    return e.type() == EntityType.ORG && !e.linked() && mentions.endOf(t) == t + 1 && Clitics.hasArticle(norms[t]);
  }

  /** How many definite adjectives may describe an organ before its body: "المكتب السياسي الموسع". */
  private static final int ORGAN_ADJECTIVES = 2;

  /**
   * The body whose organ the words at {@code j} name: an organ's head noun, up to two definite
   * adjectives, then lـ and an organisation, by name ("لحزب آفاق تونس") or again by its head
   * noun ("للحزب"، "للحركة"). Empty when anything else stands between.
   */
  private Optional<Subject> bodyOfOrgan(int j, int limit) {
    if (lexicon.organs.at(norms, j, j + 1).isEmpty() || mentions.at(j).isPresent()) {
      return Optional.empty();
    }
    int k = j + 1;
    for (int a = 0; a < ORGAN_ADJECTIVES && k < limit && tokens.get(k).kind() == Token.Kind.ARABIC
        && Clitics.hasArticle(norms[k]) && mentions.at(k).isEmpty()
        && lexicon.offices.at(norms, k, Math.min(limit, k + 1)).isEmpty(); a++) {
      k++;
    }
    if (k < limit && tokens.get(k).isComma()) {
      k++; // "المكتب السياسي، لحزب تيار المحبة"
    }
    if (k >= limit || !norms[k].startsWith("ل") || tokens.get(k).kind() != Token.Kind.ARABIC) {
      return Optional.empty();
    }
    Optional<Entity> body = mentions.at(k).filter(e -> e.type() == EntityType.ORG);
    int end = mentions.endOf(k);
    if (body.isEmpty() && Clitics.opensWithLamOnArticle(norms[k])) { // "للحزب": the body named before by its head noun
      body = mentions.organisationShortenedAt(Clitics.articleForLam(norms[k]), k, null);
      end = k + 1;
    }
    int after = end;
    return body.map(e -> new Subject(Subject.How.NAMED, e, null, null, null, after));
  }

  /** How many words after a document (and "صادر عن") its issuer may be named. */
  private static final int ISSUER_REACH = 3;

  /**
   * The subject a document stands for: the issuer named right after it ("بيان الخارجية"، "بيان
   * صادر عن الرئاسة"), else, for a document named before ("البيان"), the last speaker's. An
   * unnamed source speaks only for an organisation ("مصدر مسؤول في الخارجية").
   */
  private Subject issuer(PhraseList.Match<Lexicon.Document> document, int limit) {
    int k = document.to();
    Optional<PhraseList.Match<Lexicon.Document>> issued = lexicon.documents.at(norms, k, limit)
        .filter(m -> m.value() == Lexicon.Document.ISSUED);
    if (issued.isPresent()) {
      k = issued.get().to();
    }
    for (int w = k; w < limit && w < k + ISSUER_REACH; w++) {
      if (tokens.get(w).kind() == Token.Kind.PUNCT || lexicon.complementizers.is(tokens.get(w).text())) {
        break;
      }
      final int at = w;
      boolean source = document.value() == Lexicon.Document.SOURCE;
      if (source && !inside(w)) {
        continue;
      }
      Optional<Entity> e = mentions.at(w).filter(x -> source ? x.type() == EntityType.ORG : x.type() != EntityType.LOC)
          .or(() -> shortened(at, limit));
      if (e.isPresent()) {
        return new Subject(Subject.How.NAMED, e.get(), null, null, null, mentions.endOf(w));
      }
      if (mentions.at(w).isEmpty()) {
        // "مسؤول في وزارة الداخلية الفرنسية"، "بيان صادر عن الرئاسة" after "الرئاسة الفلسطينية":
        // a state body no entity stands for issues the document, or holds the source, for its country
        Optional<Subject> state = stateOf(w, limit, true);
        if (state.isPresent()) {
          return state.get();
        }
      }
    }
    return document.value() == Lexicon.Document.KNOWN
        ? new Subject(Subject.How.DOCUMENT, null, null, null, null, document.to())
        : new Subject(Subject.How.UNNAMED, null, null, null, null, document.to());
  }

  /** Whether word {@code t} stands inside a body: after في or من, or with ب written on ("بوزارة"). */
  private boolean inside(int t) {
    return norms[t].startsWith("ب") && norms[t].length() > 3
        || lexicon.documents.at(norms, t - 1, t).filter(m -> m.value() == Lexicon.Document.WITHIN).isPresent();
  }

  /**
   * The organisation a definite noun at {@code t} shortens ("الحركة", "الخارجية"), when the noun
   * stands alone: a word after it that names nothing ("الحزب الجمهوري") makes it another body.
   */
  private Optional<Entity> shortened(int t, int limit) {
    int next = t + 1;
    String country = null;
    if (next < limit && mentions.at(next).map(e -> e.type() == EntityType.GPE).orElse(false)) {
      Entity place = mentions.at(next).get();
      country = place.code() != null ? place.code() : place.country();
    } else if (next < limit && tokens.get(next).kind() != Token.Kind.PUNCT
        && lexicon.adjuncts.at(norms, next, next + 1).isEmpty() && lexicon.documents.at(norms, next, limit).isEmpty()
        && !lexicon.complementizers.is(tokens.get(next).text()) && lexicon.verbs.at(tokens, norms, next).isEmpty()
        && lexicon.clauseOpeners.at(norms, next, next + 1).isEmpty() && !governed(norms[next])) {
      // a word naming nothing after it ("الحزب الجمهوري") makes it another body; not a relative
      // or a preposition ("استنكر الحزب ما صدر"، "ندد الحزب بموقف")
      return Optional.empty();
    }
    return mentions.organisationShortenedAt(norms, t, country);
  }

  /**
   * A subject after an adverbial phrase: "وقال في تصريحات لقناة محلية وزير الخارجية ...". An
   * office that a preposition or a meeting word does not govern, within a few words, is the
   * subject; a person there is one when a particle or a colon follows the name.
   */
  private Optional<Subject> subjectAfterAdjunct(int j, int limit) {
    for (int k = j + 1; k < limit && k <= j + ADJUNCT_REACH; k++) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.PUNCT && !t.isComma() || lexicon.complementizers.is(t.text())
          || lexicon.verbs.at(tokens, norms, k).isPresent()) {
        return Optional.empty();
      }
      boolean governed = lexicon.meetingWords.at(norms, k - 1, k).isPresent()
          || lexicon.adjuncts.at(norms, k - 1, k).map(m -> m.value() == Lexicon.Adjunct.PRONOUN).orElse(false);
      if (governed) {
        continue;
      }
      if (mentions.at(k).isEmpty() && lexicon.offices.at(norms, k, limit).filter(o -> !o.value().isCounterpart())
          .isPresent()) {
        Subject s = walk(k, limit);
        return s.how() == Subject.How.NAMED || s.how() == Subject.How.OFFICE ? Optional.of(s) : Optional.empty();
      }
      if (mentions.at(k).map(e -> e.type() == EntityType.PERSON).orElse(false)) {
        int end = mentions.endOf(k);
        boolean closes = end < limit && (tokens.get(end).text().equals(":")
            || lexicon.complementizers.is(tokens.get(end).text()));
        if (closes) {
          return Optional.of(new Subject(Subject.How.NAMED, mentions.at(k).get(), null, null, null, end));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A person named in apposition to a description after the verb: after a comma or an office
   * ("وقال نائب الأمين العام للجامعة السفير أحمد ..."، "اعتبر القيادي في الحزب، فلان الفلاني،"),
   * or after a word that gives its name ("أحد المتظاهرين، ويدعى فلان،"), within a few words. A
   * person after any other word is its complement ("مسؤول في إدارة ترامب"),
   * and so is one holding the office right after the subject's first word ("مساعد رئيس الوزراء،
   * فلان").
   */
  private Optional<Subject> personInApposition(int j, int limit) {
    for (int k = j; k < limit && k < j + OFFICE_BODY; k++) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.PUNCT && !t.isComma() || lexicon.complementizers.is(t.text())
          || lexicon.verbs.at(tokens, norms, k).isPresent()) {
        return Optional.empty();
      }
      if (mentions.at(k).map(e -> e.type() == EntityType.PERSON).orElse(false)) {
        int before = k; // past the commas and country of the person's own title
        while (before > j && (tokens.get(before - 1).isComma()
            || mentions.at(before - 1).map(e -> e.type() == EntityType.GPE).orElse(false))) {
          before--;
        }
        Optional<PhraseList.Match<Offices.Office>> title = lexicon.offices.endingBefore(norms, before,
            Math.max(j, before - 4));
        if (title.isPresent() && title.get().from() == j) {
          return Optional.empty(); // "مساعد رئيس الوزراء، فلان": the person holds the office the subject serves
        }
        // a title after the whole description ("للجامعة السفير فلان"), not after a noun in
        // construct with it ("قرار المستشار فلان"); with no title, the name right after a
        // description that ends there ("أستاذ القانون الدستوري فلان"، "الكاتب العام للنقابة
        // فلان"): in ANERcorp train, of 66 persons within eight words after a reporting verb,
        // only those after a preposition or an indefinite noun are not its subject
        // "الكاتب الجزائري فلان الفلاني": a noun describing a person, its nisba, then the name in full
        // (one word alone may be the object: "انتقد الصحفي المصري السيسي")
        boolean described = before == j && k > j && j > 0 && mentions.endOf(k) - k >= 2
            && lexicon.personNouns.contains(withoutConjunction(norms[j - 1]));
        // "أحد المتظاهرين، ويدعى فلان": the description, then the word that gives its name
        boolean called = lexicon.called.at(norms, k - 1, k).isPresent();
        boolean apposed = tokens.get(k - 1).isComma() || described || called || (title.isPresent()
            ? endsDescription(title.get().from() - 1) : before > j && endsDescription(before - 1) && describesHead(j, before));
        if (!apposed) {
          return Optional.empty();
        }
        int opening = title.isPresent() ? title.get().from() : k;
        Optional<Subject> whole = !mentions.at(k).get().linked() && opening > j && tokens.get(opening - 1).isComma()
            ? nameBetweenCommas(opening, limit, null, null, null) : Optional.empty();
        // "، العميد فلان الفلاني،": the words between the commas are the name, where the model found part of it
        return whole.isPresent() ? whole
            : Optional.of(new Subject(Subject.How.NAMED, mentions.at(k).get(), null, null, null, mentions.endOf(k)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the words from {@code j} to {@code before} can describe the definite head noun before
   * them: its adjectives and the phrases governed by a preposition ("الكاتب العام للنقابة"،
   * "المدير التنفيذي لحركة ..."), each definite. An indefinite word after a definite head begins another phrase, its object
   * ("وصف المعلقون حلقة الكاتب فلان"); after an indefinite head it is in construct ("أستاذ القانون").
   */
  private boolean describesHead(int j, int before) {
    if (j == 0 || !Clitics.hasArticle(norms[j - 1])) {
      return true;
    }
    for (int k = j; k < before; k++) {
      boolean definite = tokens.get(k).isComma() || Clitics.hasArticle(norms[k]) || governed(norms[k])
          || opensDomain(lexicon, norms, k) || mentions.at(k).isPresent();
      if (!definite) {
        return false;
      }
    }
    return true;
  }

  /** Whether word {@code t} is a word of the text without article or preposition, not a particle: a name's, after an office. */
  boolean isBareWord(int t) {
    return tokens.get(t).kind() == Token.Kind.ARABIC && !Clitics.hasArticle(norms[t])
        && !governed(norms[t]) && lexicon.adjuncts.at(norms, t, t + 1).isEmpty()
        && !lexicon.complementizers.is(tokens.get(t).text()) && lexicon.verbs.at(tokens, norms, t).isEmpty();
  }

  /**
   * Whether word {@code t} can end the description of a subject before a title: a comma, a name,
   * or a definite word ("الأممية", "للجامعة"); an indefinite noun is in construct with what
   * follows it.
   */
  private boolean endsDescription(int t) {
    return tokens.get(t).isComma() || mentions.at(t).map(e -> e.type() != EntityType.PERSON).orElse(false)
        || governed(norms[t]) || Clitics.hasArticle(norms[t]);
  }

  /** How many words after a state body's head noun its country may be named. */
  private static final int STATE_REACH = 3;

  /**
   * The country a state body no entity stands for speaks for: "ونبهت وزارة الإعلام البحرينية"،
   * "وقالت الشرطة السويدية" (the country by name or adjective, within a few words, no preposition
   * before it).
   */
  private Optional<Subject> stateOf(int j, int limit) {
    return stateOf(j, limit, false);
  }

  /**
   * As {@link #stateOf(int, int)}; {@code issuer} when the body is named after a document or a
   * source ("بيان الرئاسة الحكم ..."): there the words after its head noun are the verb's object,
   * so the head noun need not stand alone to be the body named before with its country.
   */
  private Optional<Subject> stateOf(int j, int limit, boolean issuer) {
    if (lexicon.stateBodies.at(norms, j, j + 1).isEmpty()) {
      return Optional.empty();
    }
    int country = countryAfter(j, limit);
    if (country >= 0) {
      return Optional.of(new Subject(Subject.How.NAMED, mentions.at(country).orElseThrow(), null, null, null,
          mentions.endOf(country)));
    }
    boolean alone = j + 1 >= limit || tokens.get(j + 1).kind() == Token.Kind.PUNCT
        || lexicon.adjuncts.at(norms, j + 1, j + 2).isPresent() || lexicon.complementizers.is(tokens.get(j + 1).text());
    if (!alone && !issuer) {
      return Optional.empty();
    }
    // "وأضافت الشرطة أن": the body alone is the one the article named with its country before
    String head = Clitics.withoutArticle(withoutConjunction(norms[j]));
    for (int k = j - 1; k >= 0; k--) {
      // "وزارة الداخلية المصرية" (its و is no conjunction)
      boolean same = Clitics.withoutArticle(withoutConjunction(norms[k])).equals(head)
          || Clitics.withoutArticle(norms[k]).equals(head);
      if (same && lexicon.offices.endingBefore(norms, k + 1, Math.max(0, k - 3)).isPresent()) {
        continue; // "وزير الخارجية المصري": the domain of an office, not its body named
      }
      if (same) {
        int before = countryAfter(k, tokens.size());
        if (before >= 0) {
          return Optional.of(new Subject(Subject.How.NAMED, mentions.at(before).orElseThrow(), null, null, null, j + 1));
        }
      }
    }
    return Optional.empty();
  }

  /** How many words after its head noun the full name of a body may have: "الهيئة العليا المستقلة للانتخابات". */
  private static final int BODY_NAME = 4;

  /**
   * "وقالت الوزارة" after "وزارة الداخلية المصرية": a head noun of a body ({@code body-heads.tsv})
   * with the article, standing alone after the verb, is the body of that head noun named last
   * before with the words of its name after it: its entity where one stands for it, else an
   * entity of the article's words only (no id), its name as written.
   */
  private Optional<Subject> bodyNamedBefore(int j, int limit) {
    String head = Clitics.withoutArticle(norms[j]);
    if (tokens.get(j).kind() != Token.Kind.ARABIC || head.length() == norms[j].length()
        || !lexicon.bodyHeads.contains(head) || !standsAlone(j + 1, limit)) {
      return Optional.empty();
    }
    for (int k = j - 1; k >= 0; k--) {
      String w = norms[k];
      String prefix = w.endsWith(head) ? w.substring(0, w.length() - head.length()) : null;
      if (prefix == null || !(prefix.isEmpty() || PROCLITICS.contains(prefix)) || tokens.get(k).kind() != Token.Kind.ARABIC) {
        continue;
      }
      final int at = k;
      Optional<Entity> named = mentions.at(k).filter(e -> e.type() == EntityType.ORG && !isBareHeadNoun(e, at));
      if (named.isPresent()) {
        return Optional.of(new Subject(Subject.How.NAMED, named.get(), null, null, null, j + 1));
      }
      int end = k + 1;
      String country = null;
      while (end < tokens.size() && end <= k + BODY_NAME && tokens.get(end).kind() == Token.Kind.ARABIC) {
        Optional<Entity> place = mentions.at(end).filter(e -> e.type() == EntityType.GPE);
        boolean ofName = place.isPresent() || mentions.at(end).isEmpty() && (Clitics.hasArticle(norms[end])
            || Clitics.opensWithLamOnArticle(norms[end])) && lexicon.adjuncts.at(norms, end, end + 1).isEmpty();
        if (!ofName) {
          break;
        }
        if (place.isPresent() && country == null) {
          country = place.get().code() != null ? place.get().code() : place.get().country();
        }
        end = mentions.endOf(end);
      }
      if (end == k + 1) {
        continue; // the head noun alone again ("الوزارة"): the full name stands further back
      }
      String first = tokens.get(k).text();
      String headAsWritten = first.length() == w.length() ? first.substring(prefix.length()) : head;
      if (prefix.endsWith("ال") || prefix.endsWith("لل")) {
        headAsWritten = "ال" + headAsWritten; // "للهيئة"، "والمرصد" → "الهيئة"، "المرصد"
      }
      String name = headAsWritten + " " + IntStream.range(k + 1, end).mapToObj(t -> tokens.get(t).text())
          .collect(Collectors.joining(" "));
      Entity body = new Entity(null, name, name, EntityType.ORG, null, country, null, List.of(), false);
      return Optional.of(new Subject(Subject.How.NAMED, body, null, null, null, j + 1));
    }
    return Optional.empty();
  }

  /**
   * "وقالت وزارة الصحة في بيان إن": a body no entity stands for, named in full right after the verb
   * by its head noun ({@code body-heads.tsv}) and the definite words of its name ("الصحة"،
   * "الشؤون الخارجية"، "للانتخابات", joined by و: "الزراعة والصيد"), up to {@link #BODY_NAME}, then
   * a word that ends the subject ({@link #standsAlone}), no country named: it speaks under its name
   * as written, as it does when named again by its head noun ({@link #bodyNamedBefore}). A head
   * with the article ("الاتحاد الوطني لنقابات الأطباء"، "الجبهة الشعبية") may govern by لـ an
   * indefinite noun in construct with the rest ({@link #inConstructByLam}); its name ends on a definite word.
   */
  private Optional<Subject> bodyInFull(int j, int limit) {
    boolean article = Clitics.hasArticle(norms[j]);
    if (tokens.get(j).kind() != Token.Kind.ARABIC || mentions.at(j).isPresent()
        || !lexicon.bodyHeads.contains(Clitics.withoutArticle(norms[j]))) {
      return Optional.empty();
    }
    int reach = article ? BODY_NAME_WITH_ARTICLE : BODY_NAME;
    if (article && (j == 0 || lexicon.verbs.at(tokens, norms, j - 1).isEmpty())) {
      return Optional.empty(); // "وأحالت الحكومة القضية إلى": after another verb a definite noun may be its object
    }
    if (article && j + 1 < limit && verbalNoun(norms[j + 1])) {
      return Optional.empty(); // "وجدد الحزب التعبير عن": the verb's object, not a word of the name
    }
    int end = j + 1;
    boolean construct = false;
    String country = null;
    boolean named = false; // the name ends on a word that can end it: definite, or a country
    while (end < limit && end <= j + reach && tokens.get(end).kind() == Token.Kind.ARABIC) {
      Optional<Entity> place = mentions.at(end).filter(e -> e.type() == EntityType.GPE);
      if (article && place.isPresent()) { // "الاتحاد الوطني لنقابات قوات الأمن التونسي"
        country = country != null ? country : place.get().code() != null ? place.get().code() : place.get().country();
        end = mentions.endOf(end);
        named = true;
        continue;
      }
      if (mentions.at(end).isPresent()
          || lexicon.adjuncts.at(norms, end, end + 1).isPresent() && !(article && adjectiveInName(end, limit))) {
        break;
      }
      if (ofBodyName(norms[end])) {
        named = Clitics.definite(norms[end]);
        end++;
      } else if (article && (construct || inConstructByLam(norms[end]))) {
        construct = true; // "لنقابات سائقي": indefinite nouns in construct until a definite word
        named = false;
        end++;
      } else {
        break;
      }
    }
    if (end == j + 1 || !standsAlone(end, limit) || article && !named) {
      return Optional.empty();
    }
    String name = IntStream.range(j, end).mapToObj(k -> tokens.get(k).text()).collect(Collectors.joining(" "));
    Entity body = new Entity(null, name, name, EntityType.ORG, null, country, null, List.of(), false);
    return Optional.of(new Subject(Subject.How.NAMED, body, null, null, null, end));
  }

  /**
   * Whether a definite word has the form of a verbal noun of a derived verb, which after a reporting
   * verb and its subject is the verb's object: تفعيل ("التعبير"، "التأكيد") or افتعال/استفعال
   * ("الالتزام"، "الاستنكار"). Not an adjective of a body's name, which is a nisba, a participle or an elative.
   */
  private static boolean verbalNoun(String w) {
    if (!Clitics.hasArticle(w)) {
      return false;
    }
    String stem = Clitics.withoutArticle(w);
    int n = stem.length();
    return n == 5 && stem.charAt(0) == 'ت' && stem.charAt(3) == 'ي'
        || n >= 6 && stem.charAt(0) == 'ا' && stem.charAt(n - 2) == 'ا';
  }

  /**
   * Whether a definite word that may be an adverb of time ("العام") describes the head before it:
   * the name goes on after it ("الاتحاد العام لنقابات"), where the adverb would end the subject ("وقالت الوزارة الثلاثاء إن").
   */
  private boolean adjectiveInName(int t, int limit) {
    int next = t + 1;
    return Clitics.hasArticle(norms[t]) && next < limit && tokens.get(next).kind() == Token.Kind.ARABIC
        && mentions.at(next).isEmpty() && lexicon.adjuncts.at(norms, next, next + 1).isEmpty()
        && (ofBodyName(norms[next]) || inConstructByLam(norms[next]));
  }

  /** Whether a word is an indefinite noun governed by لـ ("لنقابات"، "لحقوق"), not one with the article ("للحقوق"). */
  private static boolean inConstructByLam(String w) {
    return w.length() > 4 && w.startsWith(LAM) && !Clitics.opensWithLamOnArticle(w);
  }

  /** The preposition لـ written on the word it governs. */
  private static final String LAM = "ل";

  /** How many words after its head with the article a body named in full may have: "الاتحاد العام لنقابات عمال النقل البري". */
  private static final int BODY_NAME_WITH_ARTICLE = 6;

  /** A word of a body's name after its head noun: definite ("الصحة"), governed by لـ with the article ("للانتخابات"), or joined by و ("والأغذية"). */
  private static boolean ofBodyName(String w) {
    return Clitics.definite(w) || Clitics.opensWithLamOnArticle(w);
  }

  /** Proclitics and article written on a body's head noun named in full (noun-head of affixes.tsv): "ووزارة"، "لوزارة"، "والمرصد". */
  private static final Set<String> PROCLITICS = Set.copyOf(Affixes.of(Affixes.Kind.NOUN_HEAD));

  /**
   * Whether a definite noun before word {@code next} stands alone: the word after it does not
   * extend its name (punctuation, an adverb, a document, a particle, a verb, a preposition).
   */
  private boolean standsAlone(int next, int limit) {
    return next >= limit || tokens.get(next).kind() == Token.Kind.PUNCT
        || lexicon.adjuncts.at(norms, next, next + 1).isPresent() || lexicon.documents.at(norms, next, limit).isPresent()
        || lexicon.complementizers.is(tokens.get(next).text()) || lexicon.verbs.at(tokens, norms, next).isPresent()
        || lexicon.clauseOpeners.at(norms, next, next + 1).isPresent() || governed(norms[next]);
  }

  private static String withoutConjunction(String w) {
    return w.length() > 3 && Clitics.opensWithConjunction(w) ? w.substring(1) : w;
  }

  /**
   * The word where a country is named within a few words after the state body at word {@code j},
   * no preposition or punctuation between; or -1.
   */
  private int countryAfter(int j, int limit) {
    for (int k = j + 1; k < limit && k <= j + STATE_REACH; k++) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.PUNCT || lexicon.adjuncts.at(norms, k, k + 1).isPresent()
          || lexicon.complementizers.is(t.text())) {
        return -1;
      }
      Optional<Entity> e = mentions.at(k);
      if (e.isPresent()) {
        return e.get().type() == EntityType.GPE && e.get().code() != null ? k : -1;
      }
    }
    return -1;
  }


  /**
   * Whether the words from {@code j} name a place by a state noun or a side before its name, which
   * the entity layer may leave outside the place's mention: "دولة جنوب السودان"، "شمال دارفور".
   */
  private boolean placeNamedFrom(int j, int limit) {
    int k = j;
    while (k < limit && k < j + 2 && mentions.at(k).isEmpty() && tokens.get(k).kind() == Token.Kind.ARABIC
        && (lexicon.stateNouns.at(norms, k, k + 1).isPresent() || lexicon.placeSides.contains(norms[k]))) {
      k++;
    }
    return k > j && k < limit && mentions.at(k).map(e -> e.type() == EntityType.GPE).orElse(false);
  }

  /** The state word of "البلاد" written with its article, normalised. */
  private static final String THE_COUNTRY = ArabicNormalizer.normalize("البلاد");

  /**
   * The end of the host state after a visitor's noun at word {@code t} ("ضيف المملكة"، "ضيف تونس"):
   * a country the entity layer names, a form of state (quotes/state-nouns.tsv) or البلاد; {@code t} when none.
   */
  private int hostAfter(int t, int limit) {
    Optional<Entity> place = mentions.at(t);
    if (place.isPresent()) {
      return place.get().type() == EntityType.GPE ? mentions.endOf(t) : t;
    }
    if (THE_COUNTRY.equals(norms[t]) || lexicon.stateNouns.at(norms, t, t + 1).isPresent()) {
      return t + 1;
    }
    return t;
  }

  /** How many words after its first a name no entity stands for may have after its office. */
  private static final int UNLISTED_NAME = 2;

  /** The word of a theophoric name ("ذبيح الله", "نصر الله"): a name's word though it has the article. */
  private static final String ALLAH = ArabicNormalizer.normalize("الله");

  /** Heads of a compound name whose next word has the article: "عبد الرحمن", "أبو الفضل" (name-connectors.tsv: head; normalised). */
  private static final Set<String> COMPOUND_HEADS = DataFiles.rows("entities/name-connectors.tsv", 2).stream()
      .filter(row -> row.field(1).equals("head")).map(row -> ArabicNormalizer.normalize(row.field(0)))
      .collect(Collectors.toUnmodifiableSet());

  /**
   * A person's name no entity stands for, at word {@code j} after an office: a common given name
   * ({@code given-names.tsv}) or a theophoric one of the entity layer's list ("ذبيح الله"), then words without article (the
   * family name) up to {@link #UNLISTED_NAME} more, a compound counting as one ("عبد المنعم"), ended
   * by a definite word, a particle or punctuation; a given name alone may be a word of the sentence
   * ("أمل", "سعيد") and is none. A name no list knows, two or three bare words, counts only when
   * closed as a name is ({@link #closesName}). Its speaker is an entity of the article's words
   * only: no id, the name as written.
   */
  private Optional<Subject> unlistedName(int j, int limit, Offices.Office office, String country, Entity body) {
    // not isBareWord: the given name علي is written as the preposition على normalised
    if (mentions.at(j).isPresent() || tokens.get(j).kind() != Token.Kind.ARABIC || "على".equals(tokens.get(j).text())
        || Clitics.hasArticle(norms[j])) {
      return Optional.empty();
    }
    boolean theophoric = j + 1 < limit && ALLAH.equals(norms[j + 1]) && lexicon.allahNameHeads.contains(norms[j]);
    boolean given = lexicon.givenNames.contains(norms[j]) || theophoric;
    if (!given && !isBareWord(j)) {
      return Optional.empty();
    }
    int end = j + 1;
    int words = 1;
    // the entity layer may take the الله of a name for God (MISC): it is the name's word still
    while (end < limit && words <= UNLISTED_NAME && (mentions.at(end).isEmpty() || ALLAH.equals(norms[end]))
        && tokens.get(end).kind() == Token.Kind.ARABIC) {
      boolean compound = COMPOUND_HEADS.contains(norms[end - 1]) || ALLAH.equals(norms[end]);
      if (!compound && !(isBareWord(end) && lexicon.offices.at(norms, end, limit).isEmpty())) {
        break;
      }
      if (!compound) {
        words++;
      }
      end++;
    }
    if (words == 1 || COMPOUND_HEADS.contains(norms[end - 1]) || !given && !closesName(end, limit)) {
      return Optional.empty();
    }
    return Optional.of(writtenName(j, end, office, country, body, null));
  }

  /**
   * The subject named by words {@code from} to {@code end} as written, a person no list holds, of the
   * office's role and country; with the id of {@code inside}, the unlisted person the entity layer
   * found in those words, when the name holds that person's name (not one named before in full).
   */
  private Subject writtenName(int from, int end, Offices.Office office, String country, Entity body, Entity inside) {
    String name = IntStream.range(from, end).mapToObj(k -> tokens.get(k).text()).collect(Collectors.joining(" "));
    String role = office == null || office.roles().isEmpty() ? null : office.roles().get(0);
    Entity person = inside != null && inside.nameAr() != null && name.contains(inside.nameAr())
        ? new Entity(inside.id(), name, name, EntityType.PERSON, inside.code(), inside.country(), inside.role(), inside.mentions(), false)
        : new Entity(null, name, name, EntityType.PERSON, null, country, role, List.of(), false);
    return new Subject(Subject.How.NAMED, person, office, country, body, end);
  }

  /**
   * Whether word {@code t} closes a name no list knows after an office ("المتحدث باسم الوزارة
   * رسلان فارانكوف، ..."): a comma, a colon, a quotation mark, the particle أن/إن, or a preposition
   * standing apart before it ("من أن"). A definite office cannot be described by indefinite words after it,
   * so two or three bare words there, closed so, are the holder's name, not words of the sentence.
   */
  private boolean closesName(int t, int limit) {
    if (t >= limit) {
      return false;
    }
    String w = tokens.get(t).text();
    return tokens.get(t).isComma() || w.equals(":") || QuoteMarks.isMark(w.charAt(0)) || lexicon.complementizers.is(w)
        || t + 1 < limit && lexicon.complementizers.is(tokens.get(t + 1).text())
            && lexicon.adjuncts.at(norms, t, t + 1).map(m -> m.value() == Lexicon.Adjunct.PRONOUN).orElse(false);
  }

  /** Whether word {@code t} has the form of a definite nisba adjective ("المصري"، "الإثيوبية"), whatever the entity layer marked. */
  private boolean isNisba(int t) {
    String w = norms[t];
    return Clitics.hasArticle(w) && (w.endsWith("ي") || w.endsWith("ى") || w.endsWith("يه") || w.endsWith("ية"));
  }

  /** How many words of a name the model left out of a person's mention after an office may be read back in, on each side. */
  private static final int LEFT_OUT = 2;

  /**
   * A person only the model found, named at word {@code at} after an office, read with the words
   * of the name it left out ("المتحدث باسمها نبيات جيتاتشو"، "رئيس الوزراء علي الأمين زين"، "الناطق
   * باسم الحكومة عماد الدين بشير إن"): up to {@link #LEFT_OUT} bare words right before it, after the
   * office's words ({@code from}: the first word passed over, or -1) and with no more bare words
   * before them, and up to as many after it
   * when the name is then closed by a comma, a colon or أن/إن ({@link #closesSpokenName}). A definite office is not
   * described by indefinite words, so bare words there are the holder's name. The speaker keeps
   * the entity's id and is named as written.
   */
  private Subject writtenInFull(Entity e, int from, int at, int limit, Offices.Office office, String country, Entity body) {
    int start = at;
    while (from >= 0 && start > from && at - start < LEFT_OUT && isNameWord(start - 1)) {
      start--;
    }
    if (start > from && from >= 0 && isNameWord(start - 1)) {
      start = at; // more bare words than a name leaves out: which are the name's is not known
    }
    int end = mentions.endOf(at);
    int after = end;
    while (after < limit && after - end < LEFT_OUT && isNameWord(after)) {
      after++;
    }
    if (after > end && closesSpokenName(after, limit)) {
      end = after;
    } else {
      after = end;
    }
    if (start == at && after == mentions.endOf(at)) {
      return new Subject(Subject.How.NAMED, e, office, country, body, end);
    }
    String name = IntStream.range(start, end).mapToObj(k -> tokens.get(k).text()).collect(Collectors.joining(" "));
    Entity person = new Entity(e.id(), name, name, EntityType.PERSON, e.code(), e.country(), e.role(), e.mentions(), false);
    return new Subject(Subject.How.NAMED, person, office, country, body, end);
  }

  /**
   * Whether word {@code t} closes a name read on past its mention: a comma, a colon or the particle
   * أن/إن; not a quotation mark, which may close a noun in construct with a quoted name ("ضيف "بوليتكا"").
   */
  private boolean closesSpokenName(int t, int limit) {
    return t < limit && !QuoteMarks.isMark(tokens.get(t).text().charAt(0)) && closesName(t, limit);
  }

  /**
   * A bare word no entity stands for that may be a word of a name, or a common given name ("علي",
   * which normalises as the preposition على): not "على" itself, nor a noun with a possessive
   * pronoun ("باسمها"، "خارجيتها").
   */
  private boolean isNameWord(int t) {
    String w = norms[t];
    boolean possessed = w.length() > 4 && (w.endsWith("ها") || w.endsWith("هم"));
    boolean word = isBareWord(t) || tokens.get(t).kind() == Token.Kind.ARABIC && lexicon.givenNames.contains(norms[t]);
    return mentions.at(t).isEmpty() && !"على".equals(tokens.get(t).text()) && !possessed && word
        && lexicon.offices.at(norms, t, t + 1).isEmpty();
  }

  /** How many words a name set off by commas after an office may have ("قمر الدين فضل المولى"). */
  private static final int APPOSED_NAME = 4;

  /**
   * The holder's name set off by commas right after an office, past the holder's rank, when the
   * entity layer found no person there or only part of the name ("وقال رئيس البلدية، فلان
   * الفلاني، إن"، "وقال والي الولاية المكلف، اللواء الركن فلان الفلاني، إن"): two to
   * {@link #APPOSED_NAME} words, each an Arabic word that is no particle, preposition, verb, office,
   * word of time or common word ({@code entities/common-words.tsv}), nor a word of another entity,
   * closed by the next comma. An office set off by a comma is followed by its holder's name, not
   * by words of the sentence. The speaker keeps the id of the unlisted person found inside (when
   * the name holds that person's name) and is named as written; a person found whole between the commas, or one the knowledge base holds, is
   * read as before.
   */
  private Optional<Subject> nameBetweenCommas(int j, int limit, Offices.Office office, String country, Entity body) {
    int from = pastRanks(j, limit);
    int end = from;
    Entity inside = null;
    while (end < limit && end - from <= APPOSED_NAME && !tokens.get(end).isComma()) {
      Optional<Entity> e = mentions.at(end);
      // the model may split one name in two ("حسن عبدي" and "ورسمه") or take the end of a compound
      // for a word of faith ("شاهد الإسلام"): between the commas, after a name, both are the name's
      boolean split = e.isPresent() && inside != null && !inside.equals(e.get()) && !inside.linked()
          && e.get().type() == EntityType.PERSON && !e.get().linked();
      boolean compoundEnd = e.isPresent() && inside != null && e.get().type() == EntityType.MISC && mentions.endOf(end) == end + 1;
      if (e.isPresent() && !split && !compoundEnd
          && (e.get().type() != EntityType.PERSON || e.get().linked() || inside != null && !inside.equals(e.get()))) {
        return Optional.empty();
      }
      if (e.isEmpty() && !isAppositionWord(end, limit)) {
        return Optional.empty();
      }
      inside = inside != null || compoundEnd ? inside : e.orElse(null);
      end++;
    }
    int words = end - from;
    boolean whole = inside != null && mentions.at(from).isPresent() && mentions.endOf(from) == end;
    if (end >= limit || !tokens.get(end).isComma() || words < 2 || words > APPOSED_NAME || whole) {
      return Optional.empty();
    }
    return Optional.of(writtenName(from, end, office, country, body, inside));
  }

  /**
   * The first word after the ranks and their qualifiers that open at word {@code j} ("اللواء الركن"،
   * "العقيد"), no entity standing for them: where the holder's name begins.
   */
  private int pastRanks(int j, int limit) {
    int from = j;
    while (from < limit && mentions.at(from).isEmpty() && lexicon.offices.at(norms, from, limit).isPresent()) {
      from = lexicon.offices.at(norms, from, limit).get().to();
      while (from < limit && mentions.at(from).isEmpty() && lexicon.titleModifiers.contains(norms[from])) {
        from++;
      }
    }
    return from;
  }

  /**
   * The holder's name set off by commas after the words of an office's domain from word {@code j}
   * ("والي الولاية المكلف، فلان الفلاني،"، "رئيس بلدية المدينة، فلان الفلاني،"): the name after the
   * first comma within a few words ({@link #nameBetweenCommas}), if no punctuation, particle,
   * verb or person comes before it.
   */
  private Optional<Subject> nameAfterDomain(int j, int limit, Offices.Office office, String country, Entity body) {
    int comma = domainComma(j, limit);
    return comma < 0 ? Optional.empty() : nameBetweenCommas(comma + 1, limit, office, country, body);
  }

  /**
   * The comma that closes the rest of an office's domain from word {@code j}, within a few words; -1
   * where a punctuation mark, particle, verb, person or counterpart ("نظيره") comes before it.
   */
  private int domainComma(int j, int limit) {
    for (int k = j; k < limit && k < j + OFFICE_BODY; k++) {
      Token t = tokens.get(k);
      if (t.isComma()) {
        return k;
      }
      if (t.kind() == Token.Kind.PUNCT || endsDomain(k)
          || lexicon.offices.at(norms, k, limit).filter(o -> o.value().isCounterpart()).isPresent()) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether word {@code k} can be no word of an office's domain: a particle, a verb, a person. */
  private boolean endsDomain(int k) {
    return lexicon.complementizers.is(tokens.get(k).text()) || lexicon.verbs.at(tokens, norms, k).isPresent()
        || mentions.at(k).map(e -> e.type() == EntityType.PERSON).orElse(false);
  }

  /**
   * Whether word {@code t} may be a word of a name set off by commas: an Arabic word that is no
   * particle, preposition, verb, office, word of time, relative, common word, nor a word with a
   * preposition written on ("للحزب"); a title last before the comma is a family name ("فلان السيد").
   */
  private boolean isAppositionWord(int t, int limit) {
    String w = norms[t];
    return tokens.get(t).kind() == Token.Kind.ARABIC && !"على".equals(tokens.get(t).text())
        && !lexicon.complementizers.is(tokens.get(t).text()) && lexicon.verbs.at(tokens, norms, t).isEmpty()
        && lexicon.adjuncts.at(norms, t, t + 1).isEmpty() && lexicon.relatives.at(norms, t, t + 1).isEmpty()
        && (lexicon.offices.at(norms, t, limit).isEmpty() || closesAt(t + 1, limit)) && !governed(w)
        && !lexicon.commonWords.contains(w) && !lexicon.commonWords.contains(withoutConjunction(w));
  }

  /** Whether word {@code t} is a comma. */
  private boolean closesAt(int t, int limit) {
    return t < limit && tokens.get(t).isComma();
  }

  /** How many more words a name no entity stands for may have before its office. */
  private static final int NAME_REACH = 4;

  /**
   * "وقال شون سبايسر، المتحدث باسم البيت الأبيض": a spokesperson whose name no entity stands
   * for speaks for the body named after the office, if it is known; read from the words after
   * the first word of the name.
   */
  private Optional<Subject> bodyOfSpokesperson(int j, int limit) {
    for (int k = j; k < limit && k < j + NAME_REACH; k++) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.PUNCT && !t.isComma() || lexicon.complementizers.is(t.text())
          || mentions.at(k).isPresent()) {
        return Optional.empty();
      }
      Optional<PhraseList.Match<Offices.Office>> o = lexicon.offices.at(norms, k, limit);
      if (o.isPresent()) {
        if (!o.get().value().speaksForItsBody()) {
          return Optional.empty();
        }
        Subject s = walk(k, limit);
        return s.how() == Subject.How.OFFICE && s.body() != null
            ? Optional.of(new Subject(Subject.How.NAMED, s.body(), null, null, null, s.end()))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** How many words may follow a quoted name before its closing mark ("حزب التحرير - تونس"). */
  private static final int NAME_TAIL = 2;

  /**
   * A person or organisation named between quotation marks right after the verb: "إعتبر "حزب
   * التحرير - تونس"، أن ...". The marks must hold the name and little more, or they open speech.
   */
  private Optional<Subject> quotedName(int mark, int limit) {
    int k = mark + 1;
    Optional<Entity> e = k < limit ? mentions.at(k).filter(x -> x.type() == EntityType.PERSON || x.type() == EntityType.ORG)
        : Optional.empty();
    if (e.isEmpty()) {
      return Optional.empty();
    }
    int end = mentions.endOf(k);
    for (int c = end; c < limit && c <= end + NAME_TAIL; c++) {
      Token t = tokens.get(c);
      if (t.kind() == Token.Kind.PUNCT && QuoteMarks.isMark(t.text().charAt(0))) {
        return Optional.of(new Subject(Subject.How.NAMED, e.get(), null, null, null, c + 1));
      }
    }
    return Optional.empty();
  }

  /** How many words the name of a body between quotation marks after an office may have. */
  private static final int QUOTED_BODY = 4;

  /**
   * The word after the closing mark of a body's name quoted at word {@code mark} after an office
   * ("رئيس كتلة «التغيير والإصلاح»"): one to {@link #QUOTED_BODY} words, none a particle or a
   * reporting verb; or -1. Where an office's body stands, after باسم or a kind of body, no speech
   * begins.
   */
  private int quotedBodyEnd(int mark, int limit) {
    if (!QuoteMarks.isMark(tokens.get(mark).text().charAt(0))) {
      return -1;
    }
    for (int k = mark + 1; k < limit && k <= mark + QUOTED_BODY + 1; k++) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.PUNCT) {
        return k > mark + 1 && QuoteMarks.isMark(t.text().charAt(0)) ? k + 1 : -1;
      }
      if (lexicon.complementizers.is(t.text()) || lexicon.verbs.at(tokens, norms, k).isPresent()) {
        return -1;
      }
    }
    return -1;
  }

  /** The organisation named between the marks from {@code mark} to {@code after}, else {@code body}. */
  private Entity quotedBody(int mark, int after, Entity body) {
    for (int k = mark + 1; body == null && k < after; k++) {
      body = mentions.at(k).filter(e -> e.type() == EntityType.ORG).orElse(null);
    }
    return body;
  }

  /** A person or organisation named at word {@code j}, past a quotation mark. */
  private Optional<Entity> namedRightAfter(int j, int limit) {
    int k = nextWord(j, limit);
    if (k >= limit) {
      return Optional.empty();
    }
    return mentions.at(k).filter(e -> (e.type() == EntityType.PERSON || e.type() == EntityType.ORG)
        && !governedName(k, e)); // "صرح به لوكالة الأنباء": a complement, not a name after its kind
  }

  private int nextWord(int j, int limit) {
    int k = j;
    while (k < limit && tokens.get(k).kind() == Token.Kind.PUNCT && QuoteMarks.isMark(tokens.get(k).text().charAt(0))) {
      k++;
    }
    return k;
  }

  /** The first word of a person named within a few words from {@code j}, before any punctuation; or -1. */
  private int personShortlyAfter(int j, int limit) {
    for (int k = j; k < limit && k < j + OFFICE_BODY; k++) {
      if (tokens.get(k).kind() == Token.Kind.PUNCT || lexicon.complementizers.is(tokens.get(k).text())
          || lexicon.verbs.at(tokens, norms, k).isPresent()) {
        return -1;
      }
      if (mentions.at(k).map(e -> e.type() == EntityType.PERSON).orElse(false)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The first word of a person named between commas after the rest of an office's domain from word
   * {@code j} ("في المنطقة الغربية، العقيد فلان الفلاني، إن"): within a few words, past a
   * rank, and closed by a comma or a particle; or -1. A punctuation mark, particle, verb, person
   * or counterpart ("نظيره") before the comma ends the domain.
   */
  private int personAfterDomain(int j, int limit) {
    int comma = domainComma(j, limit);
    if (comma < 0) {
      return -1;
    }
    int from = pastRanks(comma + 1, limit);
    boolean person = from < limit && mentions.at(from).map(e -> e.type() == EntityType.PERSON).orElse(false);
    int end = person ? mentions.endOf(from) : -1;
    boolean closed = person && end < limit && (tokens.get(end).isComma() || lexicon.complementizers.is(tokens.get(end).text()));
    return closed ? from : -1;
  }

  /**
   * Whether word {@code t} opens the domain of an office before it: a preposition standing apart
   * ("النائب عن ...", "القيادي في ...") or written on ("الأمين العام لحزب ...").
   */
  static boolean opensDomain(Lexicon lexicon, String[] norms, int t) {
    String w = norms[t];
    return lexicon.adjuncts.at(norms, t, t + 1).map(m -> m.value() == Lexicon.Adjunct.PRONOUN).orElse(false)
        || governed(w) || w.length() > 3 && (w.startsWith("ل") || w.startsWith("ب")) && !w.startsWith("لا");
  }

  /**
   * Whether a word is governed by a preposition written onto it or standing apart ("بالجائر",
   * "للصحفيين", "بـ"): never a subject, so the verb before it has the pronoun.
   */
  private static boolean governed(String w) {
    return w.equals("ب") || w.equals("ل") || Clitics.opensWithPrepositionOnArticle(w);
  }

  private boolean isAuxiliary(int t) {
    return lexicon.adjuncts.at(norms, t, t + 1).map(m -> m.value() == Lexicon.Adjunct.AUXILIARY).orElse(false);
  }

}
