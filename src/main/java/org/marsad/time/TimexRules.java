package org.marsad.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.Clitics;

/**
 * The forms of time expressions, each a pattern over normalised text (built from the word
 * lists of {@link TimeWords} and {@link Calendars}) and a reader that resolves a match to a
 * TIMEX3 value against the publication date. A reader may refuse a match (an invalid date, a
 * month name standing alone that may be an ordinary word). A pattern's group {@code lead} is
 * context that is not part of the expression ("في" before "2014"), and so is its group {@code tail}
 * after it (the rest of a range, "إلى 14 مايو", after its first day "12").
 */
final class TimexRules {

  /**
   * The normalised text, the publication date ({@code anchor}, null when unknown), where the
   * match lies in the text and how the expression reads in the original (for warnings).
   */
  record Context(String text, LocalDate anchor, int start, int end, String shown) {}

  interface Reader {
    Optional<Reading> read(Matcher m, Context c);
  }

  /**
   * A form of expression: what its matches begin with ({@link FirstWords} tries it only there),
   * its pattern, and its reader. {@code lead} and {@code tail} say whether the pattern has such groups.
   */
  record Rule(String name, Starts starts, Pattern pattern, boolean lead, boolean tail, Reader reader) {}

  /**
   * What a rule's matches can begin with: a digit, or one of {@code words} (the first word of
   * a name of several). It must name every way the pattern can begin, optional parts included;
   * TimexGatingTest holds the rules to it.
   */
  record Starts(boolean digit, java.util.Set<String> words) {}

  /** Marks a rule whose matches may begin with a digit, in {@link #starts}. */
  private static final Object DIGIT = new Object();

  private static final String S = "\\s+";
  private static final String NOT_LETTER = "(?![\\p{L}])";
  private static final String M = Calendars.MONTH_ALTERNATION;
  private static final String W = Calendars.WEEKDAY_ALTERNATION;
  private static final String WDEF = Calendars.DEFINITE_WEEKDAY_ALTERNATION;
  private static final String REL = Calendars.alternation(TimeWords.RELATIVE.keySet());
  private static final String MODS = Calendars.alternation(TimeWords.MODIFIERS.keySet());
  private static final String ZONE = Calendars.alternation(TimeWords.ZONES);
  private static final String NUMS = Calendars.alternation(TimeWords.NUMBERS.keySet());
  private static final String HM = Calendars.alternation(TimeWords.HIJRI_MONTHS.keySet());
  private static final String ORDS = Calendars.alternation(TimeWords.ORDINALS.keySet());
  private static final String EM = Calendars.alternation(TimeWords.ENGLISH_MONTHS.keySet());
  private static final String EWD = Calendars.alternation(TimeWords.ENGLISH_WEEKDAYS.keySet());
  private static final String PARTS = Calendars.alternation(TimeWords.DAY_PARTS.keySet());
  private static final String YEAR_NOUN = Calendars.alternation(TimeWords.YEAR_NOUNS);
  private static final String AMPM = "(?:صباحا|مساء|مساءا|ظهرا|ليلا|فجرا|ص|م|a\\.m\\.|p\\.m\\.|am|pm)" + NOT_LETTER;

  /** A month in one or both systems: "يونيو", "يونيو/ حزيران", "يونيو (حزيران)". */
  private static final String MONTHS = "(?<m>" + M + ")(?<comb>\\s*[/\\-(]\\s*(?<m2>" + M + ")(?:\\s*\\))?)?";
  /** A year after a month or a day: "2018", "عام 2018", "من العام 2018", "2018م". */
  private static final String YEAR_TAIL = "(?:\\s*[,،]?\\s*(?:(?:من\\s+)?" + YEAR_NOUN + "\\s+)?(?<y>\\d{4})(?:\\s*م"
      + NOT_LETTER + ")?)";
  /** decades.tsv names decades with the article, which the pattern makes optional. */
  private static final List<String> DECADES_WITHOUT_ARTICLE = TimeWords.DECADES.keySet().stream()
      .map(Clitics::withoutArticle).toList();
  /** "الشهر", "العام", "السنة", "اليوم": the definite nouns of the periods an anaphor may name again. */
  private static final String ANAPHORIC_UNITS = definiteUnits("Y", "M", "D");
  /** "العام", "السنة": the definite nouns of the year (units.tsv). */
  private static final String YEAR_UNITS = definiteUnits("Y");
  private static final String THAT_BEFORE = Calendars.alternation(TimeWords.ANAPHORS_BEFORE);
  private static final String THAT_AFTER = Calendars.alternation(TimeWords.ANAPHORS_AFTER);
  /** "من ذلك العام", "من العام نفسه": the year named before, after a month. */
  private static final String THAT_YEAR = "\\s+من\\s+(?<that>" + THAT_BEFORE + "\\s+(?:" + YEAR_UNITS + ")|(?:" + YEAR_UNITS + ")\\s+"
      + THAT_AFTER + ")" + NOT_LETTER;
  /** "من العام الماضي", "من السنة المقبلة": the year of a month, placed relative to the publication date. */
  private static final String RELATIVE_YEAR = "\\s+من\\s+(?:" + YEAR_UNITS + ")\\s+(?<yrel>" + REL + ")" + NOT_LETTER;
  /** The words of modifiers.tsv that make an amount approximate ("نحو", "حوالي"). */
  private static final List<String> APPROX_WORDS = TimeWords.MODIFIERS.entrySet().stream()
      .filter(e -> e.getValue().equals("APPROX")).map(Map.Entry::getKey).toList();
  private static final String APPROX = Calendars.alternation(APPROX_WORDS);
  private static final String SINGULAR_UNITS = Calendars.alternation(TimeWords.unitWords("sg"));
  private static final String CLOCK_LEADS = Calendars.alternation(TimeWords.CLOCK_LEADS);
  private static final String CLOCK_HOURS = Calendars.alternation(TimeWords.CLOCK_HOURS.keySet());
  /** "قبل" of "العام قبل الماضي": the period before last (time/before-last.tsv). */
  private static final String BEFORE_LAST = Calendars.alternation(TimeWords.BEFORE_LAST);
  /** "كامل", "واحدة" after a single unit: "يوم كامل", "ساعة واحدة" (time/whole-unit-words.tsv). */
  private static final String WHOLE = Calendars.alternation(TimeWords.WHOLE_UNIT_WORDS);
  private static final String HIJRI_MARK = "(?:ه|هجري|هجريه|للهجره)" + NOT_LETTER;

