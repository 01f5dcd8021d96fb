package org.marsad.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Event;
import org.marsad.doc.Layer;
import org.marsad.doc.Mention;
import org.marsad.doc.Party;
import org.marsad.doc.Quote;
import org.marsad.doc.Span;
import org.marsad.doc.Timex;
import org.marsad.ingest.CleanArticle;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;

/**
 * Codes the political events of an article in PLOVER: each event word of the lexicon
 * ({@link EventLexicon}) with its actor and target ({@link RoleFinder}) mapped to country
 * codes, its mode ({@link ModeReader}), its date (the sentence's time expression, else the
 * publication day for what is reported as done) and its place (a place after "في" in the
 * sentence, else the dateline). One event per sentence, type, actor and target; none where
 * actor and target are the same country.
 */
public final class EventCoder {

  /** Types whose event words may stand inside another event word's clause as what is asked, feared or refused. */
  private static final Set<String> GOVERNING = Set.of("REQUEST", "THREATEN", "ACCUSE", "REJECT", "PROTEST");

  /** How far after a governing event word a noun is taken as its content ("دعا إلى زيارة"). */
  private static final int GOVERNED_REACH = 8;
  private static final int DEONTIC_REACH = 3;

  private final EventLexicon lexicon;
  private final Cues cues;
  private final RoleFinder roles;
  private final ModeReader modes;

  public EventCoder() {
    this.lexicon = new EventLexicon();
    this.cues = new Cues();
    this.roles = new RoleFinder(cues, lexicon);
    this.modes = new ModeReader(cues);
  }

  /** An event word found in a sentence, with its parties. */
  private record Found(int token, EventLexicon.Match match, RoleFinder.Roles roles) {}

