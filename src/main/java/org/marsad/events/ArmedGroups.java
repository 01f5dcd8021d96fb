package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.doc.Event;
import org.marsad.doc.Party;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;
import org.marsad.text.Prepositions;

/**
 * Who did the attacks of a sentence where an armed movement of a country acts: the attacks the
 * sentence tells with no doer ("قتل 12 شخصا ... عندما هاجم مسلحون من جماعة «X»"، "المسلحين، الذين
 * ينتمون إلى جماعة «X»، اقتحموا القرية ... وقتلوا"، "قصفت قوات X الأحياء، ما أسفر عن مقتل") are that
 * movement's, unless a word of another act stands between ("بينما اغتيل"); and armed men named
 * again with the article in a later sentence ("وخطف المسلحون") are the movement the article last
 * told acting. Unknown gunmen ("مسلحون مجهولون") stay of no side.
 */
final class ArmedGroups {

  /** The words of {@code events/group-ties.tsv} that tell another act beside the one before ("بينما"). */
  private static final Set<String> APART = DataFiles.rows("events/group-ties.tsv", 2).stream()
      .filter(r -> r.field(1).equals("apart")).map(r -> ArabicNormalizer.normalize(r.field(0)))
      .collect(Collectors.toSet());

  /** Dual and plural nouns of groups after "بين" ("مجموعتين") and the adjective that makes them armed ("مسلحتين"). */
  private static final Set<String> PAIR = kind("pair");
  private static final Set<String> ARMED = kind("armed");

  private static Set<String> kind(String kind) {
    return DataFiles.rows("events/group-ties.tsv", 2).stream().filter(r -> r.field(1).equals(kind))
        .map(r -> ArabicNormalizer.normalize(r.field(0))).collect(Collectors.toSet());
  }

  /** Words that say armed men are not known ("مجهولون"), normalised stems. */
  private static final String UNKNOWN = ArabicNormalizer.normalize("مجهول");

  private final Cues cues;

  ArmedGroups(Cues cues) {
    this.cues = cues;
  }

  /** The movements of {@code events/borderless-groups.tsv}: they act in several countries. */
  private static final Set<String> BORDERLESS = Set.copyOf(DataFiles.lines("events/borderless-groups.tsv"));

