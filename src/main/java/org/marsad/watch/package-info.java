/**
 * Following sources as they publish: feeds and sitemaps polled in rounds, new and changed
 * article pages fetched politely (robots.txt, a delay and a concurrency cap per host, back-off on
 * errors), read, analysed and stored, with a crash-safe record of what was seen, optional WARC
 * copies of what was fetched, and alerts on new articles that match a search.
 */
package org.marsad.watch;
