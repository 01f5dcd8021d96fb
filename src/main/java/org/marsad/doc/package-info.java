/**
 * The document record of {@code shared/docs/document-format.md}: the values every other
 * package reads or writes. Records only; offsets count UTF-16 units into {@link Article#text()}.
 */
package org.marsad.doc;
