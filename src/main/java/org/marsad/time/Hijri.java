package org.marsad.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Converts Hijri dates to Gregorian ones with ICU4J's Umm al-Qura calendar, the official
 * calendar of Saudi Arabia and the one most Arabic news outlets print beside the Gregorian
 * date. A Hijri month or year straddles Gregorian ones: it is given by its middle day.
 */
final class Hijri {

  /** Julian day number of 1970-01-01, to turn ICU's Julian day into a {@link LocalDate}. */
  private static final int JULIAN_DAY_OF_EPOCH = 2_440_588;

  private Hijri() {}

  /** The Gregorian date of a Hijri day, if the day exists. */
  static Optional<LocalDate> toGregorian(int year, int month, int day) {
    IslamicCalendar cal = calendar();
    cal.set(Calendar.YEAR, year);
    cal.set(Calendar.MONTH, month - 1);
    cal.set(Calendar.DAY_OF_MONTH, 1);
    if (month < 1 || month > 12 || day < 1 || day > cal.getActualMaximum(Calendar.DAY_OF_MONTH)) {
      return Optional.empty();
    }
    cal.set(Calendar.DAY_OF_MONTH, day);
    return Optional.of(LocalDate.ofEpochDay(cal.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH));
  }

  /** The Gregorian date of the middle of a Hijri month. */
  static Optional<LocalDate> middleOfMonth(int year, int month) {
    return toGregorian(year, month, 15);
  }

  /** The Gregorian date of the middle of a Hijri year (mid-Rajab: a lunar year has 354 days). */
  static Optional<LocalDate> middleOfYear(int year) {
    return toGregorian(year, 1, 1).map(d -> d.plusDays(177));
  }

  /** The Hijri year in which a Gregorian date falls. */
  static int yearOf(LocalDate date) {
    IslamicCalendar cal = calendar();
    cal.set(Calendar.JULIAN_DAY, (int) (date.toEpochDay() + JULIAN_DAY_OF_EPOCH));
    return cal.get(Calendar.YEAR);
  }

  private static IslamicCalendar calendar() {
    IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE);
    cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    cal.clear();
    return cal;
  }
}
