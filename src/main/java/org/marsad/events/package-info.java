/**
 * Political events: who did what to whom, when and where, coded in PLOVER. The event words are
 * data ({@code events/verbs.tsv} with their inflections made by {@link org.marsad.events.VerbForms},
 * {@code passives.tsv}, {@code nouns.tsv}, {@code participles.tsv}), with PLOVER's mode of each
 * type ({@code modes.tsv}). A party is a country or none, a CAMEO sector ({@code sectors.tsv},
 * {@code group-sectors.tsv}; {@link org.marsad.events.Sectors}), the entity named and the words
 * that name it. Verbal events between states are read by clause order
 * ({@link org.marsad.events.RoleFinder}); material acts (attacks, arrests, protests) by who does
 * and who suffers them ({@link org.marsad.events.MaterialRoles}), coded where the sentence
 * reports rather than mentions them ({@link org.marsad.events.Happening},
 * {@link org.marsad.events.MaterialActs}), with their dead and injured
 * ({@link org.marsad.events.CasualtyReader}), and, for the types where it beats the rules on
 * annotated sentences, a learned filter of acts reported from acts mentioned
 * ({@link org.marsad.events.ReportFilter}, trained by {@link org.marsad.events.ReportTrainer}); the mode by the cue words of {@code negation.tsv},
 * {@code planned.tsv} and {@code hypothetical.tsv}; ministries named by their domain alone by {@code
 * ministry-domains.tsv}; {@link org.marsad.events.EventCoder} wires them.
 */
package org.marsad.events;
