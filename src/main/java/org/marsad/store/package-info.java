/**
 * The archive: document records stored and found again by words (Arabic normalisation and
 * light stemming), entities, dates, outlets, quotations and events.
 *
 * <p>One interface, whichever store holds it. {@link org.marsad.store.Store} names where the
 * archive lives ({@code --store}); it opens a {@link org.marsad.store.StoreWriter} (ingest:
 * {@code holds}, {@code add} replacing by id and by source, {@code commit}) and any number of
 * {@link org.marsad.store.StoreReader}s (an article by id, paged {@code search} with highlights
 * and "also in" copies, {@code stories}, {@code copies}, {@code forEach} for export, {@code facets}
 * by {@link org.marsad.store.Dimension}, date {@code histogram}s, and, built on those, timelines,
 * quotations, events, an entity's months and company, stats). Questions are records
 * ({@link org.marsad.store.SearchRequest}, {@link org.marsad.store.EventRequest},
 * {@link org.marsad.store.QuoteRequest}); answers are records ({@link org.marsad.store.Page},
 * {@link org.marsad.store.Hit}, {@link org.marsad.store.Count}, {@link org.marsad.store.EventHit}...).
 *
 * <p>The embedded store ({@link org.marsad.store.LuceneStore}) is a Lucene index in a folder: one
 * document per article, the full record stored whole ({@link org.marsad.store.Schema}), near
 * duplicates grouped ({@link org.marsad.store.Syndication}) and articles about one happening
 * clustered into stories ({@link org.marsad.store.Stories}). The OpenSearch store
 * ({@link org.marsad.store.OpenSearchStore}) keeps the same record and keys in an index of a
 * cluster, through the official Java client: the mapping ({@code store/opensearch-mappings.json})
 * uses the built-in {@code arabic} analyzer, keyword fields for filters and facets, and nested
 * events and quotations. What does not depend on the store (timelines, quotations, event
 * listings, exports, keys) is plain code over records, shared by both.
 */
package org.marsad.store;
