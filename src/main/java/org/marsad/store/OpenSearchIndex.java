package org.marsad.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.stream.JsonParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.marsad.doc.Article;
import org.marsad.doc.Json;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.core.InfoResponse;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * One OpenSearch index holding an archive: the client that reaches it, the checks made before
 * it is used (the cluster answers, is OpenSearch 2 or newer, and the index is Marsad's), and the
 * document an article becomes. The mapping ({@code store/opensearch-mappings.json}) analyses
 * titles and bodies with the built-in {@code arabic} analyzer, the same chain as the embedded
 * store's; filters are keyword fields of {@link Keys#fold folded} keys ({@code f.*}), facets
 * keyword fields of labels ({@code l.*}). Each event and each quotation is a document of its own
 * ({@link Units}) beside its article's, told apart by {@code kind}: every condition on one holds
 * of the same one, and they are listed and counted by queries and aggregations. Every failure
 * becomes a {@link StoreException} that says what to do.
 */
final class OpenSearchIndex implements Closeable {

  /**
   * The version of the mapping, kept in the index's {@code _meta}: another one is not ours to
   * write. 3: events and quotations are documents of their own (2 had them nested in articles).
   */
  static final int MAPPING_VERSION = 3;

  final OpenSearchStore store;
  final OpenSearchClient client;
  private final ApacheHttpClient5Transport transport;

  private OpenSearchIndex(OpenSearchStore store) {
    this.store = store;
    HttpHost host = new HttpHost(store.endpoint().getScheme(), store.endpoint().getHost(), store.endpoint().getPort());
    this.transport = ApacheHttpClient5TransportBuilder.builder(host)
        .setMapper(new JacksonJsonpMapper(Json.MAPPER))
        .setConnectionConfigCallback(c -> c.setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofSeconds(120)))
        .build();
    this.client = new OpenSearchClient(transport);
  }

  /** The index for reading: it must exist and be Marsad's. */
  static OpenSearchIndex forReading(OpenSearchStore store) throws IOException {
    OpenSearchIndex x = new OpenSearchIndex(store);
    try {
      x.checkCluster();
      if (!x.exists()) {
        throw new StoreException(StoreException.Reason.MISSING, store + ": no archive here (make one with: marsad ingest PATH --store "
            + store + ")");
      }
      x.checkMapping();
      return x;
    } catch (IOException | RuntimeException e) {
      x.close();
      throw e;
    }
  }

  /** The index for writing, made with Marsad's mapping when missing. */
  static OpenSearchIndex forWriting(OpenSearchStore store) throws IOException {
    OpenSearchIndex x = new OpenSearchIndex(store);
    try {
      x.checkCluster();
      if (x.exists()) {
        x.checkMapping();
      } else {
        x.create();
      }
      return x;
    } catch (IOException | RuntimeException e) {
      x.close();
      throw e;
    }
  }

  /** A request to the cluster; what it throws comes back as a {@link StoreException} saying what to do. */
  interface Call<T> {
    T run() throws IOException;
  }

  <T> T call(String what, Call<T> call) throws StoreException {
    try {
      return call.run();
    } catch (OpenSearchException e) {
      throw refused(what, e);
    } catch (IOException e) {
      throw unreachable(what, e);
    } catch (RuntimeException e) {
      // the client reports an answer it cannot read (not OpenSearch, or another version) this way
      throw new StoreException(StoreException.Reason.INCOMPATIBLE, store.endpoint() + " gave an answer Marsad cannot read to "
          + what + " (" + e.getMessage() + "); is it OpenSearch 2 or newer?", e);
    }
  }

  StoreException unreachable(String what, Throwable e) {
    return new StoreException(StoreException.Reason.UNREACHABLE, "OpenSearch at " + store.endpoint() + " does not answer ("
        + what + ": " + cause(e) + "): start it (docs/docker-compose.yml runs one) or check the address given with --store", e);
  }

  StoreException refused(String what, OpenSearchException e) {
    String reason = e.error() == null ? e.getMessage() : e.error().type() + ": " + e.error().reason();
    if (e.status() == 404 && e.error() != null && "index_not_found_exception".equals(e.error().type())) {
      return new StoreException(StoreException.Reason.MISSING, store + ": no archive here (make one with: marsad ingest PATH --store "
          + store + ")", e);
    }
    if (e.status() == 429 || e.status() >= 500) {
      return new StoreException(StoreException.Reason.UNREACHABLE, "OpenSearch at " + store.endpoint() + " could not serve "
          + what + " (" + reason + "): it is overloaded or unwell; check its health (GET /_cluster/health) and try again", e);
    }
    return new StoreException(StoreException.Reason.REJECTED, "OpenSearch refused " + what + " on " + store + ": " + reason, e);
  }

  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage();
    return root.getClass().getSimpleName() + (m == null ? "" : " " + m);
  }

  /** The cluster answers and is OpenSearch 2 or newer. */
  private void checkCluster() throws StoreException {
    InfoResponse info = call("a greeting", client::info);
    String distribution = info.version().distribution();
    String number = String.valueOf(info.version().number());
    int major;
    try {
      major = Integer.parseInt(number.split("\\.")[0]);
    } catch (NumberFormatException e) {
      major = 0;
    }
    if (!"opensearch".equalsIgnoreCase(distribution) || major < 2) {
      String what = distribution == null ? "Elasticsearch " + number : distribution + " " + number;
      throw new StoreException(StoreException.Reason.INCOMPATIBLE, store.endpoint() + " runs " + what
          + "; Marsad's store needs OpenSearch 2 or newer (docs/docker-compose.yml runs one)");
    }
  }

  private boolean exists() throws StoreException {
    return call("asking whether the index exists", () -> client.indices().exists(e -> e.index(store.index())).value());
  }

  /** The index is one Marsad made, with this version of its mapping. */
  private void checkMapping() throws StoreException {
    TypeMapping m = call("reading the mapping", () -> client.indices().getMapping(g -> g.index(store.index())))
        .result().values().iterator().next().mappings();
    JsonData version = m.meta() == null ? null : m.meta().get("marsad");
    if (version == null) {
      throw new StoreException(StoreException.Reason.INCOMPATIBLE, store + " is an index Marsad did not make"
          + "; name another index in --store, or delete this one if it holds nothing you need");
    }
    int v = version.to(Integer.class);
    if (v != MAPPING_VERSION) {
      throw new StoreException(StoreException.Reason.INCOMPATIBLE, store + " was made by " + (v < MAPPING_VERSION
          ? "an earlier" : "a later") + " Marsad (mapping version " + v + "; this one reads " + MAPPING_VERSION
          + "): ingest the articles again into a new index (marsad ingest PATH --store " + store.endpoint()
          + "/NEW-INDEX), then use that one and delete this");
    }
  }

  private void create() throws StoreException {
    TypeMapping mapping = mapping(client._transport().jsonpMapper());
    try {
      client.indices().create(c -> c.index(store.index())
          .settings(s -> s.numberOfShards(store.shards()).numberOfReplicas(store.replicas()))
          .mappings(mapping));
    } catch (OpenSearchException e) {
      if (e.error() != null && "resource_already_exists_exception".equals(e.error().type())) {
        checkMapping(); // another writer made it a moment ago
        return;
      }
      throw new StoreException(StoreException.Reason.REJECTED, "OpenSearch at " + store.endpoint()
          + " refused Marsad's mapping for index " + store.index() + " (" + e.error().type() + ": " + e.error().reason()
          + "); the mapping needs the built-in 'arabic' analyzer (module analysis-common), and wildcard fields:"
          + " check the cluster is OpenSearch 2.15 or newer with its standard modules", e);
    } catch (IOException e) {
      throw unreachable("making the index", e);
    }
  }

  /** Marsad's mapping, read from {@code store/opensearch-mappings.json}. */
  static TypeMapping mapping(JsonpMapper mapper) {
    try (InputStream in = OpenSearchIndex.class.getResourceAsStream("/store/opensearch-mappings.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      try (JsonParser parser = mapper.jsonProvider().createParser(new StringReader(json))) {
        return TypeMapping._DESERIALIZER.deserialize(parser, mapper);
      }
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("store/opensearch-mappings.json is part of Marsad and cannot be read", e);
    }
  }

  /** The document of an article: the record whole, and what finds and counts it (see the mapping). */
  static ObjectNode document(Article a, String read) {
    ObjectNode d = Json.MAPPER.createObjectNode();
    d.put("id", a.id());
    d.put("source", Keys.source(a.source()));
    d.put("read", read);
    if (a.title() != null) {
      d.put("title", a.title());
    }
    d.put("text", a.text());
    d.set("record", Json.MAPPER.valueToTree(a));
    d.put("shown_outlet", Hit.outlet(a));
    Keys.day(a.published()).ifPresent(day -> {
      d.put("day", day);
      String label = Interval.DAY.label(day);
      if (label != null) {
        d.put("date_day", label);
      }
    });
    long[] signature = Syndication.signature(a.text());
    d.put("signature", Base64.getEncoder().encodeToString(MinHash.toBytes(signature)));
    d.put("words", Base64.getEncoder().encodeToString(MinHash.toBytes(Stories.wordSignature(a.text()))));
    strings(d.putArray("band"), Syndication.bandKeys(signature));
    Schema.Values v = Schema.values(a);
    ObjectNode f = d.putObject("f");
    v.keys().forEach((dim, keys) -> strings(f.putArray(dim.key()), keys));
    ObjectNode l = d.putObject("l");
    v.labels().forEach((dim, labels) -> strings(l.putArray(dim.key()), labels));

    d.put("kind", Schema.ARTICLE);
    return d;
  }

  /** A document to index, with its {@code _id}. */
  record Doc(String id, ObjectNode source) {}

  /** The documents of an article's events and quotations ({@link Units}), with ids made from the article's. */
  static List<Doc> units(Article a) {
    List<Doc> out = new ArrayList<>();
    String source = Keys.source(a.source());
    for (Units.EventUnit e : Units.events(a)) {
      ObjectNode d = unit(Schema.EVENT, a.id(), source, e.index(), e.seq(), e.day(), e.line());
      ObjectNode o = d.putObject("e");
      putKey(o, "type", e.type());
      putKey(o, "subtype", e.subtype());
      putKey(o, "mode", e.mode());
      strings(o.putArray("involves"), e.involves());
      side(o.putObject("actor"), e.actor());
      side(o.putObject("target"), e.target());
      ObjectNode label = o.putObject("label");
      putKey(label, "type", e.typeLabel());
      putKey(label, "subtype", e.subtypeLabel());
      putKey(label, "sector", e.actor().sectorLabel());
      putKey(label, "place", e.place());
      out.add(new Doc(a.id() + ".e" + e.index(), d));
    }
    for (Units.QuoteUnit q : Units.quotes(a)) {
      ObjectNode d = unit(Schema.QUOTE, a.id(), source, q.index(), q.seq(), q.day(), q.said());
      ObjectNode o = d.putObject("q");
      strings(o.putArray("speaker"), q.speaker());
      strings(o.putArray("about"), q.about());
      o.put("words", q.words());
      out.add(new Doc(a.id() + ".q" + q.index(), d));
    }
    return out;
  }

  private static ObjectNode unit(String kind, String article, String source, int index, int seq, int day, Object line) {
    ObjectNode d = Json.MAPPER.createObjectNode();
    d.put("kind", kind);
    d.put("of", article);
    d.put("source", source);
    d.put("index", index);
    d.put("seq", seq);
    if (day > 0) {
      d.put("unit_day", day);
    }
    d.set("line", Json.MAPPER.valueToTree(line));
    return d;
  }

  private static void side(ObjectNode o, Units.SideKeys s) {
    strings(o.putArray("entity"), s.entity());
    strings(o.putArray("country"), s.country());
    putKey(o, "sector", s.sector());
  }

  private static void putKey(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  private static void strings(ArrayNode array, Collection<String> values) {
    values.forEach(array::add);
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
