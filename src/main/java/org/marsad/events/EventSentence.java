package org.marsad.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Span;
import org.marsad.doc.Timex;
import org.marsad.text.Affixes;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;
import org.marsad.text.Prepositions;
import org.marsad.text.QuoteMarks;
import org.marsad.text.Token;

/**
 * One sentence as the event coder reads it: its tokens, their normalised forms, and the runs
 * of tokens that name a party ({@link Participant}), indexed by token.
 */
final class EventSentence {

  /** The publishing platforms ({@code events/platforms.tsv}): the channel of a statement, no party. */
  private static final Set<String> PLATFORMS = Set.copyOf(DataFiles.lines("events/platforms.tsv").stream()
      .map(String::trim).toList());

  final Span span;
  private final String text;
  final List<Token> tokens;
  final List<String> norms;
  final List<Participant> participants = new ArrayList<>();
  private final Participant[] at;
  private final boolean[] time;
  /** Tokens of titles and sector words that name the party after them ("الشرطة" in "الشرطة العراقية"). */
  private final boolean[] naming;
  /** Tokens of words naming a party's premises, post or convoy ("مقر" in "مقر الشرطة"): a thing, never a doer. */
  private final boolean[] premises;
  /** Entity ids of the places within a country the sentence names (a city, a region: no code of their own). */
  private final Set<String> towns = new HashSet<>();
  /** Entity ids of the persons the sentence names that the knowledge base does not know (found by name alone). */
  private final Set<String> strangers = new HashSet<>();
  /** In the countries' view, tokens of a party named but tied to no country ("الأمم المتحدة"): no party, yet named. */
  private final boolean[] unplaced;
  /** Tokens that are brackets or stand between them. */
  private final boolean[] aside;
  /** The number words the sentence was read with, or null in the countries' view. */
  private final NumberWords numbers;
  /** Per token, whether it is a word saying its party is not known ("مجهولين"; field 3 "unknown" of sectors.tsv). */
  private final boolean[] unknownWord;
  /** Per token, whether it opens a word naming people by what they are, not by number or people ("متظاهرون"، "طلاب"). */
  private final boolean[] kindWord;

  EventSentence(AnalyzedText text, Span span, ArticleParties parties, Cues cues) {
    this(text, span, parties, cues, List.of(), null, null);
  }

  /** The countries' view of the sentence: only the parties tied to a country, as the verbal events are read. */
  EventSentence(AnalyzedText text, Span span, ArticleParties parties, Cues cues, List<Timex> timexes) {
    this(text, span, parties, cues, timexes, null, null);
  }

