package org.marsad.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.doc.Article;
import org.marsad.doc.Event;

/**
 * The archive open for reading, as committed when opened or last {@link #refresh refreshed}.
 * A store implements the first group of methods; the rest (timelines, quotations, events,
 * an entity's months and company, stats) are built on them here, the same for every store, and a
 * store may answer them faster itself. Thread-safe.
 */
public interface StoreReader extends Closeable {

  /** What is done with each article {@link #forEach} finds. */
  interface Visitor {
    void accept(Article article) throws IOException;
  }

  /** Articles held. */
  long size() throws IOException;

  /** The article with this id. */
  Optional<Article> article(String id) throws IOException;

  /**
   * One page of results in the request's order, one result per group of copies of a story
   * (the others named in {@link Hit#alsoIn()}), each with a passage where the words are marked
   * [so]; the total counts every matching article.
   */
  Page<Hit> search(SearchRequest r) throws IOException;

  /** The stories among the best results of a request, at most {@code r.limit()} of them. */
  List<Story> stories(SearchRequest r) throws IOException;

  /** The other articles in the archive that are near word-for-word copies of article {@code id}. */
  List<Article> copies(String id) throws IOException;

  /** Every article the request matches, its order and page aside, in no promised order. */
  void forEach(SearchRequest r, Visitor action) throws IOException;

  /** For each dimension, its {@code top} most frequent values among the articles a request matches. */
  Map<Dimension, List<Count>> facets(SearchRequest r, int top) throws IOException;

  /** Articles a request matches per day, month or year of publication, in date order; undated ones left out. */
  List<Count> histogram(SearchRequest r, Interval interval) throws IOException;

  /** Sees what was committed since opening or the last refresh; cheap when nothing was. */
  void refresh() throws IOException;

  /** Every article the request matches, its order and page aside. */
  default List<Article> all(SearchRequest r) throws IOException {
    List<Article> out = new ArrayList<>();
    forEach(r, out::add);
    return out;
  }

  /** The events an entity takes part in and what it said, oldest first ({@link Timeline}). */
  default List<Timeline.Entry> timeline(String entity, String with) throws IOException {
    SearchRequest r = SearchRequest.of("").and(Dimension.ENTITY, entity);
    if (with != null) {
      r = r.and(Dimension.ENTITY, with);
    }
    return Timeline.of(all(r), entity, with);
  }

  /** Quotations by a speaker, about an entity, between dates ({@link Quotations}). */
  default Page<Quotations.Said> quotations(QuoteRequest q) throws IOException {
    List<Quotations.Said> said = new ArrayList<>(Quotations.of(all(q.articles()), q.speaker(), q.about()));
    if (q.order() == Order.NEWEST) {
      said = said.reversed();
    }
    return new Page<>(said.size(), q.offset(), said.subList(Math.min(q.offset(), said.size()),
        Math.min(q.offset() + q.limit(), said.size())));
  }

  /** Events that meet every condition of the request, each in one and the same event. */
  default Page<EventHit> events(EventRequest q) throws IOException {
    record Found(String date, String article, int index) {}
    List<Found> found = new ArrayList<>();
    forEach(q.articles(), a -> {
      for (int i = 0; i < a.events().size(); i++) {
        Event e = a.events().get(i);
        if (q.matches(a, e)) {
          String date = EventHit.date(a, e);
          found.add(new Found(date.equals("?") ? "" : date, a.id(), i));
        }
      }
    });
    Comparator<Found> byDate = Comparator.comparing(Found::date);
    // undated last either way; ties by article and position, so that every store lists them alike
    Comparator<Found> order = Comparator.comparing((Found f) -> f.date().isEmpty())
        .thenComparing(q.order() == Order.OLDEST ? byDate : byDate.reversed())
        .thenComparing(Found::article).thenComparingInt(Found::index);
    found.sort(order);
    List<EventHit> page = new ArrayList<>();
    for (Found f : found.subList(Math.min(q.offset(), found.size()), Math.min(q.offset() + q.limit(), found.size()))) {
      Article a = article(f.article()).orElseThrow(() -> new IOException("article " + f.article() + " left the archive"));
      page.add(new EventHit(a, a.events().get(f.index())));
    }
    return new Page<>(found.size(), q.offset(), page);
  }

  /** Articles naming an entity, per month of publication. */
  default List<Count> mentionsPerMonth(String entity) throws IOException {
    return histogram(SearchRequest.of("").and(Dimension.ENTITY, entity), Interval.MONTH);
  }

  /** The entities most often named in the same articles as {@code entity}, with the number of such articles. */
  default List<Count> cooccurring(String entity, int top) throws IOException {
    SearchRequest r = SearchRequest.of("").and(Dimension.ENTITY, entity).limit(1);
    List<Hit> one = search(r).items();
    Optional<String> self = one.isEmpty() ? Optional.empty()
        : Timeline.find(one.get(0).article(), entity).map(Schema::label);
    return facets(r, top + 1).get(Dimension.ENTITY).stream()
        .filter(c -> self.isEmpty() || !c.label().equals(self.get())).limit(top).toList();
  }

  /** Counts and dates of the whole archive, with the {@code top} most frequent outlets, entities and event types. */
  default Stats stats(int top) throws IOException {
    SearchRequest every = SearchRequest.of("").limit(1);
    Map<Dimension, List<Count>> f = facets(every, top);
    return new Stats(size(), edge(every.orderBy(Order.OLDEST)), edge(every.orderBy(Order.NEWEST)),
        f.get(Dimension.OUTLET), f.get(Dimension.ENTITY), f.get(Dimension.EVENT), histogram(every, Interval.YEAR));
  }

  /** The publication date of the first result, "?" when there is none or it is undated. */
  private String edge(SearchRequest r) throws IOException {
    List<Hit> first = search(r).items();
    return first.isEmpty() || first.get(0).article().published() == null ? "?"
        : Story.date(first.get(0).article().published());
  }
}
