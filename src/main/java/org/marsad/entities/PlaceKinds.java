package org.marsad.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marsad.doc.EntityType;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;
import org.marsad.text.Prepositions;
import org.marsad.text.Token;

/**
 * The nouns of a place's kind ({@code place-kinds.tsv}: "محافظة"، "مدينة"، "نهر"), which stay
 * outside the place's name when they open it, as ANERcorp annotates them (250 of 254 times in its
 * train part): "محافظة [بابل]"، "بمدينة [صور]". The knowledge base still finds a place by its longer
 * name ("مدينة صور": "صور" alone is also "pictures"); the mention names the place by the words
 * after the kind.
 */
final class PlaceKinds {

  private static final Set<String> KINDS = NameKeys.keysOfList("entities/place-kinds.tsv");
  /** The sides of a place ({@code place-name-cues.tsv}: side): "شمال"، "وسط"، "جنوبي". */
  private static final Set<String> SIDES = cues("side");
  /** The kinds whose definite word after them is the place ({@code place-name-cues.tsv}: quarter): "حي". */
  private static final Set<String> QUARTERS = cues("quarter");
  /** The kinds of a town or district whose one word after them, closed, is its name ({@code place-name-cues.tsv}: town): "بلدة"، "قضاء". */
  private static final Set<String> TOWNS = cues("town");
  /** The kinds of a settlement whose name the model may read as a person's ({@code place-name-cues.tsv}: settlement). */
  private static final Set<String> SETTLEMENTS = cues("settlement");
  /** The same kinds in the dual, before two names joined by "و" ({@code place-name-cues.tsv}: towns): "مدينتي"، "بلدتي". */
  private static final Set<String> TWO_TOWNS = cues("towns");
  /**
   * A dual of a kind that is also an adjective ({@code place-name-cues.tsv}: towns-after-preposition): "إقليمي"
   * ("regional"), a kind only after a preposition, where no adjective stands ("في إقليمي X وY").
   */
  private static final Set<String> TWO_TOWNS_AFTER_PREPOSITION = cues("towns-after-preposition");
  /** The prepositions before such a dual ({@code text/prepositions.tsv}: before-place), as keys. */
  private static final Set<String> PREPOSITIONS = Prepositions.of(Prepositions.Use.BEFORE_PLACE).stream()
      .map(NameKeys::keyOfNormalized).collect(Collectors.toUnmodifiableSet());
  /**
   * A town's kind whose word after it ending in "ية" is its feminine adjective or ordinal, not its name
   * ({@code place-name-cues.tsv}: district): "ناحية" ("من ناحية ثانية"، "لناحية الفنية").
   */
  private static final Set<String> DISTRICTS = cues("district");
  /** The public places commonly named after a person ({@code place-name-cues.tsv}: named): "ساحة"، "شارع"، "مخيم". */
  private static final Set<String> NAMED_FOR_PERSONS = cues("named");
  /** The same, where the kind is part of the place's name ({@code place-name-cues.tsv}: named-whole): "خور". */
  private static final Set<String> NAMED_WHOLE = cues("named-whole");
  /** Buildings named after a person, the kind inside the name ({@code place-name-cues.tsv}: building-org, building-loc). */
  private static final Set<String> BUILDINGS_ORG = cues("building-org");
  private static final Set<String> BUILDINGS_LOC = cues("building-loc");
  /** A building's adjectives after the name it is named for ({@code place-name-cues.tsv}: building-adjective): "الدولي". */
  private static final Set<String> BUILDING_ADJECTIVES = cues("building-adjective");

  /** Whether word {@code w} is an adjective of a building named after a person ("الدولي"، "التعليمي"). */
  static boolean isBuildingAdjective(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && BUILDING_ADJECTIVES.contains(w.key());
  }
  /** The plurals of the kinds of towns and districts, before a list of their names joined by "و" ({@code place-name-cues.tsv}: town-list): "بلدات"، "مديريات". */
  private static final Set<String> TOWN_LISTS = cues("town-list");
  /** The first words of many places' names of two words ({@code place-name-cues.tsv}: opener): "بيت"، "بني"، "رأس"، "عين". */
  private static final Set<String> OPENERS = cues("opener");

