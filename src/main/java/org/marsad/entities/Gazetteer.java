package org.marsad.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.marsad.text.Affixes;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * Every name Marsad looks for in one {@link NameTrie}: the knowledge base's Arabic and Latin
 * names, the countries' nisba adjectives in all their forms and their irregular plurals, and
 * the offices of {@code entities/offices.tsv}. People's names are entered also by their
 * skeleton, so transliteration variants meet. Built once; read by every thread.
 */
final class Gazetteer {

  private final NameTrie<Target> trie = new NameTrie<>();
  /** The names read only in context ({@link KbEntity#namesInContext}). */
  private final NameTrie<Target> inContext = new NameTrie<>();
  /** Per kind of entry ("clubs"), the keys of the words that name the kind right before a name ("نادي"). */
  private final Map<String, Set<String>> heads = new HashMap<>();
  /** Per kind of entry, the keys of the words that set the scene within {@link #NEAR} words ("مباراة"). */
  private final Map<String, Set<String>> sceneWords = new HashMap<>();
  /**
   * The kind of the sports clubs: read before its own country's nisba only in the masculine, as the
   * club's adjective agrees with "النادي" (ANERcorp train.tsv: an organisation tagged right before its
   * country's nisba 58 times, 37 masculine, the clubs among them, "الاتفاق السعودي"; 21 feminine, none a
   * club: newspapers, companies, universities; "الشرطة العراقية" is the police, as "الشرطة" before a
   * country's nisba is untagged 13 of 13).
   */
  private static final String CLUBS = "clubs";

  /** The kinds of entry whose name is read before its own country's nisba ("الهلال السعودي"). */
  private final Set<String> nisbaKinds = new HashSet<>();
  /** How {@code context-words.tsv} writes "the nisba adjective of the entity's own country". */
  private static final String OWN_NISBA = "nisba";
  /** How {@code context-words.tsv} writes "a match's score or a fixture" ("2 - 1"، "X ( إسبانيا ) - Y"). */
  private static final String SCORE = "score";
  /** The kinds of entry whose scene a score or a fixture sets. */
  private final Set<String> scoreKinds = new HashSet<>();
  /** How {@code context-words.tsv} writes "the name alone between quotation marks" ("« الشرق الأوسط »"). */
  private static final String QUOTED = "quoted";
  /** The kinds of entry whose name alone between quotation marks is the entry (an outlet's: "لـ« الحياة »"). */
  private final Set<String> quotedKinds = new HashSet<>();
  private final Set<String> commonWords;
  /** The forms of the verbs of {@code verbs.tsv} (قال، أكد، انتقد ...), keyed. */
  private final Set<String> verbs;
  /** Everyday words a name meets only by folded or skeleton keys ({@code lookalikes.tsv}), normalised. */
  private final Set<String> lookalikes;
  private final Set<String> officeModifiers;
  private final Set<String> givenNames;
  private final Set<String> organisationHeads;
  /** Kinds of institution named by the article and an adjective ({@code kind-and-adjective.tsv}: "البنك"). */
  private final Set<String> adjectiveNamedKinds;
  /** Words naming a body's kind right before its name, outside it ({@code kind-before-name.tsv}: "فريق"). */
  private final Set<String> kindsBeforeName;
  private final Set<String> familyNameFirst;
  private final Set<String> notBefore = new HashSet<>();
  private final Map<String, Office> countryOffices = new HashMap<>();
  /** The keys of the offices of one word ("السفير"، "ممثل"). */
  private final Set<String> oneWordOffices = new HashSet<>();
  private final Map<String, String> roleClasses = new HashMap<>();
  /** The medium each word naming an outlet's kind stands for ({@code outlet-media.tsv}: "قناة" broadcast), by key. */
  private final Map<String, String> mediumWords = new HashMap<>();
  /** Per entity id, the media its listed names open with ("صحيفة النهار": print); none for most entities. */
  private final Map<String, Set<String>> entityMedia = new HashMap<>();
  /** The ids of the countries' capitals ({@code countries.tsv}, field 6). */
  private final Set<String> capitals = new HashSet<>();

