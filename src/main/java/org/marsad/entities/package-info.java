/**
 * Entities: the knowledge base of countries, places, organisations and people, the trained
 * model of names no list holds, and the recogniser that merges both into one layer of typed,
 * linked (or unlinked) entities and their mentions.
 *
 * <p>Knowledge ({@code src/main/resources/entities/}): {@code countries.tsv}, {@code places.tsv},
 * {@code orgs.tsv}, {@code people.tsv} and the files of clubs, companies, outlets, currencies,
 * competitions and products (the knowledge base, with CLDR's country names added);
 * {@code offices.tsv} (offices and titles that introduce a person); {@code common-words.tsv}
 * and {@code verbs.tsv} (words that are never a name); {@code cardinals.tsv} (number words, never
 * inside a person's name); {@code given-names.tsv},
 * {@code office-modifiers.tsv}, {@code family-name-first.tsv}, {@code not-before.tsv}.
 *
 * <p>Flow: {@link org.marsad.entities.EntityRecognizer} builds a {@code Gazetteer} (one token
 * trie of every name, nisba form and office) once; each article is read by an
 * {@code ArticleReading}: names longest first, then the names only the trained model
 * ({@link org.marsad.entities.ner}) finds, offices and the people they introduce, captions,
 * later short mentions, offices named alone. People of the knowledge base get the office they
 * held in the article's year.
 */
package org.marsad.entities;