  /** A river's noun, part of the river's name with the word after it ({@code place-name-cues.tsv}: river): "نهر". */
  private static final Set<String> RIVERS = cues("river");
  /**
   * A landform's noun, part of its name with the word after it ({@code place-name-cues.tsv}: landform): "وادي"،
   * "جبل"، "تلة"; as written, for their keys are other words' too ("وأدى"، "قبل"، "كتلة").
   */
  private static final Set<String> LANDFORMS = cuesAsWritten("landform");
  /** Of those, the nouns that name towns far more often than the landform ({@code place-name-cues.tsv}: town-landform): "تل". */
  private static final Set<String> TOWN_LANDFORMS = cuesAsWritten("town-landform");
  /** The proclitics a landform's noun may carry: و or ف, then ب or ل ("بوادي"، "وجبل"). */
  private static final Pattern LANDFORM_PROCLITICS = Pattern.compile("^[وف]?[بل]?");
  /** An oil or gas field's noun, singular or dual ({@code place-name-cues.tsv}: field): "حقل"، "حقلي". */
  private static final Set<String> FIELDS = cues("field");
  /** Words of a sentence about oil or gas ({@code place-name-cues.tsv}: field-context): "النفط"، "الغاز". */
  private static final Set<String> FIELD_CONTEXT = cues("field-context");

