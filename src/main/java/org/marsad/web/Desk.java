package org.marsad.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Event;
import org.marsad.doc.Json;
import org.marsad.doc.Party;
import org.marsad.store.Count;
import org.marsad.store.Dimension;
import org.marsad.store.EventFacet;
import org.marsad.store.EventFields;
import org.marsad.store.EventHit;
import org.marsad.store.EventRequest;
import org.marsad.store.Export;
import org.marsad.store.Hit;
import org.marsad.store.Interval;
import org.marsad.store.Keys;
import org.marsad.store.Order;
import org.marsad.store.Page;
import org.marsad.store.Quotations;
import org.marsad.store.QuoteRequest;
import org.marsad.store.Schema;
import org.marsad.store.SearchRequest;
import org.marsad.store.Stats;
import org.marsad.store.StoreReader;
import org.marsad.store.Summary;
import org.marsad.store.Timeline;
import org.marsad.web.Views.ArticleRef;
import org.marsad.web.Views.ArticleView;
import org.marsad.web.Views.DyadView;
import org.marsad.web.Views.EntityView;
import org.marsad.web.Views.EventRow;
import org.marsad.web.Views.EventsView;
import org.marsad.web.Views.Facet;
import org.marsad.web.Views.FacetValue;
import org.marsad.web.Views.HitView;
import org.marsad.web.Views.HomeView;
import org.marsad.web.Views.MapValue;
import org.marsad.web.Views.Named;
import org.marsad.web.Views.QuoteLine;
import org.marsad.web.Views.QuotesView;
import org.marsad.web.Views.SearchView;
import org.marsad.web.Views.Series;
import org.marsad.web.Views.Side;
import org.marsad.web.Views.Snip;
import org.marsad.web.Views.StoryView;

/**
 * What the desk's pages and API ask of the archive, answered through the store's interface
 * ({@link StoreReader}) only, so that any store serves them. Every answer is bounded: pages,
 * samples and chart windows have fixed sizes, whatever the archive holds.
 */
final class Desk {

  /** Facet dimensions a search page shows, in this order. */
  static final List<Dimension> SEARCH_FACETS = List.of(Dimension.OUTLET, Dimension.ENTITY, Dimension.COUNTRY,
      Dimension.EVENT, Dimension.SECTOR, Dimension.SPEAKER, Dimension.TYPE);
  static final int FACET_VALUES = 8;
  /**
   * The newest articles naming an entity that its page reads whole, for who it is (names, type,
   * role): reading 200 took 125 ms of the page at p50 on 100,000 articles, 20 took 20 ms.
   */
  static final int ENTITY_SAMPLE = 50;
  /** The newest articles of the last days that the home page counts people and places in. */
  static final int HOME_SAMPLE = 300;
  static final int HOME_DAYS = 30;
  static final int PEOPLE_DAYS = 7;
  /** Countries a map shows, at most. */
  static final int MAP_COUNTRIES = 300;
  /** The latest entries of its timeline an entity's page shows. */
  static final int ENTITY_TIMELINE = 50;
  private static final long HOME_SECONDS = 60;
  /** A headline or outlet in a list is cut to this many characters (a page's own headline to {@value #HEADLINE}). */
  static final int LIST_TITLE = 300;
  static final int HEADLINE = 1000;

  private final StoreReader reader;
  private volatile HomeView home;
  private volatile long homeAt;

  Desk(StoreReader reader) {
    this.reader = reader;
  }

  StoreReader reader() {
    return reader;
  }

  /** Sees what an ingest committed; the home page is counted again. */
  void refresh() throws IOException {
    reader.refresh();
    home = null;
  }

  // ---- search

