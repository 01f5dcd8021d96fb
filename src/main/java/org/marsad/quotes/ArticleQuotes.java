package org.marsad.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Layer;
import org.marsad.doc.Quote;
import org.marsad.doc.Span;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.Prepositions;
import org.marsad.text.QuoteMarks;
import org.marsad.text.Token;

/**
 * Finds the quotations of one article, reading it once in order so that a speaker the text
 * does not name is the one it has been talking about: first the quoted stretches and the
 * reporting verbs with their subjects, then, sentence by sentence, each verb's speaker, the
 * reported speech after أن/إن, and each quotation's verb and speaker.
 */
final class ArticleQuotes {

  /** How many words after the verb and its subject the particle أن/إن may stand. */
  private static final int REPORT_REACH = 16;

  private final Lexicon lexicon;
  private final AnalyzedText analyzed;
  private final String text;
  private final List<Token> tokens;
  private final String[] norms;
  private final MentionIndex mentions;
  private final boolean[] quoted;
  private final boolean[] spoken;
  private final Cue[] cueAt;
  /** How many words before each word are cues. */
  private final int[] cuesBefore;
  private final Subject[] subjectAt;
  private final Entity[] speakerAt;
  private final boolean[] unknownAt;
  private final int[] sentenceOf;
  private final List<Span> sentenceWords = new ArrayList<>();
  private final List<QuotedStretch> stretches;
  private final List<QuotedStretch> speech = new ArrayList<>();
  private final Discourse discourse;
  private final SubjectFinder subjects;
  private final List<Quote> quotes = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  ArticleQuotes(Lexicon lexicon, AnalyzedText analyzed, List<Entity> entities) {
    this.lexicon = lexicon;
    this.analyzed = analyzed;
    this.text = analyzed.text();
    this.tokens = analyzed.tokens();
    int n = tokens.size();
    norms = new String[n];
    for (int t = 0; t < n; t++) {
      norms[t] = tokens.get(t).norm();
    }
    mentions = new MentionIndex(analyzed, entities.stream().filter(e -> !lexicon.namedByVerb(e)).toList());
    stretches = QuotePairing.in(text, analyzed.paragraphs()).stream().filter(q -> !analyzed.inCaption(q.open()))
        .toList();
    quoted = new boolean[n];
    spoken = new boolean[n];
    for (QuotedStretch q : stretches) {
      for (int t = analyzed.firstTokenAtOrAfter(q.open()); t < n && tokens.get(t).start() < q.after(); t++) {
        quoted[t] = true;
      }
    }
    sentenceOf = new int[n];
    for (Span s : analyzed.sentences()) {
      int from = analyzed.firstTokenAtOrAfter(s.start());
      int to = analyzed.firstTokenAtOrAfter(s.end());
      for (int t = from; t < to; t++) {
        sentenceOf[t] = sentenceWords.size();
      }
      sentenceWords.add(new Span(from, to));
    }
    cueAt = new Cue[n];
    subjectAt = new Subject[n];
    speakerAt = new Entity[n];
    unknownAt = new boolean[n];
    subjects = new SubjectFinder(lexicon, tokens, norms, mentions);
    for (int t = 0; t < n; t++) {
      if (!quoted[t] && !analyzed.inCaption(tokens.get(t).start())) {
        Optional<Cue> cue = lexicon.verbs.at(tokens, norms, t);
        if (cue.isPresent()) {
          cueAt[t] = cue.get();
          Span sentence = sentenceWords.get(sentenceOf[t]);
          subjectAt[t] = lexicon.impersonal.at(norms, t, sentence.end()).isPresent()
              ? new Subject(Subject.How.IMPERSONAL, null, null, null, null, cue.get().end())
              : subjects.of(cue.get(), sentence.start(), sentence.end());
        }
      }
    }
    cuesBefore = new int[n + 1]; // a count, not a scan per quotation: a sentence may hold thousands
    for (int t = 0; t < n; t++) {
      cuesBefore[t + 1] = cuesBefore[t] + (cueAt[t] != null ? 1 : 0);
    }
    discourse = new Discourse(lexicon, tokens, norms, mentions, quoted);
  }

  Layer<Quote> run() {
    for (QuotedStretch q : stretches) {
      if (isSpeech(q)) {
        speech.add(q);
        for (int t = firstWordOf(q); t < tokens.size() && tokens.get(t).start() < q.after(); t++) {
          spoken[t] = true;
        }
      }
    }
    int next = 0; // the next speech stretch to attribute
    QuotedStretch previous = null;
    Quote previousQuote = null;
    for (int s = 0; s < sentenceWords.size(); s++) {
      Span words = sentenceWords.get(s);
      Entity sentenceSpeaker = null;
      boolean firstCue = true;
      Cue.Gender turnTaking = lexicon.turnTaking.at(norms, words.start(), words.end()).map(m -> m.value())
          .orElse(null);
      for (int t = words.start(); t < words.end(); t++) {
        while (next < speech.size() && firstWordOf(speech.get(next)) == t) {
          QuotedStretch q = speech.get(next++);
          Quote quote = attribute(q, words, previous, previousQuote);
          quotes.add(quote);
          if (quote.speaker() != null) {
            sentenceSpeaker = speakerEntity(quote);
          }
          previous = q;
          previousQuote = quote;
        }
        Cue cue = cueAt[t];
        if (cue == null) {
          continue;
        }
        Entity speaker = resolve(cue, sentenceSpeaker, firstCue ? turnTaking : null, words);
        firstCue = false;
        if (speaker != null) {
          sentenceSpeaker = speaker;
          discourse.spoke(speaker, t, cue.gender());
        } else if (unknownAt[t]) {
          discourse.unknownSpoke(cue.gender(), t);
        }
        reported(cue, speaker, words).ifPresent(quotes::add);
      }
    }
    while (next < speech.size()) { // a stretch outside every sentence: keep it, unattributed
      QuotedStretch q = speech.get(next++);
      quotes.add(direct(q, null, null));
    }
    quotes.sort(Comparator.comparingInt(Quote::start));
    return new Layer<>(quotes, warnings);
  }

