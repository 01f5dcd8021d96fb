/**
 * Political events: who did what to whom, when and where, coded in PLOVER. The event words are
 * data ({@code events/verbs.tsv} with their inflections made by {@link org.marsad.events.VerbForms},
 * {@code nouns.tsv}, {@code participles.tsv}); the roles are read by clause order
 * ({@link org.marsad.events.RoleFinder}), the mode by the cue words of {@code negation.tsv},
 * {@code planned.tsv} and {@code hypothetical.tsv}; {@link org.marsad.events.EventCoder} wires them.
 */
package org.marsad.events;