  Gazetteer(KnowledgeBase kb) {
    for (KbEntity e : kb.entities()) {
      if (e.isCountry() && !e.capital().isEmpty()) {
        capitals.add(e.capital());
      }
    }
    Set<String> common = new HashSet<>(words("entities/common-words.tsv"));
    this.verbs = verbForms();
    common.addAll(verbs);
    this.commonWords = Set.copyOf(common);
    this.lookalikes = Set.copyOf(DataFiles.lines("entities/lookalikes.tsv").stream()
        .map(ArabicNormalizer::normalize).toList());
    this.officeModifiers = words("entities/office-modifiers.tsv");
    this.givenNames = words("entities/given-names.tsv");
    this.organisationHeads = words("entities/organisation-heads.tsv");
    this.adjectiveNamedKinds = words("entities/kind-and-adjective.tsv");
    this.kindsBeforeName = words("entities/kind-before-name.tsv");
    this.familyNameFirst = Set.copyOf(DataFiles.lines("entities/family-name-first.tsv"));
    for (DataFiles.Row row : DataFiles.rows("entities/not-before.tsv", 2)) {
      notBefore.add(String.join(" ", keys(row.field(0))) + "\t" + NameKeys.key(row.field(1)));
    }
    for (DataFiles.Row row : DataFiles.rows("entities/context-words.tsv", 3)) {
      Set<String> kinds = switch (row.field(2)) {
        case "after" -> markerKinds(row, OWN_NISBA, nisbaKinds);
        case "around" -> markerKinds(row, QUOTED, quotedKinds);
        case "near" -> row.field(0).equals(SCORE) ? scoreKinds : null;
        default -> null;
      };
      if (kinds != null) {
        for (String kind : row.field(1).split("\\|")) {
          kinds.add(kind.strip());
        }
        continue;
      }
      Map<String, Set<String>> into = switch (row.field(2)) {
        case "before" -> heads;
        case "near" -> sceneWords;
        default -> throw row.error("before, near, after or around in field 3");
      };
      for (String kind : row.field(1).split("\\|")) {
        into.computeIfAbsent(kind.strip(), k -> new HashSet<>()).add(NameKeys.key(row.field(0)));
      }
    }
    trie.quoteAfter(words("entities/quoted-name-heads.tsv"));
    for (DataFiles.Row row : DataFiles.rows("entities/outlet-media.tsv", 2)) {
      mediumWords.put(NameKeys.key(row.field(0)), row.field(1));
    }
    for (KbEntity e : kb.entities()) {
      for (String name : e.arabicNames()) {
        add(name, new Target.Known(e, false), e.isPerson());
        if (e.isPerson()) {
          for (String other : AbdSpellings.others(name)) {
            if (!e.arabicNames().contains(other)) {
              add(other, new Target.Known(e, false), true); // "عبداللطيف بن راشد الزياني"
            }
          }
        }
      }
      for (String name : e.namesInContext()) {
        inContext.add(keys(name), new Target.Known(e, false));
      }
      for (String name : e.arabicNames()) {
        String medium = mediumWords.get(keys(name).get(0));
        if (medium != null) {
          entityMedia.computeIfAbsent(e.id(), k -> new HashSet<>()).add(medium);
        }
      }
      for (String name : e.latinNames()) {
        add(name, new Target.Known(e, false), false);
      }
      for (String nisba : e.nisbas()) {
        for (String form : NisbaForms.of(nisba)) {
          add(form, new Target.Known(e, true), false);
        }
      }
      for (String plural : e.plurals()) {
        for (String form : NisbaForms.ofPlural(plural)) {
          add(form, new Target.Known(e, true), false);
        }
      }
    }
    for (KbEntity e : kb.entities()) {
      for (String nisba : e.nisbas()) {
        String form = NisbaForms.accusative(nisba);
        if (!trie.contains(keys(form)) && !opensOwnName(e, form)) { // "إسبانيا" is Spain, "برازيليا" a capital: a name keeps its own word
          add(form, new Target.Known(e, true), false);
        }
      }
    }
    List<Office> offices = offices();
    for (Office o : offices) {
      List<String> words = keys(o.phrase());
      if (words.size() == 1) {
        oneWordOffices.add(words.get(0));
      }
      if (o.country().isEmpty()) {
        add(o.phrase(), new Target.OfficeWord(o), false);
      } else {
        countryOffices.put(o.phrase() + "\t" + o.country(), o);
      }
    }
    for (Office o : countryOffices.values()) {
      for (Office generic : offices) {
        if (generic.phrase().equals(o.phrase()) && generic.country().isEmpty()) {
          roleClasses.putIfAbsent(o.role().toLowerCase(Locale.ROOT),
              generic.role().toLowerCase(Locale.ROOT));
        }
      }
    }
  }

