package org.marsad.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.text.Affixes;
import org.marsad.text.Clitics;
import org.marsad.text.Token;

/**
 * Where a person's name that the knowledge base lacks ends, after the office that introduces
 * it: up to three words (عبد, بن, آل and the word after بن or آل not counted), none of them a
 * common word, a verb, a name already found, or a noun with the article, except the family name
 * of an Arab name ("أيمن الصفدي", "عبد الرحمن آل ثاني"). One instance per article.
 */
final class NameBoundaries {

  static final int MAX_NAME_WORDS = 3;
  /** Words of Arab names after which a word with the article follows: عبد الله, أبو الغيط, آل ثاني. */
  static final Set<String> CONNECTORS = NameKeys.keysOfList("entities/name-connectors.tsv");
  /** Attached object pronouns (marks-verb of affixes.tsv; normalised: ة is ه, so a bare ه is left out): ته، ها، هم، هما. */
  private static final List<String> PRONOUN_ENDINGS = Affixes.of(Affixes.Kind.MARKS_VERB);

  private final Gazetteer gazetteer;
  private final List<TokenKeys> words;
  private final boolean[] covered;
  private final Set<String> articleKeys = new HashSet<>();

  /** {@code covered}: the words inside names already found, shared with the caller. */
  NameBoundaries(Gazetteer gazetteer, List<TokenKeys> words, boolean[] covered) {
    this.gazetteer = gazetteer;
    this.words = words;
    this.covered = covered;
  }

  /** Whether the article writes {@code key} somewhere (computed once, when first asked). */
  private boolean articleWrites(String key) {
    if (articleKeys.isEmpty()) {
      for (TokenKeys w : words) {
        articleKeys.add(w.key());
      }
    }
    return articleKeys.contains(key);
  }

  /**
   * The end of a name the knowledge base lacks, starting at word {@code from}: up to three
   * Arabic words, none of them common words, names, article-bearing ("ال") or a noun the
   * article also writes with the article; two words at least, or one set off by commas.
   */
  int unknownNameEnd(int from, boolean apposition) {
    int to = from;
    if (prepositionAndFeminineNoun(words, from, words.size())) {
      return from; // "قام الرئيس بزيارة رسمية": what the person did, not who
    }
    boolean given = from < words.size() && gazetteer.isGivenName(words.get(from));
    int counted = 0; // عبد, بن, آل and the name after بن or آل do not count
    while (to < words.size() && counted < MAX_NAME_WORDS) {
      if (to > from && gluedHyphen(words, to) && isNameWord(to + 1, false)) {
        to += 2; // "فيس-إيميه": a compound name across a hyphen with no space is one word of the name
      } else if (isNameWord(to, to == from)) {
        counted += CONNECTORS.contains(words.get(to).key()) || afterLineage(to, from) ? 0 : 1;
        to++;
      } else if (to > from && isFamilyName(to, from, given)) {
        // "أيمن الصفدي", "عبد الرحمن": the article-bearing word closes the name, or follows عبد
        boolean afterAbd = CONNECTORS.contains(words.get(to - 1).key());
        counted++;
        to++;
        if (!afterAbd) {
          break;
        }
      } else {
        break;
      }
    }
    // "عبد العزيز بن" before a word that is no name's: a name does not end with عبد, بن, أبو, آل
    while (to > from && CONNECTORS.contains(words.get(to - 1).key())) {
      to--;
    }
    if (to == from || Cardinals.anyIn(words, from, to)) {
      return from; // "الوزير الزائر توقيع ثلاث اتفاقيات": a counted noun, no name
    }
    // "ناريندرا مودي عمق العلاقات": a third word before a definite noun heads a construct
    if (counted == MAX_NAME_WORDS && to - from == MAX_NAME_WORDS && to < words.size() && !covered[to]
        && Clitics.opensWithArticle(words.get(to).key())) {
      to--;
    }
    boolean closed = to >= words.size() || words.get(to).token().kind() == Token.Kind.PUNCT;
    if (to - from >= 2 || (apposition && closed)) {
      return to;
    }
    return from;
  }

  /**
   * Whether words {@code [i, to)} begin with ب or ل written onto a word in ة and go on with an
   * indefinite word in ة: a feminine noun after a preposition and its adjective ("بزيارة رسمية"،
   * "بجولة ميدانية"، "لفترة طويلة"), never a person's name. ANERcorp train.tsv: 182 such pairs,
   * none in a person's name (names so written, "بعائشة"، "لمعاوية", are followed by no such word).
   */
  static boolean prepositionAndFeminineNoun(List<TokenKeys> words, int i, int to) {
    if (i + 1 >= Math.min(to, words.size()) || words.get(i).token().kind() != Token.Kind.ARABIC) {
      return false;
    }
    String second = words.get(i + 1).token().text();
    return FEMININE_AFTER_PREPOSITION.matcher(words.get(i).token().text()).matches() && second.length() > 2
        && second.endsWith("ة") && !Clitics.opensWithArticle(second);
  }