  /**
   * Where the landform's noun of word {@code w} begins ("ب[وادي]"، "[تلة]"), or -1 where the word is none: its
   * letters as written, diacritics and tatweel off, after at most و or ف and ب or ل.
   */
  static int landformStart(TokenKeys w) {
    if (w.token().kind() != Token.Kind.ARABIC) {
      return -1;
    }
    String text = w.token().text();
    StringBuilder letters = new StringBuilder(text.length());
    int[] at = new int[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ArabicNormalizer.TATWEEL || c >= '\u064B' && c <= '\u065F' || c == '\u0670') {
        continue;
      }
      at[letters.length()] = i;
      letters.append(c);
    }
    for (int p = 0; p <= 2 && p < letters.length(); p++) {
      String rest = letters.substring(p);
      if ((LANDFORMS.contains(rest) || TOWN_LANDFORMS.contains(rest)) && LANDFORM_PROCLITICS.matcher(letters.substring(0, p)).matches()) {
        return w.token().start() + at[p];
      }
    }
    return -1;
  }

  /** The type of the place a landform's noun at {@code start} of word {@code w} opens: GPE for a town's ("تل"), else LOC. */
  static EntityType landformType(TokenKeys w, int start) {
    String noun = w.token().text().substring(start - w.token().start()).replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "");
    return TOWN_LANDFORMS.contains(noun) ? EntityType.GPE : EntityType.LOC;
  }

  private static Set<String> cuesAsWritten(String role) {
    Set<String> out = new HashSet<>();
    for (DataFiles.Row row : DataFiles.rows("entities/place-name-cues.tsv", 2)) {
      if (List.of(row.field(1).split("\\s+")).contains(role)) {
        out.add(row.field(0));
      }
    }
    return Set.copyOf(out);
  }

  /** Whether word {@code w} is a river's noun without the article ("نهر"، "بنهر"). */
  static boolean isRiver(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && ThingKinds.indefiniteReadingIn(w, RIVERS);
  }

  /** Where a river's name begins in its noun, proclitics off ("ب[نهر]"). */
  static int riverStart(TokenKeys w) {
    for (TokenKeys.Reading r : w.readings()) {
      if (RIVERS.contains(r.key())) {
        return r.start();
      }
    }
    return w.token().start();
  }

  /** A port's noun ({@code place-name-cues.tsv}: port), whose town's name after it names the port, LOC: "ميناء". */
  private static final Set<String> PORTS = cues("port");

  /** Whether word {@code w} is a port's noun without the article ("ميناء"، "بميناء"). */
  static boolean isPort(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && ThingKinds.indefiniteReadingIn(w, PORTS);
  }

  /** Whether word {@code w} is an oil or gas field's noun without the article ("حقل"، "حقلي"). */
  static boolean isField(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && ThingKinds.indefiniteReadingIn(w, FIELDS);
  }

  /** Whether word {@code w} is the dual of a field's noun ("حقلي"), before two names. */
  static boolean isTwoFields(TokenKeys w) {
    return isField(w) && w.key().endsWith("ي");
  }

  /** Whether word {@code w}, proclitics off or not, speaks of oil or gas. */
  static boolean isFieldContext(TokenKeys w) {
    return w.keyIn(FIELD_CONTEXT);
  }

  private static Set<String> cues(String role) {
    Set<String> out = new HashSet<>();
    for (DataFiles.Row row : DataFiles.rows("entities/place-name-cues.tsv", 2)) {
      List<String> roles = List.of(row.field(1).split("\\s+"));
      if (!Set.of("side", "quarter", "town", "towns", "towns-after-preposition", "district", "town-list", "opener", "named",
          "named-whole", "river", "landform", "town-landform", "field", "field-context", "port", "settlement", "building-org", "building-loc",
          "building-adjective", "direction", "outskirts").containsAll(roles)) {
        throw row.error("side, quarter, town, towns, towns-after-preposition, district, town-list, opener, named, named-whole, "
            + "river, landform, town-landform, field, field-context, port, settlement, building-org, building-loc, building-adjective "
            + "direction or outskirts");
      }
      if (roles.contains(role)) {
        out.add(NameKeys.keyOfNormalized(ArabicNormalizer.normalize(row.field(0))));
      }
    }
    return Set.copyOf(out);
  }

  private PlaceKinds() {}

  /** Whether word {@code w} is a kind of place without the article ("محافظة"، "بمدينة"; not "المدينة"). */
  static boolean isKind(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && ThingKinds.indefiniteReadingIn(w, KINDS);
  }

  /**
   * Whether word {@code i} carries the article right after a kind of place with the article
   * ("الإقليم المحاذي"، "بالمنطقة الحدودية"): the kind's adjective, not a place named alone. In
   * ANERcorp's train part a word with the article after such a noun is a place's name by itself
   * 3 times of 147 (27 more times the noun and the word are one name: "البحر الأحمر").
   */
  static boolean adjectiveOfDefiniteKind(List<TokenKeys> words, int i) {
    if (i == 0 || words.get(i).token().kind() != Token.Kind.ARABIC || !Clitics.opensWithArticle(words.get(i).key())
        || words.get(i - 1).token().kind() != Token.Kind.ARABIC) {
      return false;
    }
    for (TokenKeys.Reading r : words.get(i - 1).readings()) {
      if (Clitics.hasArticle(r.key()) && KINDS.contains(Clitics.withoutArticle(r.key()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the mention of place {@code m} (a city, a region, a country of the knowledge base) begins
   * in the text: at the word after a kind of place that opens it ("محافظة بابل"، "دولة قطر"), else
   * where the match begins. A country keeps its kind word unless the words after it name the same
   * country by themselves, as {@code acceptable} takes a name ("دولة قطر"؛ not "دولة الاحتلال", nor
   * "جمهورية مالي": "مالي" alone is "financial").
   */
  static int nameStart(Gazetteer gazetteer, List<TokenKeys> words, NameTrie.Match<Target> m,
      Predicate<NameTrie.Match<Target>> acceptable) {
    if (m.to() - m.from() < 2 || !isKind(words.get(m.from())) || !(m.value() instanceof Target.Known k)) {
      return m.start();
    }
    if (k.entity().isCountry() && gazetteer.trie().longestAt(words, m.from() + 1, x -> x.to() == m.to()
        && x.value() instanceof Target.Known same && same.entity().id().equals(k.entity().id())
        && acceptable.test(x)).isEmpty()) {
      return m.start();
    }
    return words.get(m.from() + 1).token().start();
  }

  /**
   * Whether word {@code i + 1}, after a kind of place at {@code i}, is by its place in the sentence
   * a place's name of one word that no list holds: a side of a larger place follows it ("في منطقة
   * [الزعفرانية] جنوب بغداد"، "شارع [الرشيد] وسط العاصمة"), or the kind is a town's quarter and the
   * word has the article ("في حي [الجهاد]"). {@code free} says which words may be such a name (not yet
   * read, no everyday word or verb). Counts in {@code place-name-cues.tsv}.
   */
  static boolean namesPlaceAfterKind(List<TokenKeys> words, int i, IntPredicate free) {
    if (i + 1 >= words.size() || !isKind(words.get(i)) || !free.test(i + 1)) {
      return false;
    }
    TokenKeys name = words.get(i + 1);
    if (name.token().kind() != Token.Kind.ARABIC || isKind(name) || isSide(name) || adjectiveOfDistrict(words, i)) {
      return false;
    }
    if (i + 2 < words.size() && isSide(words.get(i + 2))) {
      return true;
    }
    return Clitics.opensWithArticle(name.key()) && ThingKinds.indefiniteReadingIn(words.get(i), QUARTERS);
  }

  /**
   * Whether word {@code w}, proclitics off and without the article, is a public place's kind commonly
   * named after a person ("ساحة"، "بشارع"، "مخيم"): a person's name right after it names the place.
   */
  static boolean namedForPersons(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC
        && (ThingKinds.indefiniteReadingIn(w, NAMED_FOR_PERSONS) || ThingKinds.indefiniteReadingIn(w, NAMED_WHOLE));
  }

  /**
   * Where the place's name begins in word {@code w}, a kind of {@link #namedForPersons} that is part of
   * the name ("[خور عبد الله]"; proclitics off: "ب[خور]"); empty for a kind that stays outside ("ساحة").
   */
  static OptionalInt wholeNameStart(TokenKeys w) {
    for (TokenKeys.Reading r : w.readings()) {
      if (NAMED_WHOLE.contains(r.key())) {
        return OptionalInt.of(r.start());
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The type of the building word {@code w} names without the article ("مستشفى"، "بمطار"; not "للمستشفى"، "للحركة"), a person's name
   * after it naming the building ({@code place-name-cues.tsv}: building-org ORG, building-loc LOC), and
   * where its name begins (proclitics off); empty for any other word.
   */
  static Optional<Map.Entry<EntityType, Integer>> buildingNamedFor(TokenKeys w) {
    if (w.token().kind() != Token.Kind.ARABIC) {
      return Optional.empty();
    }
    for (TokenKeys.Reading r : w.readings()) {
      if (Clitics.articleBefore(w.key(), r.key())) {
        continue; // with the article the noun is a body named before, its head after ("الأمين العام للحركة [فلان]")
      }
      if (BUILDINGS_ORG.contains(r.key())) {
        return Optional.of(Map.entry(EntityType.ORG, r.start()));
      }
      if (BUILDINGS_LOC.contains(r.key())) {
        return Optional.of(Map.entry(EntityType.LOC, r.start()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the name read at word {@code i} from offset {@code nameStart} stands where only a place
   * can: after a preposition of place or "مع", written apart or as ب on the word ("في مالي"، "بمالي"،
   * "الحدود مع مالي"), or after a side ("شمال مالي"، "وشمال شرقي مالي"). An adjective never does.
   */
  static boolean afterPrepositionOrSide(List<TokenKeys> words, int i, int nameStart) {
    TokenKeys w = words.get(i);
    String proclitics = NameKeys.key(w.token().text().substring(0, nameStart - w.token().start()));
    if (proclitics.endsWith("ب")) {
      return true;
    }
    if (i == 0 || words.get(i - 1).token().kind() != Token.Kind.ARABIC) {
      return false;
    }
    TokenKeys before = words.get(i - 1);
    return PREPOSITIONS.contains(before.key()) || WITH.equals(before.key()) || before.keyIn(SIDES);
  }

  private static final String WITH = NameKeys.key("مع");

  private static final Set<String> DIRECTIONS = cues("direction");

  /** Whether word {@code w} is a side's adjective with the article ("الغربي"، "الشمالية"). */
  static boolean isDirection(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && DIRECTIONS.contains(w.key());
  }

  private static final Set<String> OUTSKIRTS = cues("outskirts");

  /** Whether word {@code w}, proclitics off and without the article, is the countryside or outskirts of a town ("ريف"). */
  static boolean isOutskirts(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && ThingKinds.indefiniteReadingIn(w, OUTSKIRTS);
  }

  /** Whether word {@code w} is a side of a place without proclitics or the article ("شمال"، "جنوبي"). */
  static boolean isSide(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && SIDES.contains(w.key());
  }

  /**
   * The words after a kind of town or district at {@code i} that name places no list holds, by
   * the words around them: one word closed by the end of the sentence, a mark, a side of a larger
   * place ("في قضاء [الخالص] شمال بعقوبة"، "في ولاية [قفصة]، ...") or, for a word without the article,
   * by a preposition and a kind of place or a place ("من بلدة [نصيب] بريف درعا"، "في قرية [جملة]
   * بمنطقة ...") or a definite feminine adjective ("ولاية [خوست] الأفغانية"، "بلدة [باقم] الحدودية");
   * after the dual, the two joined by "و" ("بين مدينتي [كايس] و[ديبولي]"). {@code free} says which
   * words may be such a name
   * (not yet read, no everyday word, verb or nisba); {@code place} which words a place's name
   * holds, and {@code nisba} which are a country's nisba. Empty when none.
   */
  static List<Integer> townsAfterKind(List<TokenKeys> words, int i, IntPredicate free, IntPredicate place,
      IntPredicate nisba) {
    if (i + 2 >= words.size() || !isKind(words.get(i)) && !opensTwoTowns(words, i) || adjectiveOfDistrict(words, i)) {
      return List.of();
    }
    TokenKeys kind = words.get(i);
    if (opensTwoTowns(words, i) && words.get(i + 2).key().startsWith("و")
        && loneName(words, i + 2, free)) {
      // the first of the two may be read already ("مدينتي [الموصل] وتلعفر")
      return place.test(i + 1) ? List.of(i + 2) : loneName(words, i + 1, free) ? List.of(i + 1, i + 2) : List.of();
    }
    if (!ThingKinds.indefiniteReadingIn(kind, TOWNS) || !loneName(words, i + 1, free)) {
      return List.of();
    }
    int next = i + 2;
    TokenKeys after = words.get(next);
    if (after.token().kind() == Token.Kind.PUNCT || isSide(after)) {
      return List.of(i + 1);
    }
    if (Clitics.opensWithArticle(words.get(i + 1).key())) {
      return List.of(); // "قضاء العطلة في ..."، "قضاء اليمين القانونية": a definite word is closed only by a mark or a side
    }
    if (Clitics.opensWithArticle(after.key()) && after.key().endsWith("ه") && !after.key().equals("الله")) {
      // "بلدة [باقم] الحدودية"، "قرية [X] المجاورة": a feminine adjective agrees with the kind (jawharafm and
      // GSR dev: after "kind X" a definite word in ة that is no nisba closes a town 7 of 7 times)
      return List.of(i + 1);
    }
    boolean preposition = after.key().equals("في") || after.key().startsWith("ب") || after.key().startsWith("ل");
    if (nisba.test(next) || preposition && (after.key().equals("في") && next + 1 < words.size() && isKind(words.get(next + 1))
        || !after.key().equals("في") && isKind(after) || next + 1 < words.size() && place.test(next + 1))) {
      return List.of(i + 1);
    }
    return List.of();
  }

  /** Whether word {@code j} may be a place's name of one word: an Arabic word {@code free} allows, no kind, side or word with the tanween. */
  private static boolean loneName(List<TokenKeys> words, int j, IntPredicate free) {
    TokenKeys w = words.get(j);
    return w.token().kind() == Token.Kind.ARABIC && free.test(j) && !isKind(w) && !isSide(w)
        && !NameBoundaries.hasTanween(w) && w.key().length() > 2;
  }

  /** Whether word {@code w}, proclitics off, is a kind of town in the singular ("بلدة"، "وقرية"), whose name follows it. */
  /**
   * Whether word {@code w}, proclitics off and without the article, is the kind of a settlement ({@code
   * place-name-cues.tsv}: settlement; "قرية"، "بمدينة"), after which a name is the place's, not a person's.
   */
  static boolean isSettlementKind(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && ThingKinds.indefiniteReadingIn(w, SETTLEMENTS);
  }

  static boolean isTownKind(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && ThingKinds.indefiniteReadingIn(w, TOWNS);
  }

  /**
   * Whether word {@code w}, proclitics off, is the plural or dual of a kind of town ("بلدات"، "مديريات"،
   * "بمدينتي"), before a list of towns joined by "و".
   */
  static boolean opensTownList(List<TokenKeys> words, int i) {
    TokenKeys w = words.get(i);
    return w.token().kind() == Token.Kind.ARABIC && (ThingKinds.indefiniteReadingIn(w, TOWN_LISTS) || opensTwoTowns(words, i));
  }

  /**
   * Whether word {@code i} is the dual of a kind of town before two names ("مدينتي"، "بمحافظتي"), or a dual
   * that is also an adjective after a preposition or with ب/ل before it ("في إقليمي"، "بإقليمي").
   */
  static boolean opensTwoTowns(List<TokenKeys> words, int i) {
    TokenKeys w = words.get(i);
    if (w.token().kind() != Token.Kind.ARABIC) {
      return false;
    }
    if (ThingKinds.indefiniteReadingIn(w, TWO_TOWNS)) {
      return true;
    }
    if (!ThingKinds.indefiniteReadingIn(w, TWO_TOWNS_AFTER_PREPOSITION)) {
      return false;
    }
    for (TokenKeys.Reading r : w.readings()) {
      if (TWO_TOWNS_AFTER_PREPOSITION.contains(r.key()) && r.start() > w.token().start()) {
        String before = w.token().text().substring(0, r.start() - w.token().start());
        if (before.endsWith("ب") || before.endsWith("ل")) {
          return true;
        }
      }
    }
    return i > 0 && words.get(i - 1).token().kind() == Token.Kind.ARABIC && PREPOSITIONS.contains(words.get(i - 1).key());
  }

  /**
   * Whether word {@code i + 1} after a district's kind at {@code i} ends in "ية", its adjective or ordinal
   * ("ناحية ثانية"), or is a side with the article ("ناحية الغرب": towards the west).
   */
  private static boolean adjectiveOfDistrict(List<TokenKeys> words, int i) {
    return i + 1 < words.size() && ThingKinds.indefiniteReadingIn(words.get(i), DISTRICTS)
        && (words.get(i + 1).key().endsWith("يه") || isDefiniteSide(words.get(i + 1)));
  }

  /** Whether {@code key} (a word's key, "و" taken off by the caller) is the first word of a place's name of two words ("بيت"، "بني"، "رأس"). */
  static boolean isOpener(String key) {
    return OPENERS.contains(key);
  }

  private static final Set<String> LIST_ENDS = Set.of(NameKeys.key("في"), NameKeys.key("وغيرها"), NameKeys.key("وغيرهما"));

  /**
   * Whether a list of places' names ends before word {@code j}: the end of the text, a mark, "في"
   * or "وغيرها", a side of a larger place ("شمال"، "الجنوب") or a kind of place ("بمحافظة").
   */
  static boolean closesTownList(List<TokenKeys> words, int j) {
    if (j >= words.size() || words.get(j).token().kind() != Token.Kind.ARABIC) {
      return true;
    }
    TokenKeys w = words.get(j);
    String k = w.key();
    return LIST_ENDS.contains(k) || isSide(w) || isKind(w)
        || sideWithArticle(k);
  }

  /** Whether word {@code w}, without the article, is a side of a place ("الجنوب"، "الوسط"): no town's name. */
  static boolean isDefiniteSide(TokenKeys w) {
    String k = w.key().startsWith("و") ? w.key().substring(1) : w.key();
    return sideWithArticle(k);
  }

  /** Whether a key is a side with the article ("الشمال"); every side has a stem of three letters or more. */
  private static boolean sideWithArticle(String k) {
    return Clitics.hasArticle(k) && SIDES.contains(Clitics.withoutArticle(k));
  }
}
