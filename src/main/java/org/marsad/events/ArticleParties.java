package org.marsad.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Mention;
import org.marsad.doc.Quote;
import org.marsad.doc.Span;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;
import org.marsad.text.Token;

/**
 * What the event coder knows of an article's parties: for every token the party it names
 * (an entity mention mapped to a country code: a country by its code, a person, city or body
 * by its country), the two countries the article is mostly about (who "البلدين" are), and the
 * country of each quotation's speaker.
 */
final class ArticleParties {

  /** The party one token names. */
  record Side(String code, String entity, boolean person, boolean nisba, int mentionStart) {}

  private final AnalyzedText text;
  private final Side[] sides;
  private final List<Entity> entities;
  private final Map<String, Entity> byId = new HashMap<>();
  private final List<String> pair;
  /** The {@value #MAIN} countries the article names most, the most named first. */
  private final List<String> main;
  private final List<int[]> personMentions = new ArrayList<>(); // {start, entity index}
  private final List<Quote> quotes;
  /** The word classes, where the coder gave them (null in the entity-only uses). */
  private final Cues cues;

  /** Per token, the first non-person entity with a country whose mention covers it ({@link #codedAt}). */
  private final Side[] coded;

  ArticleParties(AnalyzedText text, List<Entity> entities, List<Quote> quotes) {
    this(text, entities, quotes, null);
  }

  ArticleParties(AnalyzedText text, List<Entity> entities, List<Quote> quotes, Cues cues) {
    this.text = text;
    this.entities = entities;
    this.quotes = quotes;
    this.cues = cues;
    this.sides = new Side[text.tokens().size()];
    this.coded = new Side[text.tokens().size()];
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> adjectives = countryAdjectives(entities);
    for (int e = 0; e < entities.size(); e++) {
      Entity entity = entities.get(e);
      byId.putIfAbsent(entity.id(), entity);
      String code = codeOf(entity);
      code = code != null ? code : ownAdjective(entity, adjectives);
      if (code == null && !actsWithoutCountry(entity)) {
        continue;
      }
      boolean person = entity.type() == EntityType.PERSON;
      for (Mention m : entity.mentions()) {
        if (text.inCaption(m.start())) {
          continue;
        }
        if (code != null) {
          counts.merge(code, 1, Integer::sum);
          if (person) {
            personMentions.add(new int[] {m.start(), e});
          }
        }
        // the entity layer's adjective mentions are nisbas in any ending: "13 عراقيا"، "جنديان أمريكيان"
        boolean nisba = isNisba(m.text()) || m.form() == Mention.Form.ADJECTIVE;
        for (int t = text.firstTokenAtOrAfter(startOfToken(m.start())); t < sides.length
            && text.tokens().get(t).start() < m.end(); t++) {
          Side old = sides[t];
          if (code != null && !person && coded[t] == null) {
            coded[t] = new Side(code, entity.id(), false, nisba, m.start());
          }
          if (old == null || (person && !old.person())) {
            sides[t] = new Side(code, entity.id(), person, nisba && !person, m.start());
          }
        }
      }
    }
    personMentions.sort(Comparator.comparingInt(a -> a[0]));
    ambiguousAdjectives();
    shortNamesOfPersons();
    if (cues != null) {
      surnamesAsPersons(cues);
    }
    movementsNamedAgain();
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    this.pair = ranked.stream().limit(2).map(Map.Entry::getKey).toList();
    this.main = ranked.stream().limit(MAIN).map(Map.Entry::getKey).toList();
    if (cues != null) {
      strangersByOffice(cues); // after the pair: a ministry named with no country is the article's home's
    }
  }

  /** The rows of {@code ambiguous-nisbas.tsv}. */
  private static final List<DataFiles.Row> AMBIGUOUS = DataFiles.rows("events/ambiguous-nisbas.tsv", 2);
  /** Its adjectives, normalised, each with its country. */
  private static final Map<String, String> AMBIGUOUS_NISBAS = AMBIGUOUS.stream()
      .filter(r -> r.field(0).equals("nisba"))
      .flatMap(r -> r.fields().subList(2, r.fields().size()).stream().map(f -> Map.entry(ArabicNormalizer.normalize(f), r.field(1))))
      .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
  /** The nouns such an adjective may follow, normalised. */
  private static final Set<String> AMBIGUOUS_HEADS = AMBIGUOUS.stream().filter(r -> r.field(0).equals("head"))
      .map(r -> ArabicNormalizer.normalize(r.field(1))).collect(Collectors.toSet());

