package org.marsad.store;

import java.util.Locale;

/** The width of a date histogram's buckets, labelled "2019-05-10", "2019-05" or "2019". */
public enum Interval {
  DAY,
  MONTH,
  YEAR;

  /** The bucket label of a {@code yyyymmdd} day (month or day 0 when unknown), or null when too coarse. */
  public String label(int day) {
    int y = day / 10000;
    int m = day / 100 % 100;
    int d = day % 100;
    return switch (this) {
      case YEAR -> digits(new StringBuilder(10), y, 4).toString();
      case MONTH -> m == 0 ? null : digits(digits(new StringBuilder(10), y, 4).append('-'), m, 2).toString();
      case DAY -> m == 0 || d == 0 ? null
          : digits(digits(digits(new StringBuilder(10), y, 4).append('-'), m, 2).append('-'), d, 2).toString();
    };
  }

  /** The first day of the bucket a {@code yyyymmdd} day falls in: the same label, fewer to make. */
  public int bucket(int day) {
    return switch (this) {
      case YEAR -> day - day % 10000;
      case MONTH -> day - day % 100;
      case DAY -> day;
    };
  }

  /** A number of at least {@code width} digits, zeros before (as %04d; a histogram labels thousands of days). */
  private static StringBuilder digits(StringBuilder b, int n, int width) {
    if (n < 0) {
      return b.append(String.format(Locale.ROOT, "%0" + width + "d", n));
    }
    String s = Integer.toString(n);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(s);
  }
}