  static final List<Rule> RULES = List.of(
      rule("date", starts(DIGIT, "يوم", Calendars.weekdayNames()),
          "(?:(?:يوم\\s+)?(?<wd>" + W + ")\\s*[,،]?\\s*)?"
          + "(?:(?<h1>\\d{1,2}):(?<mi1>\\d{2})\\s*(?:" + ZONE + ")?\\s*[-–,،|]?\\s*)?"
          + "(?<d>\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?" + MONTHS + "(?:" + YEAR_TAIL + "|\\s+(?<rel>" + REL + "))?"
          + "(?:\\s*[-–,،؛|]?\\s*(?:الساعه\\s*)?(?<h2>\\d{1,2}):(?<mi2>\\d{2})(?:\\s*(?<ap>" + AMPM + "))?"
          + "(?:\\s*(?:" + ZONE + "))?)?", TimexRules::date),
      // the month first, the day and a comma, as WordPress themes print a date line: "يوليو 7, 2026 - 4:55 م"
      rule("month-first date", starts(Calendars.weekdayNames(), Calendars.monthNames()),
          "(?:(?<wd>" + W + ")\\s*[,،]?\\s*)?" + MONTHS + "\\s+(?<d>\\d{1,2})\\s*[,،]\\s*(?<y>\\d{4})(?!\\d)"
          + "(?:\\s*[-–,،؛|]?\\s*(?:الساعه\\s*)?(?<h2>\\d{1,2}):(?<mi2>\\d{2})(?:\\s*(?<ap>" + AMPM + "))?"
          + "(?:\\s*(?:" + ZONE + "))?)?(?:(?!)(?<h1>)(?<mi1>)(?<rel>))?", TimexRules::date),
      rule("numeric date", starts(DIGIT),
          "(?:(?<d>\\d{1,2})(?<sep>[/.\\-])(?<mo>\\d{1,2})\\k<sep>(?<y>\\d{4})|(?<iy>\\d{4})-(?<imo>\\d{2})-(?<id>\\d{2})"
          + "|(?<sy>\\d{4})/(?<smo>\\d{1,2})/(?<sd>\\d{1,2}))"
          + "(?:\\s*[-–,،؛|]?\\s*(?:الساعه\\s*:?\\s*)?(?<h>\\d{1,2}):(?<mi>\\d{2})(?::\\d{2})?(?:\\s*(?<ap>" + AMPM + "))?"
          + "(?:\\s*(?:" + DateLines.GREENWICH_OFFSET + "|" + ZONE + "))?)?",
          TimexRules::numericDate),
      // "من 12 إلى 14 مايو"، "بين 3 و5 يونيو 2025": the first day of a range (its last is a date)
      rule("first day of a range", starts(TimeWords.RANGE_LEADS),
          "(?<lead>(?:" + Calendars.alternation(TimeWords.RANGE_LEADS) + ")\\s+)(?<d>\\d{1,2})(?<tail>\\s*"
          + Calendars.alternation(TimeWords.RANGE_LINKS) + "\\s*(?<d2>\\d{1,2})\\s+(?:من\\s+)?(?:شهر\\s+)?" + MONTHS
          + "(?:" + YEAR_TAIL + "|\\s+(?<rel>" + REL + "))?)", TimexRules::firstDayOfRange),
      rule("ordinal date", starts(TimeWords.ORDINALS.keySet()),
          "(?<od>" + ORDS + ")\\s+من\\s+(?:شهر\\s+)?" + MONTHS + "(?:" + YEAR_TAIL + "|\\s+(?<rel>" + REL + "))?",
          TimexRules::ordinalDate),
      rule("first of a month", starts("فاتح", "غره"),
          "(?:فاتح|غره)\\s+(?:شهر\\s+)?" + MONTHS + "(?:" + YEAR_TAIL + "|\\s+(?<rel>" + REL + "))?",
          TimexRules::firstOfMonth),
      rule("quarter", starts("الربع"),
          "الربع\\s+(?<od>" + ORDS + "|الاخير)\\s+من\\s+(?:(?:" + YEAR_NOUN + "\\s+)?(?<y>\\d{4})|(?:العام|السنه)"
          + "(?:\\s+(?<rel>" + REL + "))?)", TimexRules::quarter),
      rule("second of two years", starts("عامي", "العامين", "سنتي", "السنتين"),
          "(?<lead>(?:عامي|العامين|سنتي|السنتين)\\s+\\d{4}\\s*و)\\s*(?<y>\\d{4})", TimexRules::secondYear),
      rule("day of a relative month", starts(DIGIT, TimeWords.ORDINALS.keySet()),
          "(?:(?<d>\\d{1,2})|(?<od>" + ORDS + "))\\s+من\\s+(?:ال)?شهر\\s+(?<rel>" + REL + ")", TimexRules::dayOfRelativeMonth),
      rule("month", starts(TimeWords.MODIFIERS.keySet(), "شهر", "شهري", Calendars.monthNames()),
          "(?:(?<mod>" + MODS + ")\\s+(?:من\\s+)?)?(?<shahr>شهر\\s+|شهري\\s+)?" + MONTHS
          + "(?:" + YEAR_TAIL + "|\\s+(?<rel>" + REL + ")|" + THAT_YEAR + "|" + RELATIVE_YEAR + ")?", TimexRules::month),
      // "ذلك العام"، "اليوم نفسه"، "مساء نفس اليوم": the year, month or day named before in the text
      rule("period named before", starts(TimeWords.DAY_PARTS.keySet(), TimeWords.ANAPHORS_BEFORE,
          definite(TimeWords.unitWords("sg"))),
          "(?:(?<part>" + PARTS + ")\\s+)?(?:" + THAT_BEFORE + "\\s+(?<unit>" + ANAPHORIC_UNITS + ")|(?<unit2>"
          + ANAPHORIC_UNITS + ")\\s+" + THAT_AFTER + ")" + NOT_LETTER, TimexRules::periodNamedBefore),
      rule("relative day", starts(TimeWords.DAY_PARTS.keySet(), "يوم", TimeWords.DEICTIC_DAYS.keySet()),
          "(?:(?<part>" + PARTS + ")\\s+(?:يوم\\s+)?)?(?:يوم\\s+)?(?<deic>"
          + Calendars.alternation(TimeWords.DEICTIC_DAYS.keySet()) + ")(?:\\s*[,،]?\\s*(?<wd>" + WDEF + ")|\\s*/\\s*(?<wds>"
          + WDEF + ")\\s*/)?",
          TimexRules::relativeDay),
      // "الليلة الماضية": the night before publication; "الليلة قبل الماضية" the one before; "هذه الليلة" tonight
      rule("last night", starts("الليله", "هذه"),
          "(?<this>هذه\\s+)?الليله(?:\\s+(?<before>" + BEFORE_LAST + "\\s+)?(?<rel>" + REL + "))?", TimexRules::lastNight),
      // "ليل الأحد-الاثنين", "ليلة السبت إلى الأحد": one night across two days, dated by the first
      rule("night of two weekdays", starts("ليل", "ليله"),
          "(?<part>ليل|ليله)\\s+(?<yawm>يوم\\s+)?(?<wd>" + W + ")\\s*(?:[-/–]|\\s(?:الي|علي|حتي)\\s)\\s*(?:يوم\\s+)?"
          + W + "(?:\\s+(?<rel>" + REL + "))?", TimexRules::weekday),
      rule("weekday", starts(TimeWords.DAY_PARTS.keySet(), "يوم", Calendars.weekdayNames()),
          "(?:(?<part>" + PARTS + ")\\s+)?(?<yawm>يوم\\s+)?(?<wd>" + W + ")(?:\\s+(?<rel>" + REL + "))?",
          TimexRules::weekday),
      rule("relative period", starts(TimeWords.MODIFIERS.keySet(), "هذا", "هذه", definite(TimeWords.unitWords("sg"))),
          "(?:(?<mod>" + MODS + ")\\s+(?:من\\s+)?)?(?:(?<this>هذا|هذه)\\s+)?(?<unit>"
          + Calendars.alternation(definite(TimeWords.unitWords("sg"))) + ")(?:\\s+(?<before>" + BEFORE_LAST + "\\s+)?(?<rel>" + REL + "))?",
          TimexRules::relativePeriod),
      rule("counted duration", starts(TimeWords.MODIFIERS.keySet(), DIGIT, TimeWords.NUMBERS.keySet()),
          "(?:(?<approx>" + MODS + ")\\s+)?(?<n>\\d{1,3}|" + NUMS + ")\\s+(?<unit>"
          + Calendars.alternation(TimeWords.unitWords("sg", "pl", "acc")) + ")", TimexRules::countedDuration),
      rule("dual duration", starts(TimeWords.MODIFIERS.keySet(), TimeWords.unitWords("dual")),
          "(?:(?<approx>" + MODS + ")\\s+)?(?<unit>" + Calendars.alternation(TimeWords.unitWords("dual")) + ")",
          TimexRules::dualDuration),
      rule("past or coming duration", starts(definite(TimeWords.unitWords("pl", "dual"))),
          "(?<unit>" + Calendars.alternation(definite(TimeWords.unitWords("pl", "dual"))) + ")(?:\\s+(?:ال)?(?<n>"
          + NUMS + "))?\\s+(?<rel>" + REL + "|" + Calendars.alternation(TimeWords.LAST_WORDS) + ")",
          TimexRules::pastOrComingDuration),
      rule("single duration", starts(TimeWords.DURATION_LEADS, APPROX_WORDS),
          "(?<lead>" + Calendars.alternation(TimeWords.DURATION_LEADS) + "\\s+(?=(?:" + APPROX + "\\s+)?" + SINGULAR_UNITS
          + ")|(?=" + APPROX + "\\s))(?:(?<approx>" + APPROX + ")\\s+)?(?<unit>" + SINGULAR_UNITS
          + ")(?:\\s+(?:" + WHOLE + "))?", TimexRules::singleDuration),
      // a part of the year before its noun belongs to it: "أواخر العام 2023" is late 2023, not late this year
      rule("year", starts(TimeWords.YEAR_NOUNS, TimeWords.MODIFIERS.keySet()),
          "(?:(?<mod>" + MODS + ")\\s+)?(?<noun>" + YEAR_NOUN + ")\\s+(?<y>\\d{4})(?:\\s*م" + NOT_LETTER + ")?", TimexRules::year),
      rule("bare year", starts(TimeWords.YEAR_LEADS),
          "(?<lead>" + Calendars.alternation(TimeWords.YEAR_LEADS) + ")\\s+(?<y>\\d{4})(?:\\s*م" + NOT_LETTER + ")?",
          TimexRules::bareYear),
      // a weekday before the day belongs to it: "الأربعاء 10 جمادى الأولى 1448هـ" (a Gulf paper's date bar)
      rule("hijri date", starts(DIGIT, "شهر", TimeWords.HIJRI_MONTHS.keySet(), TimeWords.ORDINALS.keySet(), Calendars.weekdayNames()),
          "(?:(?<wd>" + W + ")\\s*[,،\\-–]?\\s*(?=\\d))?(?:(?:(?<d>\\d{1,2})\\s+(?:من\\s+)?|(?<od>" + ORDS + ")\\s+من\\s+))?(?:شهر\\s+)?(?<hm>" + HM + ")(?:\\s+(?:"
          + YEAR_NOUN + "\\s+)?(?<y>\\d{3,4})(?:\\s*(?<mark>" + HIJRI_MARK + "))?|\\s+(?<rel>" + REL + "))?",
          TimexRules::hijriDate),
      // "الأحد 1447/10/24 هـ", "24/10/1447هـ": a Hijri date in digits, the year first or last; the mark is required
      rule("numeric hijri date", starts(DIGIT, Calendars.weekdayNames()),
          "(?:(?<wd>" + W + ")\\s*[,،\\-–]?\\s*)?(?:(?<y>\\d{4})/(?<mo>\\d{1,2})/(?<d>\\d{1,2})"
          + "|(?<d2>\\d{1,2})/(?<mo2>\\d{1,2})/(?<y2>\\d{4}))\\s*(?:" + HIJRI_MARK + ")", TimexRules::numericHijriDate),
      rule("hijri year", starts(TimeWords.YEAR_NOUNS, DIGIT),
          "(?:" + YEAR_NOUN + "\\s+)?(?<y>\\d{3,4})\\s*(?:" + HIJRI_MARK + ")", TimexRules::hijriYear),
      rule("clock time", starts("الساعه", DIGIT),
          "(?:الساعه\\s*)?(?<h>\\d{1,2}):(?<mi>\\d{2})(?:\\s*(?<ap>" + AMPM + "))?(?:\\s*(?:" + ZONE + "))?",
          TimexRules::clockTime),
      rule("hour", starts("الساعه"),
          "الساعه\\s+(?<h>\\d{1,2})(?:\\s+(?<ap>" + AMPM + "))?(?:\\s*(?:" + ZONE + "))?", TimexRules::clockTime),
      // "الساعة العاشرة والنصف صباحا"، "عند الخامسة مساء"، "الساعة الثالثة من فجر الثلاثاء": a clock time
      // in words (or in digits after "الساعة"), dated by the day named after it
      rule("clock time of a day", starts("الساعه", TimeWords.CLOCK_LEADS),
          "(?<lead>" + CLOCK_LEADS + "\\s+(?=" + CLOCK_HOURS + ")|(?:" + CLOCK_LEADS + "\\s+)?(?=الساعه\\s))(?<saa>الساعه\\s+)?(?:(?<h>\\d{1,2})(?::(?<mi>\\d{2}))?|(?<hw>"
          + CLOCK_HOURS + "))(?:\\s+(?<frac>"
          + Calendars.alternation(TimeWords.CLOCK_FRACTIONS.keySet()) + "))?(?:\\s*(?<ap>"
          + Calendars.alternation(TimeWords.CLOCK_HALVES.keySet()) + ")" + NOT_LETTER + ")?(?:\\s*(?:" + ZONE + "))?"
          + "(?:\\s*[,،]?\\s+(?:من\\s+)?(?:(?<part>" + PARTS + ")\\s+)?(?:يوم\\s+)?(?:(?<deic>"
          + Calendars.alternation(TimeWords.DEICTIC_DAYS.keySet()) + ")(?:\\s*[,،]?\\s*(?<wd>" + WDEF + "))?|(?<wd2>"
          + WDEF + ")(?:\\s+(?<rel>" + REL + "))?))?", TimexRules::clockOfADay),
      // "عند منتصف الليل": a time of some night, unresolved without its day
      rule("midnight", starts("منتصف"), "منتصف\\s+الليل", (m, c) -> Optional.of(Reading.of(null, "TIME", null))),
      rule("english date", starts(TimeWords.ENGLISH_WEEKDAYS.keySet(), TimeWords.ENGLISH_MONTHS.keySet()),
          "(?:(?<ewd>" + EWD + ")\\s*,?\\s+)?(?<em>" + EM + ")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?"
          + "(?:\\s*,?\\s*(?<y>\\d{4}))?", TimexRules::englishDate),
      rule("english day month", starts(DIGIT),
          "(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<em>" + EM + ")\\.?"
          + "(?:\\s*,?\\s*(?<y>\\d{4}))?", TimexRules::englishDate),
      rule("english month year", starts(TimeWords.ENGLISH_MONTHS.keySet()),
          "(?<em>" + EM + ")\\.?\\s*,?\\s+(?<y>\\d{4})", TimexRules::englishMonthYear),
      rule("season", starts(TimeWords.MODIFIERS.keySet(), "هذا", "هذه", TimeWords.SEASONS.keySet()),
          "(?:(?<mod>" + MODS + ")\\s+(?:من\\s+)?)?(?:(?<this>هذا|هذه)\\s+)?(?<s>"
          + Calendars.alternation(TimeWords.SEASONS.keySet()) + ")(?:" + YEAR_TAIL + "|\\s+(?<rel>" + REL + "))?",
          TimexRules::season),
      rule("decade", starts(TimeWords.DECADES.keySet(), DECADES_WITHOUT_ARTICLE),
          "(?:ال)?(?<dec>" + Calendars.alternation(DECADES_WITHOUT_ARTICLE) + ")(?:\\s+(?:من\\s+)?القرن\\s+(?:(?<ord>"
          + Calendars.alternation(TimeWords.CENTURIES.keySet()) + ")|(?<rel>" + REL + ")))?", TimexRules::decade),
      rule("century", starts(TimeWords.MODIFIERS.keySet(), "القرن"),
          "(?:(?<mod>" + MODS + ")\\s+(?:من\\s+)?)?القرن\\s+(?:(?<ord>"
          + Calendars.alternation(TimeWords.CENTURIES.keySet()) + ")|(?<rel>" + REL + ")|(?:ال\\s*)?(?<num>\\d{1,2})(?![\\d.,:/]))",
          TimexRules::century),
      rule("every", starts("كل"),
          "كل\\s+(?<unit>" + Calendars.alternation(TimeWords.unitWords("sg")) + ")(?:\\s+(?<wd>" + W + "))?",
          TimexRules::every),
      rule("recurrence adverb", starts(TimeWords.SET_WORDS.keySet()),
          "(?<adv>" + Calendars.alternation(TimeWords.SET_WORDS.keySet()) + ")", TimexRules::recurrenceAdverb));

