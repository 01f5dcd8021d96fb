/**
 * The text layer every annotator stands on: Arabic normalisation for matching with a map
 * back to original offsets, tokens, sentences and paragraphs, proclitic splitting, the data
 * files' reader and the prepositions the layers read a sentence by ({@code text/prepositions.tsv}).
 */
package org.marsad.text;