  /**
   * The material events of an article with a movement that acts in several countries as doer or
   * target ("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين قاعدة في جيبو"): the movement takes the
   * country of the event's place, where it acts, not the one the knowledge base gives it; an event
   * with no place of a known country takes the dateline's, else the article's; a sentence alone keeps it.
   */
  static void whereTheyAct(List<Event> events, ArticleParties parties, String dateline) {
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (!MaterialRoles.TYPES.contains(e.type()) || !(borderless(e.actor()) || borderless(e.target()))) {
        continue;
      }
      String here = e.place() == null ? null : MaterialActs.countryOf(e.place(), parties);
      if (here == null) {
        // no place of a known country: the dateline's, else over more than a sentence the article's
        here = dateline != null ? MaterialActs.countryOf(dateline, parties) : null;
        here = here != null ? here : parties.sentences() > 1 ? parties.home() : null;
      }
      if (here == null) {
        continue;
      }
      events.set(i, new Event(e.type(), e.subtype(), there(e.actor(), here), there(e.target(), here), e.date(), e.place(),
          e.mode(), e.casualties(), e.start(), e.end(), e.trigger()));
    }
  }

  private static boolean borderless(Party p) {
    return p != null && p.entity() != null && BORDERLESS.contains(p.entity());
  }

  private static Party there(Party p, String here) {
    return borderless(p) ? new Party(here, p.sector(), p.entity(), p.text()) : p;
  }

  /**
   * Whether a party is an armed group a later "المسلحون" may name again: a movement ({@link #movement}), or the
   * armed men of a group named by its name and tied to a country ("مسلحو ميليشيا «X»": UAF by their word, with
   * the group's entity and code).
   */
  static boolean namedAgainLater(Party p) {
    return movement(p) || p != null && "UAF".equals(p.sector()) && p.entity() != null && p.code() != null;
  }

  /** Whether a party is an armed movement of a known country (REB with a code). */
  static boolean movement(Party p) {
    return p != null && "REB".equals(p.sector()) && p.code() != null;
  }

  /**
   * The material events of sentence {@code s} with the doers an armed movement gives them: the
   * sentence's own movement for its attacks told with no doer, and {@code last} (the movement the
   * article last told acting, or null) for armed men named again with the article.
   */
  List<Event> doers(EventSentence s, List<Event> material, Party last, ArticleParties parties) {
    List<Event> out = new ArrayList<>(material);
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      if (last != null && namedAgain(e.actor()) && !sameSide(last, e.target())) {
        out.set(i, with(e, new Party(last.code(), "REB", last.entity(), e.actor().text())));
      }
    }
    Party group = null;
    int at = -1;
    for (Event e : out) {
      if (movement(e.actor())) {
        if (group != null && !Objects.equals(group.code(), e.actor().code())) {
          return out; // two movements: whose each attack was is not told by the order alone
        }
        if (group == null) {
          group = e.actor();
          at = tokenOf(s, e.trigger());
        }
      }
    }
    if (group == null) {
      for (Participant p : s.participants) {
        if (!"REB".equals(p.sector()) || p.counted() || p.both() || struck(s, p, out) || !opensClause(s, p)) {
          continue;
        }
        String domestic = out.stream().filter(e -> e.actor() == null && e.type().equals("ASSAULT"))
            .map(e -> home(e, parties)).filter(Objects::nonNull).findFirst().orElse(null);
        Party q = MaterialActs.party(p, s, domestic);
        if (q.code() == null) {
          continue;
        }
        if (group != null && !Objects.equals(group.code(), q.code())) {
          return out;
        }
        if (group == null) {
          group = new Party(q.code(), "REB", q.entity(), q.text());
          at = p.first();
        }
      }
    }
    if (group == null || at < 0) {
      return out;
    }
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      // the event's word wherever the sentence writes it ("قتل ... بينما قتل"): none of them told apart
      List<Integer> words = s.tokensWritten(e.trigger());
      int from = at;
      if (e.actor() == null && e.type().equals("ASSAULT") && !words.isEmpty()
          && words.stream().noneMatch(t -> apart(s, Math.min(t, from), Math.max(t, from)))
          && !sameSide(group, e.target())) {
        out.set(i, with(e, group));
      }
    }
    return out;
  }

  /**
   * Clashes between armed groups the sentence does not name ("قتل تسعة أشخاص في اشتباكات بين مجموعتين
   * مسلحتين في العاصمة"): the attacks told with no doer, with no word of another act between them and
   * "بين", are armed groups' (REB) of the country where they fall, as are those they struck.
   */
  List<Event> unnamedPair(EventSentence s, List<Event> material, ArticleParties parties) {
    int at = -1;
    for (int k = 0; k + 2 < s.size(); k++) {
      if (s.norm(k).equals(BETWEEN) && PAIR.contains(s.norm(k + 1)) && ARMED.contains(s.norm(k + 2))) {
        at = k;
        break;
      }
    }
    if (at < 0) {
      return material;
    }
    List<Event> out = new ArrayList<>(material);
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      if (e.actor() != null || !e.type().equals("ASSAULT")) {
        continue;
      }
      String home = home(e, parties);
      List<Integer> words = s.tokensWritten(e.trigger());
      int from = at;
      if (home != null && !words.isEmpty() && words.stream().noneMatch(t -> apart(s, Math.min(t, from), Math.max(t, from)))) {
        out.set(i, with(e, new Party(home, "REB", null, s.tokens.get(at + 1).text() + " " + s.tokens.get(at + 2).text())));
      }
    }
    return out;
  }

  private static final String BETWEEN = ArabicNormalizer.normalize("بين");

  /**
   * Armed men named again with the article and tied to their group in words ("وذكرت الشرطة أن المسلحين،
   * الذين ينتمون إلى جماعة «X»، اقتحموا") say who the armed men the article told before were ("قُتل 11
   * قرويا في هجوم شنه مسلحون متطرفون"): the attacks of {@code events} (the article's so far) done by armed
   * men of no side and not said to be unknown become that group's, of the country each struck.
   */
  void toldBefore(List<Event> events, List<Event> material) {
    Party group = null;
    for (Event e : material) {
      Party a = e.actor();
      if (movement(a) && a.entity() == null && a.text() != null && a.text().contains(" ")
          && Clitics.stems(ArabicNormalizer.normalize(a.text()).split(" ")[0]).stream().anyMatch(Clitics::hasArticle)) {
        group = a;
        break;
      }
    }
    if (group == null) {
      return;
    }
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      Party a = e.actor();
      if (e.type().equals("ASSAULT") && a != null && "UAF".equals(a.sector()) && a.code() == null && a.entity() == null
          && a.text() != null && !ArabicNormalizer.normalize(a.text()).contains(UNKNOWN) && !sameSide(group, e.target())) {
        events.set(i, with(e, new Party(group.code(), "REB", null, a.text())));
      }
    }
  }

  /** Whether armed men are named again with the article and no word of being unknown ("المسلحون"، "وخطف المسلحون"). */
  private static boolean namedAgain(Party a) {
    if (a == null || !"UAF".equals(a.sector()) || a.code() != null || a.entity() != null || a.text() == null) {
      return false;
    }
    String n = ArabicNormalizer.normalize(a.text());
    if (n.contains(UNKNOWN)) {
      return false;
    }
    String first = n.split(" ")[0];
    return Clitics.stems(first).stream().anyMatch(Clitics::hasArticle);
  }

  /** Whether the target is the movement itself (its positions, its men). */
  private static boolean sameSide(Party group, Party target) {
    return target != null && "REB".equals(target.sector()) && Objects.equals(group.code(), target.code());
  }

  /**
   * Whether the party stands where a clause's subject does: first in the sentence or right after
   * "أن"/"إن" ("وقالت الشرطة إن المسلحين، الذين ..."), not as the object of a preposition or the
   * genitive of a noun ("في الحرب على تنظيم X"، "معقل تنظيم X").
   */
  private boolean opensClause(EventSentence s, Participant p) {
    int from = p.from() >= 0 ? Math.min(p.from(), p.first()) : p.first();
    if (from == 0 || EventSentence.THAT.contains(s.norm(from - 1))) {
      return true;
    }
    for (int j = Math.max(0, from - 2); j < from; j++) {
      if (cues.doer.matchAt(s.norms, j) == from - j) {
        return true; // "كمين نصبه مسلحون من جماعة X": the subject of the verb that ties the act to its doer
      }
    }
    String first = s.norm(from);
    boolean governed = first.startsWith("ل") || first.startsWith("ب") || first.startsWith("ك");
    if (governed) {
      // "في هجوم حملت السلطات مسؤوليته لقوات X": the party blamed for the attack
      return first.startsWith("ل") && cues.is(s.norm(from - 1), Cues.WordClass.RESPONSIBILITY);
    }
    // "وتخوض قوات X حربا": the subject right after the verb that opens the sentence
    return from == 1 && !Prepositions.of(Prepositions.Use.OBLIQUE).contains(s.norm(0))
        && !Prepositions.of(Prepositions.Use.AFTER_VERB).contains(s.norm(0));
  }

  /** Whether the participant is what an event of the sentence struck or held. */
  private static boolean struck(EventSentence s, Participant p, List<Event> events) {
    String words = s.words(p);
    return events.stream().anyMatch(e -> e.target() != null && words != null && words.equals(e.target().text()));
  }

  /** The country where an event falls: its place's, else its target's. */
  private static String home(Event e, ArticleParties parties) {
    String here = e.place() == null ? null : MaterialActs.countryOf(e.place(), parties);
    return here != null ? here : e.target() == null ? null : e.target().code();
  }

  /** Whether a word of another act stands between tokens {@code from} and {@code to} ("بينما"، "في حين"). */
  static boolean apart(EventSentence s, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (APART.contains(s.norm(k)) || k > 0 && APART.contains(s.norm(k - 1) + " " + s.norm(k))) {
        return true;
      }
    }
    return false;
  }

  /** The first token of the sentence written as {@code word}, or -1. */
  private static int tokenOf(EventSentence s, String word) {
    for (int k = 0; k < s.size(); k++) {
      if (s.tokens.get(k).text().equals(word)) {
        return k;
      }
    }
    return -1;
  }

  private static Event with(Event e, Party actor) {
    return new Event(e.type(), e.subtype(), actor, e.target(), e.date(), e.place(), e.mode(), e.casualties(),
        e.start(), e.end(), e.trigger());
  }
}
