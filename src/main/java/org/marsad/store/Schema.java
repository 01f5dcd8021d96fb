package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.marsad.doc.Article;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;
import org.marsad.doc.Json;
import org.marsad.doc.Mention;
import org.marsad.doc.Party;
import org.marsad.doc.Quote;

/**
 * The index layout: one Lucene document per article, and beside it one per event and one per
 * quotation ({@link Units}), told apart by {@link #KIND}. An article's record is stored whole as
 * JSON ({@link #RECORD}); the other fields exist to find it. Filter fields hold
 * {@link Keys#fold folded} keys, facet dimensions ({@link Dimension}) the display forms. An
 * event or a quotation holds the keys its requests match, the labels its counts show and the
 * line a listing shows, and names its article ({@link #OF}). The layout's {@link #VERSION} is
 * kept with every commit: an archive of another layout is refused, saying to ingest again.
 */
public final class Schema {

  /**
   * The layout's version, kept in each commit's user data under {@link #VERSION_KEY}.
   * 1 (no version kept): articles only. 2: events and quotations are documents of their own.
   */
  public static final int VERSION = 2;
  public static final String VERSION_KEY = "marsad.schema";

  /** What a document is: {@link #ARTICLE}, {@link #EVENT} or {@link #QUOTE}. */
  public static final String KIND = "kind";
  public static final String ARTICLE = "article";
  public static final String EVENT = "event";
  public static final String QUOTE = "quote";

  public static final String ID = "id";
  /** The id again, as a sorted doc value: the tie-break of date order. */
  public static final String ORDER_ID = "order_id";
  /** {@link Keys#source}: a changed article from the same place replaces the old one. */
  public static final String SOURCE = "source";
  /** A hash of the article as read: unchanged input is not analysed again. */
  public static final String READ = "read";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String RECORD = "record";
  /** The outlet an article is named by ({@link Hit#outlet}), a doc value for "also in". */
  public static final String SHOWN_OUTLET = "shown_outlet";
  /** Publication day as yyyymmdd (month or day 0 when unknown): range filter and sort. */
  public static final String DAY = "day";
  /** Signatures are doc values: grouping reads them for many results without opening the stored records. */
  public static final String SIGNATURE = "signature";
  public static final String BAND = "band";
  public static final String WORDS = "words";

  /** The id of the article an event or a quotation is of. */
  public static final String OF = "of";
  /** An event's or a quotation's position among its article's events or quotations. */
  public static final String INDEX = "index";
  /** Its position among all its article's units, events first: the last tie-break of their order. */
  public static final String SEQ = "seq";
  /** An event's own day ({@link EventHit#date}), a quotation's article's, as yyyymmdd: range filter and sort. */
  public static final String UNIT_DAY = "unit_day";
  /** What a listing shows of a unit, as JSON: a {@link Timeline.Entry} of an event, a {@link Quotations.Said}. */
  public static final String LINE = "line";

  /** Words kept for story similarity: a signature over single words. */
  public static final int WORD_SIGNATURE = 64;

  /** Stored text with offsets in the postings, so highlighting need not re-analyse. */
  private static final FieldType STORED_TEXT = new FieldType();

  static {
    STORED_TEXT.setTokenized(true);
    STORED_TEXT.setStored(true);
    STORED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    STORED_TEXT.freeze();
  }

  /**
   * Lucene warns once a run that the JDK's incubating vector module is off; a command-line user
   * can do nothing about it, so it is not shown (kept here: JUL holds loggers weakly).
   */
  private static final java.util.logging.Logger LUCENE_VECTORS =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

  static {
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
  }

  private Schema() {}

  /** Loads this class, and so quiets Lucene's start-up notice, before an index is opened. */
  static void init() {}

  /**
   * Refuses an archive of another layout, saying what to do: one written before events and
   * quotations were documents of their own would answer questions about them with nothing.
   */
  static void checkVersion(DirectoryReader reader, Path dir) throws IOException {
    String kept = reader.getIndexCommit().getUserData().get(VERSION_KEY);
    int version = kept == null ? 1 : Integer.parseInt(kept);
    if (version == VERSION || reader.numDocs() == 0) {
      return;
    }
    String what = version < VERSION ? "an earlier Marsad" : "a later Marsad";
    throw new StoreException(StoreException.Reason.INCOMPATIBLE, dir + " was built by " + what + " (archive layout "
        + version + "; this one reads " + VERSION + ")" + (version < VERSION
            ? ": ingest the articles again into a new folder (marsad ingest PATH --store NEW-FOLDER), then use that one"
            : ": use that Marsad, or ingest the articles again into a new folder with this one"));
  }

  /** The commit user data that names this layout. */
  static Map<String, String> versionData() {
    return Map.of(VERSION_KEY, String.valueOf(VERSION));
  }

