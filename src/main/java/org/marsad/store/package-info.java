/**
 * The archive: document records stored and found again by words (Arabic normalisation and
 * light stemming), entities, dates, outlets, quotations and events.
 *
 * <p>One interface, whichever store holds it. {@link org.marsad.store.Store} names where the
 * archive lives ({@code --store}); it opens a {@link org.marsad.store.StoreWriter} (ingest:
 * {@code holds}, {@code add} replacing by id and by source, {@code commit}) and any number of
 * {@link org.marsad.store.StoreReader}s (an article by id, paged {@code search} with highlights
 * and "also in" copies, {@code stories}, {@code copies}, {@code forEach} for export, {@code facets}
 * by {@link org.marsad.store.Dimension}, date {@code histogram}s, paged {@code events},
 * {@code quotations} and {@code timeline}s with their counts, and, built on those, an entity's
 * months and company, stats). Questions are records
 * ({@link org.marsad.store.SearchRequest}, {@link org.marsad.store.EventRequest},
 * {@link org.marsad.store.QuoteRequest}); answers are records ({@link org.marsad.store.Page},
 * {@link org.marsad.store.Hit}, {@link org.marsad.store.Count}, {@link org.marsad.store.EventHit}...).
 *
 * <p>The embedded store ({@link org.marsad.store.LuceneStore}) is a Lucene index in a folder: one
 * document per article (and per event and quotation), the full record stored whole ({@link org.marsad.store.Schema}), near
 * duplicates grouped ({@link org.marsad.store.Syndication}) and articles about one happening
 * clustered into stories ({@link org.marsad.store.Stories}). The OpenSearch store
 * ({@link org.marsad.store.OpenSearchStore}) keeps the same record and keys in an index of a
 * cluster, through the official Java client: the mapping ({@code store/opensearch-mappings.json})
 * uses the built-in {@code arabic} analyzer and keyword fields for filters and facets. In both,
 * each event and each quotation is a document of its own beside its article
 * ({@link org.marsad.store.Units} decides its keys, labels and line, the same for both), so that
 * they are found, paged and counted by the store's own queries. What does not depend on the store
 * (exports, keys) is plain code over records, shared by both.
 */
package org.marsad.store;