  /** A page of results; with {@code counted}, the facets and months of all matches too (two more passes). */
  SearchView search(SearchRequest r, boolean counted) throws IOException {
    Page<Hit> page = reader.search(r);
    Map<Dimension, List<Count>> counts = counted ? reader.facets(r, FACET_VALUES) : Map.of();
    Map<String, List<String>> filters = new LinkedHashMap<>();
    r.filters().forEach((d, v) -> filters.put(d.key(), v));
    List<Facet> facets = new ArrayList<>();
    for (Dimension d : SEARCH_FACETS) {
      List<Count> values = counts.getOrDefault(d, List.of());
      if (!values.isEmpty()) {
        Set<String> on = new HashSet<>();
        r.filters().getOrDefault(d, List.of()).forEach(v -> on.add(Keys.fold(v)));
        facets.add(new Facet(d.key(), values.stream()
            .map(c -> new FacetValue(c.label(), c.count(), on.contains(Keys.fold(c.label())))).toList()));
      }
    }
    List<Count> months = counted ? reader.histogram(r, Interval.MONTH) : List.of();
    List<HitView> hits = page.items().stream().map(Desk::hit).toList();
    return new SearchView(r.words(), r.order().name().toLowerCase(Locale.ROOT), page.total(), r.offset(), r.limit(),
        hits, facets, months, filters, r.from(), r.to());
  }

  static HitView hit(Hit h) {
    Summary a = h.article();
    return new HitView(a.id(), shorten(a.title(), LIST_TITLE), a.published() == null ? null : day(a.published()),
        shorten(a.outlet(), LIST_TITLE), a.source(), h.snippet(), passage(h.snippet()), h.alsoIn());
  }

  /** A passage cut at the store's marks: "the [word] and" → "the ", "word" (marked), " and". */
  static List<Snip> passage(String snippet) {
    List<Snip> out = new ArrayList<>();
    int at = 0;
    while (at < snippet.length()) {
      int open = snippet.indexOf(Hit.MARK_START, at);
      int close = open < 0 ? -1 : snippet.indexOf(Hit.MARK_END, open + 1);
      if (open < 0 || close < 0) {
        out.add(new Snip(snippet.substring(at), false));
        break;
      }
      if (open > at) {
        out.add(new Snip(snippet.substring(at, open), false));
      }
      out.add(new Snip(snippet.substring(open + 1, close), true));
      at = close + 1;
    }
    return out;
  }

  void export(SearchRequest r, String format, OutputStream out) throws IOException {
    try (Export export = Export.open(format, out)) {
      reader.forEach(r, export::write);
    }
  }

  // ---- one article