  /**
   * The sentence at {@code span} with its parties: the entities the article names, the words for
   * both parties and one's own country of {@code grammar.tsv}, and, where {@code sectors} is
   * given, the entities tied to no country, people named by their sector ("مسلحون مجهولون") and
   * the sector words before a name ("الشرطة العراقية"، "وزير الخارجية الروسي").
   */
  EventSentence(AnalyzedText text, Span span, ArticleParties parties, Cues cues, List<Timex> timexes,
      Sectors sectors, NumberWords numbers) {
    this.span = span;
    this.numbers = numbers;
    this.text = text.text();
    int from = text.firstTokenAtOrAfter(span.start());
    List<Token> all = text.tokensIn(span);
    boolean[] nameMark = nameMarks(all, from, parties);
    figuresOfNumbers(all, nameMark, numbers);
    this.tokens = new ArrayList<>(all.size());
    int[] inText = new int[all.size()]; // the article's index of each token kept
    for (int k = 0; k < all.size(); k++) {
      if (!nameMark[k]) {
        inText[tokens.size()] = from + k;
        tokens.add(all.get(k));
      }
    }
    this.time = new boolean[tokens.size()];
    for (Timex x : timexes) {
      if (x.end() <= span.start() || x.start() >= span.end()) {
        continue;
      }
      // tokens are in text order: from the first one ending after the expression's start, not all of them
      for (int i = firstEndingAfter(x.start()); i < tokens.size() && tokens.get(i).start() < x.end(); i++) {
        time[i] = true;
      }
    }
    this.norms = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      norms.add(t.norm());
    }
    this.unknownWord = new boolean[tokens.size()];
    this.kindWord = new boolean[tokens.size()];
    for (int i = 0; sectors != null && i < tokens.size(); i++) {
      Sectors.Word w = sectors.at(norms, i);
      unknownWord[i] = w != null && w.unknown();
      kindWord[i] = w != null && !w.of() && !w.rank() && w.sector() != null && !Peoples.named(norms.get(i));
    }
    this.aside = new boolean[tokens.size()];
    for (int i = 0, open = -1; i < tokens.size(); i++) {
      String w = tokens.get(i).text();
      if (w.equals("(")) {
        open = i;
      } else if (w.equals(")") && open >= 0 && i - open <= MAX_ASIDE) {
        Arrays.fill(aside, open, i + 1, true);
        open = -1;
      }
    }
    this.at = new Participant[tokens.size()];
    this.naming = new boolean[tokens.size()];
    this.premises = new boolean[tokens.size()];
    ArticleParties.Side[] sides = new ArticleParties.Side[tokens.size()];
    this.unplaced = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      sides[i] = parties.sideAt(inText[i]);
      if (sides[i] != null && sides[i].entity() != null && PLATFORMS.contains(sides[i].entity())) {
        sides[i] = null; // "في منشور على تيليجرام": the channel a statement is posted on is no party
      }
      if (sides[i] != null && sides[i].code() == null && sectors == null) {
        sides[i] = null; // the countries' view: a party tied to no country takes no part
        unplaced[i] = true;
      }
      String office = sides[i] == null ? cues.officeAlone(norms.get(i)) : null;
      if (office != null && officeAlone(i, inText, parties, cues)) {
        // "يزور المبعوث سيول": the office named alone is its holder named before with his country
        ArticleParties.Side holder = parties.officeHolderBefore(office, inText[i]);
        if (holder != null) {
          sides[i] = new ArticleParties.Side(holder.code(), holder.entity(), true, false, tokens.get(i).start());
        }
      }
      if (sides[i] == null && sectors == null && homeMinistry(i, inText, parties, cues)) {
        // "ودانت وزارة الخارجية الاعتداء": a ministry named with no country is the article's own
        String home = cues.classOfBase(norms.get(i + 1)) != Cues.WordClass.TITLE && !norms.get(i + 1).equals(AFFAIRS)
            ? parties.datelineCountry() : parties.home();
        sides[i] = new ArticleParties.Side(home, parties.entityOf(home), false, false, tokens.get(i).start());
      }
      if (sides[i] == null && sectors == null && homeOffice(i, inText, parties, cues)) {
        // "استقبل رئيس الجمهورية وزير الخارجية الإيطالي": a leader named by his state alone is the article's own
        String home = parties.datelineCountry() != null ? parties.datelineCountry() : parties.home();
        sides[i] = new ArticleParties.Side(home, parties.entityOf(home), false, false, tokens.get(i).start());
      }
      String ministry = sides[i] == null && sectors == null && ministryAgain(i, inText, parties)
          ? parties.ministryBefore(inText[i]) : null;
      if (ministry != null) {
        // "وحمّل الناطق باسم الوزارة": the ministry named before, of the country named with it or of the article
        sides[i] = new ArticleParties.Side(ministry, parties.entityOf(ministry), false, false, tokens.get(i).start());
      }
      if (sides[i] == null) {
        Cues.WordClass c = cues.classOfBase(norms.get(i));
        if (c == Cues.WordClass.BOTH) {
          sides[i] = new ArticleParties.Side(Participant.BOTH, null, false, false, tokens.get(i).start());
        } else if (c == Cues.WordClass.OWN_COUNTRY && !tokens.get(i).text().endsWith("ة")) { // "بلدة" is a town
          int offset = tokens.get(i).start();
          String code = norms.get(i).endsWith("نا") ? parties.speakerCountryAt(offset) : null;
          if (code == null) {
            code = parties.countryOfPersonBefore(offset);
          }
          for (int k = i - 1; code == null && k >= 0; k--) {
            code = sides[k] == null || Participant.BOTH.equals(sides[k].code()) || treatyCityEnd(sides, k, parties) >= 0
                || afterPreposition(sides, k)
                ? null : sides[k].code(); // "اتفاق أوسلو ... وأن بلاده": the city names the accord, not the speaker's land
          }
          if (code != null) {
            sides[i] = new ArticleParties.Side(code, parties.entityOf(code), false, false, offset);
          }
        }
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      int[] of = citizensAbroadOf(i, sides);
      if (of != null) {
        // "وزارة الخارجية والتعاون والموريتانيين في الخارج": the ministry of that state, not a crowd of its people
        ArticleParties.Side state = sides[of[0]];
        sides[i] = new ArticleParties.Side(state.code(), state.entity(), false, false, tokens.get(i).start());
        for (int k = i + 1; k <= of[1]; k++) {
          sides[k] = null;
        }
      }
    }
    for (int i = 1; i < tokens.size(); i++) {
      if (sides[i] != null && sides[i].person() && sides[i].entity() != null && (i == 0 || sides[i - 1] == null
          || !sides[i].entity().equals(sides[i - 1].entity())) && NamedAfter.placeNamedFor(norms, i, cues)) {
        // "مطار الملك عبد العزيز": the person names the airport, and is no party to what befalls it
        String person = sides[i].entity();
        for (int k = i; k < tokens.size() && sides[k] != null && person.equals(sides[k].entity()); k++) {
          sides[k] = null;
        }
        continue;
      }
      int end = treatyCityEnd(sides, i, parties);
      for (int k = i; k <= end; k++) {
        sides[k] = null; // "اتفاقية باريس"، "معاهدة لشبونة": the city names the treaty, it is no party
      }
    }
    if (sectors != null) {
      for (int i = 0; i < tokens.size(); i++) {
        if (sides[i] != null && (i == 0 || sides[i - 1] == null || !Objects.equals(sides[i - 1].entity(),
            sides[i].entity())) && sectorWordAsPerson(i, sides, sectors, parties)) {
          // "انتحاريان" taken by the entity model for a person's name: people named by what they are
          sides[i] = null;
        }
      }
      for (int i = 0; i < tokens.size(); i++) {
        if (sides[i] != null && spokenTo(i, sides[i], sectors, parties, cues)) {
          // "قالت إحدى الرهائن لـ«الشرق الأوسط» إنها خطفت": the outlet is whom it was told to, no party to it
          String outlet = sides[i].entity();
          for (int k = i; k < tokens.size() && sides[k] != null && outlet.equals(sides[k].entity()); k++) {
            sides[k] = null;
          }
        }
      }
    }
    List<Participant> named = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (sides[i] == null) {
        continue;
      }
      int last = i;
      while (true) {
        int next = last + 1;
        while (next < tokens.size() && isApposition(tokens.get(next))) {
          next++;
        }
        if (next < tokens.size() && sides[next] != null && sameParty(sides[next], sides[i])
            && !conjoined(next, sides[next]) && !townAfterAdjective(sides[last], sides[next], parties)) {
          last = next;
        } else {
          break;
        }
      }
      String entity = null;
      boolean person = false;
      boolean nisba = true;
      for (int k = i; k <= last; k++) {
        if (sides[k] == null) {
          continue;
        }
        if (sides[k].person() && !person) {
          person = true;
          entity = sides[k].entity();
        }
        if (entity == null) {
          entity = sides[k].entity();
        }
        nisba &= sides[k].nisba();
      }
      String sector = sectors == null || entity == null ? null : sectors.of(parties.entity(entity));
      if (!person && isTown(entity, parties)) {
        towns.add(entity);
      }
      Entity known = person ? parties.entity(entity) : null;
      if (known != null && !known.linked()) {
        strangers.add(entity);
      }
      if (nisba && !person && i > 0 && sides[i - 1] == null
          && cues.is(norms.get(i - 1), Cues.WordClass.CAPITAL)) {
        // "زار العاصمة الليبية"، "وصل إلى العاصمة الأوكرانية": the capital is the country's, a place named as its name is
        boolean joined = norms.get(i - 1).startsWith("و") || (i > 1 && norms.get(i - 2).equals("و"));
        named.add(new Participant(i - 1, last, sides[i].code(), entity, false, false, joined, sector, i - 1, false));
        i = last;
        continue;
      }
      named.add(new Participant(i, last, sides[i].code(), entity, person, nisba, conjoined(i, sides[i]), sector,
          nisba && !person ? ministryNamed(i, sides) : i, false));
      i = last;
    }
    if (sectors != null) {
      named = withSectors(named, sectors, numbers, parties, cues);
      named = ledBy(ledWithin(named, parties, inText, cues), cues);
      named = former(named, cues);
    }
    for (Participant p : named) {
      participants.add(p);
      for (int k = p.first(); k <= p.last(); k++) {
        at[k] = p;
      }
      for (int k = p.from(); k < p.first(); k++) {
        naming[k] = true;
      }
    }
  }

  /**
   * Whether the office word at {@code i} stands alone, without its country or holder: the word
   * after it is no adjective nor person of a party ("المبعوث الأمريكي"، "الرئيس ترامب"), no word
   * with the article ("الوزير الأول"، "الرئيس السابق") and no office word; a country's own name
   * after it is not its genitive, a definite office being no construct's head ("يزور المبعوث سيول");
   * punctuation after it, save an opening bracket that names the holder ("الرئيس (...)").
   */
  /** "وزارة", normalised. */
  private static final String MINISTRY = ArabicNormalizer.normalize("وزارة");
  /** "الشؤون" of "وزارة الشؤون الخارجية", normalised. */
  private static final String AFFAIRS = ArabicNormalizer.normalize("الشؤون");

  /**
   * Whether token {@code i} names a ministry with no country of its own, in an article of more than one
   * sentence that has a home country ({@link ArticleParties#home}): "وزارة" before the word of a domain of
   * state ("وزارة الخارجية"، "وزارة الشؤون الخارجية"), or where the dateline names a country, of any domain
   * ("وزارة الزراعة والري": the dateline's country's ministry), not after "عن", no party (a country's
   * adjective), "في" or "لدى" after it before punctuation or {@value #MINISTRY_REACH} words. Such a ministry is that of the country
   * the article is most about. "الوزارة" named again is the ministry named before, of whichever country
   * ("وحذر المتحدث باسم الوزارة" after "وزارة الخارجية البيلاروسية"; {@link ArticleParties#ministryBefore}).
   */
  private boolean homeMinistry(int i, int[] inText, ArticleParties parties, Cues cues) {
    String n = norms.get(i);
    if (!isWord(n, MINISTRY) || parties.sentences() < 2 || parties.home() == null
        || i > 0 && norms.get(i - 1).equals("عن")) {
      return false; // "في بيان صادر عن وزارة الشؤون الخارجية": the source of a statement, not a party to it
    }
    if (i + 1 >= tokens.size() || tokens.get(i + 1).kind() == Token.Kind.PUNCT) {
      return false;
    }
    if (cues.classOfBase(norms.get(i + 1)) != Cues.WordClass.TITLE && !norms.get(i + 1).equals(AFFAIRS)
        && parties.datelineCountry() == null) {
      return false; // "وزارة الزراعة": a ministry of home affairs is that of the dateline's country, named or not at all
    }
    for (int k = i + 1; k < tokens.size() && k <= i + MINISTRY_REACH; k++) {
      if (tokens.get(k).kind() == Token.Kind.PUNCT) {
        return true;
      }
      String w = norms.get(k);
      if (parties.sideAt(inText[k]) != null || w.equals("في") || w.equals(ArabicNormalizer.normalize("لدى"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the ministry opens whose name a country's adjective at {@code i} closes ("وزارة الثروة السمكية
   * اليمنية"): "وزارة" within {@value #MINISTRY_REACH} words before it, no punctuation nor party between; {@code i}
   * otherwise. The words between name the party, as an office's words do.
   */
  private int ministryNamed(int i, ArticleParties.Side[] sides) {
    for (int k = i - 1; k >= 0 && k >= i - MINISTRY_REACH; k--) {
      if (tokens.get(k).kind() == Token.Kind.PUNCT || sides[k] != null) {
        return i;
      }
      if (isWord(norms.get(k), MINISTRY)) {
        return k;
      }
    }
    return i;
  }

  /** "في", "الخارج" and "بالخارج", normalised: where a ministry's name puts its state's people abroad. */
  private static final String IN = ArabicNormalizer.normalize("في");
  private static final String ABROAD = ArabicNormalizer.normalize("الخارج");
  private static final String AT_ABROAD = ArabicNormalizer.normalize("بالخارج");
  /** How many words a ministry's name may hold before its people abroad. */
  private static final int MINISTRY_NAME_REACH = 8;

  /**
   * Where token {@code i} opens the name of a ministry that holds its state's people abroad
   * ("وزارة الخارجية والتعاون والموريتانيين في الخارج"، "وزارة الخارجية والهجرة وشؤون المصريين بالخارج"):
   * {index of the people's adjective, last index of the name}; null otherwise. The adjective names the
   * ministry's state, within {@value #MINISTRY_NAME_REACH} words, no punctuation nor other party before it.
   */
  private int[] citizensAbroadOf(int i, ArticleParties.Side[] sides) {
    String n = norms.get(i);
    if (!isWord(n, MINISTRY) || sides[i] != null && sides[i].person()) {
      return null;
    }
    for (int k = i + 1; k < tokens.size() && k <= i + MINISTRY_NAME_REACH; k++) {
      if (tokens.get(k).kind() == Token.Kind.PUNCT) {
        return null;
      }
      if (sides[k] == null) {
        continue;
      }
      if (!sides[k].nisba() || sides[k].code() == null || sides[k].person()) {
        return null;
      }
      if (k + 1 < tokens.size() && norms.get(k + 1).equals(AT_ABROAD)) {
        return new int[] {k, k + 1};
      }
      if (k + 2 < tokens.size() && norms.get(k + 1).equals(IN) && norms.get(k + 2).equals(ABROAD)) {
        return new int[] {k, k + 2};
      }
      return null;
    }
    return null;
  }

  /** Whether {@code norm} is {@code word}, or it with و or ف before it ("وزارة" itself opens with و). */
  private static boolean isWord(String norm, String word) {
    return norm.equals(word) || norm.length() > word.length() && Clitics.opensWithConjunction(norm)
        && norm.substring(1).equals(word);
  }

  /** The offices of {@code home-offices.tsv}, normalised: head word and the state's word after it. */
  private static final Set<String> HOME_OFFICES = Set.copyOf(DataFiles.rows("events/home-offices.tsv", 2).stream()
      .map(r -> ArabicNormalizer.normalize(r.fields().get(0)) + " " + ArabicNormalizer.normalize(r.fields().get(1)))
      .toList());

  /**
   * Whether token {@code i} opens an office of {@code home-offices.tsv} ("رئيس الجمهورية") with no country
   * of its own, in an article of more than one sentence that has a country: no country's adjective nor
   * "في"/"لدى" in the {@value #MINISTRY_REACH} words after it before punctuation, a time, another title or a
   * word joined by و ("رئيس الدولة اليوم الرئيسَ الفيتنامي"، "رئيس الدولة وفخامة الرئيس الفيتنامي": the guest's).
   */
  private boolean homeOffice(int i, int[] inText, ArticleParties parties, Cues cues) {
    if (i + 1 >= tokens.size() || parties.sentences() < 2
        || parties.datelineCountry() == null && parties.home() == null) {
      return false;
    }
    String head = norms.get(i);
    if (Clitics.opensWithConjunction(head) && !HOME_OFFICES.contains(head + " " + norms.get(i + 1))) {
      head = head.substring(1);
    }
    if (!HOME_OFFICES.contains(head + " " + norms.get(i + 1)) || parties.sideAt(inText[i + 1]) != null
        || i > 0 && cues.is(norms.get(i - 1), Cues.WordClass.RECEIVE)) {
      return false; // "تلقى رئيس الجمهورية اتصالا من": the receiver of a call is read with the call (RoleFinder.received)
    }
    for (int k = i + 2; k < tokens.size() && k <= i + 1 + MINISTRY_REACH; k++) {
      String w = norms.get(k);
      if (tokens.get(k).kind() == Token.Kind.PUNCT || time[k] || cues.classOfBase(w) == Cues.WordClass.TITLE
          || w.length() > 3 && w.charAt(0) == 'و'
          && (Clitics.hasArticle(w.substring(1)) || cues.classOfBase(w.substring(1)) == Cues.WordClass.TITLE)) {
        return true; // the office's words end at a time, another title or a second party joined to it
      }
      ArticleParties.Side side = parties.sideAt(inText[k]);
      if (side != null && side.code() != null || w.equals("في") || w.equals(ArabicNormalizer.normalize("لدى"))) {
        return false; // "رئيس الجمهورية جوزاف عون": a holder named says the country, if any
      }
    }
    return true;
  }

  /** "الوزارة", normalised. */
  private static final String THE_MINISTRY = ArabicNormalizer.normalize("الوزارة");

  /** Whether token {@code i} is "الوزارة" named again, no country's adjective right after it. */
  private boolean ministryAgain(int i, int[] inText, ArticleParties parties) {
    String n = norms.get(i);
    return isWord(n, THE_MINISTRY) && (i + 1 >= tokens.size() || parties.sideAt(inText[i + 1]) == null);
  }

  /** How far after "وزارة" its country or place may be named. */
  private static final int MINISTRY_REACH = 4;

  private boolean officeAlone(int i, int[] inText, ArticleParties parties, Cues cues) {
    if (i + 1 >= tokens.size()) {
      return true;
    }
    if (tokens.get(i + 1).kind() == Token.Kind.PUNCT) {
      return !tokens.get(i + 1).text().equals("("); // "الرئيس (الباجي قائد السبسي)": the holder in brackets
    }
    ArticleParties.Side next = parties.sideAt(inText[i + 1]);
    if (next != null) {
      return next.code() != null && !next.nisba() && !next.person();
    }
    String n = norms.get(i + 1);
    return !Clitics.hasArticle(n) && cues.classOfBase(n) != Cues.WordClass.TITLE && Character.isLetter(n.charAt(0));
  }

  /** The most words a name between quotation marks holds ("« الدولة الإسلامية في العراق »"). */
  private static final int MAX_QUOTED_NAME = 5;

  /**
   * The quotation marks of {@code tokens} (the article's from token {@code from}) that only set off
   * a name: a pair around at most {@value #MAX_QUOTED_NAME} words, no punctuation between, all of
   * them one entity's ("شن تنظيم «داعش» هجوما"، "حركة 'الشباب'"، "أعلنت « القاعدة » مسؤوليتها").
   * Such marks are typography, not the bounds of a quotation: the coder reads the sentence
   * without them, so that a clause goes on across them and a kind word stands right before its name.
   */
  private static boolean[] nameMarks(List<Token> tokens, int from, ArticleParties parties) {
    boolean[] marks = new boolean[tokens.size()];
    for (int o = 0; o + 2 < tokens.size(); o++) {
      char closer = openingMark(tokens.get(o));
      if (closer == 0) {
        continue;
      }
      int c = o + 1;
      while (c < tokens.size() && c - o - 1 <= MAX_QUOTED_NAME && tokens.get(c).kind() != Token.Kind.PUNCT) {
        c++;
      }
      if (c == o + 1 || c >= tokens.size() || c - o - 1 > MAX_QUOTED_NAME
          || !tokens.get(c).text().equals(String.valueOf(closer))) {
        continue;
      }
      ArticleParties.Side first = parties.sideAt(from + o + 1);
      boolean oneName = first != null && first.entity() != null;
      for (int k = o + 2; k < c && oneName; k++) {
        ArticleParties.Side side = parties.sideAt(from + k);
        oneName = side != null && first.entity().equals(side.entity());
      }
      if (oneName) {
        marks[o] = true;
        marks[c] = true;
        o = c;
      }
    }
    return marks;
  }

  /**
   * Marks the figure in brackets after a number written in words ("أربعة (04) إرهابيين"، as Algerian official
   * statements write numbers): the coder reads the sentence without it, the number and what it counts together.
   * Of the 6 figures in brackets between words of jawharafm, the GSR dev sentences and ANERcorp train, the 3 after
   * a number word are such ("ثلاثة (03) عناصر").
   */
  private static void figuresOfNumbers(List<Token> tokens, boolean[] marks, NumberWords numbers) {
    if (numbers == null) {
      return;
    }
    List<String> norms = tokens.stream().map(Token::norm).toList();
    for (int o = 1; o + 2 < tokens.size(); o++) {
      if (EventLexicon.figureInBrackets(norms, o) && !norms.get(o - 1).chars().allMatch(Character::isDigit)
          && numbers.at(norms, o - 1) != null) {
        marks[o] = marks[o + 1] = marks[o + 2] = true;
      }
    }
  }

  /** The most words a quoted phrase holds that the coder reads as a noun phrase of its clause. */
  private static final int MAX_QUOTED_PHRASE = 5;

  /**
   * The closing mark of a short quoted phrase opened at {@code i}: at most {@value #MAX_QUOTED_PHRASE}
   * words and no punctuation between the marks ("رفض أي «إملاءات غربية»"، "ما وصفه بـ"التدخل
   * التركي""). Such a phrase is a label the writer quotes, the object of its clause rather than a
   * clause of its own; -1 where {@code i} opens none.
   */
  int quotedPhraseEnd(int i) {
    char closer = openingMark(tokens.get(i));
    if (closer == 0) {
      return -1;
    }
    int c = i + 1;
    while (c < tokens.size() && c - i - 1 <= MAX_QUOTED_PHRASE && !isPunct(c)) {
      c++;
    }
    boolean closed = c > i + 1 && c < tokens.size() && c - i - 1 <= MAX_QUOTED_PHRASE
        && tokens.get(c).text().equals(String.valueOf(closer));
    return closed ? c : -1;
  }

  /** The mark that closes the quotation mark {@code t} opens, or 0 when it opens none. */
  private static char openingMark(Token t) {
    String w = t.text();
    return t.kind() == Token.Kind.PUNCT && w.length() == 1 && !QuoteMarks.opensOnlyByPlace(w.charAt(0))
        ? QuoteMarks.closerOf(w.charAt(0)) : 0;
  }

  /**
   * A party whose one name holds the words of leading and a state after them ("التحالف الدولي
   * بقيادة الولايات المتحدة" as one entity of no country, {@code led-by} of grammar.tsv): the
   * coalition is the leading state's, as {@link #ledBy} reads it where the names are apart; its
   * forces unless its own sector is another than an international body's.
   */
  private List<Participant> ledWithin(List<Participant> named, ArticleParties parties, int[] inText, Cues cues) {
    List<Participant> out = new ArrayList<>(named.size());
    for (Participant p : named) {
      Participant led = null;
      for (int i = p.first() + 1; led == null && !p.coded() && !p.person() && p.entity() != null && i < p.last(); i++) {
        if (!cues.is(norms.get(i), Cues.WordClass.LED_BY)) {
          continue;
        }
        ArticleParties.Side leader = parties.codedAt(inText[i + 1]);
        if (leader != null && !leader.person() && !Participant.BOTH.equals(leader.code())) {
          String sector = p.sector() != null && !p.sector().equals("IGO") ? p.sector() : "MIL";
          led = new Participant(p.first(), p.last(), leader.code(), leader.entity(), false, false, p.conjoined(),
              sector, p.from(), p.counted());
        }
      }
      out.add(led != null ? led : p);
    }
    return out;
  }

  /**
   * A coalition led by a state ("غارة للتحالف بقيادة الولايات المتحدة"، "قصف الائتلاف بقيادة
   * فرنسا"، {@code coalition} and {@code led-by} of grammar.tsv) is one party, of the leader's
   * country, its forces unless its words name another sector: the state that leads it answers for its acts.
   */
  private List<Participant> ledBy(List<Participant> named, Cues cues) {
    List<Participant> out = new ArrayList<>(named);
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (!cues.is(norms.get(i), Cues.WordClass.LED_BY)) {
        continue;
      }
      Participant leader = startingAt(out, i + 1);
      if (leader == null || !leader.coded() || leader.person() || leader.both()) {
        continue;
      }
      int end = i - 1; // "التحالف الذي تقوده السعودية"، "قوات التحالف، التي تقودها": the coalition before its relative pronoun
      if (cues.is(norms.get(end), Cues.WordClass.RELATIVE)) {
        end = end > 0 && isComma(end - 1) ? end - 2 : end - 1;
      }
      if (end < 0) {
        continue;
      }
      Participant before = endingAt(out, end);
      int from = before != null ? before.from() : -1;
      for (int k = end; from < 0 && k >= Math.max(0, end - 1); k--) { // "للتحالف الدولي بقيادة"
        if (cues.classOfBase(norms.get(k)) == Cues.WordClass.COALITION) {
          from = k;
        }
      }
      if (from < 0 || (before != null && (before.coded() || before.person()))) {
        continue; // "الجيش العراقي بقيادة": a state's own forces are already its
      }
      out.remove(leader);
      out.remove(before);
      String sector = before != null && before.sector() != null && !before.sector().equals("IGO") ? before.sector() : "MIL";
      out.add(new Participant(before != null ? before.first() : from, leader.last(), leader.code(), leader.entity(),
          false, false, before != null ? before.conjoined() : norms.get(from).startsWith("و"), sector, from, false));
      out.sort(Comparator.comparingInt(Participant::first));
    }
    return out;
  }

  /** Sectors of the offices of state that a person may have held and hold no more. */
  private static final Set<String> OFFICES = Set.of("GOV", "MIL", "COP", "JUD", "LEG");

  /**
   * A person named with an office of state and a word that says it is held no more ({@code former}
   * of grammar.tsv: "الرئيس العراقي الراحل صدام حسين"، "وزير الداخلية السابق زيد") is of the
   * country's elites, CAMEO's ELI, not of its government: the word stands among the words of the
   * office or right after them, and the office is a person's (its holder named right after it),
   * not a body's ("الحكومة السابقة").
   */
  private List<Participant> former(List<Participant> named, Cues cues) {
    List<Participant> out = new ArrayList<>(named.size());
    for (int n = 0; n < named.size(); n++) {
      Participant p = named.get(n);
      Participant next = n + 1 < named.size() ? named.get(n + 1) : null;
      boolean person = p.person() || (next != null && next.person() && next.first() <= p.last() + 2);
      if (person && p.sector() != null && OFFICES.contains(p.sector())) {
        int from = p.from() >= 0 ? Math.min(p.from(), p.first()) : p.first();
        boolean former = false;
        for (int k = Math.max(0, from); k <= p.last() + 1 && k < tokens.size() && !former; k++) {
          former = cues.is(norms.get(k), Cues.WordClass.FORMER);
        }
        if (former) {
          p = new Participant(p.first(), p.last(), p.code(), p.entity(), p.person(), p.nisba(), p.conjoined(), "ELI",
              p.from(), p.counted());
        }
      }
      out.add(p);
    }
    return out;
  }

  private static Participant startingAt(List<Participant> list, int i) {
    return list.stream().filter(p -> p.from() == i || p.first() == i).findFirst().orElse(null);
  }

  private static Participant endingAt(List<Participant> list, int i) {
    return list.stream().filter(p -> p.last() == i).findFirst().orElse(null);
  }

  /** The most words an aside in brackets holds ("(110 كلم شمال بغداد)"): a longer one is more than an aside. */
  private static final int MAX_ASIDE = 8;

  /** Whether the entity is a place within a country (a city, a region), with no code of its own. */
  private static boolean isTown(String entity, ArticleParties parties) {
    Entity e = entity == null ? null : parties.entity(entity);
    return e != null && (e.type() == EntityType.GPE || e.type() == EntityType.LOC)
        && (e.code() == null || e.code().isBlank());
  }

  /**
   * Whether a town follows a country's adjective of another entity ("قصف الجيش السوري حلب"): the
   * adjective ends its noun, the town is a noun of its own, though both are of one country.
   */
  private static boolean townAfterAdjective(ArticleParties.Side before, ArticleParties.Side next,
      ArticleParties parties) {
    return before.nisba() && !next.nisba() && !Objects.equals(before.entity(), next.entity())
        && isTown(next.entity(), parties);
  }

  /** Whether the entity is a place within a country (a city, a region), not a country itself. */
  /**
   * The last token of a city named from token {@code i} that names a treaty or accord after its noun
   * ("اتفاقية باريس"، "معاهدة لشبونة"), or -1: not such a city, or a capital joined by "و" to another
   * party ("اتفاق دمشق وطهران": two capitals joined are the parties, not a name). {@code i} may be any
   * token of the city's name.
   */
  private int treatyCityEnd(ArticleParties.Side[] sides, int i, ArticleParties parties) {
    if (sides[i] == null || sides[i].person() || !city(parties.entity(sides[i].entity()))) {
      return -1;
    }
    String city = sides[i].entity();
    int first = i;
    while (first > 0 && sides[first - 1] != null && city.equals(sides[first - 1].entity())) {
      first--;
    }
    if (!NamedAfter.inName(norms, first)) {
      return -1;
    }
    int end = i;
    while (end + 1 < tokens.size() && sides[end + 1] != null && city.equals(sides[end + 1].entity())) {
      end++;
    }
    boolean joined = end + 1 < tokens.size() && sides[end + 1] != null && norms.get(end + 1).startsWith("و");
    return joined ? -1 : end;
  }

  private static boolean city(Entity e) {
    return e != null && e.type() == EntityType.GPE && e.code() == null;
  }

  /** Two sides of one party: the same entity, or the same country. */
  private static boolean sameParty(ArticleParties.Side a, ArticleParties.Side b) {
    return (a.code() != null && a.code().equals(b.code())) || (a.entity() != null && a.entity().equals(b.entity()));
  }

  /**
   * The named parties with the sector words of the sentence: a run of sector words before a
   * named party gives it its sector ("الشرطة العراقية" IRQ COP), an unknown one takes its country
   * away ("مسلحون مجهولون"); a run before no name is a party of its own, tied to no country.
   */
  private List<Participant> withSectors(List<Participant> named, Sectors sectors, NumberWords numbers,
      ArticleParties parties, Cues cues) {
    this.partiesOfTies = parties;
    Participant[] byToken = new Participant[tokens.size()];
    for (Participant p : named) {
      for (int k = p.first(); k <= p.last(); k++) {
        byToken[k] = p;
      }
    }
    List<Participant> out = new ArrayList<>();
    Set<Participant> replaced = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (byToken[i] != null || isPunct(i) || isTime(i)) {
        continue;
      }
      Sectors.Word w = sectors.at(norms, i);
      if (w == null) {
        Participant owner = ownForces(i, sectors, numbers, out, named, cues);
        if (owner != null) {
          out.add(owner);
        }
        continue;
      }
      SectorRun run = sectorRun(i, w, sectors, byToken, cues);
      premises[i] = w.premises();
      boolean conjoined = w.conjoined() || (i > 0 && norms.get(i - 1).equals("و"));
      if (run.tied()) {
        // "مسلحون من جماعة «X»": the group's men, of the country of the group where the words name one
        Participant group = null;
        for (int k = i; k < run.end(); k++) {
          if (byToken[k] != null) {
            replaced.add(byToken[k]);
            if (group == null && byToken[k].coded() && organisation(byToken[k])) {
              group = byToken[k];
            }
          }
        }
        out.add(new Participant(i, run.end() - 1, group == null ? null : group.code(), group == null ? null : group.entity(),
            false, false, conjoined, "REB", run.from(numbers, this), run.counted(numbers, this)));
        i = run.end() - 1;
        continue;
      }
      Participant next = run.end() < tokens.size() ? byToken[run.end()] : null;
      int adjectives = next == null ? adjectivesBeforeNisba(run, byToken, sectors) : 0;
      if (adjectives > 0) {
        next = byToken[run.end() + adjectives]; // "القوات الجوية الباكستانية": the country's adjective after another
      }
      boolean seated = next == null && adjectives == 0 && seatAfter(run, byToken);
      if (seated) {
        adjectives = 1;
        next = byToken[run.end() + 1]; // "نفت وزارة الخارجية في جنوب السودان"، "استدعت وزارة الخارجية في مينسك"
      }
      String word = w.conjoined() ? norms.get(i).substring(1) : norms.get(i);
      // a bare word before a person's name, or a word that is also a verb before a state's ("لكنه طالب أنقرة")
      boolean bareBeforeName = next != null && (next.person() || w.verb() && !next.nisba()) && run.end() - run.start() == 1
          && !Clitics.hasArticle(word);
      // "قصفت الطائرات حلب": a word with the article is in construct with no name after it, a town is its object
      boolean definiteBeforeTown = next != null && !seated && Clitics.opensWithArticle(norms.get(run.end() - 1)) && !next.nisba()
          && towns.contains(next.entity());
      if (next != null && next.first() == run.end() + adjectives && !next.conjoined() && !next.both() && !bareBeforeName
          && !definiteBeforeTown && (next.person() || !run.rank())) {
        // the sector words name the party that follows: "الشرطة العراقية"، "مسلحي طالبان"; a bare word
        // before a person's name is a verb rather than a title ("وطالب عطاف")
        String sector = next.sector() != null && (run.sector() == null || !next.person()) ? next.sector() : run.sector();
        if (run.unknown()) {
          sector = "UAF";
        }
        if (run.rank() && next.person() && policeAfter(next.first(), byToken, sectors)) {
          sector = "COP"; // "العميد فلان، مدير استخبارات الشرطة": the ranks of the police are the army's
        }
        Participant p = new Participant(next.first(), next.last(), run.unknown() ? null : next.code(), next.entity(),
            next.person(), next.nisba(), conjoined, sector, run.from(numbers, this), run.counted(numbers, this));
        replaced.add(next);
        out.add(p);
        i = next.last();
        continue;
      }
      if (run.sector() != null && !run.unitAlone() && !(w.verb() && next != null && run.end() - run.start() == 1)) {
        out.add(new Participant(i, run.end() - 1, peopleOf(i, run.end(), sectors), null, false, false, conjoined, run.sector(),
            run.from(numbers, this), run.counted(numbers, this)));
      }
      i = run.end() - 1;
    }
    for (Participant p : named) {
      if (!replaced.contains(p)) {
        out.add(countedPeople(p, numbers));
      }
    }
    out.sort(Comparator.comparingInt(Participant::first));
    return out;
  }

  /**
   * The country whose people a word of the run [{@code from}, {@code to}) names wherever they are
   * (field 3 of sectors.tsv: "مستوطنون"، "مئات المستوطنين"), or null; "unknown" words tie the run to none.
   */
  private String peopleOf(int from, int to, Sectors sectors) {
    String country = null;
    for (int k = from; k < to; k++) {
      Sectors.Word w = sectors.at(norms, k);
      if (w != null && w.unknown()) {
        return null;
      }
      if (w != null && w.country() != null && country == null) {
        country = w.country();
      }
    }
    return country;
  }

  /** How far after an officer's name the office that says he serves in the police may stand. */
  private static final int OFFICE_REACH = 8;

  /**
   * Whether the words right after the name of an officer with a rank say he serves in the police
   * or security forces ("العقيد فلان، قائد شرطة المدينة"، "الرائد فلان من شرطة بغداد"): a word of
   * them within {@value #OFFICE_REACH} words of the name's first, before what he says ("إن") or the clause's end.
   */
  private boolean policeAfter(int name, Participant[] byToken, Sectors sectors) {
    for (int k = name + 1; k < tokens.size() && k <= name + OFFICE_REACH; k++) {
      if (isClauseEnd(k) || THAT.contains(norms.get(k))) {
        return false;
      }
      Sectors.Word w = sectors.at(norms, k);
      if ((byToken[k] != null && "COP".equals(byToken[k].sector())) || (w != null && "COP".equals(w.sector()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a body of government named with no country ("وزارة الخارجية"، "الحكومة") is followed by
   * "في" and the place it sits in, a country or town named right there ("وزارة الخارجية في واشنطن"،
   * "وزير الداخلية في رام الله"): the body is that place's country's. Counted over jawharafm, GSR dev and
   * ANERcorp train: the 4 such bodies before a named place are all of it.
   */
  private boolean seatAfter(SectorRun run, Participant[] byToken) {
    int at = run.end();
    if (!"GOV".equals(run.sector()) || run.unknown() || at + 1 >= tokens.size() || !norms.get(at).equals("في")) {
      return false;
    }
    Participant p = byToken[at + 1];
    return p != null && p.first() == at + 1 && p.coded() && !p.person() && !p.nisba() && !p.both() && !p.conjoined();
  }

  /** The most adjectives between a sector word and the country's adjective that ends its phrase. */
  private static final int MAX_ADJECTIVES = 2;

  /**
   * How many adjectives of the definite sector words of {@code run} stand between them and a
   * country's adjective ("القوات الجوية الباكستانية"، "الشرطة الوطنية الكولومبية"، "القوات العمومية
   * المغربية"): definite relational adjectives ("الجوية"، "الوطني") that name no party and are no
   * sector word, at most {@value #MAX_ADJECTIVES}, then a nisba of a country; 0 for none. The
   * article agrees: a definite noun takes definite adjectives, so "قصفت القوات مواقع سورية" is not so read.
   */
  private int adjectivesBeforeNisba(SectorRun run, Participant[] byToken, Sectors sectors) {
    if (run.sector() == null || run.unknown()
        || Clitics.stems(norms.get(run.end() - 1)).stream().noneMatch(Clitics::hasArticle)) {
      return 0;
    }
    for (int k = run.end(); k < tokens.size() && k - run.end() <= MAX_ADJECTIVES; k++) {
      Participant p = byToken[k];
      if (p != null) {
        return k > run.end() && p.first() == k && p.nisba() && p.coded() && !p.person() && !p.both()
            && !p.conjoined() ? k - run.end() : 0;
      }
      String n = norms.get(k);
      if (tokens.get(k).kind() != Token.Kind.ARABIC || isPunct(k) || isTime(k) || !Clitics.hasArticle(n)
          || !(n.endsWith("يه") || n.endsWith("ي")) || sectors.at(norms, k) != null) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * The party of a sector word with a possessive pronoun at {@code i} in a clause after "أن" or
   * "إن" ("أعلن الجيش الأمريكي أن جنوده قتلوا"، "قالت حركة طالبان إن مقاتليها هاجموا"): the
   * forces or members of the party named last before that word, the one who says or announces it
   * (not people counted, whose pronoun is ـهم), with that party's country, and its sector where
   * the word names its members or the men of an armed party, else the word's own; a number before
   * it counts some of them ("أحد جنوده"). Without "أن",
   * the party an announcing verb opens with, the word in the noun phrase of what it announces
   * ("أعلن الجيش الأمريكي مقتل أحد جنوده").
   */
  private Participant ownForces(int i, Sectors sectors, NumberWords numbers, List<Participant> sofar,
      List<Participant> named, Cues cues) {
    if (tokens.get(i).kind() != Token.Kind.ARABIC || tokens.get(i).text().endsWith("ة")) {
      return null; // "المحافظة" is no governor's own
    }
    String norm = norms.get(i);
    boolean conjoined = norm.startsWith("و") && norm.length() > 4;
    Sectors.Word w = sectors.possessed(norm);
    if (w == null && conjoined) {
      w = sectors.possessed(norm.substring(1));
    } else {
      conjoined = false;
    }
    if (w == null) {
      return null;
    }
    int that = i - 1;
    while (that >= 0 && !THAT.contains(norms.get(that))) {
      that--;
    }
    Participant owner = that >= 0 ? lastSayer(named, that, lastSayer(sofar, that, null, this::direct), this::direct)
        : announcer(i, cues, lastSayer(named, i, lastSayer(sofar, i, null, this::direct), this::direct));
    if (owner == null) {
      return null;
    }
    // members ("عناصره") and the men of an armed party ("مقاتليها" of a movement) are the owner's
    // kind; a state's or a government's soldiers and aircraft are its forces ("جنودها"، "طائراتها")
    boolean ownersKind = w.of() || (owner.sector() != null && !owner.person()
        && MaterialRoles.ARMED.contains(owner.sector()));
    String sector = ownersKind && owner.sector() != null ? owner.sector() : w.sector();
    int counted = conjoined ? -1 : numberBefore(numbers, i); // "ثلاثة من جنوده"، "أحد جنوده": some of them, counted
    return new Participant(i, i, owner.code(), owner.entity(), false, false, conjoined, sector,
        counted >= 0 ? numbers.hedgeBefore(norms, counted) : i, counted >= 0);
  }

  /**
   * Whether the name whose side covers token {@code k} follows a preposition ("لدى وصوله إلى
   * الجزائر أن بلاده"، "بعد عودته من روسيا"): a place the speaker went to or came from, not the
   * land "بلاده" is said of.
   */
  private boolean afterPreposition(ArticleParties.Side[] sides, int k) {
    int start = k;
    while (start > 0 && sides[start - 1] != null && Objects.equals(sides[start - 1].entity(), sides[k].entity())
        && Objects.equals(sides[start - 1].code(), sides[k].code())) {
      start--;
    }
    String head = norms.get(start);
    return (start > 0 && OBLIQUE.contains(norms.get(start - 1))) || opensOblique(head);
  }

  /** A preposition on the article that governs a party's first word ("للجيش"، "بالشرطة"; oblique of text/affixes.tsv). */
  private static final List<String> OBLIQUE_ON_ARTICLE = Affixes.of(Affixes.Kind.OBLIQUE);

  /** Whether a party's first word opens with a preposition on the article ("للجيش"): it is governed, not who acts. */
  static boolean opensOblique(String head) {
    for (String p : OBLIQUE_ON_ARTICLE) {
      if (head.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a party is named other than after a preposition: whose forces "قواته" are is the
   * speaker or subject named before, not a place he went to or came from ("قال الرئيس الأمريكي
   * بعد عودته من روسيا إن قواته"، "لدى وصوله إلى الجزائر").
   */
  private boolean direct(Participant p) {
    int start = p.from() >= 0 ? Math.min(p.from(), p.first()) : p.first();
    String head = norms.get(start);
    return !(start > 0 && OBLIQUE.contains(norms.get(start - 1))) && !opensOblique(head);
  }

  /** Prepositions before a party that make it no subject ({@code oblique} of text/prepositions.tsv). */
  private static final Set<String> OBLIQUE = Prepositions.of(Prepositions.Use.OBLIQUE);

  /**
   * Whether the entity starting at token {@code i} is a person the knowledge base does not know,
   * named by one word that is a sector word of its own ("انتحاريان"، "مسلحين": the entity model
   * sometimes takes a bare noun of people for a name): the word names people by what they are.
   */
  private boolean sectorWordAsPerson(int i, ArticleParties.Side[] sides, Sectors sectors, ArticleParties parties) {
    ArticleParties.Side side = sides[i];
    if (!side.person() || side.entity() == null || (i + 1 < sides.length && sides[i + 1] != null
        && side.entity().equals(sides[i + 1].entity()))) {
      return false;
    }
    Entity e = parties.entity(side.entity());
    if (e == null || e.linked()) {
      return false;
    }
    Sectors.Word w = sectors.at(norms, i);
    return w != null && w.length() == 1 && !w.of() && !w.rank() && w.sector() != null;
  }

  /** How many words before an outlet a verb of saying may stand for the outlet to be whom it spoke to. */
  private static final int SPOKEN_TO_REACH = 6;

  /**
   * Whether token {@code i} begins an outlet written with ل, attached ("لرويترز") or apart ("لـ
   * «الشرق الأوسط»"), after a verb of saying in its clause ("قال مسؤول في الشرطة لرويترز"): the
   * outlet it was said to, which is no party to what was said.
   */
  private boolean spokenTo(int i, ArticleParties.Side side, Sectors sectors, ArticleParties parties, Cues cues) {
    if (side.entity() == null || !"MED".equals(sectors.of(parties.entity(side.entity())))) {
      return false;
    }
    Token t = tokens.get(i);
    int before = i - 1;
    while (before >= 0 && isQuoteMark(before)) {
      before--;
    }
    boolean lam = (side.mentionStart() == t.start() + 1 && t.text().charAt(0) == 'ل')
        || (before >= 0 && norms.get(before).equals("ل"));
    if (!lam) {
      return false;
    }
    for (int k = before; k >= 0 && k >= i - SPOKEN_TO_REACH; k--) {
      if (isComma(k) || isClauseEnd(k)) {
        return false;
      }
      if (cues.is(norms.get(k), Cues.WordClass.ANNOUNCE)) {
        return true;
      }
    }
    return false;
  }

  /** How far after an announcing verb's subject its own forces may be named ("مقتل أحد جنوده"). */
  private static final int ANNOUNCED_REACH = 4;

  /**
   * {@code party} where it is the subject of an announcing verb right before it ("أعلن الجيش
   * الأمريكي"، "وأعلنت الشرطة") and the word at {@code i} follows it within a few words, no comma
   * nor other party between: the one whose own forces the pronoun names; else null.
   */
  private Participant announcer(int i, Cues cues, Participant party) {
    if (party == null || party.person() || party.from() < 1 || i - party.last() > ANNOUNCED_REACH
        || !cues.is(norms.get(party.from() - 1), Cues.WordClass.ANNOUNCE)) {
      return null;
    }
    for (int k = party.last() + 1; k < i; k++) {
      if (isPunct(k)) {
        return null;
      }
    }
    return party;
  }

  /** "أن"، "إن"، "بأن" as normalised: the word that opens what a party says, announces or does. */
  static final Set<String> THAT = Cues.words(Cues.WordClass.THAT);

  /** A run of sector words [{@code start}, {@code end}) and the sector it comes to. */
  private record SectorRun(int start, int end, String sector, boolean unknown, boolean countedWord, boolean unitAlone,
      boolean rank, boolean tied) {

    SectorRun(int start, int end, String sector, boolean unknown, boolean countedWord, boolean unitAlone, boolean rank) {
      this(start, end, sector, unknown, countedWord, unitAlone, rank, false);
    }

    /**
     * The first token naming the party: a number before the run ("11 مسلحا"، "نحو 200 شخص"،
     * "ثمانية من قوات الأمن") is part of it.
     */
    int from(NumberWords numbers, EventSentence s) {
      int b = numberBefore(numbers, s);
      return b >= 0 ? numbers.hedgeBefore(s.norms, b) : start;
    }

    boolean counted(NumberWords numbers, EventSentence s) {
      return countedWord || numberBefore(numbers, s) >= 0;
    }

    private int numberBefore(NumberWords numbers, EventSentence s) {
      return s.numberBefore(numbers, start);
    }
  }

  /**
   * The first token of a number that counts the party starting at {@code start} ("11 مسلحا"،
   * "خمسة بريطانيين"، "ثمانية من قوات الأمن"), or -1.
   */
  private int numberBefore(NumberWords numbers, int start) {
    if (numbers == null) {
      return -1;
    }
    for (int j = Math.max(0, start - 3); j < start; j++) {
      NumberWords.Number n = numbers.at(norms, j);
      // "خمسة آلاف شخص": the number may take in the run's count word (below, with a part counted before it)
      if (n != null && j + n.length() == start - 1 && norms.get(start - 1).equals("من")) {
        return partOf(j); // "ثمانية من قوات الأمن"، "سبعة من عناصر الشرطة": some of them, counted
      }
      if (n != null && (j + n.length() == start || j + n.length() == start + 1)) {
        return partOf(j);
      }
    }
    return -1;
  }

  /**
   * The first token of a number that counts some of those the number at {@code j} counts ("خمسة من
   * 13 إثيوبيا"، "اثنان من ثلاثة جنود"): the number before "من" right before it, else {@code j}.
   */
  private int partOf(int j) {
    if (j < 2 || !norms.get(j - 1).equals("من")) {
      return j;
    }
    for (int k = Math.max(0, j - 4); k < j - 1; k++) {
      NumberWords.Number n = numbers.at(norms, k);
      if (n != null && k + n.length() == j - 1 && !isTime(k)) {
        return k;
      }
    }
    return j;
  }

  /**
   * A people named by its nisba alone, with a number before it ("خمسة بريطانيين"، "13 عراقيا"،
   * "23 من الكوريين الجنوبيين"): the number is part of its words, and it is counted.
   */
  private Participant countedPeople(Participant p, NumberWords numbers) {
    String n = norms.get(p.last());
    // a number's accusative noun ("18 فلسطينيا"، "30 روسيا") is the nisba whatever the name it shares
    boolean accusative = n.endsWith("يا") && p.first() == p.last() && p.coded();
    if (!(p.nisba() || accusative) || p.person() || p.sector() != null || p.from() != p.first()) {
      return p;
    }
    boolean ofPersons = n.endsWith("ين") || n.endsWith("ون") || n.endsWith("يا"); // not "انتخابات 2007 الروسية"
    int b = numberBefore(numbers, p.first());
    if (b < 0 || isTime(b) || !ofPersons) {
      return p;
    }
    return new Participant(p.first(), p.last(), p.code(), p.entity(), false, true, p.conjoined(), null,
        numbers.hedgeBefore(norms, b), true);
  }

  /**
   * The sector words from token {@code i} on: words naming members or a number of what follows
   * ("عناصر الشرطة"، "مئات المتظاهرين") take its sector; "مجهولون" makes the party unknown; a word
   * in construct takes its genitive with it ("وزارة الداخلية"، "قوات الاحتلال"); "من" joins a
   * group to its members ("مهاجم انتحاري من حركة طالبان").
   */
  private SectorRun sectorRun(int i, Sectors.Word first, Sectors sectors, Participant[] named, Cues cues) {
    String sector = first.sector();
    boolean of = first.of();
    boolean unknown = first.unknown();
    boolean counted = of && first.sector() != null && !first.unit();
    boolean unitAlone = first.unit(); // "قوة" with no party or sector word after it is strength, not a force
    int j = i + first.length();
    if (first.rank()) { // "العقيد": the title of the person named right after it, else no party ("لواء" a brigade)
      return new SectorRun(i, j, sector, false, false, true, true);
    }
    boolean construct = first.length() == 1 && !Clitics.opensWithArticle(norms.get(i)) && !of;
    while (j < tokens.size() && named[j] == null && !isPunct(j)) {
      if (("UAF".equals(sector) || "REB".equals(sector)) && !unknown && !of && norms.get(j).equals("من")) {
        int group = groupTie(j, named, cues);
        if (group > 0) {
          return new SectorRun(i, group, "REB", false, counted, false, false, true); // "مسلحون من جماعة «X»"
        }
      }
      Sectors.Word w = sectors.at(norms, j);
      if (w != null && j > i && Clitics.stems(norms.get(j - 1)).stream().anyMatch(Clitics::hasArticle)
          && cues.is(norms.get(j), Cues.WordClass.TITLE)) {
        break; // an office after a definite word opens a phrase of its own: "استدعت وزارة الخارجية السفير الإيراني"
      }
      // a sector word joins as an adjective of the same people ("مفجرون انتحاريون"، "مسلحون مجهولون") or
      // names those a word of members counts ("عناصر الشرطة"); another is another party ("مسلحون قاضيا")
      if (w != null && !w.conjoined() && (of || w.unknown() || (!w.of() && Objects.equals(w.sector(), sector)))) {
        if (w.unknown()) {
          unknown = true;
        } else if (of) {
          sector = w.of() ? (w.sector() != null ? w.sector() : sector) : w.sector();
          of = w.of();
        }
        construct = w.length() == 1 && !Clitics.opensWithArticle(norms.get(j)) && !w.of();
        unitAlone = false;
        j += w.length();
        continue;
      }
      if (of && w != null && w.conjoined() && w.of() && !w.premises() && !w.unit() && !w.rank()) {
        j += w.length(); // "عناصر وكوادر جماعة الإخوان"، "قادة وعناصر الحركة": members of one party named after both
        continue;
      }
      if ((of || sector != null) && j + 1 < tokens.size() && belonging(j, cues) && norms.get(j + 1).startsWith("ل")
          && (named[j + 1] != null || sectors.at(norms, j + 1) != null)) {
        j++; // "حافلة تابعة للجيش"، "قوة تابعة للأمم المتحدة": what follows owns it
        continue;
      }
      int riders = first.premises() && of ? carried(j, named, sectors, numbers, cues) : -1;
      if (riders > 0) {
        j = riders; // "حافلة تقل عناصر من الحرس الثوري": those it carries are who it is struck for
        continue;
      }
      int loyal = (of || sector != null) && norms.get(j).equals("من") ? allegianceTo(j + 1, named, cues) : -1;
      if (loyal > 0) {
        j = loyal; // "مقاتلون من الموالين لحزب الله": of the party they are loyal to
        continue;
      }
      if ((of || sector != null) && norms.get(j).equals("من") && j + 1 < tokens.size()
          && (named[j + 1] != null || sectors.at(norms, j + 1) != null)) {
        j++; // "عشرات من المتظاهرين"، "مهاجما من حركة طالبان"
        continue;
      }
      int in = of && !first.premises() && !first.unit() ? memberIn(j, named) : -1;
      if (in > 0) {
        j = in; // "مسؤول أمني في حركة فتح"، "القيادي في الحزب": a member of the organisation after في
        continue;
      }
      if ((of || sector != null) && norms.get(j).equals("من") && j + 2 < tokens.size() && named[j + 1] == null
          && named[j + 2] != null && named[j + 2].first() == j + 2 && cues.is(norms.get(j + 1), Cues.WordClass.TITLE)) {
        j += 2; // "مسلحين من حركة طالبان": the word of its kind before the name is the group's own
        continue;
      }
      if (sector != null && cues.is(norms.get(j), Cues.WordClass.ONE_OR_TWO)
          && !(j + 1 < tokens.size() && norms.get(j + 1).equals("من"))) { // "اثنين من الجنود" counts others
        j++; // "مهاجمين اثنين": the number agrees with the people it counts
        continue;
      }
      if (of && first.premises() && j == i + first.length() && w == null && thingGenitiveBeforeNisba(j, named)) {
        j++; // "ناقلة نفط بريطانية"، "قوارب صيد مصرية": the feminine adjective is the vessel's, not its cargo's or trade's
        break;
      }
      if (construct && (w == null || w.premises()) && indefiniteGenitiveBeforeNisba(i, j, named)) {
        j++; // "سائقي شاحنات مغاربة"، "مهندسي نفط أتراك": the people's adjective after the genitive is the drivers'
        break;
      }
      if (construct && w != null && w.premises() && w.length() == 1 && definiteGenitiveBeforeNisba(j - 1, j, named)) {
        j++; // "سائقو الحافلات الأردنيون": a gentilic of people in the head's case after a genitive of things
        break;
      }
      if (construct && w == null && Clitics.opensWithArticle(norms.get(j)) && norms.get(j).length() > 3 && tokens.get(j).kind()
          == Token.Kind.ARABIC && !isTime(j)) { // a sector word of another sector names another party ("مسلحون العميد")
        construct = false;
        j++; // "وزارة الداخلية"
        continue;
      }
      break;
    }
    if (of && j < tokens.size() && named[j] == null && Clitics.hasArticle(norms.get(j)) && !isTime(j)
        && !cues.is(norms.get(j), Cues.WordClass.RELATIVE)) {
      sector = null; // "عشرات الصواريخ": a number of things, not of people; not "الآلاف إلى"، "المئات الذين"
    }
    int group = ("UAF".equals(sector) || "REB".equals(sector)) && !unknown && !of ? groupTie(j, named, cues) : -1;
    if (group > 0) {
      return new SectorRun(i, group, "REB", false, counted, false, false, true); // "مسلحون من تحالف العصابات «X»"
    }
    return new SectorRun(i, j, sector, unknown, counted, unitAlone, false);
  }

  /**
   * Where an organisation named after "في" begins, right after a word of members or past one adjective
   * of it ("مسؤول أمني في حركة فتح"، "قيادي بارز في حماس"): he is of that organisation, as "من" joins a
   * group to its members. A place after في ("عنصر في الموصل") is where he is, not whose; -1 when none.
   */
  private int memberIn(int j, Participant[] named) {
    int k = j < tokens.size() && named[j] == null && !norms.get(j).equals("في") && !isPunct(j) ? j + 1 : j;
    if (k + 1 >= tokens.size() || !norms.get(k).equals("في") || named[k + 1] == null) {
      return -1;
    }
    String entity = named[k + 1].entity();
    return entity != null && entity.startsWith("org:") ? k + 1 : -1;
  }

  /** The words of {@code events/group-ties.tsv}, normalised, by their class (kind, tie, known, aside). */
  private static final Map<String, String> GROUP_TIES = DataFiles
      .rows("events/group-ties.tsv", 2).stream().collect(java.util.stream.Collectors.toMap(
          r -> org.marsad.text.ArabicNormalizer.normalize(r.field(0)), r -> r.field(1), (a, b) -> a));

  private static final String TO = org.marsad.text.ArabicNormalizer.normalize("إلى");

  /** The article's parties, for the kinds of the entities a group tie names ({@link #groupTie}). */
  private ArticleParties partiesOfTies;

  /** Whether a party is an organisation the entity layer found ("«تنظيم داعش في الساحل»"), not a place in a group's name. */
  private boolean organisation(Participant p) {
    Entity e = p == null || p.entity() == null || partiesOfTies == null ? null : partiesOfTies.entity(p.entity());
    return e != null && e.type() == EntityType.ORG;
  }

  /** The class in {@code events/group-ties.tsv} of the word at {@code k}, or null. */
  private String tieClass(int k) {
    return k < tokens.size() ? GROUP_TIES.get(norms.get(k)) : null;
  }

  /** Whether the word at {@code k} is a kind word of a group, bare or after ل or ب ("لجماعة"). */
  private boolean kindWord(int k) {
    if (k >= tokens.size()) {
      return false;
    }
    String n = norms.get(k);
    return "kind".equals(GROUP_TIES.get(n))
        || (n.length() > 3 && (n.startsWith("ل") || n.startsWith("ب")) && "kind".equals(GROUP_TIES.get(n.substring(1))));
  }

  /**
   * Where the name ends (exclusive) of a group that armed men named at {@code j}'s left are tied to
   * ({@code events/group-ties.tsv}): "من" and kind words before a name in quotation marks or a named
   * party ("مسلحون من تحالف العصابات «X»"، "مسلحون من «تنظيم X في الساحل»"); a word of belonging, after
   * a relative pronoun and a comma or not, with إلى or ل ("المسلحين، الذين ينتمون إلى جماعة «X»"); a
   * word of being known as with ب before a quoted name ("مسلحون يعرفون محليا بـ«قطاع الطرق»"). Such men
   * are the group's, an armed movement (REB), not men of no known side. -1 where no tie follows.
   */
  private int groupTie(int j, Participant[] named, Cues cues) {
    int k = j;
    if (k < tokens.size() && isComma(k) && k + 1 < tokens.size() && cues.is(norms.get(k + 1), Cues.WordClass.RELATIVE)) {
      k += 2; // "المسلحين، الذين ينتمون"
    } else if (k < tokens.size() && cues.is(norms.get(k), Cues.WordClass.RELATIVE)) {
      k++;
    }
    if (k >= tokens.size()) {
      return -1;
    }
    boolean known = false;
    String c = tieClass(k);
    if ("tie".equals(c)) {
      k++;
      if (k < tokens.size() && norms.get(k).equals(TO)) {
        k++;
      } else if (!(k < tokens.size() && norms.get(k).startsWith("ل") && (kindWord(k) || named[k] != null))) {
        return -1; // "ينتمون إلى"، "التابعين لجماعة"
      }
    } else if ("known".equals(c)) {
      k++;
      if ("aside".equals(tieClass(k))) {
        k++;
      }
      if (k < tokens.size() && norms.get(k).equals("ب")) {
        k++;
      } else {
        return -1;
      }
      known = true;
    } else if (k == j && norms.get(k).equals("من")) {
      k++;
    } else {
      return -1;
    }
    int kinds = 0;
    while (kindWord(k)) {
      k++;
      kinds++;
    }
    if (k < tokens.size() && isQuoteMark(k)) {
      int end = quotedPhraseEnd(k);
      boolean groupInside = end > 0 && (kindWord(k + 1) || organisation(named[k + 1]));
      return end > 0 && (kinds > 0 || known || groupInside) ? end + 1 : -1;
    }
    if (kinds > 0 && k < tokens.size() && named[k] != null && named[k].first() == k
        && (!named[k].person() || !named[k].coded())) {
      return named[k].last() + 1; // "ينتمون إلى جماعة بوكو حرام"; a name of no one known after a kind word is the group's
    }
    return -1;
  }

  /**
   * Whether the word at {@code j} is the indefinite genitive of the plural in construct at {@code
   * head} ("سائقي"، "موظفي"), with a country's gentilic in the plural and without the article
   * right after it ("سائقي شاحنات تونسيين"، "مغاربة"): such an adjective names people, so it agrees
   * with the people of the construct, not with a thing of the genitive (whose plural would take
   * "تونسية"). Counted over ANERcorp train, the GSR dev sentences and jawharafm: the 5 gentilics in
   * the plural after a construct of people and its genitive ("رجال الأعمال المصريين"، "جنود الكوماندوز
   * الإسرائيليين"، "مشاهدي التلفزيون الصينيين") all name the people of the construct.
   */
  private boolean indefiniteGenitiveBeforeNisba(int head, int j, Participant[] named) {
    if (!norms.get(head).endsWith("ي") || j + 1 >= tokens.size() || tokens.get(j).kind() != Token.Kind.ARABIC
        || isTime(j) || Clitics.hasArticle(norms.get(j)) || norms.get(j).equals("و")) {
      return false;
    }
    Participant next = named[j + 1];
    String adjective = norms.get(j + 1);
    return next != null && next.first() == j + 1 && next.nisba() && next.coded() && !next.person() && !next.both()
        && !Clitics.hasArticle(adjective) && !singularNisba(adjective);
  }

  /**
   * Whether the word at {@code j} is the definite genitive, a thing (a premises word of sectors.tsv:
   * "الشاحنات"، "الحافلات"), of the sound plural in construct at {@code head} ("سائقو"، "سائقي"), with a
   * country's definite gentilic in the sound masculine plural right after it, in the head's case
   * ("سائقو الحافلات الأردنيون"، "سائقي الحافلات المصريين"): a thing's plural would take "الأردنية", so the
   * adjective is the people's. Counted over ANERcorp train, the GSR dev sentences and jawharafm: 3
   * definite gentilics in the plural after a construct and its definite genitive, the 2 in the head's
   * case its people's ("مشاهدي التلفزيون الصينيين"), the one in another case the genitive's ("خاطفو
   * الرهائن الصينيين"); none after a genitive of things.
   */
  private boolean definiteGenitiveBeforeNisba(int head, int j, Participant[] named) {
    String h = norms.get(head);
    if (j + 1 >= tokens.size() || !Clitics.hasArticle(norms.get(j))) {
      return false;
    }
    Participant next = named[j + 1];
    String adjective = norms.get(j + 1);
    boolean caseAgrees = (h.endsWith("و") && adjective.endsWith("يون")) || (h.endsWith("ي") && adjective.endsWith("يين"));
    return caseAgrees && next != null && next.first() == j + 1 && next.last() == j + 1 && next.nisba() && next.coded()
        && !next.person() && !next.both() && !next.conjoined() && Clitics.hasArticle(adjective);
  }

  /** Whether a gentilic, normalised, is in the singular ("تونسي"، "تونسيه"، "تونسيا"), not a plural ("تونسيين"، "مغاربه"). */
  /**
   * Whether the word at {@code j}, right after a premises or vessel word, is its indefinite genitive of kind
   * ("ناقلة نفط"، "قوارب صيد"، "سفينة شحن") with a country's gentilic in the feminine singular, without the
   * article, right after it ("ناقلة نفط بريطانية"): the masculine genitive cannot take a feminine adjective,
   * so the adjective agrees with the head (a thing, or a broken plural of things) and names its country.
   */
  private boolean thingGenitiveBeforeNisba(int j, Participant[] named) {
    if (j + 1 >= tokens.size() || tokens.get(j).kind() != Token.Kind.ARABIC || isTime(j)
        || Clitics.hasArticle(norms.get(j)) || norms.get(j).equals("و") || norms.get(j).endsWith("ه")) {
      return false;
    }
    Participant next = named[j + 1];
    String adjective = norms.get(j + 1);
    return next != null && next.first() == j + 1 && next.nisba() && next.coded() && !next.person() && !next.both()
        && !Clitics.hasArticle(adjective) && adjective.endsWith("يه");
  }

  private static boolean singularNisba(String n) {
    return n.endsWith("ي") || n.endsWith("يه") || n.endsWith("يا");
  }

  /**
   * Whether token {@code i} is a word of belonging before the ل of an owner ({@code belonging} of
   * grammar.tsv: "التابعة"، "المملوكة"; and the words of allegiance: "الموالية"): the thing or unit
   * before it is the owner's.
   */
  /**
   * Where the passengers start that a verb of carrying at {@code i} names after a vehicle ("تقل"،
   * "كانت تقل"), with a number that counts them passed over ("سيارة تقل ثلاثة من النشطاء"): a party
   * or a sector word of people must follow; else -1.
   */
  private int carried(int i, Participant[] named, Sectors sectors, NumberWords numbers, Cues cues) {
    int k = i;
    if (k + 1 < tokens.size() && (norms.get(k).equals("كانت") || norms.get(k).equals("كان"))) {
      k++;
    }
    if (!cues.is(norms.get(k), Cues.WordClass.CARRYING) || k + 1 >= tokens.size()) {
      return -1;
    }
    k++;
    NumberWords.Number n = numbers == null ? null : numbers.at(norms, k);
    if (n != null && k + n.length() + 1 < tokens.size() && norms.get(k + n.length()).equals("من")) {
      k += n.length() + 1;
    }
    if (named[k] != null) {
      return k;
    }
    Sectors.Word w = sectors.at(norms, k);
    return w != null && !w.premises() && !w.rank() && (w.sector() != null || w.of()) ? k : -1;
  }

  private boolean belonging(int i, Cues cues) {
    Cues.WordClass c = cues.classOf(norms.get(i));
    return c == Cues.WordClass.BELONGING || c == Cues.WordClass.ALLEGIANCE;
  }

  /**
   * Where the party starts that a word of allegiance at {@code i} ties its people to ("أتباع
   * الحزب"، "الموالين لحركة طالبان"): the named party right after it, or the name after a word
   * with ل ("لحركة", its word of kind); else -1.
   */
  private int allegianceTo(int i, Participant[] named, Cues cues) {
    if (i + 1 >= tokens.size() || named[i] != null || !cues.is(norms.get(i), Cues.WordClass.ALLEGIANCE)) {
      return -1;
    }
    if (named[i + 1] != null) {
      return i + 1;
    }
    return norms.get(i + 1).startsWith("ل") && i + 2 < tokens.size() && named[i + 2] != null
        && named[i + 2].first() == i + 2 ? i + 2 : -1;
  }

  /** Punctuation that may stand inside one party's name and title ("الروسي، سيرغي لافروف"). */
  private static boolean isApposition(Token t) {
    return t.text().equals("،") || t.text().equals(",") || t.text().equals("(") || t.text().equals(")");
  }

  /** Whether the token begins with the conjunction و before the name ("وروسيا"), or follows a lone و. */
  private boolean conjoined(int i, ArticleParties.Side side) {
    Token t = tokens.get(i);
    if (i > 0 && norms.get(i - 1).equals("و")) {
      return true;
    }
    return t.norm().startsWith("و") && side.mentionStart() > t.start();
  }

  /** The words of the text that name a party, its titles and sector words included ("الشرطة العراقية"). */
  /** Whether the words naming the party say it is not known ("مسلحين مجهولين"). */
  /**
   * Whether the words naming a party before its last word say what its people are ("متظاهرون أفغان"،
   * "المتظاهرين الفلسطينيين"), not only how many ("آلاف الإسرائيليين"، "مئات الصرب").
   */
  boolean namedByKind(Participant p) {
    for (int i = Math.max(0, p.from() < 0 ? p.first() : p.from()); i < p.last() && i < tokens.size(); i++) {
      if (kindWord[i]) {
        return true;
      }
    }
    return false;
  }

  boolean unknownNamed(Participant p) {
    for (int i = Math.max(0, p.from() < 0 ? p.first() : p.from()); i <= p.last() + 1 && i < tokens.size(); i++) {
      if (unknownWord[i]) {
        return true;
      }
    }
    return false;
  }

  /** The text of tokens {@code from} to {@code last}, both included. */
  String words(int from, int last) {
    return text.substring(tokens.get(from).start(), tokens.get(last).end());
  }

  String words(Participant p) {
    if (p.from() < 0 || p.last() >= tokens.size()) {
      return null;
    }
    return text.substring(tokens.get(p.from()).start(), tokens.get(p.last()).end());
  }

  /**
   * Whether the party is a place within a country named alone ("طهران"، "إقليم هلمند"): where an
   * act falls, never who does it ("اعتداءات طهران").
   */
  /**
   * Whether the participant is a person the knowledge base does not know and the article ties to
   * no country ("العقيد سعيد الكبيسي"), or his own forces ("قواته"): named with an office or rank,
   * he holds it where he acts.
   */
  boolean stranger(Participant p) {
    return p.code() == null && p.entity() != null && strangers.contains(p.entity()); // or his forces: "قواته"
  }

  boolean town(Participant p) {
    return p.entity() != null && p.sector() == null && !p.person() && towns.contains(p.entity());
  }

  /** Whether token {@code i} names, in the countries' view, a party tied to no country ("الأمم المتحدة"). */
  boolean unplaced(int i) {
    return unplaced[i];
  }

  /** Whether token {@code i} is a title or sector word naming the party after it, not a party itself. */
  boolean isNaming(int i) {
    return i >= 0 && i < naming.length && naming[i];
  }

  /** Whether the party is named by its premises, post or convoy ("نقطة تفتيش للشرطة"، "مقر الحزب"). */
  boolean premises(Participant p) {
    for (int k = Math.max(p.from(), 0); k <= p.first(); k++) {
      if (premises[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The party named last before token {@code i} in the sentence, not people counted (whose pronoun
   * is ـهم, not ـه or ـها) and not both sides: who a pronoun after "أن" refers to, the one who
   * says or announces it, among those {@code may} allows. Null when there is none.
   */
  Participant partyBefore(int i, Predicate<Participant> may) {
    return lastSayer(participants, i, null, may);
  }

  /**
   * Of {@code best} and the parties of {@code list} ending before token {@code before} that
   * {@code may} allows, the one ending last (the earlier wins a tie): a party a pronoun of the
   * third person singular may stand for, so not both sides and not people counted (theirs is ـهم).
   */
  private static Participant lastSayer(List<Participant> list, int before, Participant best,
      Predicate<Participant> may) {
    for (Participant p : list) {
      if (p.last() < before && (best == null || p.last() > best.last()) && !p.both() && !p.counted()
          && (p.coded() || p.sector() != null) && may.test(p)) {
        best = p;
      }
    }
    return best;
  }

  /** Whether a number (digits or words, not of a time) starts at token {@code i} ("28 متطوعا"، "خمسة من"). */
  boolean countAt(int i) {
    return numbers != null && i >= 0 && i < tokens.size() && !isTime(i) && numbers.at(norms, i) != null;
  }

  /** Whether token {@code i} is part of a time expression ("اليوم الأحد"), which roles pass over. */
  boolean isTime(int i) {
    return i >= 0 && i < time.length && time[i];
  }

  /** The indices of the tokens written as {@code word}. */
  List<Integer> tokensWritten(String word) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < size(); k++) {
      if (tokens.get(k).text().equals(word)) {
        out.add(k);
      }
    }
    return out;
  }

  int size() {
    return tokens.size();
  }

  String norm(int i) {
    return norms.get(i);
  }

  Participant participantAt(int i) {
    return i >= 0 && i < at.length ? at[i] : null;
  }

  /**
   * The party whose words begin at token {@code i} before its name ("حافلة تقل عناصر من الحرس
   * الثوري" from "حافلة"), or null.
   */
  Participant namedFrom(int i) {
    return participants.stream().filter(p -> p.from() == i && p.from() < p.first()).findFirst().orElse(null);
  }

  boolean isPunct(int i) {
    return tokens.get(i).kind() == Token.Kind.PUNCT;
  }

  /**
   * Whether token {@code i} is a bracket or stands between brackets ("في ديسمبر (كانون الأول)"،
   * "تيزي وزو (110 كلم شرق العاصمة)"): an aside, which no distance between two words of a clause counts.
   */
  boolean parenthetical(int i) {
    return aside[i];
  }

  boolean isComma(int i) {
    return tokens.get(i).isComma();
  }

  boolean isQuoteMark(int i) {
    Token t = tokens.get(i);
    return t.kind() == Token.Kind.PUNCT && t.text().length() == 1 && QuoteMarks.isMark(t.text().charAt(0));
  }

  /**
   * Whether the comma at {@code i} opens or closes a short aside without a party in it, such as
   * a time ("أدانت طهران، اليوم الأحد، الغارات"): the clause goes on across it.
   */
  boolean commaOfAside(int i) {
    for (int dir = -1; dir <= 1; dir += 2) {
      for (int k = i + dir, n = 0; k >= 0 && k < size() && n < ASIDE; k += dir, n++) {
        if (isComma(k)) {
          if (n > 0) {
            return true;
          }
          break;
        }
        if (participantAt(k) != null || isClauseEnd(k)) {
          break;
        }
      }
    }
    return false;
  }

  /** The longest aside between two commas, in words. */
  private static final int ASIDE = 4;

  /** Punctuation that ends a clause: full stop, colon, semicolon, question and exclamation marks, quotation marks. */
  boolean isClauseEnd(int i) {
    if (isQuoteMark(i)) {
      return true;
    }
    String s = tokens.get(i).text();
    return s.equals(".") || s.equals(":") || s.equals("؛") || s.equals(";") || s.equals("؟") || s.equals("?")
        || s.equals("!");
  }

  /** The index of the first token ending after {@code offset} (tokens.size() when none does). */
  private int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
