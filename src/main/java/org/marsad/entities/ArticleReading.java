package org.marsad.entities;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Mention;
import org.marsad.doc.Span;
import org.marsad.entities.ner.NerModel;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Clitics;
import org.marsad.text.Token;

/**
 * Reads the entities of one article, in four steps over its words:
 * <ol>
 *   <li>the knowledge base's names, nisba adjectives and the offices, longest first; then the
 *       names the statistical model finds elsewhere (linked when the knowledge base has them);
 *   <li>the offices: the person each introduces ("وزير الخارجية الروسي، سيرغي لافروف") gets
 *       its role and country; a name the knowledge base lacks becomes a person of the article
 *       ("وزيرة خارجية كولومبيا لورا سارابيا"); English captions likewise;
 *   <li>later short mentions of those people: the full name again, the surname alone;
 *   <li>an office named without a name ("الوزير الياباني") is a mention of the person of the
 *       article who holds it.
 * </ol>
 * One instance per article; not shared between threads.
 */
final class ArticleReading {

  private static final Transliterator SLUG = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
  /** Runs of anything but ASCII letters and digits, which a slug writes as one hyphen. */
  private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

  /** The least margin ({@link NerModel.Name#margin}) of a name only the model found. */
  static final float MIN_MARGIN = 1.5f;

  private final Gazetteer gazetteer;
  private final Optional<NerModel> model;
  private final KbWordClasses classes;
  /** The year the article was published, for the offices people held then. */
  private final OptionalInt year;
  private final AnalyzedText analyzed;
  private final String text;
  private final List<TokenKeys> words;
  private final boolean[] covered;
  private final List<NameTrie.Match<Target>> found = new ArrayList<>();
  private final Map<String, Found> entities = new LinkedHashMap<>();
  private final Map<String, Found> locals = new HashMap<>();
  /** The country of a town read after its kind, by the word where it begins: the nisba after it ("ولاية خوست الأفغانية"). */
  private final Map<Integer, String> townCountries = new HashMap<>();
  private final NameTrie<Target> localNames = new NameTrie<>();
  private final List<Reference> references = new ArrayList<>();
  private final List<LatinName> latinNames = new ArrayList<>();
  private final NameBoundaries names;
  private final Set<String> articleKeys = new HashSet<>();
  /** The keys of the article's words that carry the article, with their proclitics split off. */
  private final Set<String> definiteKeys = new HashSet<>();
  private String lastRole = "";
  /** The person last named, and the word after that mention, for an office in apposition. */
  private Found lastPerson;
  private int lastPersonTo = -1;

  /** An office named without a person after it, and where. */
  private record Reference(int start, int end, Office office, String country) {}

  /** A capitalised name after an English office in a caption, not in the knowledge base. */
  private record LatinName(int start, int end, Office office, String country) {}

  /** The office that introduces the person named by match {@code index}. */
  private record Introduction(Office office, String role, String country) {}

  ArticleReading(Gazetteer gazetteer, AnalyzedText analyzed, OptionalInt year, Optional<NerModel> model,
      KbWordClasses classes) {
    this.gazetteer = gazetteer;
    this.year = year;
    this.model = model;
    this.classes = classes;
    this.analyzed = analyzed;
    this.text = analyzed.text();
    this.words = TokenKeys.of(analyzed.tokens());
    this.covered = new boolean[words.size()];
    this.names = new NameBoundaries(gazetteer, words, covered);
  }

  List<Entity> read() {
    findNames();
    chooseAmongSharedNames();
    findPlacesInContext();
    findNamesInContext();
    findBodiesByAdjective();
    findMinistriesByDomain();
    findModelNames();
    joinHyphenatedNames();
    findNamesWithAllah();
    readBodiesNamedByPlace();
    findTitlesAndVenues();
    dropHostedEventNouns();
    findNamesAfterVerbs();
    findOrganisationsByHead();
    findQuotedBodies();
    findRiversAndFields();
    findCompetitionsByHead();
    findPlacesAfterKinds();
    findTownLists();
    findListedPeople();
    findPeopleAfterPersonNouns();
    widenGivenNamesAfterTitles();
    readParticleFamilyNames();
    widenGivenNamesAlone();
    widenAppositiveNames();
    widenByFamilyOfHouse();
    readBodiesOfAnotherCountry();
    readBuildingsNamedForPersons();
    readPlacesNamedForPersons();
    readSettlementsReadAsPersons();
    dropCountedNouns();
    dropPhraseContinuations();
    readOffices();
    linkLatinNames();
    linkCaptionNames();
    findLocalNames();
    joinSurnamesToFullNames();
    resolveReferences();
    return entities.values().stream()
        .filter(f -> f.first() != Integer.MAX_VALUE)
        .sorted(Comparator.comparingInt(Found::first))
        .map(Found::toEntity)
        .toList();
  }

  // 1. the names of the knowledge base and the offices, longest first, left to right
  private void findNames() {
    NameTrie<Target> trie = gazetteer.trie();
    int i = 0;
    while (i < words.size()) {
      Token.Kind kind = words.get(i).token().kind();
      if (kind == Token.Kind.ARABIC || kind == Token.Kind.LATIN) {
        var m = trie.longestAt(words, i, this::acceptable);
        if (m.isPresent()) {
          var fuller = fullerAfterTitle(m.get());
          if (fuller.isPresent()) {
            m = fuller;
          }
          found.add(m.get());
          for (int j = m.get().from(); j < m.get().to(); j++) {
            covered[j] = true;
          }
          // a currency's nisba ("دولار أمريكي"، "الدينار الكويتي") says whose currency it is, and names no
          // party of the news (ANERcorp's train part: "دولار" MISC, the nisba after it untagged, 3 of 3)
          if (m.get().value() instanceof Target.Known k && (k.entity().type() == EntityType.MISC
              && !k.entity().kind().equals("currencies") || k.entity().type() == EntityType.ORG)) {
            findNamedInside(m.get(), k.entity().type() == EntityType.ORG);
          }
          i = m.get().to();
          continue;
        }
      }
      i++;
    }
  }

