/**
 * The text layer every annotator stands on: Arabic normalisation for matching with a map
 * back to original offsets, tokens, sentences and paragraphs, and proclitic splitting.
 */
package org.marsad.text;
