package org.marsad.quotes;

/**
 * Words between quotation marks: the opening mark at {@code open}, the words at
 * {@code [start, end)} (blanks trimmed), the closing mark at {@code close}, or, when the
 * paragraph ended first, {@code close} is the paragraph's end and {@code closed} false.
 */
record QuotedStretch(int open, int start, int end, int close, boolean closed) {

  /** The first offset after the closing mark. */
  int after() {
    return closed ? close + 1 : close;
  }
}