  public Layer<Event> code(AnalyzedText text, CleanArticle article, List<Entity> entities, List<Timex> timexes,
      List<Quote> quotes) {
    ArticleParties parties = new ArticleParties(text, entities, quotes);
    String published = article.published();
    String place = datelinePlace(article.dateline(), entities);
    List<Event> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Span sentence : text.sentences()) {
      if (text.inCaption(sentence.start())) {
        continue;
      }
      EventSentence s = new EventSentence(text, sentence, parties, cues, timexes);
      List<Found> found = new ArrayList<>();
      Set<Integer> companions = new HashSet<>();
      for (int t = 0; t < s.size(); t++) {
        if (companions.contains(t)) {
          continue;
        }
        Optional<EventLexicon.Match> om = lexicon.at(s.norms, t, s.tokens.get(t).text());
        if (om.isEmpty()) {
          continue;
        }
        EventLexicon.Match m = om.get();
        if (m.companion() >= 0) {
          companions.add(m.companion());
        }
        if (deontic(s, t)) {
          continue;
        }
        Found governor = governor(s, t, found);
        RoleFinder.Roles r = roles.find(s, t, m, parties);
        if (m.person() == Person.DUAL && !r.own() || (m.person() == Person.DUAL && bothOnly(r))) {
          Found before = lastWithParties(found);
          if (before != null) {
            r = before.roles(); // "التقى X نظيره Y، وبحثا": the two just named
          }
        }
        if (governor != null) {
          if (GOVERNING.contains(governor.match().type())) {
            found.add(new Found(t, m, new RoleFinder.Roles(List.of(), List.of(), false)));
            continue;
          }
          boolean incomplete = !r.own() || r.actors().isEmpty() || r.targets().isEmpty();
          if (incomplete && RoleFinder.SYMMETRIC.contains(governor.match().type())) {
            r = governor.roles(); // "اتفقا على التعاون": the cooperation is theirs
          }
        }
        found.add(new Found(t, m, r));
        String date = dateOf(s, t, ModeReader.clauseStart(s, t), ModeReader.clauseEnd(s, t), timexes);
        String mode = modes.mode(s, t, m, date, published);
        if (date == null && (mode.equals(ModeReader.ASSERTED) || mode.equals(ModeReader.NEGATED))
            && published != null && published.length() >= 10) {
          date = published.substring(0, 10);
        }
        String where = placeOf(s, t, parties);
        if (where == null) {
          where = place;
        }
        for (Party[] pair : pairs(r, parties)) {
          String key = sentence.start() + "|" + m.type() + "|" + pair[0].code() + "|" + pair[1].code();
          String reverse = sentence.start() + "|" + m.type() + "|" + pair[1].code() + "|" + pair[0].code();
          if (seen.contains(key) || (RoleFinder.SYMMETRIC.contains(m.type()) && seen.contains(reverse))) {
            continue;
          }
          seen.add(key);
          events.add(new Event(m.type(), pair[0], pair[1], date, where, mode, sentence.start(), sentence.end(),
              s.tokens.get(t).text()));
        }
      }
    }
    return Layer.of(events);
  }

  private static boolean bothOnly(RoleFinder.Roles r) {
    return r.actors().size() == 1 && r.actors().get(0).both() && r.targets().isEmpty();
  }

  /** The last event word of the sentence so far with an actor and a target of its own. */
  private static Found lastWithParties(List<Found> found) {
    for (int i = found.size() - 1; i >= 0; i--) {
      RoleFinder.Roles r = found.get(i).roles();
      if (!r.actors().isEmpty() && !r.targets().isEmpty()) {
        return found.get(i);
      }
    }
    return null;
  }

  /** Whether a word of necessity or call stands just before the event word: it is wished for, not done. */
  private boolean deontic(EventSentence s, int t) {
    int from = Math.max(ModeReader.clauseStart(s, t), t - DEONTIC_REACH);
    for (int i = from; i < t; i++) {
      int len = cues.deontic.matchAt(s.norms, i);
      if (len > 0 && i + len <= t) {
        return true;
      }
    }
    return false;
  }

  /** The event word earlier in the same clause whose content this one is, if any. */
  private Found governor(EventSentence s, int t, List<Found> found) {
    if (found.isEmpty()) {
      return null;
    }
    Found last = found.get(found.size() - 1);
    if (t - last.token() > GOVERNED_REACH) {
      return null;
    }
    for (int i = last.token() + 1; i < t; i++) {
      if (s.isClauseEnd(i) || (s.isComma(i) && !s.commaOfAside(i)) || cues.boundary.matchAt(s.norms, i) > 0) {
        return null;
      }
    }
    return last;
  }

  /** The (actor, target) pairs of the roles, with "both parties" read as the article's two countries. */
  private static List<Party[]> pairs(RoleFinder.Roles r, ArticleParties parties) {
    List<Party[]> out = new ArrayList<>();
    List<String> pair = parties.pair();
    for (Participant a : r.actors()) {
      if (a.both()) {
        if (pair.size() < 2) {
          continue;
        }
        boolean any = false;
        for (Participant b : r.targets()) {
          if (!b.both() && pair.contains(b.code())) {
            String other = pair.get(0).equals(b.code()) ? pair.get(1) : pair.get(0);
            add(out, party(other, parties), party(b));
            any = true;
          }
        }
        if (!any) {
          add(out, party(pair.get(0), parties), party(pair.get(1), parties));
        }
        continue;
      }
      for (Participant b : r.targets()) {
        if (b.both()) {
          if (pair.size() == 2 && pair.contains(a.code())) {
            String other = pair.get(0).equals(a.code()) ? pair.get(1) : pair.get(0);
            add(out, party(a), party(other, parties));
          }
        } else {
          add(out, party(a), party(b));
        }
      }
    }
    return out;
  }

  private static void add(List<Party[]> out, Party actor, Party target) {
    if (actor.code() != null && target.code() != null && !actor.code().equals(target.code())) {
      out.add(new Party[] {actor, target});
    }
  }

  private static Party party(Participant p) {
    return new Party(p.code(), p.entity());
  }

  private static Party party(String code, ArticleParties parties) {
    return new Party(code, parties.entityOf(code));
  }

  /**
   * The value of the time expression of the event word's clause nearest it that names a day,
   * month or year ("المحادثات ... أمس"), not one of another clause of the sentence.
   */
  private static String dateOf(EventSentence s, int t, int from, int to, List<Timex> timexes) {
    int at = s.tokens.get(t).start();
    int start = s.tokens.get(from).start();
    int end = s.tokens.get(to - 1).end();
    Timex best = null;
    for (Timex x : timexes) {
      if (x.start() < start || x.end() > end || x.value() == null || x.value().isEmpty()
          || !Character.isDigit(x.value().charAt(0))) {
        continue;
      }
      if (best == null || Math.abs(x.start() - at) < Math.abs(best.start() - at)) {
        best = x;
      }
    }
    return best == null ? null : best.value();
  }

  /** A place named after "في" in the sentence, nearest the event word. */
  private String placeOf(EventSentence s, int t, ArticleParties parties) {
    String best = null;
    int distance = Integer.MAX_VALUE;
    for (int i = 1; i < s.size(); i++) {
      if (!cues.is(s.norm(i - 1), Cues.WordClass.LOCATIVE)) {
        continue;
      }
      Entity e = entityAt(parties, s.tokens.get(i).start(), s.tokens.get(i).end());
      if (e != null && (e.type() == EntityType.GPE || e.type() == EntityType.LOC) && Math.abs(i - t) < distance) {
        best = e.id();
        distance = Math.abs(i - t);
      }
    }
    return best;
  }

  /** A place entity with a mention inside [start, end). */
  private static Entity entityAt(ArticleParties parties, int start, int end) {
    for (Entity e : parties.entities()) {
      if (e.type() != EntityType.GPE && e.type() != EntityType.LOC) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.start() < end && m.end() > start) {
          return e;
        }
      }
    }
    return null;
  }

  /** The place entity the dateline names ("موسكو- سبوتنيك" names Moscow), or null. */
  private static String datelinePlace(String dateline, List<Entity> entities) {
    if (dateline == null || dateline.isBlank()) {
      return null;
    }
    String d = ArabicNormalizer.normalize(dateline);
    for (Entity e : entities) {
      if (e.type() != EntityType.GPE && e.type() != EntityType.LOC) {
        continue;
      }
      for (Mention m : e.mentions()) {
        String n = ArabicNormalizer.normalize(m.text());
        if (n.length() > 2 && d.contains(n)) {
          return e.id();
        }
      }
      if (e.nameAr() != null && e.nameAr().length() > 2 && d.contains(ArabicNormalizer.normalize(e.nameAr()))) {
        return e.id();
      }
    }
    return null;
  }
}
