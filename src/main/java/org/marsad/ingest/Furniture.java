package org.marsad.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.DataFiles;

/**
 * Recognises lines of page furniture from {@code ingest/furniture.tsv} (buttons, widgets, "read
 * also" markers, tag lists, comment boxes) and section labels or banners made of the words in
 * {@code ingest/sections.tsv} ("العالم - آسيا", "أخبار مصر", a country's name alone).
 */
final class Furniture {

  /** What a line is, as page furniture. */
  enum Kind {
    /** Not furniture. */
    NONE,
    /** A button or label: the line goes. */
    LINE,
    /** A "read also" marker alone on its line: it and the related headline after it go. */
    RELATED_MARKER,
    /** The body has ended here. */
    END,
    /** A list widget opens ("list of 2 items"): every line up to its closing one goes. */
    LIST_START,
    /** A list widget closes ("end of list"). */
    LIST_END,
    /** A site banner before the headline ("موقع ..."). */
    BANNER
  }

  /** A line that begins with a marker is furniture only while this short, in words. */
  private static final int SHORT_LINE = 10;
  /** A menu line has at least this many items, each at most this many words. */
  private static final int MENU_ITEMS = 3;
  private static final int MENU_ITEM_WORDS = 3;
  /** An end marker ends the body only on a line this short: a heading, not a sentence. */
  private static final int END_LINE = 6;

  /** A phrase that opens a line: its key with the space after it, and what it does. */
  private record Entry(String prefix, String action) {}

  private final Map<String, String> whole = new HashMap<>();
  private final List<Entry> leading = new ArrayList<>();
  private final Set<String> sectionWords = new HashSet<>();
  /** "منذ", "قبل": with a number and a time unit, a page's relative time stamp ("منذ 3 ساعات"). */
  private final Set<String> agoWords = new HashSet<>();
  private final Set<String> timeUnits = new HashSet<>();
  /** "تابع", "استمع": a call to the reader opening a strip that ends with a channel ("تيليجرام", "مباشرة"). */
  private final Set<String> callWords = new HashSet<>();
  private final Set<String> channelWords = new HashSet<>();
  /** "الرئيسية": the home link that opens a breadcrumb ("الرئيسية / عربي ودولي"), whatever the items after it. */
  private final Set<String> homeWords = new HashSet<>();

  Furniture() {
    for (DataFiles.Row row : DataFiles.rows("ingest/furniture.tsv", 2)) {
      String action = row.field(1).toLowerCase(Locale.ROOT);
      if (!Set.of("line", "starts", "label", "related", "end", "banner", "ago", "unit", "list",
          "list-end", "call", "channel", "home").contains(action)) {
        throw row.error("a phrase, then one of line, starts, label, related, end, banner, ago, unit, list, list-end,"
            + " call, channel, home");
      }
      String k = Phrases.key(row.field(0));
      if (action.equals("call")) {
        callWords.add(k);
        continue;
      }
      if (action.equals("channel")) {
        channelWords.add(k);
        continue;
      }
      if (action.equals("home")) {
        homeWords.add(k);
        whole.put(k, "line");
        continue;
      }
      if (action.equals("ago")) {
        agoWords.add(k);
        continue;
      }
      if (action.equals("unit")) {
        timeUnits.add(k);
        continue;
      }
      whole.put(k, action);
      if (!action.equals("line") && !action.startsWith("list")) {
        leading.add(new Entry(k + " ", action));
      }
    }
    for (String line : DataFiles.lines("ingest/sections.tsv")) {
      for (String w : Phrases.key(line).split(" ")) {
        if (!w.isEmpty()) {
          sectionWords.add(w);
        }
      }
    }
  }

