/**
 * Quotations: direct and reported speech, its reporting verb and its resolved speaker.
 *
 * <p>{@link org.marsad.quotes.QuoteExtractor} is the step the pipeline calls. Per article,
 * {@code ArticleQuotes} pairs the quotation marks ({@code QuotePairing}), tells speech from
 * quoted names ({@code NameOrSpeech}), finds the reporting verbs ({@code ReportingVerbs}) and
 * their subjects ({@code SubjectFinder}), and resolves unnamed speakers from what the article
 * said before ({@code Discourse}). The Arabic knowledge is in {@code src/main/resources/quotes/}:
 * reporting verbs, particles, offices, turn-taking phrases, meeting words, the nouns that
 * introduce names, and the phrases that follow a quotation.
 */
package org.marsad.quotes;