  /**
   * Whether words {@code [i, to)} begin with an indefinite noun in the accusative written with its alef and go on
   * with its nisba adjective in the same case ("اتصالا هاتفيا"، "دعما ماليا"، "ردا رسميا"): an adverbial object,
   * never a person's name. ANERcorp train.tsv: 71 such pairs untagged, none inside a person's name.
   */
  static boolean accusativeNounAndAdjective(List<TokenKeys> words, int i, int to) {
    if (i + 1 >= Math.min(to, words.size()) || words.get(i).token().kind() != Token.Kind.ARABIC
        || words.get(i + 1).token().kind() != Token.Kind.ARABIC) {
      return false;
    }
    return ACCUSATIVE_NOUN.matcher(words.get(i).token().text()).matches()
        && NISBA_IN_ACCUSATIVE.matcher(words.get(i + 1).token().text()).matches();
  }

  /** An indefinite noun of three letters or more before its accusative alef, not a nisba's "يا" nor a long "اا". */
  private static final Pattern ACCUSATIVE_NOUN = Pattern.compile("(?!ال)\\S{2,}[^يا\\s]ا");
  /** A nisba adjective in the accusative without the article, two letters or more before "يا". */
  private static final Pattern NISBA_IN_ACCUSATIVE = Pattern.compile("(?!ال)\\S{2,}يا");

  /** ب or ل, after و or ف or not, written onto a word of three letters or more, not beginning with alef, ending in ة. */
  private static final Pattern FEMININE_AFTER_PREPOSITION = Pattern.compile("[وف]?[بل][^ا\\s]\\S+ة");

  /**
   * Whether word {@code i} is a hyphen written between two Arabic words with no space on either side
   * ("ميشيل-أنج"): the two halves of one compound name, where a name is read there.
   */
  static boolean gluedHyphen(List<TokenKeys> words, int i) {
    if (i <= 0 || i + 1 >= words.size()) {
      return false;
    }
    Token h = words.get(i).token();
    Token a = words.get(i - 1).token();
    Token b = words.get(i + 1).token();
    return h.kind() == Token.Kind.PUNCT && (h.text().equals("-") || h.text().equals("‐"))
        && a.end() == h.start() && h.end() == b.start()
        && a.kind() == Token.Kind.ARABIC && b.kind() == Token.Kind.ARABIC;
  }

  /** The words of Arab names that join a person to a father or a house: بن, ابن, آل. */
  private static final Set<String> LINEAGE = NameKeys.keysOfKind("entities/name-connectors.tsv", "lineage");

  /**
   * Whether word {@code i} follows بن, ابن or آل inside the name: a father's, grandfather's or
   * house's name, which does not count toward {@link #MAX_NAME_WORDS} ("سالم بن حمد بن سيف آل
   * بوسعيد").
   */
  private boolean afterLineage(int i, int from) {
    return i > from && LINEAGE.contains(words.get(i - 1).key());
  }

  /** Second words of compound Arab names, which carry the article after any word ("نصر الله"، "محيي الدين"). */
  private static final Set<String> COMPOUND_ENDS = NameKeys.keysOfList("entities/compound-name-ends.tsv");

  /**
   * A word with the article inside an Arab name: right after a given name ("أيمن الصفدي"), after a
   * given name and the father's given name ("محمد ماجد العيطان"), or after عبد, أبو, آل. After a
   * given name and a word that is none, a word with the article begins the sentence's next words
   * ("تيريزا مارغوليس الحفل"): in ANERcorp's train part a two-word name so begun is followed by a
   * word with the article outside it 49 times, and ends with one 9 times (4 of them "نصر الله").
   */
  private boolean isFamilyName(int i, int from, boolean given) {
    TokenKeys w = words.get(i);
    if (w.token().kind() != Token.Kind.ARABIC || covered[i] || !Clitics.opensWithArticle(w.key()) || w.key().length() < 4
        || gazetteer.isCommonWord(w)) {
      return false;
    }
    if (CONNECTORS.contains(words.get(i - 1).key())) {
      return true;
    }
    if (titleBeforeName(i)) {
      return false; // "ولي العهد الأمين الشيخ [تميم بن حمد]": the title is the next person's
    }
    return given && (i == from + 1 || gazetteer.isGivenName(words.get(i - 1)) || COMPOUND_ENDS.contains(w.key()));
  }

