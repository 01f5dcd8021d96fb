package org.marsad.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;
import org.marsad.doc.Party;
import org.marsad.doc.Quote;

/**
 * The events and quotations of an article as the archive indexes them: one unit each, beside
 * the article, holding the {@link Keys#fold folded} keys every condition of an
 * {@link EventRequest}, a {@link QuoteRequest} or a timeline is matched against, the labels that
 * are counted, and the line a listing shows. Both stores index exactly these, so that they find
 * and count alike, and a question about events is a query over events, not a scan of articles.
 *
 * <p>A party's keys are the names the article gives it: "Lavrov accused the United States" is
 * one unit whose actor keys name Lavrov and whose target keys name the United States, so a
 * request for that finds no article where Lavrov spoke and someone else accused.
 */
final class Units {

  /** Quotation words kept for "about" by substring: a keyword term has a bounded length. */
  static final int WORDS = 4000;

  private Units() {}

  /** Who an event's actor or target is: its entity's names and id, its country's code and names, its sector. */
  record SideKeys(Set<String> entity, Set<String> country, String sector, String sectorLabel) {}

  /**
   * One event: its position among the article's events ({@code index}) and among all its units
   * ({@code seq}, events before quotations); {@code day} its {@code yyyymmdd} ({@link EventHit#date}),
   * 0 when undated; {@code involves} the names of every entity it takes part in (as actor, target
   * or place, {@link Timeline}); {@code place} the country code of where it happened, or null.
   */
  record EventUnit(String article, int index, int seq, int day, String type, String typeLabel, String subtype,
      String subtypeLabel, String mode, SideKeys actor, SideKeys target, Set<String> involves, String place,
      Timeline.Entry line) {}

  /**
   * One quotation: {@code day} its article's publication day, 0 when undated; {@code speaker} every
   * name of who said it; {@code about} every name of the entities its words name; {@code words}
   * its folded words (the first {@value #WORDS} characters); {@code said} what a listing shows.
   */
  record QuoteUnit(String article, int index, int seq, int day, Set<String> speaker, Set<String> about, String words,
      Quotations.Said said) {}

  static List<EventUnit> events(Article a) {
    List<EventUnit> out = new ArrayList<>();
    for (int i = 0; i < a.events().size(); i++) {
      Event e = a.events().get(i);
      String date = EventHit.date(a, e);
      Set<String> involves = new LinkedHashSet<>();
      for (Entity x : a.entities()) {
        if (Timeline.involves(e, x)) {
          addNames(involves, x);
        }
      }
      String place = e.place() == null ? null : entity(a, e.place())
          .map(p -> p.code() != null ? p.code() : p.country()).orElse(null);
      String subtype = EventFields.subtype(e);
      out.add(new EventUnit(a.id(), i, i, Keys.day(date).orElse(0), key(e.type()), label(e.type()), key(subtype),
          label(subtype), key(e.mode()), side(a, e.actor()), side(a, e.target()), involves, label(place),
          new Timeline.Entry(date, e.type(), Timeline.describe(a, e), Hit.outlet(a), a.source(), a.id())));
    }
    return out;
  }

  static List<QuoteUnit> quotes(Article a) {
    List<QuoteUnit> out = new ArrayList<>();
    int day = Keys.day(a.published()).orElse(0);
    String date = a.published() == null ? "?" : Story.date(a.published());
    for (int i = 0; i < a.quotes().size(); i++) {
      Quote q = a.quotes().get(i);
      Set<String> speaker = new LinkedHashSet<>();
      add(speaker, q.speaker());
      add(speaker, q.speakerName());
      Optional<Entity> who = q.speaker() == null ? Optional.empty() : entity(a, q.speaker());
      who.ifPresent(e -> addNames(speaker, e));
      Set<String> about = new LinkedHashSet<>();
      for (Entity e : a.entities()) {
        if (Timeline.names(q, e)) {
          addNames(about, e);
        }
      }
      String words = Keys.fold(q.text());
      String name = q.speakerName() != null ? q.speakerName() : who.map(Schema::label).orElse(q.speaker());
      out.add(new QuoteUnit(a.id(), i, a.events().size() + i, day, speaker, about,
          words.length() > WORDS ? words.substring(0, WORDS) : words,
          new Quotations.Said(name, q.text(), q.direct(), Hit.outlet(a), date, a.source(), a.id())));
    }
    return out;
  }

  /** The events at {@code index[i]} of the articles {@code of[i]}, each article's record read once ({@code records}). */
  static List<EventHit> hits(List<String> of, List<Integer> index, Map<String, Article> records) {
    List<EventHit> hits = new ArrayList<>();
    for (int i = 0; i < of.size(); i++) {
      Article a = records.get(of.get(i));
      if (a == null) {
        throw new IllegalStateException("an event of article " + of.get(i) + " outlived its article");
      }
      hits.add(new EventHit(a, a.events().get(index.get(i))));
    }
    return hits;
  }

  /** A quotation as a line of a timeline. */
  static Timeline.Entry line(Quotations.Said s) {
    return new Timeline.Entry(s.date(), "QUOTE", s.speaker() + ": \u00ab" + s.text() + "\u00bb", s.outlet(), s.source(),
        s.article());
  }

  /**
   * The keys of a party: its entity's id and every name of that entity in the article; its
   * country's code and the names of the article's entities with that code ({@link EventRequest.Side}).
   */
  private static SideKeys side(Article a, Party p) {
    if (p == null) {
      return new SideKeys(Set.of(), Set.of(), null, null);
    }
    Set<String> entity = new LinkedHashSet<>();
    if (p.entity() != null) {
      add(entity, p.entity());
      entity(a, p.entity()).ifPresent(e -> addNames(entity, e));
    }
    Set<String> country = new LinkedHashSet<>();
    if (p.code() != null) {
      add(country, p.code());
      for (Entity e : a.entities()) {
        if (p.code().equals(e.code())) {
          addNames(country, e);
        }
      }
    }
    String sector = EventFields.sector(p);
    return new SideKeys(entity, country, key(sector), label(sector));
  }

  private static Optional<Entity> entity(Article a, String id) {
    return a.entities().stream().filter(e -> id.equals(e.id())).findFirst();
  }

  private static void addNames(Set<String> keys, Entity e) {
    Schema.names(e).forEach(n -> add(keys, n));
  }

  private static void add(Set<String> keys, String value) {
    String k = key(value);
    if (k != null) {
      keys.add(k);
    }
  }

  /** The folded key of a value, null when there is none. */
  static String key(String value) {
    if (value == null) {
      return null;
    }
    String k = Keys.fold(value);
    return k.isEmpty() ? null : k;
  }

  private static String label(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
