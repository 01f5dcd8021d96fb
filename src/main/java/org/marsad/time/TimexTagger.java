package org.marsad.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.doc.Layer;
import org.marsad.doc.Timex;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;

/**
 * Finds and resolves the time expressions of an article: every form of {@link TimexRules} is
 * matched over the normalised text, matches that overlap keep the longest, and spans are mapped
 * back to the original text. Stateless and thread-safe.
 */
public final class TimexTagger {

  /** Letters that cling to the word after them: a conjunction (و ف), a preposition (ب ل ك), or one of each. */
  private static final String CONJUNCTIONS = "وف";
  private static final String PREPOSITIONS = "بلك";
  private static final int MAX_CLITIC_LENGTH = 2;

  record Found(int start, int end, int rule, String shown, Reading reading) {}

  /**
   * The time expressions of {@code text}; relative ones resolved against {@code published}
   * (an ISO 8601 date or date-time, or null when unknown).
   */
  public Layer<Timex> tag(AnalyzedText text, String published) {
    List<String> warnings = new ArrayList<>();
    LocalDate anchor = anchorOf(published, warnings);
    return layer(text.text(), find(text.text(), anchor), warnings);
  }

  /** The time expressions of an article and its publication date: as given, or else as the body settles it. */
  public record Dated(Layer<Timex> timexes, Optional<String> inferred) {}

  /**
   * {@link #tag} against {@code published}, or, when that is null, against the date
   * {@link #inferPublished} finds; the expressions are read once when none is found.
   */
  public Dated tagAndDate(AnalyzedText text, String published) {
    if (published != null) {
      return new Dated(tag(text, published), Optional.empty());
    }
    List<Found> undated = find(text.text(), null);
    Optional<String> inferred = inferPublished(undated);
    return inferred.isPresent() ? new Dated(tag(text, inferred.get()), inferred)
        : new Dated(layer(text.text(), undated, new ArrayList<>()), inferred);
  }

  private static Layer<Timex> layer(String text, List<Found> found, List<String> warnings) {
    List<Timex> items = new ArrayList<>();
    for (Found f : found) {
      Reading r = f.reading();
      items.add(new Timex(f.start(), f.end(), f.shown(), r.value(), r.type(), r.mod()));
      if (r.warning() != null) {
        warnings.add(r.warning());
      }
    }
    addDateLines(text, items);
    return new Layer<>(items, warnings);
  }