  /**
   * A country adjective that is also a common word ({@code ambiguous-nisbas.tsv}: "المالية"), right after a noun
   * naming a state's body, forces, land or envoy ("السلطات المالية"، "للجيوش المالية"), in an article that names
   * that country otherwise: a nisba of that country, where no entity covers the word.
   */
  private void ambiguousAdjectives() {
    Set<String> named = new HashSet<>();
    for (Entity e : entities) {
      String code = codeOf(e);
      if (code != null && e.type() == EntityType.GPE) {
        named.add(code);
      }
    }
    List<Token> tokens = text.tokens();
    for (int t = 1; t < tokens.size(); t++) {
      String code = AMBIGUOUS_NISBAS.get(tokens.get(t).norm());
      if (code == null || sides[t] != null || !named.contains(code) || text.inCaption(tokens.get(t).start())) {
        continue;
      }
      String head = tokens.get(t - 1).norm();
      head = Clitics.opensWithConjunction(head) && head.length() > 3 ? head.substring(1) : head;
      head = Clitics.articleForLam(head);
      if (AMBIGUOUS_HEADS.contains(head) || head.length() > 1 && AMBIGUOUS_HEADS.contains(head.substring(1))) {
        String entity = entityOf(code);
        sides[t] = new Side(code, entity, false, true, tokens.get(t).start());
        if (coded[t] == null) {
          coded[t] = sides[t];
        }
      }
    }
  }

