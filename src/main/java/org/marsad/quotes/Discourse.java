package org.marsad.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.text.Token;

/**
 * What an article has said so far about who speaks, to resolve speakers the text does not
 * name: the speakers in order, their gender when a verb or an office showed it, the offices
 * and countries the text gives each person, and the people named as the other side of a
 * meeting ("مع نظيره الياباني، ...").
 */
final class Discourse {

  /** A turn of speech at word {@code token}; {@code speaker} null when the text names someone no entity stands for. */
  private record Turn(Entity speaker, int token, Cue.Gender gender) {}

  /** An office the text writes before a person's name, of {@code country} and of {@code body} (an organisation's id) when it names them. */
  private record Title(Offices.Office office, String country, String body) {}

  private final List<Token> tokens;
  private final MentionIndex mentions;
  private final boolean[] quoted;
  private final List<Turn> turns = new ArrayList<>();
  private final Map<String, Cue.Gender> genders = new HashMap<>();
  private final Map<String, List<Title>> titles = new HashMap<>();
  private final List<MentionIndex.PersonMention> counterparts = new ArrayList<>();

  Discourse(Lexicon lexicon, List<Token> tokens, String[] norms, MentionIndex mentions, boolean[] quoted) {
    this.tokens = tokens;
    this.mentions = mentions;
    this.quoted = quoted;
    for (MentionIndex.PersonMention pm : mentions.people()) {
      readTitle(lexicon, norms, pm);
    }
  }

  /** The office and country written just before a person's name, and a meeting word before those. */
  private void readTitle(Lexicon lexicon, String[] norms, MentionIndex.PersonMention pm) {
    int j = pm.from() - 1;
    String country = null;
    while (j >= 0 && (tokens.get(j).isComma() || isPlace(j) || qualifiesTitle(lexicon, norms, j))) {
      if (country == null && isPlace(j)) {
        Entity place = mentions.at(j).orElseThrow();
        country = place.code() != null ? place.code() : place.country();
      }
      j--;
    }
    Optional<PhraseList.Match<Offices.Office>> office = lexicon.offices.endingBefore(norms, j + 1, Math.max(0, j - 4));
    String body = null;
    if (office.isEmpty()) {
      Optional<Domain> domain = domainBefore(lexicon, norms, j);
      if (domain.isPresent()) {
        office = Optional.of(domain.get().office());
        body = domain.get().body();
        j = domain.get().office().to() - 1;
      }
    }
    for (int read = 0; office.isPresent() && read < TITLES; read++) {
      Offices.Office o = office.get().value();
      if (!o.isCounterpart()) {
        titles.computeIfAbsent(pm.person().id(), k -> new ArrayList<>()).add(new Title(o, country, body));
      }
      learn(pm.person(), o.gender());
      body = null;
      j = office.get().from() - 1;
      // "مفتي عام المملكة، الشيخ فلان": an office before the honorific and its comma
      int k = j;
      while (k >= 0 && (tokens.get(k).isComma() || isPlace(k) || qualifiesTitle(lexicon, norms, k))) {
        if (country == null && isPlace(k)) {
          Entity place = mentions.at(k).orElseThrow();
          country = place.code() != null ? place.code() : place.country();
        }
        k--;
      }
      office = k < j && k >= 0 ? lexicon.offices.endingBefore(norms, k + 1, Math.max(0, k - 4)) : Optional.empty();
      if (office.isPresent()) {
        j = k;
      }
    }
    if (j >= 0 && !quoted[j] && lexicon.meetingWords.at(norms, j, j + 1).isPresent()) {
      counterparts.add(pm);
    }
    readTitleAfter(lexicon, norms, pm);
  }

  /**
   * The office written right after a person's name, in apposition: "قال أحمد الصديق النائب عن
   * الجبهة الشعبية"، "وقال فلان، رئيس كتلة الحزب،".
   */
  private void readTitleAfter(Lexicon lexicon, String[] norms, MentionIndex.PersonMention pm) {
    int k = pm.to();
    if (k < tokens.size() && tokens.get(k).isComma()) {
      k++;
    }
    if (k >= tokens.size() || quoted[k] || mentions.at(k).isPresent()) {
      return;
    }
    Optional<PhraseList.Match<Offices.Office>> office = lexicon.offices.at(norms, k, Math.min(tokens.size(), k + 4));
    if (office.isPresent() && !office.get().value().isCounterpart()) {
      int next = office.get().to();
      String body = next < tokens.size() ? mentions.at(next).filter(e -> e.type() == EntityType.ORG).map(Entity::id)
          .orElse(null) : null;
      titles.computeIfAbsent(pm.person().id(), x -> new ArrayList<>()).add(new Title(office.get().value(), null, body));
      learn(pm.person(), office.get().value().gender());
    }
  }

