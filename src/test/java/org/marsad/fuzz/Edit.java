package org.marsad.fuzz;

import java.util.List;

/**
 * One change the fuzzer makes to an article's text, at {@code at} millionths of its length:
 * the odd things real input holds (cut pages, invisible marks, long runs without a space,
 * lines repeated, pieces of other articles, an article of one line).
 */
record Edit(Op op, int at, int length, int pick) {

  enum Op {
    /** The text ends here: a page cut short. */
    CUT,
    /** Up to 2,000 characters go. */
    DROP,
    /** An odd character or snippet ({@link #ODD}) goes in. */
    ODD,
    /** A run of one character or word ({@link #RUNS}) goes in: a base64 blob, a table, a row of dots. */
    RUN,
    /** A stretch is repeated. */
    COPY,
    /** A stretch of another article goes in. */
    SPLICE,
    /** Every line break becomes a space: an article of one line. */
    ONE_LINE,
    /** Every space goes. */
    NO_SPACES,
    /** One line of the text alone is the article: a wire flash. */
    LINE_ALONE,
    /** The first words of a line alone are the article. */
    FEW_WORDS
  }

  /** Characters and snippets real pages hold that a reader may stumble on. */
  static final List<String> ODD = List.of("\u202E", "\u202B", "\u202C", "\u2066", "\u2067", "\u2068", "\u2069",
      "\u200F", "\u200E", "\u200B", "\u200D", "\uFEFF", "\u0000", "\u0007", "\r", "\r\n", "\u2028", "\u2029", "\u0085",
      "\t", "\u00A0", "\uD83D\uDE00", "\uD800", "\uDC00", "\u0651\u064E", "\u0640\u0640", "٢٠١٩", "۱۴۰۲", "«", "»",
      "\"", "“", "”", "„", "'", ":", "،", "؛", "؟", "(", ")", "[", "]", "<", ">", "&amp;", "&", "\\", "{", "}",
      "]]>", "<!--", "</p>", "<div>", "عاجل:", "اليوم السبت", "امس الثلاثاء", "١٢ تموز ٢٠١٩", "2019/07/12",
      "12:30 GMT", "قال", "وأضاف: «", "\n\n", "\n", " ", "https://news.example/a?b=c&d=e#f", "اقرأ أيضا:",
      "الكلمات الدلالية:", "شارك", "من جانبه،", "ﷲ", "ﻻ", "\u0301", "İ", "ß", "\uFFFD", "\uFFFF");

  /** What long runs are made of. */
  static final List<String> RUNS = List.of("ب", "a", "1", "٣", " ", "\n", ".", "«", "»", "\"", "(", ")", "-", "/",
      "ـ", "\u064E", "=", "ال", "قال ", "في ١٢ تموز ", "«قال» ", "(رويترز) ", "لافروف ", "وزير الخارجية ", "QUJD",
      "\u202E", "عام 2019 و", "\t|\t");

  String apply(String s, Corpus corpus, int maxRun) {
    int pos = (int) ((long) Math.floorMod(at, 1_000_001) * s.length() / 1_000_000);
    while (pos > 0 && pos < s.length() && Character.isLowSurrogate(s.charAt(pos))) {
      pos--; // not between the halves of a character: lone surrogates come only from ODD
    }
    int len = Math.floorMod(length, 2_000);
    int end = Math.min(s.length(), pos + len);
    return switch (op) {
      case CUT -> s.substring(0, pos);
      case DROP -> s.substring(0, pos) + s.substring(end);
      case ODD -> s.substring(0, pos) + pick(ODD) + s.substring(pos);
      case RUN -> s.substring(0, pos) + pick(RUNS).repeat(1 + Math.floorMod(length, Math.max(1, maxRun)))
          + s.substring(pos);
      case COPY -> s.substring(0, end) + s.substring(pos, end) + s.substring(end);
      case SPLICE -> {
        String other = corpus.texts().get(Math.floorMod(pick, corpus.texts().size()));
        int from = Math.min(other.length(), len);
        yield s.substring(0, pos) + other.substring(from, Math.min(other.length(), from + len)) + s.substring(pos);
      }
      case ONE_LINE -> s.replace('\n', ' ');
      case NO_SPACES -> s.replace(" ", "");
      case LINE_ALONE -> line(s);
      case FEW_WORDS -> {
        String[] words = line(s).split(" ");
        yield String.join(" ", List.of(words).subList(0, Math.min(words.length, 1 + Math.floorMod(length, 12))));
      }
    };
  }

  private String pick(List<String> options) {
    return options.get(Math.floorMod(pick, options.size()));
  }

  /** The {@code pick}-th non-blank line. */
  private String line(String s) {
    List<String> lines = s.lines().filter(l -> !l.isBlank()).toList();
    return lines.isEmpty() ? s : lines.get(Math.floorMod(pick, lines.size()));
  }
}
