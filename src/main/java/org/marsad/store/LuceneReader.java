package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.marsad.doc.Article;
import org.marsad.doc.Json;

/**
 * The embedded archive open for reading: search with filters, grouped syndication and
 * highlighted passages; stories; every record a request matches; facet counts and date
 * histograms. Each call sees the index as committed at the last {@link #refresh}. Thread-safe.
 */
public final class LuceneReader implements StoreReader {

  /** Results examined per result shown, so that grouping copies still fills the page. */
  private static final int WINDOW_PER_RESULT = 5;
  /** Results clustered into stories. */
  private static final int STORY_WINDOW = 500;
  private static final Query ARTICLES = kind(Schema.ARTICLE);

  private final FSDirectory directory;
  private final Analyzer analyzer = ArchiveAnalyzer.create();
  private final FacetsConfig facets = Schema.facets();
  private final SearcherManager views;

  private LuceneReader(FSDirectory directory, DirectoryReader first) throws IOException {
    this.directory = directory;
    this.views = new SearcherManager(first, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return new View(reader);
      }
    });
  }

  /** Opens the archive in {@code dir} for reading; fails, naming the folder, when there is none. */
  public static LuceneReader open(Path dir) throws IOException {
    Schema.init();
    FSDirectory d = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(d)) {
      d.close();
      throw new StoreException(StoreException.Reason.MISSING,
          dir + ": no archive here (make one with: marsad ingest PATH --store " + dir + ")");
    }
    DirectoryReader first = DirectoryReader.open(d);
    try {
      Schema.checkVersion(first, dir);
      return new LuceneReader(d, first);
    } catch (IOException | RuntimeException e) {
      first.close();
      d.close();
      throw e;
    }
  }

  /** One state of the index: a searcher, its highlighter, and the facet state built when first asked. */
  private final class View extends IndexSearcher {
    final UnifiedHighlighter highlighter;
    private Optional<SortedSetDocValuesReaderState> facetState;

    View(IndexReader reader) {
      super(reader);
      highlighter = UnifiedHighlighter.builder(this, analyzer)
          .withMaxNoHighlightPassages(1)
          .withFormatter(new DefaultPassageFormatter(Hit.MARK_START, Hit.MARK_END, " … ", false))
          .build();
    }

    /** Lucene's map of facet values, built once per view; empty when no article has any. */
    synchronized Optional<SortedSetDocValuesReaderState> facetState() throws IOException {
      if (facetState == null) {
        try {
          facetState = Optional.of(new DefaultSortedSetDocValuesReaderState(getIndexReader(), facets));
        } catch (IllegalArgumentException noFacets) {
          facetState = Optional.empty();
        }
      }
      return facetState;
    }

    Article record(int doc) throws IOException {
      return LuceneReader.record(storedFields().document(doc, Set.of(Schema.RECORD)));
    }
  }

  /** Work done on one view, which stays open until it returns. */
  private interface Work<T> {
    T on(View view) throws IOException;
  }

  private <T> T read(Work<T> work) throws IOException {
    View v = (View) views.acquire();
    try {
      return work.on(v);
    } finally {
      views.release(v);
    }
  }

  @Override
  public long size() throws IOException {
    return read(v -> (long) v.count(ARTICLES));
  }

  @Override
  public void refresh() throws IOException {
    views.maybeRefresh();
  }

  /** The Lucene query of a request: BM25 over title (counted double) and body, then filters; articles only. */
  Query query(SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (r.words().isBlank()) {
      b.add(ARTICLES, BooleanClause.Occur.MUST);
    } else {
      b.add(words(r.words()), BooleanClause.Occur.MUST);
      b.add(ARTICLES, BooleanClause.Occur.FILTER);
    }
    r.filters().forEach((dim, values) -> {
      for (String v : values) {
        b.add(new TermQuery(new Term(Schema.filter(dim), Keys.fold(v))), BooleanClause.Occur.FILTER);
      }
    });
    if (r.from() != null || r.to() != null) {
      int low = r.from() == null ? Integer.MIN_VALUE : Keys.bound(r.from(), false);
      int high = r.to() == null ? Integer.MAX_VALUE : Keys.bound(r.to(), true);
      b.add(IntPoint.newRangeQuery(Schema.DAY, low, high), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private Query words(String words) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {Schema.TITLE, Schema.TEXT}, analyzer,
        Map.of(Schema.TITLE, 2f, Schema.TEXT, 1f));
    try {
      return parser.parse(words);
    } catch (ParseException e) {
      try {
        return parser.parse(QueryParser.escape(words)); // a stray quote or bracket is a word, not syntax
      } catch (ParseException again) {
        throw new IllegalArgumentException("cannot read the query \"" + words + "\": " + again.getMessage(), again);
      }
    }
  }

  @Override
  public Optional<Article> article(String id) throws IOException {
    return read(v -> {
      TopDocs t = v.search(new TermQuery(new Term(Schema.ID, id)), 1);
      return t.scoreDocs.length == 0 ? Optional.empty() : Optional.of(v.record(t.scoreDocs[0].doc));
    });
  }

  @Override
  public Page<Hit> search(SearchRequest r) throws IOException {
    return read(v -> search(v, r));
  }

  private Page<Hit> search(View v, SearchRequest r) throws IOException {
    Query q = query(r);
    TopDocs top = top(v, q, r, Math.max(30, (r.offset() + r.limit()) * WINDOW_PER_RESULT));
    List<long[]> signatures = new ArrayList<>();
    List<String> outlets = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      signatures.add(signature(v, sd.doc, Schema.SIGNATURE));
      outlets.add(outlet(v, sd.doc));
    }
    int[] group = Syndication.group(signatures);
    List<Integer> shown = new ArrayList<>();
    int firsts = 0;
    for (int i = 0; i < group.length && shown.size() < r.limit(); i++) {
      if (group[i] == i && firsts++ >= r.offset()) {
        shown.add(i);
      }
    }
    int[] docs = shown.stream().mapToInt(i -> top.scoreDocs[i].doc).toArray();
    String[] snippets = docs.length == 0 ? new String[0]
        : v.highlighter.highlightFields(new String[] {Schema.TEXT}, q, docs, new int[] {1}).get(Schema.TEXT);
    Set<Integer> seen = new HashSet<>();
    for (ScoreDoc sd : top.scoreDocs) {
      seen.add(sd.doc);
    }
    List<int[]> candidates = copyCandidates(v, shown.stream().map(signatures::get).toList(), seen);
    List<Hit> hits = new ArrayList<>();
    for (int k = 0; k < shown.size(); k++) {
      int i = shown.get(k);
      Set<String> also = new LinkedHashSet<>();
      for (int j = 0; j < group.length; j++) {
        if (j != i && group[j] == i) {
          also.add(outlets.get(j));
        }
      }
      for (int doc : candidates.get(k)) {
        also.add(outlet(v, doc));
      }
      hits.add(new Hit(v.record(docs[k]), top.scoreDocs[i].score, Hit.snippet(snippets[k]), List.copyOf(also)));
    }
    long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : v.count(q);
    return new Page<>(total, r.offset(), hits);
  }

  @Override
  public Page<Article> articles(SearchRequest r) throws IOException {
    return read(v -> {
      Query q = query(r);
      TopDocs top = top(v, q, r, r.offset() + r.limit());
      List<Article> out = new ArrayList<>();
      for (int i = r.offset(); i < top.scoreDocs.length; i++) {
        out.add(v.record(top.scoreDocs[i].doc));
      }
      return new Page<>(v.count(q), r.offset(), out);
    });
  }

  @Override
  public List<Story> stories(SearchRequest r) throws IOException {
    return read(v -> {
      TopDocs top = top(v, query(r), r, STORY_WINDOW);
      List<Stories.Item> items = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        items.add(new Stories.Item(v.record(sd.doc), signature(v, sd.doc, Schema.WORDS),
            signature(v, sd.doc, Schema.SIGNATURE)));
      }
      List<Story> all = Stories.cluster(items);
      return all.subList(Math.min(r.offset(), all.size()), Math.min(r.offset() + r.limit(), all.size()));
    });
  }

  @Override
  public List<Article> copies(String id) throws IOException {
    return read(v -> {
      TopDocs t = v.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (t.scoreDocs.length == 0) {
        return List.of();
      }
      int doc = t.scoreDocs[0].doc;
      List<Article> out = new ArrayList<>();
      for (int copy : copyCandidates(v, List.of(signature(v, doc, Schema.SIGNATURE)), Set.of(doc)).get(0)) {
        out.add(v.record(copy));
      }
      return out;
    });
  }

  @Override
  public void forEach(SearchRequest r, Visitor action) throws IOException {
    read(v -> {
      int[] docs = v.search(query(r), new DocIds());
      StoredFields stored = v.storedFields();
      Set<String> fields = Set.of(Schema.RECORD);
      for (int doc : docs) {
        action.accept(record(stored.document(doc, fields)));
      }
      return null;
    });
  }

  @Override
  public Map<Dimension, List<Count>> facets(SearchRequest r, int top) throws IOException {
    return read(v -> {
      Map<Dimension, List<Count>> out = new EnumMap<>(Dimension.class);
      Optional<SortedSetDocValuesReaderState> state = v.facetState();
      if (state.isEmpty()) {
        for (Dimension d : Dimension.values()) {
          out.put(d, List.of());
        }
        return out;
      }
      FacetsCollector fc = v.search(query(r), new FacetsCollectorManager());
      Facets counts = new SortedSetDocValuesFacetCounts(state.get(), fc);
      for (Dimension d : Dimension.values()) {
        out.put(d, topOf(counts, d.key(), top));
      }
      return out;
    });
  }

  @Override
  public List<Count> histogram(SearchRequest r, Interval interval) throws IOException {
    return read(v -> days(v, query(r), Schema.DAY, interval));
  }

  // ---- events, quotations, timelines: queries and counts over their own documents ({@link Units})

  @Override
  public Page<EventHit> events(EventRequest r) throws IOException {
    return read(v -> {
      Slice s = slice(v, eventQuery(r), unitOrder(r.order()), r.offset(), r.limit());
      StoredFields stored = v.storedFields();
      List<String> of = new ArrayList<>();
      List<Integer> index = new ArrayList<>();
      for (ScoreDoc sd : s.docs()) {
        Document d = stored.document(sd.doc, UNIT_PLACE);
        of.add(d.get(Schema.OF));
        index.add(d.getField(Schema.INDEX).numericValue().intValue());
      }
      return new Page<>(s.total(), r.offset(), Units.hits(of, index, records(v, of)));
    });
  }

  @Override
  public List<Count> eventCounts(EventRequest r, EventFacet by, int top) throws IOException {
    return read(v -> {
      Map<String, Long> counts = new HashMap<>();
      for (FacetsCollector.MatchingDocs m : v.search(eventQuery(r), new FacetsCollectorManager()).getMatchingDocs()) {
        SortedDocValues values = m.context().reader().getSortedDocValues(by.field());
        if (values == null || m.bits() == null) {
          continue;
        }
        int[] perOrd = new int[values.getValueCount()];
        DocIdSetIterator it = m.bits().iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (values.advanceExact(doc)) {
            perOrd[values.ordValue()]++;
          }
        }
        for (int ord = 0; ord < perOrd.length; ord++) {
          if (perOrd[ord] > 0) {
            counts.merge(values.lookupOrd(ord).utf8ToString(), (long) perOrd[ord], Long::sum);
          }
        }
      }
      return Count.top(counts, top);
    });
  }

  @Override
  public List<Count> eventHistogram(EventRequest r, Interval interval) throws IOException {
    return read(v -> days(v, eventQuery(r), Schema.UNIT_DAY, interval));
  }

  @Override
  public Page<Quotations.Said> quotations(QuoteRequest r) throws IOException {
    return read(v -> {
      Slice s = slice(v, quoteQuery(r), unitOrder(r.order()), r.offset(), r.limit());
      StoredFields stored = v.storedFields();
      List<Quotations.Said> out = new ArrayList<>();
      for (ScoreDoc sd : s.docs()) {
        out.add(Json.MAPPER.readValue(stored.document(sd.doc, UNIT_LINE).get(Schema.LINE), Quotations.Said.class));
      }
      return new Page<>(s.total(), r.offset(), out);
    });
  }

  @Override
  public Page<Timeline.Entry> timeline(String entity, String with, Order order, int offset, int limit) throws IOException {
    SearchRequest.check(null, null, offset, limit, Integer.MAX_VALUE);
    return read(v -> {
      Slice s = slice(v, timelineQuery(entity, with), unitOrder(order), offset, limit);
      StoredFields stored = v.storedFields();
      List<Timeline.Entry> out = new ArrayList<>();
      for (ScoreDoc sd : s.docs()) {
        Document d = stored.document(sd.doc, UNIT_LINE);
        String line = d.get(Schema.LINE);
        out.add(Schema.QUOTE.equals(d.get(Schema.KIND)) ? Units.line(Json.MAPPER.readValue(line, Quotations.Said.class))
            : Json.MAPPER.readValue(line, Timeline.Entry.class));
      }
      return new Page<>(s.total(), offset, out);
    });
  }

  private static final Set<String> UNIT_PLACE = Set.of(Schema.OF, Schema.INDEX);
  private static final Set<String> UNIT_LINE = Set.of(Schema.KIND, Schema.LINE);

  /** Events that meet every condition of a request, each of one and the same event document. */
  static Query eventQuery(EventRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(kind(Schema.EVENT), BooleanClause.Occur.MUST);
    filter(b, "e.type", r.type());
    filter(b, "e.subtype", r.subtype());
    filter(b, "e.mode", r.mode());
    if (!r.actor().open() || !r.target().open()) {
      Query sides = sides(r.actor(), r.target());
      if (r.eitherWay()) {
        sides = new BooleanQuery.Builder().add(sides, BooleanClause.Occur.SHOULD)
            .add(sides(r.target(), r.actor()), BooleanClause.Occur.SHOULD).build();
      }
      b.add(sides, BooleanClause.Occur.FILTER);
    }
    unitDays(b, r.from(), r.to());
    return b.build();
  }

  private static Query sides(EventRequest.Side actor, EventRequest.Side target) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (var side : List.of(Map.entry("e.actor.", actor), Map.entry("e.target.", target))) {
      filter(b, side.getKey() + "entity", side.getValue().entity());
      filter(b, side.getKey() + "country", side.getValue().country());
      filter(b, side.getKey() + "sector", side.getValue().sector());
    }
    BooleanQuery q = b.build();
    return q.clauses().isEmpty() ? new MatchAllDocsQuery() : q;
  }

  /** Quotations by the speaker that name the subject (among the entities their words name, or in their words), in the bounds. */
  static Query quoteQuery(QuoteRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(kind(Schema.QUOTE), BooleanClause.Occur.MUST);
    filter(b, "q.speaker", r.speaker());
    if (r.about() != null) {
      String key = Keys.fold(r.about());
      String escaped = key.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
      b.add(new BooleanQuery.Builder()
          .add(new TermQuery(new Term("q.about", key)), BooleanClause.Occur.SHOULD)
          .add(new WildcardQuery(new Term("q.words", "*" + escaped + "*")), BooleanClause.Occur.SHOULD)
          .build(), BooleanClause.Occur.FILTER);
    }
    unitDays(b, r.from(), r.to());
    return b.build();
  }

  /**
   * The events an entity takes part in and the quotations it said; with a second entity, events
   * both take part in and quotations by one that name the other.
   */
  static Query timelineQuery(String entity, String with) {
    String first = Keys.fold(entity);
    BooleanQuery.Builder events = new BooleanQuery.Builder().add(kind(Schema.EVENT), BooleanClause.Occur.MUST)
        .add(term("e.involves", first), BooleanClause.Occur.FILTER);
    BooleanQuery.Builder quotes = new BooleanQuery.Builder().add(kind(Schema.QUOTE), BooleanClause.Occur.MUST);
    if (with == null) {
      quotes.add(term("q.speaker", first), BooleanClause.Occur.FILTER);
    } else {
      String second = Keys.fold(with);
      events.add(term("e.involves", second), BooleanClause.Occur.FILTER);
      quotes.add(new BooleanQuery.Builder()
          .add(both(term("q.speaker", first), term("q.about", second)), BooleanClause.Occur.SHOULD)
          .add(both(term("q.speaker", second), term("q.about", first)), BooleanClause.Occur.SHOULD)
          .build(), BooleanClause.Occur.FILTER);
    }
    return new BooleanQuery.Builder().add(events.build(), BooleanClause.Occur.SHOULD)
        .add(quotes.build(), BooleanClause.Occur.SHOULD).build();
  }

  private static Query both(Query x, Query y) {
    return new BooleanQuery.Builder().add(x, BooleanClause.Occur.FILTER).add(y, BooleanClause.Occur.FILTER).build();
  }

  private static Query kind(String kind) {
    return new ConstantScoreQuery(term(Schema.KIND, kind));
  }

  private static Query term(String field, String key) {
    return new TermQuery(new Term(field, key));
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    if (value != null) {
      b.add(term(field, Keys.fold(value)), BooleanClause.Occur.FILTER);
    }
  }

  private static void unitDays(BooleanQuery.Builder b, String from, String to) {
    if (from != null || to != null) {
      int low = from == null ? Integer.MIN_VALUE : Keys.bound(from, false);
      int high = to == null ? Integer.MAX_VALUE : Keys.bound(to, true);
      b.add(IntPoint.newRangeQuery(Schema.UNIT_DAY, low, high), BooleanClause.Occur.FILTER);
    }
  }

  /** Units by their day (undated last either way), then by article, then in their article's order. */
  private static Sort unitOrder(Order order) {
    boolean newest = order == Order.NEWEST;
    SortField day = new SortField(Schema.UNIT_DAY, SortField.Type.INT, newest);
    day.setMissingValue(newest ? Integer.MIN_VALUE : Integer.MAX_VALUE);
    return new Sort(day, new SortField(Schema.ORDER_ID, SortField.Type.STRING, false),
        new SortField(Schema.SEQ, SortField.Type.LONG, false));
  }

  /** One page of a query's documents in an order, and how many match in all. */
  private record Slice(long total, List<ScoreDoc> docs) {}

  private static Slice slice(View v, Query q, Sort sort, int offset, int limit) throws IOException {
    int n = (int) Math.max(1, Math.min((long) offset + limit, v.getIndexReader().maxDoc()));
    TopDocs top = v.search(q, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE));
    List<ScoreDoc> docs = Arrays.asList(top.scoreDocs);
    return new Slice(top.totalHits.value(), docs.subList(Math.min(offset, docs.size()), docs.size()));
  }

  /** The records of articles by id. */
  private static Map<String, Article> records(View v, List<String> ids) throws IOException {
    Map<String, Article> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    TopDocs found = v.search(new TermInSetQuery(Schema.ID, ids.stream().distinct().map(BytesRef::new).toList()), ids.size());
    for (ScoreDoc sd : found.scoreDocs) {
      Article a = v.record(sd.doc);
      out.put(a.id(), a);
    }
    return out;
  }

  /** Documents a query matches per day, month or year of a day field, in date order; those without one left out. */
  private static List<Count> days(View v, Query q, String field, Interval interval) throws IOException {
    FacetsCollector fc = v.search(q, new FacetsCollectorManager());
    TreeMap<String, Long> counts = new TreeMap<>();
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      NumericDocValues days = m.context().reader().getNumericDocValues(field);
      if (days == null || m.bits() == null) {
        continue;
      }
      DocIdSetIterator it = m.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        String label = days.advanceExact(doc) ? interval.label((int) days.longValue()) : null;
        if (label != null) {
          counts.merge(label, 1L, Long::sum);
        }
      }
    }
    return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
  }

  private static List<Count> topOf(Facets counts, String dim, int n) throws IOException {
    FacetResult r;
    try {
      r = counts.getTopChildren(n, dim);
    } catch (IllegalArgumentException notIndexed) {
      return List.of();
    }
    if (r == null) {
      return List.of();
    }
    List<Count> out = new ArrayList<>();
    for (LabelAndValue lv : r.labelValues) {
      out.add(new Count(lv.label, lv.value.longValue()));
    }
    return out;
  }

  /** The best {@code n} documents of a query in the request's order; undated ones last when by date. */
  private static TopDocs top(View v, Query q, SearchRequest r, int n) throws IOException {
    return switch (r.effectiveOrder()) {
      case RELEVANCE -> v.search(q, n);
      case NEWEST -> v.search(q, n, byDay(true));
      case OLDEST -> v.search(q, n, byDay(false));
    };
  }

  /** By publication day, then by id, so that every store pages alike. */
  private static Sort byDay(boolean newest) {
    SortField day = new SortField(Schema.DAY, SortField.Type.INT, newest);
    day.setMissingValue(newest ? Integer.MIN_VALUE : Integer.MAX_VALUE);
    SortField id = new SortField(Schema.ORDER_ID, SortField.Type.STRING, false);
    id.setMissingValue(SortField.STRING_LAST);
    return new Sort(day, id);
  }

  /**
   * For each signature, the documents elsewhere in the archive (not in {@code seen}) that are
   * copies of it: one look-up of all their LSH bands, then each candidate verified.
   */
  private static List<int[]> copyCandidates(View v, List<long[]> shown, Set<Integer> seen) throws IOException {
    List<BytesRef> bands = new ArrayList<>();
    for (long[] signature : shown) {
      for (String band : Syndication.bandKeys(signature)) {
        bands.add(new BytesRef(band));
      }
    }
    List<int[]> out = new ArrayList<>();
    if (bands.isEmpty()) {
      shown.forEach(x -> out.add(new int[0]));
      return out;
    }
    TopDocs near = v.search(new TermInSetQuery(Schema.BAND, bands), 50 * shown.size());
    List<Integer> docs = new ArrayList<>();
    List<long[]> signatures = new ArrayList<>();
    for (ScoreDoc sd : near.scoreDocs) {
      if (!seen.contains(sd.doc)) {
        docs.add(sd.doc);
        signatures.add(signature(v, sd.doc, Schema.SIGNATURE));
      }
    }
    for (long[] signature : shown) {
      List<Integer> copies = new ArrayList<>();
      for (int c = 0; c < docs.size(); c++) {
        if (Syndication.syndicated(signature, signatures.get(c))) {
          copies.add(docs.get(c));
        }
      }
      out.add(copies.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  private static Article record(Document d) {
    String json = d.get(Schema.RECORD);
    try {
      return Json.MAPPER.readValue(json, Article.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored record is not an article: " + e.getOriginalMessage(), e);
    }
  }

  private static long[] signature(View v, int doc, String field) throws IOException {
    BytesRef b = docValue(v, doc, field);
    return b == null ? new long[0] : MinHash.fromBytes(b.bytes, b.offset, b.length);
  }

  private static String outlet(View v, int doc) throws IOException {
    BytesRef b = docValue(v, doc, Schema.SHOWN_OUTLET);
    return b == null ? "?" : b.utf8ToString();
  }

  /** A binary doc value of a top-level document id, or null when it has none. */
  private static BytesRef docValue(View v, int doc, String field) throws IOException {
    List<LeafReaderContext> leaves = v.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
    return values != null && values.advanceExact(doc - leaf.docBase) ? values.binaryValue() : null;
  }

  @Override
  public void close() throws IOException {
    try (directory; analyzer) {
      views.close();
    }
  }

  /** Collects the ids of every matching document, in index order. */
  private static final class DocIds implements CollectorManager<DocIds.Ids, int[]> {

    static final class Ids implements Collector {
      int[] docs = new int[64];
      int n;

      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) {
        int base = context.docBase;
        return new LeafCollector() {
          @Override
          public void setScorer(Scorable scorer) {}

          @Override
          public void collect(int doc) {
            if (n == docs.length) {
              docs = Arrays.copyOf(docs, n * 2);
            }
            docs[n++] = base + doc;
          }
        };
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    }

    @Override
    public Ids newCollector() {
      return new Ids();
    }

    @Override
    public int[] reduce(java.util.Collection<Ids> collectors) {
      int[] all = collectors.stream().flatMapToInt(c -> Arrays.stream(c.docs, 0, c.n)).toArray();
      Arrays.sort(all);
      return all;
    }
  }
}
