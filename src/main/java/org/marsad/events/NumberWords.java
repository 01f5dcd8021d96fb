package org.marsad.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;

/**
 * Reads a cardinal number at a token: digits ("28"، "٢٨"), or words of {@code events/numbers.tsv}
 * joined as Arabic joins them ("ثلاثة عشر"، "خمسة وعشرين"، "ثلاثة آلاف"، "10 آلاف"). A figure
 * beyond {@link #LARGEST} is read as a number of no value: it counts nothing.
 */
final class NumberWords {

  /** The largest figure taken as a count: more is a misreading or not a count of people. */
  static final long LARGEST = 1_000_000;

  /** A number {@code length} tokens long; {@code value} is -1 where it gives no usable figure. */
  record Number(long value, int length) {

    boolean usable() {
      return value >= 0;
    }
  }

  private final Map<String, Long> single = new HashMap<>();
  private final Map<String, Long> pairs = new HashMap<>();
  /** Words of approximation before a number ("نحو"، "ما لا يقل عن"), of {@code events/hedges.tsv}. */
  final Phrases hedges = new Phrases();

  NumberWords() {
    for (String line : DataFiles.lines("events/hedges.tsv")) {
      hedges.add(line);
    }
    for (DataFiles.Row row : DataFiles.rows("events/numbers.tsv", 2)) {
      long value;
      try {
        value = Long.parseLong(row.field(0));
      } catch (NumberFormatException e) {
        throw row.error("a whole number in field 1");
      }
      String[] words = ArabicNormalizer.normalize(row.field(1)).split("\\s+");
      if (words.length == 1) {
        single.put(words[0], value);
      } else {
        pairs.put(words[0] + " " + words[1], value);
      }
    }
  }

  /** The first token of a hedge that ends right before token {@code i} ("نحو خمسة آلاف"), or {@code i}. */
  int hedgeBefore(List<String> norms, int i) {
    for (int j = Math.max(0, i - 4); j < i; j++) {
      if (hedges.matchAt(norms, j) == i - j) {
        return j;
      }
    }
    return i;
  }

  /** The number starting at token {@code i}, or null. */
  Number at(List<String> norms, int i) {
    long total = 0;
    long current = 0;
    boolean tooLarge = false;
    int k = i;
    while (k < norms.size()) {
      String n = norms.get(k);
      boolean joined = k > i && n.length() > 1 && n.charAt(0) == 'و';
      long v;
      int len = 1;
      if (k == i && n.length() > 1 && n.charAt(0) == 'و' && isDigits(n.substring(1))) {
        n = n.substring(1); // "و163 جريحا"
      }
      if (k == i && isDigits(n)) {
        if (n.length() > 9) {
          tooLarge = true;
          v = 0;
        } else {
          v = Long.parseLong(n);
        }
        current = v;
        k++;
        continue;
      }
      Long pair = k + 1 < norms.size() ? pairs.get(word(n, joined) + " " + norms.get(k + 1)) : null;
      Long w = lookup(word(n, joined));
      if (pair != null) {
        v = pair;
        len = 2;
      } else if (w != null) {
        v = w;
      } else {
        break;
      }
      if (k > i && !joined && v < 10 && current > 0) {
        break; // "عشرة خمسة": two numbers side by side, not one
      }
      if (v >= 1000) {
        boolean dual = v == 2000 || v == 2_000_000;
        total += dual ? v : (current == 0 ? 1 : current) * v;
        current = 0;
      } else if ((v == 100 || v == 200) && current > 0 && current < 10 && !joined) {
        current *= 100; // ثلاث مئة
      } else {
        current += v;
      }
      k += len;
    }
    if (k == i) {
      return null;
    }
    long value = total + current;
    return new Number(tooLarge || value > LARGEST ? -1 : value, k - i);
  }

  private static String word(String n, boolean joined) {
    return joined ? n.substring(1) : n;
  }

  /** A number word as written, or after its article ("الخمسة"); "الف" and "الاف" are words of their own. */
  private Long lookup(String w) {
    Long v = single.get(w);
    return v != null ? v : single.get(Clitics.withoutArticle(w));
  }

  private static boolean isDigits(String n) {
    if (n.isEmpty()) {
      return false;
    }
    for (int i = 0; i < n.length(); i++) {
      if (n.charAt(i) < '0' || n.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
