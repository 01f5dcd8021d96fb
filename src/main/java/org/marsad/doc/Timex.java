package org.marsad.doc;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A time expression. {@code value} is a TIMEX3 value ({@code 2017-11-24}, {@code 2017-12},
 * {@code 2017-11-24T12:38}, {@code P6M}) or null where the text gives no anchor;
 * {@code type} is DATE, TIME, DURATION or SET; {@code mod} START, MID, END, FIRST_HALF,
 * SECOND_HALF or APPROX, absent when unmodified.
 */
public record Timex(
    int start,
    int end,
    String text,
    @JsonInclude(JsonInclude.Include.ALWAYS) String value,
    String type,
    @JsonInclude(JsonInclude.Include.NON_NULL) String mod) {}
