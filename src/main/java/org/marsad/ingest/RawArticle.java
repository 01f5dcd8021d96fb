package org.marsad.ingest;

/**
 * One article as read, before cleaning: {@code text} is the page as plain text, one block a
 * line (HTML already flattened), page furniture still in it.
 */
public record RawArticle(String source, String text, Given given) {}
