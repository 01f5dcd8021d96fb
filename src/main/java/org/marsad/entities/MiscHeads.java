package org.marsad.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFiles;
import org.marsad.text.Token;

/**
 * The nouns that head a work, a product or a venue ({@code misc-heads.tsv}) and the names they
 * introduce, which ANERcorp annotates as MISC: the title quoted after a work's or a product's noun
 * ("فيلم « الطريق الطويل »"، "برنامجا جديدا بعنوان « ليالي المدينة »"، "السيارة الصغيرة « نجمة 3 »"),
 * the name right after a stadium's or a prayer's ("ملعب ..."، "استاد ..."، "صلاة المغرب"), and the
 * make and number after a model's ("من طراز بوينغ 737").
 * Immutable; one instance serves every article.
 */
final class MiscHeads {

  /** A title is at most this many words: a longer quotation is speech or a phrase, not a name. */
  static final int MAX_TITLE_WORDS = 6;
  /** Words (adjectives, "بعنوان") allowed between the noun and the quotation mark. */
  static final int MAX_WORDS_BEFORE_TITLE = 2;
  /** Words (adjectives, a channel: "برنامجا تلفزيونيا على القناة بعنوان") allowed between the noun and "بعنوان". */
  static final int MAX_WORDS_BEFORE_LINK = 3;

  private static final Set<String> OPENING = Set.of("«", "“", "\"");
  private static final Set<String> CLOSING = Set.of("»", "”", "\"");

  enum Construction { TITLE, NAMED, VENUE, MODEL, LINK }

  /** A model number has at most this many characters ("737"); a longer number is a year or a sum. */
  static final int MAX_MODEL_DIGITS = 3;

  /** Words {@code [from, to)} of the article. */
  record Span(int from, int to) {}

  private final Map<String, Construction> heads;

  private MiscHeads(Map<String, Construction> heads) {
    this.heads = Map.copyOf(heads);
  }

  private static final MiscHeads STANDARD = load("entities/misc-heads.tsv");

  static MiscHeads standard() {
    return STANDARD;
  }

  static MiscHeads load(String resource) {
    Map<String, Construction> heads = new HashMap<>();
    for (DataFiles.Row row : DataFiles.rows(resource, 2)) {
      Construction c = switch (row.field(1)) {
        case "title" -> Construction.TITLE;
        case "named" -> Construction.NAMED;
        case "venue" -> Construction.VENUE;
        case "model" -> Construction.MODEL;
        case "link" -> Construction.LINK;
        default -> throw row.error("title, named, venue, model or link");
      };
      heads.put(NameKeys.keyOfNormalized(ArabicNormalizer.normalize(row.field(0))), c);
    }
    return new MiscHeads(heads);
  }

  /** The construction word {@code w} heads, in any of its readings (proclitics off), or null. */
  Construction of(TokenKeys w) {
    if (w.token().kind() != Token.Kind.ARABIC) {
      return null;
    }
    for (TokenKeys.Reading r : w.readings()) {
      Construction c = heads.get(r.key());
      if (c != null) {
        return c;
      }
    }
    return heads.get(w.key());
  }

  /**
   * Whether word {@code i} is a stadium's or a prayer's noun, so that a name right after it names
   * the stadium or the prayer ("ملعب ..."، "صلاة المغرب").
   */
  boolean namesWhatFollows(List<TokenKeys> words, int i) {
    Construction c = of(words.get(i));
    return c == Construction.NAMED || c == Construction.VENUE;
  }

  /** Whether word {@code i} is a stadium's noun ("ملعب"، "استاد"), whose name may be one no list holds. */
  boolean namesVenue(List<TokenKeys> words, int i) {
    return of(words.get(i)) == Construction.VENUE;
  }

  /** Whether word {@code i} is a model's noun ("طراز"), so that a make and its number after it name a model. */
  boolean namesModel(List<TokenKeys> words, int i) {
    return of(words.get(i)) == Construction.MODEL;
  }

  /**
   * Where a model's name ends whose make ends before word {@code i}: after the model number at
   * {@code i} ("بوينغ 737"), else at {@code i} ("طراز سوخوي").
   */
  static int afterModelNumber(List<TokenKeys> words, int i) {
    if (i < words.size() && words.get(i).token().kind() == Token.Kind.NUMBER
        && words.get(i).token().text().length() <= MAX_MODEL_DIGITS) {
      return i + 1;
    }
    return i;
  }

  /**
   * The quoted titles of the article: the words inside a pair of quotation marks, one to
   * {@value #MAX_TITLE_WORDS} of them with a letter among them and no sentence's end, where a
   * work's or a product's noun stands before the opening mark with at most
   * {@value #MAX_WORDS_BEFORE_TITLE} words between, or before a "بعنوان" there with at most
   * {@value #MAX_WORDS_BEFORE_LINK} words between ("برنامجا تلفزيونيا على القناة بعنوان «").
   */
  List<Span> titles(List<TokenKeys> words) {
    List<Span> out = new ArrayList<>();
    for (int q = 1; q < words.size(); q++) {
      if (!isMark(words.get(q), OPENING) || !headedTitle(words, q)) {
        continue;
      }
      int end = closingMark(words, q + 1);
      if (end > q + 1 && hasLetter(words, q + 1, end)) {
        out.add(new Span(q + 1, end));
        q = end;
      }
    }
    return out;
  }

  private boolean headedTitle(List<TokenKeys> words, int quote) {
    int reach = MAX_WORDS_BEFORE_TITLE;
    for (int i = quote - 1; i >= 0 && quote - 1 - i <= reach; i--) {
      Token t = words.get(i).token();
      if (t.kind() == Token.Kind.PUNCT) {
        return false;
      }
      Construction c = of(words.get(i));
      if (c == Construction.TITLE || c == Construction.MODEL) {
        return true;
      }
      if (c == Construction.LINK) {
        reach = quote - i + MAX_WORDS_BEFORE_LINK; // the noun may stand further, before "بعنوان"
      }
    }
    return false;
  }

  /** The index of the closing mark of a title that opens at {@code from}, or -1. */
  private static int closingMark(List<TokenKeys> words, int from) {
    for (int i = from; i < words.size() && i - from <= MAX_TITLE_WORDS; i++) {
      TokenKeys w = words.get(i);
      if (isMark(w, CLOSING)) {
        return i;
      }
      if (w.token().kind() == Token.Kind.PUNCT && ".!?؟:«".contains(w.token().text())) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean hasLetter(List<TokenKeys> words, int from, int to) {
    for (int i = from; i < to; i++) {
      Token.Kind k = words.get(i).token().kind();
      if (k == Token.Kind.ARABIC || k == Token.Kind.LATIN) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMark(TokenKeys w, Set<String> marks) {
    return w.token().kind() == Token.Kind.PUNCT && marks.contains(w.token().text());
  }
}
