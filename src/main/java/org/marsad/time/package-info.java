/**
 * Time expressions: finds dates, times, durations and relative expressions in Arabic (and the
 * English of captions) and resolves them to TIMEX3 values against the publication date.
 */
package org.marsad.time;
