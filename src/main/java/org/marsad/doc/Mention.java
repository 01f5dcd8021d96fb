package org.marsad.doc;

/** One place the text names an entity; {@code text} is exactly {@code article.text[start, end)}. */
public record Mention(int start, int end, String text) {}
