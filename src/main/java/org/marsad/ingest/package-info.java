/**
 * Reading and cleaning: files, folders, JSONL, HTML and feeds in any of the encodings Arabic
 * pages come in, turned into {@link org.marsad.ingest.RawArticle}s, then cleaned of page
 * furniture into {@link org.marsad.ingest.CleanArticle}s with their title, date, credits and
 * dateline.
 */
package org.marsad.ingest;
