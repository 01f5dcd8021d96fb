package org.marsad.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The letters written on a word that the layers set aside to read the word itself
 * ({@code text/affixes.tsv}), by class: proclitics before it, attached pronouns after it, the
 * endings of the relative adjective. One group of letters a line, with every class it is in, so
 * that a reader of Arabic sees at once which layer sets what aside. The letters are compared as
 * written, in the file's order.
 */
public final class Affixes {

  /** The classes of {@code affixes.tsv}; the file says what each is and who reads it. */
  public enum Kind {
    CONJUNCTION, PREPOSITION, ARTICLE, NOUN_HEAD, REGISTER, OBLIQUE,
    EVENT_WORD, AFTER_THAT, THIRD_SINGULAR, VERB_OBJECT, MARKS_VERB, TOLD_OBJECT,
    NISBA
  }

  private static final String RESOURCE = "text/affixes.tsv";
  private static final Map<Kind, List<String>> LETTERS = byKind(DataFiles.rows(RESOURCE, 2));

  private Affixes() {}

  /** The letter groups of one class, in the order of the file. */
  public static List<String> of(Kind kind) {
    return LETTERS.get(kind);
  }

  /**
   * The letter groups of each class from rows of letters and their classes separated by spaces;
   * a group stands on one line only. The classes split off one letter at a time (conjunction,
   * preposition) hold single letters, and the article is one.
   */
  static Map<Kind, List<String>> byKind(List<DataFiles.Row> rows) {
    Map<Kind, List<String>> out = new EnumMap<>(Kind.class);
    DataFiles.byClass(rows, Kind.class, "letters").forEach((k, listed) -> {
      for (DataFiles.Row row : listed) {
        if ((k == Kind.CONJUNCTION || k == Kind.PREPOSITION) && row.field(0).length() != 1) {
          throw row.error("one letter for class " + k.name().toLowerCase(Locale.ROOT));
        }
      }
      if (k == Kind.ARTICLE && listed.size() > 1) {
        throw listed.get(1).error("one article only (" + listed.get(0).field(0) + " is listed)");
      }
      out.put(k, listed.stream().map(row -> row.field(0)).toList());
    });
    return out;
  }
}