  /** The country adjectives the article names ("التركي"، "الليبية"), normalised, each with its country. */
  private static Map<String, String> countryAdjectives(List<Entity> entities) {
    Map<String, String> out = new HashMap<>();
    for (Entity e : entities) {
      String code = codeOf(e);
      if (code == null || e.type() != EntityType.GPE) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.form() == Mention.Form.ADJECTIVE && !m.text().contains(" ")) {
          out.putIfAbsent(ArabicNormalizer.normalize(m.text()), code);
        }
      }
    }
    return out;
  }

  /**
   * The country of a body the recogniser found by its name and tied to none, whose name ends in a country's
   * adjective the article names as such elsewhere ("جيش الاحتلال التركي"، "حكومة الإنقاذ الوطني الليبية"، "هيئة
   * الرقابة الزراعية الروسية"): the adjective's, as it would be were the name not one. Null otherwise. Over
   * jawharafm and the dev sets' records, the 3 such bodies are all of the adjective's country.
   */
  private static String ownAdjective(Entity e, Map<String, String> adjectives) {
    if (e.type() != EntityType.ORG) {
      return null;
    }
    for (Mention m : e.mentions()) {
      String[] words = ArabicNormalizer.normalize(m.text()).split(" ");
      String code = words.length > 1 ? adjectives.get(words[words.length - 1]) : null;
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  /** How many of the countries named most are the article's main ones ({@link #main}). */
  static final int MAIN = 3;

  /**
   * A person named in full once ("بدر عبد العاطي") is named again by the rest of the name
   * ("عبد العاطي"): those words, where they name no one else (or only a person found by name
   * and tied to no country), are that person.
   */
  private void shortNamesOfPersons() {
    Map<String, Integer> tails = partsOfPersonNames(
        words -> words.length >= 3 ? String.join(" ", Arrays.copyOfRange(words, 1, words.length)) : null, false);
    for (Map.Entry<String, Integer> tail : tails.entrySet()) {
      String[] words = tail.getKey().split(" ");
      Entity person = entities.get(tail.getValue());
      for (int t = 0; t + words.length <= sides.length; t++) {
        boolean match = true;
        for (int k = 0; k < words.length && match; k++) {
          String n = text.tokens().get(t + k).norm();
          match = (sides[t + k] == null || unplaced(sides[t + k])) && (n.equals(words[k]) || (k == 0 && n.length() > 1
              && Clitics.opensWithConjunction(n) && n.substring(1).equals(words[k])));
        }
        if (match) {
          for (int k = 0; k < words.length; k++) {
            sides[t + k] = new Side(codeOf(person), person.id(), true, false, text.tokens().get(t).start());
          }
        }
      }
    }
  }

  /** A person the article ties to no country: a name found by the recogniser alone may be a known one's short name. */
  private static boolean unplaced(Side side) {
    return side.person() && side.code() == null;
  }

  /**
   * A part of the names of the article's persons who act for a country ({@code part} of the
   * normalised words of a mention, null for none), with the index of the first person it names.
   */
  private Map<String, Integer> partsOfPersonNames(Function<String[], String> part, boolean namesOnly) {
    Map<String, Integer> out = new HashMap<>();
    for (int e = 0; e < entities.size(); e++) {
      Entity entity = entities.get(e);
      if (entity.type() != EntityType.PERSON || codeOf(entity) == null) {
        continue;
      }
      for (Mention m : entity.mentions()) {
        if (namesOnly && m.form() != Mention.Form.NAME) {
          continue;
        }
        String key = part.apply(ArabicNormalizer.normalize(m.text()).split(" "));
        if (key != null) {
          out.putIfAbsent(key, e);
        }
      }
    }
    return out;
  }

  /**
   * A surname that is a nisba ("محمد شياع السوداني") names the person, not the country, where it
   * stands alone with no office or party before it to qualify ("التقى السوداني"، "وأعلن السوداني");
   * after one ("المندوب السوداني"، "الجيش السوداني") it stays the adjective of the country. The last
   * word of a mention by office counts only where the word's own party is the holder's country.
   */
  private void surnamesAsPersons(Cues cues) {
    Function<String[], String> lastNisba =
        words -> words.length > 1 && isNisba(words[words.length - 1]) ? words[words.length - 1] : null;
    Map<String, Integer> surnames = partsOfPersonNames(lastNisba, true);
    Map<String, Integer> byOffice = partsOfPersonNames(lastNisba, false);
    if (byOffice.isEmpty()) {
      return;
    }
    for (int t = 0; t < sides.length; t++) {
      Side side = sides[t];
      if (side == null || side.person() || !side.nisba()) {
        continue;
      }
      Integer e = null;
      for (Clitics.Reading r : Clitics.readings(text.tokens().get(t).norm())) {
        e = e != null ? e : surnames.get(r.form());
      }
      for (Clitics.Reading r : Clitics.readings(text.tokens().get(t).norm())) {
        Integer o = e != null ? null : byOffice.get(r.form());
        // the last word of an office ("نظيره اللبناني") names its holder only as his own country's
        // adjective; "الخارجية" of "وزير الخارجية" is no surname, and "رفضت الخارجية الجزائرية"
        // is Algeria's ministry, whoever held that office in the article before
        e = o != null && Objects.equals(codeOf(entities.get(o)), side.code()) ? o : e;
      }
      if (e == null) {
        continue;
      }
      if (t > 0) {
        String before = text.tokens().get(t - 1).norm();
        if (sides[t - 1] != null || cues.is(before, Cues.WordClass.TITLE)
            || cues.classOfBase(before) == Cues.WordClass.TITLE) {
          continue;
        }
      }
      Entity person = entities.get(e);
      sides[t] = new Side(codeOf(person), person.id(), true, false, text.tokens().get(t).start());
    }
  }

  /** How far before a person's first name the office in apposition to it may open ("الناطق الرسمي باسم الوزارة، السفير"). */
  private static final int APPOSITION_REACH = 6;

  /**
   * A person the knowledge base does not know, tied to no country, whose first name stands right after an
   * office of a country ("وحمّل الناطق الرسمي باسم الوزارة، السفير X"، "نفى وزير الإعلام الإريتري X"): he is
   * of the office's country wherever the article names him, and his surname alone names him after it
   * ("وطالب X إسرائيل"). The office's country is the first party with a country after the office word,
   * else, for "الوزارة", the ministry's named last ({@link #ministryBefore}); a person named between, or
   * none, leaves him with none. Counted over jawharafm: 23 persons unknown to the knowledge base stand so
   * after an office, each given his own country (envoys, spokesmen, ministers, Tunisian party leaders); of the
   * 79 persons of two names there named again by the surname alone, about 4 share it with another person
   * named, so the surname names him only where he took his country this way (1 in jawharafm, right).
   */
  private void strangersByOffice(Cues cues) {
    List<Token> tokens = text.tokens();
    for (Entity person : entities) {
      if (person.type() != EntityType.PERSON || person.linked() || codeOf(person) != null || person.mentions().isEmpty()) {
        continue;
      }
      Mention first = person.mentions().stream().min(Comparator.comparingInt(Mention::start)).orElseThrow();
      int at = text.firstTokenAtOrAfter(startOfToken(first.start()));
      String code = officeCountryBefore(at, cues);
      if (code == null) {
        continue;
      }
      for (int t = 0; t < sides.length; t++) {
        if (sides[t] != null && person.id().equals(sides[t].entity())) {
          sides[t] = new Side(code, person.id(), true, false, sides[t].mentionStart());
        }
      }
      String[] names = ArabicNormalizer.normalize(first.text()).split(" ");
      String surname = names[names.length - 1];
      if (names.length < 2 || !Clitics.hasArticle(surname) || surname.length() < 5) {
        continue;
      }
      for (int t = at + names.length; t < sides.length; t++) {
        String n = tokens.get(t).norm();
        boolean named = n.equals(surname) || (Clitics.opensWithConjunction(n) && n.substring(1).equals(surname));
        if (named && sides[t] == null && (t == 0 || (sides[t - 1] == null && !cues.is(tokens.get(t - 1).norm(),
            Cues.WordClass.TITLE) && !tokens.get(t - 1).norm().equals(names[names.length - 2])))) {
          sides[t] = new Side(code, person.id(), true, false, tokens.get(t).start()); // "وطالب المجالي"
        }
      }
    }
  }

  /**
   * The country of the office right before token {@code at}, a person's first name: past a title ("السفير")
   * and a comma, back to the office word ({@code title}) within {@value #APPOSITION_REACH} words and no
   * punctuation; null where there is none, no country, or a person between.
   */
  private String officeCountryBefore(int at, Cues cues) {
    List<Token> tokens = text.tokens();
    int k = at - 1;
    if (k >= 0 && sides[k] == null && cues.is(tokens.get(k).norm(), Cues.WordClass.TITLE)) {
      k--; // "السفير"، "المستشار"
    }
    if (k >= 0 && (tokens.get(k).text().equals("،") || tokens.get(k).text().equals(","))) {
      k--;
    }
    int office = -1;
    for (int j = k; j >= 0 && j > k - APPOSITION_REACH && tokens.get(j).kind() != Token.Kind.PUNCT; j--) {
      if (sides[j] != null && sides[j].person()) {
        return null;
      }
      if (sides[j] == null && cues.is(tokens.get(j).norm(), Cues.WordClass.TITLE)) {
        office = j;
      }
    }
    if (office < 0) {
      return null;
    }
    for (int j = office + 1; j <= k; j++) {
      if (sides[j] != null && sides[j].code() != null) {
        return sides[j].code();
      }
      String n = tokens.get(j).norm();
      if (Clitics.hasArticle(n) && Clitics.withoutArticle(n).equals(MINISTRY)) { // "باسم الوزارة"
        return ministryBefore(j);
      }
    }
    return null;
  }

  /** Head nouns that, alone and definite, name again the armed movement last named with them ({@code events/group-anaphors.tsv}). */
  private static final Set<String> ANAPHORIC_HEADS = DataFiles.lines("events/group-anaphors.tsv")
      .stream().map(ArabicNormalizer::normalize).collect(Collectors.toSet());

  /** The armed movements of {@code events/group-sectors.tsv} (REB): those a head noun alone names again. */
  private static final Set<String> MOVEMENTS = DataFiles.rows("events/group-sectors.tsv", 2)
      .stream().filter(r -> r.field(1).equals("REB")).map(r -> r.field(0)).collect(Collectors.toSet());

  /** A mention of an armed movement that opens with a head noun: where it starts, whose it is, the head. */
  private record Opening(int start, int entity, String head) {}

  /**
   * A head noun of {@code events/group-anaphors.tsv} standing alone with the article ("الحركة"،
   * "للجماعة"), no adjective with the article after it ("الحركة الإسلامية" is another), names the
   * armed movement the article last named by a mention opening with that head ("حركة طالبان
   * باكستان"، "الجماعة الحوثية"), where no entity names the word itself.
   */
  private void movementsNamedAgain() {
    List<Opening> openings = new ArrayList<>();
    for (int e = 0; e < entities.size(); e++) {
      Entity entity = entities.get(e);
      if (!MOVEMENTS.contains(entity.id())) {
        continue;
      }
      for (Mention m : entity.mentions()) {
        String head = headAlone(ArabicNormalizer.normalize(m.text()).split(" ")[0]);
        if (head != null && !text.inCaption(m.start())) {
          openings.add(new Opening(m.start(), e, head));
        }
      }
    }
    if (openings.isEmpty()) {
      return;
    }
    openings.sort(Comparator.comparingInt(Opening::start)); // stable: mentions at one start keep entity order
    Map<String, Integer> lastByHead = new HashMap<>(); // head -> index of the entity last named with it
    int next = 0;
    for (int t = 0; t < sides.length; t++) {
      int start = text.tokens().get(t).start();
      while (next < openings.size() && openings.get(next).start() <= start) {
        Opening o = openings.get(next++);
        lastByHead.put(o.head(), o.entity());
      }
      if (sides[t] != null || text.inCaption(start)) {
        continue;
      }
      String head = null;
      for (Clitics.Reading r : Clitics.readings(text.tokens().get(t).norm())) {
        if (head == null && Clitics.hasArticle(r.form())) {
          head = headAlone(r.form());
        }
      }
      if (head == null || !lastByHead.containsKey(head)) {
        continue;
      }
      if (t + 1 < sides.length && Clitics.opensWithArticle(text.tokens().get(t + 1).norm())) {
        continue; // "الحركة الوطنية": another, named by its adjective
      }
      Entity movement = entities.get(lastByHead.get(head));
      sides[t] = new Side(codeOf(movement), movement.id(), false, false, start);
      if (codeOf(movement) != null && coded[t] == null) {
        coded[t] = sides[t];
      }
    }
  }

  /** The head of {@code events/group-anaphors.tsv} a word is, with or without the article, or null. */
  private static String headAlone(String word) {
    String bare = Clitics.withoutArticle(word);
    return ANAPHORIC_HEADS.contains(bare) ? bare : null;
  }

  /** The start of the token holding {@code offset}, so that a mention inside a token ("وروسيا") finds it. */
  private int startOfToken(int offset) {
    int t = text.firstTokenAtOrAfter(offset);
    if (t > 0 && text.tokens().get(t - 1).end() > offset) {
      return text.tokens().get(t - 1).start();
    }
    return offset;
  }

  /** Offices held for an international body: their holders act for no state. */
  private static final List<String> INTERNATIONAL_OFFICES = DataFiles
      .lines("events/international-offices.tsv");

  /**
   * The country an entity stands for: its own code, or the country it belongs to; none for a
   * person in an international office (the UN Secretary-General does not act for Portugal).
   */
  static String codeOf(Entity e) {
    if (e.type() == EntityType.MISC) {
      return null;
    }
    if (e.type() == EntityType.PERSON && e.role() != null
        && INTERNATIONAL_OFFICES.stream().anyMatch(e.role()::startsWith)) {
      return null;
    }
    if (e.code() != null && !e.code().isBlank()) {
      return e.code();
    }
    if (e.country() != null && !e.country().isBlank()) {
      return e.country();
    }
    return null;
  }

  /**
   * A person or organisation the article ties to no country (an international body, a group, a
   * person found by name alone) still acts and is acted on: it is a party with no code.
   */
  private static boolean actsWithoutCountry(Entity e) {
    return e.type() == EntityType.PERSON || e.type() == EntityType.ORG;
  }

  /** A relational adjective ("الروسية"، "أمريكي"، "اليابانيين") rather than a name. */
  static boolean isNisba(String written) {
    String n = ArabicNormalizer.normalize(written);
    if (n.contains(" ")) {
      n = n.substring(n.lastIndexOf(' ') + 1);
    }
    return n.length() > 3 && (n.endsWith("ي") || n.endsWith("يه") || n.endsWith("يين") || n.endsWith("يون"));
  }

  Side sideAt(int token) {
    return sides[token];
  }

  /**
   * The first state, place or body with a country that a mention covering the token names, even
   * where a longer name of another entity covers it too ("التحالف الدولي بقيادة الولايات المتحدة"
   * holds "الولايات المتحدة"); null for none.
   */
  Side codedAt(int token) {
    return token >= 0 && token < coded.length ? coded[token] : null;
  }

  /**
   * The country the article is most about (most named, the first named of a tie), or null: where
   * a domestic party acts when neither its sentence nor the dateline names a place.
   */
  String home() {
    return pair.isEmpty() ? null : pair.get(0);
  }

  /** The country of the article's dateline ("الخوخة - المصدر أونلاين" names Yemen), or null. */
  private String datelineCountry;

  /** Sets the country of the article's dateline (null for none). */
  void datelineCountry(String code) {
    this.datelineCountry = code;
  }

  /** The country of the article's dateline, or null. */
  String datelineCountry() {
    return datelineCountry;
  }

  /** "وزارة", normalised. */
  private static final String MINISTRY = ArabicNormalizer.normalize("وزارة");
  /** The domains of state a ministry is named by alone ({@code ministry-domains.tsv}: "الخارجية"), normalised. */
  private static final Set<String> DOMAINS = Set.copyOf(DataFiles.lines("events/ministry-domains.tsv").stream()
      .map(ArabicNormalizer::normalize).toList());
  /** How far after "وزارة" its country may be named ("وزارة الخارجية والمغتربين الفلسطينية"). */
  private static final int MINISTRY_REACH = 4;

  /**
   * The country of the ministry last named before the article's token {@code token} ("رفضت الخارجية البيلاروسية"،
   * then "باسم الوزارة"): the country named within {@value #MINISTRY_REACH} words after "وزارة", no punctuation
   * between, or right after the domain that names it alone; where "وزارة" is named with none, the article's home;
   * null where no ministry was named before.
   */
  String ministryBefore(int token) {
    List<Token> tokens = text.tokens();
    for (int t = token - 1; t >= 0; t--) {
      String n = tokens.get(t).norm();
      boolean ministry = n.equals(MINISTRY) || Clitics.opensWithConjunction(n) && n.substring(1).equals(MINISTRY);
      if (!ministry && DOMAINS.contains(Clitics.opensWithConjunction(n) ? n.substring(1) : n)) {
        // "رفضت الخارجية البيلاروسية": the ministry named by its domain, with its country right after it
        Side next = t + 1 < tokens.size() ? sides[t + 1] : null;
        if (next != null && next.code() != null && next.nisba()) {
          return next.code();
        }
      }
      if (!ministry) {
        continue;
      }
      for (int k = t + 1; k < tokens.size() && k <= t + MINISTRY_REACH && tokens.get(k).kind() != Token.Kind.PUNCT; k++) {
        if (sides[k] != null && sides[k].code() != null) {
          return sides[k].code();
        }
      }
      return home();
    }
    return null;
  }

  /** How many sentences the article has. */
  int sentences() {
    return text.sentences().size();
  }

  /** The {@value #MAIN} countries the article names most, the most named first. */
  List<String> main() {
    return main;
  }

  /** The two countries the article is mostly about, most named first (fewer when it names fewer). */
  List<String> pair() {
    return pair;
  }

  /** The country of the nearest person named before {@code offset}: who "بلاده" is said of. */
  String countryOfPersonBefore(int offset) {
    String code = null;
    for (int[] pm : personMentions) {
      if (pm[0] >= offset) {
        break;
      }
      code = codeOf(entities.get(pm[1]));
    }
    return code;
  }

  /**
   * The first person named in the sentence before the one starting at {@code offset}: who a
   * sentence without a subject ("وأضاف ...") goes on about. Null when that sentence names none.
   */
  String firstPersonOfSentenceBefore(int offset) {
    Span previous = sentenceBefore(offset);
    if (previous == null) {
      return null;
    }
    for (int[] pm : personMentions) {
      if (pm[0] >= previous.start() && pm[0] < previous.end()) {
        return entities.get(pm[1]).id();
      }
    }
    return null;
  }

  /**
   * The person who speaks the first quotation of the sentence before the one starting at {@code offset}
   * ("وقال عبد العاطي في مؤتمر صحفي: «...»"), as the quotes layer found him; null where none, or the
   * speaker is no person (a body's statement is told by its own words: "وأكد الحزب في بيانه").
   */
  String quoteSpeakerOfSentenceBefore(int offset) {
    Span previous = sentenceBefore(offset);
    if (previous == null) {
      return null;
    }
    for (Quote q : quotes) {
      if (q.start() >= previous.start() && q.start() < previous.end() && q.speaker() != null) {
        Entity e = byId.get(q.speaker());
        return e != null && e.type() == EntityType.PERSON ? e.id() : null;
      }
    }
    return null;
  }

  /** Whether a person is named from {@code from} up to {@code to} (offsets): a subject of its own. */
  boolean personNamedBetween(int from, int to) {
    for (int[] pm : personMentions) {
      if (pm[0] >= from && pm[0] < to) {
        return true;
      }
    }
    return false;
  }

  /** The sentence ending before the one starting at {@code offset}, past the white space between; null at the text's start. */
  private Span sentenceBefore(int offset) {
    int i = offset - 1;
    while (i >= 0 && Character.isWhitespace(text.text().charAt(i))) {
      i--;
    }
    return i < 0 ? null : text.sentenceAt(i);
  }

  /** How far into a sentence its subject named by office may stand ("وفي موسكو، أعرب نائب وزير الخارجية الروسي"). */
  private static final int OFFICE_REACH = 8;

  /**
   * The country of the office named as the subject of the sentence before the one starting at
   * {@code offset}, where that sentence names no person ("واتهم الوزير الروسي ..."، then "لكنه
   * أشاد"): an office word ({@code title} of grammar.tsv) followed, past at most one word of its
   * domain ("وزير الخارجية الروسي"), by a country's adjective, within the first
   * {@value #OFFICE_REACH} words. Null otherwise.
   */
  String officeCountryOfSentenceBefore(int offset) {
    if (cues == null) {
      return null;
    }
    Span previous = sentenceBefore(offset);
    if (previous == null) {
      return null;
    }
    int first = text.firstTokenAtOrAfter(previous.start());
    for (int t = first; t < sides.length && t < first + OFFICE_REACH && text.tokens().get(t).start() < previous.end(); t++) {
      Side side = sides[t];
      if (side != null && side.person()) {
        return null; // a named person is who goes on speaking (firstPersonOfSentenceBefore)
      }
      if (!cues.is(text.tokens().get(t).norm(), Cues.WordClass.TITLE)) {
        continue;
      }
      for (int k = t + 1; k <= t + 2 && k < sides.length; k++) {
        Side after = sides[k];
        if (after != null) {
          return after.nisba() && !after.person() && after.code() != null ? after.code() : null;
        }
      }
    }
    return null;
  }

  /**
   * The holder of {@code office} (as {@link Cues#officeAlone} gives it) last named with his
   * country before token {@code token}: the office word followed by a country's adjective or a
   * person of a country, right after it or past one word of its domain ("المبعوث الأمريكي"،
   * "المبعوث الخاص الأمريكي"). The office named alone later ("يزور المبعوث سيول") is that holder.
   * Null where the article named none before.
   */
  Side officeHolderBefore(String office, int token) {
    if (cues == null) {
      return null;
    }
    for (int k = token - 1; k >= 0; k--) {
      if (!office.equals(cues.officeAlone(text.tokens().get(k).norm()))) {
        continue;
      }
      for (int j = k + 1; j <= k + 2 && j < token; j++) {
        Side after = sides[j];
        if (after != null) {
          if (after.code() != null && (after.nisba() || after.person())) {
            return after;
          }
          break;
        }
      }
    }
    return null;
  }

  /** The country of the speaker of the quotation holding {@code offset}, or null. */
  String speakerCountryAt(int offset) {
    for (Quote q : quotes) {
      if (q.start() <= offset && offset < q.end() && q.speaker() != null) {
        Entity e = byId.get(q.speaker());
        return e == null ? null : codeOf(e);
      }
    }
    return null;
  }

  /** The entity id of the speaker of the quotation holding {@code offset}, or null. */
  String speakerAt(int offset) {
    for (Quote q : quotes) {
      if (q.start() <= offset && offset < q.end() && q.speaker() != null) {
        return q.speaker();
      }
    }
    return null;
  }

  /** The entity that names country {@code code} itself, else any entity of it, or null. */
  String entityOf(String code) {
    String any = null;
    for (Entity e : entities) {
      if (code.equals(e.code())) {
        return e.id();
      }
      if (any == null && code.equals(codeOf(e))) {
        any = e.id();
      }
    }
    return any;
  }

  Entity entity(String id) {
    return id == null ? null : byId.get(id);
  }

  List<Entity> entities() {
    return entities;
  }
}