  /** The set of kinds a marker row of {@code context-words.tsv} fills ("nisba" after, "quoted" around), or the row's error. */
  private static Set<String> markerKinds(DataFiles.Row row, String marker, Set<String> kinds) {
    if (!row.field(0).equals(marker)) {
      throw row.error("'" + marker + "' with " + row.field(2) + " in field 3");
    }
    return kinds;
  }

  NameTrie<Target> trie() {
    return trie;
  }

  /** How many words either side, within the sentence, a word that sets the scene may stand. */
  static final int NEAR = 12;

  /**
   * The longest name read only in context that starts at word {@code i} and whose context is
   * there: before the nisba adjective of its own country ("الهلال السعودي"; another country's
   * refuses it), right after a word that names its kind ("نادي الوداد", "لصحيفة الوطن"), or in a
   * sentence that sets its scene within {@link #NEAR} words ("تعادل الأهلي في مباراة ..."), or, for
   * clubs, joined by "و" or "مع" to another club ("أم صلال مع السد"); else empty.
   */
  Optional<NameTrie.Match<Target>> nameInContextAt(List<TokenKeys> words, int i) {
    return inContext.longestAt(words, i, m -> m.value() instanceof Target.Known k
        && !isNotBefore(words, m.from(), m.to()) && inContext(words, m.from(), m.to(), k.entity()));
  }

  /**
   * The country whose nisba adjective follows words {@code [from, to)} ("الهلال السعودي"), or
   * empty: the adjective names the country of a club, company or outlet of that name.
   */
  private Optional<String> nisbaAfter(List<TokenKeys> words, int to) {
    if (to >= words.size()) {
      return Optional.empty();
    }
    return trie.longestAt(words, to, m -> m.to() == to + 1 && m.value() instanceof Target.Known k && k.adjective())
        .map(m -> ((Target.Known) m.value()).entity().code());
  }

  /** The entity a name read only in context names by exactly words {@code [from, to)}, whatever the words around. */
  Optional<NameTrie.Match<Target>> nameInContextExactly(List<TokenKeys> words, int from, int to) {
    return inContext.longestAt(words, from, m -> m.to() == to
        && !(m.value() instanceof Target.Known k && otherMediumBefore(words, from, k.entity())));
  }

  /**
   * Whether the word before {@code from} names an outlet's kind of another medium than {@code entity}'s
   * ("قناة النهار": a channel, not the newspaper "صحيفة النهار"); an entity of no known medium is never refused.
   */
  private boolean otherMediumBefore(List<TokenKeys> words, int from, KbEntity entity) {
    Set<String> media = entityMedia.get(entity.id());
    // "قناة «النهار»": the kind word before the opening quotation mark
    int before = from > 1 && OPENING_QUOTES.contains(words.get(from - 1).token().text()) ? from - 2 : from - 1;
    if (before < 0 || media == null) {
      return false;
    }
    for (TokenKeys.Reading r : words.get(before).readings()) {
      String medium = mediumWords.get(r.key());
      if (medium != null) {
        return !media.contains(medium);
      }
    }
    return false;
  }

  private boolean inContext(List<TokenKeys> words, int from, int to, KbEntity entity) {
    return inContext(words, from, to, entity, JOINED_DEPTH);
  }

