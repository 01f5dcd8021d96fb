/**
 * The archive: document records in an embedded Lucene index, found again by words (Arabic
 * normalisation and light stemming), entities, dates, outlets, quotations and events; near
 * duplicates grouped ({@link org.marsad.store.Syndication}) and articles about one happening
 * clustered into stories ({@link org.marsad.store.Stories}). The full record is stored with each
 * document, so export, timelines and quotations need no second analysis, and the same records
 * could be loaded into OpenSearch or Solr later.
 */
package org.marsad.store;