  private TimexRules() {}

  private static Rule rule(String name, Starts starts, String regex, Reader reader) {
    Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return new Rule(name, starts, p, p.namedGroups().containsKey("lead"), p.namedGroups().containsKey("tail"), reader);
  }

  /** The starts of a rule from words, collections of words (names of several words by their first) and {@link #DIGIT}. */
  private static Starts starts(Object... parts) {
    boolean digit = false;
    java.util.Set<String> words = new java.util.HashSet<>();
    for (Object p : parts) {
      if (p == DIGIT) {
        digit = true;
      } else if (p instanceof String w) {
        words.add(firstWord(w));
      } else {
        for (Object w : (java.util.Collection<?>) p) {
          words.add(firstWord((String) w));
        }
      }
    }
    return new Starts(digit, java.util.Set.copyOf(words));
  }

  private static String firstWord(String name) {
    String k = Calendars.key(name);
    int space = k.indexOf(' ');
    return space < 0 ? k : k.substring(0, space);
  }

  /** Words with the article: "العام" of "عام". */
  /** The definite singular nouns of units.tsv of the given codes, as an alternation ("الشهر|العام|..."). */
  private static String definiteUnits(String... codes) {
    return Calendars.alternation(definite(TimeWords.unitWords("sg").stream()
        .filter(w -> List.of(codes).contains(TimeWords.UNITS.get(w).code())).toList()));
  }

