/**
 * Entities: the knowledge base of countries, places, organisations and people, and the
 * recogniser that finds, types and links their mentions in an article.
 *
 * <p>Knowledge ({@code src/main/resources/entities/}): {@code countries.tsv}, {@code places.tsv},
 * {@code orgs.tsv}, {@code people.tsv} (the knowledge base, with CLDR's country names added);
 * {@code offices.tsv} (offices and titles that introduce a person); {@code common-words.tsv}
 * and {@code verbs.tsv} (words that are never a name); {@code given-names.tsv},
 * {@code office-modifiers.tsv}, {@code family-name-first.tsv}, {@code not-before.tsv}.
 *
 * <p>Flow: {@link org.marsad.entities.EntityRecognizer} builds a {@code Gazetteer} (one token
 * trie of every name, nisba form and office) once; each article is read by an
 * {@code ArticleReading}: names longest first, offices and the people they introduce, captions,
 * later short mentions, offices named alone.
 */
package org.marsad.entities;
