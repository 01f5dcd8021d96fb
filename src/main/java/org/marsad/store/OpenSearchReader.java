package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ObjLongConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.marsad.doc.Article;
import org.marsad.doc.Json;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregate;
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregationSource;
import org.opensearch.client.opensearch._types.aggregations.CompositeBucket;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.FieldAndFormat;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * The archive on OpenSearch open for reading. Words are the same Lucene syntax over title
 * (counted double) and body, analysed by OpenSearch's {@code arabic} analyzer; filters are terms
 * on folded keys; facets, histograms and counts are aggregations; passages are marked by
 * OpenSearch's highlighter; copies of a story are grouped by the same MinHash signatures as the
 * embedded store's, kept in each document. Events and quotations are documents of their own
 * ({@link Units}), listed by queries and counted by aggregations, exactly over the whole index.
 * Each call sees what the cluster has made searchable; {@link #refresh} has nothing to do.
 */
final class OpenSearchReader implements StoreReader {

  private static final int WINDOW_PER_RESULT = 5;
  private static final int STORY_WINDOW = 500;
  private static final int SCROLL_PAGE = 500;
  /** How deep events, quotations and timelines are paged: OpenSearch's {@code index.max_result_window}. */
  private static final int UNIT_WINDOW = 10_000;
  /** Characters of the body shown when the words matched only the title (or there were none). */
  private static final int NO_MATCH_CHARS = 280;

  private final OpenSearchIndex os;
  private final String index;
  private final Analyzer analyzer = ArchiveAnalyzer.create();

  OpenSearchReader(OpenSearchIndex os) {
    this.os = os;
    this.index = os.store.index();
  }

  @Override
  public long size() throws IOException {
    return os.call("counting the articles", () -> os.client.count(c -> c.index(index).query(kind(Schema.ARTICLE))))
        .count();
  }

  @Override
  public void refresh() {}

  /** The query of a request: words over title and body, then a term per filter value, then the date range. */
  Query query(SearchRequest r) {
    BoolQuery.Builder b = new BoolQuery.Builder();
    if (r.words().isBlank()) {
      b.must(m -> m.matchAll(a -> a));
    } else {
      b.must(words(r.words()));
    }
    b.filter(kind(Schema.ARTICLE));
    r.filters().forEach((dim, values) -> {
      for (String v : values) {
        b.filter(f -> f.term(t -> t.field("f." + dim.key()).value(FieldValue.of(Keys.fold(v)))));
      }
    });
    days(b, "day", r.from(), r.to());
    return Query.of(q -> q.bool(b.build()));
  }

  /** Days ({@code yyyymmdd}) from the first a user's bound covers to the last; nothing when both are open. */
  private static void days(BoolQuery.Builder b, String field, String from, String to) {
    if (from == null && to == null) {
      return;
    }
    b.filter(f -> f.range(g -> {
      g.field(field);
      if (from != null) {
        g.gte(JsonData.of(Keys.bound(from, false)));
      }
      if (to != null) {
        g.lte(JsonData.of(Keys.bound(to, true)));
      }
      return g;
    }));
  }

  /** Words over title (counted double) and body, each field's score added, as the embedded store's query parser does. */
  private Query words(String words) {
    String readable = readable(words);
    return Query.of(q -> q.queryString(qs -> qs.query(readable).fields("title^2", "text").type(TextQueryType.MostFields)
        .defaultOperator(Operator.Or)));
  }

  /** The words as the embedded store reads them: a stray quote or bracket is a word, not syntax. */
  private String readable(String words) {
    QueryParser parser = new QueryParser("text", analyzer);
    try {
      parser.parse(words);
      return words;
    } catch (ParseException e) {
      String escaped = QueryParser.escape(words);
      try {
        parser.parse(escaped);
        return escaped;
      } catch (ParseException again) {
        throw new IllegalArgumentException("cannot read the query \"" + words + "\": " + again.getMessage(), again);
      }
    }
  }

  private static List<SortOptions> sort(SearchRequest r) {
    return switch (r.effectiveOrder()) {
      case RELEVANCE -> List.of();
      case NEWEST -> byDay(SortOrder.Desc);
      case OLDEST -> byDay(SortOrder.Asc);
    };
  }

  /** By publication day, undated last, then by id, as the embedded store pages. */
  private static List<SortOptions> byDay(SortOrder order) {
    return List.of(SortOptions.of(s -> s.field(f -> f.field("day").order(order).missing(FieldValue.of("_last")))),
        SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
  }

  @Override
  public Optional<Article> article(String id) throws IOException {
    var got = os.call("reading article " + id, () -> os.client.get(g -> g.index(index).id(id).sourceIncludes("record"),
        ObjectNode.class));
    return got.found() && got.source() != null ? Optional.of(record(got.source())) : Optional.empty();
  }

  /** What grouping reads of a result: its id, score, signature and outlet. */
  private record Brief(String id, double score, long[] signature, String outlet) {}

  @Override
  public Page<org.marsad.store.Hit> search(SearchRequest r) throws IOException {
    Query q = query(r);
    int window = Math.max(30, (r.offset() + r.limit()) * WINDOW_PER_RESULT);
    SearchResponse<ObjectNode> top = os.call("searching", () -> os.client.search(s -> s.index(index).query(q)
        .sort(sort(r)).size(window).trackTotalHits(t -> t.enabled(true))
        .source(src -> src.fetch(false)).docvalueFields(docValues("signature", "shown_outlet")),
        ObjectNode.class));
    List<Brief> briefs = new ArrayList<>();
    for (Hit<ObjectNode> h : top.hits().hits()) {
      briefs.add(new Brief(h.id(), h.score() == null ? Double.NaN : h.score(), signature(h, "signature"),
          docValue(h, "shown_outlet")));
    }
    int[] group = Syndication.group(briefs.stream().map(Brief::signature).toList());
    List<Integer> shown = new ArrayList<>();
    int firsts = 0;
    for (int i = 0; i < group.length && shown.size() < r.limit(); i++) {
      if (group[i] == i && firsts++ >= r.offset()) {
        shown.add(i);
      }
    }
    long total = top.hits().total() == null ? briefs.size() : top.hits().total().value();
    if (shown.isEmpty()) {
      return new Page<>(total, r.offset(), List.of());
    }
    Map<String, Hit<ObjectNode>> marked = marked(r, shown.stream().map(i -> briefs.get(i).id()).toList());
    Set<String> seen = new java.util.HashSet<>();
    briefs.forEach(b -> seen.add(b.id()));
    List<Hit<ObjectNode>> near = near(shown.stream().map(i -> briefs.get(i).signature()).toList(), seen, false);
    List<org.marsad.store.Hit> hits = new ArrayList<>();
    for (int i : shown) {
      Set<String> also = new LinkedHashSet<>();
      for (int j = 0; j < group.length; j++) {
        if (j != i && group[j] == i) {
          also.add(briefs.get(j).outlet());
        }
      }
      for (Hit<ObjectNode> h : near) {
        if (Syndication.syndicated(briefs.get(i).signature(), signature(h, "signature"))) {
          also.add(docValue(h, "shown_outlet"));
        }
      }
      Hit<ObjectNode> m = marked.get(briefs.get(i).id());
      List<String> passages = m.highlight().getOrDefault("text", List.of());
      hits.add(new org.marsad.store.Hit(Summary.of(record(m.source())), (float) briefs.get(i).score(),
          org.marsad.store.Hit.snippet(passages.isEmpty() ? null : passages.get(0)), List.copyOf(also)));
    }
    return new Page<>(total, r.offset(), hits);
  }

  /** The records of the results shown, with their passages marked by OpenSearch's highlighter. */
  private Map<String, Hit<ObjectNode>> marked(SearchRequest r, List<String> ids) throws IOException {
    Query words = r.words().isBlank() ? Query.of(q -> q.matchAll(a -> a)) : words(r.words());
    SearchResponse<ObjectNode> resp = os.call("marking passages", () -> os.client.search(s -> s.index(index)
        .query(q -> q.ids(i -> i.values(ids))).size(ids.size())
        .source(src -> src.filter(f -> f.includes("record")))
        .highlight(h -> h.preTags(org.marsad.store.Hit.MARK_START).postTags(org.marsad.store.Hit.MARK_END)
            .highlightQuery(words)
            .fields("text", f -> f.numberOfFragments(1).fragmentSize(NO_MATCH_CHARS).noMatchSize(NO_MATCH_CHARS))),
        ObjectNode.class));
    Map<String, Hit<ObjectNode>> out = new HashMap<>();
    resp.hits().hits().forEach(h -> out.put(h.id(), h));
    return out;
  }

  @Override
  public Page<Article> articles(SearchRequest r) throws IOException {
    Query q = query(r);
    SearchResponse<ObjectNode> resp = os.call("reading articles", () -> os.client.search(s -> s.index(index).query(q)
        .sort(sort(r)).from(r.offset()).size(r.limit()).trackTotalHits(t -> t.enabled(true))
        .source(src -> src.filter(f -> f.includes("record"))), ObjectNode.class));
    List<Article> out = new ArrayList<>();
    for (Hit<ObjectNode> h : resp.hits().hits()) {
      out.add(record(h.source()));
    }
    long total = resp.hits().total() == null ? out.size() : resp.hits().total().value();
    return new Page<>(total, r.offset(), out);
  }

  @Override
  public List<Story> stories(SearchRequest r) throws IOException {
    Query q = query(r);
    SearchResponse<ObjectNode> resp = os.call("finding stories", () -> os.client.search(s -> s.index(index).query(q)
        .sort(sort(r)).size(STORY_WINDOW).source(src -> src.filter(f -> f.includes("record")))
        .docvalueFields(docValues("signature", "words")), ObjectNode.class));
    List<Stories.Item> items = new ArrayList<>();
    for (Hit<ObjectNode> h : resp.hits().hits()) {
      items.add(new Stories.Item(record(h.source()), signature(h, "words"), signature(h, "signature")));
    }
    return Stories.page(items, r);
  }

  @Override
  public List<Article> copies(String id) throws IOException {
    SearchResponse<ObjectNode> got = os.call("reading article " + id, () -> os.client.search(s -> s.index(index)
        .query(q -> q.ids(i -> i.values(id))).source(src -> src.fetch(false)).docvalueFields(docValues("signature")),
        ObjectNode.class));
    if (got.hits().hits().isEmpty()) {
      return List.of();
    }
    long[] signature = signature(got.hits().hits().get(0), "signature");
    List<Article> out = new ArrayList<>();
    for (Hit<ObjectNode> h : near(List.of(signature), Set.of(id), true)) {
      if (Syndication.syndicated(signature, signature(h, "signature"))) {
        out.add(record(h.source()));
      }
    }
    return out;
  }

  /** Documents outside {@code seen} sharing an LSH band with one of the signatures: candidates, not yet verified. */
  private List<Hit<ObjectNode>> near(List<long[]> signatures, Set<String> seen, boolean records) throws IOException {
    List<FieldValue> bands = new ArrayList<>();
    for (long[] s : signatures) {
      Syndication.bandKeys(s).forEach(b -> bands.add(FieldValue.of(b)));
    }
    if (bands.isEmpty()) {
      return List.of();
    }
    List<String> exclude = List.copyOf(seen);
    SearchResponse<ObjectNode> resp = os.call("finding copies", () -> os.client.search(s -> s.index(index)
        .query(q -> q.bool(b -> b.filter(f -> f.terms(t -> t.field("band").terms(v -> v.value(bands))))
            .mustNot(n -> n.ids(i -> i.values(exclude)))))
        .size(50 * signatures.size()).docvalueFields(docValues("signature", "shown_outlet"))
        .source(src -> records ? src.filter(f -> f.includes("record")) : src.fetch(false)), ObjectNode.class));
    return resp.hits().hits();
  }

  @Override
  public void forEach(SearchRequest r, Visitor action) throws IOException {
    forEach(query(r), action);
  }

  /** Every article a query matches, a page at a time in id order. */
  private void forEach(Query q, Visitor action) throws IOException {
    List<FieldValue> after = null;
    while (true) {
      List<FieldValue> from = after;
      SearchResponse<ObjectNode> resp = os.call("reading articles", () -> os.client.search(s -> {
        s.index(index).query(q).size(SCROLL_PAGE).sort(so -> so.field(f -> f.field("id").order(SortOrder.Asc)))
            .source(src -> src.filter(f -> f.includes("record")));
        if (from != null) {
          s.searchAfter(from);
        }
        return s;
      }, ObjectNode.class));
      List<Hit<ObjectNode>> hits = resp.hits().hits();
      for (Hit<ObjectNode> h : hits) {
        action.accept(record(h.source()));
      }
      if (hits.size() < SCROLL_PAGE) {
        return;
      }
      after = hits.get(hits.size() - 1).sort();
    }
  }

  @Override
  public Map<Dimension, List<Count>> facets(SearchRequest r, int top) throws IOException {
    Map<String, Aggregation> aggs = new HashMap<>();
    for (Dimension d : Dimension.values()) {
      aggs.put(d.key(), Aggregation.of(a -> a.terms(t -> t.field("l." + d.key()).size(Math.max(1, top))
          .order(List.of(Map.of("_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc))))));
    }
    Query q = query(r);
    SearchResponse<Void> resp = os.call("counting facets", () -> os.client.search(s -> s.index(index).query(q).size(0)
        .aggregations(aggs), Void.class));
    Map<Dimension, List<Count>> out = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      List<Count> counts = new ArrayList<>();
      for (StringTermsBucket b : resp.aggregations().get(d.key()).sterms().buckets().array()) {
        counts.add(new Count(b.key(), b.docCount()));
      }
      out.put(d, top < 1 ? List.of() : counts);
    }
    return out;
  }

  @Override
  public List<Count> histogram(SearchRequest r, Interval interval) throws IOException {
    String field = switch (interval) {
      case DAY -> "date_day";
      case MONTH -> "l.month";
      case YEAR -> "l.year";
    };
    List<Count> out = new ArrayList<>();
    composite("counting dates", query(r), field, (key, n) -> out.add(new Count(key.stringValue(), n)));
    return out;
  }

  /** Every value of a field among the documents a query matches, with how many have it, in the order of the values. */
  private void composite(String doing, Query q, String field, ObjLongConsumer<FieldValue> each)
      throws IOException {
    Map<String, FieldValue> after = null;
    while (true) {
      Map<String, FieldValue> from = after;
      SearchResponse<Void> resp = os.call(doing, () -> os.client.search(s -> s.index(index).query(q).size(0)
          .aggregations("values", a -> a.composite(c -> {
            c.size(1000).sources(List.of(Map.of("v", CompositeAggregationSource.of(x -> x.terms(t -> t.field(field))))));
            if (from != null) {
              c.after(from);
            }
            return c;
          })), Void.class));
      CompositeAggregate values = resp.aggregations().get("values").composite();
      for (CompositeBucket b : values.buckets().array()) {
        each.accept(b.key().get("v"), b.docCount());
      }
      if (values.buckets().array().size() < 1000 || values.afterKey() == null) {
        return;
      }
      after = values.afterKey();
    }
  }

  // ---- events, quotations, timelines: queries and aggregations over their own documents ({@link Units})

  @Override
  public Page<EventHit> events(EventRequest r) throws IOException {
    SearchResponse<ObjectNode> resp = units("listing events", eventQuery(r), r.order(), r.offset(), r.limit(),
        List.of("of", "index"));
    List<String> of = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (Hit<ObjectNode> h : resp.hits().hits()) {
      of.add(h.source().get("of").asText());
      at.add(h.source().get("index").asInt());
    }
    List<EventHit> hits = Units.hits(of, at, records(of));
    return new Page<>(total(resp, hits.size()), r.offset(), hits);
  }

  @Override
  public List<Count> eventCounts(EventRequest r, EventFacet by, int top) throws IOException {
    if (top < 1) {
      return List.of();
    }
    Query q = eventQuery(r);
    SearchResponse<Void> resp = os.call("counting events", () -> os.client.search(s -> s.index(index).query(q).size(0)
        .aggregations("by", a -> a.terms(t -> t.field(by.field()).size(top)
            .order(List.of(Map.of("_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc))))), Void.class));
    List<Count> out = new ArrayList<>();
    for (StringTermsBucket b : resp.aggregations().get("by").sterms().buckets().array()) {
      out.add(new Count(b.key(), b.docCount()));
    }
    return out;
  }

  @Override
  public List<Count> eventHistogram(EventRequest r, Interval interval) throws IOException {
    TreeMap<String, Long> counts = new TreeMap<>();
    composite("counting event dates", eventQuery(r), "unit_day", (key, n) -> {
      String label = interval.label((int) key.longValue());
      if (label != null) {
        counts.merge(label, n, Long::sum);
      }
    });
    return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
  }

  @Override
  public Page<Quotations.Said> quotations(QuoteRequest r) throws IOException {
    SearchResponse<ObjectNode> resp = units("listing quotations", quoteQuery(r), r.order(), r.offset(), r.limit(),
        List.of("line"));
    List<Quotations.Said> out = new ArrayList<>();
    for (Hit<ObjectNode> h : resp.hits().hits()) {
      out.add(line(h, Quotations.Said.class));
    }
    return new Page<>(total(resp, out.size()), r.offset(), out);
  }

  @Override
  public Page<Timeline.Entry> timeline(String entity, String with, Order order, int offset, int limit) throws IOException {
    SearchRequest.check(null, null, offset, limit, Integer.MAX_VALUE);
    SearchResponse<ObjectNode> resp = units("reading a timeline", timelineQuery(entity, with), order, offset, limit,
        List.of("kind", "line"));
    List<Timeline.Entry> out = new ArrayList<>();
    for (Hit<ObjectNode> h : resp.hits().hits()) {
      out.add(Schema.QUOTE.equals(h.source().get("kind").asText()) ? Units.line(line(h, Quotations.Said.class))
          : line(h, Timeline.Entry.class));
    }
    return new Page<>(total(resp, out.size()), offset, out);
  }

  /**
   * One page of events or quotations in date order (undated last either way), then by article,
   * then in their article's order, as the embedded store lists them.
   */
  private SearchResponse<ObjectNode> units(String doing, Query q, Order order, int offset, int limit,
      List<String> fields) throws IOException {
    if ((long) offset + limit > UNIT_WINDOW) {
      throw new IllegalArgumentException("OpenSearch lists the first " + UNIT_WINDOW + " only: ask for a page before "
          + UNIT_WINDOW + " (offset " + offset + ", limit " + limit + "), or narrow the request");
    }
    SortOrder days = order == Order.OLDEST ? SortOrder.Asc : SortOrder.Desc;
    List<SortOptions> sort = List.of(
        SortOptions.of(s -> s.field(f -> f.field("unit_day").order(days).missing(FieldValue.of("_last")))),
        SortOptions.of(s -> s.field(f -> f.field("of").order(SortOrder.Asc))),
        SortOptions.of(s -> s.field(f -> f.field("seq").order(SortOrder.Asc))));
    return os.call(doing, () -> os.client.search(s -> s.index(index).query(q).sort(sort).from(offset).size(limit)
        .trackTotalHits(t -> t.enabled(true)).source(src -> src.filter(f -> f.includes(fields))), ObjectNode.class));
  }

  private static long total(SearchResponse<ObjectNode> resp, int found) {
    return resp.hits().total() == null ? found : resp.hits().total().value();
  }

  private static <T> T line(Hit<ObjectNode> h, Class<T> type) {
    try {
      return Json.MAPPER.treeToValue(h.source().get("line"), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored line is not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** The records of articles by id. */
  private Map<String, Article> records(List<String> ids) throws IOException {
    Map<String, Article> out = new HashMap<>();
    List<String> distinct = ids.stream().distinct().toList();
    if (distinct.isEmpty()) {
      return out;
    }
    SearchResponse<ObjectNode> resp = os.call("reading articles", () -> os.client.search(s -> s.index(index)
        .query(q -> q.ids(i -> i.values(distinct))).size(distinct.size())
        .source(src -> src.filter(f -> f.includes("record"))), ObjectNode.class));
    for (Hit<ObjectNode> h : resp.hits().hits()) {
      out.put(h.id(), record(h.source()));
    }
    return out;
  }

  /** Events that meet every condition of a request, each of one and the same event document. */
  private static Query eventQuery(EventRequest r) {
    BoolQuery.Builder b = new BoolQuery.Builder();
    b.filter(kind(Schema.EVENT));
    term(b, "e.type", r.type());
    term(b, "e.subtype", r.subtype());
    term(b, "e.mode", r.mode());
    if (!r.actor().open() || !r.target().open()) {
      Query sides = sides(r.actor(), r.target());
      if (r.eitherWay()) {
        Query back = sides(r.target(), r.actor());
        b.filter(f -> f.bool(o -> o.minimumShouldMatch("1").should(sides).should(back)));
      } else {
        b.filter(sides);
      }
    }
    days(b, "unit_day", r.from(), r.to());
    BoolQuery built = b.build();
    return Query.of(q -> q.bool(built));
  }

  private static Query sides(EventRequest.Side actor, EventRequest.Side target) {
    BoolQuery.Builder b = new BoolQuery.Builder();
    b.must(m -> m.matchAll(a -> a));
    side(b, "e.actor.", actor);
    side(b, "e.target.", target);
    BoolQuery built = b.build();
    return Query.of(q -> q.bool(built));
  }

  private static void side(BoolQuery.Builder b, String prefix, EventRequest.Side s) {
    term(b, prefix + "entity", s.entity());
    term(b, prefix + "country", s.country());
    term(b, prefix + "sector", s.sector());
  }

  private static void term(BoolQuery.Builder b, String field, String value) {
    if (value != null) {
      b.filter(key(field, Keys.fold(value)));
    }
  }

  private static Query key(String field, String key) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(key))));
  }

  private static Query kind(String kind) {
    return key("kind", kind);
  }

  /** Quotations by the speaker that name the subject (among the entities their words name, or in their words), in the bounds. */
  private static Query quoteQuery(QuoteRequest r) {
    BoolQuery.Builder b = new BoolQuery.Builder();
    b.filter(kind(Schema.QUOTE));
    term(b, "q.speaker", r.speaker());
    if (r.about() != null) {
      String key = Keys.fold(r.about());
      String pattern = "*" + key.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?") + "*";
      b.filter(f -> f.bool(o -> o.minimumShouldMatch("1")
          .should(s -> s.term(t -> t.field("q.about").value(FieldValue.of(key))))
          .should(s -> s.wildcard(w -> w.field("q.words").value(pattern)))));
    }
    days(b, "unit_day", r.from(), r.to());
    BoolQuery built = b.build();
    return Query.of(q -> q.bool(built));
  }

  /**
   * The events an entity takes part in and the quotations it said; with a second entity, events
   * both take part in and quotations by one that name the other.
   */
  private static Query timelineQuery(String entity, String with) {
    String first = Keys.fold(entity);
    BoolQuery.Builder events = new BoolQuery.Builder();
    events.filter(kind(Schema.EVENT)).filter(key("e.involves", first));
    BoolQuery.Builder quotes = new BoolQuery.Builder();
    quotes.filter(kind(Schema.QUOTE));
    if (with == null) {
      quotes.filter(key("q.speaker", first));
    } else {
      String second = Keys.fold(with);
      events.filter(key("e.involves", second));
      quotes.filter(f -> f.bool(o -> o.minimumShouldMatch("1")
          .should(s -> s.bool(x -> x.filter(key("q.speaker", first)).filter(key("q.about", second))))
          .should(s -> s.bool(x -> x.filter(key("q.speaker", second)).filter(key("q.about", first))))));
    }
    BoolQuery e = events.build();
    BoolQuery q = quotes.build();
    return Query.of(x -> x.bool(b -> b.minimumShouldMatch("1").should(s -> s.bool(e)).should(s -> s.bool(q))));
  }

  static Article record(ObjectNode source) {
    JsonNode record = source.get("record");
    try {
      return Json.MAPPER.treeToValue(record, Article.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored record is not an article: " + e.getOriginalMessage(), e);
    }
  }

  /** A MinHash signature kept as a binary doc value (read without parsing the stored record). */
  private static long[] signature(Hit<ObjectNode> h, String field) {
    String base64 = docValue(h, field);
    if (base64.isEmpty()) {
      return new long[0];
    }
    byte[] b = Base64.getDecoder().decode(base64);
    return MinHash.fromBytes(b, 0, b.length);
  }

  private static List<FieldAndFormat> docValues(String... fields) {
    return java.util.Arrays.stream(fields).map(f -> FieldAndFormat.of(x -> x.field(f))).toList();
  }

  /** The first doc value of a field a search asked for, "" when the document has none. */
  private static String docValue(Hit<ObjectNode> h, String field) {
    JsonData values = h.fields().get(field);
    if (values == null || !(values.toJson() instanceof JsonArray array) || array.isEmpty()) {
      return "";
    }
    JsonValue first = array.get(0);
    return first instanceof JsonString s ? s.getString() : first.toString();
  }

  @Override
  public void close() throws IOException {
    try (os; analyzer) {
      // the connection and the analyzer, in that order
    }
  }
}
