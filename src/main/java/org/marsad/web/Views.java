package org.marsad.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.doc.Article;
import org.marsad.store.Count;
import org.marsad.store.Quotations;
import org.marsad.store.Story;
import org.marsad.store.Timeline;

/**
 * What the pages show and the JSON API returns: one record per answer, the same for both, so
 * that a page never shows what the API cannot give.
 */
public final class Views {

  private Views() {}

  /** A stretch of a search passage, and whether it is one of the words searched for. */
  public record Snip(String text, boolean marked) {}

  /** One search result: the article's headline and where and when, the passage, the other outlets. */
  public record HitView(String id, String title, String published, String outlet, String source, String snippet,
      List<Snip> passage, List<String> alsoIn) {}

  /** One value of a facet, the articles that have it, and whether the request already filters by it. */
  public record FacetValue(String label, long count, boolean on) {}

  /** A facet: its dimension ("outlet", "entity"...) and its most frequent values. */
  public record Facet(String dimension, List<FacetValue> values) {}

  /** A page of search results with the facets of all matches and their dates, month by month. */
  public record SearchView(String q, String order, long total, int offset, int limit, List<HitView> hits,
      List<Facet> facets, List<Count> months, Map<String, List<String>> filters, String from, String to) {

    public boolean more() {
      return offset + hits.size() < total;
    }

    /** This search, on another page or in another order. */
    public String href(String path, String newOrder, int newOffset) {
      return Href.to(path).with("q", q).withAll(filters).with("from", from).with("to", to)
          .with("order", newOrder.equals("relevance") ? null : newOrder)
          .with("offset", newOffset == 0 ? null : newOffset).with("limit", limit == 10 ? null : limit).toString();
    }

    public String page(int newOffset) {
      return href("/search", order, newOffset);
    }

    public String sorted(String newOrder) {
      return href("/search", newOrder, 0);
    }

    /** This search with the value of a facet added to its filters, or taken out when it is there. */
    public String toggle(String dimension, String value) {
      Map<String, List<String>> f = new LinkedHashMap<>();
      filters.forEach((k, v) -> f.put(k, new ArrayList<>(v)));
      List<String> values = f.computeIfAbsent(dimension, k -> new ArrayList<>());
      if (!values.remove(value)) {
        values.add(value);
      }
      return Href.to("/search").with("q", q).withAll(f).with("from", from).with("to", to)
          .with("order", order.equals("relevance") ? null : order).toString();
    }

    /** Only the articles of one month. */
    public String month(String m) {
      return Href.to("/search").with("q", q).withAll(filters).with("from", m).with("to", m)
          .with("order", order.equals("relevance") ? null : order).toString();
    }

    /** Every result of this search (not this page only) as JSONL, CSV or PLOVER events. */
    public String export(String format) {
      return Href.to("/api/export").with("format", format).with("q", q).withAll(filters).with("from", from)
          .with("to", to).toString();
    }

    public boolean filtered() {
      return !filters.isEmpty() || from != null || to != null;
    }
  }

  /** An article in a list: a copy of a story, a result elsewhere. */
  public record ArticleRef(String id, String title, String outlet, String published) {}

  /**
   * An article's page: the record, its headline as shown (cut when very long), its text cut at
   * every annotation, and the other copies of its story.
   */
  public record ArticleView(Article article, String headline, String outlet, List<Piece> pieces, List<ArticleRef> copies,
      List<QuoteLine> quotes) {}

  /** A quotation of the article page's list: who (id and name, null when unresolved) and what. */
  public record QuoteLine(String speaker, String speakerName, String text, boolean direct) {}

  /** One side of an event: a country code, an entity id and its name, a sector; any may be null. */
  public record Side(String code, String entity, String name, String sector) {}

  /** One event with the article that reports it and the sentence that says it. */
  public record EventRow(String article, String title, String outlet, String published, String date, String type,
      String subtype, String mode, Side actor, Side target, String place, String placeName, String placeCountry,
      String casualties, String trigger, String evidence) {}

  /** A page of the events found, of {@code total} in the whole archive, and where all of them happened. */
  public record EventsView(long total, int offset, int limit, List<EventRow> events, List<MapValue> places) {

    public boolean more() {
      return offset + events.size() < total;
    }
  }

  /** The dyad view: events between two countries in both directions, month by month, and listed. */
  public record DyadView(String a, String b, Series months, EventsView events) {}

  /** A page of the quotations found, of {@code total} in the whole archive. */
  public record QuotesView(long total, int offset, int limit, List<Quotations.Said> quotes) {

    public boolean more() {
      return offset + quotes.size() < total;
    }
  }

  /**
   * An entity's page: who or what it is (from the newest records that name it), how often it was
   * named month by month, what it said, its events as actor and as target, the entities named with
   * it, and its timeline.
   */
  public record EntityView(String id, String name, String nameAr, String type, String code, String country,
      String role, Boolean linked, List<String> names, long articles, List<Count> months, List<Count> with,
      QuotesView quotes, EventsView asActor, EventsView asTarget, List<Timeline.Entry> timeline) {}

  /** A story of the home page: its articles (lead first), the outlets, its dates and the entities it names most. */
  public record StoryView(ArticleRef lead, List<ArticleRef> copies, List<String> outlets, String first, String last,
      List<String> entities) {

    static StoryView of(Story s) {
      List<ArticleRef> refs = s.articles().stream().map(Desk::ref).toList();
      return new StoryView(refs.get(0), refs.subList(1, refs.size()), s.outlets(), s.first(), s.last(), s.topEntities(4));
    }
  }

  /** A named entity with a count, linked to its page. */
  public record Named(String id, String name, long count) {}

  /** Dated series for a chart: the dates, and one line of counts per name. */
  public record Series(List<String> x, List<Line> series) {

    public record Line(String name, List<Long> data) {}
  }

  /** A country's share of a map: its ISO alpha-3 code, its name, a count, and the page it opens. */
  public record MapValue(String name, String label, long value, String href) {}

  /** The home page. */
  public record HomeView(long articles, String first, String last, String since, List<StoryView> stories,
      List<Named> people, List<Named> countries, Series eventsPerDay, List<MapValue> map) {}
}
