package org.marsad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What one matched expression means: its TIMEX3 {@code value} (null when the text gives no
 * anchor, or contradicts itself), {@code type}, {@code mod} (null when unmodified), and a
 * {@code warning} when the text contradicts itself. {@code day} is set when the expression
 * alone names a whole calendar day ("٢٤ نوفمبر ٢٠١٧"); {@code anchorWeekday} when it names the
 * weekday of the publication day ("اليوم السبت", "أمس الجمعة" names a Saturday): both serve to
 * infer a missing publication date.
 */
record Reading(String value, String type, String mod, String warning, LocalDate day, DayOfWeek anchorWeekday) {

  static Reading date(String value) {
    return new Reading(value, "DATE", null, null, null, null);
  }

  static Reading of(String value, String type, String mod) {
    return new Reading(value, type, mod, null, null, null);
  }

  Reading withMod(String newMod) {
    return new Reading(value, type, newMod, warning, day, anchorWeekday);
  }
}
