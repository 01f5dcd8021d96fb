package org.marsad.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.doc.Article;

/**
 * The archive open for reading, as committed when opened or last {@link #refresh refreshed}.
 * A store answers questions about articles, events, quotations and timelines by queries and
 * counts of its own, exact over the whole archive; an entity's months and company and the stats
 * are built here on those, the same for every store. Thread-safe.
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

  /**
   * One page of the articles a request matches, in its order, each copy of a story its own
   * article and no passage marked: for callers that read the records whole (the web desk's
   * events and quotations), far cheaper than {@link #search} for a large page.
   */
  Page<Article> articles(SearchRequest r) throws IOException;

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

  /**
   * One page of the events that meet every condition of the request, each condition of one and
   * the same event, in the request's date order (undated last; ties by article and position), and
   * how many there are in all.
   */
  Page<EventHit> events(EventRequest q) throws IOException;

  /** For every event a request finds (its page aside), the {@code top} most frequent values of one of its fields. */
  List<Count> eventCounts(EventRequest q, EventFacet by, int top) throws IOException;

  /** Events a request finds (its page aside) per day, month or year of their date, in date order; undated ones left out. */
  List<Count> eventHistogram(EventRequest q, Interval interval) throws IOException;

  /**
   * One page of the quotations by a speaker, naming an entity (or its name in their words),
   * published between two bounds, in the request's date order (undated last; ties by article and
   * position), and how many there are in all.
   */
  Page<Quotations.Said> quotations(QuoteRequest q) throws IOException;

  /**
   * One page of an entity's timeline ({@link Timeline}): the events it takes part in and what it
   * said; with a second entity, only events both take part in and quotations by one that name the
   * other. In date order (undated last; ties by article, events before quotations), with the total.
   */
  Page<Timeline.Entry> timeline(String entity, String with, Order order, int offset, int limit) throws IOException;

  /** An entity's whole timeline, oldest first. */
  default List<Timeline.Entry> timeline(String entity, String with) throws IOException {
    List<Timeline.Entry> out = new ArrayList<>();
    Page<Timeline.Entry> page;
    do {
      page = timeline(entity, with, Order.OLDEST, out.size(), SearchRequest.MAX_LIMIT);
      out.addAll(page.items());
    } while (page.more() && !page.items().isEmpty());
    return out;
  }

  /** Articles naming an entity, per month of publication. */
  default List<Count> mentionsPerMonth(String entity) throws IOException {
    return histogram(SearchRequest.of("").and(Dimension.ENTITY, entity), Interval.MONTH);
  }

  /** The entities most often named in the same articles as {@code entity}, with the number of such articles. */
  default List<Count> cooccurring(String entity, int top) throws IOException {
    SearchRequest r = SearchRequest.of("").and(Dimension.ENTITY, entity).limit(1);
    List<Article> one = articles(r).items();
    Optional<String> self = one.isEmpty() ? Optional.empty() : Timeline.find(one.get(0), entity).map(Schema::label);
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
    List<Article> first = articles(r).items();
    return first.isEmpty() || first.get(0).published() == null ? "?" : Story.date(first.get(0).published());
  }
}