  private Entity speakerEntity(Quote q) {
    return speakerById.get(q.speaker());
  }

  private final Map<String, Entity> speakerById = new HashMap<>();

  /**
   * The speaker of a reporting verb: named, by office, or by pronoun. {@code turnTaking} is the
   * gender of a "من جانبه" opening the sentence, or null. Null when the text names no one, or
   * someone no entity stands for ({@code unknownAt} then says so).
   */
  private Entity resolve(Cue cue, Entity sentenceSpeaker, Cue.Gender turnTaking, Span words) {
    int at = cue.token();
    if (speakerAt[at] != null || unknownAt[at]) {
      return speakerAt[at];
    }
    Entity speaker = cue.kind() == Cue.Kind.PARTICIPLE ? participleSpeaker(cue, sentenceSpeaker, words)
        : verbSpeaker(cue, sentenceSpeaker, turnTaking, words);
    if (speaker != null) {
      speakerAt[at] = speaker;
      if (speaker.id() != null) { // one named by the article's words only has none (SubjectFinder.unlistedName)
        speakerById.put(speaker.id(), speaker);
      }
    }
    return speaker;
  }

  private Entity verbSpeaker(Cue cue, Entity sentenceSpeaker, Cue.Gender turnTaking, Span words) {
    Subject subject = subjectAt[cue.token()];
    if (subject.how() == Subject.How.PRONOUN && saysWithin(cue.end())) {
      // "انتقد فلان تصريحات علان التي قال فيها": the one named after the statement said it, not
      // the subject of the sentence
      int noun = utteranceBefore(cue.token(), cue.end(), words);
      Optional<Entity> author = noun < 0 ? Optional.empty() : personAfter(noun, cue.token());
      if (author.isPresent()) {
        discourse.learn(author.get(), cue.gender());
        return author.get();
      }
    }
    if (subject.how() == Subject.How.PRONOUN && sentenceSpeaker == null) {
      // "رفض الرئيس ... الاتهامات، وقال": the subject of the verb opening the sentence speaks,
      // before any earlier speaker or the other party after "من جهته"
      Optional<Subject> opening = openingSubject(cue, words);
      if (opening.isPresent()) {
        Entity e = entityOf(opening.get(), cue, false);
        if (e != null) {
          discourse.learn(e, cue.gender());
        }
        return e;
      }
    }
    Optional<Entity> honoured = subject.how() == Subject.How.PRONOUN && sentenceSpeaker == null
        ? honoured(cue.token() + 1) : Optional.empty();
    if (honoured.isPresent()) {
      discourse.learn(honoured.get(), cue.gender());
      return honoured.get();
    }
    if (subject.how() == Subject.How.PRONOUN && cue.token() + 2 < tokens.size()
        && lexicon.visitors.at(norms, cue.token() + 1, cue.token() + 2).isPresent()) {
      // "وقال ضيف المملكة"، "ضيف تونس": the visitor, one of another country than the host
      String host = mentions.at(cue.token() + 2).filter(p -> p.type() == EntityType.GPE)
          .map(p -> p.code() != null ? p.code() : p.country()).orElse(null);
      Entity visitor = discourse.visitor(cue.gender(), cue.token(), host).orElse(null);
      if (visitor != null) {
        discourse.learn(visitor, cue.gender());
      }
      return visitor;
    }
    Entity speaker = switch (subject.how()) {
      case NAMED, OFFICE, UNNAMED, DOCUMENT -> entityOf(subject, cue, turnTaking != null);
      case IMPERSONAL -> null;
      // "من جانبه، قال الضيف المصري": the country the description names says who, before the other party
      case PRONOUN -> subject.country() != null
          ? discourse.pronoun(cue.gender(), cue.token(), subject.country()).orElse(null)
          : turnTaking != null
          ? discourse.otherParty(cue.gender().fits(turnTaking) ? turnTaking : cue.gender(), words.start())
              .orElse(null)
          : describesNounBefore(cue) ? null
          : sentenceSpeaker == null ? subjectOfSentenceBefore(cue, words)
              .or(() -> discourse.pronoun(cue.gender(), cue.token(), subject.country())).orElse(null)
          : discourse.pronoun(cue.gender(), cue.token(), subject.country()).orElse(null);
    };
    if (speaker != null && subject.how() != Subject.How.UNNAMED) {
      discourse.learn(speaker, subject.office() != null && subject.office().gender() != Cue.Gender.UNMARKED
          ? subject.office().gender() : cue.gender());
    }
    if (speaker != null && subject.how() == Subject.How.NAMED && subject.office() != null
        && speaker.type() == EntityType.PERSON) {
      discourse.titled(speaker, subject.office(), subject.country(), subject.body());
    }
    return speaker;
  }

  /**
   * For a verb with a pronoun subject opening its sentence ("وقالت: ..."), the one named as the
   * subject of the verb opening the sentence before, when no one has spoken since that sentence
   * began: "واعتذرت فلانة في تسجيل مصور. وقالت: «...»" is hers, not an earlier speaker's. The verb
   * before agrees with the cue in gender; it may follow one word left of a subheading.
   */
  private Optional<Entity> subjectOfSentenceBefore(Cue cue, Span words) {
    int s = sentenceOf[cue.token()];
    if (cue.token() != words.start() || s == 0) {
      return Optional.empty();
    }
    Span before = sentenceWords.get(s - 1);
    if (discourse.lastTurnToken() >= before.start()) {
      return Optional.empty();
    }
    for (int verb = before.start(); verb < before.end() && verb <= before.start() + 1; verb++) {
      if (quoted[verb] || cueAt[verb] != null || !cue.gender().fits(Cue.Gender.ofPastVerb(norms[verb]))) {
        continue;
      }
      Optional<Entity> named = subjects.ofOpeningVerb(verb, before.end())
          .filter(x -> x.how() == Subject.How.NAMED && x.entity() != null)
          .map(Subject::entity)
          .filter(e -> (e.type() == EntityType.PERSON || e.type() == EntityType.ORG) && discourse.mayBe(e, cue.gender()));
      if (named.isPresent()) {
        return named;
      }
    }
    return Optional.empty();
  }

