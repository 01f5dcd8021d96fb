/**
 * The text layer every annotator stands on: Arabic normalisation for matching with a map
 * back to original offsets, tokens, sentences and paragraphs, proclitic splitting, the data
 * files' reader, the prepositions the layers read a sentence by ({@code text/prepositions.tsv})
 * and the letters written on a word that they set aside: proclitics, attached pronouns and nisba
 * endings ({@code text/affixes.tsv}).
 */
package org.marsad.text;