  /** Whether word {@code i} is a title of one word ("الشيخ"، "الأمير") right before a name already found. */
  private boolean titleBeforeName(int i) {
    return i + 1 < words.size() && covered[i + 1] && gazetteer.trie()
        .longestAt(words, i, m -> m.to() == i + 1 && m.value() instanceof Target.OfficeWord).isPresent();
  }

  /** A word that may be part of a name: Arabic, not found, not common, without the article. */
  private boolean isNameWord(int i, boolean first) {
    TokenKeys w = words.get(i);
    if (!first && w.key().equals("ال") && w.token().kind() == Token.Kind.ARABIC && !covered[i]) {
      return true; // "آل ثاني"
    }
    if (first && w.token().kind() == Token.Kind.ARABIC && !covered[i] && Clitics.opensWithArticle(w.key())
        && gazetteer.isGivenName(w)) {
      return true; // "الحارث إدريس", "الصادق المهدي"
    }
    if (w.token().kind() != Token.Kind.ARABIC || covered[i] || w.key().length() < 2 || hasTanween(w)
        || gazetteer.isCommonWord(w) || Clitics.opensWithArticle(w.key()) || articleWrites("ال" + w.key())
        || ThingKinds.LISTED.isKind(w) || gazetteer.isKindBeforeName(w)) { // "طراز X"، "لمجلة X"
      return false;
    }
    if (VerbalNouns.is(w) && !gazetteer.isGivenName(w)) {
      return false; // "وجه رئيس الوزراء بتشكيل لجنة": a verbal noun (verbal-noun-shapes.tsv)
    }
    if (!first && gazetteer.isOfficeInAccusative(w)) {
      return false; // "عبد القادر بن صالح ممثلا عن بلاده": as its representative
    }
    // "بالصحفيين": a preposition and the article make a common noun; "والوزير" too, but a
    // first word may be a name that begins so ("فاليري"); كال begins names ("كالومبا", "كالاس")
    String k = w.key();
    String afterConjunction = Clitics.opensWithConjunction(k) ? k.substring(1) : k;
    if (afterConjunction.startsWith("بال") || Clitics.opensWithLamOnArticle(afterConjunction)
        || (!first && afterConjunction != k && Clitics.opensWithArticle(afterConjunction))) {
      return false;
    }
    // "وسلمته", "فأبلغها": a conjunction before a word with an object pronoun is a verb
    if (afterConjunction != k && PRONOUN_ENDINGS.stream().anyMatch(afterConjunction::endsWith)) {
      return false;
    }
    // "بوتين وكيم": a conjunction begins another name; "باربرا وودوارد": a name may begin with و
    return first || w.key().charAt(0) != 'و' || w.key().length() <= 3 || !startsAnotherName(k.substring(1));
  }

  /**
   * Whether a word is written with the tanween ("رفضاً"، "عمليةً"، "وانسجامٍ"), which no name takes:
   * in ANERcorp's train part 533 such words are outside any name, none inside a person's.
   */
  static boolean hasTanween(TokenKeys w) {
    String t = w.token().text();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == FATHATAN || c == DAMMATAN || c == KASRATAN) {
        return true;
      }
    }
    return false;
  }

  private static final char FATHATAN = '\u064B';
  private static final char DAMMATAN = '\u064C';
  private static final char KASRATAN = '\u064D';

  /** Whether a word's key ends in an attached object or possessive pronoun (ته، تها، ها، هم، هما). */
  static boolean hasPronounEnding(String key) {
    return PRONOUN_ENDINGS.stream().anyMatch(key::endsWith);
  }

  /** Whether {@code rest}, a word after و, is a given name or the first word of a known name. */
  private boolean startsAnotherName(String rest) {
    return gazetteer.isGivenNameKey(rest) || gazetteer.trie().startsWith(rest) || gazetteer.isCommonKey(rest);
  }

  /** The end of a capitalised English name ("Fumio Kishida"), at most three words. */
  int latinNameEnd(int from) {
    int to = from;
    while (to < words.size() && to - from < MAX_NAME_WORDS && !covered[to]
        && words.get(to).token().kind() == Token.Kind.LATIN
        && Character.isUpperCase(words.get(to).token().text().charAt(0))) {
      to++;
    }
    return to;
  }

  /**
   * A last word that may stand alone for the person: long enough, neither a common word nor a
   * given name, and without the article ("عبد الله الثاني": الثاني is an ordinal).
   */
  boolean isSurname(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && w.key().length() >= NameKeys.SKELETON_MIN
        && !Clitics.opensWithArticle(w.key()) && !gazetteer.isCommonKey(w.key()) && !gazetteer.isGivenName(w);
  }
}