  /**
   * A name two entries of the knowledge base share ("عمان": Oman and Amman) stands for the one
   * whose own country (a place's country, or the country itself) the article otherwise names,
   * by the names found that are not shared (its name, nisba, capital, another of its places);
   * at equal evidence, the first entry in the files' order, as found.
   */
  private void chooseAmongSharedNames() {
    Map<Integer, List<NameTrie.Match<Target>>> shared = new HashMap<>();
    Map<String, Integer> named = new HashMap<>();
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      if (!(m.value() instanceof Target.Known known)) {
        continue;
      }
      List<NameTrie.Match<Target>> candidates = sharingNameWith(m);
      if (candidates.size() > 1) {
        shared.put(k, candidates);
      } else if (!ownCountry(known.entity()).isEmpty()) {
        named.merge(ownCountry(known.entity()), 1, Integer::sum);
      }
    }
    Set<NameTrie.Match<Target>> unknown = new HashSet<>();
    shared.forEach((k, candidates) -> {
      NameTrie.Match<Target> best = candidates.get(0);
      for (NameTrie.Match<Target> c : candidates) {
        if (evidence(c, named) > evidence(best, named)) {
          best = c;
        }
      }
      found.set(k, best);
      if (evidence(best, named) == 0 && candidates.stream().allMatch(ArticleReading::stateBody)) {
        unknown.add(best); // "حكومة الوحدة الوطنية" in news of neither Libya nor Tunisia: no body the lists know
      }
    });
    if (!unknown.isEmpty()) {
      found.removeIf(unknown::contains);
      for (NameTrie.Match<Target> m : unknown) {
        for (int j = m.from(); j < m.to(); j++) {
          covered[j] = false;
        }
      }
    }
  }

  /** Whether {@code m} is an organisation of the knowledge base that belongs to one state. */
  private static boolean stateBody(NameTrie.Match<Target> m) {
    return m.value() instanceof Target.Known k && k.entity().type() == EntityType.ORG && !k.entity().country().isEmpty();
  }

  /** Match {@code m} and every other entity of the knowledge base its words name, in the trie's order. */
  private List<NameTrie.Match<Target>> sharingNameWith(NameTrie.Match<Target> m) {
    List<NameTrie.Match<Target>> all = new ArrayList<>(List.of(m));
    Set<String> ids = new HashSet<>(Set.of(((Target.Known) m.value()).entity().id()));
    while (true) {
      var other = gazetteer.trie().longestAt(words, m.from(), x -> x.to() == m.to() && x.start() == m.start()
          && x.value() instanceof Target.Known k && !ids.contains(k.entity().id()) && acceptable(x));
      if (other.isEmpty() || other.get().to() != m.to()) {
        return all;
      }
      all.add(other.get());
      ids.add(((Target.Known) other.get().value()).entity().id());
    }
  }

  private static String ownCountry(KbEntity e) {
    return e.isCountry() ? e.code() : e.country();
  }

  private static int evidence(NameTrie.Match<Target> m, Map<String, Integer> named) {
    String country = ownCountry(((Target.Known) m.value()).entity());
    return country.isEmpty() ? 0 : named.getOrDefault(country, 0);
  }

  /**
   * The knowledge base's name of the same person in more words after the title that a shorter name
   * of theirs opens with ("الشيخ حمد بن خليفة آل ثاني": "حمد بن خليفة آل ثاني", not "الشيخ حمد بن
   * خليفة"), with the title found as the office word it is; else empty.
   */
  private Optional<NameTrie.Match<Target>> fullerAfterTitle(NameTrie.Match<Target> m) {
    if (!(m.value() instanceof Target.Known known) || !known.entity().isPerson()) {
      return Optional.empty();
    }
    var title = gazetteer.trie().longestAt(words, m.from(), x -> x.value() instanceof Target.OfficeWord
        && x.to() < m.to());
    if (title.isEmpty()) {
      return Optional.empty();
    }
    var fuller = gazetteer.trie().longestAt(words, title.get().to(), x -> x.to() > m.to()
        && x.value() instanceof Target.Known k && k.entity().id().equals(known.entity().id()) && acceptable(x));
    if (fuller.isPresent()) {
      found.add(title.get());
    }
    return fuller;
  }

  /**
   * A treaty or event named after an organisation or a country ("ميثاق الأمم المتحدة") names
   * that organisation or country too; an organisation ("القوات المسلحة اليمنية") its country.
   */
  private void findNamedInside(NameTrie.Match<Target> outer, boolean countriesOnly) {
    for (int i = outer.from() + 1; i < outer.to(); i++) {
      var m = gazetteer.trie().longestAt(words, i, this::acceptable);
      if (countriesOnly && m.isPresent() && m.get().value() instanceof Target.Known && outer.value() instanceof Target.Known o
          && !o.entity().country().isEmpty()) {
        // a name two countries share ("الكورية") names the organisation's own country where it is one of them:
        // "وكالة الأنباء المركزية الكورية" is North Korea's
        var own = sharingNameWith(m.get()).stream().filter(c -> c.value() instanceof Target.Known k
            && k.entity().code().equals(o.entity().country())).findFirst();
        if (own.isPresent()) {
          m = own;
        }
      }
      if (m.isPresent() && m.get().to() <= outer.to() && m.get().value() instanceof Target.Known k
          && (countriesOnly ? k.entity().isCountry()
              : k.entity().type() == EntityType.ORG || k.entity().type() == EntityType.GPE)) {
        found.add(m.get());
        i = m.get().to() - 1;
      }
    }
  }

  /**
   * A place whose one-word name is also a common word ("سيول": Seoul and torrents) is the place
   * when the article names its country, or when it is joined by "و" to a place found
   * ("سيول وطوكيو", "واشنطن وسيول"). Such a country ("مالي": Mali and financial) is the country
   * where "و" joins it to a place found, or where it stands right after a preposition of place or a
   * side ("في مالي"، "بمالي"، "شمال مالي"): the adjective follows a noun, never these.
   */
  private void findPlacesInContext() {
    Set<String> countries = new HashSet<>();
    Map<Integer, NameTrie.Match<Target>> placeAt = new HashMap<>();
    for (NameTrie.Match<Target> m : found) {
      if (m.value() instanceof Target.Known k) {
        countries.add(k.entity().isCountry() ? k.entity().code() : k.entity().country());
        if (k.entity().type() == EntityType.GPE || k.entity().type() == EntityType.LOC) {
          placeAt.put(m.from(), m);
          placeAt.put(m.to() - 1, m);
        }
      }
    }
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (covered[i] || words.get(i).token().kind() != Token.Kind.ARABIC) {
        continue;
      }
      int at = i;
      var m = gazetteer.trie().longestAt(words, i, x -> x.to() == at + 1 && x.exact()
          && x.value() instanceof Target.Known k && !k.adjective()
          && (k.entity().type() == EntityType.GPE || k.entity().type() == EntityType.LOC)
          && gazetteer.isCommonKey(NameKeys.key(text.substring(x.start(), x.end()))));
      if (m.isEmpty()) {
        continue;
      }
      KbEntity place = ((Target.Known) m.get().value()).entity();
      boolean joined = (placeAt.containsKey(i + 1) && placeAt.get(i + 1).from() == i + 1
          && words.get(i + 1).key().startsWith("و"))
          || (placeAt.containsKey(i - 1) && words.get(i).key().startsWith("و"));
      boolean inContext = place.isCountry()
          ? PlaceKinds.afterPrepositionOrSide(words, i, m.get().start())
          : !place.country().isEmpty() && countries.contains(place.country()) && !adjectiveOfDefiniteNoun(i);
      if (joined || inContext) {
        added.add(m.get());
        covered[i] = true;
      }
    }
    if (!added.isEmpty()) {
      found.addAll(added);
      found.sort(Comparator.comparingInt(x -> x.from()));
    }
  }

  /**
   * Whether the definite word {@code i} is read as an everyday noun or adjective, not as a town of
   * that word: after a definite noun no list names, as its adjective ("الخوذ الزرقاء"، "النوايا
   * الطيبة"), or before a definite word no list names, its own adjective ("الزاوية اليسرى"). An
   * adjective takes the article of its noun (Wright, A Grammar of the Arabic Language, § 302).
   */
  private boolean adjectiveOfDefiniteNoun(int i) {
    if (!Clitics.opensWithArticle(words.get(i).key())) {
      return false;
    }
    boolean before = i > 0 && words.get(i - 1).token().kind() == Token.Kind.ARABIC && !covered[i - 1]
        && words.get(i - 1).readings().stream().anyMatch(r -> Clitics.hasArticle(r.key()));
    boolean after = i + 1 < words.size() && words.get(i + 1).token().kind() == Token.Kind.ARABIC && !covered[i + 1]
        && Clitics.opensWithArticle(words.get(i + 1).key());
    return before || after;
  }

  /**
   * The names the knowledge base takes only in context ("الأهلي": national; "الوداد": affection;
   * "برشلونة": the city or its club), where the words around say which: right after a word naming
   * their kind ("نادي الأهلي", "صحيفة الوطن") or in a sentence about their field ("فاز الأهلي على
   * ... في مباراة"). Such a name takes words no other name holds, or replaces the city or
   * country it is read over, in as many words (a city's club) or fewer (a club holding its
   * country's name). A country named alone stays the country: a national team is its country.
   */
  private void findNamesInContext() {
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    Set<NameTrie.Match<Target>> replaced = new HashSet<>();
    int i = 0;
    while (i < words.size()) {
      Optional<NameTrie.Match<Target>> m = words.get(i).token().kind() == Token.Kind.ARABIC
          ? gazetteer.nameInContextAt(words, i) : Optional.empty();
      if (m.isEmpty()) {
        i++;
        continue;
      }
      List<NameTrie.Match<Target>> under = placesUnder(m.get());
      if (under == null) {
        i++;
        continue;
      }
      replaced.addAll(under);
      added.add(m.get());
      for (int j = m.get().from(); j < m.get().to(); j++) {
        covered[j] = true;
      }
      i = m.get().to();
    }
    if (!added.isEmpty()) {
      found.removeAll(replaced);
      found.addAll(added);
      found.sort(Comparator.comparingInt(x -> x.from()));
    }
  }

  /**
   * A body named by its kind and an adjective ("البنك الزراعي"، "للمصرف الأهلي";
   * {@code kind-and-adjective.tsv}) that the knowledge base does not list: the kind word, not yet
   * read, then one or more definite masculine adjectives ("ال...ي"), as the kind words are masculine
   * ("خطط البنك التوسعية": the feminine adjective agrees with "خطط"). A country's nisba after them
   * stays outside, as for clubs ("البنك الزراعي السوداني").
   */
  private void findBodiesByAdjective() {
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      if (covered[i] || words.get(i).token().kind() != Token.Kind.ARABIC
          || !gazetteer.isAdjectiveNamedKind(words.get(i))) {
        continue;
      }
      int to = i + 1;
      while (to < words.size() && isDefiniteAdjective(to)) {
        to++;
      }
      if (to == i + 1 || nisbaAt(i + 1)) {
        continue; // "البنك المصري": a bank of the country, no name
      }
      added.add(organisationOver(i, to, nameStart(i)));
      i = to - 1;
    }
    addFound(added);
  }

  /** A definite masculine adjective not yet read as a name ("الزراعي"، "المركزي"). */
  private boolean isDefiniteAdjective(int i) {
    TokenKeys w = words.get(i);
    String k = w.key();
    return w.token().kind() == Token.Kind.ARABIC && !covered[i] && Clitics.opensWithArticle(k) && k.endsWith("ي")
        && !gazetteer.isCommonWord(w);
  }

  /** Whether the knowledge base read word {@code i} as a country's nisba. */
  private boolean nisbaAt(int i) {
    for (NameTrie.Match<Target> m : found) {
      if (m.from() <= i && i < m.to() && m.value() instanceof Target.Known k && k.adjective()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The places found over the words of {@code m} that a name read in context replaces (none when
   * its words are free); null when its words hold anything else, or a country in as many words.
   */
  private List<NameTrie.Match<Target>> placesUnder(NameTrie.Match<Target> m) {
    if (!anyCovered(m.from(), m.to())) {
      return List.of();
    }
    List<NameTrie.Match<Target>> out = new ArrayList<>();
    for (NameTrie.Match<Target> f : found) {
      if (f.to() <= m.from() || f.from() >= m.to()) {
        continue;
      }
      if (f.from() < m.from() || f.to() > m.to() || !(f.value() instanceof Target.Known k) || k.adjective()
          || (k.entity().type() != EntityType.GPE && k.entity().type() != EntityType.LOC)
          || (k.entity().isCountry() && f.to() - f.from() == m.to() - m.from())) {
        return null;
      }
      out.add(f);
    }
    return out;
  }

  /**
   * The names of the statistical model, sentence by sentence. A name overlapping one the
   * knowledge base found is left to the knowledge base; a name the knowledge base holds by
   * exactly these words (refused alone, as a common word) is linked to it; any other becomes a
   * name of the article, without the conjunction or preposition written onto its first word.
   */
  private void findModelNames() {
    if (model.isEmpty() || words.isEmpty()) {
      return;
    }
    int[] flags = classes.ofWords(words);
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    int[] outer = new int[words.size()];
    Arrays.fill(outer, -1);
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      for (int j = m.from(); j < m.to(); j++) {
        if (outer[j] < 0 || found.get(outer[j]).to() - found.get(outer[j]).from() < m.to() - m.from()) {
          outer[j] = k;
        }
      }
    }
    List<Integer> starts = new ArrayList<>();
    List<List<Token>> sentences = new ArrayList<>();
    List<int[]> sentenceFlags = new ArrayList<>();
    for (Span sentence : analyzed.sentences()) {
      int from = analyzed.firstTokenAtOrAfter(sentence.start());
      int to = analyzed.firstTokenAtOrAfter(sentence.end());
      if (to > from) {
        starts.add(from);
        sentences.add(analyzed.tokens().subList(from, to));
        sentenceFlags.add(Arrays.copyOfRange(flags, from, to));
      }
    }
    List<List<NerModel.Name>> read = model.get().names(sentences, sentenceFlags);
    for (int s = 0; s < read.size(); s++) {
      int from = starts.get(s);
      for (NerModel.Name n : read.get(s)) {
        var kind = KindBeforeName.of(gazetteer, words, from + n.from(), from + n.to(), entityType(n.type()));
        EntityType type = kind.type();
        int first = kind.from();
        if (type == EntityType.PERSON) {
          while (first < from + n.to() && everydayWord(first)) {
            first++; // "وقال X": the verb before the name
          }
          if (prepositionAndFeminineNoun(first, from + n.to())) {
            continue; // "بزيارة رسمية"، "لفترة طويلة": a noun and its adjective after a preposition
          }
          // "طراز X"، "لمؤسسة X": the name of a product or a body
          if (first < from + n.to() && (ThingKinds.LISTED.isKind(words.get(first))
              || (first > 0 && ThingKinds.LISTED.isKind(words.get(first - 1))))) {
            continue;
          }
        }
        // "وأشرف" + "عبد الباقي": the model's person of a given name alone, right before this one
        NameTrie.Match<Target> last = added.isEmpty() ? null : added.get(added.size() - 1);
        boolean loneGivenName = last != null && last.from() == first - 1 && last.to() == first
            && last.value() instanceof Target.Model(EntityType t) && t == EntityType.PERSON
            && !anyCovered(first, from + n.to());
        boolean joined = false;
        if (type == EntityType.PERSON && first == from + n.from() && first > from
            && (!covered[first - 1] || loneGivenName)
            && (givenName(first - 1) || andGivenName(first - 1) || givenNameBeforeAbd(first))
            && familyNameFirst(first)) {
          first--; // "وغادة عادل": the model read the family name only; the given name begins it
          if (loneGivenName) {
            added.remove(added.size() - 1);
            covered[first] = false;
            joined = true;
          }
        }
        int a = first;
        int b = type == EntityType.PERSON ? personEnd(a, from + n.to())
            : type == EntityType.MISC ? CompetitionNames.end(words, a, from + n.to(), covered) : from + n.to();
        if (type == EntityType.PERSON && quotedAdjective(a, b)) {
          continue; // 'الوضع "كارثي"'، 'اللقاء "الهام"': a judgement quoted, no person
        }
        if (a >= b || words.get(a).token().kind() == Token.Kind.PUNCT
            || (type == EntityType.ORG && b - a == 1 && AdjectiveAfterNoun.at(words, a))
            || (isPlaceType(type) && b - a == 1 && PlaceKinds.adjectiveOfDefiniteKind(words, a)
                && known(a, b, type).isEmpty()) // "الإقليم [المحاذي]": the region's adjective
            // "بالريف الغربي": a definite noun before a side's adjective, no name the lists hold (ANERcorp
            // train: such a word is a place alone 0 times of 44 where no list holds it)
            || (isPlaceType(type) && b - a == 1 && b < words.size() && PlaceKinds.isDirection(words.get(b))
                && words.get(a).readings().stream().anyMatch(r -> Clitics.hasArticle(r.key()))
                && known(a, b, type).isEmpty())
            || (isPlaceType(type) && b - a == 1 && PlaceKinds.isOutskirts(words.get(a))) // "قرى [ريف] حماة"
            // "سكنت [الزاوية] اليسرى": a town's name that is an everyday word, read here as a noun or adjective
            || (isPlaceType(type) && b - a == 1 && gazetteer.isCommonWord(words.get(a)) && adjectiveOfDefiniteNoun(a))
            || gazetteer.isNotBefore(words, a, b)) { // "ديسمبر/ كانون الأول": the month
          continue;
        }
        // "عبد الرحيم" + "محمد حسين": two persons read side by side, with no "و" or mark between, are one name
        NameTrie.Match<Target> before = added.isEmpty() ? null : added.get(added.size() - 1);
        if (type == EntityType.PERSON && !joined && a == from + n.from() && a > from && before != null
            && before.to() == a && before.value() instanceof Target.Model(EntityType t) && t == EntityType.PERSON
            && words.get(a).key().charAt(0) != 'و' && !anyCovered(a, b)) {
          added.remove(added.size() - 1);
          for (int j = before.from(); j < a; j++) {
            covered[j] = false;
          }
          a = before.from();
          joined = true;
        }
        if (anyCovered(a, b)) {
          if (!retyped(n, a, b, type, outer) && !narrowed(a, b, type, outer)) {
            widened(n, a, b, type, outer, added);
          }
          continue;
        }
        var kb = known(a, b, type);
        if (kb.isEmpty() && !joined && !confident(n, a, b)) {
          continue;
        }
        if (kb.isEmpty() && b - a == 1 && noNameAlone(a)) {
          continue; // "جئت"، "الرئيسان"، "متابعون"، "فريقاً": a verb, a dual, a participle's plural, the tanween
        }
        int start = before != null && before.from() == a ? before.start()
            : type == EntityType.PERSON && andGivenName(a) ? afterAnd(a) : nameStart(a, type);
        int nameFrom = a;
        added.add(kb.orElseGet(() -> new NameTrie.Match<>(nameFrom, b, start,
            words.get(b - 1).token().end(), new Target.Model(type), true)));
        for (int j = a; j < b; j++) {
          covered[j] = true;
        }
      }
    }
    // a name the model widened also takes the names found inside those it replaced
    found.removeIf(m -> m == null || outer[m.from()] == -2);
    if (!added.isEmpty()) {
      found.addAll(added);
      found.sort(Comparator.comparingInt(x -> x.from()));
    }
  }

  /** The sound masculine plural of a participle, "م" and three letters or more before "ون" ("متابعون"، "مسلحون"). */
  private static final Pattern PARTICIPLE_PLURAL = Pattern.compile("م\\p{IsArabic}{3,}ون");
  /** The nisba of a noun in "اء", without the article, as a key ("كهربائي"، "غذائية": ئ is read ي). */
  private static final Pattern NISBA_OF_HAMZA_NOUN = Pattern.compile("\\p{IsArabic}{2,}ايي(ه)?");

  /**
   * Whether word {@code i}, no list's name, is no name by itself, whatever the model reads: a verb
   * ({@code verbs.tsv}, "جئت"), the definite dual of an office or everyday noun ("الرئيسان"، "الجانبان":
   * ANERcorp train.tsv tags no such word), or the plural of a participle ("متابعون": train.tsv 93 of 94
   * untagged, the other inside a person's name), or a word written with the tanween ("فريقاً"), which
   * foreign and most Arab names never take.
   */
  private boolean noNameAlone(int i) {
    TokenKeys w = words.get(i);
    if (w.token().kind() != Token.Kind.ARABIC) {
      return false;
    }
    if (gazetteer.isVerb(w) || gazetteer.isDualOfNoun(w) || NameBoundaries.hasTanween(w)) {
      return true;
    }
    for (TokenKeys.Reading r : w.readings()) {
      if (PARTICIPLE_PLURAL.matcher(r.key()).matches()) {
        return true;
      }
    }
    return adjectiveAfterNoun(i);
  }

  /**
   * Whether word {@code i} is the nisba of a noun in "اء" without the article right after an indefinite
   * noun it qualifies ("مولد [كهربائي]"، "أمن [غذائي]"): an adjective, no name. ANERcorp train.tsv: words in
   * "ائي"/"ائية" 139 times, inside a name once ("الانمائي" of a body), never a name alone; dev: 16 untagged, once
   * a family name after a given name ("مصطفى ضيائي", which this leaves: a given name is no noun before it).
   */
  private boolean adjectiveAfterNoun(int i) {
    if (i == 0 || words.get(i - 1).token().kind() != Token.Kind.ARABIC || !NISBA_OF_HAMZA_NOUN.matcher(words.get(i).key()).matches()) {
      return false;
    }
    TokenKeys noun = words.get(i - 1);
    return !Clitics.opensWithArticle(noun.key()) && !gazetteer.isVerb(noun) && !givenName(i - 1) && !gazetteer.isCommonWord(noun);
  }

  /**
   * A name the model read on one side of a hyphen written between two words with no space runs over
   * it: a person's ("ميشيل-أنج"، "فيس-إيميه": French and other compound given and family names), a
   * place's or a body's ("قرية أك-ساي"، "معبر كيزيل-بيل": transliterated names of small foreign places).
   * A name the model read on the other side, of any of these types, joins it (the first one's type
   * holds), and a word no name holds is taken in. In ANERcorp's train part the words on both sides of
   * such a hyphen are one person's name 7 times of 8 ("كيم جونغ - ايل"، "ميشال اليو - ماري") and one
   * body's once ("أيرو-أتلنتيك"); in the real news of jawharafm and the GSR dev sentences a hyphen with
   * no space stands between two words 4 times: two nisbas with the article ("الجزائرية-التونسية",
   * which no name takes in), a school's name ("ساينسز-بو") and one abbreviation, none beside a name
   * the model read. A place or body the lists found, and a work or product (MISC), are left as they are.
   */
  private void joinHyphenatedNames() {
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      if (m == null || !(m.value() instanceof Target.Model(EntityType t)) || t == EntityType.MISC) {
        continue;
      }
      int from = m.from();
      int to = m.to();
      int start = m.start();
      // leftward: "جان-[بيار دوبون]"
      while (NameBoundaries.gluedHyphen(words, from - 1) && hyphenNameWord(from - 2)) {
        from -= 2;
        start = words.get(from).token().start();
      }
      // rightward: "[أليكس ديدييه فيس]-إيميه", "[ميشيل]-[أنج لوي جون]"
      while (NameBoundaries.gluedHyphen(words, to)) {
        int after = to + 1;
        int j = k + 1;
        while (j < found.size() && found.get(j) != null && found.get(j).to() <= after) {
          j++;
        }
        if (j < found.size() && found.get(j) != null && found.get(j).from() == after
            && found.get(j).value() instanceof Target.Model(EntityType u) && u != EntityType.MISC) {
          to = found.get(j).to();
          found.set(j, null);
        } else if (hyphenNameWord(after)) {
          to = after + 1;
        } else {
          break;
        }
      }
      if (from != m.from() || to != m.to()) {
        for (int j = from; j < to; j++) {
          covered[j] = true;
        }
        found.set(k, new NameTrie.Match<>(from, to, start, words.get(to - 1).token().end(), m.value(), m.exact()));
      }
    }
    found.removeIf(x -> x == null);
  }

  /** Whether word {@code i} may be the part of a compound name across a hyphen: Arabic, not yet read, no everyday word, no article. */
  private boolean hyphenNameWord(int i) {
    return i >= 0 && i < words.size() && words.get(i).token().kind() == Token.Kind.ARABIC && !covered[i]
        && !Clitics.opensWithArticle(words.get(i).key()) && !everydayWord(i) && !gazetteer.isVerb(words.get(i));
  }

  /**
   * A person whose given name ends with "الله" ({@link GivenNamesWithAllah}: "ذبيح الله"، "حبيب
   * الله") and has one or two family names after it, closed as a name no list holds is
   * ({@link #closesName}): the model reads "الله" alone (God, MISC in ANERcorp) and leaves the rest.
   * What the model read inside those words gives way; a name of the knowledge base there, or a
   * model's name running out of them, is left as found.
   */
  private void findNamesWithAllah() {
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    for (int i = 0; i + 2 < words.size(); i++) {
      if (words.get(i).token().kind() != Token.Kind.ARABIC || !GivenNamesWithAllah.LISTED.startsAt(words, i)) {
        continue;
      }
      int to = i + 2;
      while (to < words.size() && to < i + 4 && familyNameWord(to)) {
        to++;
      }
      int from = i;
      int end = to;
      if (to == i + 2 || !closesName(to) || found.stream().anyMatch(m -> m != null && m.from() < end && m.to() > from
          && (!(m.value() instanceof Target.Model) || m.from() < from || m.to() > end))) {
        continue;
      }
      found.removeIf(m -> m != null && m.from() < end && m.to() > from);
      for (int j = from; j < end; j++) {
        covered[j] = true;
      }
      int start = words.get(from).token().start() + (GivenNamesWithAllah.LISTED.afterWaw(words.get(from).key()) ? 1 : 0);
      added.add(new NameTrie.Match<>(from, end, start, words.get(end - 1).token().end(),
          new Target.Model(EntityType.PERSON), true));
      i = end - 1;
    }
    addFound(added);
  }

  /**
   * Whether word {@code j} may be a family name after a given name, where only the given name says
   * a person is named: an Arabic word without the article or "و" before it, none of the sentence's
   * everyday words, verbs, prepositions written onto a noun, words with an attached pronoun or the
   * tanween ({@link #nameAfterPersonNoun}, which reads the words not yet read only).
   */
  private boolean familyNameWord(int j) {
    TokenKeys w = words.get(j);
    boolean was = covered[j];
    covered[j] = false;
    boolean ok = w.token().kind() == Token.Kind.ARABIC && !Clitics.opensWithArticle(w.key()) && w.key().charAt(0) != 'و'
        && nameAfterPersonNoun(j, false);
    covered[j] = was;
    return ok;
  }

  /**
   * A person the model read by the given name alone right after a title of rank or honour
   * ("العميد [X] Y", offices.tsv: title) takes the next word as the family name, where it may be one
   * ({@link #familyNameWord}, and not beginning with ب، ل or ف, mostly prepositions and
   * conjunctions) and the name closes after it ({@link #closesName}). In ANERcorp's train part,
   * after such a title, a given name of our list and such a word closed so, the word is inside the
   * name 15 times of 16 ("الدكتور سعيد هيئات": a plural noun).
   */
  private void widenGivenNamesAfterTitles() {
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      if (m == null || !(m.value() instanceof Target.Model(EntityType t)) || t != EntityType.PERSON
          || m.to() - m.from() != 1 || m.to() >= words.size() || covered[m.to()] || !givenName(m.from())
          || !titleEndsAt(m.from())) {
        continue;
      }
      int next = m.to();
      String text = words.get(next).token().text();
      if (familyNameWord(next) && !text.startsWith("ب") && !text.startsWith("ل") && !text.startsWith("ف")
          && closesName(next + 1)) {
        covered[next] = true;
        found.set(k, new NameTrie.Match<>(m.from(), next + 1, m.start(), words.get(next).token().end(),
            m.value(), m.exact()));
      }
    }
  }

  /**
   * A person the model read by the given name alone takes the next word as the family name where,
   * as after a title ({@link #widenGivenNamesAfterTitles}), it may be one ({@link #familyNameWord}:
   * no everyday word, verb, preposition or pronoun; not beginning with ب، ل or ف), is no noun of a
   * person ("شقيق") nor an office in the accusative, and the name closes after it ({@link
   * #closesName}): "محسن [مرزوق] التصريحات". In ANERcorp's train part, after a given name that
   * begins a person, a word without the article that such a word closes is inside the name 196
   * times of 215, the others mostly verbs and nouns of a person, which these tests leave out; a
   * word in ه there is the pronoun 28 times of 32 ("قوله"، "حديثه"), so none is taken unless a
   * given name ("طه"). After "عبد" and its second word the next word was a noun in heldout4, so
   * those are left. In jawharafm the model cut 11 names so among 39 lone given names before an
   * unread word (the rest: prepositions, marks, "و").
   */
  private void widenGivenNamesAlone() {
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      if (m == null || !(m.value() instanceof Target.Model(EntityType t)) || t != EntityType.PERSON
          || m.to() - m.from() != 1 || m.to() >= words.size() || covered[m.to()] || !givenName(m.from())) {
        continue;
      }
      int next = m.to();
      TokenKeys w = words.get(next);
      String text = w.token().text();
      if (familyNameWord(next) && !opensWithProclitic(next)
          && !PersonNouns.LISTED.isPersonNoun(w) && !gazetteer.isOfficeInAccusative(w)
          && !NameBoundaries.hasTanween(w) && (!text.endsWith("ه") || givenName(next)) && closesName(next + 1)) {
        covered[next] = true;
        found.set(k, new NameTrie.Match<>(m.from(), next + 1, m.start(), w.token().end(), m.value(), m.exact()));
      }
    }
  }

  /** How many words a name set off between commas after an office may hold ("، [حسن عبدي ورسمه]،"). */
  private static final int APPOSITIVE_REACH = 4;

  /**
   * A person's name set off after an office, a title or a comma and closed by a comma or إن/أن
   * ({@link #endsName}) is whole between them: the model's person takes one free word before it
   * ("رئيس المجلس، [أمين] أبو عليا، إن": an everyday word read as a given name) and a one-word person
   * the model read after it with "و" ("العقيد حسن عبدي [ورسمه]،": a Somali name, not "and"), where
   * that word is no given name ("وحسن": a second person). In the records of the development sets it
   * makes three names whole and no other; in jawharafm and ANERcorp's dev part it reads nothing new
   * (jawharafm: "، X Y وZ،" five times, none a person, none read as one by the model).
   */
  private void widenAppositiveNames() {
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      if (m == null || !(m.value() instanceof Target.Model(EntityType t)) || t != EntityType.PERSON) {
        continue;
      }
      int from = m.from();
      int to = m.to();
      int after = -1;
      if (to + 1 < words.size() && endsName(to + 1) && words.get(to).token().text().startsWith("و")
          && !andGivenName(to)) {
        after = modelPersonAlone(to);
      }
      int end = after >= 0 ? to + 1 : to;
      boolean before = from >= 2 && freeWordBeforeName(from - 1) && opensAppositive(from - 1);
      int start = before ? from - 1 : from;
      if (!(before || after >= 0) || !opensAppositive(start) || !endsName(end) || end - start > APPOSITIVE_REACH) {
        continue;
      }
      if (after >= 0) {
        found.set(after, null);
      }
      for (int j = start; j < end; j++) {
        covered[j] = true;
      }
      found.set(k, new NameTrie.Match<>(start, end, words.get(start).token().start(),
          words.get(end - 1).token().end(), m.value(), m.exact()));
    }
  }

  /** The index in {@link #found} of a model's one-word person on word {@code i}, else -1. */
  private int modelPersonAlone(int i) {
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      if (m != null && m.from() == i && m.to() == i + 1 && m.value() instanceof Target.Model(EntityType t)
          && t == EntityType.PERSON) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a name set off after a comma, an office or a title may begin at word {@code i}. */
  private boolean opensAppositive(int i) {
    return i > 0 && (isComma(i - 1) || officeEndsAt(i) || titleEndsAt(i));
  }

  /**
   * Whether word {@code i} may be a given name no list holds: read by nothing, no everyday word,
   * verb or noun of a person, without the article, a proclitic, a pronoun, the tanween or ة.
   */
  private boolean freeWordBeforeName(int i) {
    TokenKeys w = words.get(i);
    String text = w.token().text();
    return nameLike(i) && !gazetteer.isVerb(w) && !PersonNouns.LISTED.isPersonNoun(w)
        && !Clitics.opensWithArticle(w.key()) && !Clitics.opensWithConjunction(text)
        && !Clitics.opensWithPreposition(text)
        && !NameBoundaries.hasPronounEnding(w.key()) && !NameBoundaries.hasTanween(w) && !text.endsWith("ة")
        && !gazetteer.isOfficeInAccusative(w) && !everydayWord(i);
  }

  /**
   * A Maghrebi family name of a particle and a name ({@link FamilyNameParticles}: "بالحاج"،
   * "بلحاج"، "بالعيد") right after a given name is the person's family name, not the preposition
   * ب and a noun: the person the model read by the given name alone (or by "عبد" and its second
   * word) takes it, and a person no one read is named by the two words. A word after it that may
   * be a family name, not beginning with ب، ل or ف, and closes the name ({@link #familyNameWord},
   * {@link #closesName}) is the name's too ("بالحاج علي"; not "بمهمة"). In jawharafm, such a word after a given name is the family name 16
   * times of 16; ANERcorp's train part has none.
   */
  private void readParticleFamilyNames() {
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).token().kind() != Token.Kind.ARABIC
          || !FamilyNameParticles.LISTED.isFamilyName(words.get(i), gazetteer)
          || (covered[i] && !titleOnlyAt(i))) {
        continue;
      }
      int to = i + 1;
      if (to < words.size() && !covered[to] && (givenName(to) || familyNameWord(to) && !opensWithProclitic(to))
          && !gazetteer.isOfficeInAccusative(words.get(to)) && closesName(to + 1)
          && !FamilyNameParticles.LISTED.isFamilyName(words.get(to), gazetteer)) {
        to++;
      }
      int k = personEndingAt(i);
      if (k >= 0 || (!covered[i - 1] && givenName(i - 1) && !gazetteer.isCommonWord(words.get(i - 1)))) {
        int at = i;
        found.removeIf(m -> m != null && m.from() == at && m.to() == at + 1 && m.value() instanceof Target.OfficeWord);
        k = personEndingAt(i);
      }
      if (k >= 0) {
        NameTrie.Match<Target> m = found.get(k);
        found.set(k, new NameTrie.Match<>(m.from(), to, m.start(), words.get(to - 1).token().end(), m.value(), m.exact()));
      } else if (!covered[i - 1] && givenName(i - 1) && !gazetteer.isCommonWord(words.get(i - 1))) {
        int start = andGivenName(i - 1) ? afterAnd(i - 1) : nameStart(i - 1, EntityType.PERSON);
        added.add(new NameTrie.Match<>(i - 1, to, start, words.get(to - 1).token().end(),
            new Target.Model(EntityType.PERSON), true));
        covered[i - 1] = true;
      } else {
        continue;
      }
      for (int j = i; j < to; j++) {
        covered[j] = true;
      }
      i = to - 1;
    }
    if (!added.isEmpty()) {
      found.addAll(added);
      found.sort(Comparator.comparingInt(x -> x.from()));
    }
  }

  /**
   * The index in {@link #found} of the model's person that ends right before word {@code i} with a
   * given name, or with "عبد" and the word after it ("عبد الرحمان"); -1 if none.
   */
  private int personEndingAt(int i) {
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      if (m != null && m.to() == i && m.value() instanceof Target.Model(EntityType t) && t == EntityType.PERSON
          && (givenName(i - 1) || (i - 2 >= m.from() && words.get(i - 2).key().equals(ABD)))) {
        return k;
      }
    }
    return -1;
  }

  /** Whether word {@code i} is read only as a title of rank or honour ("بالحاج": ب and الحاج). */
  private boolean titleOnlyAt(int i) {
    boolean title = false;
    for (NameTrie.Match<Target> m : found) {
      if (m != null && m.from() <= i && m.to() > i) {
        if (m.from() != i || m.to() != i + 1 || !(m.value() instanceof Target.OfficeWord o)
            || o.office().kind() != Office.Kind.TITLE) {
          return false;
        }
        title = true;
      }
    }
    return title;
  }

  /**
   * Whether word {@code i} begins with ب، ل or ف, a letter that may be a proclitic: after a name such
   * a word is more often a preposition's or a conjunction's ("بمهمة"، "لتونس"، "فقال") than a family name.
   */
  private boolean opensWithProclitic(int i) {
    String text = words.get(i).token().text();
    return !text.isEmpty() && "بلف".indexOf(text.charAt(0)) >= 0;
  }

  /** The key of "آل", the house a family name names ("آل ثاني"). */
  private static final String AL = NameKeys.key("آل");

  /**
   * A person no list holds, read by the model, takes "آل" and the word after it where they follow
   * the name with no mark between and the name closes after them ({@link #closesName}): the house is
   * the family name ("محمد كاظم [آل صادق]"), as "بن" and "آل" are inside a name read with them. ANERcorp's
   * train part: "آل" right after a person's word is inside the name 16 times of 16 (after a noun,
   * "أسرته آل"، "كنية آل", it is not); jawharafm and the GSR dev sentences: "آل" and a word after a
   * person's name is the family name 20 times of 20.
   */
  private void widenByFamilyOfHouse() {
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      if (m == null || !(m.value() instanceof Target.Model(EntityType t)) || t == EntityType.MISC) {
        continue;
      }
      int at = m.to();
      if (at + 1 >= words.size() || covered[at] || covered[at + 1] || !words.get(at).key().equals(AL)
          || words.get(at + 1).token().kind() != Token.Kind.ARABIC || Clitics.opensWithArticle(words.get(at + 1).key())
          || gazetteer.isCommonWord(words.get(at + 1)) || gazetteer.isVerb(words.get(at + 1))
          || !closesName(at + 2)) {
        continue;
      }
      covered[at] = true;
      covered[at + 1] = true;
      found.set(k, new NameTrie.Match<>(m.from(), at + 2, m.start(), words.get(at + 1).token().end(),
          m.value(), m.exact()));
    }
  }

  /**
   * A body of the knowledge base named right before the nisba of another country than its own is that
   * country's body of the same name, which no list holds ("الحزب الديمقراطي الكردستاني [الإيراني]" is not
   * Iraq's KDP, "حزب الله البحريني" not Lebanon's Hezbollah): an organisation of the body's words and the
   * nisba, the knowledge base's link refused (as a club's or company's name refuses another country's
   * nisba). Counted over the records of jawharafm and of the dev sets: a listed organisation with its
   * country before another country's nisba 3 times, each another body (Bahrain's Hezbollah, Libya's
   * Government of National Salvation, Iran's KDP); before its own country's nisba 2 times.
   */
  private void readBodiesOfAnotherCountry() {
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      if (m == null || !(m.value() instanceof Target.Known body) || body.adjective()
          || body.entity().type() != EntityType.ORG || body.entity().country() == null
          || body.entity().country().isEmpty()) {
        continue;
      }
      for (int j = 0; j < found.size(); j++) {
        NameTrie.Match<Target> n = found.get(j);
        if (n != null && n.from() == m.to() && n.to() == m.to() + 1 && n.value() instanceof Target.Known nisba
            && nisba.adjective() && nisba.entity().code() != null && !nisba.entity().code().isEmpty()
            && !nisba.entity().code().equals(body.entity().country())) {
          found.set(k, new NameTrie.Match<>(m.from(), n.to(), Math.max(m.start(), nameStart(m.from())), n.end(), new Target.Model(EntityType.ORG), m.exact()));
          found.set(j, null);
          break;
        }
      }
    }
    found.removeIf(Objects::isNull);
  }

  /** The key of "بعثة", the head of a mission's name. */
  private static final String MISSION = NameKeys.key("بعثة");

  /** The key of "عبد", the first word of compound given names. */
  private static final String ABD = NameKeys.key("عبد");

  /**
   * A person's name right after a public place's kind commonly named after one ({@link
   * PlaceKinds#namedForPersons}: "ساحة [رياض الصلح]"، "بشارع [محمد الخامس]"، "مخيم [أبو شوك]") names the
   * place: a place no list holds, by the person's words, the kind outside.
   */
  private void readPlacesNamedForPersons() {
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      if (m == null) {
        continue;
      }
      if (isPerson(m) && m.from() > 0 && m.start() == words.get(m.from()).token().start()
          && PlaceKinds.namedForPersons(words.get(m.from() - 1))) {
        // the person's words as a person's name no list holds would end ("خور عبدالله [قرب]")
        int to = m.value() instanceof Target.Model ? personEnd(m.from(), m.to()) : m.to();
        if (to <= m.from()) {
          continue;
        }
        int end = Math.min(m.end(), words.get(to - 1).token().end());
        var whole = PlaceKinds.wholeNameStart(words.get(m.from() - 1));
        boolean inside = whole.isPresent() && !covered[m.from() - 1];
        if (inside) {
          covered[m.from() - 1] = true;
        }
        found.set(k, new NameTrie.Match<>(inside ? m.from() - 1 : m.from(), to, inside ? whole.getAsInt() : m.start(), end,
            new Target.Model(EntityType.LOC), m.exact()));
      }
    }
    found.removeIf(Objects::isNull);
  }

  /**
   * A person's name right after a hospital's, school's, university's or airport's noun, or after the noun
   * and a title ({@link PlaceKinds#buildingNamedFor}: "مستشفى [محمد بوضياف]"، "مطار الملك خالد"), names the
   * building, the noun, the title and the building's adjectives inside ("[مطار الملك خالد الدولي]"), ORG or
   * LOC as our gold names them: the person is none of the article's. A person the offices' titles introduce
   * later ("جامعة الملك [سعود]") is not read so.
   */
  private void readBuildingsNamedForPersons() {
    // the title that ends where each word starts (the last found, as the reading in order would keep)
    Map<Integer, Integer> titleEndingAt = new HashMap<>();
    for (int j = 0; j < found.size(); j++) {
      NameTrie.Match<Target> t = found.get(j);
      if (t != null && t.value() instanceof Target.OfficeWord o && o.office().kind() == Office.Kind.TITLE) {
        titleEndingAt.put(t.to(), j);
      }
    }
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      if (m == null) {
        continue;
      }
      if ((isPerson(m) || m.value() instanceof Target.Local) && m.from() > 0) {
        // the kind right before the name, or before a title of the name ("مطار [الملك] خالد")
        Integer titleAt = titleEndingAt.get(m.from());
        int title = titleAt == null || found.get(titleAt) == null ? -1 : titleAt;
        int first = title < 0 ? m.from() : found.get(title).from();
        var building = first > 0 && !covered[first - 1] ? PlaceKinds.buildingNamedFor(words.get(first - 1)) : Optional.<Map.Entry<EntityType, Integer>>empty();
        int to = building.isPresent() && m.value() instanceof Target.Model ? personEnd(m.from(), m.to()) : m.to();
        if (building.isPresent() && to > m.from()) {
          covered[first - 1] = true;
          while (to < words.size() && !covered[to] && PlaceKinds.isBuildingAdjective(words.get(to))) {
            covered[to++] = true;
          }
          found.set(k, new NameTrie.Match<>(first - 1, to, building.get().getValue(),
              words.get(to - 1).token().end(), new Target.Model(building.get().getKey()), m.exact()));
          if (title >= 0) {
            found.set(title, null);
          }
          continue;
        }
      }
    }
    found.removeIf(Objects::isNull);
  }

  /**
   * A person no list holds, read by the model right after a settlement's kind, or after the kind and an
   * opening quotation mark ("قرية « X Y »"، "في بلدة X"), is the settlement: the kind names what follows
   * it (ANERcorp train.tsv: after مدينة، بلدة، قرية، محافظة، منطقة، ولاية، إقليم، مقاطعة، قضاء without the
   * article the next word opens a place 194 times of 264, a person 2, one of them a town tagged as one:
   * "مدينة أولم"; the dev sets and jawharafm of main 18c5635: a person the model read there once, a village).
   * "ولاية" (also a term of office: "ولاية أوباما"), "قضاء" (also the judiciary) and "مخيم" (named for
   * persons, {@link #readPlacesNamedForPersons}) are left out; a person of the knowledge base stays.
   */
  private void readSettlementsReadAsPersons() {
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      if (m != null && m.value() instanceof Target.Model(EntityType t) && t == EntityType.PERSON
          && m.start() == words.get(m.from()).token().start() && settlementKindBefore(m.from())) {
        found.set(k, new NameTrie.Match<>(m.from(), m.to(), m.start(), m.end(), new Target.Model(EntityType.GPE), m.exact()));
      }
    }
  }

  /** Whether a settlement's kind stands right before word {@code i}, or before an opening quotation mark there. */
  private boolean settlementKindBefore(int i) {
    int k = i - 1;
    if (k >= 0 && OPENING_QUOTES.contains(words.get(k).token().text())) {
      k--;
    }
    return k >= 0 && PlaceKinds.isSettlementKind(words.get(k));
  }

  private static final Set<String> OPENING_QUOTES = Set.of("«", "\"", "“", "„");
  private static final Set<String> CLOSING_QUOTES = Set.of("»", "\"", "”", "“");

  /**
   * Whether the model's person on {@code [a, b)} is one word alone between quotation marks that has
   * the article or ends in the adjective's ي and is no given name nor a name of the knowledge base:
   * a word quoted as a judgement ('الوضع "كارثي"'، 'اللقاء "الهام"'). Counted: the dev sets and
   * jawharafm of main 18c5635, a person the model alone read in one quoted word 3 times, none a
   * person, 2 of them so shaped (the third "هيثرو", an airport); ANERcorp train.tsv, one word alone
   * in quotation marks a person 4 times of 55 ("بوتين"، "ميساء"), none so shaped.
   */
  private boolean quotedAdjective(int a, int b) {
    if (b - a != 1 || a == 0 || b >= words.size()) {
      return false;
    }
    TokenKeys w = words.get(a);
    String k = w.key();
    return w.token().kind() == Token.Kind.ARABIC && OPENING_QUOTES.contains(words.get(a - 1).token().text())
        && CLOSING_QUOTES.contains(words.get(b).token().text())
        && (Clitics.opensWithArticle(k) || k.length() >= 4 && k.endsWith("ي"))
        && !givenName(a) && known(a, b, EntityType.PERSON).isEmpty();
  }

  /**
   * Whether an office (offices.tsv: office) ends right before word {@code i}: what "و" and the article join to it
   * there is the office's second field ("وزير الخارجية والتعاون"). jawharafm: "وزير/وزيرة ال... وال..." 14 times, every
   * one a portfolio; the persons no list holds that the model read from such a "وال" in the records of every
   * development set and jawharafm: 6, none a person.
   */
  private boolean officeEndsAt(int i) {
    return officeWordEndsAt(i, Office.Kind.OFFICE);
  }

  /** Whether a title of rank or honour ("العميد"، "الشيخ"; offices.tsv: title) ends right before word {@code i}. */
  private boolean titleEndsAt(int i) {
    return officeWordEndsAt(i, Office.Kind.TITLE);
  }

  /** Whether a word of offices.tsv of that kind ends right before word {@code i}. */
  private boolean officeWordEndsAt(int i, Office.Kind kind) {
    for (NameTrie.Match<Target> m : found) {
      if (m != null && m.to() == i && m.value() instanceof Target.OfficeWord o && o.office().kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * Works, products and venues, MISC as ANERcorp annotates them ({@link MiscHeads}): a title quoted
   * after its noun ("مسلسل « ... »") replaces whatever names were read inside the quotation marks;
   * a name right after a stadium's or a prayer's noun ("ملعب ..."، "صلاة المغرب") becomes the
   * stadium's or the prayer's ({@link #namesVenue}); a make after a model's noun, with its number,
   * the model's ("من طراز بوينغ 737").
   */
  private void findTitlesAndVenues() {
    MiscHeads heads = MiscHeads.standard();
    int n = words.size();
    // over each word: the first word and the end of the names found over it (no name: n and -1)
    int[] outerFrom = new int[n];
    int[] outerTo = new int[n];
    Arrays.fill(outerFrom, n);
    Arrays.fill(outerTo, -1);
    for (NameTrie.Match<Target> m : found) {
      for (int j = m.from(); j < m.to(); j++) {
        outerFrom[j] = Math.min(outerFrom[j], m.from());
        outerTo[j] = Math.max(outerTo[j], m.to());
      }
    }
    // over each word of a new MISC name: where that name ends (none: -1)
    int[] miscTo = new int[n];
    Arrays.fill(miscTo, -1);
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    for (MiscHeads.Span t : heads.titles(words)) {
      if (crossed(t.from(), t.to(), outerFrom, outerTo)) {
        continue; // a name reaches over the quotation mark: no title of its own
      }
      added.add(new NameTrie.Match<>(t.from(), t.to(), words.get(t.from()).token().start(),
          words.get(t.to() - 1).token().end(), new Target.Model(EntityType.MISC), true));
      Arrays.fill(miscTo, t.from(), t.to(), t.to());
    }
    for (NameTrie.Match<Target> m : found) {
      if (m.from() == 0 || miscTo[m.from()] >= 0 || crossed(m.from(), m.to(), outerFrom, outerTo)) {
        continue; // not the outermost name over its words
      }
      boolean venue = heads.namesWhatFollows(words, m.from() - 1) && namesVenue(m);
      boolean model = heads.namesModel(words, m.from() - 1) && namesModel(m);
      if (venue || model) {
        int to = model ? MiscHeads.afterModelNumber(words, m.to()) : m.to();
        added.add(new NameTrie.Match<>(m.from(), to, m.start(), words.get(to - 1).token().end(),
            new Target.Model(EntityType.MISC), true));
        Arrays.fill(miscTo, m.from(), to, to);
      }
    }
    // "على استاد X Y في ...": a stadium's name no list holds, what was read inside it giving way
    for (int i = 0; i + 1 < n; i++) {
      if (!heads.namesVenue(words, i) || miscTo[i + 1] >= 0) {
        continue;
      }
      int to = i + 1;
      while (to < n && to - i - 1 < MAX_VENUE_WORDS && venueNameWord(to)) {
        to++;
      }
      if (to == i + 1 || !closesVenueName(to) || crossed(i + 1, to, outerFrom, outerTo)
          || (outerFrom[i + 1] == i + 1 && outerTo[i + 1] == to)) {
        continue; // no name, not closed, or one name read over exactly these words: the rule above decides
      }
      added.add(new NameTrie.Match<>(i + 1, to, words.get(i + 1).token().start(), words.get(to - 1).token().end(),
          new Target.Model(EntityType.MISC), true));
      Arrays.fill(miscTo, i + 1, to, to);
    }
    if (!added.isEmpty()) {
      // the title's, the stadium's or the model's name, and no name read inside it
      found.removeIf(m -> miscTo[m.from()] >= m.to());
      for (NameTrie.Match<Target> m : added) {
        Arrays.fill(covered, m.from(), m.to(), true);
      }
      found.addAll(added);
      found.sort(Comparator.comparingInt(x -> x.from()));
    }
  }

  /** Nouns of an event named in construct with its host ({@code hosted-events.tsv}: "مونديال"). */
  private static final Set<String> HOSTED_EVENTS = NameKeys.keysOfList("entities/hosted-events.tsv");

  /**
   * An event's noun written without the article right before a place ("مونديال ألمانيا"، "لأولمبياد
   * بكين") is no name of its own: the host names the event, as ANERcorp annotates it (train.tsv: 4 of
   * 4 untagged, the place LOC). The noun alone or before a year stays the event's name.
   */
  private void dropHostedEventNouns() {
    for (int k = 0; k + 1 < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      NameTrie.Match<Target> next = found.get(k + 1);
      if (m.to() - m.from() == 1 && next.from() == m.to() && isMisc(m) && hostedEventNoun(words.get(m.from()))
          && (isPlaceOrCountry(next) || next.value() instanceof Target.Model(EntityType t) && t == EntityType.GPE)) {
        covered[m.from()] = false;
        found.remove(k);
        k--;
      }
    }
  }

  private static boolean isMisc(NameTrie.Match<Target> m) {
    return m.value() instanceof Target.Known k ? k.entity().type() == EntityType.MISC
        : m.value() instanceof Target.Model(EntityType t) && t == EntityType.MISC;
  }

  /** Whether word {@code w} is an event's noun of {@code hosted-events.tsv} without the article. */
  private static boolean hostedEventNoun(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && ThingKinds.indefiniteReadingIn(w, HOSTED_EVENTS);
  }

  /** A stadium's name no list holds is at most this many words ("سانتياغو برنابيو"). */
  private static final int MAX_VENUE_WORDS = 3;

  /** Whether word {@code i} may be part of a stadium's name no list holds: no article, no everyday word, no verb. */
  private boolean venueNameWord(int i) {
    TokenKeys w = words.get(i);
    return w.token().kind() == Token.Kind.ARABIC && !Clitics.opensWithArticle(w.key()) && !gazetteer.isCommonWord(w)
        && !gazetteer.isVerb(w) && !everydayNoun(i) && !PlaceKinds.isKind(w);
  }

  /** Whether a stadium's name ends before word {@code i}: a mark, "في" or a word with the article. */
  private boolean closesVenueName(int i) {
    if (i >= words.size() || words.get(i).token().kind() == Token.Kind.PUNCT) {
      return true;
    }
    TokenKeys w = words.get(i);
    return w.token().kind() == Token.Kind.ARABIC && ("في".equals(w.key()) || Clitics.opensWithArticle(w.key()));
  }

  /** Whether a name found over some of words {@code [from, to)} reaches outside them. */
  private static boolean crossed(int from, int to, int[] outerFrom, int[] outerTo) {
    for (int j = from; j < to; j++) {
      if (outerFrom[j] < from || outerTo[j] > to) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name a stadium's (or a prayer's) noun stands before names the stadium: a name only
   * the model read, a country's, a person's or a thing's; not a city's or a region's ("استاد
   * الدوحة"), nor a club's, whose ground it is ("ملعب برشلونة"), nor an office's.
   */
  private static boolean namesVenue(NameTrie.Match<Target> m) {
    return switch (m.value()) {
      case Target.Model x -> true;
      case Target.Known k -> !k.adjective() && (k.entity().isCountry()
          || k.entity().type() == EntityType.PERSON || k.entity().type() == EntityType.MISC);
      default -> false;
    };
  }

  /** Whether the name after a model's noun ("طراز") is the make's: a company, a thing or a name only the model read. */
  private static boolean namesModel(NameTrie.Match<Target> m) {
    return switch (m.value()) {
      case Target.Model x -> true;
      case Target.Known k -> !k.adjective() && !k.entity().isCountry()
          && (k.entity().type() == EntityType.ORG || k.entity().type() == EntityType.MISC);
      default -> false;
    };
  }

  /**
   * A person the model missed where news names its speakers and actors: right after a verb of
   * {@code verbs.tsv}, a given name ({@code given-names.tsv}) and one or two more words, none of
   * them an everyday word, before a comma, a colon, a quotation mark or إن/أن ("قال الطاهر هميلة،
   * النائب ..."; "وأكدت مية الجريبي أن ..."). Later the surname alone names them.
   */
  private void findNamesAfterVerbs() {
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    for (int i = 0; i + 3 < words.size(); i++) {
      if (words.get(i).token().kind() != Token.Kind.ARABIC || !gazetteer.isVerb(words.get(i))) {
        continue;
      }
      int from = i + 1;
      if (gazetteer.isOrganisationHead(words.get(from))) {
        Optional<NameTrie.Match<Target>> readByModel = modelOrganisationAt(from);
        if (!covered[from] || readByModel.isPresent()) {
          organisationAfterVerb(from)
              .filter(o -> readByModel.isEmpty() || o.to() > readByModel.get().to())
              .ifPresent(o -> {
                readByModel.ifPresent(found::remove);
                added.add(o);
              });
          continue;
        }
      }
      if (!givenName(from)) {
        int named = afterOfficeAndComma(from);
        if (named < 0) {
          fullNameBefore(i, from).ifPresent(added::add);
          continue;
        }
        from = named;
      }
      for (int to = from + 2; to <= Math.min(from + 3, words.size() - 1); to++) {
        if (!nameLike(to - 1)) {
          break;
        }
        if (endsName(to)) {
          added.add(new NameTrie.Match<>(from, to, words.get(from).token().start(), words.get(to - 1).token().end(),
              new Target.Model(EntityType.PERSON), true));
          for (int j = from; j < to; j++) {
            covered[j] = true;
          }
          break;
        }
      }
    }
    if (!added.isEmpty()) {
      found.addAll(added);
      found.sort(Comparator.comparingInt(x -> x.from()));
    }
  }

  /**
   * A body's name quoted after the noun of its kind ({@link QuotedBodies}: "جماعة «أنصار الحق»"،
   * "تحالف العصابات «...»") is an organisation, in place of what the model read inside the marks; a
   * name of the knowledge base inside them ("تنظيم «داعش»") is left as found. So is a quoted name that
   * begins with the noun ({@link QuotedBodies#quotedWithHead}: 'باسم "تحالف نهر الكونغو"'): in jawharafm and the
   * GSR dev sentences a quotation of two to six words opening with such a noun names a body 46 times of 50
   * (the others quoted speech, with a verb or a pronoun); ANERcorp's train part tags the one it has ORG whole.
   */
  private void findQuotedBodies() {
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    for (int i = 0; i + 2 < words.size(); i++) {
      // the kind word inside a name already found ("حزب الله «...»"، "منظمة الصحة العالمية «...»") is no head here
      int[] q = covered[i] ? null
          : QuotedBodies.quotedAfter(words, i, j -> everydayWord(j) || gazetteer.isVerb(words.get(j)));
      if (q == null && (i + 1 >= words.size() || !covered[i + 1])) {
        q = QuotedBodies.quotedWithHead(words, i, j -> gazetteer.isVerb(words.get(j))
            || NameBoundaries.hasPronounEnding(words.get(j).key()) || indefiniteNoun(j));
      }
      if (q == null) {
        continue;
      }
      int from = q[0];
      int to = q[1];
      boolean withHead = QuotedBodies.isHead(words.get(from)) && from > 0 && from - 1 == i;
      boolean known = false;
      for (NameTrie.Match<Target> m : found) {
        if (m != null && m.from() < to && m.to() > from
            && (!(m.value() instanceof Target.Model) || m.from() < from || m.to() > to)
            && !(withHead && m.from() > from && m.to() <= to && placeType(m.value()))) {
          known = true; // a name of the lists, or one reaching out of the marks; a place may name the body
        }
      }
      if (known) {
        continue;
      }
      found.removeIf(m -> m != null && m.from() >= from && m.to() <= to);
      added.add(organisationOver(from, to, words.get(from).token().start()));
      i = to;
    }
    addFound(added);
  }

  /**
   * A river, a valley or hill and an oil or gas field no list holds, named after their noun ({@link PlaceKinds#isRiver},
   * {@link PlaceKinds#isField}; counts in {@code place-name-cues.tsv}): "[نهر ناف]" with its noun, as the
   * knowledge base writes rivers; "حقل [الرميلة]" and "حقلي [الرميلة] و[الزبير]" without it, in a sentence
   * about oil or gas. A word the model alone read there (a person, a town) gives way; a name of the
   * lists is left as found.
   */
  private void findRiversAndFields() {
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      TokenKeys w = words.get(i);
      if (covered[i]) {
        continue;
      }
      int landform = PlaceKinds.landformStart(w);
      if (landform > w.token().start() && w.token().text().charAt(0) == 'و') {
        landform = -1; // "قرى ... وكفر X وتل Y": a town of a list, which the list's rules read (GPE)
      }
      if ((PlaceKinds.isRiver(w) || landform >= 0) && waterOrFieldName(i + 1, false)) {
        int start = landform >= 0 ? landform : PlaceKinds.riverStart(w);
        added.add(placeOver(i, i + 2, start, landform >= 0 ? PlaceKinds.landformType(w, landform) : EntityType.LOC));
        i++;
      } else if (PlaceKinds.isField(w) && fieldSentence(i) && waterOrFieldName(i + 1, true)) {
        added.add(placeOver(i + 1, i + 2, words.get(i + 1).token().start()));
        int second = i + 2;
        if (PlaceKinds.isTwoFields(w) && second < words.size() && words.get(second).key().startsWith("وال")
            && waterOrFieldName(second, false)) {
          TokenKeys v = words.get(second);
          int start = v.readings().stream().filter(r -> r.key().equals(v.key().substring(1)))
              .mapToInt(TokenKeys.Reading::start).findFirst().orElse(v.token().start());
          added.add(placeOver(second, second + 1, start));
          i = second;
        } else {
          i++;
        }
      }
    }
    addFound(added);
  }

  /**
   * Whether word {@code j} may name a river or field: Arabic, no everyday word, verb, side or nisba,
   * read by no list (what the model alone read there is dropped); {@code definite}: with the article.
   */
  private boolean waterOrFieldName(int j, boolean definite) {
    if (j >= words.size()) {
      return false;
    }
    TokenKeys w = words.get(j);
    if (w.token().kind() != Token.Kind.ARABIC || gazetteer.isCommonWord(w) || gazetteer.isVerb(w)
        || PlaceKinds.isSide(w) || PlaceKinds.isKind(w) || (definite && !Clitics.opensWithArticle(w.key())) || everydayNoun(j)) {
      return false;
    }
    for (NameTrie.Match<Target> m : found) {
      if (m != null && m.from() <= j && j < m.to() && !(m.value() instanceof Target.Model && m.from() == j && m.to() == j + 1)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the sentence of word {@code i} speaks of oil or gas ({@link PlaceKinds#isFieldContext}). */
  private boolean fieldSentence(int i) {
    Span sentence = analyzed.sentenceAt(words.get(i).token().start());
    if (sentence == null) {
      return false;
    }
    for (int j = analyzed.firstTokenAtOrAfter(sentence.start()); j < words.size()
        && words.get(j).token().start() < sentence.end(); j++) {
      if (PlaceKinds.isFieldContext(words.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** A place no list holds over words {@code [from, to)}, LOC, in place of the model's one word there. */
  private NameTrie.Match<Target> placeOver(int from, int to, int start) {
    return placeOver(from, to, start, EntityType.LOC);
  }

  /** The same, of type {@code type}. */
  private NameTrie.Match<Target> placeOver(int from, int to, int start, EntityType type) {
    found.removeIf(m -> m != null && m.value() instanceof Target.Model && m.from() >= from && m.to() <= to);
    for (int j = from; j < to; j++) {
      covered[j] = true;
    }
    return new NameTrie.Match<>(from, to, start, words.get(to - 1).token().end(), new Target.Model(type), true);
  }

  /** A ministry named by its domain with no state after it ({@link MinistryNames}): "[وزارة الداخلية]". */
  private void findMinistriesByDomain() {
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      int to = covered[i] ? -1 : MinistryNames.end(words, i, j -> !covered[j],
          j -> !covered[j] && !gazetteer.isCommonWord(words.get(j)), this::nisbaAt, this::seatOfStateAt);
      if (to > 0) {
        added.add(organisationOver(i, to, MinistryNames.start(words.get(i))));
        i = to - 1;
      }
    }
    addFound(added);
  }

  /** An organisation no list holds, named by its head and the definite words after it ({@link HeadInsideName}). */
  private void findOrganisationsByHead() {
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      int to = covered[i] ? -1 : HeadInsideName.end(words, i,
          j -> words.get(j).token().kind() == Token.Kind.ARABIC && !covered[j] && !gazetteer.isCommonWord(words.get(j)) && !nisbaAt(j),
          j -> words.get(j).token().kind() == Token.Kind.ARABIC && !covered[j] && !nisbaAt(j));
      if (to > 0) {
        added.add(organisationOver(i, to, HeadInsideName.start(words.get(i))));
        i = to - 1;
      }
    }
    addFound(added);
  }

  /**
   * A competition no list holds, named by "بطولة" without the article and the definite words after
   * it ({@link CompetitionNames#definiteEnd}): "[ببطولة الدوري الإسباني]"، "[بطولة المجموعة الوطنية
   * الأولى]", with a complement with ل ("[بطولة الشرطة العربية للتايكوندو]"). What was read inside
   * gives way to it (the model's "الوطنية الأولى" as an organisation); a name read over the head, or
   * reaching out of the words, is left as read. A known name that the first word begins is taken whole
   * ("[بطولة الولايات المتحدة]").
   */
  private void findCompetitionsByHead() {
    MiscHeads heads = MiscHeads.standard();
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      int start = covered[i] ? -1 : CompetitionNames.definiteHeadStart(words.get(i));
      if (start < 0) {
        continue;
      }
      int to = CompetitionNames.definiteEnd(words, i,
          j -> !gazetteer.isCommonWord(words.get(j)) && heads.of(words.get(j)) == null,
          j -> !gazetteer.isCommonWord(words.get(j)));
      if (to < 0) {
        continue;
      }
      for (NameTrie.Match<Target> m : found) {
        if (m.from() == i + 1 && m.to() > to && m.to() <= i + 4) {
          to = m.to(); // a known name the first word begins
        }
      }
      int from = i + 1;
      int end = to;
      boolean crossing = found.stream().anyMatch(m -> m.from() < end && m.to() > from && (m.from() < from || m.to() > end));
      if (crossing) {
        continue;
      }
      if (to < words.size() && !gazetteer.isCommonWord(words.get(to))) {
        to = CompetitionNames.end(words, i, to, covered); // not "للمرة الثالثة"
      }
      int last = to;
      found.removeIf(m -> m.from() >= from && m.to() <= last);
      for (int j = i; j < to; j++) {
        covered[j] = true;
      }
      added.add(new NameTrie.Match<>(i, to, start, words.get(to - 1).token().end(), new Target.Model(EntityType.MISC), true));
      i = to - 1;
    }
    addFound(added);
  }

  /**
   * A place of one word no list holds, named after its kind by its place in the sentence ({@link
   * PlaceKinds#namesPlaceAfterKind}): "في منطقة [الزعفرانية] جنوب بغداد"، "في حي [الجهاد]". Only where
   * nothing was read on the word, the kind or the side.
   */
  private void findPlacesAfterKinds() {
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    // "أغنى محافظة [بالنفط]": a preposition and a noun the article writes with the article is no town
    // (ANERcorp train.tsv: no kind of place before a word in بال or لل)
    IntPredicate free = j -> !covered[j] && !gazetteer.isCommonWord(words.get(j)) && !gazetteer.isVerb(words.get(j))
        && !prepositionalWord(j);
    for (int i = 0; i + 1 < words.size(); i++) {
      if (covered[i]) {
        continue;
      }
      List<Integer> places = PlaceKinds.namesPlaceAfterKind(words, i, free) ? List.of(i + 1)
          : PlaceKinds.townsAfterKind(words, i, j -> free.test(j) && !nisbaAt(j), this::placeAt, this::nisbaAt);
      for (int j : places) {
        covered[j] = true;
        TokenKeys w = words.get(j);
        // the second of two joined by "و" begins after it
        int start = j == i + 1 ? w.token().start() : w.readings().stream()
            .filter(r -> r.key().equals(w.key().substring(1))).mapToInt(TokenKeys.Reading::start).findFirst()
            .orElse(w.token().start());
        // "ميناء [أم قصر]": the port is the place named (LOC), as our gold names ports
        EntityType type = PlaceKinds.isPort(words.get(i)) ? EntityType.LOC : EntityType.GPE;
        added.add(new NameTrie.Match<>(j, j + 1, start, w.token().end(), new Target.Model(type), true));
        nisbaCountry(j + 1).ifPresent(code -> townCountries.put(j, code));
        i = j;
      }
    }
    addFound(added);
  }

  /**
   * Towns named in a list after the plural or dual of their kind ("بلدات [X] و[Y] و[Z]"، "مديريات [X]
   * و[الشيخ Y]")، or one town of two words after its kind in the singular ("بلدة [بيت X]"): a name is a
   * place read there, one free word, or a first word of a place's name ({@link PlaceKinds#isOpener}:
   * "بيت"، "بني"، "رأس") and the word after it; the list, of two names or more joined by "و" (one name
   * of two words after the singular), must be closed ({@link PlaceKinds#closesTownList}). What the
   * model read inside the list (a person over "وسعير وبني نعيم") gives way; a name of the knowledge base
   * other than a place leaves the list as it is. Counts in {@code place-name-cues.tsv}.
   */
  private void findTownLists() {
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    for (int i = 0; i + 2 < words.size(); i++) {
      boolean list = PlaceKinds.opensTownList(words, i);
      if (covered[i] || !list && !PlaceKinds.isTownKind(words.get(i))) {
        continue;
      }
      List<int[]> items = new ArrayList<>();
      int j = i + 1;
      while (j < words.size() && words.get(j).token().kind() == Token.Kind.ARABIC) {
        boolean first = items.isEmpty();
        if (lineBreakBefore(j)) {
          if (first) {
            items.clear(); // a list begins on its kind's line: "محافظات" above "ثقافة وفنون" is a menu
          }
          break; // and ends with it
        }
        if (!first && PlaceKinds.closesTownList(words, j) || first == words.get(j).key().startsWith("و") || !list && !first) {
          break;
        }
        int to = townListItemEnd(j, first ? words.get(j).key() : words.get(j).key().substring(1), list);
          if (to < 0) {
          items.clear();
          break;
        }
        items.add(new int[] {j, to});
        j = to;
      }
      if (items.isEmpty() || (list ? items.size() < 2 : items.get(0)[1] - items.get(0)[0] < 2)
          || !PlaceKinds.closesTownList(words, j) && !lineBreakBefore(j) || !onlyModelNamesOver(i + 1, j)) {
        continue;
      }
      for (int[] item : items) {
        int a = item[0];
        int b = item[1];
        if (found.stream().anyMatch(m -> m != null && m.from() == a && m.to() == b && placeType(m.value()))) {
          continue; // a place read already
        }
        found.removeIf(m -> m != null && (m.value() instanceof Target.Model || m.value() instanceof Target.OfficeWord)
            && m.from() < b && m.to() > a);
        for (int q = a; q < b; q++) {
          covered[q] = true;
        }
        TokenKeys w = words.get(a);
        int start = a == i + 1 ? w.token().start() : w.readings().stream()
            .filter(r -> r.key().equals(w.key().substring(1))).mapToInt(TokenKeys.Reading::start).findFirst()
            .orElse(w.token().start() + 1);
        EntityType type = PlaceKinds.isPort(words.get(i)) ? EntityType.LOC : EntityType.GPE; // "ميناء [أم قصر]"
        added.add(new NameTrie.Match<>(a, b, start, words.get(b - 1).token().end(), new Target.Model(type), true));
      }
      i = j - 1;
    }
    addFound(added);
  }

  /** Whether a line ends between word {@code j} and the word before it. */
  private boolean lineBreakBefore(int j) {
    return j > 0 && j < words.size() && text.substring(words.get(j - 1).token().end(), words.get(j).token().start()).indexOf('\n') >= 0;
  }

  /**
   * Where the town's name that begins at word {@code j} ends ({@code bare}: its key, "و" off): the end of
   * a place read there, the word after a first word of a place's name, or the next word for a free word
   * that is no side, kind, nisba or word with the tanween; -1 when no town's name begins there. After a
   * singular kind ({@code list} false) only the name of two words.
   */
  private int townListItemEnd(int j, String bare, boolean list) {
    for (NameTrie.Match<Target> m : found) {
      if (m != null && m.from() == j && m.value() instanceof Target.Known && placeType(m.value())) {
        return list ? m.to() : -1;
      }
    }
    TokenKeys w = words.get(j);
    if (PlaceKinds.isOpener(bare) && j + 1 < words.size()) {
      TokenKeys next = words.get(j + 1);
      boolean nextFree = next.token().kind() == Token.Kind.ARABIC && !next.key().startsWith("و")
          && !PlaceKinds.isKind(next) && !PlaceKinds.isSide(next) && !PlaceKinds.isDefiniteSide(next)
          && !NameBoundaries.hasTanween(next) && !nisbaAt(j + 1)
          && !knownOtherThanPlace(j + 1);
      return nextFree ? j + 2 : -1;
    }
    if (!list) {
      return -1;
    }
    for (NameTrie.Match<Target> m : found) {
      if (m != null && m.from() == j && m.value() instanceof Target.Model && placeType(m.value())) {
        return m.to();
      }
    }
    boolean free = bare.length() > 2 && !gazetteer.isCommonWord(w) && !gazetteer.isVerb(w) && !PlaceKinds.isKind(w)
        && !PlaceKinds.isSide(w) && !PlaceKinds.isDefiniteSide(w) && !NameBoundaries.hasTanween(w) && !nisbaAt(j)
        && !knownOtherThanPlace(j);
    return free ? j + 1 : -1;
  }

  /** Whether a name of the knowledge base other than a place's was read over word {@code j}. */
  private boolean knownOtherThanPlace(int j) {
    for (NameTrie.Match<Target> m : found) {
      if (m != null && m.from() <= j && j < m.to() && !(m.value() instanceof Target.Model) && !placeType(m.value())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every name read over words {@code [from, to)} is a place, a model's name or a title ("الشيخ" of
   * "الشيخ عثمان") inside them.
   */
  private boolean onlyModelNamesOver(int from, int to) {
    for (NameTrie.Match<Target> m : found) {
      if (m != null && m.from() < to && m.to() > from && (m.from() < from || m.to() > to
          || !(m.value() instanceof Target.Model || m.value() instanceof Target.OfficeWord) && !placeType(m.value()))) {
        return false;
      }
    }
    return true;
  }

  /** The country whose nisba word {@code i} is ("الأفغانية"), if it is one. */
  private Optional<String> nisbaCountry(int i) {
    for (NameTrie.Match<Target> m : found) {
      if (m.from() <= i && i < m.to() && m.value() instanceof Target.Known k && k.adjective() && k.entity().isCountry()) {
        return Optional.of(k.entity().code());
      }
    }
    return Optional.empty();
  }

  /** Whether word {@code i} names a state or its capital, as the knowledge base holds it. */
  private boolean seatOfStateAt(int i) {
    for (NameTrie.Match<Target> m : found) {
      if (m.from() <= i && i < m.to() && m.value() instanceof Target.Known k && !k.adjective()
          && gazetteer.isSeatOfState(k.entity())) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code i} is inside a place's name found so far (a country, a city, a region). */
  private boolean placeAt(int i) {
    for (NameTrie.Match<Target> m : found) {
      if (m.from() <= i && i < m.to() && placeType(m.value())) {
        return true;
      }
    }
    return false;
  }

  private static boolean placeType(Target t) {
    return t instanceof Target.Known k && !k.adjective() && (k.entity().type() == EntityType.GPE || k.entity().type() == EntityType.LOC)
        || t instanceof Target.Model m && (m.type() == EntityType.GPE || m.type() == EntityType.LOC);
  }

  /** An organisation no list holds on words {@code [from, to)}, its name beginning at {@code start}; the words are read. */
  private NameTrie.Match<Target> organisationOver(int from, int to, int start) {
    for (int j = from; j < to; j++) {
      covered[j] = true;
    }
    return new NameTrie.Match<>(from, to, start, words.get(to - 1).token().end(), new Target.Model(EntityType.ORG), true);
  }

  private void addFound(List<NameTrie.Match<Target>> added) {
    if (!added.isEmpty()) {
      found.addAll(added);
      found.sort(Comparator.comparingInt(x -> x.from()));
    }
  }

  /**
   * Where a person's name the model read on words {@code [from, to)} ends: before the first
   * everyday word after its first word ("X الشهير ب...", "X ردا على"): a common word is never part
   * of a name no list holds, nor is a noun the article also writes with the article ("قدم X
   * برنامجا"، "يسعى X لتعطيل ..."; {@link #everydayNoun}); before "و" and a given name, which
   * begins the next person of a list ("منصور الدباغ وعلي الكعبي"); and before a mark of
   * punctuation, which no person's name holds ("أشرف عبد الباقي ، و..."); before an office in the
   * accusative, which says what the person is there ("X Y ممثلا عن بلاده").
   */
  private int personEnd(int from, int to) {
    for (int j = from + 1; j < to; j++) {
      if (words.get(j).token().kind() == Token.Kind.PUNCT || everydayWord(j) || andGivenName(j)
          || prepositionalWord(j) || prepositionAndFeminineNoun(j, to)
          || gazetteer.isOfficeInAccusative(words.get(j))) { // "X Y ممثلا عن"
        return j;
      }
    }
    return to;
  }

  /** {@link NameBoundaries#prepositionAndFeminineNoun}, unless word {@code i} is a given name. */
  private boolean prepositionAndFeminineNoun(int i, int to) {
    return !givenName(i) && NameBoundaries.prepositionAndFeminineNoun(words, i, to);
  }

  /** ل or ب, after و or ف or not, before a hamza on alef: a preposition before a word ("لإيقاف"، "وبأن"). */
  private static final Pattern PREPOSITION_AND_HAMZA = Pattern.compile("[وف]?[لب][أإ]");

  /**
   * Whether word {@code i} is a preposition and the word it governs, which a name after its first
   * word does not hold: ل or ب before a hamza on alef ("لإيقاف"), "لل" and a noun ("للمنتخب"), and
   * "بال"، "وال"، "فال"، "كال" and a noun the article also writes alone with the article ("بالمقعد"
   * and "المقعد"; names that begin so, "بالاك"، "والتر", are seldom written so).
   */
  private boolean prepositionalWord(int i) {
    TokenKeys w = words.get(i);
    if (w.token().kind() != Token.Kind.ARABIC || givenName(i)) {
      return false;
    }
    if (PREPOSITION_AND_HAMZA.matcher(w.token().text()).lookingAt()) {
      return true; // "لإيقاف"، "بأن": no name begins with ل or ب before a hamza on alef
    }
    for (TokenKeys.Reading r : w.readings()) {
      String rest = r.key();
      if (Clitics.hasArticle(rest) && rest.length() < w.key().length()
          && (w.key().endsWith("ل" + rest.substring(1)) || writes(rest))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code i} is a common word or an everyday noun ({@link #everydayNoun}), which a
   * name no list holds does not take; a given name is none, though a proclitic reading may make one
   * of it ("فيصل": ف and the verb يصل).
   */
  private boolean everydayWord(int i) {
    return !givenName(i) && (gazetteer.isCommonWord(words.get(i)) || everydayNoun(i)
        || NameBoundaries.hasTanween(words.get(i)));
  }

  /**
   * Drops the persons no list holds that hold a cardinal number word ({@link Cardinals}: "عسكريان اثنان"،
   * "توقيع ثلاث اتفاقيات"), whichever rule read them: a counted noun, no name.
   */
  private void dropCountedNouns() {
    found.removeIf(m -> m != null && m.value() instanceof Target.Model(EntityType t) && t == EntityType.PERSON
        && Cardinals.anyIn(words, m.from(), m.to()));
  }

  /**
   * Drops the persons no list holds that open with what only continues the phrase before them, whichever rule read
   * them: an indefinite noun and its adjective in the accusative ("أجرى الوزير [اتصالا هاتفيا]") or, right after an
   * office, its second field joined by "و" and the article ("وزير الخارجية [والهجرة وشؤون] المصريين").
   */
  private void dropPhraseContinuations() {
    found.removeIf(m -> m != null && m.value() instanceof Target.Model(EntityType t) && t == EntityType.PERSON
        && (continuesPhrase(m.from(), m.to(), officeEndsAt(m.from()))
            || m.from() > 0 && isComma(m.from() - 1) && lamOnWrittenWord(m.from())));
  }

  /**
   * Whether word {@code i}, no given name, opens with ل and the text writes it elsewhere without: the preposition
   * ("قال رئيس الاتحاد، لراديو ..." where "راديو ..." stands alone before). ANERcorp train: a person after a comma opens
   * with ل once in 2,237 persons ("، ليفيا"), a name the text never writes without its ل.
   */
  private boolean lamOnWrittenWord(int i) {
    TokenKeys w = words.get(i);
    if (givenName(i) || !w.token().text().startsWith("ل")) {
      return false;
    }
    for (TokenKeys.Reading r : w.readings()) {
      if (r.start() > w.token().start() && !r.key().equals(w.key()) && writes(r.key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether words {@code [from, to)}, read as a person no list holds, continue the phrase before them: an indefinite
   * noun and its adjective in the accusative, or, where an office ends right before ({@code afterOffice}), a word
   * joined to it by "و" and the article.
   */
  private boolean continuesPhrase(int from, int to, boolean afterOffice) {
    return !givenName(from) && (NameBoundaries.accusativeNounAndAdjective(words, from, to)
        || afterOffice && words.get(from).key().startsWith("وال"));
  }

  /**
   * Whether the person the model reads from word {@code i} may be the family name of a given name
   * before it: not where it begins a person of its own ("و" and a given name: "لطفي علي وناصر
   * الشنوفي"), nor where a proclitic the article writes without stands before it, nor after ل,
   * far more often the preposition than a family name's first letter ("خليفة لمارتن كوبلر").
   */
  private boolean familyNameFirst(int i) {
    TokenKeys w = words.get(i);
    return !andGivenName(i) && nameStart(i, EntityType.PERSON) == w.token().start() && !w.key().startsWith("ل");
  }

  /**
   * Whether the word before the model's person at {@code first}, which begins with عبد (the
   * father's compound name), is the person's given name though no list holds it: right after a
   * person's noun or a definite office ("الفنانة [دلال] عبد العزيز"). In ANERcorp's train part, a
   * word without the article between such a noun and عبد is inside the name 4 times of 4 (given
   * names no list holds among them); a word with the article is the noun's adjective ("العاهل
   * السعودي عبد الله").
   */
  private boolean givenNameBeforeAbd(int first) {
    if (first < 2 || !words.get(first).key().startsWith("عبد") || !introducesPerson(first - 2)) {
      return false;
    }
    String k = words.get(first - 1).key();
    return nameLike(first - 1) && k.length() >= 3 && !Clitics.opensWithArticle(k) && k.charAt(0) != 'و'
        && !everydayWord(first - 1) && !prepositionalWord(first - 1);
  }

  /** Whether word {@code i} is "و" written onto a given name ("وسامي"، "وعلي"; not "وعلى"). */
  private boolean andGivenName(int i) {
    TokenKeys w = words.get(i);
    String text = w.token().text();
    return w.token().kind() == Token.Kind.ARABIC && w.key().length() > 3 && w.key().charAt(0) == 'و'
        && gazetteer.isGivenNameKey(w.key().substring(1)) && !text.substring(1).equals(ON);
  }

  /** The word after a comma of a list at {@code i} ("محمد سعد، ومحمد هنيدي"), else {@code i}. */
  private int afterListComma(int i) {
    return isComma(i) && i + 1 < words.size() && andGivenName(i + 1) ? i + 1 : i;
  }

  /** Where the name starts in word {@code i}, "و" and a given name: after the "و". */
  private int afterAnd(int i) {
    TokenKeys w = words.get(i);
    for (TokenKeys.Reading r : w.readings()) {
      if (r.key().equals(w.key().substring(1))) {
        return r.start();
      }
    }
    return w.token().start() + 1;
  }

  /** How many words after the given name a person of a list may take ("وعلي الكعبي"، "وسامي عبد الباقي"). */
  private static final int LISTED_NAME_REACH = 2;

  /**
   * People named in a list after a person: "و" and a given name right after a person's name, or
   * after a comma, begins another person ("... منصور الدباغ، وعلي الكعبي وسامي الشريف ..."), with up to
   * two more words, none of them an everyday word, found or another "و"; a family name with the
   * article ends it.
   */
  private void findListedPeople() {
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      if (!isPerson(m)) {
        continue;
      }
      int from = afterListComma(m.to());
      while (from < words.size() && !covered[from] && andGivenName(from)) {
        int to = from + 1;
        while (to < words.size() && to - from <= LISTED_NAME_REACH && nameLike(to)
            && words.get(to).key().charAt(0) != 'و' && !(to - 1 > from && Clitics.opensWithArticle(words.get(to - 1).key()))) {
          to++;
        }
        if (to == from + 1) {
          break; // a given name alone may be a word of the sentence ("وأمل")
        }
        added.add(new NameTrie.Match<>(from, to, afterAnd(from), words.get(to - 1).token().end(),
            new Target.Model(EntityType.PERSON), true));
        for (int j = from; j < to; j++) {
          covered[j] = true;
        }
        from = afterListComma(to);
      }
    }
    if (!added.isEmpty()) {
      found.addAll(added);
      found.sort(Comparator.comparingInt(x -> x.from()));
    }
  }

  /**
   * A person no list holds, named after a common noun that describes a person ({@link PersonNouns}:
   * "المدافع"، "الشاعرة"، "ومواطنه") and the words that describe them further ({@link #pastDescription}):
   * the words of a name no list holds there ({@link NameBoundaries#unknownNameEnd}), where nothing
   * else was read. The noun stays outside the name. The model's names there are retyped first
   * ({@link #retypeAfterPersonNouns}).
   */
  private void findPeopleAfterPersonNouns() {
    retypeAfterPersonNouns();
    List<NameTrie.Match<Target>> added = new ArrayList<>();
    for (int i = 0; i + 2 < words.size(); i++) {
      if (covered[i] || words.get(i).token().kind() != Token.Kind.ARABIC
          || !PersonNouns.LISTED.isPersonNoun(words.get(i))) {
        continue;
      }
      int from = PersonNouns.nameFrom(words, i, this::pastDescription);
      int to = nameAfterDescription(from);
      if (to > from) {
        added.add(new NameTrie.Match<>(from, to, words.get(from).token().start(), words.get(to - 1).token().end(),
            new Target.Model(EntityType.PERSON), true));
        for (int j = from; j < to; j++) {
          covered[j] = true;
        }
        i = to - 1;
      }
    }
    addFound(added);
  }

  /**
   * A name the model read as an organisation, place or thing right after a person's noun ("الحارس
   * [X]"، "الكاردينال [X]") or a definite office ("نظيره الروماني [X Y]"), past the words that describe
   * the person, is a person's, unless a preposition is written onto it ("المدرب الجديد [ليوفنتوس]"، "للمنظمة")
   * or it begins with the article ("X الأول": an ordinal). A name the model read from such a noun
   * on ("[الكاردينال X]") is the person's without it.
   * In ANERcorp's train part a name right after the nouns of {@code person-nouns.tsv} is a person's
   * 111 times, another's 3 times, each after such a preposition.
   */
  private void retypeAfterPersonNouns() {
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      if (m.value() instanceof Target.Model && m.to() - m.from() >= 2 && PersonNouns.LISTED.isPersonNoun(words.get(m.from()))
          && !Clitics.opensWithArticle(words.get(m.from() + 1).key())) {
        // "[الكاردينال X]": the model took the noun into the name; it stays outside, the name is a person's
        covered[m.from()] = false;
        found.set(k, new NameTrie.Match<>(m.from() + 1, m.to(), words.get(m.from() + 1).token().start(), m.end(),
            new Target.Model(EntityType.PERSON), m.exact()));
        continue;
      }
      int before = m.from() - 1;
      TokenKeys first = words.get(m.from());
      if (!(m.value() instanceof Target.Model(EntityType type)) || type == EntityType.PERSON || before < 0
          || m.start() != first.token().start() || first.token().text().startsWith("ل") || Clitics.opensWithArticle(first.key())
          || prepositionAndFeminineNoun(m.from(), m.to())) { // "الرئيس [بزيارة رسمية]"
        continue;
      }
      for (int i = before; i >= 0 && i >= before - PersonNouns.MAX_WORDS_BETWEEN; i--) {
        if (introducesPerson(i) && PersonNouns.nameFrom(words, i, this::pastDescription) == m.from()) {
          found.set(k, new NameTrie.Match<>(m.from(), m.to(), m.start(), m.end(),
              new Target.Model(EntityType.PERSON), m.exact()));
          break;
        }
      }
    }
  }

  /** Whether word {@code i} is a person's noun not read as a name, or ends a definite office. */
  private boolean introducesPerson(int i) {
    if (!covered[i]) {
      return words.get(i).token().kind() == Token.Kind.ARABIC && PersonNouns.LISTED.isPersonNoun(words.get(i));
    }
    for (NameTrie.Match<Target> m : found) {
      if (m != null && m.to() == i + 1 && m.value() instanceof Target.OfficeWord o && o.office().isDefinite()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of the name of two words or more at word {@code from}, after a person's noun or an
   * office and the words that describe the person ({@link #nameAfterPersonNoun}); {@code from} when
   * none stands there.
   */
  private int nameAfterDescription(int from) {
    if (from < 0 || from >= words.size() || covered[from]) {
      return from;
    }
    int to = names.unknownNameEnd(from, false);
    for (int j = from; j < to; j++) {
      if (!nameAfterPersonNoun(j, j == from)) {
        to = j;
        break;
      }
    }
    return to - from >= 2 && closesName(to) ? to : from;
  }

  /**
   * Whether word {@code i} may follow a name that only the words around it mark: the end of the
   * text, a mark of punctuation, a common word or a verb of the lists, a word with the article, a
   * preposition written onto a word ("لدعم"، "بعد"), a word with an attached pronoun or an office
   * in the accusative ("ممثلا"); a name
   * running on into another plain word is not taken.
   */
  private boolean closesName(int i) {
    if (i >= words.size() || words.get(i).token().kind() != Token.Kind.ARABIC) {
      return true;
    }
    TokenKeys w = words.get(i);
    String text = w.token().text();
    return gazetteer.isCommonWord(w) || gazetteer.isVerb(w) || Clitics.opensWithArticle(w.key()) || w.key().startsWith("وال")
        || text.startsWith("ل") || text.startsWith("ب") || NameBoundaries.hasPronounEnding(w.key())
        || SPEECH_AFTER_NAME.contains(w.key()) || gazetteer.isOfficeInAccusative(w);
  }

  /**
   * Whether word {@code i} may be a word of the name after a person's noun, which only the words
   * around say is a name: none of the sentence's everyday words ({@link #nameLike},
   * {@link #everydayWord}, {@link #prepositionalWord}), no verb of {@code verbs.tsv}, no word with
   * an attached pronoun ("إصابتها"، "مهماته"), none written with the tanween ("تطويراً"); the first
   * word, unless a given name, without "و" or the preposition ل before it ("وتسهيل"، "لنزع") and not
   * ending in ة ("بضرورة": in ANERcorp's train part a word so ending begins a person's name 47 times
   * in 14,000, 29 of them a given name of our list).
   */
  private boolean nameAfterPersonNoun(int i, boolean first) {
    TokenKeys w = words.get(i);
    String text = w.token().text();
    if (first && !givenName(i) && (w.key().charAt(0) == 'و' || text.startsWith("ل") || text.endsWith("ة"))) {
      return false;
    }
    if (text.indexOf('\u064B') >= 0) {
      return false; // "تطويراً": the tanween of the accusative, which no name takes
    }
    return nameLike(i) && !everydayWord(i) && !prepositionalWord(i) && !gazetteer.isVerb(w)
        && !NameBoundaries.hasPronounEnding(w.key());
  }

  /**
   * The end of what describes a person further at word {@code pos}, else {@code pos}: a country's
   * nisba the knowledge base read ("الإسباني"، "الكوري الشمالي"), a qualifier of offices ("السابق"),
   * another noun of {@link PersonNouns} ("ومواطنه"), or a definite word that is no name's
   * ("الدولي"، "المخضرم"، "الشهيرة").
   */
  private int pastDescription(int pos) {
    if (covered[pos]) {
      for (NameTrie.Match<Target> m : found) {
        if (m.from() == pos && m.value() instanceof Target.Known k && k.adjective()) {
          return m.to();
        }
      }
      return pos;
    }
    TokenKeys w = words.get(pos);
    if (w.token().kind() != Token.Kind.ARABIC) {
      return pos;
    }
    boolean definite = Clitics.hasArticle(w.key()) && !gazetteer.isCommonWord(w)
        && !gazetteer.isGivenName(w);
    return gazetteer.isOfficeModifier(w) || PersonNouns.LISTED.isPersonNoun(w) || definite ? pos + 1 : pos;
  }

  /** The preposition "على", which normalises to the given name "علي": "توقع على اتفاق". */
  private static final String ON = "على";

  /** Whether word {@code i} is a given name ({@code given-names.tsv}), not the preposition على. */
  private boolean givenName(int i) {
    return gazetteer.isGivenName(words.get(i)) && !ON.equals(words.get(i).token().text());
  }

  /** How many words an office after the verb may take before the comma and the name ("قال الأمين العام لحزب البناء، رياض ..."). */
  private static final int OFFICE_REACH = 7;

  /**
   * Where a given name starts after a comma that closes the words right after the verb ("قال
   * القيادي في الحزب، سلمى ..."), when no other punctuation and no person read comes first; else -1.
   */
  private int afterOfficeAndComma(int from) {
    for (int k = from; k < words.size() - 1 && k < from + OFFICE_REACH; k++) {
      TokenKeys w = words.get(k);
      if (isComma(k)) {
        return k > from && givenName(k + 1) ? k + 1 : -1;
      }
      if (w.token().kind() != Token.Kind.ARABIC || covered[k] && isPersonAt(k)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The full name that a surname after the verb at {@code verb} ("وأضاف الدايمي،") takes up: the
   * same word after a given name earlier in the article ("عماد الدايمي"), where no entity was
   * read. The surname itself is left to the speakers' short forms.
   */
  private Optional<NameTrie.Match<Target>> fullNameBefore(int verb, int surname) {
    if (surname + 1 >= words.size() || !nameLike(surname)
        || !(endsName(surname + 1) || gazetteer.isCommonWord(words.get(surname + 1)))) {
      return Optional.empty();
    }
    String key = words.get(surname).key();
    for (int k = 1; k < verb; k++) {
      if (words.get(k).key().equals(key) && !covered[k] && !covered[k - 1] && givenName(k - 1)) {
        covered[k - 1] = true;
        covered[k] = true;
        return Optional.of(new NameTrie.Match<>(k - 1, k + 1, words.get(k - 1).token().start(),
            words.get(k).token().end(), new Target.Model(EntityType.PERSON), true));
      }
    }
    return Optional.empty();
  }

  /**
   * The organisation the model read from word {@code from}, which the head-word reading may
   * carry on to the statement: the model often stops a body's name a word short ("حزب النماء"
   * of "حزب النماء الوطني في بيان").
   */
  private Optional<NameTrie.Match<Target>> modelOrganisationAt(int from) {
    for (NameTrie.Match<Target> m : found) {
      if (m.from() == from && m.value() instanceof Target.Model n && n.type() == EntityType.ORG) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** How many words may follow the head of an organisation's name ("حزب التكتل الديمقراطي"). */
  private static final int ORGANISATION_REACH = 4;

  /**
   * An organisation named from its head word at {@code from} ("حزب آفاق تونس"، "الجبهة الشعبية")
   * to a comma, colon, quotation mark, إن/أن, "في بيان" or "اليوم": one to four words after the
   * head, none an everyday word; a place inside stays a place too. Where the verb's object comes
   * before that mark, the name ends before the object ({@link ObjectAfterName}: "انتقد [حزب التجمع]
   * قرار الحكومة أمس").
   */
  private Optional<NameTrie.Match<Target>> organisationAfterVerb(int from) {
    int object = -1;
    for (int to = from + 2; to <= Math.min(from + 1 + ORGANISATION_REACH, words.size() - 1); to++) {
      TokenKeys w = words.get(to - 1);
      if (w.token().kind() != Token.Kind.ARABIC || gazetteer.isCommonWord(w) || gazetteer.isLookalike(w.token().text())
          || SPEECH_AFTER_NAME.contains(w.key()) || w.token().text().indexOf('ـ') >= 0 || w.key().startsWith("وال")) {
        return Optional.empty(); // "بـ" before a quotation; "والحزب": a second body
      }
      if (object < 0 && to - 1 > from + 1 && ObjectAfterName.begins(words, to - 1)) {
        object = to - 1;
      }
      if (endsName(to) || endsOrganisation(to)) {
        return Optional.of(organisationOver(from, object < 0 ? to : object, nameStart(from)));
      }
    }
    return Optional.empty();
  }

  /** Where a statement, not the name, goes on: "في بيان"، "في بلاغ"، "بيانا"، "اليوم"، "امس" (keys: غ is ج). */
  private static final Set<String> STATEMENTS = NameKeys.keysOfList("entities/statement-nouns.tsv");
  /** What an organisation issues, right after its name ("أصدر حزب ... بيانا"). */
  private static final Set<String> ISSUED = NameKeys.keysOfList("entities/issued-nouns.tsv");
  private static final Set<String> TODAY = NameKeys.keysOfList("entities/time-after-name.tsv");

  private boolean endsOrganisation(int i) {
    String k = words.get(i).key();
    return TODAY.contains(k) || ISSUED.contains(k)
        || k.equals("في") && i + 1 < words.size() && STATEMENTS.contains(words.get(i + 1).key());
  }

  /** Whether word {@code i} may be part of a name no list holds: Arabic, not yet read, no everyday word. */
  private boolean nameLike(int i) {
    TokenKeys w = words.get(i);
    return w.token().kind() == Token.Kind.ARABIC && !covered[i] && !gazetteer.isCommonWord(w)
        && !gazetteer.isLookalike(w.token().text()) && !SPEECH_AFTER_NAME.contains(w.key())
        && !ON.equals(w.token().text());
  }

  /** إن/أن and their pronoun forms, keyed: what a speaker's name is followed by. */
  private static final Set<String> SPEECH_AFTER_NAME = NameKeys.keysOfList("entities/speech-after-name.tsv");

  /** Whether a name may end before word {@code i}: a comma, a colon, a quotation mark or إن/أن. */
  private boolean endsName(int i) {
    return isPunct(i, "،", ",", ":", "\"", "«", "“", "”", "»", "'") || SPEECH_AFTER_NAME.contains(words.get(i).key());
  }

  /**
   * The knowledge base's name of a place, organisation or thing that holds the model's name of the
   * same kind and more words ("قطاع غزة" for "غزة", "حركة طالبان" for "طالبان", "شمال أفريقيا" for
   * "أفريقيا") keeps its entity, named by the words the model takes, as ANERcorp's annotators
   * mark such names. Words after the model's organisation are left out only where they are a
   * country's nisba ("أرسنال الإنجليزي" for "أرسنال"; not "المغرب التطواني" for "المغرب": train.tsv
   * marks a club with its town whole, "ريال مدريد" 5 of 5). {@code outer}: the index in
   * {@link #found} of the longest name over each word. Returns whether it did.
   */
  private boolean narrowed(int from, int to, EntityType type, int[] outer) {
    int k = outer[from];
    if (k < 0) {
      return false;
    }
    NameTrie.Match<Target> m = found.get(k);
    if (m == null || m.from() > from || to > m.to() || to - from >= m.to() - m.from()
        || !(m.value() instanceof Target.Known known) || known.adjective() || known.entity().isPerson()
        || !sameKind(known.entity().type(), type)) {
      return false;
    }
    if (type == EntityType.ORG && from == m.from() && !countryNisbas(to, m.to())) {
      return false; // "المغرب التطواني", "أولمبيك خريبكة": a club's town is its name; "أرسنال الإنجليزي" is not
    }
    if (type == EntityType.MISC && to < m.to() && lamComplement(to) && CompetitionNames.isHead(words.get(m.from()))) {
      return false; // "بطولة العالم لألعاب القوى": the sport is the competition's name (train.tsv 17 of 17)
    }
    if (isPlaceType(type) && from > m.from() + 1 && to == m.to() && PlaceKinds.isKind(words.get(m.from()))) {
      return false; // "مخيم نهر [البارد]"، "مخيم عين [الحلوة]": the model cut the listed name after its kind's first word
    }
    if (to - from == 1 && gazetteer.isCommonWord(words.get(from))) {
      return false; // "صحراء [ميديا]": an everyday word of a listed name (common-words.tsv) names nothing alone
    }
    if (type == EntityType.ORG && from > m.from() && MISSION.equals(words.get(m.from()).key())) {
      // "بعثة [الأمم المتحدة] للدعم في ليبيا": a listed mission keeps its whole name, as our gold names missions;
      // the body that sends it is not the mission (ANERcorp's dev part names no listed mission)
      return false;
    }
    if (isPlaceType(type) && from == m.from() && known(from, to, type)
        .filter(x -> x.value() instanceof Target.Known i && !i.entity().id().equals(known.entity().id())).isPresent()) {
      return false; // "[النيل] الأزرق": the listed longer name is another place than its first words name
    }
    if (isPlaceType(type) && known(from, to, type).isEmpty()) {
      // "[بولو] بورتي"، "بنوم [بنه]"، "[حوش] السيد علي"، "مدينة [العين] البيضاء": the model read some words of a
      // listed place that name no place by themselves; the list's name stays whole, its kind outside
      // ("[الصين] الشعبية"، "قطاع [غزة]" still narrow: the model's words are a listed place)
      return false;
    }
    for (int j = from; j < to; j++) {
      if (outer[j] != k) {
        return false;
      }
    }
    // "الجمعية العامة [للأمم المتحدة]": the model's words after the body's head, joined to it by ل,
    // name another body the knowledge base holds, the one the narrowed mention then names (not the
    // General Assembly); without ل they name the body itself ("حركة [النهضة]" is no club)
    Optional<NameTrie.Match<Target>> inner = type == EntityType.ORG && from > m.from()
        && words.get(from).token().text().startsWith("ل") ? known(from, to, type)
        .filter(x -> x.value() instanceof Target.Known i && !i.entity().id().equals(known.entity().id()))
        : Optional.empty();
    if (inner.isEmpty() && type == EntityType.ORG && from > m.from() && words.get(from).token().text().startsWith("ل")
        && Clitics.opensWithArticle(words.get(from - 1).key())) {
      // "المديرية العامة [لمراقبة التراب الوطني]": after a definite word ل is the preposition, and its complement
      // names no body of its own; every organisation of ANERcorp's train part that opens with ل is a body by itself
      // (105 of 105: "للأمم المتحدة"، "لحزب ..."). After a kind word ل may begin the name ("صحيفة لوفيغارو").
      return false;
    }
    if (inner.isEmpty() && isPlaceType(type) && from > m.from() && PlaceKinds.isSide(words.get(m.from()))
        && !known.entity().isCountry()) {
      // "جنوب [لبنان]": the model's words after a region's side name the country, which the mention then names
      inner = known(from, to, type).filter(x -> x.value() instanceof Target.Known i && i.entity().isCountry());
    }
    found.set(k, new NameTrie.Match<>(from, to, from == m.from() ? m.start() : nameStart(from),
        words.get(to - 1).token().end(), inner.isPresent() ? inner.get().value() : m.value(), m.exact()));
    return true;
  }

  /**
   * Whether word {@code i} is a complement with the preposition ل written onto it ("للمصارعة"،
   * "لكرة القدم"، "للكتاب"), which completes the name of a competition or a fair before it.
   */
  private boolean lamComplement(int i) {
    Token t = words.get(i).token();
    return t.kind() == Token.Kind.ARABIC && text.charAt(t.start()) == 'ل'
        && words.get(i).readings().stream().anyMatch(r -> r.start() > t.start());
  }

  /** Whether each word of {@code [from, to)} is a country's nisba ("الإنجليزي"، "الأمريكي"). */
  private boolean countryNisbas(int from, int to) {
    for (int j = from; j < to; j++) {
      int at = j;
      if (gazetteer.trie().longestAt(words, j, x -> x.to() == at + 1 && x.value() instanceof Target.Known k
          && k.adjective() && k.entity().isCountry()).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A city that the model, reading the words around, is sure names an organisation by exactly
   * its words ("برشلونة", "ليفربول": their football clubs) is that organisation: the knowledge
   * base's where it lists one by these words, in context or not, else the model's. Countries
   * keep their entity (a national team is named as its country). Returns whether it did.
   */
  private boolean retyped(NerModel.Name n, int from, int to, EntityType type, int[] outer) {
    int k = outer[from];
    if (type != EntityType.ORG || k < 0 || !confident(n, from, to)) {
      return false;
    }
    NameTrie.Match<Target> m = found.get(k);
    if (m == null || m.from() != from || m.to() != to || !(m.value() instanceof Target.Known known)
        || known.adjective() || known.entity().isCountry()
        || (known.entity().type() != EntityType.GPE && known.entity().type() != EntityType.LOC)) {
      return false;
    }
    found.set(k, known(from, to, type)
        .orElseGet(() -> new NameTrie.Match<>(from, to, nameStart(from), m.end(), new Target.Model(type), true)));
    return true;
  }

  /**
   * A name the model is sure of that holds whole names of the knowledge base in more words ("ريال
   * مدريد" over "مدريد", "مانشستر يونايتد" over "مانشستر") is one name: the model's, which read
   * the words around. A person's name in more words holds one name of a person, no other: linked to
   * them where it begins with their name ("حمد بن خليفة آل ثاني"), another person where words come
   * before it ("مكتوم بن محمد بن راشد آل مكتوم": the son, named after the father). Names of offices and adjectives
   * are left as the knowledge base has them, and so are names that "و" joins ("يوفنتوس وليون": two
   * clubs). The names it replaces are set to null in {@link #found}, their words to -2 in {@code outer}.
   */
  private void widened(NerModel.Name n, int from, int to, EntityType type, int[] outer,
      List<NameTrie.Match<Target>> added) {
    if (!confident(n, from, to)) {
      return;
    }
    if (isPlaceType(type) && PlaceKinds.isDirection(words.get(to - 1)) && known(from, to, type).isEmpty()) {
      return; // "ريف [حمص] الغربي": a side's adjective after a listed place names no larger place
    }
    Set<Integer> inside = new HashSet<>();
    for (int j = from; j < to; j++) {
      NameTrie.Match<Target> m = outer[j] < 0 ? null : found.get(outer[j]);
      if (outer[j] != -1 && (m == null || m.from() < from || m.to() > to || m.to() - m.from() == to - from
          || !(m.value() instanceof Target.Known known) || known.adjective()
          || (known.entity().isPerson() && type != EntityType.PERSON))) {
        return;
      }
      if (outer[j] >= 0) {
        inside.add(outer[j]);
        if (j > from && m.from() == j && joinedByWaw(m)) {
          return; // "أرسنال وموناكو": two names the conjunction joins, not one
        }
      }
    }
    NameTrie.Match<Target> person = null;
    for (int k : inside) {
      if (found.get(k).value() instanceof Target.Known known && known.entity().isPerson()) {
        if (inside.size() > 1) {
          return;
        }
        person = found.get(k);
      }
    }
    for (int j = from; j < to; j++) {
      if (outer[j] >= 0) {
        found.set(outer[j], null);
        outer[j] = -2;
      }
      covered[j] = true;
    }
    var kb = known(from, to, type);
    if (kb.isEmpty() && person != null && person.from() == from && person.to() - person.from() >= 2) {
      // the known person named in more words after the known name ("حمد بن خليفة" + "آل ثاني");
      // words before it name someone else ("فاليري لافروف", "... بن محمد بن راشد آل مكتوم"); a known
      // surname alone that opens the name is someone's given name ("ديريجي" met "دراغي" by its skeleton)
      kb = Optional.of(new NameTrie.Match<>(from, to, person.start(), words.get(to - 1).token().end(),
          person.value(), person.exact()));
    }
    int start = nameStart(from, type);
    added.add(kb.orElseGet(() -> new NameTrie.Match<>(from, to, start,
        words.get(to - 1).token().end(), new Target.Model(type), true)));
  }

  /** Whether name {@code m} was read after a "و" written onto its first word ("وموناكو"). */
  private boolean joinedByWaw(NameTrie.Match<Target> m) {
    Token t = words.get(m.from()).token();
    return m.start() > t.start() && text.charAt(t.start()) == 'و';
  }

  /**
   * Whether a name only the model found is sure enough to stand alone: its margin over leaving
   * it out reaches {@link #MIN_MARGIN}, and a one-word name is no everyday word.
   */
  private boolean confident(NerModel.Name n, int from, int to) {
    return n.margin() >= MIN_MARGIN && !(to - from == 1 && gazetteer.isCommonWord(words.get(from)));
  }

  private boolean anyCovered(int from, int to) {
    for (int j = from; j < to; j++) {
      if (covered[j]) {
        return true;
      }
    }
    return false;
  }

  /** The entity type of a model's type (ANERcorp's LOC holds countries and cities: GPE). */
  private static EntityType entityType(String type) {
    return switch (type) {
      case "PERS" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORG;
      case "LOC" -> EntityType.GPE;
      default -> EntityType.MISC;
    };
  }

  /** The knowledge base's entity named by exactly words {@code [from, to)}, of a type that fits. */
  private Optional<NameTrie.Match<Target>> known(int from, int to, EntityType type) {
    var sure = gazetteer.trie().longestAt(words, from, m -> m.to() == to && m.value() instanceof Target.Known k
        && !k.adjective() && sameKind(k.entity().type(), type) && !tanweenAfterProclitic(m) && !lookalikeAlone(m));
    // a name read only in context, here with the model agreeing ("الوداد" read as a body)
    return sure.isPresent() ? sure : gazetteer.nameInContextExactly(words, from, to)
        .filter(m -> m.value() instanceof Target.Known k && sameKind(k.entity().type(), type));
  }

  /**
   * Whether one-word name {@code m} is read after a proclitic on an everyday word that the name meets only by folded
   * or skeleton keys ({@code lookalikes.tsv}): the model's name there is no listed entity ("فريقا" is no "ف" + Riga;
   * "بغاية"، "لحق"). Without a proclitic the model is trusted ("جاو"، "ويجان" are Gao and Wigan in their sentences).
   */
  private boolean lookalikeAlone(NameTrie.Match<Target> m) {
    return m.to() - m.from() == 1 && m.start() > words.get(m.from()).token().start()
        && gazetteer.isLookalike(text.substring(m.start(), m.end()));
  }

  /**
   * Whether one-word name {@code m} of a place or body is read after a proclitic on a word written with the
   * tanween ("فريقاً" is no "ف" + Riga): such names take no tanween, the everyday noun the whole word is does.
   */
  private boolean tanweenAfterProclitic(NameTrie.Match<Target> m) {
    return m.to() - m.from() == 1 && m.value() instanceof Target.Known k && !k.adjective() && !k.entity().isPerson()
        && m.start() > words.get(m.from()).token().start() && NameBoundaries.hasTanween(words.get(m.from()));
  }

  private static boolean isPlaceType(EntityType t) {
    return t == EntityType.GPE || t == EntityType.LOC;
  }

  private static boolean sameKind(EntityType a, EntityType b) {
    boolean placeA = a == EntityType.GPE || a == EntityType.LOC;
    boolean placeB = b == EntityType.GPE || b == EntityType.LOC;
    return a == b || (placeA && placeB);
  }

  /**
   * Where a name the model found starts in its first word: after و/ف and ب/ك/ل when an article
   * follows them ("والحكومة"), or when the article writes the rest alone elsewhere ("وهميلة"
   * after "هميلة"); else at the word's start ("فرنسا", "وليد").
   */
  private int nameStart(int i) {
    return nameStart(i, EntityType.ORG);
  }

  /** {@link #nameStart(int)}; a person's name may begin with what reads as و/ف and the article ("فاليري"). */
  private int nameStart(int i, EntityType type) {
    TokenKeys w = words.get(i);
    int start = w.token().start();
    for (TokenKeys.Reading r : w.readings()) {
      if (r.start() > start && ((type != EntityType.PERSON && Clitics.opensWithArticle(r.key())) || writes(r.key()))) {
        start = r.start();
      }
    }
    return start;
  }

  /**
   * Whether word {@code i} is a noun that the article also writes with the article, which names
   * never take: in the indefinite accusative ({@link #indefiniteNoun}) or after the preposition
   * ب or ل ("بتسجيل" and "التسجيل"، "لتعطيل" and "التعطيل"; a name beginning with those letters,
   * "بركات"، "لحود", is not written so; nor is a name with the article after ل: "للشهرستاني").
   */
  private boolean everydayNoun(int i) {
    if (indefiniteNoun(i) || VerbalNouns.is(words.get(i))) {
      return true; // "استئناف"، "بتشكيل": a verbal noun of a derived form (verbal-noun-shapes.tsv)
    }
    TokenKeys w = words.get(i);
    String key = w.key();
    for (TokenKeys.Reading r : w.readings()) {
      String rest = r.key();
      int p = key.length() - rest.length() - 1;
      if (p >= 0 && rest.length() >= 3 && !Clitics.opensWithArticle(rest) && key.endsWith(rest)
          && (key.charAt(p) == 'ب' || key.charAt(p) == 'ل') && !key.startsWith("لل", p - 1) && definite(rest)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code i} is a noun in the indefinite accusative ("برنامجا"، "سوقا"): it ends in
   * the alef of the tanween, and the article writes the same noun with the article ("البرنامج"،
   * "للسوق"). Names take neither the tanween's alef nor the article, so a name ending in alef
   * ("أوباما"، "دونغا") is not read so; two-letter stems ("رضا") are left alone.
   */
  private boolean indefiniteNoun(int i) {
    TokenKeys w = words.get(i);
    String key = w.key();
    if (w.token().kind() != Token.Kind.ARABIC || key.length() < 4 || !key.endsWith("ا") || Clitics.opensWithArticle(key)) {
      return false;
    }
    return definite(key.substring(0, key.length() - 1));
  }

  /** Whether the article writes {@code stem} with the article ("البرنامج"، "للسوق"، "والتسجيل"). */
  private boolean definite(String stem) {
    if (definiteKeys.isEmpty()) {
      for (TokenKeys v : words) {
        for (TokenKeys.Reading r : v.readings()) {
          if (Clitics.opensWithArticle(r.key())) {
            definiteKeys.add(r.key());
          }
        }
      }
    }
    return definiteKeys.contains("ال" + stem);
  }

  /** Whether the article writes {@code key} as a word of its own. */
  private boolean writes(String key) {
    if (articleKeys.isEmpty()) {
      for (TokenKeys w : words) {
        articleKeys.add(w.key());
      }
    }
    return articleKeys.contains(key);
  }

  /** A name of the model other than a person's: one entity per type and written name. */
  private void modelEntity(NameTrie.Match<Target> m, EntityType type) {
    List<String> keys = keysFrom(m.from(), m.to(), m.start(), false);
    String key = type + " " + String.join(" ", keys);
    Found f = locals.get(key);
    if (f == null) {
      f = Found.named(modelId(type, String.join(" ", keys)), text.substring(m.start(), m.end()), type);
      locals.put(key, f);
      entities.putIfAbsent(f.id, f);
      // one word the model took for a name in one sentence ("الكتاب" of "معرض الكتاب") is too
      // often an everyday word elsewhere to be taken wherever the article writes it
      if (keys.size() > 1) {
        localNames.add(keys, new Target.Local(key));
      }
    }
    f.mention(text, m.start(), m.end(), Mention.Form.NAME);
    String country = townCountries.get(m.from());
    if (country != null && f.country.isEmpty()) {
      f.country = country;
    }
  }

  /** Stable id of a name outside the knowledge base: its type and its normalised name, romanised. */
  static String modelId(EntityType type, String normalizedName) {
    String person = personId(normalizedName);
    String kind = switch (type) {
      case PERSON -> "person";
      case ORG -> "org";
      case GPE -> "gpe";
      case LOC -> "loc";
      case MISC -> "misc";
    };
    return kind + person.substring(person.indexOf(':'));
  }


  /** A name of one word that is also a common word ("مالي") is not taken alone. */
  private boolean acceptable(NameTrie.Match<Target> m) {
    if (m.value() instanceof Target.OfficeWord o) {
      return o.office().writtenAs(text.substring(m.start(), m.end())); // not "نجيب" for "نقيب"
    }
    if (gazetteer.isNotBefore(words, m.from(), m.to()) || namedByPlace(m)) {
      return false;
    }
    if (m.to() - m.from() != 1) {
      return true;
    }
    if (m.value() instanceof Target.Known k && k.entity().type() == EntityType.ORG
        && AdjectiveAfterNoun.at(words, m.from())) {
      return false; // "القمة الفرنكوفونية": the summit's adjective, not the organisation
    }
    if (tanweenAfterProclitic(m)) {
      return false;
    }
    String word = text.substring(m.start(), m.end());
    return !gazetteer.isCommonKey(NameKeys.key(word)) && !gazetteer.isLookalike(word);
  }

  /** Nouns of a body named by the place it serves ({@code named-by-place.tsv}: "بورصة"، "سوق"). */
  private static final Set<String> NAMED_BY_PLACE = NameKeys.keysOfList("entities/named-by-place.tsv");

  /**
   * The model's organisation named by a body's noun and a place the knowledge base lists, and
   * nothing after the place ("سوق [دبي]", where the model read "سوق دبي"), is the place, as for the
   * known ones ({@link #namedByPlace}).
   */
  private void readBodiesNamedByPlace() {
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      if (m.to() - m.from() < 2 || !(m.value() instanceof Target.Model(EntityType t)) || t != EntityType.ORG
          || !ThingKinds.indefiniteReadingIn(words.get(m.from()), NAMED_BY_PLACE)) {
        continue;
      }
      var place = gazetteer.trie().longestAt(words, m.from() + 1, x -> x.to() == m.to() && x.value() instanceof Target.Known p
          && (p.entity().type() == EntityType.GPE || p.entity().type() == EntityType.LOC) && acceptable(x));
      if (place.isPresent()) {
        covered[m.from()] = false;
        found.set(k, place.get());
      }
    }
  }

  /**
   * Whether the known organisation {@code m} is a body named by its noun and a place the knowledge
   * base lists ("بورصة نيويورك"، "سوق دبي المالي"): read as the place, as ANERcorp annotates it
   * ({@code named-by-place.tsv}), the body's name is refused.
   */
  private boolean namedByPlace(NameTrie.Match<Target> m) {
    return m.to() - m.from() >= 2 && m.value() instanceof Target.Known k && k.entity().type() == EntityType.ORG
        && ThingKinds.indefiniteReadingIn(words.get(m.from()), NAMED_BY_PLACE)
        && gazetteer.trie().longestAt(words, m.from() + 1, x -> x.to() <= m.to() && x.value() instanceof Target.Known p
            && (p.entity().type() == EntityType.GPE || p.entity().type() == EntityType.LOC)).isPresent();
  }

  /** Words that make a known name a description ({@code description-words.tsv}: "الاحتلال"). */
  private static final Set<String> DESCRIPTION_WORDS = NameKeys.keysOfList("entities/description-words.tsv");

  /**
   * Whether the known name {@code m} is written as a description ("قوات الاحتلال"), not by its name.
   * Read so for organisations only: a state named so ("دولة الاحتلال") stays named, train.tsv holds no
   * such use to count.
   */
  private boolean describes(NameTrie.Match<Target> m) {
    for (int j = m.from(); j < m.to(); j++) {
      for (TokenKeys.Reading r : words.get(j).readings()) {
        if (DESCRIPTION_WORDS.contains(r.key())) {
          return true;
        }
      }
    }
    return false;
  }

  // 2. offices and the people they introduce
  private void readOffices() {
    Map<Integer, Introduction> introductions = new HashMap<>();
    for (int k = 0; k < found.size(); k++) {
      NameTrie.Match<Target> m = found.get(k);
      switch (m.value()) {
        case Target.Known known -> {
          Found f = entity(known.entity());
          int start = f.isPerson() ? afterTitle(m)
              : isPlaceOrCountry(m) ? PlaceKinds.nameStart(gazetteer, words, m, this::acceptable) : m.start();
          f.mention(text, start, m.end(), known.adjective() ? Mention.Form.ADJECTIVE
              : f.type == EntityType.ORG && describes(m) ? Mention.Form.DESCRIPTION : Mention.Form.NAME);
          if (f.isPerson()) {
            introduce(f, introductions.get(k), m.to());
            rememberSurname(m, known);
          }
        }
        case Target.Model named -> {
          if (named.type() == EntityType.PERSON) {
            Found earlier = earlierPerson(m);
            if (earlier != null) {
              earlier.mention(text, m.start(), m.end());
            }
            introduce(earlier != null ? earlier : localPerson(m.from(), m.to(), m.start(), ""), introductions.get(k),
                m.to());
          } else {
            modelEntity(m, named.type());
          }
        }
        case Target.OfficeWord office -> readOffice(k, office.office(), introductions);
        case Target.Local local -> { }
      }
    }
  }

  /** The person named before by these words in full or by the surname ("هميلة" after "الطاهر هميلة"), or null. */
  private Found earlierPerson(NameTrie.Match<Target> m) {
    var earlier = localNames.longestAt(words, m.from(), x -> x.to() == m.to() && x.start() == m.start());
    if (earlier.isEmpty()) {
      return null;
    }
    Found f = switch (earlier.get().value()) {
      case Target.Local local -> locals.get(local.key());
      case Target.Known known -> entity(known.entity());
      default -> null;
    };
    return f != null && f.isPerson() ? f : null;
  }

  /**
   * Where the name of a known person starts when the knowledge base writes it with a title
   * ("الشيخ حمد بن خليفة", "الملك سلمان"): after the title, which is no part of the name.
   */
  private int afterTitle(NameTrie.Match<Target> m) {
    var title = gazetteer.trie().longestAt(words, m.from(), x -> x.value() instanceof Target.OfficeWord
        && x.to() < m.to());
    return title.isPresent() ? words.get(title.get().to()).token().start() : m.start();
  }

  /** A person just named, with the office that introduced them, if any. */
  private void introduce(Found f, Introduction intro, int to) {
    if (intro != null) {
      f.giveOffice(intro.office(), intro.role(), intro.country());
    }
    if (!f.role.isEmpty()) {
      lastRole = f.role;
    }
    lastPerson = f;
    lastPersonTo = to;
  }

  private void readOffice(int k, Office office, Map<Integer, Introduction> introductions) {
    NameTrie.Match<Target> m = found.get(k);
    boolean latin = words.get(m.from()).token().kind() == Token.Kind.LATIN;
    int pos = skipModifiers(m.to());
    int end = m.end();
    int next = k + 1;
    // "وزير الإعلام والثقافة والسياحة", "الوزير الناطق باسم الحكومة": one office over its joined
    // portfolios, with the role of its first ("Information Minister") or of its head ("Minister")
    int compound = pastJoinedPortfolios(k, office, pos);
    if (compound > pos) {
      end = words.get(compound - 1).token().end();
      while (next < found.size() && found.get(next).from() < compound) {
        next++;
      }
      pos = skipModifiers(compound);
    }
    String country = "";
    boolean introducedOnlyKnown = false;
    boolean viaDomain = false;
    boolean paren = isPunct(pos, "(");
    int inside = paren ? pos + 1 : pos;
    // "المتحدث باسم الخارجية الإثيوبية", "وزير الري الإثيوبي": the office's domain stands
    // between the office and its country or body
    if (!paren && !latin && !startsFound(next, pos) && names.unknownNameEnd(pos, false) == pos) {
      int body = endOfDomain(pos);
      if (body > pos && startsFound(next, body) && (countryOf(found.get(next)) != null || isOrg(found.get(next))
          || isPlace(found.get(next)))) {
        pos = body;
        inside = body;
        viaDomain = true;
      }
    }
    if (next < found.size() && found.get(next).from() == inside && countryOf(found.get(next)) != null) {
      country = countryOf(found.get(next));
      end = found.get(next).end();
      pos = found.get(next).to();
      next++;
      if (paren && isPunct(pos, ")")) {
        pos++;
      }
      pos = skipModifiers(pos);
      // "سفير روسيا لدى واشنطن": the country the envoy is posted to
      if (pos < words.size() && words.get(pos).key().equals("لدي") && next < found.size()
          && found.get(next).from() == pos + 1 && found.get(next).value() instanceof Target.Known) {
        pos = found.get(next).to();
        next++;
      }
      pos = skipModifiers(skipDomainAfter(pos));
    } else if (next < found.size() && found.get(next).from() == pos
        && found.get(next).value() instanceof Target.Known body
        && (body.entity().type() == EntityType.ORG
            || ((viaDomain || !office.isDefinite()) && isPlace(found.get(next))))) {
      // "الأمين العام للأمم المتحدة", "المتحدث باسم الخارجية الصينية": the body the office belongs
      // to; "مدير المكتب الإعلامي في غزة": the place of the office's domain; "محافظ البصرة": the
      // place a construct office takes as its genitive
      country = body.entity().country();
      end = found.get(next).end();
      pos = skipModifiers(skipDomainAfter(skipModifiers(found.get(next).to())));
      next++;
    } else if (latin && k > 0) {
      country = latinOwner(k);
    } else if (office.kind() == Office.Kind.OFFICE && !office.isDefinite() && compound == pos) {
      // "وزير خارجية ...", "رئيس مجلس إدارة ...": a construct names a person only with its country
      introducedOnlyKnown = true;
    }
    boolean apposition = isComma(pos);
    if (apposition) {
      pos++;
    }
    Office named = gazetteer.officeIn(office, country);
    String role = office.kind() == Office.Kind.COUNTERPART ? subjectRole(m.start()) : named.role();
    if (next < found.size() && found.get(next).from() == pos && isPerson(found.get(next))) {
      introductions.put(next, new Introduction(named, role, country));
      return;
    }
    // "فاز المنتخب المغربي على نظيره الجزائري": a counterpart of no person is no person
    if (introducedOnlyKnown || (office.kind() == Office.Kind.COUNTERPART && !personBefore(k))) {
      return;
    }
    if (latin) {
      int to = names.latinNameEnd(pos);
      if (to > pos) {
        latinNames.add(new LatinName(words.get(pos).token().start(), words.get(to - 1).token().end(),
            named.kind() == Office.Kind.OFFICE ? named : null, country));
      }
      return;
    }
    int to = names.unknownNameEnd(pos, apposition);
    if (to == pos && !apposition) {
      // "رئيس الوزراء المخلوع X Y": the name after the office's adjectives, as after a person's noun;
      // a feminine word after a masculine office agrees with another noun ("رئيس الجمهورية المتعلقة")
      boolean feminine = words.get(m.from()).token().text().endsWith("ة");
      int past = PersonNouns.nameFrom(words, pos - 1,
          j -> !feminine && j < words.size() && !covered[j] && words.get(j).token().text().endsWith("ة") ? j : pastDescription(j));
      int nameEnd = past > pos ? nameAfterDescription(past) : past;
      if (nameEnd > past) {
        pos = past;
        to = nameEnd;
      }
    }
    if (to > pos && (continuesPhrase(pos, to, pos == m.to()) || apposition && lamOnWrittenWord(pos))) {
      return;
    }
    if (to > pos) {
      Found f = localPerson(pos, to, country);
      f.giveOffice(named, role, country);
      if (!f.role.isEmpty()) {
        lastRole = f.role;
      }
      lastPerson = f;
      lastPersonTo = to;
      return;
    }
    // "فاليري غيراسيموف، رئيس الأركان الروسي،": the office of the person just named
    if (office.kind() == Office.Kind.OFFICE && lastPerson != null && lastPersonTo == m.from() - 1
        && isComma(m.from() - 1)) {
      lastPerson.giveOffice(named, role, country);
      lastPerson.mention(text, m.start(), end, Mention.Form.OFFICE);
      return;
    }
    if (office.kind() != Office.Kind.TITLE) {
      references.add(new Reference(m.start(), end, named.kind() == Office.Kind.COUNTERPART
          ? new Office(named.phrase(), role, "", Office.Kind.COUNTERPART) : named, country));
    }
  }

  /** How many words a minister's joined portfolios may take. */
  private static final int MAX_PORTFOLIO_WORDS = 8;

  private static final String GOVERNMENT = NameKeys.key("الحكومة");
  private static final String STATE = NameKeys.key("الدولة");

  /**
   * Where a minister's office ends when it goes on over portfolios joined by و with the article
   * ("وزير الإعلام والثقافة والسياحة", "وزير الشؤون الخارجية والتعاون الإفريقي") or, for "الوزير" and
   * "وزير الدولة", over the government's spokesman ("الوزير الناطق باسم الحكومة"); {@code pos} when it
   * does not. A word where another match starts (a country, another office) ends the office.
   */
  private int pastJoinedPortfolios(int k, Office office, int pos) {
    if (office.kind() != Office.Kind.OFFICE || !office.phrase().startsWith("وزير")
        && !office.phrase().startsWith("الوزير")) {
      return pos;
    }
    int next = k + 1;
    int limit = Math.min(words.size(), pos + MAX_PORTFOLIO_WORDS);
    int j = pos;
    // "وزير الشؤون الخارجية و...", "وزير الدولة الناطق ...": the first portfolio after a bare "وزير"
    if (!office.isDefinite()) {
      while (j < limit && isPortfolioWord(j, next, false)) {
        j++;
      }
      if (j == pos) {
        return pos;
      }
    }
    int first = j;
    while (j < limit && isPortfolioWord(j, next, true)) {
      j++;
      while (j < limit && isPortfolioWord(j, next, false)) {
        j++;
      }
    }
    if (j > first) {
      return j;
    }
    boolean generic = office.isGeneric()
        || !office.isDefinite() && first == pos + 1 && words.get(pos).key().equals(STATE);
    while (next < found.size() && found.get(next).from() < first) {
      next++;
    }
    if (generic && next < found.size() && found.get(next).from() == first
        && found.get(next).value() instanceof Target.OfficeWord spokesman
        && spokesman.office().role().equals("Spokesperson")) {
      int after = found.get(next).to();
      if (after < words.size() && words.get(after).key().equals(GOVERNMENT)) {
        return after + 1;
      }
    }
    return pos;
  }

  /** An Arabic word of a portfolio: with the article, or with و and the article when {@code joined}. */
  private boolean isPortfolioWord(int j, int next, boolean joined) {
    TokenKeys w = words.get(j);
    if (covered[j] || w.token().kind() != Token.Kind.ARABIC) {
      return false;
    }
    for (int n = next; n < found.size() && found.get(n).from() <= j; n++) {
      if (found.get(n).from() == j) {
        return false;
      }
    }
    String key = w.key();
    return joined ? key.startsWith("وال") && key.length() >= 5 : Clitics.opensWithArticle(key) && key.length() >= 4;
  }

  /**
   * "نظيره": the counterpart of the person last named in the same sentence, else of the person
   * last given an office: the same office.
   */
  private String subjectRole(int offset) {
    Span sentence = analyzed.sentenceAt(offset);
    int from = sentence == null ? 0 : sentence.start();
    Found subject = null;
    int at = -1;
    for (Found f : entities.values()) {
      int before = f.lastBefore(offset);
      if (f.isPerson() && before >= from && before > at) {
        subject = f;
        at = before;
      }
    }
    return subject != null && !subject.role.isEmpty() ? subject.role : lastRole;
  }

  /** Whether the sentence of match {@code k} names a person, or an office, before it. */
  private boolean personBefore(int k) {
    int offset = found.get(k).start();
    Span sentence = analyzed.sentenceAt(offset);
    int from = sentence == null ? 0 : sentence.start();
    for (int j = k - 1; j >= 0 && found.get(j).start() >= from; j--) {
      if (found.get(j).value() instanceof Target.OfficeWord o && o.office().kind() == Office.Kind.OFFICE
          || isPerson(found.get(j))) {
        return true;
      }
    }
    for (Found f : entities.values()) {
      if (f.isPerson() && f.lastBefore(offset) >= from) {
        return true;
      }
    }
    return false;
  }

  /** The code of the country a match names (by name or adjective), or null. */
  private static String countryOf(NameTrie.Match<Target> m) {
    if (m.value() instanceof Target.Known k && k.entity().isCountry()) {
      return k.entity().code();
    }
    return null;
  }

  private boolean startsFound(int index, int pos) {
    return index < found.size() && found.get(index).from() == pos;
  }

  private static boolean isPlace(NameTrie.Match<Target> m) {
    return m.value() instanceof Target.Known k && !k.entity().isCountry()
        && (k.entity().type() == EntityType.GPE || k.entity().type() == EntityType.LOC);
  }

  private static boolean isPlaceOrCountry(NameTrie.Match<Target> m) {
    return m.value() instanceof Target.Known k && !k.adjective()
        && (k.entity().type() == EntityType.GPE || k.entity().type() == EntityType.LOC);
  }

  private static boolean isOrg(NameTrie.Match<Target> m) {
    return m.value() instanceof Target.Known k && k.entity().type() == EntityType.ORG;
  }

  /** How far a domain fits in the first words of a phrase; see {@link #isDomainWord}. */
  private static final int MAX_DOMAIN_WORDS = 7;

  /**
   * The end of an office's domain starting at {@code pos}: a head noun ("لجنة"), then definite
   * nouns and adjectives ("الأمن القومي والسياسة الخارجية") and the prepositions في/لدى; the
   * country or body that follows closes it. Returns {@code pos} when none.
   */
  private int endOfDomain(int pos) {
    int j = pos;
    while (j < words.size() && j - pos < MAX_DOMAIN_WORDS && !covered[j] && isDomainWord(j, j == pos)) {
      j++;
    }
    return j;
  }

  private boolean isDomainWord(int i, boolean head) {
    TokenKeys w = words.get(i);
    if (w.token().kind() != Token.Kind.ARABIC) {
      return false;
    }
    String k = w.key();
    if (k.equals("في") || k.equals("لدي")) {
      return !head;
    }
    if (Clitics.opensWithArticle(k) || k.startsWith("وال")) {
      return !gazetteer.isCommonWord(w);
    }
    return head && !gazetteer.isCommonWord(w) && k.length() >= 3;
  }

  /**
   * "نائبة وزير الخارجية الكونغولي للتعاون الإقليمي": a domain with ل after the country, its
   * noun and adjectives definite; returns the word after it, or {@code pos}.
   */
  private int skipDomainAfter(int pos) {
    if (pos >= words.size() || covered[pos] || words.get(pos).token().kind() != Token.Kind.ARABIC) {
      return pos;
    }
    String k = words.get(pos).key();
    boolean definite = Clitics.opensWithLamOnArticle(k) && k.length() >= 5;
    // "لشؤون الشرق الأدنى": ل before a noun in construct with a definite one; "لشؤون نزع السلاح",
    // "لشؤون حقوق الإنسان": with an indefinite noun between, itself in construct
    boolean chain = !definite && k.startsWith("ل") && k.length() >= 4 && !isDefiniteWord(pos + 1)
        && constructNoun(pos + 1) && isDefiniteWord(pos + 2);
    if (!definite && !chain && !(k.startsWith("ل") && k.length() >= 4 && isDefiniteWord(pos + 1))) {
      return pos;
    }
    int j = chain ? pos + 2 : pos + 1;
    while (isDefiniteWord(j)) {
      j++;
    }
    return j;
  }

  /** Whether word {@code i} may be a noun in construct inside a domain: Arabic, not read, no given name nor common word. */
  private boolean constructNoun(int i) {
    return i < words.size() && words.get(i).token().kind() == Token.Kind.ARABIC && !covered[i]
        && !givenName(i) && !gazetteer.isCommonWord(words.get(i)) && words.get(i).key().length() >= 3;
  }

  /** A definite noun or adjective of a domain ("الإقليمي", "والسياسية"), not a name's family word. */
  private boolean isDefiniteWord(int j) {
    if (j >= words.size() || words.get(j).token().kind() != Token.Kind.ARABIC) {
      return false;
    }
    String k = words.get(j).key();
    return (Clitics.opensWithArticle(k) || k.startsWith("وال")) && !gazetteer.isGivenName(words.get(j))
        && !(covered[j] && isPersonAt(j));
  }

  private boolean isPersonAt(int j) {
    for (NameTrie.Match<Target> m : found) {
      if (m.from() <= j && j < m.to()) {
        return isPerson(m);
      }
    }
    return false;
  }

  /** A person of the knowledge base, or one the model found. */
  private static boolean isPerson(NameTrie.Match<Target> m) {
    return m.value() instanceof Target.Known k && k.entity().isPerson()
        || m.value() instanceof Target.Model n && n.type() == EntityType.PERSON;
  }

  /** "Japan's Foreign Minister": the country before an English office. */
  private String latinOwner(int k) {
    NameTrie.Match<Target> before = found.get(k - 1);
    int officeWord = found.get(k).from();
    String code = countryOf(before);
    if (code != null && before.to() == officeWord - 2 && isPunct(officeWord - 2, "'", "’")
        && words.get(officeWord - 1).key().equals("s")) {
      return code;
    }
    return "";
  }

  private int skipModifiers(int pos) {
    while (pos < words.size() && gazetteer.isOfficeModifier(words.get(pos))) {
      pos++;
    }
    return pos;
  }

  /** Whether word {@code pos} is a comma ({@link Token#isComma}). */
  private boolean isComma(int pos) {
    return pos < words.size() && words.get(pos).token().isComma();
  }

  private boolean isPunct(int pos, String... marks) {
    if (pos >= words.size() || words.get(pos).token().kind() != Token.Kind.PUNCT) {
      return false;
    }
    String t = words.get(pos).token().text();
    for (String mark : marks) {
      if (t.equals(mark)) {
        return true;
      }
    }
    return false;
  }

  /** The person named by words {@code [from, to)}, made once per article. */
  private Found localPerson(int from, int to, String country) {
    return localPerson(from, to, words.get(from).token().start(), country);
  }

  /**
   * The person named by words {@code [from, to)} from offset {@code start} of the first word
   * (after its proclitics), made once per article.
   */
  private Found localPerson(int from, int to, int start, String country) {
    List<String> keys = keysFrom(from, to, start, false);
    List<String> skeletons = keysFrom(from, to, start, true);
    String localKey = String.join(" ", skeletons);
    Found f = locals.get(localKey);
    if (f == null) {
      String written = text.substring(start, words.get(to - 1).token().end());
      f = Found.person(personId(String.join(" ", keys)), written);
      locals.put(localKey, f);
      entities.putIfAbsent(f.id, f);
      Target.Local target = new Target.Local(localKey);
      localNames.add(keys, target);
      localNames.add(skeletons, target);
      TokenKeys surname = words.get(gazetteer.isFamilyNameFirst(country) ? from : to - 1);
      if (to - from >= 2 && names.isSurname(surname)) {
        localNames.add(List.of(surname.key()), target);
        localNames.add(List.of(surname.skeleton()), target);
      }
    }
    f.mention(text, start, words.get(to - 1).token().end());
    return f;
  }

  /** The keys (or skeletons) of words {@code [from, to)}, the first read from offset {@code start}. */
  private List<String> keysFrom(int from, int to, int start, boolean skeleton) {
    List<String> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      TokenKeys w = words.get(i);
      String k = skeleton ? w.skeleton() : w.key();
      if (i == from) {
        for (TokenKeys.Reading r : w.readings()) {
          if (r.start() == start) {
            k = skeleton ? r.skeleton() : r.key();
            break;
          }
        }
      }
      out.add(k);
    }
    return out;
  }

  /** A known person named in full ("تارو كونو") may be named later by the surname alone. */
  private void rememberSurname(NameTrie.Match<Target> m, Target.Known known) {
    if (m.to() - m.from() < 2) {
      return;
    }
    for (int i = m.from(); i < m.to() - 1; i++) {
      if (NameBoundaries.CONNECTORS.contains(words.get(i).key())) {
        return; // "محمد بن سلمان": the last word of an Arab name is a father's given name
      }
    }
    TokenKeys family = words.get(gazetteer.isFamilyNameFirst(known.entity().country()) ? m.from() : m.to() - 1);
    if (names.isSurname(family)) {
      localNames.add(List.of(family.key()), known);
      localNames.add(List.of(family.skeleton()), known);
    }
  }

  /** Ids already made, as romanising is slow and serialised; emptied when it grows past {@link #PERSON_IDS_KEPT}. */
  private static final Map<String, String> PERSON_IDS = new ConcurrentHashMap<>();
  private static final int PERSON_IDS_KEPT = 50_000;

  /** Stable id of a person outside the knowledge base: its normalised name, romanised. */
  static String personId(String normalizedName) {
    String id = PERSON_IDS.get(normalizedName);
    if (id == null) {
      if (PERSON_IDS.size() >= PERSON_IDS_KEPT) {
        PERSON_IDS.clear();
      }
      id = slugId(normalizedName);
      PERSON_IDS.put(normalizedName, id);
    }
    return id;
  }

  private static String slugId(String normalizedName) {
    String slug = NON_SLUG.matcher(NameKeys.romanize(SLUG, normalizedName)).replaceAll(" ").strip().replace(' ', '-');
    return "person:" + (slug.isEmpty() ? Integer.toHexString(normalizedName.hashCode()) : slug);
  }

  private Found entity(KbEntity e) {
    return entities.computeIfAbsent(e.id(), id -> Found.of(e, year));
  }

  // English captions: a name after an English office is a person of the article named in Arabic
  // too ("Fumio Kishida" = "فوميو كيشيدا"), compared by consonants; else a person of its own
  private void linkLatinNames() {
    for (LatinName n : latinNames) {
      String written = text.substring(n.start(), n.end());
      String skeleton = NameKeys.latinSkeleton(written);
      Found same = null;
      for (Found f : entities.values()) {
        if (f.isPerson() && sameName(f, skeleton)) {
          same = f;
          break;
        }
      }
      if (same == null) {
        same = entities.computeIfAbsent(personId(written.toLowerCase(Locale.ROOT)),
            id -> Found.person(id, written));
      }
      same.mention(text, n.start(), n.end());
      if (n.office() != null) {
        same.giveOffice(n.office(), n.office().role(), n.country());
      }
    }
  }

  /**
   * A capitalised English name in a caption, with no office before it ("Choe Son Hui speaks"),
   * is a mention of a person the article names, when their consonants agree; else nothing.
   */
  private void linkCaptionNames() {
    int i = 0;
    while (i < words.size()) {
      Token t = words.get(i).token();
      if (covered[i] || t.kind() != Token.Kind.LATIN || !Character.isUpperCase(t.text().charAt(0))
          || !analyzed.inCaption(t.start())) {
        i++;
        continue;
      }
      int to = names.latinNameEnd(i);
      if (to - i >= 2) {
        String written = text.substring(t.start(), words.get(to - 1).token().end());
        String skeleton = NameKeys.latinSkeleton(written);
        for (Found f : entities.values()) {
          if (f.isPerson() && sameName(f, skeleton)) {
            f.mention(text, t.start(), words.get(to - 1).token().end());
            break;
          }
        }
      }
      i = Math.max(to, i + 1);
    }
  }

  /**
   * Whether person {@code f} is written with these consonants: all of them, or the same
   * surname and the same first letter ("Sergei Lavrov" for "Sergey Lavrov").
   */
  private static boolean sameName(Found f, String latinSkeleton) {
    List<String> spellings = f.known != null ? f.known.latinNames() : List.of(f.written);
    for (String name : spellings) {
      String s = NameKeys.latinSkeleton(name);
      if (s.equals(latinSkeleton) || (!s.isEmpty() && lastWord(s).length() >= 3 && lastWord(s).equals(
          lastWord(latinSkeleton)) && s.charAt(0) == latinSkeleton.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static String lastWord(String s) {
    return s.substring(s.lastIndexOf(' ') + 1);
  }

  // 3. the people of this article named again, in full or by the surname
  private void findLocalNames() {
    if (localNames.isEmpty()) {
      return;
    }
    int i = 0;
    while (i < words.size()) {
      if (covered[i] || words.get(i).token().kind() != Token.Kind.ARABIC) {
        i++;
        continue;
      }
      var m = localNames.longestAt(words, i, x -> true);
      if (m.isPresent() && ((m.get().to() == i + 1 && gazetteer.isCommonKey(words.get(i).key()))
          || gazetteer.isNotBefore(words, i, m.get().to()))) {
        m = Optional.empty(); // "لصالح" (in favour of) is no "صالح" named before, "كانون الأول" no "أنان"
      }
      if (m.isEmpty()) {
        i++;
        continue;
      }
      int to = m.get().to();
      for (int j = i; j < to; j++) {
        if (covered[j]) {
          to = -1;
        }
      }
      if (to < 0) {
        i++;
        continue;
      }
      Found f = switch (m.get().value()) {
        case Target.Local local -> locals.get(local.key());
        case Target.Known known -> entity(known.entity());
        case Target.OfficeWord o -> null;
        case Target.Model n -> null;
      };
      if (f != null) {
        f.mention(text, m.get().start(), m.get().end());
        for (int j = i; j < to; j++) {
          covered[j] = true;
        }
      }
      i = to;
    }
  }

  /**
   * A person read by one word only ("عون", "البابا", "الشابي") is the one person of the article whose
   * full name ends in that word ("جوزاف عون", "عصام الشابي"), wherever it stands, a headline before the
   * full name too: the surname a short form of step 3 does not take (three letters, or with the
   * article). Not a given name ("علي"), nor a word after "بن" (a father's name); two people
   * of that surname take none. In jawharafm, 78 people so read joined a full name, all the same
   * person by reading; one surname was shared ("عبو": محمد عبو، سامية عبو) and was left alone.
   */
  private void joinSurnamesToFullNames() {
    List<Found> people = entities.values().stream().filter(Found::isPerson).toList();
    for (Found single : people) {
      String surname = singleWordKey(single);
      if (surname == null) {
        continue;
      }
      Found full = null;
      int holders = 0;
      for (Found f : people) {
        if (f != single && endsInSurname(f, surname)) {
          full = f;
          holders++;
        }
      }
      if (holders == 1 && entities.get(full.id) == full) {
        full.absorb(single);
        entities.remove(single.id);
      }
    }
  }

  /** The key of the one word every mention of a person outside the knowledge base is, or null. */
  private String singleWordKey(Found f) {
    if (f.known != null || f.mentions().isEmpty()) {
      return null;
    }
    String key = null;
    for (Mention m : f.mentions()) {
      if (m.form() != Mention.Form.NAME || m.text().strip().contains(" ")) {
        return null;
      }
      String k = NameKeys.key(m.text().strip());
      if (key != null && !key.equals(k)) {
        return null;
      }
      key = k;
    }
    return key.length() < 3 || gazetteer.isGivenNameKey(key) ? null : key;
  }

  /** Whether a mention of {@code f} is a full name whose family name has key {@code surname}. */
  private boolean endsInSurname(Found f, String surname) {
    boolean familyFirst = gazetteer.isFamilyNameFirst(f.country);
    for (Mention m : f.mentions()) {
      String[] w = m.text().strip().split("\\s+");
      if (m.form() != Mention.Form.NAME || w.length < 2) {
        continue;
      }
      String family = NameKeys.key(familyFirst ? w[0] : w[w.length - 1]);
      boolean afterConnector = !familyFirst && NameBoundaries.CONNECTORS.contains(NameKeys.key(w[w.length - 2]));
      if (family.equals(surname) && !afterConnector) {
        return true;
      }
    }
    return false;
  }

  // 4. "الوزير الياباني", "نظيره الروسي": the person of the article who holds that office
  private void resolveReferences() {
    for (Reference r : references) {
      Found best = null;
      int bestAt = -1;
      int candidates = 0;
      boolean bestSameOffice = false;
      for (Found f : entities.values()) {
        boolean counterpart = r.office().kind() == Office.Kind.COUNTERPART;
        if (!f.isPerson() || (!r.country().isEmpty() && !r.country().equals(f.country))
            || (!counterpart && (f.role.isEmpty() || !r.office().fits(f.role)))) {
          continue;
        }
        candidates++;
        int before = f.lastBefore(r.start());
        // a counterpart holds the same office as the person it is the counterpart of
        boolean sameOffice = r.office().kind() == Office.Kind.COUNTERPART
            && gazetteer.sameOffice(f.role).equals(gazetteer.sameOffice(r.office().role()));
        if (best == null || (sameOffice && !bestSameOffice) || (sameOffice == bestSameOffice && before > bestAt)) {
          best = f;
          bestAt = before;
          bestSameOffice = sameOffice;
        }
      }
      boolean specific = !r.country().isEmpty() || (candidates == 1 && !r.office().isGeneric()
          && r.office().kind() == Office.Kind.OFFICE);
      if (best != null && specific) {
        best.mention(text, r.start(), r.end(), Mention.Form.OFFICE);
      }
    }
  }
}
