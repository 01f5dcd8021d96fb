/**
 * {@code marsad serve}: the analyst's desk, a web application and JSON API over the archive.
 * Reads the archive through the store's interface; renders pages on the server from JTE
 * templates compiled at build time ({@code src/main/jte}); serves every script, style and map
 * from the jar. Safe by default: loopback, read-only, everything escaped, no inline scripts.
 */
package org.marsad.web;