  private static List<String> definite(java.util.Collection<String> words) {
    return words.stream().map(w -> "ال" + w).toList();
  }

  // ---- Gregorian dates -------------------------------------------------------------------

  /** "الأحد ٣ مارس ٢٠٢٤ - ٠٩:١٥", "5 أغسطس الماضي": a day of a named month. */
  private static Optional<Reading> date(Matcher m, Context c) {
    OptionalInt month = month(m);
    int day = Integer.parseInt(m.group("d"));
    if (month.isEmpty() || day < 1 || day > 31) {
      return Optional.empty();
    }
    String h = m.group("h1") != null ? m.group("h1") : m.group("h2");
    String min = m.group("h1") != null ? m.group("mi1") : m.group("mi2");
    String year = m.group("y");
    Integer rel = relative(m.group("rel"));
    if (year == null && rel == null && namedAfter(c)) {
      return Optional.empty(); // "حركة "23 مارس"": a movement's name
    }
    if (year == null && rel != null && c.anchor() != null) {
      // "5 أغسطس الماضي": the year is that of the month named with "الماضي" or "المقبل"
      year = String.valueOf(yearOfRelativeMonth(c.anchor(), month.getAsInt(), rel, false));
    }
    return dayReading(c, year, month.getAsInt(), day, m.group("wd"), Calendars.weekday(orEmpty(m.group("wd"))),
        clock(h, min, m.group("ap")));
  }

  /**
   * "18/10/2023", "18.10.2023", "29-7-2026" (one separator twice), "2023-10-18", and the year first
   * with slashes as Gulf agencies write it, "2026/11/3"; dashes and the year first only in the
   * years of news (1900-2100), not a phone or reference number. A clock time may follow ("17-11-2026
   * | 13:22").
   */
  private static Optional<Reading> numericDate(Matcher m, Context c) {
    boolean iso = m.group("iy") != null;
    boolean yearFirst = m.group("sy") != null;
    String year = iso ? m.group("iy") : yearFirst ? m.group("sy") : m.group("y");
    int month = Integer.parseInt(iso ? m.group("imo") : yearFirst ? m.group("smo") : m.group("mo"));
    int day = Integer.parseInt(iso ? m.group("id") : yearFirst ? m.group("sd") : m.group("d"));
    boolean dashes = !iso && !yearFirst && m.group("sep").equals("-");
    int y = Integer.parseInt(year);
    if ((dashes || yearFirst) && (y < 1900 || y > 2100)) {
      return Optional.empty();
    }
    return dayReading(c, year, month, day, null, OptionalInt.empty(), clock(m.group("h"), m.group("mi"), m.group("ap")));
  }

  /**
   * The first day of a range of days in one month, after "من" or "بين" ("من 12 إلى 14 مايو"،
   * "بين 3 و5 مايو"); the last day must come after it.
   */
  private static Optional<Reading> firstDayOfRange(Matcher m, Context c) {
    OptionalInt month = month(m);
    int day = Integer.parseInt(m.group("d"));
    int last = Integer.parseInt(m.group("d2"));
    if (month.isEmpty() || day < 1 || day >= last || last > 31) {
      return Optional.empty();
    }
    String year = m.group("y");
    Integer rel = relative(m.group("rel"));
    if (year == null && rel != null && c.anchor() != null) {
      year = String.valueOf(yearOfRelativeMonth(c.anchor(), month.getAsInt(), rel, false));
    }
    return dayReading(c, year, month.getAsInt(), day, null, OptionalInt.empty(), "");
  }

  /** "الثاني من مارس المقبل": an ordinal day of a month, the year as for the month alone. */
  private static Optional<Reading> ordinalDate(Matcher m, Context c) {
    OptionalInt month = month(m);
    Integer day = TimeWords.ORDINALS.get(Calendars.key(m.group("od")));
    if (month.isEmpty() || day == null) {
      return Optional.empty();
    }
    Integer rel = relative(m.group("rel"));
    if (rel == null || m.group("y") != null || c.anchor() == null) {
      return dayReading(c, m.group("y"), month.getAsInt(), day, null, OptionalInt.empty(), "");
    }
    YearMonth ym = YearMonth.of(yearOfRelativeMonth(c.anchor(), month.getAsInt(), rel, false), month.getAsInt());
    return ym.isValidDay(day) ? Optional.of(Reading.date(ym.atDay(day).toString())) : Optional.empty();
  }

  /**
   * "فاتح يوليوز 2025", "غرة أغسطس المقبل": the first day of a month, as Maghrebi news writes
   * it ("فاتح ماي", Labour Day) and others with "غرة"; the year as for the month alone.
   */
  private static Optional<Reading> firstOfMonth(Matcher m, Context c) {
    OptionalInt month = month(m);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    Integer rel = relative(m.group("rel"));
    if (rel == null || m.group("y") != null || c.anchor() == null) {
      return dayReading(c, m.group("y"), month.getAsInt(), 1, null, OptionalInt.empty(), "");
    }
    return Optional.of(Reading.date(LocalDate.of(yearOfRelativeMonth(c.anchor(), month.getAsInt(), rel, false),
        month.getAsInt(), 1).toString()));
  }

  /** "الربع الثاني من العام الجاري" = 2026-Q2; "الربع الأخير من 2024" = 2024-Q4. */
  private static Optional<Reading> quarter(Matcher m, Context c) {
    String od = Calendars.key(m.group("od"));
    Integer q = od.equals("الاخير") ? Integer.valueOf(4) : TimeWords.ORDINALS.get(od);
    if (q == null || q > 4) {
      return Optional.empty();
    }
    Integer year = m.group("y") != null ? Integer.valueOf(m.group("y"))
        : c.anchor() == null ? null : c.anchor().getYear() + (m.group("rel") == null ? 0 : relative(m.group("rel")));
    return Optional.of(Reading.date(year == null ? null : year + "-Q" + q));
  }

  /** The second year of "عامي 1929 و1959" (the first is read as any year after "عامي"). */
  private static Optional<Reading> secondYear(Matcher m, Context c) {
    return Optional.of(Reading.date(m.group("y")));
  }

  /** "12 من الشهر المقبل", "الثاني عشر من الشهر الجاري": a day of the month before, this one or the next. */
  private static Optional<Reading> dayOfRelativeMonth(Matcher m, Context c) {
    Integer ordinal = m.group("od") == null ? null : TimeWords.ORDINALS.get(Calendars.key(m.group("od")));
    if (m.group("d") == null && ordinal == null) {
      return Optional.empty();
    }
    int day = ordinal != null ? ordinal : Integer.parseInt(m.group("d"));
    if (c.anchor() == null) {
      return day >= 1 && day <= 31 ? Optional.of(Reading.date(null)) : Optional.empty();
    }
    YearMonth ym = YearMonth.from(c.anchor()).plusMonths(relative(m.group("rel")));
    return ym.isValidDay(day) ? Optional.of(Reading.date(ym.atDay(day).toString())) : Optional.empty();
  }

