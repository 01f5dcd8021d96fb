package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.doc.Article;
import org.marsad.doc.Event;

/**
 * Events and quotations listed from candidate articles: each store finds the candidates its own
 * way (the embedded one by article-level filters, OpenSearch by nested queries), and the record
 * decides, here, for all stores alike, which events and quotations answer the request.
 */
final class Listings {

  private Listings() {}

  /** Hands every candidate article to a visitor. */
  interface Candidates {
    void each(StoreReader.Visitor visitor) throws IOException;
  }

  static Page<EventHit> events(EventRequest q, Candidates candidates, StoreReader store) throws IOException {
    record Found(String date, String article, int index) {}
    List<Found> found = new ArrayList<>();
    candidates.each(a -> {
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
      Article a = store.article(f.article()).orElseThrow(() -> new IOException("article " + f.article() + " left the archive"));
      page.add(new EventHit(a, a.events().get(f.index())));
    }
    return new Page<>(found.size(), q.offset(), page);
  }

  static Page<Quotations.Said> quotations(QuoteRequest q, Candidates candidates) throws IOException {
    List<Article> articles = new ArrayList<>();
    candidates.each(articles::add);
    List<Quotations.Said> said = Quotations.of(articles, q.speaker(), q.about());
    if (q.order() == Order.NEWEST) {
      said = said.reversed();
    }
    return new Page<>(said.size(), q.offset(), said.subList(Math.min(q.offset(), said.size()),
        Math.min(q.offset() + q.limit(), said.size())));
  }
}