  /** How many names joined by "و" or "مع" may lead from a name in context to the one read ("أ مع ب وج"). */
  private static final int JOINED_DEPTH = 3;

  private boolean inContext(List<TokenKeys> words, int from, int to, KbEntity entity, int depth) {
    // "الأهلي السعودي": the adjective of the entity's own country is context, another country's refuses it
    Optional<String> nisba = nisbaKinds.contains(entity.kind()) ? nisbaAfter(words, to) : Optional.empty();
    if (nisba.isPresent() && !entity.country().isEmpty()) {
      // a club agrees in the masculine ("الشرطة العراقي", with "النادي"); "الشرطة العراقية" is the police
      return nisba.get().equals(entity.country()) && !(CLUBS.equals(entity.kind()) && words.get(to).key().endsWith("يه"));
    }
    if (otherMediumBefore(words, from, entity)) {
      return false;
    }
    String kind = entity.kind();
    Set<String> before = heads.getOrDefault(kind, Set.of());
    if (from > 0 && anyReadingIn(words.get(from - 1), before)) {
      return true;
    }
    if (quotedKinds.contains(kind) && quotedAlone(words, from, to)) {
      return true;
    }
    if (scoreKinds.contains(kind)
        && (inFixture(words, from, to) || anyNear(words, from, to, j -> scoreAt(words, j)))) {
      return true;
    }
    Set<String> scene = sceneWords.getOrDefault(kind, Set.of());
    if (!scene.isEmpty() && anyNear(words, from, to, j -> anyReadingIn(words.get(j), scene))) {
      return true;
    }
    return scoreKinds.contains(kind) && depth > 0 && joinedToSameKind(words, from, to, kind, depth - 1);
  }