  Optional<ArticleView> article(String id) throws IOException {
    Optional<Article> found = reader.article(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Article a = found.get();
    List<ArticleRef> copies = reader.copies(a.id()).stream().map(Desk::ref).toList();
    List<QuoteLine> quotes = a.quotes().stream()
        .map(q -> new QuoteLine(q.speaker(), q.speakerName() != null ? q.speakerName() : name(a, q.speaker()), q.text(),
            q.direct()))
        .toList();
    return Optional.of(new ArticleView(a, shorten(a.title(), HEADLINE), shorten(Hit.outlet(a), LIST_TITLE), Pieces.of(a), copies, quotes));
  }

  static ArticleRef ref(Article a) {
    return new ArticleRef(a.id(), shorten(a.title(), LIST_TITLE), shorten(Hit.outlet(a), LIST_TITLE),
        a.published() == null ? null : day(a.published()));
  }

  // ---- one entity

  /** The entity an id, name or spelling names, as the newest records that name it describe it. */
  Optional<EntityView> entity(String key) throws IOException {
    SearchRequest naming = new SearchRequest("", Map.of(Dimension.ENTITY, List.of(key)), null, null, Order.NEWEST, 0,
        ENTITY_SAMPLE);
    Page<Article> newest = reader.articles(naming);
    List<Article> sample = newest.items();
    Entity first = null;
    Set<String> names = new LinkedHashSet<>();
    String role = null;
    Boolean linked = null;
    for (Article a : sample) {
      Optional<Entity> e = Timeline.find(a, key);
      if (e.isEmpty()) {
        continue;
      }
      if (first == null) {
        first = e.get();
      }
      if (role == null) {
        role = e.get().role();
      }
      if (linked == null) {
        linked = e.get().linked();
      }
      names.addAll(Schema.names(e.get()));
    }
    if (first == null) {
      return Optional.empty();
    }
    String id = first.id() != null ? first.id() : key;
    names.remove(id);
    List<Count> months = reader.mentionsPerMonth(id);
    List<Count> with = reader.cooccurring(id, 15);
    QuotesView quotes = quotes(QuoteRequest.by(id).orderBy(Order.NEWEST).page(0, 20));
    EventsView asActor = events(EventRequest.any().actor(new EventRequest.Side(id, null, null)).page(0, 20));
    EventsView asTarget = events(EventRequest.any().target(new EventRequest.Side(id, null, null)).page(0, 20));
    List<Timeline.Entry> timeline = timeline(id, null, ENTITY_TIMELINE);
    return Optional.of(new EntityView(id, first.name(), first.nameAr(), first.type() == null ? null : first.type().name(),
        first.code(), first.country(), role, linked, List.copyOf(names), newest.total(), months, with, quotes, asActor,
        asTarget, timeline));
  }

  // ---- quotations and events: the store's own listings and counts, over the whole archive

  QuotesView quotes(QuoteRequest q) throws IOException {
    Page<Quotations.Said> page = reader.quotations(q);
    return new QuotesView(page.total(), q.offset(), q.limit(), page.items());
  }

  /** A page of the events a request finds, and where all of them happened. */
  EventsView events(EventRequest q) throws IOException {
    Page<EventHit> page = reader.events(q);
    return new EventsView(page.total(), q.offset(), q.limit(), page.items().stream().map(Desk::row).toList(), places(q));
  }

  static EventRow row(EventHit h) {
    Article a = h.article();
    Event e = h.event();
    Optional<Entity> place = e.place() == null ? Optional.empty() : byId(a, e.place());
    String evidence = e.start() >= 0 && e.start() < e.end() && e.end() <= a.text().length()
        ? a.text().substring(e.start(), e.end()).strip() : "";
    return new EventRow(a.id(), a.title(), Hit.outlet(a), a.published() == null ? null : day(a.published()), h.date(),
        e.type(), EventFields.subtype(e), e.mode(), side(a, e.actor()), side(a, e.target()), e.place(),
        place.map(Schema::label).orElse(null), place.map(p -> p.code() != null ? p.code() : p.country()).orElse(null),
        extraText(e, "casualties"), e.trigger(), evidence);
  }

  private static Side side(Article a, Party p) {
    if (p == null) {
      return new Side(null, null, null, null);
    }
    String name = p.entity() == null ? null : byId(a, p.entity()).map(Schema::label).orElse(p.entity());
    return new Side(p.code(), p.entity(), name, EventFields.sector(p));
  }

  /** Events between two countries in both directions, month by month, and both listed together, newest first. */
  DyadView dyad(String a, String b, int offset, int limit) throws IOException {
    EventRequest ab = EventRequest.any().actor(new EventRequest.Side(null, a, null))
        .target(new EventRequest.Side(null, b, null));
    EventRequest ba = EventRequest.any().actor(new EventRequest.Side(null, b, null))
        .target(new EventRequest.Side(null, a, null));
    TreeSet<String> months = new TreeSet<>();
    Map<String, Long> forth = perMonth(ab, months);
    Map<String, Long> returned = perMonth(ba, months);
    List<String> x = List.copyOf(months);
    Series series = new Series(x, List.of(
        new Series.Line(a + " → " + b, x.stream().map(m -> forth.getOrDefault(m, 0L)).toList()),
        new Series.Line(b + " → " + a, x.stream().map(m -> returned.getOrDefault(m, 0L)).toList())));
    return new DyadView(a, b, series, events(ab.bothWays().page(offset, limit)));
  }

  private Map<String, Long> perMonth(EventRequest q, Set<String> months) throws IOException {
    Map<String, Long> out = new HashMap<>();
    for (Count c : reader.eventHistogram(q, Interval.MONTH)) {
      out.put(c.label(), c.count());
      months.add(c.label());
    }
    return out;
  }

  /** Where the events a request finds happened: how many took place in each country (by their place's country). */
  private List<MapValue> places(EventRequest q) throws IOException {
    List<MapValue> out = new ArrayList<>();
    for (Count c : reader.eventCounts(q, EventFacet.PLACE, MAP_COUNTRIES)) {
      out.add(new MapValue(c.label(), Countries.name(c.label()), c.count(),
          Href.to("/search").with("country", c.label()).toString()));
    }
    out.sort(Comparator.comparing(MapValue::name));
    return out;
  }

  // ---- home

  HomeView home() throws IOException {
    HomeView h = home;
    if (h == null || System.nanoTime() - homeAt > HOME_SECONDS * 1_000_000_000L) {
      h = countHome();
      home = h;
      homeAt = System.nanoTime();
    }
    return h;
  }

  private HomeView countHome() throws IOException {
    Stats stats = reader.stats(1);
    List<StoryView> stories = reader.stories(new SearchRequest("", Map.of(), null, null, Order.NEWEST, 0, 8)).stream()
        .map(StoryView::of).toList();
    String since = minusDays(stats.last(), HOME_DAYS - 1);
    String recent = minusDays(stats.last(), PEOPLE_DAYS - 1);
    List<Named> people = List.of();
    List<Named> countries = List.of();
    Series perDay = new Series(List.of(), List.of());
    List<MapValue> map = List.of();
    if (since != null) {
      SearchRequest window = new SearchRequest("", Map.of(), since, stats.last(), Order.NEWEST, 0, HOME_SAMPLE);
      List<Article> sample = reader.articles(window.between(recent, stats.last())).items();
      people = mostNamed(sample, e -> e.type() == EntityType.PERSON);
      countries = mostNamed(sample, e -> e.code() != null);
      EventRequest events = EventRequest.any().between(since, stats.last());
      perDay = eventsPerDay(events);
      map = places(events);
    }
    return new HomeView(stats.articles(), stats.first(), stats.last(), since, stories, people, countries, perDay, map);
  }

  private static List<Named> mostNamed(List<Article> articles, Predicate<Entity> kind) {
    Map<String, Named> counts = new HashMap<>();
    for (Article a : articles) {
      for (Entity e : a.entities()) {
        if (e.id() != null && kind.test(e)) {
          counts.merge(e.id(), new Named(e.id(), Schema.label(e), 1),
              (x, y) -> new Named(x.id(), x.name(), x.count() + 1));
        }
      }
    }
    return counts.values().stream().sorted(Comparator.comparingLong(Named::count).reversed()
        .thenComparing(Named::name)).limit(10).toList();
  }

  /** Events of each of the most frequent types, day by day. */
  private Series eventsPerDay(EventRequest events) throws IOException {
    TreeSet<String> days = new TreeSet<>();
    Map<String, Map<String, Long>> byType = new LinkedHashMap<>();
    for (Count t : reader.eventCounts(events, EventFacet.TYPE, 6)) {
      Map<String, Long> perDay = new HashMap<>();
      for (Count c : reader.eventHistogram(events.type(t.label()), Interval.DAY)) {
        perDay.put(c.label(), c.count());
        days.add(c.label());
      }
      byType.put(t.label(), perDay);
    }
    List<String> x = List.copyOf(days);
    List<Series.Line> lines = new ArrayList<>();
    byType.forEach((type, perDay) -> lines.add(new Series.Line(type, x.stream().map(d -> perDay.getOrDefault(d, 0L)).toList())));
    return new Series(x, lines);
  }

  // ---- small helpers

  Stats stats() throws IOException {
    return reader.stats(20);
  }

  /** The latest {@code limit} entries of an entity's timeline (with {@code with}), oldest first. */
  List<Timeline.Entry> timeline(String entity, String with, int limit) throws IOException {
    return reader.timeline(entity, with, Order.NEWEST, 0, limit).items().reversed();
  }

  private static Optional<Entity> byId(Article a, String id) {
    return a.entities().stream().filter(e -> id.equals(e.id())).findFirst();
  }

  private static String name(Article a, String id) {
    return id == null ? null : byId(a, id).map(Schema::label).orElse(id);
  }

  /** At most {@code max} characters, with "…" when cut; null stays null. */
  static String shorten(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
  }

  static String day(String published) {
    return published.length() > 10 ? published.substring(0, 10) : published;
  }

  private static Optional<String> month(String date) {
    return date.length() >= 7 && !date.equals("?") ? Optional.of(date.substring(0, 7)) : Optional.empty();
  }

  private static String minusDays(String day, int days) {
    try {
      return LocalDate.parse(day).minusDays(days).toString();
    } catch (DateTimeParseException undated) {
      return null;
    }
  }

  /**
   * A field of the document format that this build's record may not carry yet (an event's
   * {@code casualties}): read from the record as JSON, null when absent.
   */
  private static JsonNode extra(Object record, String field) {
    JsonNode v = Json.MAPPER.valueToTree(record).get(field);
    return v == null || v.isNull() ? null : v;
  }

  static String extraText(Object record, String field) {
    JsonNode v = extra(record, field);
    return v == null ? null : v.isValueNode() ? v.asText() : v.toString();
  }
}
