package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class IntervalTest {

  @Property
  void labelsAreZeroPaddedDatesAndABucketKeepsItsLabel(@ForAll @IntRange(min = 0, max = 99_991_231) int day) {
    int y = day / 10000;
    int m = day / 100 % 100;
    int d = day % 100;
    assertThat(Interval.YEAR.label(day)).isEqualTo(String.format(Locale.ROOT, "%04d", y));
    assertThat(Interval.MONTH.label(day)).isEqualTo(m == 0 ? null : String.format(Locale.ROOT, "%04d-%02d", y, m));
    assertThat(Interval.DAY.label(day))
        .isEqualTo(m == 0 || d == 0 ? null : String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d));
    for (Interval i : Interval.values()) {
      assertThat(i.label(i.bucket(day))).as(i + " of " + day).isEqualTo(i.label(day));
    }
  }
}