  /**
   * The entity a subject names: the named one, the holder of the office (an unknown spokesman
   * speaks for his ministry), the last speaker for a document named before, or none, marking the cue's speaker unknown when the text names
   * someone no entity stands for.
   */
  private Entity entityOf(Subject subject, Cue cue, boolean otherThanLast) {
    Entity e = switch (subject.how()) {
      case NAMED -> subject.entity();
      // the holder as a verb before named them in full, where the model cut the name short
      case OFFICE -> discourse.holder(subject.office(), subject.country(), subject.body(), cue.token(), otherThanLast)
          .map(h -> h.id() == null ? h : speakerById.getOrDefault(h.id(), h)).orElse(subject.body());
      case DOCUMENT -> discourse.lastSpeaker().orElse(null); // "وأضاف البيان": the one who issued it
      default -> null;
    };
    unknownAt[cue.token()] = e == null && (subject.how() == Subject.How.UNNAMED || subject.how() == Subject.How.OFFICE)
        && cue.kind() != Cue.Kind.SOURCE && opensClause(cue);
    return e;
  }

  /**
   * Whether a verb inside its clause right after a noun no entity stands for describes that noun,
   * whose pronoun is its subject: "عقب دعوات حذرت من ..." ("calls that warned").
   */
  private boolean describesNounBefore(Cue cue) {
    int t = cue.token();
    if (opensClause(cue)) {
      return false;
    }
    boolean conjunction = norms[t - 1].startsWith("و") || norms[t - 1].startsWith("ف"); // "ومضى يقول": a verb
    return !conjunction && mentions.at(t - 1).isEmpty() && subjects.isBareWord(t - 1)
        && lexicon.relatives.at(norms, t - 1, t).isEmpty()
        && lexicon.offices.endingBefore(norms, t, Math.max(0, t - 4)).isEmpty();
  }

  /**
   * Whether a reporting verb opens its clause, so that the words after it are its subject: at the
   * start of its sentence, after punctuation, with its conjunction (وقال), after a word that
   * opens a clause (فيما، كما) or after the auxiliary قد.
   */
  private boolean opensClause(Cue cue) {
    int t = cue.token();
    Span words = sentenceWords.get(sentenceOf[t]);
    if (t == words.start() || cue.start() > tokens.get(t).start() || tokens.get(t - 1).kind() == Token.Kind.PUNCT
        || lexicon.clauseOpeners.at(norms, t - 1, t).isPresent()) {
      return true;
    }
    // "وكان ... قد قال", "فقد قال"
    return lexicon.adjuncts.at(norms, t - 1, t).map(m -> m.value() == Lexicon.Adjunct.AUXILIARY).orElse(false);
  }

  /**
   * A participle ("مؤكدا") speaks for the subject of its clause: the speaker the sentence has so
   * far, else the one of its first reporting verb (unknown ones included), else the subject of
   * the verb opening it, else the first person it names, else the last speaker.
   */
  private Entity participleSpeaker(Cue cue, Entity sentenceSpeaker, Span words) {
    if (sentenceSpeaker != null) {
      return sentenceSpeaker;
    }
    // "ولم ترد الحكومة، غير أن الوزير فلان كان قد رفض ...، معتبراً": the pluperfect's subject, not
    // an earlier cue's or the opening verb's
    Optional<Entity> pluperfect = subjects.pluperfectSubject(words.start(), cue.token());
    if (pluperfect.isPresent()) {
      return pluperfect.get();
    }
    for (int t = words.start(); t < cue.token(); t++) {
      if (cueAt[t] != null && cueAt[t].kind() != Cue.Kind.SOURCE) {
        unknownAt[cue.token()] = unknownAt[t];
        return speakerAt[t];
      }
    }
    Optional<Subject> opening = openingSubject(cue, words);
    if (opening.isPresent() && opening.get().how() != Subject.How.PRONOUN) {
      return entityOf(opening.get(), cue, false);
    }
    // "وأعرب فخامته عن تقديره ...، قائلا": the one the title's pronoun honours, before the one a
    // pronoun subject would go on with ("ورحب جلالته بالرئيس الضيف، مؤكدا": not the guest named last)
    for (int t = words.start(); t < cue.token() && t < words.start() + OPENER; t++) {
      Optional<Entity> honoured = quoted[t] ? Optional.empty() : honoured(t);
      if (honoured.isPresent()) {
        return honoured.get();
      }
    }
    if (opening.isPresent()) {
      return entityOf(opening.get(), cue, false);
    }
    for (MentionIndex.PersonMention pm : mentions.people()) {
      if (pm.from() >= words.start() && pm.from() < cue.token() && !quoted[pm.from()]) {
        return pm.person();
      }
    }
    return discourse.pronoun(cue.gender(), cue.token()).orElse(null);
  }

  /** How many words after its title a person named with it may stand: "فخامة الرئيس رجب طيب أردوغان". */
  private static final int TITLE_REACH = 4;

  /**
   * When word {@code t} is a title's pronoun standing as a subject ("وقال سموه"، quotes/honorifics.tsv),
   * the person last named with that title before it ("صاحب السمو الشيخ فلان"): the first person
   * named within {@link #TITLE_REACH} words after the title, with no other title between; none when
   * no one was so named.
   */
  private Optional<Entity> honoured(int t) {
    if (t >= tokens.size()) {
      return Optional.empty();
    }
    Set<String> titles = lexicon.honorifics.get(withoutWa(norms[t]));
    if (titles == null) {
      return Optional.empty();
    }
    for (int k = t - 1; k >= 0; k--) {
      if (!titles.contains(norms[k]) && !titles.contains(withoutWa(norms[k]))) {
        continue;
      }
      for (MentionIndex.PersonMention pm : mentions.people()) {
        if (pm.from() > k && pm.from() <= k + TITLE_REACH && pm.from() < t && noTitleBetween(k + 1, pm.from())) {
          return Optional.of(pm.person());
        }
      }
    }
    return Optional.empty();
  }

