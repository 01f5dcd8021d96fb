package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.marsad.cli.Json;
import org.marsad.doc.Article;

/**
 * The archive open for reading: search with filters, grouped syndication and highlighted
 * passages; stories; every record a request matches; and what the archive holds. Sees the
 * index as it was committed when opened. Thread-safe.
 */
public final class ArchiveSearcher implements Closeable {

  /** Results examined per result shown, so that grouping copies still fills the page. */
  private static final int WINDOW_PER_RESULT = 5;
  /** Results clustered into stories. */
  private static final int STORY_WINDOW = 500;
  private static final int SNIPPET_CHARS = 280;
  public static final String MARK_START = "[";
  public static final String MARK_END = "]";

  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = ArchiveAnalyzer.create();
  private final FacetsConfig facets = Schema.facets();
  private final UnifiedHighlighter highlighter;
  private Optional<SortedSetDocValuesReaderState> facetState;

  private ArchiveSearcher(FSDirectory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withMaxNoHighlightPassages(1)
        .withFormatter(new DefaultPassageFormatter(MARK_START, MARK_END, " … ", false))
        .build();
  }

  /** Opens the archive in {@code dir} for reading; fails, naming the folder, when there is none. */
  public static ArchiveSearcher open(Path dir) throws IOException {
    Schema.init();
    FSDirectory d = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(d)) {
      d.close();
      throw new NoSuchFileException(dir + ": no archive here (make one with: marsad ingest PATH --index " + dir + ")");
    }
    return new ArchiveSearcher(d, DirectoryReader.open(d));
  }

  public int size() {
    return reader.numDocs();
  }

  /** The Lucene query of a request: BM25 over title (counted double) and body, then filters. */
  public Query query(SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(words(r.words()), BooleanClause.Occur.MUST);
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
    if (words.isBlank()) {
      return new MatchAllDocsQuery();
    }
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

  /** Best first (newest first when no words are given), one result per group of copies. */
  public List<Hit> search(SearchRequest r) throws IOException {
    Query q = query(r);
    TopDocs top = top(q, r, Math.max(30, r.limit() * WINDOW_PER_RESULT));
    StoredFields stored = searcher.storedFields();
    List<long[]> signatures = new ArrayList<>();
    List<String> outlets = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      signatures.add(signature(sd.doc, Schema.SIGNATURE));
      outlets.add(outlet(sd.doc));
    }
    int[] group = Syndication.group(signatures);
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < group.length && shown.size() < r.limit(); i++) {
      if (group[i] == i) {
        shown.add(i);
      }
    }
    int[] docs = shown.stream().mapToInt(i -> top.scoreDocs[i].doc).toArray();
    String[] snippets = docs.length == 0 ? new String[0]
        : highlighter.highlightFields(new String[] {Schema.TEXT}, q, docs, new int[] {1}).get(Schema.TEXT);
    Set<Integer> seen = new HashSet<>();
    for (ScoreDoc sd : top.scoreDocs) {
      seen.add(sd.doc);
    }
    List<int[]> candidates = copyCandidates(shown.stream().map(signatures::get).toList(), seen);
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
        also.add(outlet(doc));
      }
      Article a = record(stored.document(docs[k], Set.of(Schema.RECORD)));
      hits.add(new Hit(a, top.scoreDocs[i].score, snippet(snippets[k]), List.copyOf(also)));
    }
    return hits;
  }

  /** The stories among the best results of a request, at most {@code r.limit()} of them. */
  public List<Story> stories(SearchRequest r) throws IOException {
    TopDocs top = top(query(r), r, STORY_WINDOW);
    StoredFields stored = searcher.storedFields();
    List<Stories.Item> items = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc, Set.of(Schema.RECORD));
      items.add(new Stories.Item(record(d), signature(sd.doc, Schema.WORDS), signature(sd.doc, Schema.SIGNATURE)));
    }
    List<Story> all = Stories.cluster(items);
    return all.subList(0, Math.min(r.limit(), all.size()));
  }

  /** Every record the request matches (its limit aside), in index order. */
  public void forEach(SearchRequest r, Consumer<Article> action) throws IOException {
    int[] docs = searcher.search(query(r), new DocIds());
    StoredFields stored = searcher.storedFields();
    Set<String> fields = Set.of(Schema.RECORD);
    for (int doc : docs) {
      action.accept(record(stored.document(doc, fields)));
    }
  }

  /** Every record the request matches, in index order. */
  public List<Article> all(SearchRequest r) throws IOException {
    List<Article> out = new ArrayList<>();
    forEach(r, out::add);
    return out;
  }

  /** Counts and dates of the whole archive, with the {@code top} most frequent of each facet. */
  public Stats stats(int top) throws IOException {
    Map<String, List<Stats.Count>> f = facets(SearchRequest.of(""), top);
    List<Stats.Count> years = facets(SearchRequest.of(""), 1000).get(Schema.YEAR);
    List<Stats.Count> byYear = new ArrayList<>(years);
    byYear.sort(java.util.Comparator.comparing(Stats.Count::label));
    return new Stats(reader.numDocs(), edge(false), edge(true), f.get(Schema.OUTLET), f.get(Schema.ENTITY),
        f.get(Schema.EVENT), byYear);
  }

  /** For each dimension, its {@code top} most frequent values among the articles a request matches. */
  public Map<String, List<Stats.Count>> facets(SearchRequest r, int top) throws IOException {
    Map<String, List<Stats.Count>> out = new java.util.LinkedHashMap<>();
    Optional<SortedSetDocValuesReaderState> state = facetState();
    if (state.isEmpty()) {
      Schema.DIMENSIONS.forEach(d -> out.put(d, List.of()));
      return out;
    }
    FacetsCollector fc = searcher.search(query(r), new FacetsCollectorManager());
    Facets counts = new SortedSetDocValuesFacetCounts(state.get(), fc);
    for (String d : Schema.DIMENSIONS) {
      out.put(d, topOf(counts, d, top));
    }
    return out;
  }

  /** Lucene's map of facet values, built once per reader; empty when no article has any. */
  private synchronized Optional<SortedSetDocValuesReaderState> facetState() throws IOException {
    if (facetState == null) {
      try {
        facetState = Optional.of(new DefaultSortedSetDocValuesReaderState(reader, facets));
      } catch (IllegalArgumentException noFacets) {
        facetState = Optional.empty();
      }
    }
    return facetState;
  }

  private static List<Stats.Count> topOf(Facets counts, String dim, int n) throws IOException {
    FacetResult r;
    try {
      r = counts.getTopChildren(n, dim);
    } catch (IllegalArgumentException notIndexed) {
      return List.of();
    }
    if (r == null) {
      return List.of();
    }
    List<Stats.Count> out = new ArrayList<>();
    for (LabelAndValue lv : r.labelValues) {
      out.add(new Stats.Count(lv.label, lv.value.intValue()));
    }
    return out;
  }

  /** The first (or last) publication date held. */
  private String edge(boolean last) throws IOException {
    SortField f = new SortField(Schema.DAY, SortField.Type.INT, last);
    f.setMissingValue(last ? Integer.MIN_VALUE : Integer.MAX_VALUE);
    TopDocs t = searcher.search(IntPoint.newRangeQuery(Schema.DAY, Integer.MIN_VALUE, Integer.MAX_VALUE), 1, new Sort(f));
    if (t.scoreDocs.length == 0) {
      return "?";
    }
    Article a = record(searcher.storedFields().document(t.scoreDocs[0].doc, Set.of(Schema.RECORD)));
    return a.published() == null ? "?" : Story.date(a.published());
  }

  private TopDocs top(Query q, SearchRequest r, int n) throws IOException {
    if (r.words().isBlank()) {
      SortField newest = new SortField(Schema.DAY, SortField.Type.INT, true);
      newest.setMissingValue(Integer.MIN_VALUE);
      return searcher.search(q, n, new Sort(newest));
    }
    return searcher.search(q, n);
  }

  /**
   * For each signature, the documents elsewhere in the archive (not in {@code seen}) that are
   * copies of it: one look-up of all their LSH bands, then each candidate verified.
   */
  private List<int[]> copyCandidates(List<long[]> shown, Set<Integer> seen) throws IOException {
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
    TopDocs near = searcher.search(new TermInSetQuery(Schema.BAND, bands), 50 * shown.size());
    List<Integer> docs = new ArrayList<>();
    List<long[]> signatures = new ArrayList<>();
    for (ScoreDoc sd : near.scoreDocs) {
      if (!seen.contains(sd.doc)) {
        docs.add(sd.doc);
        signatures.add(signature(sd.doc, Schema.SIGNATURE));
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

  private static String snippet(String passage) {
    if (passage == null) {
      return "";
    }
    String s = passage.replaceAll("\\s+", " ").strip();
    if (s.length() <= SNIPPET_CHARS) {
      return s;
    }
    int mark = Math.max(0, s.indexOf(MARK_START));
    int start = Math.max(0, mark - SNIPPET_CHARS / 3);
    int end = Math.min(s.length(), start + SNIPPET_CHARS);
    return (start > 0 ? "… " : "") + s.substring(start, end).strip() + (end < s.length() ? " …" : "");
  }

  private static Article record(Document d) {
    String json = d.get(Schema.RECORD);
    try {
      return Json.MAPPER.readValue(json, Article.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored record is not an article: " + e.getOriginalMessage(), e);
    }
  }

  private long[] signature(int doc, String field) throws IOException {
    BytesRef b = docValue(doc, field);
    return b == null ? new long[0] : MinHash.fromBytes(b.bytes, b.offset, b.length);
  }

  private String outlet(int doc) throws IOException {
    BytesRef b = docValue(doc, Schema.SHOWN_OUTLET);
    return b == null ? "?" : b.utf8ToString();
  }

  /** A binary doc value of a top-level document id, or null when it has none. */
  private BytesRef docValue(int doc, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
    return values != null && values.advanceExact(doc - leaf.docBase) ? values.binaryValue() : null;
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      reader.close();
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
