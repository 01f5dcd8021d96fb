package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
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
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
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
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
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
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
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
    private final Highlighter highlighter;
    private Optional<SortedSetDocValuesReaderState> facetState;
    /**
     * Answers that depend on this state of the index alone, kept while it lasts (a refresh that
     * sees a write makes a new view): the outlets that carried each article shown, how many
     * documents each query matches, facet counts, histograms, parsed records. Bounded: emptied when full.
     */
    private final Map<Integer, List<String>> copyOutlets = new ConcurrentHashMap<>();
    private final Map<Query, Long> counts = new ConcurrentHashMap<>();
    private final Map<FacetKey, Map<Dimension, List<Count>>> facetCounts = new ConcurrentHashMap<>();
    private final Map<HistogramKey, List<Count>> histograms = new ConcurrentHashMap<>();
    private final Map<Integer, Article> records = new ConcurrentHashMap<>();
    private final Map<Integer, Row> rows = new ConcurrentHashMap<>();

    View(IndexReader reader) {
      super(reader);
      highlighter = new Highlighter(UnifiedHighlighter.builder(this, analyzer)
          .withMaxNoHighlightPassages(1)
          .withScorer(new PassageScore())
          .withWeightMatches(false) // each word marked from its own postings, without matching the whole query again per document
          .withFormatter(new DefaultPassageFormatter(Hit.MARK_START, Hit.MARK_END, " … ", false)));
    }

    /**
     * The best passage of each record's text for the words of a query (filters apart: they
     * mark no word), the matches found in the postings' offsets.
     */
    String[] passages(Query words, int[] docs, List<String> texts) throws IOException {
      if (docs.length == 0) {
        return new String[0];
      }
      Map<Integer, String> byDoc = new HashMap<>();
      for (int i = 0; i < docs.length; i++) {
        byDoc.put(docs[i], texts.get(i));
      }
      highlighter.texts.set(byDoc);
      try {
        return highlighter.highlightFields(new String[] {Schema.TEXT}, words, docs, new int[] {1}).get(Schema.TEXT);
      } finally {
        highlighter.texts.remove();
      }
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

    /** The facet counts of a query, counted once per view. */
    Map<Dimension, List<Count>> facets(Query q, int top) throws IOException {
      FacetKey key = new FacetKey(q, top);
      Map<Dimension, List<Count>> known = facetCounts.get(key);
      if (known == null) {
        known = Collections.unmodifiableMap(LuceneReader.this.facets(this, q, top));
        remember(facetCounts, key, known);
      }
      return known;
    }

    /** Documents a query matches per day, month or year of a day field, counted once per view. */
    List<Count> days(Query q, String field, Interval interval) throws IOException {
      HistogramKey key = new HistogramKey(q, field, interval);
      List<Count> known = histograms.get(key);
      if (known == null) {
        known = LuceneReader.days(this, q, field, interval);
        remember(histograms, key, known);
      }
      return known;
    }

    /** How many documents a query matches, counted once per view. */
    long matches(Query q) throws IOException {
      Long known = counts.get(q);
      if (known == null) {
        known = (long) count(q);
        remember(counts, q, known);
      }
      return known;
    }

    /** The outlets of every copy of each document elsewhere in the archive, found once per view. */
    List<List<String>> copyOutlets(int[] docs, List<long[]> signatures) throws IOException {
      List<List<String>> out = new ArrayList<>();
      List<Integer> missing = new ArrayList<>();
      for (int k = 0; k < docs.length; k++) {
        List<String> known = copyOutlets.get(docs[k]);
        out.add(known);
        if (known == null) {
          missing.add(k);
        }
      }
      if (missing.isEmpty()) {
        return out;
      }
      Set<Integer> themselves = new HashSet<>();
      missing.forEach(k -> themselves.add(docs[k]));
      List<int[]> copies = copyCandidates(this, missing.stream().map(signatures::get).toList(), themselves);
      String[] outlets = outlets(this, copies.stream().flatMapToInt(Arrays::stream).toArray());
      int at = 0;
      for (int m = 0; m < missing.size(); m++) {
        List<String> found = List.of(Arrays.copyOfRange(outlets, at, at + copies.get(m).length));
        at += found.size();
        int k = missing.get(m);
        out.set(k, found);
        remember(copyOutlets, docs[k], found);
      }
      return out;
    }

    /** The record of a document, read and parsed once per view while it is among the last few thousand asked for. */
    Article record(int doc) throws IOException {
      return records(new int[] {doc}).get(0);
    }

    /** The records of some documents, as {@link #record}. */
    List<Article> records(int[] docs) throws IOException {
      return fromRecords(docs, records, LuceneReader::record);
    }

    /**
     * What a result row shows of each document and its text, read from its record without
     * parsing its layers; kept as records are.
     */
    List<Row> rows(int[] docs) throws IOException {
      return fromRecords(docs, rows, Row::of);
    }

    /**
     * What is made of each document's stored record, as kept in {@code kept} or else made now;
     * the records not kept read by one reader in document order, so that a block of stored
     * fields holding several is decompressed once and no reader is made per document.
     */
    private <T> List<T> fromRecords(int[] docs, Map<Integer, T> kept, Function<String, T> make) throws IOException {
      List<T> out = new ArrayList<>(Collections.nCopies(docs.length, null));
      StoredFields stored = null;
      for (int k : inDocOrder(docs)) {
        T known = kept.get(docs[k]);
        if (known == null) {
          if (stored == null) {
            stored = storedFields();
          }
          known = make.apply(stored.document(docs[k], RECORD_ONLY).get(Schema.RECORD));
          remember(kept, docs[k], known, RECORDS);
        }
        out.set(k, known);
      }
      return out;
    }
  }

  /**
   * Lucene's highlighter, given the texts of the records already read (the indexed text is the
   * record's), so that no document is decompressed twice.
   */
  private static final class Highlighter extends UnifiedHighlighter {
    final ThreadLocal<Map<Integer, String>> texts = new ThreadLocal<>();

    Highlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
        throws IOException {
      Map<Integer, String> known = texts.get();
      if (known == null || fields.length != 1 || !fields[0].equals(Schema.TEXT)) {
        return super.loadFieldValues(fields, docs, cacheCharsThreshold);
      }
      List<CharSequence[]> out = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        out.add(new CharSequence[] {known.getOrDefault(doc, "")});
      }
      return out;
    }
  }

  /**
   * Lucene's passage score, the same sums in the same order, without the 32 KB term hash that
   * the stock scorer allocates for each candidate passage (a tenth of the bytes a search
   * allocated): a passage holds a handful of matches, compared to one another directly.
   */
  static final class PassageScore extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
      int n = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      int[] inDoc = passage.getMatchTermFreqsInDoc();
      BytesRef[] distinct = new BytesRef[n];
      int[] inPassage = new int[n];
      int[] inDocOf = new int[n];
      int size = 0;
      for (int i = 0; i < n; i++) {
        int at = 0;
        while (at < size && !distinct[at].bytesEquals(terms[i])) {
          at++;
        }
        if (at == size) {
          distinct[size] = terms[i];
          inDocOf[size++] = inDoc[i];
        }
        inPassage[at]++;
      }
      double score = 0d;
      for (int i = 0; i < size; i++) {
        score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDocOf[i]);
      }
      score *= norm(passage.getStartOffset());
      return (float) score;
    }
  }

  private record FacetKey(Query query, int top) {}

  private record HistogramKey(Query query, String field, Interval interval) {}

  /** Entries a view keeps of each kind of answer, at most. */
  private static final int REMEMBERED = 20_000;
  /** Records a view keeps parsed, at most: each holds an article's whole text and layers. */
  private static final int RECORDS = 2_000;

  private static <K, V> void remember(Map<K, V> cache, K key, V value) {
    remember(cache, key, value, REMEMBERED);
  }

  private static <K, V> void remember(Map<K, V> cache, K key, V value, int most) {
    if (cache.size() >= most) {
      cache.clear();
    }
    cache.put(key, value);
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
    return query(r, r.words().isBlank() ? null : words(r.words()));
  }

  /** The same, with the request's words already parsed ({@code words} null when it has none). */
  private static Query query(SearchRequest r, Query words) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (words == null) {
      b.add(ARTICLES, BooleanClause.Occur.MUST);
    } else {
      b.add(words, BooleanClause.Occur.MUST);
      if (!inArticleFieldsOnly(words)) {
        b.add(ARTICLES, BooleanClause.Occur.FILTER);
      }
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

  /**
   * Whether every document a parsed query can match has a title or a body, that is, is an
   * article (events and quotations have neither): then filtering by kind, a second pass over a
   * hundred thousand postings a search, changes nothing. False for anything else the syntax can
   * ask (another field, every document, a range), which keeps the filter.
   */
  static boolean inArticleFieldsOnly(Query words) {
    boolean[] elsewhere = {false};
    words.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          elsewhere[0] |= !articleField(t.field());
        }
      }

      @Override
      public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        elsewhere[0] |= !articleField(field);
      }

      @Override
      public void visitLeaf(Query query) {
        elsewhere[0] |= !(query instanceof MultiTermQuery m && articleField(m.getField()));
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this; // excluding finds nothing new
      }
    });
    return !elsewhere[0];
  }

  private static boolean articleField(String field) {
    return Schema.TITLE.equals(field) || Schema.TEXT.equals(field);
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
    Query words = r.words().isBlank() ? null : words(r.words()); // parsed once: the search and its passages
    Query q = query(r, words);
    TopDocs top = top(v, q, r, Math.max(30, (r.offset() + r.limit()) * WINDOW_PER_RESULT));
    int[] window = Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray();
    List<long[]> signatures = signatures(v, window);
    String[] outlets = outlets(v, window);
    int[] group = Syndication.group(signatures);
    List<Integer> shown = new ArrayList<>();
    int firsts = 0;
    for (int i = 0; i < group.length && shown.size() < r.limit(); i++) {
      if (group[i] == i && firsts++ >= r.offset()) {
        shown.add(i);
      }
    }
    int[] docs = shown.stream().mapToInt(i -> window[i]).toArray();
    List<Row> rows = v.rows(docs);
    String[] snippets = v.passages(words == null ? ARTICLES : words, docs, rows.stream().map(Row::text).toList());
    List<List<String>> copies = v.copyOutlets(docs, shown.stream().map(signatures::get).toList());
    List<Hit> hits = new ArrayList<>();
    for (int k = 0; k < shown.size(); k++) {
      int i = shown.get(k);
      Set<String> also = new LinkedHashSet<>();
      for (int j = 0; j < group.length; j++) {
        if (j != i && group[j] == i) {
          also.add(outlets[j]);
        }
      }
      also.addAll(copies.get(k));
      hits.add(new Hit(rows.get(k).summary(), top.scoreDocs[i].score, Hit.snippet(snippets[k]), List.copyOf(also)));
    }
    long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : v.matches(q);
    return new Page<>(total, r.offset(), hits);
  }

  @Override
  public Page<Article> articles(SearchRequest r) throws IOException {
    return read(v -> {
      Query q = query(r);
      TopDocs top = top(v, q, r, r.offset() + r.limit());
      int[] docs = Arrays.stream(top.scoreDocs).skip(r.offset()).mapToInt(sd -> sd.doc).toArray();
      return new Page<>(v.matches(q), r.offset(), v.records(docs));
    });
  }

  @Override
  public List<Story> stories(SearchRequest r) throws IOException {
    return read(v -> {
      TopDocs top = top(v, query(r), r, STORY_WINDOW);
      int[] docs = Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray();
      long[][] words = docValues(v, docs, Schema.WORDS, long[][]::new, (i, b) -> signature(b));
      List<long[]> signatures = signatures(v, docs);
      List<Article> records = v.records(docs);
      List<Stories.Item> items = new ArrayList<>();
      for (int i = 0; i < docs.length; i++) {
        items.add(new Stories.Item(records.get(i), words[i] == null ? new long[0] : words[i], signatures.get(i)));
      }
      return Stories.page(items, r);
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
      return v.records(copyCandidates(v, signatures(v, new int[] {doc}), Set.of(doc)).get(0));
    });
  }

  @Override
  public void forEach(SearchRequest r, Visitor action) throws IOException {
    read(v -> {
      int[] docs = v.search(query(r), new DocIds());
      StoredFields stored = v.storedFields();
      for (int doc : docs) {
        action.accept(record(stored.document(doc, RECORD_ONLY).get(Schema.RECORD)));
      }
      return null;
    });
  }

  @Override
  public Map<Dimension, List<Count>> facets(SearchRequest r, int top) throws IOException {
    return read(v -> v.facets(query(r), top));
  }

  /** The {@code top} values of every dimension among the documents a query matches. */
  private Map<Dimension, List<Count>> facets(View v, Query q, int top) throws IOException {
    Map<Dimension, List<Count>> out = new EnumMap<>(Dimension.class);
    Optional<SortedSetDocValuesReaderState> state = v.facetState();
    if (state.isEmpty()) {
      for (Dimension d : Dimension.values()) {
        out.put(d, List.of());
      }
      return out;
    }
    FacetsCollector fc = v.search(q, new FacetsCollectorManager());
    Facets counts = new SortedSetDocValuesFacetCounts(state.get(), fc);
    for (Dimension d : Dimension.values()) {
      out.put(d, topOf(counts, d.key(), top));
    }
    return out;
  }

  @Override
  public List<Count> histogram(SearchRequest r, Interval interval) throws IOException {
    return read(v -> v.days(query(r), Schema.DAY, interval));
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
    return read(v -> v.days(eventQuery(r), Schema.UNIT_DAY, interval));
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

  private static final Set<String> RECORD_ONLY = Set.of(Schema.RECORD);
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
    for (Article a : v.records(Arrays.stream(found.scoreDocs).mapToInt(sd -> sd.doc).toArray())) {
      out.put(a.id(), a);
    }
    return out;
  }

  /** Documents a query matches per day, month or year of a day field, in date order; those without one left out. */
  private static List<Count> days(View v, Query q, String field, Interval interval) throws IOException {
    FacetsCollector fc = v.search(q, new FacetsCollectorManager());
    Map<Integer, Long> perBucket = new HashMap<>(); // counted by bucket, each labelled once
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      NumericDocValues days = m.context().reader().getNumericDocValues(field);
      if (days == null || m.bits() == null) {
        continue;
      }
      DocIdSetIterator it = m.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (days.advanceExact(doc)) {
          perBucket.merge(interval.bucket((int) days.longValue()), 1L, Long::sum);
        }
      }
    }
    TreeMap<String, Long> counts = new TreeMap<>();
    perBucket.forEach((day, n) -> {
      String label = interval.label(day);
      if (label != null) {
        counts.merge(label, n, Long::sum);
      }
    });
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
    return List.copyOf(out);
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

  /** Candidates of copies verified per result shown, at most: a bound on the work of one page. */
  private static final int COPY_CANDIDATES = 50;

  /**
   * For each signature, the documents elsewhere in the archive (not in {@code seen}) that are
   * copies of it, in index order: each of its LSH bands looked up in the terms of every segment,
   * and every document sharing a band verified against it alone.
   */
  private static List<int[]> copyCandidates(View v, List<long[]> shown, Set<Integer> seen) throws IOException {
    record Probe(BytesRef band, int of) {}
    List<Probe> probes = new ArrayList<>();
    for (int k = 0; k < shown.size(); k++) {
      for (String band : Syndication.bandKeys(shown.get(k))) {
        probes.add(new Probe(new BytesRef(band), k));
      }
    }
    probes.sort((a, b) -> a.band().compareTo(b.band())); // a terms enum seeks forward fastest
    List<Set<Integer>> found = new ArrayList<>();
    shown.forEach(x -> found.add(new HashSet<>()));
    for (LeafReaderContext leaf : v.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(Schema.BAND);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum postings = null;
      for (Probe p : probes) {
        Set<Integer> into = found.get(p.of());
        if (into.size() >= COPY_CANDIDATES || !te.seekExact(p.band())) {
          continue;
        }
        postings = te.postings(postings, PostingsEnum.NONE);
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && into.size() < COPY_CANDIDATES;
            d = postings.nextDoc()) {
          int doc = leaf.docBase + d;
          if ((live == null || live.get(d)) && !seen.contains(doc)) {
            into.add(doc);
          }
        }
      }
    }
    int[] all = found.stream().flatMap(Set::stream).mapToInt(Integer::intValue).toArray();
    int[] of = new int[all.length];
    for (int k = 0, at = 0; k < shown.size(); k++) {
      for (int n = 0; n < found.get(k).size(); n++) {
        of[at++] = k;
      }
    }
    // each candidate compared in the doc value's own bytes, as far as the answer needs: most are not copies
    Boolean[] copy = docValues(v, all, Schema.SIGNATURE, Boolean[]::new, (i, b) -> Syndication.syndicated(
        shown.get(of[i]), b.length / Long.BYTES, n -> MinHash.at(b.bytes, b.offset, n)));
    List<int[]> out = new ArrayList<>();
    int at = 0;
    for (int k = 0; k < shown.size(); k++) {
      List<Integer> copies = new ArrayList<>();
      for (int n = 0; n < found.get(k).size(); n++, at++) {
        if (Boolean.TRUE.equals(copy[at])) {
          copies.add(all[at]);
        }
      }
      out.add(copies.stream().mapToInt(Integer::intValue).sorted().toArray());
    }
    return out;
  }

  private static Article record(String json) {
    try {
      return Json.MAPPER.readValue(json, Article.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored record is not an article: " + e.getOriginalMessage(), e);
    }
  }

  /** The syndication signature of each document, empty where it has none. */
  private static List<long[]> signatures(View v, int[] docs) throws IOException {
    long[][] read = docValues(v, docs, Schema.SIGNATURE, long[][]::new, (i, b) -> signature(b));
    List<long[]> out = new ArrayList<>(docs.length);
    for (long[] s : read) {
      out.add(s == null ? new long[0] : s);
    }
    return out;
  }

  private static long[] signature(BytesRef b) {
    return b == null ? new long[0] : MinHash.fromBytes(b.bytes, b.offset, b.length);
  }

  /** The outlet each document is shown by, "?" where it has none. */
  private static String[] outlets(View v, int[] docs) throws IOException {
    String[] out = docValues(v, docs, Schema.SHOWN_OUTLET, String[]::new, (i, b) -> b.utf8ToString());
    for (int i = 0; i < docs.length; i++) {
      out[i] = out[i] == null ? "?" : out[i];
    }
    return out;
  }

  /**
   * A binary doc value of each of some top-level documents, decoded, null where one has none:
   * read in document order, one iterator a segment, each value decoded straight from the
   * iterator's bytes (which the next read reuses).
   */
  private static <T> T[] docValues(View v, int[] docs, String field, IntFunction<T[]> array, Decode<T> decode)
      throws IOException {
    T[] out = array.apply(docs.length);
    List<LeafReaderContext> leaves = v.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    BinaryDocValues values = null;
    int last = -1;
    BytesRef value = null;
    for (int i : inDocOrder(docs)) {
      int doc = docs[i];
      if (doc != last) { // a document asked for twice is read once: an iterator only goes forward
        if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
          leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
          values = leaf.reader().getBinaryDocValues(field);
        }
        value = values != null && values.advanceExact(doc - leaf.docBase) ? values.binaryValue() : null;
        last = doc;
      }
      out[i] = value == null ? null : decode.at(i, value);
    }
    return out;
  }

  /** The positions of some documents, ordered by document. */
  private static int[] inDocOrder(int[] docs) {
    long[] order = new long[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = (long) docs[i] << 32 | i;
    }
    Arrays.sort(order);
    int[] out = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      out[i] = (int) order[i];
    }
    return out;
  }

  /** What is made of the doc value of the document at a position, from bytes valid only during the call. */
  private interface Decode<T> {
    T at(int position, BytesRef value);
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