  /**
   * Whether the name on {@code [from, to)} is joined by "و" or "مع" to a name of the same kind
   * ("يلتقي أم صلال مع السد والريان": the clubs a fixture pairs), a listed one or one itself in
   * context; joined in this way, a club's name that is also a word or a town is the club.
   */
  private boolean joinedToSameKind(List<TokenKeys> words, int from, int to, String kind, int depth) {
    int left = words.get(from).key().startsWith("و") ? from - 1 : isWith(words, from - 1) ? from - 2 : -1;
    for (int s = Math.max(0, left - 3); left >= 0 && s <= left; s++) {
      if (nameOfKind(words, s, left + 1, kind, depth)) {
        return true;
      }
    }
    int right = to < words.size() && isWith(words, to) ? to + 1 : to;
    if (right < words.size() && (right > to || words.get(right).key().startsWith("و"))) {
      for (int e = right + 1; e <= Math.min(words.size(), right + 4); e++) {
        if (nameOfKind(words, right, e, kind, depth)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isWith(List<TokenKeys> words, int i) {
    return i >= 0 && i < words.size() && (words.get(i).key().equals("مع") || words.get(i).key().equals("و"));
  }

  /** Whether words {@code [from, to)} name an entity of {@code kind}: listed, or read in context. */
  private boolean nameOfKind(List<TokenKeys> words, int from, int to, String kind, int depth) {
    return trie.longestAt(words, from, m -> m.to() == to && m.value() instanceof Target.Known k
            && !k.adjective() && k.entity().kind().equals(kind)).isPresent()
        || inContext.longestAt(words, from, m -> m.to() == to && m.value() instanceof Target.Known k
            && k.entity().kind().equals(kind) && inContext(words, from, to, k.entity(), depth)).isPresent();
  }

  /** Whether {@code test} holds at a word within {@link #NEAR} words of {@code [from, to)}, in its sentence. */
  private static boolean anyNear(List<TokenKeys> words, int from, int to, IntPredicate test) {
    for (int j = from - 1; j >= Math.max(0, from - NEAR) && !words.get(j).token().endsSentence(); j--) {
      if (test.test(j)) {
        return true;
      }
    }
    for (int j = to; j < Math.min(words.size(), to + NEAR) && !words.get(j).token().endsSentence(); j++) {
      if (test.test(j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether words {@code [from, to)} stand alone between an opening and a closing quotation mark ("« الحياة »"). */
  private static boolean quotedAlone(List<TokenKeys> words, int from, int to) {
    return from > 0 && to < words.size() && OPENING_QUOTES.contains(words.get(from - 1).token().text())
        && CLOSING_QUOTES.contains(words.get(to).token().text());
  }

  private static final Set<String> OPENING_QUOTES = Set.of("«", "\"", "“", "„");
  private static final Set<String> CLOSING_QUOTES = Set.of("»", "\"", "”", "“");

  /** Whether a score ("2 - 1"، "صفر - صفر") starts at word {@code j}. */
  private static boolean scoreAt(List<TokenKeys> words, int j) {
    return j + 2 < words.size() && isGoals(words.get(j)) && isDash(words.get(j + 1)) && isGoals(words.get(j + 2));
  }

  private static boolean isGoals(TokenKeys w) {
    return w.token().kind() == Token.Kind.NUMBER && w.token().text().length() <= 2 || w.key().equals("صفر");
  }

  private static boolean isDash(TokenKeys w) {
    return w.token().kind() == Token.Kind.PUNCT && (w.token().text().equals("-") || w.token().text().equals("–"));
  }

  /** A fixture line: the name, its country in brackets, and a dash before the name or after the brackets ("X ( إسبانيا ) - Y"). */
  private static boolean inFixture(List<TokenKeys> words, int from, int to) {
    if (to + 2 >= words.size() || !words.get(to).token().text().equals("(")) {
      return false;
    }
    int close = to + 1;
    while (close < Math.min(words.size(), to + 5) && !words.get(close).token().text().equals(")")) {
      close++;
    }
    if (close >= words.size() || !words.get(close).token().text().equals(")")) {
      return false;
    }
    return (from > 0 && isDash(words.get(from - 1))) || (close + 1 < words.size() && isDash(words.get(close + 1)));
  }


  /** Whether {@code e} is a state or a state's capital: where a government sits ("وزارة الخارجية في مينسك"). */
  boolean isSeatOfState(KbEntity e) {
    return e.isCountry() || capitals.contains(e.id());
  }

  /** A common word: never an entity alone, never part of an unknown person's name. */
  boolean isCommonWord(TokenKeys w) {
    return anyReadingIn(w, commonWords) || commonWordWithPronoun(w);
  }

  /** The attached pronouns of the third person, longest first ("خلالهما"، "عليهم"، "خلاله"; verb-object of affixes.tsv). */
  private static final List<String> PRONOUNS = Affixes.of(Affixes.Kind.VERB_OBJECT);

  /**
   * Whether {@code w} is a common word with a pronoun attached: "جرى [خلاله]"، "[عليهم]"، "[بينهما]" are
   * no more a name than "خلال"، "على"، "بين" (ANERcorp train and dev: such prepositions with a pronoun
   * 838 times, inside a name once). The text's own final letter is read, so that "ة" is not "ه".
   */
  private boolean commonWordWithPronoun(TokenKeys w) {
    String text = w.token().text();
    for (String p : PRONOUNS) {
      if (!text.endsWith(p)) {
        continue;
      }
      for (TokenKeys.Reading r : w.readings()) {
        String stem = r.key().substring(0, Math.max(0, r.key().length() - p.length()));
        if (stem.length() >= 2 && commonWords.contains(stem)) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  private static boolean anyReadingIn(TokenKeys w, Set<String> keys) {
    for (TokenKeys.Reading r : w.readings()) {
      if (keys.contains(r.key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code word} (as the text writes it, proclitics off) is an everyday word that a
   * name meets only once غ ج ق are folded or long vowels dropped ("جسد" and "قسد").
   */
  boolean isLookalike(String word) {
    return lookalikes.contains(ArabicNormalizer.normalize(word));
  }

  boolean isCommonKey(String key) {
    return commonWords.contains(key);
  }

  /**
   * Whether the name on words {@code [from, to)} is followed by a word that makes it another
   * entity ({@code not-before.tsv}). The first word is compared in each of its readings.
   */
  boolean isNotBefore(List<TokenKeys> words, int from, int to) {
    if (notBefore.isEmpty() || to >= words.size()) {
      return false;
    }
    StringBuilder rest = new StringBuilder();
    for (int i = from + 1; i < to; i++) {
      rest.append(' ').append(words.get(i).key());
    }
    rest.append('\t').append(words.get(to).key());
    for (TokenKeys.Reading r : words.get(from).readings()) {
      if (notBefore.contains(r.key() + rest)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the people of country {@code code} are named family name first ("كانغ كيونغ وا"). */
  boolean isFamilyNameFirst(String code) {
    return familyNameFirst.contains(code);
  }

  /** Whether a word, with or without its conjunction ("وأضاف"), is a form of a verb of {@code verbs.tsv}. */
  boolean isVerb(TokenKeys w) {
    return anyReadingIn(w, verbs);
  }

  /** Whether a word, its article taken off ("الحركة"), opens an organisation's name ({@code organisation-heads.tsv}). */
  boolean isOrganisationHead(TokenKeys w) {
    return organisationHeads.contains(Clitics.withoutArticle(w.key()));
  }

  /** Whether a word, proclitics off ("للبنك"), names a kind of body named by its adjective ("البنك الزراعي"). */
  boolean isAdjectiveNamedKind(TokenKeys w) {
    return anyReadingIn(w, adjectiveNamedKinds);
  }

  /**
   * Whether a word, proclitics off ("لمجلة"), names a body's kind right before its name ("فريق
   * ميلان"); without the article only ("المدير العام للشركة X" names a person).
   */
  boolean isKindBeforeName(TokenKeys w) {
    return ThingKinds.indefiniteReadingIn(w, kindsBeforeName);
  }

  /** "محمد", "أيمن": a given name, after which a family name may carry the article. */
  boolean isGivenName(TokenKeys w) {
    return givenNames.contains(w.key());
  }

  boolean isGivenNameKey(String key) {
    return givenNames.contains(key);
  }

  /**
   * Whether word {@code w} is an office of one word in the accusative without the article
   * ("ممثلا"، "سفيرا"، "رئيسا": as representative, as ambassador), which says what a person is
   * there and is no word of a name ("عبد القادر بن صالح ممثلا عن الجزائر").
   */
  boolean isOfficeInAccusative(TokenKeys w) {
    String k = w.key();
    if (w.token().kind() != Token.Kind.ARABIC || k.length() < 4 || !k.endsWith("ا") || Clitics.opensWithArticle(k)) {
      return false;
    }
    String stem = k.substring(0, k.length() - 1);
    return oneWordOffices.contains(stem) || oneWordOffices.contains("ال" + stem);
  }

  /**
   * Whether word {@code w}, proclitics off, is the definite dual in the nominative of a one-word office or an
   * everyday noun ("الرئيسان"، "الجانبان"، "الوزيران"): two of them, never a name.
   */
  boolean isDualOfNoun(TokenKeys w) {
    for (TokenKeys.Reading r : w.readings()) {
      String k = r.key();
      if (k.length() >= 6 && Clitics.hasArticle(k) && k.endsWith("ان")) {
        String one = k.substring(0, k.length() - 2);
        String bare = Clitics.withoutArticle(one);
        if (oneWordOffices.contains(one) || oneWordOffices.contains(bare) || commonWords.contains(one)
            || commonWords.contains(bare)) {
          return true;
        }
      }
    }
    return false;
  }

  boolean isOfficeModifier(TokenKeys w) {
    return officeModifiers.contains(w.key());
  }

  private void add(String name, Target target, boolean person) {
    List<String> keys = keys(name);
    trie.add(keys, target);
    if (person && skeletonSafe(keys)) {
      trie.add(keys.stream().map(NameKeys::skeleton).toList(), target);
    }
  }

  /**
   * Whether a person's name may also be matched by its skeleton: not a surname with the
   * article ("العليمي" would meet "العالمي", global), and a one-word name of five letters at least.
   */
  private static boolean skeletonSafe(List<String> keys) {
    if (keys.size() == 1) {
      String k = keys.get(0);
      return k.length() >= 5 && !Clitics.opensWithArticle(k);
    }
    return true;
  }

  /** The word keys of a name as written in a data file. */
  static List<String> keys(String name) {
    List<String> keys = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(name)) {
      keys.add(t.kind() == Token.Kind.ARABIC || t.kind() == Token.Kind.LATIN ? NameKeys.key(t.text()) : t.text());
    }
    return keys;
  }

  /** The offices of {@code entities/offices.tsv}. */
  private static List<Office> offices() {
    List<Office> out = new ArrayList<>();
    for (DataFiles.Row row : DataFiles.rows("entities/offices.tsv", 2)) {
      Office.Kind kind = switch (row.field(2)) {
        case "", "office" -> Office.Kind.OFFICE;
        case "counterpart" -> Office.Kind.COUNTERPART;
        case "title" -> Office.Kind.TITLE;
        default -> throw row.error("a kind in field 3: office, counterpart or title");
      };
      String role = row.field(1).equals("-") ? "" : row.field(1);
      out.add(new Office(row.field(0), role, row.field(3), kind));
    }
    return out;
  }

  /**
   * The regular forms of the verbs of {@code entities/verbs.tsv}: past, feminine and plural
   * past, imperfect masculine and feminine, plural, and future with س; and the forms of its third field.
   */
  private static Set<String> verbForms() {
    Set<String> out = new HashSet<>();
    for (DataFiles.Row row : DataFiles.rows("entities/verbs.tsv", 2)) {
      String past = ArabicNormalizer.normalize(row.field(0));
      String imperfect = ArabicNormalizer.normalize(row.field(1));
      if (!imperfect.startsWith("ي")) {
        throw row.error("an imperfect verb beginning with ي in field 2");
      }
      // a final weak letter drops before the endings: دعا → دعت، دعوا
      String stem = past.endsWith("ي") || past.endsWith("ا") ? past.substring(0, past.length() - 1) : past;
      String rest = imperfect.substring(1);
      // the dual of the imperfect too: "يوقعان"، "تبحثان" (two envoys, two states)
      for (String form : List.of(past, stem + "ت", stem + "وا", imperfect, "ت" + rest, imperfect + "ون",
          imperfect + "ان", "ت" + rest + "ان", "س" + imperfect, "ست" + rest)) {
        out.add(NameKeys.keyOfNormalized(form));
      }
      if (row.fields().size() > 2) {
        // forms the rule does not make: a hollow verb's first person ("جئت"، "جئنا")
        for (String form : row.field(2).split("\\|")) {
          out.add(NameKeys.keyOfNormalized(ArabicNormalizer.normalize(form.strip())));
        }
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Whether {@code form} is the first word of one of country {@code e}'s names ("كوريا" of "كوريا الجنوبية"):
   * the name shortened, which may stand for another country of that name, not the adjective "كوريا" (a Korean).
   */
  private static boolean opensOwnName(KbEntity e, String form) {
    String key = NameKeys.keyOfNormalized(ArabicNormalizer.normalize(form));
    for (String name : e.arabicNames()) {
      String[] words = name.strip().split("\\s+");
      if (words.length > 1 && NameKeys.keyOfNormalized(ArabicNormalizer.normalize(words[0])).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** The normalised keys of a one-word-a-line list, proclitics not split. */
  private static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    for (String line : DataFiles.lines(resource)) {
      out.add(NameKeys.keyOfNormalized(ArabicNormalizer.normalize(line.split("\t")[0])));
    }
    return Set.copyOf(out);
  }

  /**
   * The office a role is one name of: "Secretary of State" and "Foreign Secretary" are the
   * "Foreign Minister" of their countries, as {@code offices.tsv} says by one phrase for them.
   */
  String sameOffice(String role) {
    return roleClasses.getOrDefault(role.toLowerCase(Locale.ROOT), role.toLowerCase(Locale.ROOT));
  }

  /** The office as country {@code code} names it ("Secretary of State" for the United States). */
  Office officeIn(Office office, String code) {
    return countryOffices.getOrDefault(office.phrase() + "\t" + code, office);
  }
}
