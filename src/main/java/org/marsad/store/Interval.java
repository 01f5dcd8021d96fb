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
      case YEAR -> String.format(Locale.ROOT, "%04d", y);
      case MONTH -> m == 0 ? null : String.format(Locale.ROOT, "%04d-%02d", y, m);
      case DAY -> m == 0 || d == 0 ? null : String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d);
    };
  }
}
