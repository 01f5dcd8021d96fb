package org.marsad.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
    EVENT_WORD, AFTER_THAT, THIRD_SINGULAR, VERB_OBJECT, MARKS_VERB,
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
    for (Kind k : Kind.values()) {
      out.put(k, new ArrayList<>());
    }
    Map<String, Integer> lineOf = new HashMap<>();
    for (DataFiles.Row row : rows) {
      String letters = row.field(0);
      Integer before = lineOf.putIfAbsent(letters, row.line());
      if (before != null) {
        throw row.error("letters not listed before (line " + before + " has them)");
      }
      for (String name : row.field(1).split("\\s+")) {
        Kind k = kind(row, name);
        if ((k == Kind.CONJUNCTION || k == Kind.PREPOSITION) && letters.length() != 1) {
          throw row.error("one letter for class " + name);
        }
        if (k == Kind.ARTICLE && !out.get(k).isEmpty()) {
          throw row.error("one article only (" + out.get(k).get(0) + " is listed)");
        }
        out.get(k).add(letters);
      }
    }
    out.replaceAll((k, l) -> List.copyOf(l));
    return out;
  }

  private static Kind kind(DataFiles.Row row, String name) {
    try {
      return Kind.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw row.error("classes among " + Arrays.stream(Kind.values())
          .map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "))
          + " in field 2");
    }
  }
}
