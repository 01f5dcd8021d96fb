package org.marsad.store;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.marsad.text.ArabicNormalizer;

/**
 * How filter values are written in the index and in queries, so that a user's spelling meets
 * the record's: Arabic normalised (hamza seats, ta marbuta, diacritics), Latin lower-cased,
 * white space folded. "Sergey Lavrov", "sergey  lavrov" and "سيرغي لافروف" / "سيرجي لافروف"
 * (when both are recorded as names) all find the same entity.
 */
public final class Keys {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private Keys() {}

  public static String fold(String value) {
    return WHITE_SPACE.matcher(ArabicNormalizer.normalize(value).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /**
   * The key that says two records came from the same place: a URL as is, a file path made
   * absolute (with a "#line" suffix of JSONL kept), so that the same folder named two ways
   * is the same source.
   */
  public static String source(String source) {
    if (source.contains("://")) {
      return source;
    }
    String path = source;
    String suffix = "";
    int hash = source.lastIndexOf('#');
    if (hash > 0 && source.substring(hash + 1).chars().allMatch(Character::isDigit)) {
      path = source.substring(0, hash);
      suffix = source.substring(hash);
    }
    try {
      return Path.of(path).toAbsolutePath().normalize() + suffix;
    } catch (InvalidPathException e) {
      return source;
    }
  }

  /** The host of a URL source without "www.", which names its outlet well enough to filter on. */
  public static Optional<String> host(String source) {
    if (!source.startsWith("http://") && !source.startsWith("https://")) {
      return Optional.empty();
    }
    try {
      String host = URI.create(source.strip()).getHost();
      return host == null ? Optional.empty() : Optional.of(host.replaceFirst("^www\\.", ""));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** {@code yyyymmdd} of an ISO 8601 date or date-time ("2017-11-24T12:38Z"), month and day 0 when absent. */
  public static Optional<Integer> day(String published) {
    if (published == null || published.length() < 4) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(published.substring(0, 4));
      int month = published.length() >= 7 && published.charAt(4) == '-' ? Integer.parseInt(published.substring(5, 7)) : 0;
      int day = published.length() >= 10 && published.charAt(7) == '-' ? Integer.parseInt(published.substring(8, 10)) : 0;
      return Optional.of(year * 10000 + month * 100 + day);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The first or last {@code yyyymmdd} a user's bound covers: "2015" from 20150000 or to
   * 20151231, "2015-03" to 20150331, "2015-03-07" that day.
   */
  public static int bound(String value, boolean upper) {
    String v = value.strip();
    if (!v.matches("\\d{4}(-\\d{1,2}(-\\d{1,2})?)?")) {
      throw new IllegalArgumentException("a date bound is YEAR, YEAR-MONTH or YEAR-MONTH-DAY, not \"" + value + "\"");
    }
    String[] p = v.split("-");
    int year = Integer.parseInt(p[0]);
    int month = p.length > 1 ? Integer.parseInt(p[1]) : (upper ? 12 : 0);
    int day = p.length > 2 ? Integer.parseInt(p[2]) : (upper ? 31 : 0);
    return year * 10000 + month * 100 + day;
  }
}
