package org.marsad.store;

/** A value of a {@link Dimension} (or a date bucket) and the number of articles that have it. */
public record Count(String label, long count) {}
