package org.marsad.events;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;

/**
 * The function words of {@code events/}: negation ({@code negation.tsv}), plan and intent
 * ({@code planned.tsv}), condition ({@code hypothetical.tsv}), a source's anonymity ({@code anonymity.tsv}) and the word classes the roles
 * of a sentence are read by ({@code grammar.tsv}); the classes that may be phrases (deontic,
 * boundary, agent, doer, undergo, against) are matched as phrases.
 */
final class Cues {

  /** The classes of {@code grammar.tsv}. */
  enum WordClass { TITLE, OPENER, PARTICLE, BOTH, OWN_COUNTRY, PARTNER, BETWEEN, LOCATIVE, DEONTIC, BOUNDARY, MEDIATION,
    AGENT, DOER, UNDERGO, AGAINST, PASSING, RELATIVE, LIGHT, LIGHT_PRESENT, AREA, RESULT, ADVERB, CAUSE, ANNOUNCE,
    ALLEGIANCE, LED_BY, COALITION, ONE_OR_TWO, OWN_NATIONALS, UNDERTAKE, BEGIN, HASTEN, MEASURE, OCCASION, FORMER,
    BELONGING, CARRYING, SITE, REFLEXIVE, MISSION, RESPONSIBILITY, ADOPT, DEMONSTRATIVE, EMERGENCY, RECEIVE, ALTERNATIVE, ANOTHER,
    ACT_ADJECTIVE, GIVE, STANCE, ACT_NAMED, OPERATION, CAPITAL, SOURCE_ASIDE, REACH, LIGHT_NOUN, FRAME, FURTHERED, BENEFICIARY, CONVEY, NATIONALITY,
    OTHERS, PAST_TO_OTHERS, PLACE_ADVERB, DISTANCE, DIRECTION, COMPANY, WITNESS, BODY, WHITHER, VENUE,
    // the closed lists, each read as written (normalised), nothing split off: see words(WordClass)
    THAT, THAT_HE, THAT_THEY, DURING, DETACHED_OBJECT, ELATIVE, DONE, CLAUSE_START, HEDGE, BEFORE, AFTER, TITLE_ADJECTIVE,
    WHAT_DENIED,
    VERBAL_PARTICLE, RESUMPTIVE, QUOTED_AFTER, PURPOSE, IN_IT }

  /** The classes of {@code grammar.tsv} that are closed lists of written forms, a word in any number of them. */
  private static final Set<WordClass> LISTS = EnumSet.range(WordClass.THAT, WordClass.IN_IT);

  final Phrases negation = new Phrases();
  /** Negations that govern the noun right after them ("عدم"، "دون"): they negate no word further on. */
  final Phrases negationOfNoun = new Phrases();
  final Phrases plannedBefore = new Phrases();
  final Phrases plannedAfter = new Phrases();
  final Phrases hypothetical = new Phrases();
  /** A source's wish not to be named ("عدم ذكر اسمه"), after a verb of asking or refusing: no act of its own. */
  final Phrases anonymity = new Phrases();
  final Phrases deontic = new Phrases();
  final Phrases boundary = new Phrases();
  final Phrases agent = new Phrases();
  final Phrases doer = new Phrases();
  final Phrases undergo = new Phrases();
  final Phrases against = new Phrases();
  final Phrases passing = new Phrases();
  /** Where a blast or an attack falls ("في"، "قرب"، "بالقرب من"، "داخل"): premises after them are struck. */
  final Phrases site = new Phrases();
  /** Words of the occasion something was said on ("خلال"، "في"), which also have classes of their own. */
  final Phrases occasion = new Phrases();
  /** The first class grammar.tsv lists each word under: what {@link #classOf} reads. */
  private final Map<String, WordClass> classes = new HashMap<>();
  /** Every class grammar.tsv lists each word under ("كما": opener and adverb): what {@link #is} reads. */
  private final Map<String, Set<WordClass>> allClasses = new HashMap<>();
  /** Offices of one person named alone for their holder named before (offices-alone.tsv), normalised. */
  private final Set<String> officesAlone = new HashSet<>();
  /** Words of a place's parts, by written form: "بلدة" (a town) is not "بلده" (his country). */
  private final Set<String> areas = new HashSet<>();