  /**
   * A publication date line in a form only {@link DateLines} reads ("06:42 GMT14.01.2026",
   * "[11/مارس/2026]", "18.03.2026 | 08:47 GMT") is one time expression: from its first digit
   * to its last (and the zone after it), unless the rules read the whole line as one already.
   */
  private static void addDateLines(String text, List<Timex> items) {
    int first = 0; // items are in text order and do not overlap: those before a line are passed for good
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int from = lineStart;
      int to = lineEnd;
      lineStart = lineEnd + 1;
      while (first < items.size() && items.get(first).end() <= from) {
        first++;
      }
      if (to - from > MAX_DATE_LINE) {
        continue;
      }
      Optional<String> value = DateLines.parse(text.substring(from, to));
      if (value.isEmpty()) {
        // a meta line: the byline, the date and the section ("بواسطة: فلان | يوليو 7, 2026 - 4:55 م | أخبار")
        Optional<DateLines.Part> part = DateLines.partOf(text.substring(from, to));
        if (part.isEmpty()) {
          continue;
        }
        value = Optional.of(part.get().value());
        to = from + part.get().end();
        from += part.get().start();
      }
      int last = first;
      while (last < items.size() && items.get(last).start() < to) {
        last++;
      }
      List<Timex> onLine = items.subList(first, last);
      String whole = value.get().endsWith("Z") ? value.get().substring(0, value.get().length() - 1) : value.get();
      if (onLine.size() == 1 && whole.equals(onLine.get(0).value())) {
        continue; // the rules read the line as one already
      }
      // the rules missed the line, or read it in pieces ("18.03.2026", "08:47 GMT")
      int own = from + DateLines.endBeforeUpdateNote(text.substring(from, to));
      int firstDigit = firstDigit(text, from, own);
      int lastDigit = lastDigit(text, from, own);
      if (firstDigit >= 0) {
        firstDigit = DateLines.monthBefore(text, from, firstDigit); // "April 12, 2026": the month first
      }
      for (Timex t : onLine) {
        firstDigit = Math.min(firstDigit, t.start());
        lastDigit = Math.max(lastDigit, t.end() - 1);
      }
      onLine.clear();
      if (firstDigit >= 0) {
        int end = extendOverZone(text, lastDigit + 1, to);
        items.add(first, new Timex(firstDigit, end, text.substring(firstDigit, end), whole,
            whole.contains("T") ? "TIME" : "DATE", null));
      }
    }
  }

  private static final int MAX_DATE_LINE = 120;
  private static final Pattern ZONE_AFTER = Pattern.compile("\\s*(?:" + DateLines.GREENWICH_OFFSET + "|GMT|UTC|بتوقيت\\s+\\S+|(?:"
      + DateLines.OFFSET_ZONES + ")(?![A-Za-z]))", Pattern.CASE_INSENSITIVE);

  private static int firstDigit(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lastDigit(String s, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (Character.isDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The end of a date line's expression: after its last digit, and a zone that follows it ("08:47 GMT"). */
  private static int extendOverZone(String s, int end, int lineEnd) {
    if (end >= lineEnd) {
      return end; // the rules' reading of the line ran on into the next one (a clock time below the date)
    }
    Matcher m = ZONE_AFTER.matcher(s).region(end, lineEnd);
    return m.lookingAt() ? m.end() : end;
  }

  /**
   * The publication date the body itself settles when the page gives none: the weekday of
   * "اليوم السبت" (or "أمس الجمعة") agrees with exactly one full date written in the text
   * (a caption's "November 2, 2013"). Empty when nothing, or more than one day, fits.
   */
  public Optional<String> inferPublished(AnalyzedText text) {
    return inferPublished(find(text.text(), null));
  }

  private static Optional<String> inferPublished(List<Found> undated) {
    Set<DayOfWeek> weekdays = new TreeSet<>();
    Set<LocalDate> days = new TreeSet<>();
    for (Found f : undated) {
      if (f.reading().anchorWeekday() != null) {
        weekdays.add(f.reading().anchorWeekday());
      }
      if (f.reading().day() != null) {
        days.add(f.reading().day());
      }
    }
    if (weekdays.size() != 1) {
      return Optional.empty();
    }
    DayOfWeek weekday = weekdays.iterator().next();
    List<LocalDate> fitting = days.stream().filter(d -> d.getDayOfWeek() == weekday).toList();
    return fitting.size() == 1 ? Optional.of(fitting.get(0).toString()) : Optional.empty();
  }

  private static List<Found> find(String original, LocalDate anchor) {
    return find(original, anchor, false);
  }

  /**
   * The expressions of {@code original}: each rule is tried, anchored, at the word starts where
   * one of its first words stands ({@link FirstWords}), or at every word start when
   * {@code everywhere} (the slow way, which the tests hold the fast one to).
   */
  static List<Found> find(String original, LocalDate anchor, boolean everywhere) {
    ArabicNormalizer.Normalized norm = ArabicNormalizer.normalizeWithOffsets(original);
    String t = norm.text();
    List<Found> candidates = new ArrayList<>();
    int[][] startsByRule = startsByRule(t, everywhere);
    for (int r = 0; r < TimexRules.RULES.size(); r++) {
      if (startsByRule[r].length == 0) {
        continue;
      }
      TimexRules.Rule rule = TimexRules.RULES.get(r);
      Matcher m = rule.pattern().matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
      int from = 0;
      for (int s : startsByRule[r]) {
        if (s < from) {
          continue;
        }
        m.region(s, t.length());
        if (!m.lookingAt()) {
          continue;
        }
        int e = trimEnd(t, s, rule.tail() && m.group("tail") != null ? m.start("tail") : m.end());
        int spanStart = s;
        if (rule.lead() && m.group("lead") != null) {
          spanStart = m.end("lead");
          while (spanStart < e && Character.isWhitespace(t.charAt(spanStart))) {
            spanStart++;
          }
        }
        if (e <= spanStart || !endsWord(t, e)) {
          continue;
        }
        int os = norm.toOriginal(spanStart);
        int oe = norm.toOriginalEnd(e);
        String shown = original.substring(os, oe);
        Optional<Reading> reading = rule.reader().read(m, new TimexRules.Context(t, anchor, s, e, shown));
        if (reading.isPresent()) {
          candidates.add(new Found(os, oe, r, shown, reading.get()));
          from = e;
        }
      }
    }
    return resolveAnaphors(longestFirst(candidates));
  }

  /** The known part a value names before its unknown digits, by how many characters they take. */
  private static final Pattern YEAR = Pattern.compile("^\\d{4}(?!\\d)");
  private static final Pattern YEAR_MONTH = Pattern.compile("^\\d{4}-\\d{2}(?!\\d)");
  private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?!\\d)");

  /**
   * An expression that names again a period named before ("في نوفمبر من ذلك العام" = XXXX-11)
   * takes the year, month or day of the nearest expression before it that names one ("خريف
   * 2024": 2024-11); with none, its unknown digits stay.
   */
  private static List<Found> resolveAnaphors(List<Found> found) {
    for (int i = 0; i < found.size(); i++) {
      Reading r = found.get(i).reading();
      if (r.value() == null || !r.value().startsWith(TimexRules.UNKNOWN_YEAR) || r.type().equals("SET")) {
        continue;
      }
      String unknown = r.value().startsWith("XXXX-XX-XX") ? "XXXX-XX-XX" : r.value().startsWith("XXXX-XX") ? "XXXX-XX" : "XXXX";
      Pattern known = switch (unknown.length()) {
        case 4 -> YEAR;
        case 7 -> YEAR_MONTH;
        default -> DAY;
      };
      for (int j = i - 1; j >= 0; j--) {
        String before = found.get(j).reading().value();
        Matcher k = before == null ? null : known.matcher(before);
        if (k != null && k.find()) {
          Found f = found.get(i);
          Reading resolved = new Reading(k.group() + r.value().substring(unknown.length()), r.type(), r.mod(),
              r.warning(), r.day(), r.anchorWeekday());
          found.set(i, new Found(f.start(), f.end(), f.rule(), f.shown(), resolved));
          break;
        }
      }
    }
    return found;
  }

  private static final FirstWords FIRST_WORDS = new FirstWords(TimexRules.RULES);

  /** For each rule, the word starts ({@link #wordStarts}) where it may match, in text order. */
  private static int[][] startsByRule(String t, boolean everywhere) {
    int rules = TimexRules.RULES.size();
    int[] starts = wordStarts(t);
    long[] may = new long[starts.length];
    int[] count = new int[rules];
    for (int i = 0; i < starts.length; i++) {
      may[i] = everywhere ? -1L >>> (Long.SIZE - rules) : FIRST_WORDS.at(t, starts[i]);
      for (long bits = may[i]; bits != 0; bits &= bits - 1) {
        count[Long.numberOfTrailingZeros(bits)]++;
      }
    }
    int[][] out = new int[rules][];
    for (int r = 0; r < rules; r++) {
      out[r] = new int[count[r]];
      count[r] = 0;
    }
    for (int i = 0; i < starts.length; i++) {
      for (long bits = may[i]; bits != 0; bits &= bits - 1) {
        int r = Long.numberOfTrailingZeros(bits);
        out[r][count[r]++] = starts[i];
      }
    }
    return out;
  }

  /** Keeps, of overlapping expressions, the longest (the earlier rule on a tie), in text order. */
  private static List<Found> longestFirst(List<Found> candidates) {
    candidates.sort(Comparator.comparingInt((Found f) -> f.start() - f.end()).thenComparingInt(Found::rule)
        .thenComparingInt(Found::start));
    BitSet taken = new BitSet();
    List<Found> kept = new ArrayList<>();
    for (Found f : candidates) {
      int next = taken.nextSetBit(f.start());
      if (next == -1 || next >= f.end()) {
        taken.set(f.start(), f.end());
        kept.add(f);
      }
    }
    kept.sort(Comparator.comparingInt(Found::start));
    return kept;
  }

  /**
   * The positions where an expression may start ({@link #startsWord}): rules are tried only
   * there, anchored, instead of scanning every character with each pattern.
   */
  private static int[] wordStarts(String t) {
    int[] out = new int[t.length()];
    int n = 0;
    int wordStart = 0;
    for (int i = 0; i < t.length(); i++) {
      if (i > 0 && !Character.isLetterOrDigit(t.charAt(i - 1))) {
        wordStart = i;
      }
      if (Character.isWhitespace(t.charAt(i)) || i - wordStart > MAX_CLITIC_LENGTH) {
        continue;
      }
      if (startsWord(t, i)) {
        out[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** The match end without trailing spaces or separators. */
  private static int trimEnd(String t, int s, int e) {
    while (e > s && (Character.isWhitespace(t.charAt(e - 1)) || ",،-–|/(".indexOf(t.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e;
  }

  /**
   * A match starts a word, or follows a clitic ("وأمس", "بنهاية"); a number is not the tail of
   * another number ("2+2", "1.2018", a phone number).
   */
  private static boolean startsWord(String t, int s) {
    if (s == 0) {
      return true;
    }
    char p = t.charAt(s - 1);
    if (Character.isDigit(p)) {
      return false;
    }
    if (Character.isDigit(t.charAt(s)) && "+-/.:,$£€".indexOf(p) >= 0 && s >= 2 && Character.isDigit(t.charAt(s - 2))) {
      return false;
    }
    if (!Character.isLetter(p)) {
      return true;
    }
    int w = s - 1;
    while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
      w--;
    }
    return isClitic(t, w, s) || Character.isDigit(t.charAt(s)) && isArticleBeforeNumber(t, w, s);
  }

  /**
   * Whether {@code t[from, to)} is the article a number takes ("الـ24 ساعة الماضية", "في الـ15 من
   * سبتمبر", the tatweel gone in normalised text), alone or after a clitic ("والـ", "بالـ").
   */
  private static boolean isArticleBeforeNumber(String t, int from, int to) {
    return to - from >= 2 && t.startsWith("ال", to - 2) && (to - from == 2 || isClitic(t, from, to - 2));
  }

  /** Whether {@code t[from, to)} is clitics alone: "و", "ب", "وب" (not "بو"). */
  private static boolean isClitic(String t, int from, int to) {
    return switch (to - from) {
      case 1 -> CONJUNCTIONS.indexOf(t.charAt(from)) >= 0 || PREPOSITIONS.indexOf(t.charAt(from)) >= 0;
      case 2 -> CONJUNCTIONS.indexOf(t.charAt(from)) >= 0 && PREPOSITIONS.indexOf(t.charAt(from + 1)) >= 0;
      default -> false;
    };
  }

  /** A match ends a word; a number is not followed by more of a number or by "%". */
  private static boolean endsWord(String t, int e) {
    if (e == t.length()) {
      return true;
    }
    char n = t.charAt(e);
    if (Character.isLetterOrDigit(n)) {
      return false;
    }
    if (Character.isDigit(t.charAt(e - 1))) {
      return n != '%' && !("+/:.,".indexOf(n) >= 0 && e + 1 < t.length() && Character.isDigit(t.charAt(e + 1)));
    }
    return true;
  }

  private static LocalDate anchorOf(String published, List<String> warnings) {
    if (published == null || published.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(published.strip().substring(0, Math.min(10, published.strip().length())));
    } catch (DateTimeException e) {
      warnings.add("timex: publication date '" + published + "' is not ISO 8601; relative expressions left unresolved");
      return null;
    }
  }
}
