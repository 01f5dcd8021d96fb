package org.marsad.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.marsad.doc.Entity;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFiles;

/**
 * A line of a page's menu or share buttons ("مشاركة: فيسبوك | تويتر | واتساب"، "الرئيسية | أمن |
 * سياسة"): short items of one to three words between vertical bars, three items or more. The names
 * in such a line are the page's, not the article's, so none of them is a mention. News prose writes
 * no vertical bar (none in the jawharafm texts or in ANERcorp). A share or follow line without bars
 * ("شارك: فيسبوك  تويتر  واتساب"، "تابعونا على واتساب", one network a line) is the page's too
 * ({@code page-lines.tsv}).
 */
final class MenuLines {

  /** The most words an item of a menu holds ("نسخ الرابط"، "لينكد إن"). */
  private static final int MAX_ITEM_WORDS = 3;
  private static final int MIN_ITEMS = 3;

  /** The most words of a share or follow line opened by its label ("تابعوا موقعنا الإخباري على تيليجرام"). */
  private static final int MAX_LABELLED_WORDS = 8;
  private static final Pattern SEPARATORS = Pattern.compile("[\\s:|،,.\\-–—]+");
  /** Every word of {@code page-lines.tsv}; the first and last words of its networks; its labels. */
  private static final Set<String> PAGE_WORDS = new HashSet<>();
  private static final Set<String> NETWORK_FIRST = new HashSet<>();
  private static final Set<String> NETWORK_LAST = new HashSet<>();
  private static final Set<String> LABELS = new HashSet<>();

  static {
    for (DataFiles.Row row : DataFiles.rows("entities/page-lines.tsv", 2)) {
      String[] w = SEPARATORS.split(normal(row.field(0)));
      switch (row.field(1)) {
        case "network" -> {
          NETWORK_FIRST.add(w[0]);
          NETWORK_LAST.add(w[w.length - 1]);
        }
        case "label" -> LABELS.add(w[0]);
        case "button" -> { }
        default -> throw row.error("network, label or button");
      }
      PAGE_WORDS.addAll(List.of(w));
    }
  }

  private static String normal(String s) {
    return ArabicNormalizer.normalize(s.strip()).toLowerCase(Locale.ROOT);
  }

  private MenuLines() {}

  /** {@code entities} without their mentions on a menu line of {@code text}; an entity left with none goes. */
  static List<Entity> withoutMenus(String text, List<Entity> entities) {
    // each line is found and judged once, however many mentions it holds (a page of one long line holds thousands)
    int[] breaks = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
    Map<Integer, Boolean> byLine = new HashMap<>();
    return PageMentions.without(entities, e -> true, at -> {
      int k = Arrays.binarySearch(breaks, at);
      int before = k >= 0 ? k - 1 : -k - 2; // the last break before at
      int from = before < 0 ? 0 : breaks[before] + 1;
      return byLine.computeIfAbsent(from, f -> onMenuLine(text, f));
    });
  }

  /** Whether offset {@code at} of {@code text} lies on a menu line. */
  static boolean onMenuLine(String text, int at) {
    int from = text.lastIndexOf('\n', at - 1) + 1;
    int to = text.indexOf('\n', at);
    String line = text.substring(from, to < 0 ? text.length() : to);
    if (shareLine(line)) {
      return true;
    }
    // a label before the items ("مشاركة: ...") is no item
    String items = line.contains(":") ? line.substring(line.indexOf(':') + 1) : line;
    String[] parts = items.split("\\|", -1);
    if (parts.length < MIN_ITEMS) {
      return false;
    }
    for (String p : parts) {
      String item = p.strip();
      if (item.isEmpty() || item.split("\\s+").length > MAX_ITEM_WORDS) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code line} is a share or follow line: its words all of {@code page-lines.tsv} with a
   * network among them ("شارك: فيسبوك تويتر"، "واتساب" alone), or a label first and a network last
   * within eight words ("تابعوا الصحيفة على تلغرام").
   */
  static boolean shareLine(String line) {
    String[] words = SEPARATORS.split(normal(line));
    List<String> w = new ArrayList<>();
    for (String x : words) {
      if (!x.isEmpty()) {
        w.add(x);
      }
    }
    if (w.isEmpty()) {
      return false;
    }
    if (LABELS.contains(w.get(0)) && w.size() <= MAX_LABELLED_WORDS && NETWORK_LAST.contains(w.get(w.size() - 1))) {
      return true;
    }
    return PAGE_WORDS.containsAll(w) && w.stream().anyMatch(NETWORK_FIRST::contains);
  }
}