  Kind classify(String line) {
    String k = Phrases.key(line);
    if (k.isEmpty()) {
      return Kind.NONE;
    }
    String counted = withoutNumbers(k);
    if ("list".equals(whole.get(counted))) {
      return Kind.LIST_START;
    }
    if (!counted.equals(k) && whole.containsKey(counted)) {
      return Kind.LINE; // a button or widget with its counter: "12 Shares", "3 تعليقات"
    }
    String action = whole.get(k);
    if (action != null) {
      return switch (action) {
        case "related" -> Kind.RELATED_MARKER;
        case "list-end" -> Kind.LIST_END;
        case "end" -> Kind.END;
        case "banner" -> Kind.BANNER;
        default -> Kind.LINE;
      };
    }
    if (isTimeStamp(k) || isMenu(line) || isCallStrip(k) || isShareBar(line) || isBreadcrumb(line)) {
      return Kind.LINE;
    }
    int words = Phrases.words(k);
    for (Entry e : leading) {
      if (!k.startsWith(e.prefix())) {
        continue;
      }
      switch (e.action()) {
        case "end":
          // a one-word marker opening a heading ("تعليقات الصحف") ends the body only as a label
          if (words <= END_LINE && (Phrases.words(e.prefix()) > 1 || labelled(line))) {
            return Kind.END;
          }
          break;
        case "banner":
          if (words <= END_LINE) {
            return Kind.BANNER;
          }
          break;
        case "label":
          if (words <= SHORT_LINE && labelled(line, Phrases.words(e.prefix()))) {
            return Kind.LINE;
          }
          break;
        default: // starts, related: a marker with its related headline on the same line
          if (words <= SHORT_LINE || e.action().equals("related")) {
            return Kind.LINE;
          }
      }
    }
    return isTicker(line) ? Kind.LINE : Kind.NONE;
  }

  /** A breadcrumb's separator after its home link: "/", "›", "»", ">", "|", "→", "<" (right to left). */
  private static final Pattern CRUMB = Pattern.compile("^(.+?)\\s*[/›»>|→<‹«]");

  /**
   * A breadcrumb: the home link, then a separator and the sections down to the article
   * ("الرئيسية / عربي ودولي", "الرئيسية » أخبار ليبيا"), whatever the section names are.
   */
  private boolean isBreadcrumb(String line) {
    Matcher m = CRUMB.matcher(Phrases.strip(line));
    return m.find() && homeWords.contains(Phrases.key(m.group(1)));
  }

  /** A call strip is at most this many words: "تابع الموقع على تيليجرام", "استمع إلى الإذاعة مباشرة". */
  private static final int CALL_WORDS = 8;

  /**
   * A strip calling the reader to a channel: a call word first ("تابع", "استمع"), a channel last
   * ("تيليجرام", "واتساب", "مباشرة"), a few words; or a live label, then the call ("مباشر: تابعوا
   * قناة ..."). Both ends are needed: "تابع الوزير أشغال الجسر" is a headline, "حمّل ..." a sentence.
   */
  private boolean isCallStrip(String k) {
    int space = k.indexOf(' ');
    if (space < 0 || Phrases.words(k) > CALL_WORDS) {
      return false;
    }
    String first = k.substring(0, space);
    if (channelWords.contains(first)) {
      // a live label before the call ("مباشر: تابعوا قناة النهار"): the strip names its channel first
      int next = k.indexOf(' ', space + 1);
      return callWords.contains(k.substring(space + 1, next < 0 ? k.length() : next));
    }
    return callWords.contains(first) && channelWords.contains(k.substring(k.lastIndexOf(' ') + 1));
  }

  /** A share bar's label before its colon is at most this many words: "شارك", "شارك الخبر". */
  private static final int SHARE_LABEL_WORDS = 3;