  /** An office before the words naming its domain or body, which end just before a name. */
  private record Domain(PhraseList.Match<Offices.Office> office, String body) {}

  /** How many words the domain or body of an office may have between it and the name. */
  private static final int DOMAIN = 12;

  /**
   * The office whose domain or body ends at word {@code last}, just before a name: a body named
   * after the office ("رئيس حركة النهضة، فلان") or a domain opened by a preposition ("النائبة عن
   * حزب ... فلانة", "الأمين العام لحزب ...، فلان"); no other person and no punctuation but commas
   * between.
   */
  private Optional<Domain> domainBefore(Lexicon lexicon, String[] norms, int last) {
    String body = null;
    for (int k = last; k >= 0 && k > last - DOMAIN; k--) {
      Token t = tokens.get(k);
      if (quoted[k] || t.kind() == Token.Kind.PUNCT && !t.isComma()
          || mentions.at(k).map(e -> e.type() == EntityType.PERSON).orElse(false)) {
        return Optional.empty();
      }
      if (body == null && mentions.at(k).map(e -> e.type() == EntityType.ORG).orElse(false)) {
        body = mentions.at(k).get().id();
      }
      if (k == 0 || tokens.get(k).kind() == Token.Kind.PUNCT) {
        continue;
      }
      boolean opens = SubjectFinder.opensDomain(lexicon, norms, k) || body != null && mentions.at(k).isEmpty()
          && mentions.at(k + 1).map(e -> e.type() == EntityType.ORG).orElse(false);
      if (!opens && mentions.at(k).map(e -> e.type() == EntityType.ORG).orElse(false)) {
        opens = true; // the body right after the office: "رئيس النهضة"
      }
      if (opens) {
        Optional<PhraseList.Match<Offices.Office>> office = lexicon.offices.endingBefore(norms, k,
            Math.max(0, k - 4));
        if (office.isPresent() && !office.get().value().isCounterpart()) {
          return Optional.of(new Domain(office.get(), body));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether word {@code t}, between an office and a name, leaves the office as it is: a qualifier
   * ("المكلف"، "بالإنابة") or the side or kind of the place after it that the entity layer left
   * outside its mention ("والي شمال دارفور"، "والي ولاية الجزيرة").
   */
  private boolean qualifiesTitle(Lexicon lexicon, String[] norms, int t) {
    if (quoted[t] || mentions.at(t).isPresent() || tokens.get(t).kind() != Token.Kind.ARABIC) {
      return false;
    }
    String w = norms[t];
    return lexicon.titleModifiers.contains(w)
        || (lexicon.placeSides.contains(w) || lexicon.placeKinds.contains(w)) && t + 1 < tokens.size() && isPlace(t + 1);
  }

  /** How many offices, each before its comma, a name may have in front of it. */
  private static final int TITLES = 2;

  private boolean isPlace(int t) {
    return mentions.at(t).map(e -> e.type() == EntityType.GPE || e.type() == EntityType.LOC).orElse(false);
  }

  /** Records that {@code speaker} spoke at word {@code token}. */
  void spoke(Entity speaker, int token) {
    spoke(speaker, token, Cue.Gender.UNMARKED);
  }

  /** Records that {@code speaker} spoke at word {@code token}, with a verb of {@code gender}. */
  void spoke(Entity speaker, int token, Cue.Gender gender) {
    turns.add(new Turn(speaker, token, gender));
  }

  /**
   * Records that someone the text names but no entity stands for spoke at word {@code token}
   * ("قال مسؤول في الوزارة", "وقال زيد بن عمرو" with the name unknown): a pronoun that fits
   * {@code gender} goes on with that speaker, not with an earlier one.
   */
  void unknownSpoke(Cue.Gender gender, int token) {
    turns.add(new Turn(null, token, gender));
  }

  /** Records a gender a verb or office showed for an entity. */
  void learn(Entity e, Cue.Gender g) {
    if (g == Cue.Gender.MASCULINE || g == Cue.Gender.FEMININE) {
      genders.putIfAbsent(key(e), g);
    }
  }

  /**
   * Records the office a reporting verb's subject gave a person before the name, with words
   * between them ("وقال المتحدث باسمها فلان"), so that the office alone names that person again
   * ("واتهم المتحدث ...").
   */
  void titled(Entity person, Offices.Office office, String country, Entity body) {
    if (person.id() != null && !office.isCounterpart()) {
      titles.computeIfAbsent(person.id(), k -> new ArrayList<>())
          .add(new Title(office, country, body == null ? null : body.id()));
    }
  }

  /** The word at which the last turn of speech was taken, known speaker or not; -1 when none was. */
  int lastTurnToken() {
    return turns.isEmpty() ? -1 : turns.get(turns.size() - 1).token();
  }

  /** Whether what is known of {@code e}'s gender does not contradict {@code g}. */
  boolean mayBe(Entity e, Cue.Gender g) {
    return fits(e, g);
  }

  /** The last speaker, empty when none spoke or the last one is unknown. */
  Optional<Entity> lastSpeaker() {
    return turns.isEmpty() ? Optional.empty() : Optional.ofNullable(turns.get(turns.size() - 1).speaker());
  }

  /**
   * The speaker a pronoun subject refers to: the last one who fits its gender (a country only
   * by name, or again by a feminine verb after it spoke with one), none when that one is unknown,
   * else the last person named outside quotations.
   */
  Optional<Entity> pronoun(Cue.Gender g, int token) {
    return pronoun(g, token, null);
  }

  /** As {@link #pronoun(Cue.Gender, int)}, of {@code country} when not null ("المسؤولة الكونغولية"). */
  Optional<Entity> pronoun(Cue.Gender g, int token, String country) {
    if (g == Cue.Gender.PLURAL) {
      return Optional.empty();
    }
    for (int k = turns.size() - 1; k >= 0; k--) {
      Entity e = turns.get(k).speaker();
      if (e == null) {
        if (country == null && g.fits(turns.get(k).gender())) {
          return Optional.empty();
        }
        continue;
      }
      boolean ofCountry = country == null || e.type() == EntityType.PERSON && countryFits(e, country);
      // "وأضاف" goes on with a person, not a country; "أكدت تونس ... وأضافت" with the country
      boolean speaks = e.type() != EntityType.GPE || g == Cue.Gender.FEMININE && turns.get(k).gender() == g;
      if (speaks && ofCountry && fits(e, g)) {
        return Optional.of(e);
      }
    }
    if (country != null) { // "وقالت المسؤولة الإسبانية" with no one of that country speaking yet: the last one
      // of that country named, else the last one whose country the text does not give, never one of another
      Optional<Entity> of = lastPersonBefore(token, g, null, e -> countryFits(e, country));
      return of.isPresent() ? of : lastPersonBefore(token, g, null, e -> !knownCountry(e));
    }
    return lastPersonBefore(token, g, null);
  }

  /**
   * The visitor of a state, after "وقال ضيف المملكة": the last person named before word {@code token}
   * whose country is known and is not {@code host}; with no host given, the host is the country of
   * the first person the article names whose country is known (who receives the visitor in the
   * visit story's opening: "استقبل الملك ... الرئيس ...").
   */
  Optional<Entity> visitor(Cue.Gender g, int token, String host) {
    String of = host;
    for (MentionIndex.PersonMention pm : mentions.people()) {
      if (of != null) {
        break;
      }
      if (knownCountry(pm.person())) {
        of = countryOf(pm.person());
      }
    }
    if (of == null) {
      return Optional.empty();
    }
    String home = of;
    return lastPersonBefore(token, g, null, e -> knownCountry(e) && !countryFits(e, home));
  }

  /** The country the entity layer or a title the text wrote gives person {@code e}, or null. */
  private String countryOf(Entity e) {
    if (e.country() != null) {
      return e.country();
    }
    return titles.getOrDefault(e.id(), List.of()).stream().map(Title::country).filter(Objects::nonNull).findFirst()
        .orElse(null);
  }

  /**
   * The other party of a meeting, after "من جانبه": a person named as the other side of the
   * meeting, else another earlier speaker, else another person named; never the last speaker.
   */
  Optional<Entity> otherParty(Cue.Gender g, int token) {
    String last = lastSpeaker().map(Discourse::key).orElse(null);
    for (int k = counterparts.size() - 1; k >= 0; k--) {
      MentionIndex.PersonMention pm = counterparts.get(k);
      if (pm.from() < token && !Objects.equals(key(pm.person()), last) && fits(pm.person(), g)) {
        return Optional.of(pm.person());
      }
    }
    for (int k = turns.size() - 1; k >= 0; k--) {
      Entity e = turns.get(k).speaker();
      if (e != null && !Objects.equals(key(e), last) && e.type() == EntityType.PERSON && fits(e, g)) {
        return Optional.of(e);
      }
    }
    return lastPersonBefore(token, g, last);
  }

  /**
   * The person holding {@code office} (of {@code country} when given): by the role the entity
   * layer gives, or by the office the text writes before the name; the one named last before
   * word {@code token}, else the first named after it; after "من جانبه" ({@code otherThanLast})
   * preferably not the last speaker. "نظيره" is the other party.
   */
  Optional<Entity> holder(Offices.Office office, String country, Entity body, int token, boolean otherThanLast) {
    String last = lastSpeaker().map(Discourse::key).orElse(null);
    if (office.isCounterpart()) {
      return pick(e -> !Objects.equals(key(e), last) && countryFits(e, country), token);
    }
    Predicate<Entity> fits = e -> holds(e, office, body) && countryFits(e, country);
    if (otherThanLast) { // "من جانبه، قال الوزير": another minister than the one who just spoke
      Optional<Entity> other = pick(fits.and(e -> !Objects.equals(key(e), last)), token);
      if (other.isPresent()) {
        return other;
      }
    } else if (country == null && body == null && lastSpeaker().map(e -> !fits.test(e)).orElse(true)
        && !namedInSentence(fits, token)) {
      // "وقال وزير الخارجية" in a story of a visit that names both states' ministers: the host's
      Optional<Entity> host = hostHolder(fits, token);
      if (host.isPresent()) {
        return host;
      }
    }
    Optional<Entity> picked = pick(fits, token);
    return office.open() ? picked : writtenHolder(fits, token, picked).or(() -> picked);
  }

  /**
   * One the text named after an office in its own words only, no entity standing for them, who
   * spoke after {@code picked} was last named and before word {@code token} ("وأوضح والي الولاية،
   * فلان الفلاني، أن ..." then "وقال الوالي:"): the complete office alone names them again. Not
   * for an open office ("رئيس"), whose bare form names another holder ("الرئيس").
   */
  private Optional<Entity> writtenHolder(Predicate<Entity> fits, int token, Optional<Entity> picked) {
    int since = -1;
    for (MentionIndex.PersonMention pm : mentions.people()) {
      if (pm.from() < token && picked.map(pm.person()::equals).orElse(false)) {
        since = pm.from();
      }
    }
    Entity written = null;
    for (Turn t : turns) {
      if (t.speaker() != null && t.speaker().id() == null && t.token() > since && t.token() < token && fits.test(t.speaker())) {
        written = t.speaker();
      }
    }
    return Optional.ofNullable(written);
  }

  /**
   * Whether a person {@code fits} is named in the sentence of word {@code token}, before it: after a sentence's end
   * a holder named before is no longer the nearest reading of an office alone.
   */
  private boolean namedInSentence(Predicate<Entity> fits, int token) {
    int last = -1;
    for (MentionIndex.PersonMention pm : mentions.people()) {
      if (pm.from() < token && fits.test(pm.person())) {
        last = pm.from();
      }
    }
    if (last < 0) {
      return false;
    }
    for (int t = last; t < token && t < tokens.size(); t++) {
      if (tokens.get(t).endsSentence()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Of the holders of an office of two or more states the article names, the one of the host: the
   * country of the first person the article names whose country is known, who receives the visitor
   * in the visit story's opening ("استقبل الرئيس ... الرئيس ..."). Empty when the holders are of one
   * state or their countries are not known, or the host holds no such office. Only holders named
   * before word {@code token} count: an office alone points back, and one named later (or a phrase
   * the entity layer took for a name after "وزير الخارجية") is not yet what the reader has.
   */
  private Optional<Entity> hostHolder(Predicate<Entity> fits, int token) {
    String host = null;
    Set<String> states = new HashSet<>();
    Entity hosts = null;
    for (MentionIndex.PersonMention pm : mentions.people()) {
      Entity e = pm.person();
      if (pm.from() >= token) {
        break;
      }
      String of = countryOf(e);
      if (host == null && of != null) {
        host = of;
      }
      if (fits.test(e)) {
        if (of == null) {
          return Optional.empty(); // a holder of no known state may be anyone's
        }
        states.add(of);
        if (of.equals(host) && hosts == null) {
          hosts = e;
        }
      }
    }
    return states.size() >= 2 ? Optional.ofNullable(hosts) : Optional.empty();
  }

  private Optional<Entity> pick(Predicate<Entity> ok, int token) {
    Entity before = null;
    Entity after = null;
    for (MentionIndex.PersonMention pm : mentions.people()) {
      if (!ok.test(pm.person())) {
        continue;
      }
      if (pm.from() < token) {
        before = pm.person();
      } else if (after == null) {
        after = pm.person();
      }
    }
    return Optional.ofNullable(before != null ? before : after);
  }

  /**
   * By the role the entity layer gives when it gives one; else by an office the text wrote before
   * the name. An office completed by a body ("رئيس حركة النهضة") is held by one the text gave
   * that body, or by a role more particular than the bare office ("President" is not the head of
   * a party).
   */
  private boolean holds(Entity e, Offices.Office office, Entity body) {
    boolean ofBody = body != null && office.open();
    for (Title t : titles.getOrDefault(e.id(), List.of())) {
      if (ofBody && t.body() != null && t.body().equals(body.id()) && t.office().roles().stream().anyMatch(office::fits)) {
        return true;
      }
    }
    if (e.role() != null && !e.role().isBlank()) {
      return office.fits(e.role()) && !(ofBody && office.fitsExactly(e.role()));
    }
    for (Title t : titles.getOrDefault(e.id(), List.of())) {
      boolean sameBody = body == null || t.body() == null || t.body().equals(body.id());
      if (sameBody && !(ofBody && t.body() == null) && t.office().roles().stream().anyMatch(office::fits)) {
        return true;
      }
    }
    return false;
  }

  private boolean countryFits(Entity e, String country) {
    if (country == null) {
      return true;
    }
    if (e.country() != null) {
      return country.equals(e.country());
    }
    for (Title t : titles.getOrDefault(e.id(), List.of())) {
      if (country.equals(t.country())) {
        return true;
      }
    }
    return false;
  }

  private Optional<Entity> lastPersonBefore(int token, Cue.Gender g, String except) {
    return lastPersonBefore(token, g, except, e -> true);
  }

  /** Whether the entity layer or an office before the name gives the person a country. */
  private boolean knownCountry(Entity e) {
    return e.country() != null || titles.getOrDefault(e.id(), List.of()).stream().anyMatch(t -> t.country() != null);
  }

  /** The last person named outside quotations before {@code token} that {@code ok} accepts. */
  private Optional<Entity> lastPersonBefore(int token, Cue.Gender g, String except, Predicate<Entity> ok) {
    Entity found = null;
    for (MentionIndex.PersonMention pm : mentions.people()) {
      if (pm.from() >= token) {
        break;
      }
      if (!quoted[pm.from()] && !Objects.equals(key(pm.person()), except) && fits(pm.person(), g)
          && ok.test(pm.person())) {
        found = pm.person();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The first person named outside quotations from word {@code from} to before {@code to} who fits {@code g}. */
  Optional<Entity> firstPersonIn(int from, int to, Cue.Gender g) {
    for (MentionIndex.PersonMention pm : mentions.people()) {
      if (pm.from() >= to) {
        break;
      }
      if (pm.from() >= from && !quoted[pm.from()] && fits(pm.person(), g)) {
        return Optional.of(pm.person());
      }
    }
    return Optional.empty();
  }

  /**
   * What tells speakers apart: the id, else the name as written for one no entity stands for
   * (SubjectFinder.unlistedName), so that two such speakers are not one ("من جانبه" turns to the other).
   */
  private static String key(Entity e) {
    return e.id() != null ? e.id() : "written:" + e.nameAr();
  }

  private boolean fits(Entity e, Cue.Gender g) {
    return g.fits(genders.getOrDefault(key(e), Cue.Gender.UNMARKED));
  }
}