  /**
   * A day of a month; without a year it takes the publication year (the next one when the
   * sentence speaks of the future and the day has passed). A weekday named with it must agree.
   */
  private static Optional<Reading> dayReading(Context c, String year, int month, int day, String weekdayText,
      OptionalInt weekday, String clock) {
    LocalDate date;
    try {
      if (year != null) {
        date = LocalDate.of(Integer.parseInt(year), month, day);
      } else if (c.anchor() != null) {
        date = LocalDate.of(c.anchor().getYear(), month, day);
        if (future(c) && date.isBefore(c.anchor())) {
          date = date.plusYears(1);
        }
      } else {
        return YearMonth.of(2000, month).isValidDay(day) ? Optional.of(Reading.of(null, type(clock), null))
            : Optional.empty();
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    if (weekday.isPresent() && date.getDayOfWeek().getValue() != weekday.getAsInt()) {
      return Optional.of(new Reading(null, type(clock), null, contradiction(c, weekdayText, date), null, null));
    }
    return Optional.of(new Reading(date + clock, type(clock), null, null, year != null ? date : null, null));
  }

  private static Optional<Reading> month(Matcher m, Context c) {
    OptionalInt month = month(m);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    String mod = modifier(m.group("mod"));
    Integer rel = relative(m.group("rel"));
    Integer yearRel = relative(m.group("yrel"));
    boolean named = m.group("y") != null || rel != null || m.group("comb") != null || m.group("shahr") != null
        || mod != null || yearRel != null;
    if (!named && (Calendars.isAmbiguousMonth(m.group("m")) || !TimeWords.YEAR_LEADS.contains(wordBefore(c)))) {
      return Optional.empty();
    }
    int mo = month.getAsInt();
    String value = null;
    if (m.group("that") != null) {
      value = String.format("%s-%02d", UNKNOWN_YEAR, mo); // the year of the text before: TimexTagger.resolveAnaphors
    } else if (m.group("y") != null) {
      value = YearMonth.of(Integer.parseInt(m.group("y")), mo).toString();
    } else if (yearRel != null) {
      // "تموز/يوليو من العام الماضي": the month of the year before the publication's
      value = c.anchor() == null ? null : YearMonth.of(c.anchor().getYear() + yearRel, mo).toString();
    } else if (c.anchor() != null) {
      value = YearMonth.of(yearOfRelativeMonth(c.anchor(), mo, rel, future(c)), mo).toString();
    }
    return Optional.of(Reading.of(value, "DATE", mod));
  }

  /** TIMEX3's unknown digits, which stand for the year, month or day named before in the text. */
  static final String UNKNOWN_YEAR = "XXXX";

  /**
   * "ذلك العام" = XXXX, "الشهر نفسه" = XXXX-XX, "مساء اليوم نفسه" = XXXX-XX-XXTEV: TimexTagger puts
   * in the unknown digits those of the nearest expression before that names such a period.
   */
  private static Optional<Reading> periodNamedBefore(Matcher m, Context c) {
    String unitWord = m.group("unit") != null ? m.group("unit") : m.group("unit2");
    String code = TimeWords.UNITS.get(Clitics.withoutArticle(Calendars.key(unitWord))).code();
    if (m.group("part") != null && !code.equals("D")) {
      return Optional.empty();
    }
    String part = m.group("part") == null ? "" : "T" + TimeWords.DAY_PARTS.get(Calendars.key(m.group("part")));
    String value = switch (code) {
      case "Y" -> UNKNOWN_YEAR;
      case "M" -> UNKNOWN_YEAR + "-XX";
      default -> UNKNOWN_YEAR + "-XX-XX" + part;
    };
    return Optional.of(Reading.of(value, part.isEmpty() ? "DATE" : "TIME", null));
  }

  /**
   * The year of a month named without one: the next such month for "المقبل" (or a sentence
   * about the future), the last one for "الماضي", else the publication year.
   */
  private static int yearOfRelativeMonth(LocalDate anchor, int month, Integer rel, boolean future) {
    int now = anchor.getMonthValue();
    if (rel != null && rel > 0 && month <= now || rel == null && future && month < now) {
      return anchor.getYear() + 1;
    }
    if (rel != null && rel < 0 && month >= now) {
      return anchor.getYear() - 1;
    }
    return anchor.getYear();
  }

  /** The month of a match, refused when two names side by side are different months. */
  private static OptionalInt month(Matcher m) {
    OptionalInt month = Calendars.month(m.group("m"));
    if (m.group("m2") != null && !Calendars.month(m.group("m2")).equals(month)) {
      return OptionalInt.empty();
    }
    return month;
  }

  // ---- days relative to publication -----------------------------------------------------

  private static Optional<Reading> relativeDay(Matcher m, Context c) {
    String word = Calendars.key(m.group("deic"));
    // the weekday after a comma, or between slashes as the Gulf and Egyptian agencies set it ("أمس /الاثنين/")
    String wd = m.group("wd") != null ? m.group("wd") : m.group("wds");
    int offset = TimeWords.DEICTIC_DAYS.get(word);
    if (word.equals("اليوم") && wd == null && m.group("part") == null
        && (TimeWords.NOT_TODAY_AFTER.contains(wordAfter(c)) || TimeWords.NOT_TODAY_BEFORE.contains(wordBefore(c)))) {
      return Optional.empty();
    }
    if (word.equals("امس") && wd == null && m.group("part") == null
        && TimeWords.NOT_YESTERDAY_AFTER.contains(wordAfter(c))) {
      return Optional.empty(); // "بأمس الحاجة": most pressing
    }
    String part = m.group("part") == null ? "" : "T" + TimeWords.DAY_PARTS.get(Calendars.key(m.group("part")));
    String type = part.isEmpty() ? "DATE" : "TIME";
    DayOfWeek named = wd == null ? null
        : DayOfWeek.of(Calendars.weekday(wd).getAsInt());
    DayOfWeek anchorWeekday = named == null ? null : named.minus(offset);
    if (c.anchor() == null) {
      return Optional.of(new Reading(null, type, null, null, null, anchorWeekday));
    }
    LocalDate date = c.anchor().plusDays(offset);
    if (named != null && date.getDayOfWeek() != named) {
      return Optional.of(new Reading(null, type, null, contradiction(c, wd, date), null, anchorWeekday));
    }
    return Optional.of(new Reading(date + part, type, null, null, null, anchorWeekday));
  }

  /**
   * "الليلة الماضية" ("المنصرمة"): the night of the day before publication, as "ليلة أمس"; "الليلة
   * قبل الماضية" the night before it; "هذه الليلة" tonight. "الليلة المقبلة" is left unread: it is
   * tonight or tomorrow night, as the writer's hour has it; "الليلة" alone may be any night told of.
   */
  private static Optional<Reading> lastNight(Matcher m, Context c) {
    Integer rel = relative(m.group("rel"));
    int daysBack;
    if (rel == null && m.group("this") != null) {
      daysBack = 0; // "هذه الليلة": tonight
    } else if (rel != null && rel == -1) {
      daysBack = m.group("before") == null ? 1 : 2; // "الليلة قبل الماضية": the night before last
    } else {
      return Optional.empty();
    }
    return Optional.of(c.anchor() == null ? new Reading(null, "TIME", null, null, null, null)
        : Reading.of(c.anchor().minusDays(daysBack) + "TNI", "TIME", null));
  }

  /**
   * A weekday after "يوم" or a part of the day, or with "الماضي"/"المقبل": without either, the
   * last such day up to publication, or the next one when the sentence speaks of the future.
   */
  private static Optional<Reading> weekday(Matcher m, Context c) {
    boolean definite = Clitics.opensWithArticle(Calendars.key(m.group("wd")));
    Integer rel = relative(m.group("rel"));
    if (m.group("yawm") == null && !(definite && (rel != null || m.group("part") != null || bareDay(c)))) {
      return Optional.empty();
    }
    String part = m.group("part") == null ? "" : "T" + TimeWords.DAY_PARTS.get(Calendars.key(m.group("part")));
    String type = part.isEmpty() ? "DATE" : "TIME";
    if (c.anchor() == null) {
      return Optional.of(Reading.of(null, type, null));
    }
    DayOfWeek day = DayOfWeek.of(Calendars.weekday(m.group("wd")).getAsInt());
    return Optional.of(Reading.of(weekdayDate(day, rel, c) + part, type, null));
  }

  /**
   * The date of a weekday: the next one for "المقبل" (or a sentence about the future), the last
   * one for "الماضي", this week's for "الجاري", else the last one up to publication.
   */
  private static LocalDate weekdayDate(DayOfWeek day, Integer rel, Context c) {
    if (rel != null && rel > 0 || rel == null && future(c)) {
      return c.anchor().with(TemporalAdjusters.next(day));
    } else if (rel != null && rel < 0) {
      return c.anchor().with(TemporalAdjusters.previous(day));
    } else if (rel != null) {
      return c.anchor().with(java.time.temporal.ChronoField.DAY_OF_WEEK, day.getValue());
    }
    return c.anchor().with(TemporalAdjusters.previousOrSame(day));
  }

  /**
   * A definite weekday standing alone is the day of the news ("قال الوزير، الأربعاء، إن",
   * "وأعلن المتحدث الثلاثاء أن"), unless it names a rite or institution ("صلاة الجمعة").
   */
  private static boolean bareDay(Context c) {
    return !TimeWords.WORSHIP_DAYS.contains(wordBefore(c)) && !TEN_OF_ELEVEN.equals(wordAfter(c));
  }

  /** "عشر" after "الأحد" makes the number eleven ("البحارة الأحد عشر"), no Sunday. */
  private static final String TEN_OF_ELEVEN = "عشر";

  // ---- periods relative to publication --------------------------------------------------

  private static Optional<Reading> relativePeriod(Matcher m, Context c) {
    String mod = modifier(m.group("mod"));
    Integer rel = relative(m.group("rel"));
    if (rel == null && m.group("this") == null && mod == null) {
      return Optional.empty();
    }
    if (m.group("before") != null && (rel == null || rel != -1)) {
      return Optional.empty();
    }
    int offset = rel == null ? 0 : m.group("before") != null ? -2 : rel; // "العام قبل الماضي": the year before last
    TimeWords.Unit unit = TimeWords.UNITS.get(Clitics.withoutArticle(Calendars.key(m.group("unit"))));
    if (unit == null) {
      return Optional.empty();
    }
    if (c.anchor() == null) {
      return Optional.of(Reading.of(null, "DATE", mod));
    }
    LocalDate a = c.anchor();
    String value = switch (unit.code()) {
      case "Y" -> String.valueOf(a.getYear() + offset);
      case "M" -> YearMonth.from(a).plusMonths(offset).toString();
      case "W" -> {
        LocalDate d = a.plusWeeks(offset);
        yield String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      }
      case "DE" -> String.valueOf(Math.floorDiv(a.getYear(), 10) + offset);
      case "CE" -> String.format("%02d", Math.floorDiv(a.getYear(), 100) + offset);
      case "D" -> a.plusDays(offset).toString();
      default -> null;
    };
    return value == null ? Optional.empty() : Optional.of(Reading.of(value, "DATE", mod));
  }

  // ---- durations -------------------------------------------------------------------------

  private static Optional<Reading> countedDuration(Matcher m, Context c) {
    int n = number(m.group("n"));
    String approx = modifier(m.group("approx"));
    if (n <= 0 || approx != null && !approx.equals("APPROX")) {
      return Optional.empty();
    }
    return duration(n, m.group("unit"), approx);
  }

  private static Optional<Reading> dualDuration(Matcher m, Context c) {
    String approx = modifier(m.group("approx"));
    if (approx != null && !approx.equals("APPROX")) {
      return Optional.empty();
    }
    if (approx == null && m.group("unit").startsWith("عام") && qualifiesDual(wordBefore(c), m.group("unit"))) {
      return Optional.empty(); // "مديرين عامين", "أمينان عامان": the adjective "general", two of them
    }
    return duration(1, m.group("unit"), approx);
  }

  /** "الأشهر الست الماضية", "السنوات الثلاث الأخيرة", "العامين الماضيين": a counted period up to now. */
  private static Optional<Reading> pastOrComingDuration(Matcher m, Context c) {
    String unit = Clitics.withoutArticle(Calendars.key(m.group("unit")));
    boolean dual = TimeWords.UNITS.get(unit).count() == 2;
    if (m.group("n") == null && !dual) {
      return Optional.empty();
    }
    return duration(m.group("n") == null ? 1 : number(m.group("n")), unit, null);
  }

  /**
   * One unit of time after a lead word or an approximation ("قبل أسبوع", "بعد يوم من الهجوم", "نحو
   * عام"); not a unit that names a day or period after it ("خلال شهر الصيام", "قبل شهر رمضان", "منذ عام 2003",
   * "خلال يوم الأرض"), nor the idiom "يوما بعد يوم" (day after day).
   */
  private static Optional<Reading> singleDuration(Matcher m, Context c) {
    if (m.group("lead").isBlank() && m.group("approx") == null) {
      return Optional.empty();
    }
    String after = wordAfter(c);
    int next = c.end();
    while (next < c.text().length() && Character.isWhitespace(c.text().charAt(next))) {
      next++;
    }
    boolean named = next < c.text().length() && Character.isDigit(c.text().charAt(next)) || Clitics.opensWithArticle(after)
        || Calendars.month(after).isPresent() || Calendars.weekday(after).isPresent()
        || TimeWords.HIJRI_MONTHS.keySet().stream().anyMatch(h -> h.equals(after) || h.startsWith(after + " "));
    if (named || TimeWords.UNITS.containsKey(wordBefore(c))) {
      return Optional.empty();
    }
    return duration(1, m.group("unit"), m.group("approx") == null ? null : "APPROX");
  }

  private static Optional<Reading> duration(int n, String unitWord, String mod) {
    TimeWords.Unit unit = TimeWords.UNITS.get(Calendars.key(unitWord));
    if (unit == null) {
      return Optional.empty();
    }
    int count = n * unit.count();
    String value = switch (unit.code()) {
      case "H" -> "PT" + count + "H";
      case "MIN" -> "PT" + count + "M";
      default -> "P" + count + unit.code();
    };
    return Optional.of(Reading.of(value, "DURATION", mod));
  }

  // ---- years -----------------------------------------------------------------------------

  private static Optional<Reading> year(Matcher m, Context c) {
    int y = Integer.parseInt(m.group("y"));
    if (y < 1000 || y > 2199 || countedAfter(c)) {
      return Optional.empty();
    }
    return Optional.of(Reading.of(String.valueOf(y), "DATE", modifier(m.group("mod"))));
  }

  /** A four-digit number after a preposition of time is a year only if it looks like one. */
  private static Optional<Reading> bareYear(Matcher m, Context c) {
    int y = Integer.parseInt(m.group("y"));
    if (y < 1800 || y > 2100 || countedAfter(c)) {
      return Optional.empty();
    }
    return Optional.of(Reading.date(String.valueOf(y)));
  }

  /** The word after the match makes its number a count: "2000 دولار", "1500 عام". */
  private static boolean countedAfter(Context c) {
    String next = wordAfter(c);
    return TimeWords.QUANTITY_WORDS.contains(next) || TimeWords.UNITS.containsKey(next)
        || c.end() < c.text().length() && c.text().charAt(c.end()) == '%';
  }

  // ---- Hijri -----------------------------------------------------------------------------

  /**
   * "5 رمضان 1447 هـ", "الخامس عشر من رمضان", "العاشر من شوال المقبل": a day of a Hijri month;
   * without a year, the Hijri year of the publication date, the next (or last) one when the
   * month is said to be coming (or past) and that day is not.
   */
  private static Optional<Reading> hijriDate(Matcher m, Context c) {
    int month = TimeWords.HIJRI_MONTHS.get(Calendars.key(m.group("hm")));
    String y = m.group("y");
    Integer ordinal = m.group("od") == null ? null : TimeWords.ORDINALS.get(Calendars.key(m.group("od")));
    String d = ordinal != null && ordinal <= 30 ? String.valueOf(ordinal) : m.group("d");
    if (d == null && (y == null || m.group("mark") == null && !plausibleHijriYear(y))) {
      return Optional.empty();
    }
    if (y != null && m.group("mark") == null && !plausibleHijriYear(y)) {
      return Optional.empty();
    }
    int year;
    if (y != null) {
      year = Integer.parseInt(y);
    } else if (c.anchor() != null) {
      year = Hijri.yearOf(c.anchor());
    } else {
      return Optional.of(Reading.date(null));
    }
    if (d == null) {
      return Hijri.middleOfMonth(year, month).map(g -> Reading.date(YearMonth.from(g).toString()));
    }
    Optional<LocalDate> date = Hijri.toGregorian(year, month, Integer.parseInt(d));
    Integer rel = relative(m.group("rel"));
    if (y == null && rel != null && date.isPresent() && c.anchor() != null) {
      if (rel > 0 && !date.get().isAfter(c.anchor())) {
        date = Hijri.toGregorian(year + 1, month, Integer.parseInt(d));
      } else if (rel < 0 && !date.get().isBefore(c.anchor())) {
        date = Hijri.toGregorian(year - 1, month, Integer.parseInt(d));
      }
    }
    return date.map(g -> new Reading(g.toString(), "DATE", null, null, y != null ? g : null, null));
  }

  /** "1447/10/24 هـ", "24/10/1447 هـ": a Hijri date in digits (the mark "هـ" after it), with its weekday if any. */
  private static Optional<Reading> numericHijriDate(Matcher m, Context c) {
    boolean yearFirst = m.group("y") != null;
    String y = yearFirst ? m.group("y") : m.group("y2");
    if (!plausibleHijriYear(y)) {
      return Optional.empty();
    }
    int month = Integer.parseInt(yearFirst ? m.group("mo") : m.group("mo2"));
    int day = Integer.parseInt(yearFirst ? m.group("d") : m.group("d2"));
    if (month < 1 || month > 12 || day < 1 || day > 30) {
      return Optional.empty();
    }
    return Hijri.toGregorian(Integer.parseInt(y), month, day)
        .map(g -> new Reading(g.toString(), "DATE", null, null, g, null));
  }

  private static Optional<Reading> hijriYear(Matcher m, Context c) {
    return Hijri.middleOfYear(Integer.parseInt(m.group("y"))).map(d -> Reading.date(String.valueOf(d.getYear())));
  }

  private static boolean plausibleHijriYear(String y) {
    int n = Integer.parseInt(y);
    return n >= 1300 && n <= 1500;
  }

  // ---- clock times -----------------------------------------------------------------------

  private static Optional<Reading> clockTime(Matcher m, Context c) {
    String clock = clock(m.group("h"), m.namedGroups().containsKey("mi") ? m.group("mi") : "00", m.group("ap"));
    if (clock.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Reading.of(c.anchor() == null ? null : c.anchor() + clock, "TIME", null));
  }

  /** "T12:38" from an hour, minutes and an optional am/pm word; empty when not a time. */
  private static String clock(String h, String min, String ampm) {
    if (h == null) {
      return "";
    }
    int hour = Integer.parseInt(h);
    int minute = min == null ? 0 : Integer.parseInt(min);
    if (ampm != null) {
      String a = ampm.replace(".", "");
      boolean pm = a.equals("م") || a.startsWith("مساء") || a.equals("pm") || a.equals("ليلا")
          || a.equals("ظهرا") && hour < 6;
      if (pm && hour < 12) {
        hour += 12;
      } else if ((a.equals("ص") || a.equals("am")) && hour == 12) {
        hour = 0;
      }
    }
    if (hour > 23 || minute > 59) {
      return "";
    }
    return String.format("T%02d:%02d", hour, minute);
  }

  /**
   * A clock time in words or after "الساعة", and the day named after it ("من صباح أمس"، "مساء
   * الجمعة المقبل"): that day at that time. Without a day, a time in digits is of the publication
   * day (as "الساعة 14:30" alone), one in words is left unresolved (a curfew's "حتى السادسة
   * صباحا" is of every day). An ordinal without "الساعة" is a time only after a lead word and
   * with a fraction or a half of the day ("عند الخامسة والنصف"), else it is "the fifth".
   */
  private static Optional<Reading> clockOfADay(Matcher m, Context c) {
    boolean saa = m.group("saa") != null;
    boolean word = m.group("hw") != null;
    if (!saa && !(word && !m.group("lead").isBlank() && (m.group("frac") != null || m.group("ap") != null))) {
      return Optional.empty();
    }
    int hour = word ? TimeWords.CLOCK_HOURS.get(Calendars.key(m.group("hw"))) : Integer.parseInt(m.group("h"));
    int minute = m.group("mi") == null ? 0 : Integer.parseInt(m.group("mi"));
    if (m.group("frac") != null) {
      if (word || m.group("mi") == null) {
        minute = TimeWords.CLOCK_FRACTIONS.get(Calendars.key(m.group("frac")));
      }
    }
    String half = m.group("ap") != null ? m.group("ap") : m.group("part");
    String code = half == null ? null : TimeWords.CLOCK_HALVES.get(Calendars.key(half));
    if (hour > 23 || minute > 59 || code != null && hour > 12) {
      return Optional.empty();
    }
    hour = hourOfDay(hour, code);
    if (minute < 0) {
      hour = (hour + 23) % 24;
      minute += 60;
    }
    String clock = String.format("T%02d:%02d", hour, minute);
    boolean dayNamed = m.group("deic") != null || m.group("wd2") != null;
    if (c.anchor() == null || !dayNamed && word) {
      return Optional.of(Reading.of(null, "TIME", null));
    }
    LocalDate day;
    if (m.group("deic") != null) {
      day = c.anchor().plusDays(TimeWords.DEICTIC_DAYS.get(Calendars.key(m.group("deic"))));
      if (m.group("wd") != null && day.getDayOfWeek().getValue() != Calendars.weekday(m.group("wd")).getAsInt()) {
        return Optional.of(new Reading(null, "TIME", null, contradiction(c, m.group("wd"), day), null, null));
      }
    } else if (m.group("wd2") != null) {
      day = weekdayDate(DayOfWeek.of(Calendars.weekday(m.group("wd2")).getAsInt()), relative(m.group("rel")), c);
    } else {
      day = c.anchor();
    }
    return Optional.of(Reading.of(day + clock, "TIME", null));
  }

  /** The hour of the day (0-23) of an hour of the clock said to be in a half of the day (clock-day-halves.tsv). */
  private static int hourOfDay(int hour, String code) {
    if (code == null || hour > 12) {
      return hour;
    }
    return switch (code) {
      case "AM" -> hour == 12 ? 0 : hour;
      case "NOON" -> hour < 6 ? hour + 12 : hour;
      case "PM" -> hour < 12 ? hour + 12 : hour;
      case "NIGHT" -> hour == 12 ? 0 : hour >= 6 ? hour + 12 : hour;
      default -> hour;
    };
  }

  // ---- English (photo captions) ----------------------------------------------------------

  private static Optional<Reading> englishDate(Matcher m, Context c) {
    Integer month = english(TimeWords.ENGLISH_MONTHS, m.group("em"));
    String wdText = m.namedGroups().containsKey("ewd") ? m.group("ewd") : null;
    Integer weekday = wdText == null ? null : english(TimeWords.ENGLISH_WEEKDAYS, wdText);
    if (month == null || wdText != null && weekday == null) {
      return Optional.empty();
    }
    int day = Integer.parseInt(m.group("d"));
    OptionalInt wd = weekday == null ? OptionalInt.empty() : OptionalInt.of(weekday);
    return dayReading(c, m.group("y"), month, day, wdText, wd, "");
  }

  /**
   * The number of an English month or weekday as matched. The rules match without case in
   * Unicode, where a few letters stand for others ("ſ" for s, the Kelvin sign for k): a word
   * that is none of the list's when lowercased is no date (null).
   */
  private static Integer english(Map<String, Integer> words, String matched) {
    return words.get(matched.toLowerCase(Locale.ROOT));
  }

  private static Optional<Reading> englishMonthYear(Matcher m, Context c) {
    Integer month = english(TimeWords.ENGLISH_MONTHS, m.group("em"));
    if (month == null) {
      return Optional.empty();
    }
    return Optional.of(Reading.date(YearMonth.of(Integer.parseInt(m.group("y")), month).toString()));
  }

  // ---- seasons, decades, centuries -------------------------------------------------------

  private static Optional<Reading> season(Matcher m, Context c) {
    String code = TimeWords.SEASONS.get(Calendars.key(m.group("s")));
    Integer rel = relative(m.group("rel"));
    String mod = modifier(m.group("mod"));
    if (m.group("y") != null) {
      return Optional.of(Reading.of(m.group("y") + "-" + code, "DATE", mod));
    }
    if (rel == null && m.group("this") == null) {
      return Optional.empty();
    }
    if (c.anchor() == null) {
      return Optional.of(Reading.of(null, "DATE", mod));
    }
    int now = seasonIndex(seasonOf(c.anchor()));
    int wanted = seasonIndex(code);
    int year = c.anchor().getYear();
    if (rel != null && rel > 0 && wanted <= now) {
      year++;
    } else if (rel != null && rel < 0 && wanted >= now) {
      year--;
    }
    return Optional.of(Reading.of(year + "-" + code, "DATE", mod));
  }

  private static String seasonOf(LocalDate d) {
    return switch (d.getMonthValue()) {
      case 3, 4, 5 -> "SP";
      case 6, 7, 8 -> "SU";
      case 9, 10, 11 -> "FA";
      default -> "WI";
    };
  }

  private static int seasonIndex(String code) {
    return List.of("WI", "SP", "SU", "FA").indexOf(code);
  }

  /**
   * "الثمانينيات" is the 1980s ("198") unless a century is named with it ("عشرينيات القرن
   * الحالي"); decades.tsv names them with "ال", which the pattern makes optional.
   */
  private static Optional<Reading> decade(Matcher m, Context c) {
    int tens = TimeWords.DECADES.get("ال" + Calendars.key(m.group("dec")));
    Integer century = centuryNumber(m, c);
    if (century == null && m.group("rel") == null && age(c)) {
      return Optional.empty();
    }
    if (m.group("rel") != null && century == null) {
      return Optional.of(Reading.date(null));
    }
    int hundreds = century == null ? 19 : century - 1;
    return Optional.of(Reading.date(hundreds + String.valueOf(tens)));
  }

  /**
   * Whether a decade is a person's age: "شاب في العشرينيات" (a noun of age-nouns.tsv and "في"
   * before it), "في الثلاثينيات من عمره" ("من" and a word of age after it).
   */
  private static boolean age(Context c) {
    String t = c.text();
    Matcher after = AGE_AFTER.matcher(t).region(c.end(), t.length());
    if (after.lookingAt() && TimeWords.AGE_NOUNS_AFTER.contains(after.group(1))) {
      return true;
    }
    Matcher before = AGE_BEFORE.matcher(t.substring(Math.max(0, c.start() - 40), c.start()));
    return before.find() && TimeWords.AGE_NOUNS_BEFORE.contains(before.group(1));
  }

  /**
   * Whether a noun of {@code time/name-heads.tsv} stands right before the expression, past a quotation
   * mark and with a preposition or "و" on it: "حركة "23 مارس"", "لثورة 17 فيفري".
   */
  private static boolean namedAfter(Context c) {
    Matcher before = NAME_BEFORE.matcher(c.text().substring(Math.max(0, c.start() - 30), c.start()));
    if (!before.find()) {
      return false;
    }
    String w = Calendars.key(before.group(1));
    return TimeWords.NAME_HEADS.contains(w)
        || w.length() > 3 && "ولبف".indexOf(w.charAt(0)) >= 0 && TimeWords.NAME_HEADS.contains(w.substring(1));
  }

  private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{L}+)\\s*[\"«“']?\\s*$");
  private static final Pattern AGE_AFTER = Pattern.compile("\\s+من\\s+(\\p{L}+)");
  private static final Pattern AGE_BEFORE = Pattern.compile("(\\p{L}+)\\s+في\\s*$");

  private static Optional<Reading> century(Matcher m, Context c) {
    Integer century = centuryNumber(m, c);
    return Optional.of(Reading.of(century == null ? null : String.format("%02d", century - 1), "DATE",
        modifier(m.group("mod"))));
  }

  /** The ordinal number of the century a match names (20 for the 1900s), null without anchor. */
  private static Integer centuryNumber(Matcher m, Context c) {
    if (m.group("ord") != null) {
      return TimeWords.CENTURIES.get(Calendars.key(m.group("ord")));
    }
    if (m.namedGroups().containsKey("num") && m.group("num") != null) {
      int n = Integer.parseInt(m.group("num"));
      return n >= 1 && n <= 22 ? n : null; // "القرن الـ17"
    }
    if (m.group("rel") != null && c.anchor() != null) {
      return c.anchor().getYear() / 100 + 1 + TimeWords.RELATIVE.get(Calendars.key(m.group("rel")));
    }
    return null;
  }

  // ---- recurrences -----------------------------------------------------------------------

  private static Optional<Reading> every(Matcher m, Context c) {
    TimeWords.Unit unit = TimeWords.UNITS.get(Calendars.key(m.group("unit")));
    if (m.group("wd") != null && unit.code().equals("D")) {
      return Optional.of(Reading.of("XXXX-WXX-" + Calendars.weekday(m.group("wd")).getAsInt(), "SET", null));
    }
    return duration(1, m.group("unit"), null).map(r -> Reading.of(r.value(), "SET", null));
  }

  private static Optional<Reading> recurrenceAdverb(Matcher m, Context c) {
    return Optional.of(Reading.of(TimeWords.SET_WORDS.get(Calendars.key(m.group("adv"))), "SET", null));
  }

  // ---- helpers ---------------------------------------------------------------------------

  private static String type(String clock) {
    return clock.isEmpty() ? "DATE" : "TIME";
  }

  private static String contradiction(Context c, String weekdayText, LocalDate date) {
    return "timex: '" + c.shown() + "' names " + weekdayName(weekdayText) + " but " + date + " is a "
        + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "; value left empty";
  }

  private static String weekdayName(String text) {
    OptionalInt d = Calendars.weekday(text);
    if (d.isEmpty()) {
      Integer e = TimeWords.ENGLISH_WEEKDAYS.get(text.toLowerCase(Locale.ROOT));
      d = e == null ? OptionalInt.empty() : OptionalInt.of(e);
    }
    return d.isEmpty() ? text : DayOfWeek.of(d.getAsInt()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String modifier(String word) {
    return word == null ? null : TimeWords.MODIFIERS.get(Calendars.key(word));
  }

  private static Integer relative(String word) {
    return word == null ? null : TimeWords.RELATIVE.get(Calendars.key(word));
  }

  private static int number(String n) {
    if (Character.isDigit(n.charAt(0))) {
      return Integer.parseInt(n);
    }
    String k = Calendars.key(n);
    Integer v = TimeWords.NUMBERS.get(k);
    if (v == null && Clitics.opensWithArticle(k)) {
      // not Clitics.withoutArticle, which keeps a stem of two letters whole: "الست" is six ("ست")
      v = TimeWords.NUMBERS.get(k.substring(2));
    }
    return v == null ? 0 : v;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

  /** Whether the sentence before the match speaks of the future ("سيعقد", "من المقرر"). */
  static boolean future(Context c) {
    int from = c.start();
    int stop = Math.max(0, from - 120);
    int i = from - 1;
    while (i >= stop) {
      char ch = c.text().charAt(i);
      if (ch == '.' || ch == '\n' || ch == '؟' || ch == '!' || ch == '؛') {
        break;
      }
      i--;
    }
    for (String w : NOT_LETTERS.split(c.text().substring(i + 1, from))) {
      if (TimeWords.FUTURE_CUES.contains(w)
          || w.length() > 2 && "وف".indexOf(w.charAt(0)) >= 0 && TimeWords.FUTURE_CUES.contains(w.substring(1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "عامين"/"عامان" agrees with the dual noun before it, as the adjective "general" does:
   * a word of five letters or more with the same case ending ("كاتبين عامين", "مديران عامان").
   * Prepositions and particles ("بعد", "منذ", "غضون", "بين") never end so at that length, and a
   * duration is accusative: "السجينان عامين" is two years. In jawharafm and ANERcorp train: 11
   * "عامين"/"عامان", one after such a word ("مديرين عامين"), the adjective.
   */
  private static boolean qualifiesDual(String w, String unit) {
    return w.length() >= 5 && w.endsWith(unit.substring(unit.length() - 2));
  }

  /** The word just before the match (letters only), or "". */
  static String wordBefore(Context c) {
    int i = c.start() - 1;
    while (i >= 0 && Character.isWhitespace(c.text().charAt(i))) {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && Character.isLetter(c.text().charAt(i))) {
      i--;
    }
    String w = c.text().substring(i + 1, end);
    return w.length() > 2 && "وف".indexOf(w.charAt(0)) >= 0 && !TimeWords.YEAR_LEADS.contains(w)
        && !TimeWords.NOT_TODAY_BEFORE.contains(w) ? w.substring(1) : w;
  }

  /** The word just after the match, or "" (a "%" counts as a word). */
  static String wordAfter(Context c) {
    int i = c.end();
    String t = c.text();
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    int start = i;
    if (i < t.length() && t.charAt(i) == '%') {
      return "%";
    }
    while (i < t.length() && Character.isLetter(t.charAt(i))) {
      i++;
    }
    return t.substring(start, i);
  }
}
