/**
 * The document record of {@code shared/docs/document-format.md}: the values every other
 * package reads or writes, and {@link org.marsad.doc.Json}, the one JSON codec they are written
 * and read with. Records only; offsets count UTF-16 units into {@link Article#text()}.
 */
package org.marsad.doc;
