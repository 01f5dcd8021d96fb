package org.marsad.doc;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The dead and the injured a sentence counts for an event; either is null where it gives no figure. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Casualties(Integer killed, Integer injured) {}
