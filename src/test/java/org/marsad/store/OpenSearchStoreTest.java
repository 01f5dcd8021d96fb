package org.marsad.store;

/** The contract on an OpenSearch index, on a node started inside the test JVM ({@link OpenSearchNode}). */
class OpenSearchStoreTest extends StoreContract {

  @Override
  Store store(String name) {
    return OpenSearchNode.store("contract-" + name);
  }
}