  /**
   * A share bar copied as text: a short label, a colon, then only channels and buttons, two at least,
   * however set apart ("شارك: فيسبوك  تويتر  واتساب", "شارك الخبر: فيسبوك تويتر طباعة").
   */
  private boolean isShareBar(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0 || Phrases.words(line.substring(0, colon)) > SHARE_LABEL_WORDS) {
      return false; // most lines
    }
    String[] items = Phrases.key(line.substring(colon + 1)).split(" ");
    int n = 0;
    for (String item : items) {
      if (item.isEmpty()) {
        continue;
      }
      if (!channelWords.contains(item) && !"line".equals(whole.get(item))) {
        return false;
      }
      n++;
    }
    return n >= 2;
  }

  /** Menu items set apart by runs of spaces, as a menu bar comes when copied as text. */
  private static final Pattern SPACED = Pattern.compile(
      "[\\s\\u00a0\\u2000-\\u200a\\u202f\\u3000]{2,}|\\t");

  /**
   * A menu or a share bar copied as text: at least {@link #MENU_ITEMS} items set apart by "|",
   * or by runs of two spaces or more where the bar's cells were, each a few words ("الرئيسية |
   * سياسة | اقتصاد | رياضة", "مشاركة: فيسبوك | تويتر | واتساب", "الرئيسية  أخبار وطنية  رياضة").
   * A headline or a sentence is never cut into three such short pieces.
   */
  private static boolean isMenu(String line) {
    String[] items;
    int least = MENU_ITEMS;
    if (line.indexOf('|') >= 0) {
      items = line.split("\\|");
    } else if (line.indexOf("  ") >= 0 || line.indexOf('\t') >= 0 || line.indexOf('\u00a0') >= 0) {
      items = SPACED.split(line);
      least = MENU_ITEMS + 1; // a headline with two stray double spaces may fall into three short pieces
    } else {
      return false; // most lines
    }
    int n = 0;
    for (String item : items) {
      int words = Phrases.words(item);
      if (words > MENU_ITEM_WORDS) {
        return false;
      }
      n += words > 0 ? 1 : 0;
    }
    return n >= least;
  }

  /** A ticker's label is at most this many words: "الأكثر قراءة اليوم". */
  private static final int TICKER_LABEL_WORDS = 4;

  /**
   * A ticker copied as one line: a marker of the furniture list ("عاجل", "الأكثر قراءة"), then a bar
   * or a colon, then headlines set apart by bars ("عاجل | ..."، "الأكثر قراءة اليوم: ... | ..."). The bar
   * is required: "عاجل: ..." alone may be a flash's own headline.
   */
  private boolean isTicker(String line) {
    int bar = line.indexOf('|');
    if (bar < 0) {
      return false; // most lines
    }
    int colon = line.indexOf(':');
    String label = Phrases.key(line.substring(0, colon >= 0 && colon < bar ? colon : bar));
    if (label.isEmpty() || Phrases.words(label) > TICKER_LABEL_WORDS) {
      return false;
    }
    if (whole.containsKey(label)) {
      return true;
    }
    for (Entry e : leading) {
      if ((label + " ").startsWith(e.prefix()) && !e.action().equals("banner")) {
        return true; // "الأكثر قراءة اليوم"
      }
    }
    return false;
  }

  /** A line whose first word is a label: "التعليقات: 5", "الوسوم: صحة، تعليم". */
  private static boolean labelled(String line) {
    return labelled(line, 1);
  }

  /** A line whose first {@code words} words are a label: "Crédits photos : Bestimage". */
  private static boolean labelled(String line, int words) {
    String s = Phrases.strip(line);
    int colon = s.indexOf(':');
    return colon > 0 && Phrases.words(s.substring(0, colon)) == words;
  }

  /** A key without its words made only of digits. */
  private static String withoutNumbers(String k) {
    StringBuilder b = new StringBuilder(k.length());
    int i = 0;
    while (i < k.length()) {
      int end = k.indexOf(' ', i);
      end = end < 0 ? k.length() : end;
      if (end > i && !allDigits(k, i, end)) {
        if (!b.isEmpty()) {
          b.append(' ');
        }
        b.append(k, i, end);
      }
      i = end + 1;
    }
    return b.toString();
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "منذ 3 ساعات", "قبل دقيقتين": the time since the page was posted, not a headline. */
  private boolean isTimeStamp(String k) {
    int space = k.indexOf(' ');
    if (space > 0 && k.indexOf(' ', space + 1) < 0 && allDigits(k, 0, space) && timeUnits.contains(k.substring(space + 1))) {
      return true; // a reading time alone on its line, "4 دقائق" under the date (Swissinfo): a length, never text
    }
    if (space < 0 || !agoWords.contains(k.substring(0, space))) {
      return false; // most lines: no need to split them
    }
    String[] w = k.split(" ");
    if (w.length < 2 || w.length > 3 || !agoWords.contains(w[0]) || !timeUnits.contains(w[w.length - 1])) {
      return false;
    }
    return w.length == 2 || allDigits(w[1], 0, w[1].length());
  }

  /** A line made only of section and menu words: "العالم - آسيا", "أخبار مصر", "تركيا". */
  boolean isSectionLabel(String line) {
    String k = Phrases.key(line);
    if (k.isEmpty()) {
      return false;
    }
    int i = 0;
    while (i <= k.length()) {
      int end = k.indexOf(' ', i);
      end = end < 0 ? k.length() : end;
      String w = k.substring(i, end);
      // sections joined by "و": "عربي ودولي", "سياسة واقتصاد"
      if (!sectionWords.contains(w) && !(i > 0 && w.startsWith("و") && sectionWords.contains(w.substring(1)))) {
        return false;
      }
      i = end + 1;
    }
    return true;
  }
}
