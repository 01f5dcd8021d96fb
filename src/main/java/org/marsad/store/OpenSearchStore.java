package org.marsad.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * An archive in an OpenSearch index, named {@code http://host:9200/marsad} (the index after the
 * host; {@code ?shards=N&replicas=N} when Marsad makes it, 1 and 0 unless said). Read and written
 * through the official Java client ({@link OpenSearchWriter}, {@link OpenSearchReader}).
 */
public record OpenSearchStore(URI endpoint, String index, int shards, int replicas) implements Store {

  /** What OpenSearch accepts as an index name, kept to the plain part of it. */
  private static final Pattern INDEX = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

  public OpenSearchStore {
    if (!INDEX.matcher(index).matches()) {
      throw new IllegalArgumentException("\"" + index + "\" cannot name an OpenSearch index: lower-case letters, digits, '-', '_' and '.'");
    }
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException("an index has at least one shard and no fewer than 0 replicas");
    }
  }

  /** The store of {@code http(s)://host:port/index?shards=N&replicas=N}. */
  static OpenSearchStore parse(String where) {
    URI uri;
    try {
      uri = new URI(where.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--store " + where + " is not an address: " + e.getReason());
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("--store " + where + " names no host; for example http://localhost:9200/marsad");
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
    if (path.contains("/")) {
      throw new IllegalArgumentException("--store " + where + ": after the host comes one index name, as in http://localhost:9200/marsad");
    }
    int shards = 1;
    int replicas = 0;
    if (uri.getQuery() != null) {
      for (String pair : uri.getQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        try {
          switch (kv[0]) {
            case "shards" -> shards = Integer.parseInt(kv[1]);
            case "replicas" -> replicas = Integer.parseInt(kv[1]);
            default -> throw new IllegalArgumentException("--store " + where + ": \"" + kv[0] + "\" is neither shards nor replicas");
          }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
          throw new IllegalArgumentException("--store " + where + ": " + kv[0] + " takes a number, as in ?shards=3");
        }
      }
    }
    int port = uri.getPort() > 0 ? uri.getPort() : 9200;
    URI endpoint = URI.create(uri.getScheme() + "://" + uri.getHost() + ":" + port);
    return new OpenSearchStore(endpoint, path.isEmpty() ? "marsad" : path, shards, replicas);
  }

  @Override
  public StoreWriter openWriter() throws IOException {
    OpenSearchIndex index = OpenSearchIndex.forWriting(this);
    try {
      return new OpenSearchWriter(index);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  @Override
  public StoreReader openReader() throws IOException {
    return new OpenSearchReader(OpenSearchIndex.forReading(this));
  }

  @Override
  public String toString() {
    return endpoint + "/" + index;
  }
}