  Cues() {
    for (DataFiles.Row row : DataFiles.rows("events/negation.tsv", 1)) {
      switch (row.field(1)) {
        case "" -> negation.add(row.field(0));
        case "noun" -> negationOfNoun.add(row.field(0));
        default -> throw row.error("nothing or \"noun\" in field 2");
      }
    }
    for (DataFiles.Row row : DataFiles.rows("events/planned.tsv", 2)) {
      switch (row.field(1)) {
        case "before" -> plannedBefore.add(row.field(0));
        case "after" -> plannedAfter.add(row.field(0));
        default -> throw row.error("\"before\" or \"after\" in field 2");
      }
    }
    for (String line : DataFiles.lines("events/hypothetical.tsv")) {
      hypothetical.add(line);
    }
    for (String line : DataFiles.lines("events/anonymity.tsv")) {
      anonymity.add(line);
    }
    for (String line : DataFiles.lines("events/offices-alone.tsv")) {
      officesAlone.add(ArabicNormalizer.normalize(line));
    }
    for (DataFiles.Row row : DataFiles.rows("events/grammar.tsv", 2)) {
      WordClass c;
      try {
        c = WordClass.valueOf(row.field(1).toUpperCase().replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw row.error("a word class (" + Arrays.stream(WordClass.values())
            .map(w -> w.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "))
            + ") in field 2");
      }
      switch (c) {
        case DEONTIC -> deontic.add(row.field(0));
        case BOUNDARY -> boundary.add(row.field(0));
        case AGENT -> agent.add(row.field(0));
        case DOER -> doer.add(row.field(0));
        case UNDERGO -> undergo.add(row.field(0));
        case AGAINST -> against.add(row.field(0));
        case PASSING -> passing.add(row.field(0));
        case SITE -> site.add(row.field(0));
        case OCCASION -> occasion.add(row.field(0));
        case AREA -> areas.add(areaKey(row.field(0)));
        default -> {
          if (!LISTS.contains(c)) {
            String word = ArabicNormalizer.normalize(row.field(0));
            classes.putIfAbsent(word, c);
            allClasses.computeIfAbsent(word, k -> EnumSet.noneOf(WordClass.class)).add(c);
          }
        }
      }
    }
  }

  /**
   * The normalised words of a closed list of {@code grammar.tsv} ({@link #LISTS}: "أن"، "إن"،
   * "بأن" for {@link WordClass#THAT}), compared as written: the conjunctions a form takes are
   * listed with it ("وتم").
   */
  static Set<String> words(WordClass list) {
    if (!LISTS.contains(list)) {
      throw new IllegalArgumentException(list + " is no closed list of events/grammar.tsv");
    }
    return Lists.BY_CLASS.getOrDefault(list, Set.of());
  }

  /** The closed lists, read once for every coder. */
  private static final class Lists {

    static final Map<WordClass, Set<String>> BY_CLASS = load();

    private static Map<WordClass, Set<String>> load() {
      Map<WordClass, Set<String>> out = new EnumMap<>(WordClass.class);
      for (DataFiles.Row row : DataFiles.rows("events/grammar.tsv", 2)) {
        String name = row.field(1).toUpperCase(Locale.ROOT).replace('-', '_');
        for (WordClass c : LISTS) {
          if (c.name().equals(name)) {
            out.computeIfAbsent(c, k -> new HashSet<>()).add(ArabicNormalizer.normalize(row.field(0)));
          }
        }
      }
      out.replaceAll((c, words) -> Set.copyOf(words));
      return out;
    }
  }

  /** The class of a word as written, or with و ف split off ("والرئيس"), or null. */
  WordClass classOf(String norm) {
    WordClass c = classes.get(norm);
    if (c == null && norm.length() > 2 && Clitics.opensWithConjunction(norm)) {
      c = classes.get(norm.substring(1));
    }
    return c;
  }

  /** The class of a word with any proclitic split off ("لوزراء" → title), or null. */
  WordClass classOfBase(String norm) {
    WordClass c = classOf(norm);
    if (c != null) {
      return c;
    }
    for (Clitics.Reading r : Clitics.readings(norm)) {
      c = classes.get(r.form());
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** Whether a word as written, with or without the prepositions ب ل and the article, names a part of a place. */
  boolean isArea(String written) {
    String key = areaKey(written);
    for (String stem : Clitics.stems(key)) {
      if (areas.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** The normalised form with a final ta marbuta kept apart from ه. */
  private static String areaKey(String written) {
    String n = ArabicNormalizer.normalize(written);
    return written.endsWith("ة") ? n.substring(0, n.length() - 1) + "ة" : n;
  }

  /**
   * Whether a word as written, or with و ف split off when it has no class as written, is listed
   * under {@code c}, first or not: "كما" is an opener and an adverb.
   */
  boolean is(String norm, WordClass c) {
    Set<WordClass> all = allClasses.get(norm);
    if (all == null && norm.length() > 2 && Clitics.opensWithConjunction(norm)) {
      all = allClasses.get(norm.substring(1));
    }
    return all != null && all.contains(c);
  }

  /**
   * The office of one person a word names with its article, و or ف split off ("والمبعوث" →
   * "المبعوث"), or null: the office its holder named before may be called by alone.
   */
  String officeAlone(String norm) {
    if (officesAlone.contains(norm)) {
      return norm;
    }
    if (norm.length() > 3 && Clitics.opensWithConjunction(norm) && officesAlone.contains(norm.substring(1))) {
      return norm.substring(1);
    }
    return null;
  }

  /** A title with the conjunction و before it ("والرئيس"): a second party begins. */
  boolean isConjoinedTitle(String norm) {
    return !classes.containsKey(norm) && norm.length() > 2 && norm.charAt(0) == 'و'
        && classes.get(norm.substring(1)) == WordClass.TITLE;
  }

  /**
   * Whether a negation ("لم"، "لن"، "لا") begins within {@code reach} words before token {@code t}
   * ("لم تعلن"، "لا يتحمل العواقب").
   */
  boolean negatedJustBefore(List<String> norms, int t, int reach) {
    for (int i = Math.max(0, t - reach); i < t; i++) {
      if (negation.matchAt(norms, i) > 0) {
        return true;
      }
    }
    return false;
  }
}
