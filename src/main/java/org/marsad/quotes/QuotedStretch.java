package org.marsad.quotes;

/**
 * Words between quotation marks: the opening mark at {@code open}, the words at
 * {@code [start, end)} (blanks trimmed), the closing mark at {@code close}, or, when the
 * paragraph ended first, {@code close} is the paragraph's end and {@code closed} false;
 * {@code continued} when the next paragraph goes on with the same quotation. A stretch that
 * goes on from the paragraph before has no opening mark: {@code open} is its paragraph's start.
 */
record QuotedStretch(int open, int start, int end, int close, boolean closed, boolean continued) {

  QuotedStretch goingOn() {
    return new QuotedStretch(open, start, end, close, closed, true);
  }

  /** The first offset after the closing mark. */
  int after() {
    return closed ? close + 1 : close;
  }
}