  /** The filter field of a dimension (facets live apart, in Lucene's own field). */
  public static String filter(Dimension dimension) {
    return "f." + dimension.key();
  }

  public static FacetsConfig facets() {
    FacetsConfig config = new FacetsConfig();
    for (Dimension d : Dimension.values()) {
      config.setMultiValued(d.key(), !d.singleValued());
    }
    return config;
  }

  /** The document for a record; {@code read} is the hash of the input it came from. */
  public static Document document(Article a, String read) {
    Document d = new Document();
    d.add(new StringField(KIND, ARTICLE, Field.Store.NO));
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(ORDER_ID, new BytesRef(a.id())));
    d.add(new StringField(SOURCE, Keys.source(a.source()), Field.Store.NO));
    d.add(new StringField(READ, read, Field.Store.NO));
    if (a.title() != null) {
      d.add(new Field(TITLE, a.title(), STORED_TEXT));
    }
    d.add(new Field(TEXT, a.text(), STORED_TEXT));
    try {
      d.add(new StoredField(RECORD, Json.MAPPER.writeValueAsString(a)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("record " + a.id() + " cannot be written as JSON", e);
    }

    d.add(new BinaryDocValuesField(SHOWN_OUTLET, new BytesRef(Hit.outlet(a))));
    Keys.day(a.published()).ifPresent(day -> {
      d.add(new IntPoint(DAY, day));
      d.add(new NumericDocValuesField(DAY, day));
    });

    long[] signature = Syndication.signature(a.text());
    d.add(new BinaryDocValuesField(SIGNATURE, new BytesRef(MinHash.toBytes(signature))));
    for (String band : Syndication.bandKeys(signature)) {
      d.add(new StringField(BAND, band, Field.Store.NO));
    }
    d.add(new BinaryDocValuesField(WORDS, new BytesRef(MinHash.toBytes(Stories.wordSignature(a.text())))));

    Values v = values(a);
    v.keys().forEach((dim, ks) -> ks.forEach(k -> d.add(new StringField(filter(dim), k, Field.Store.NO))));
    v.labels().forEach((dim, ls) -> ls.forEach(l -> d.add(new SortedSetDocValuesFacetField(dim.key(), l))));
    return d;
  }

  /** The documents of an article's events and quotations, in their order ({@link Units}). */
  public static List<Document> units(Article a) {
    List<Document> out = new ArrayList<>();
    String source = Keys.source(a.source());
    for (Units.EventUnit e : Units.events(a)) {
      Document d = unit(EVENT, a.id(), source, e.index(), e.seq(), e.day(), e.line());
      key(d, "e.type", e.type());
      key(d, "e.subtype", e.subtype());
      key(d, "e.mode", e.mode());
      side(d, "e.actor.", e.actor());
      side(d, "e.target.", e.target());
      e.involves().forEach(k -> key(d, "e.involves", k));
      label(d, EventFacet.TYPE, e.typeLabel());
      label(d, EventFacet.SUBTYPE, e.subtypeLabel());
      label(d, EventFacet.SECTOR, e.actor().sectorLabel());
      label(d, EventFacet.PLACE, e.place());
      out.add(d);
    }
    for (Units.QuoteUnit q : Units.quotes(a)) {
      Document d = unit(QUOTE, a.id(), source, q.index(), q.seq(), q.day(), q.said());
      q.speaker().forEach(k -> key(d, "q.speaker", k));
      q.about().forEach(k -> key(d, "q.about", k));
      key(d, "q.words", q.words());
      out.add(d);
    }
    return out;
  }

  private static Document unit(String kind, String article, String source, int index, int seq, int day, Object line) {
    Document d = new Document();
    d.add(new StringField(KIND, kind, Field.Store.YES));
    d.add(new StringField(OF, article, Field.Store.YES));
    d.add(new SortedDocValuesField(ORDER_ID, new BytesRef(article)));
    d.add(new StringField(SOURCE, source, Field.Store.NO));
    d.add(new StoredField(INDEX, index));
    d.add(new NumericDocValuesField(SEQ, seq));
    if (day > 0) {
      d.add(new IntPoint(UNIT_DAY, day));
      d.add(new NumericDocValuesField(UNIT_DAY, day));
    }
    try {
      d.add(new StoredField(LINE, Json.MAPPER.writeValueAsString(line)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a line of article " + article + " cannot be written as JSON", e);
    }
    return d;
  }

  private static void side(Document d, String prefix, Units.SideKeys s) {
    s.entity().forEach(k -> key(d, prefix + "entity", k));
    s.country().forEach(k -> key(d, prefix + "country", k));
    key(d, prefix + "sector", s.sector());
  }

  private static void key(Document d, String field, String key) {
    if (key != null) {
      d.add(new StringField(field, key, Field.Store.NO));
    }
  }

  private static void label(Document d, EventFacet facet, String label) {
    if (label != null) {
      d.add(new SortedDocValuesField(facet.field(), new BytesRef(label)));
    }
  }

  /**
   * What an article is filtered by ({@link Keys#fold folded} keys) and counted as (display
   * labels), per dimension: the same for every store.
   */
  static Values values(Article a) {
    Values v = new Values();
    Keys.day(a.published()).ifPresent(day -> {
      String year = String.valueOf(day / 10000);
      v.add(Dimension.YEAR, year, year);
      if (day / 100 % 100 > 0) {
        String month = a.published().substring(0, 7);
        v.add(Dimension.MONTH, month, month);
      }
    });
    for (String credit : a.credits()) {
      v.add(Dimension.OUTLET, credit, credit);
    }
    // the host filters too ("rt.com"), but names the outlet in counts only when no credit does
    Keys.host(a.source()).ifPresent(h -> v.add(Dimension.OUTLET, h, a.credits().isEmpty() ? h : null));
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : a.entities()) {
      if (e.id() != null) {
        byId.put(e.id(), e);
      }
      String label = label(e);
      for (String name : names(e)) {
        v.add(Dimension.ENTITY, name, label);
      }
      if (e.type() != null) {
        v.add(Dimension.TYPE, e.type().name(), e.type().name());
      }
      if (e.code() != null) {
        v.add(Dimension.COUNTRY, e.code(), e.code());
        for (String name : names(e)) {
          v.add(Dimension.COUNTRY, name, e.code());
        }
      }
      if (e.country() != null) {
        v.add(Dimension.COUNTRY, e.country(), e.country());
      }
    }
    for (Event e : a.events()) {
      v.add(Dimension.EVENT, e.type(), e.type());
      String subtype = EventFields.subtype(e);
      v.add(Dimension.SUBTYPE, subtype, subtype);
      String sector = e.actor() == null ? null : EventFields.sector(e.actor());
      v.add(Dimension.SECTOR, sector, sector);
      for (Party p : List.of(party(e.actor()), party(e.target()))) {
        if (p.code() != null) {
          v.add(Dimension.COUNTRY, p.code(), p.code());
        }
      }
    }
    for (Quote q : a.quotes()) {
      String label = q.speakerName() != null ? q.speakerName() : q.speaker();
      if (label == null) {
        continue;
      }
      v.add(Dimension.SPEAKER, label, label);
      Entity speaker = q.speaker() == null ? null : byId.get(q.speaker());
      if (speaker != null) {
        for (String name : names(speaker)) {
          v.add(Dimension.SPEAKER, name, label);
        }
      } else if (q.speaker() != null) {
        v.add(Dimension.SPEAKER, q.speaker(), label);
      }
    }
    return v;
  }

  /** Every way the record names an entity: its id, canonical names and each spelling in the text. */
  public static Set<String> names(Entity e) {
    Set<String> names = new LinkedHashSet<>();
    if (e.id() != null) {
      names.add(e.id());
    }
    if (e.name() != null) {
      names.add(e.name());
    }
    if (e.nameAr() != null) {
      names.add(e.nameAr());
    }
    for (Mention m : e.mentions()) {
      if (m.text() != null) {
        names.add(m.text());
      }
    }
    return names;
  }

  public static String label(Entity e) {
    return e.name() != null ? e.name() : e.nameAr() != null ? e.nameAr() : String.valueOf(e.id());
  }

  /** The label of the article's entity {@code id}, or the id itself where the article lists no such entity. */
  static String label(Article a, String id) {
    for (Entity e : a.entities()) {
      if (id.equals(e.id())) {
        return label(e);
      }
    }
    return id;
  }

  private static Party party(Party p) {
    return p == null ? new Party(null, null) : p;
  }

  /** Filter keys and facet labels of one document, each once. */
  static final class Values {
    private final Map<Dimension, Set<String>> keys = new EnumMap<>(Dimension.class);
    private final Map<Dimension, Set<String>> labels = new EnumMap<>(Dimension.class);

    void add(Dimension dimension, String key, String label) {
      String k = key == null ? "" : Keys.fold(key);
      if (!k.isEmpty()) {
        keys.computeIfAbsent(dimension, x -> new LinkedHashSet<>()).add(k);
      }
      if (label != null && !label.isBlank()) {
        labels.computeIfAbsent(dimension, x -> new LinkedHashSet<>()).add(label.strip());
      }
    }

    Map<Dimension, Set<String>> keys() {
      return keys;
    }

    Map<Dimension, Set<String>> labels() {
      return labels;
    }
  }
}