  /** A word without a leading و ("وفخامة" to "فخامة"); the word itself when it has none. */
  private static String withoutWa(String w) {
    return w.length() > 2 && w.startsWith("و") ? w.substring(1) : w;
  }

  /** Whether no title of address (quotes/honorifics.tsv) stands in words {@code from} to {@code to}, end excluded. */
  private boolean noTitleBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      String w = norms[k];
      if (lexicon.honorifics.values().stream().anyMatch(titles -> titles.contains(w) || titles.contains(withoutWa(w)))) {
        return false;
      }
    }
    return true;
  }

  /** How many words an opening phrase before its comma may have: "في المقابل،", "من جهته،". */
  private static final int OPENER = 4;

  /**
   * The subject of the verb opening the sentence of a cue, past an opening phrase up to its
   * comma: named, an office whose gender does not contradict the cue, or a noun no entity stands
   * for when the verb's written gender does not contradict the cue either.
   */
  private Optional<Subject> openingSubject(Cue cue, Span words) {
    Optional<Subject> s = subjectOfVerbAt(words.start(), cue);
    boolean unnamed = s.map(x -> x.how() == Subject.How.UNNAMED).orElse(false);
    for (int k = words.start(); (s.isEmpty() || unnamed) && k < cue.token() && k < words.start() + OPENER; k++) {
      if (tokens.get(k).isComma()) {
        // "سياسياً، أجرى رئيس الحكومة فلان ...": an adverb before the comma read as a verb has
        // no subject; the verb after the comma, when it names one, opens the clause
        Optional<Subject> after = subjectOfVerbAt(k + 1, cue);
        if (s.isEmpty() || after.map(x -> x.how() == Subject.How.NAMED || x.how() == Subject.How.OFFICE).orElse(false)) {
          s = after;
        }
        break;
      }
    }
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Subject subject = s.get();
    if (subject.office() != null && !cue.gender().fits(subject.office().gender())) {
      return Optional.empty();
    }
    return s;
  }

  /** The subject of the verb at word {@code verb}, when one opens the clause there before the cue. */
  private Optional<Subject> subjectOfVerbAt(int verb, Cue cue) {
    if (verb >= cue.token() || quoted[verb] || cueAt[verb] != null) {
      return Optional.empty();
    }
    return subjects.ofOpeningVerb(verb, cue.token())
        .filter(s -> s.how() != Subject.How.UNNAMED || cue.gender().fits(Cue.Gender.ofPastVerb(norms[verb])));
  }

  /** Reported speech: the clause after أن/إن (or a colon) that follows the verb and its subject. */
  private Optional<Quote> reported(Cue cue, Entity speaker, Span words) {
    if (cue.kind() == Cue.Kind.SOURCE || lexicon.verbs.isResumptive(cue, norms)) {
      return Optional.empty();
    }
    int from = -1;
    if (cue.end() > cue.token() + 1 && lexicon.complementizers.is(tokens.get(cue.end() - 1).text())) {
      from = cue.end();
    } else {
      Subject subject = subjectAt[cue.token()];
      int j = cue.kind() == Cue.Kind.PARTICIPLE ? cue.end() : Math.max(cue.end(), subject.end());
      for (int k = 0; k < REPORT_REACH && j < words.end(); k++, j++) {
        Token t = tokens.get(j);
        if (spoken[j] || cueAt[j] != null) {
          return Optional.empty();
        }
        if (lexicon.complementizers.is(t.text()) || t.text().equals(":")) {
          from = j + 1;
          break;
        }
      }
    }
    while (from >= 0 && from < words.end() && isDash(from)) {
      from++; // "وتابع: — لن نتراجع": the dash that opens a reply is not said
    }
    if (from < 0 || from >= words.end()) {
      return Optional.empty();
    }
    int to = words.end();
    for (int j = from; j < words.end(); j++) {
      if (cueAt[j] != null && j > from && (cueAt[j].kind() == Cue.Kind.PARTICIPLE
          || tokens.get(j - 1).isComma())) {
        to = j;
        break;
      }
    }
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    while (to - 1 > from && tokens.get(to - 1).kind() == Token.Kind.PUNCT && !isMarkToken(to - 1)) {
      to--;
      end = tokens.get(to - 1).end();
    }
    Span clause = new Span(start, end);
    for (QuotedStretch q : speech) {
      if (clause.overlaps(new Span(q.open(), q.after()))) {
        return Optional.empty(); // the quoted words are the record
      }
    }
    if (tokens.get(from).kind() == Token.Kind.PUNCT && isMarkToken(from)) {
      return Optional.empty();
    }
    return Optional.of(new Quote(start, end, text.substring(start, end), speaker == null ? null : speaker.id(),
        speaker == null ? null : speaker.name(), cue.text(), false));
  }

  private boolean isDash(int t) {
    Token tok = tokens.get(t);
    return tok.kind() == Token.Kind.PUNCT && tok.text().length() == 1 && "-–—".indexOf(tok.text().charAt(0)) >= 0;
  }

  private boolean isMarkToken(int t) {
    Token tok = tokens.get(t);
    return tok.kind() == Token.Kind.PUNCT && QuoteMarks.isMarkAt(text, tok.start());
  }

  /** A quotation's verb and speaker: the nearest verb before it in its sentence, or right after it. */
  private Quote attribute(QuotedStretch q, Span words, QuotedStretch previous, Quote previousQuote) {
    int mark = firstWordOf(q);
    Optional<Entity> issuer = issuerBeforeWithin(mark, words);
    if (issuer.isPresent()) {
      return remember(direct(q, null, issuer.get()), issuer.get(), mark);
    }
    for (int t = mark - 1; t >= words.start(); t--) {
      if (cueAt[t] != null && !embedded(t, words) && !isDescribedWords(t, mark)) {
        if (cueAt[t].kind() == Cue.Kind.PARTICIPLE && t > words.start() && cueAt[t - 1] != null
            && cueAt[t - 1].kind() == Cue.Kind.VERB) {
          t--; // "وأردف قائلا": the participle only says that he spoke; the verb is the cue
        }
        Cue cue = cueAt[t];
        Entity speaker = speakerAt[t];
        if (speaker == null && cue.kind() == Cue.Kind.SOURCE) {
          // "وكشف مصدر في الخارجية، حسب ما نقله الموقع، أن "..."": the medium does not speak; the verb before does
          Optional<Cue> verb = speakingVerbBefore(t, words);
          if (verb.isPresent()) {
            cue = verb.get();
            speaker = speakerAt[cue.token()];
          }
        }
        return remember(direct(q, cue, speaker), speaker, mark);
      }
    }
    Optional<Cue> after = cueAfter(q, words).or(() -> cueAfterLastPart(q));
    if (after.isPresent()) {
      Entity speaker = resolve(after.get(), null, null, words);
      if (speaker == null && unknownAt[after.get().token()]) {
        discourse.unknownSpoke(after.get().gender(), mark);
      }
      return remember(direct(q, after.get(), speaker), speaker, mark);
    }
    Optional<PhraseList.Match<Lexicon.AfterQuote>> pointer = pointerAfter(q, words);
    if (pointer.isPresent()) {
      // ""..."، وفق تعبيره": the one the sentence names before the quotation, else the last speaker of that gender
      Cue.Gender gender = pointer.get().value().gender();
      Entity speaker = discourse.firstPersonIn(words.start(), mark, gender)
          .or(() -> discourse.pronoun(gender, mark)).orElse(null);
      if (speaker != null) {
        discourse.learn(speaker, gender);
      }
      String cue = text.substring(tokens.get(pointer.get().from()).start(), tokens.get(pointer.get().to() - 1).end());
      return remember(new Quote(q.start(), q.end(), text.substring(q.start(), q.end()),
          speaker == null ? null : speaker.id(), speaker == null ? null : speaker.name(), cue, true), speaker, mark);
    }
    Span paragraph = paragraphOf(q.open());
    if (previous != null && previousQuote != null && startsParagraph(q, paragraph)
        && endsParagraph(previous) && paragraphIndex(previous.open()) == paragraphIndex(q.open()) - 1) {
      Entity speaker = speakerById.get(previousQuote.speaker());
      return remember(new Quote(q.start(), q.end(), text.substring(q.start(), q.end()), previousQuote.speaker(),
          previousQuote.speakerName(), previousQuote.cue(), true), speaker, mark);
    }
    Optional<Cue> lead = cueBeforeColon(q);
    if (lead.isPresent()) {
      Entity speaker = speakerAt[lead.get().token()];
      return remember(direct(q, lead.get(), speaker), speaker, mark);
    }
    Optional<Entity> headline = namedBeforeColon(mark, words);
    if (headline.isPresent()) {
      return remember(direct(q, null, headline.get()), headline.get(), mark);
    }
    if (!endsSentence(q, words)) {
      return direct(q, null, null); // words after it say who spoke, in a way not understood here
    }
    Optional<Entity> last = discourse.lastSpeaker();
    return remember(direct(q, null, last.orElse(null)), last.orElse(null), mark);
  }

  /** How many words before its verb a statement that "فيه" points back to may be named. */
  private static final int UTTERANCE_REACH = 25;

  /** The prepositions before a person that make him the one a statement was sent to, not its author. */
  private static final Set<String> ADDRESSEE_PREPOSITIONS = Stream.of("إلى", "على", "مع", "ضد", "لدى", "عن", "من", "نحو")
      .map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

  /** Whether word {@code t} is "فيه"/"فيها": the verb before it reports what a statement says. */
  private boolean saysWithin(int t) {
    return t < tokens.size() && (norms[t].equals("فيه") || norms[t].equals("فيها"));
  }

  /**
   * The word of the nearest statement noun (quotes/utterances.tsv) before the verb at {@code verb}
   * in its sentence, of the gender of the "فيه"/"فيها" at {@code within}, with no quotation or stop
   * between: "بيانا" of "أصدرت الحركة بيانا قالت فيه"; or -1.
   */
  private int utteranceBefore(int verb, int within, Span words) {
    Cue.Gender pronoun = norms[within].equals("فيها") ? Cue.Gender.FEMININE : Cue.Gender.MASCULINE;
    for (int k = verb - 1; k >= words.start() && k >= verb - UTTERANCE_REACH; k--) {
      Token t = tokens.get(k);
      if (quoted[k] || t.kind() == Token.Kind.PUNCT && !t.isComma()) {
        return -1;
      }
      if (mentions.at(k).isEmpty() && lexicon.utterances.at(norms, k, k + 1).filter(m -> m.value() == pronoun).isPresent()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The first person named between a statement noun at {@code noun} and its verb at {@code verb},
   * its author ("تصريحات علان"، "التصريحات التي أدلى بها علان"); none when a preposition comes
   * first, which names the one it was sent to ("برقية إلى الرئيس فلان").
   */
  private Optional<Entity> personAfter(int noun, int verb) {
    for (int j = noun + 1; j < verb; j++) {
      if (quoted[j]) {
        return Optional.empty();
      }
      Optional<Entity> e = mentions.at(j);
      if (e.isPresent() && e.get().type() == EntityType.PERSON) {
        return e;
      }
      if (ADDRESSEE_PREPOSITIONS.contains(norms[j]) || Clitics.opensWithPrepositionOnArticle(norms[j])) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * For a quotation after "جاء فيها:" (quotes/within-verbs.tsv) that follows a statement noun, the
   * one who issued it: a person named after the noun, else the subject of the verb opening the
   * sentence, named or by office, "بعث الرئيس فلان برقية تعزية جاء فيها: «...»".
   */
  private Optional<Entity> issuerBeforeWithin(int mark, Span words) {
    int k = mark - 1;
    if (k >= words.start() && tokens.get(k).text().equals(":")) {
      k--;
    }
    if (k - 1 < words.start() || !saysWithin(k) || lexicon.withinVerbs.at(norms, k - 1, k).isEmpty()) {
      return Optional.empty();
    }
    int verb = k - 1;
    int noun = utteranceBefore(verb, k, words);
    if (noun < 0) {
      return Optional.empty();
    }
    Optional<Entity> author = personAfter(noun, verb);
    if (author.isPresent()) {
      return author;
    }
    int opening = words.start();
    if (lexicon.adjuncts.at(norms, opening, opening + 1).map(m -> m.value() == Lexicon.Adjunct.AUXILIARY).orElse(false)) {
      opening++; // "وقد بعث"
    }
    Optional<Subject> subject = opening < noun ? subjects.ofOpeningVerb(opening, noun) : Optional.empty();
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    Subject s = subject.get();
    return switch (s.how()) {
      case NAMED -> Optional.of(s.entity());
      // "بعث رئيس الجمهورية، ...، السيد فلان، برقية": the office's holder, named after it
      case OFFICE -> discourse.holder(s.office(), s.country(), s.body(), mark, false);
      default -> Optional.empty();
    };
  }

  /** The nearest reporting verb before word {@code t} in its sentence that has a speaker. */
  private Optional<Cue> speakingVerbBefore(int t, Span words) {
    for (int k = t - 1; k >= words.start(); k--) {
      if (cueAt[k] != null && cueAt[k].kind() != Cue.Kind.SOURCE && speakerAt[k] != null) {
        return Optional.of(cueAt[k]);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the verb at {@code t}, whose speaker is unknown, only belongs to words already
   * reported: "قال الوزير إن بلاده تعتبر "..."" is the minister's.
   */
  private boolean embedded(int t, Span words) {
    if (speakerAt[t] != null || subjectAt[t] == null) {
      return false;
    }
    boolean particle = false;
    for (int k = t - 1; k >= words.start(); k--) {
      particle |= lexicon.complementizers.is(tokens.get(k).text());
      if (cueAt[k] != null && particle && speakerAt[k] != null) {
        return true;
      }
    }
    return false;
  }

  /** "ما" "what", the object of a verb of describing before a relative clause ("واصفا ما أعلنته الحكومة"). */
  private static final String WHAT = "ما";

  /**
   * Whether the cue at {@code t} is the verb of a relative clause that is the object of a verb of
   * describing just before it, whose preposition then introduces the quotation at {@code mark}:
   * "واصفا ما أعلنته الحكومة بأنه "..."" quotes the one who describes, not the government. The dev
   * sets: 1 (heldout14); jawharafm: 1 ("واصفة ما يحصل ... "بالكارثة""), its verb no cue.
   */
  private boolean isDescribedWords(int t, int mark) {
    if (t < 2 || cueAt[t - 2] == null || !norms[t - 1].equals(WHAT)) {
      return false;
    }
    String preposition = lexicon.objectVerbs.get(cueAt[t - 2].verb());
    if (preposition == null) {
      return false;
    }
    for (int k = cueAt[t].end(); k < mark; k++) {
      if (norms[k].equals(preposition) || norms[k].startsWith(preposition) && lexicon.complementizers.is(tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  private Quote remember(Quote quote, Entity speaker, int token) {
    if (speaker != null) {
      speakerById.put(speaker.id(), speaker);
      discourse.spoke(speaker, token);
    }
    return quote;
  }

  private Quote direct(QuotedStretch q, Cue cue, Entity speaker) {
    if (!q.closed() && !q.continued()) {
      String opening = text.substring(q.start(), Math.min(q.end(), q.start() + 30));
      warnings.add("quotation opened at " + q.open() + " (\"" + opening + "…\") is not closed: it ends with its paragraph at "
          + q.close());
    }
    return new Quote(q.start(), q.end(), text.substring(q.start(), q.end()), speaker == null ? null : speaker.id(),
        speaker == null ? null : speaker.name(), cue == null ? null : cue.text(), true);
  }

  /** The last reporting verb of the paragraph before, when that paragraph ends with a colon. */
  private Optional<Cue> cueBeforeColon(QuotedStretch q) {
    int p = paragraphIndex(q.open());
    if (p == 0 || !startsParagraph(q, paragraphOf(q.open()))) {
      return Optional.empty();
    }
    Span before = analyzed.paragraphs().get(p - 1);
    if (text.charAt(before.end() - 1) != ':') {
      return Optional.empty();
    }
    for (int t = analyzed.firstTokenAtOrAfter(before.end()) - 1; t >= 0 && tokens.get(t).start() >= before.start(); t--) {
      if (cueAt[t] != null) {
        return Optional.of(cueAt[t]);
      }
    }
    return Optional.empty();
  }

  /**
   * A reporting verb right after the closing mark: ""..."، قال الوزير", past a phrase that leads
   * to it (""..."، وفق ما صرح به الوزير", ""..."، بهذه الكلمات علق الوزير").
   */
  private Optional<Cue> cueAfter(QuotedStretch q, Span words) {
    int t = analyzed.firstTokenAtOrAfter(q.after());
    for (int k = 0; k < 3 && t < words.end(); k++, t++) {
      final int at = t; // the longest phrase, else the word alone: "كما" of "كما قالت ميلوني"
      Optional<PhraseList.Match<Lexicon.AfterQuote>> lead = lexicon.afterQuote.at(norms, t, words.end())
          .filter(m -> m.value().lead())
          .or(() -> lexicon.afterQuote.at(norms, at, at + 1).filter(m -> m.value().lead()));
      if (lead.isPresent()) {
        t = lead.get().to() - 1; // "وفق ما": not the source word وفق, the verb after it
        continue;
      }
      if (cueAt[t] != null && lexicon.verbs.onlyBefore(cueAt[t])) {
        return Optional.empty(); // ""..."، وحمّلت السلطات المسؤولية": a new clause, not the quotation's verb
      }
      if (cueAt[t] != null) {
        // ""..."، وفق تعبيره": the source word begins a phrase pointing back to the speaker, named by no word after it
        boolean pointer = cueAt[t].kind() == Cue.Kind.SOURCE
            && lexicon.afterQuote.at(norms, t, words.end()).filter(m -> !m.value().lead()).isPresent();
        return cueAt[t].kind() == Cue.Kind.PARTICIPLE || pointer ? Optional.empty() : Optional.of(cueAt[t]);
      }
      if (tokens.get(t).kind() != Token.Kind.PUNCT) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** For a quotation over paragraphs, the verb right after its last part: «...\n«...»، أضاف الوزير. */
  private Optional<Cue> cueAfterLastPart(QuotedStretch q) {
    int i = speech.indexOf(q);
    QuotedStretch part = q;
    while (part.continued() && i + 1 < speech.size()) {
      part = speech.get(++i);
      Span words = sentenceWords.get(sentenceOf[Math.min(firstWordOf(part), tokens.size() - 1)]);
      Optional<Cue> after = cueAfter(part, words);
      if (after.isPresent()) {
        return after;
      }
    }
    return Optional.empty();
  }

  /** A phrase right after the closing mark that points back to the speaker: "، على حد تعبيره". */
  private Optional<PhraseList.Match<Lexicon.AfterQuote>> pointerAfter(QuotedStretch q, Span words) {
    int t = analyzed.firstTokenAtOrAfter(q.after());
    while (t < words.end() && tokens.get(t).kind() == Token.Kind.PUNCT && !isMarkToken(t)) {
      t++;
    }
    return lexicon.afterQuote.at(norms, t, words.end()).filter(m -> !m.value().lead());
  }

  private boolean isSpeech(QuotedStretch q) {
    int mark = firstWordOf(q);
    Span paragraph = paragraphOf(q.open());
    List<Token> inside = analyzed.tokensIn(new Span(q.start(), q.end()));
    int prev = mark - 1;
    boolean hasPrev = prev >= 0 && tokens.get(prev).start() >= paragraph.start();
    boolean colon = false;
    boolean introduced = false;
    boolean afterTermHead = false;
    if (hasPrev) {
      Token p = tokens.get(prev);
      colon = p.text().equals(":") && !placeAloneBefore(prev, paragraph);
      introduced = lexicon.complementizers.is(p.text()) && inside.size() > NameOrSpeech.SHORT
          || introducedBySubject(mark, paragraph);
      int end = mark;
      if (norms[prev].equals("ب") || norms[prev].equals("ل")) {
        end = prev; // "ما يسمى بـ"
      }
      afterTermHead = end > 0 && tokens.get(end - 1).start() >= paragraph.start()
          && (lexicon.termHeads.endingBefore(norms, end, Math.max(0, end - 4)).isPresent() || definiteHead(end - 1));
    }
    if (startsParagraph(q, paragraph)) {
      // words going on from a quotation of the paragraph before, or after a paragraph ending "قال:"
      colon |= q.open() == q.start() || cueBeforeColon(q).isPresent();
    }
    Span words = sentenceWords.get(sentenceOf[Math.min(mark, tokens.size() - 1)]);
    boolean cueInSentence = words.start() < mark && cuesBefore[mark] > cuesBefore[words.start()];
    cueInSentence |= cueAfter(q, words).isPresent() || pointerAfter(q, words).isPresent();
    // a paragraph that opens with quoted words is speech when they stand apart: not the subject
    // of a sentence going on after them ("\"...\" يفوز بالانتخابات")
    int after = analyzed.firstTokenAtOrAfter(q.after());
    boolean standsApart = after >= words.end() || tokens.get(after).kind() == Token.Kind.PUNCT;
    if (!standsApart && inside.stream().filter(t -> t.kind() != Token.Kind.PUNCT).count() <= NameOrSpeech.SHORT
        && cueAfter(q, words).isEmpty()) {
      introduced = false; // the clause goes on after a few quoted words: a name ("أن "تيار المحبة" سيواصل")
    }
    // "اتهمه بـ"..." وبـ"..."": the second complement of the same verb, joined by و
    String preposition = hasPrev && norms[prev].length() > 1 && norms[prev].startsWith("و") ? norms[prev].substring(1)
        : hasPrev ? norms[prev] : "";
    boolean charged = hasPrev && (COMPLEMENT_PREPOSITIONS.contains(preposition)
        || lexicon.complementizers.is(tokens.get(prev).text())) && chargingVerbBefore(words.start(), mark);
    int firstWord = analyzed.firstTokenAtOrAfter(q.start());
    boolean verbFirst = firstWord < tokens.size() && tokens.get(firstWord).start() < q.end()
        && lexicon.opensWithVerb(norms[firstWord]) && mentions.at(firstWord).isEmpty();
    boolean predicate = hasPrev && !afterTermHead && (standsApart || verbFirst)
        && predicateOfReport(mark, words);
    // "وقالت الوزارة إنها "تتابع عن كثب" القضية": the pronoun on the particle is the subject, the
    // quoted verb its predicate; "الطائرات التي "تحصد الأرواح"": the relative is, and the quoted verb
    // opens the clause describing the noun, in the words of the one a verb of the sentence reports
    predicate |= hasPrev && verbFirst && (lexicon.complementizers.carriesPronoun(tokens.get(prev).text())
        || lexicon.relatives.at(norms, prev, prev + 1).isPresent()) && cuesBefore[prev] > cuesBefore[words.start()];
    return NameOrSpeech.isSpeech(inside, new NameOrSpeech.Context(colon, introduced, afterTermHead, cueInSentence,
        startsParagraph(q, paragraph) && standsApart, charged, predicate, oneName(firstWord, q)));
  }

  /**
   * Whether the words of a quoted stretch, from word {@code first}, are all one entity's mention:
   * "وكالة الأنباء السعودية "واس""، "الطفل "محمد أبو خضير"" name someone; no one is quoted saying it.
   */
  private boolean oneName(int first, QuotedStretch q) {
    if (first >= tokens.size() || tokens.get(first).start() >= q.end() || mentions.at(first).isEmpty()) {
      return false;
    }
    int end = mentions.endOf(first);
    for (int t = end; t < tokens.size() && tokens.get(t).start() < q.end(); t++) {
      if (tokens.get(t).kind() != Token.Kind.PUNCT) {
        return false;
      }
    }
    return true;
  }

  /** How many words the subject of a reported clause may have between أن/إن and a quoted predicate. */
  private static final int PREDICATE_SUBJECT = 5;

  /**
   * Whether the mark at word {@code mark} opens the predicate of a clause that a reporting verb of
   * its sentence opens with أن/إن: one to five words of its subject between ("إن الاحتجاجات"،
   * "أن الوضع الصحي في الفاشر"), none a quotation mark, a verb or punctuation, and the last not a
   * preposition or governed by one ("من"، "بالـ"), whose complement a quoted term would be.
   * In jawharafm, 13 of the 14 quoted stretches of one to three words in that place are the
   * speaker's words ("اعتبر أن الأمر "خطير وغريب""); the other is a name after a noun that introduces names.
   * When the quoted words open with a verb ({@code verbFirst}: "لن"، "تتابع") they are the predicate
   * even when the clause goes on after them ("أن الوزارة "تتابع عن كثب" القضية").
   */
  private boolean predicateOfReport(int mark, Span words) {
    for (int k = mark - 1; k >= words.start() && k >= mark - 1 - PREDICATE_SUBJECT; k--) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.PUNCT || quoted[k] || cueAt[k] != null) {
        return false;
      }
      if (lexicon.complementizers.is(t.text())) {
        return k < mark - 1 && cuesBefore[k] > cuesBefore[words.start()] && !governsNext(mark - 1);
      }
    }
    return false;
  }

  /** Whether word {@code t} is a preposition or has one written on, so that what follows it is its complement. */
  private boolean governsNext(int t) {
    String w = norms[t];
    return COMPLEMENT_PREPOSITIONS.contains(w) || w.equals("في") || w.equals("مع") || w.equals("ضد")
        || Clitics.opensWithPrepositionOnArticle(w) || lexicon.adjuncts.at(norms, t, t + 1).isPresent();
  }

  /** The prepositions that lead the complement of an accusing or warning verb ({@code complement} of text/prepositions.tsv). */
  private static final Set<String> COMPLEMENT_PREPOSITIONS = Prepositions.of(Prepositions.Use.COMPLEMENT);

  /** Whether a verb of accusing, warning or urging stands in the sentence before word {@code to}. */
  private boolean chargingVerbBefore(int from, int to) {
    for (int t = from; t < to; t++) {
      if (cueAt[t] != null && lexicon.chargingVerbs.contains(cueAt[t].verb())) {
        return true;
      }
    }
    return false;
  }

  /** A noun that introduces names, with the article: "السفينة "..."", "الصحيفة "..."". */
  private boolean definiteHead(int t) {
    String stem = Clitics.withoutArticle(norms[t]);
    return stem.length() < norms[t].length()
        && lexicon.termHeads.at(new String[] {stem}, 0, 1).filter(m -> m.to() == 1).isPresent();
  }

  /** Whether a reporting verb, with its subject if any, leads straight into the mark. */
  private boolean introducedBySubject(int mark, Span paragraph) {
    for (int t = mark - 1; t >= 0 && t >= mark - 12 && tokens.get(t).start() >= paragraph.start(); t--) {
      Cue cue = cueAt[t];
      if (cue == null) {
        continue;
      }
      int end = cue.kind() == Cue.Kind.PARTICIPLE ? cue.end() : Math.max(cue.end(), subjectAt[t].end());
      while (end < mark && tokens.get(end).isComma()) {
        end++;
      }
      return end == mark;
    }
    return false;
  }

  private int firstWordOf(QuotedStretch q) {
    return analyzed.firstTokenAtOrAfter(q.open());
  }

  private boolean startsParagraph(QuotedStretch q, Span paragraph) {
    for (int i = paragraph.start(); i < q.open(); i++) {
      char c = text.charAt(i);
      if (!QuotePairing.isBlank(c) && "-–—".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private boolean endsParagraph(QuotedStretch q) {
    Span p = paragraphOf(q.open());
    for (int i = q.after(); i < p.end(); i++) {
      char c = text.charAt(i);
      if (!QuotePairing.isBlank(c) && ".،,!؟?".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A person or organisation named right before the colon of a quotation that no verb
   * reports: "بومبيو: "..."", "وجاء في بيان للخارجية الروسية: "..."".
   */
  private Optional<Entity> namedBeforeColon(int mark, Span words) {
    int colon = mark - 1;
    if (colon <= words.start() || !tokens.get(colon).text().equals(":")) {
      return Optional.empty();
    }
    int t = colon - 1;
    while (t > words.start() && mentions.at(t).map(e -> e.type() == EntityType.GPE).orElse(false)
        && mentions.at(t - 1).map(e -> e.type() == EntityType.ORG).orElse(false)) {
      t--; // "الخارجية الروسية": the country adjective of an organisation
    }
    return mentions.at(t).filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORG);
  }

  /**
   * Whether the words of the paragraph before the colon at {@code colon} are a place's name and
   * nothing else: the dateline of a paper that credits itself in quotation marks ("باريس:
   * «الشرق الأوسط»"), where no one speaks.
   */
  private boolean placeAloneBefore(int colon, Span paragraph) {
    int t = colon - 1;
    if (t < 0 || tokens.get(t).start() < paragraph.start()) {
      return false;
    }
    for (; t >= 0 && tokens.get(t).start() >= paragraph.start(); t--) {
      boolean place = mentions.at(t).map(e -> e.type() == EntityType.GPE || e.type() == EntityType.LOC).orElse(false);
      if (!place) {
        return false;
      }
    }
    return true;
  }

  /** Whether only punctuation follows the quotation in its sentence. */
  private boolean endsSentence(QuotedStretch q, Span words) {
    for (int t = analyzed.firstTokenAtOrAfter(q.after()); t < words.end(); t++) {
      if (tokens.get(t).kind() != Token.Kind.PUNCT) {
        return false;
      }
    }
    return true;
  }

  private Span paragraphOf(int offset) {
    return analyzed.paragraphs().get(paragraphIndex(offset));
  }

  private int paragraphIndex(int offset) {
    List<Span> ps = analyzed.paragraphs();
    int lo = 0;
    int hi = ps.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (ps.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
