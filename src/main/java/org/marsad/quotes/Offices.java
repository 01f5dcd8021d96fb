package org.marsad.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marsad.text.Clitics;
import org.marsad.text.DataFiles;

/**
 * The offices of {@code quotes/offices.tsv} by which news names a speaker ("وزير الخارجية",
 * "الوزير", "نظيره"), and whether the English role the entity layer gives a person fits one.
 */
final class Offices {

  private static final String RESOURCE = "quotes/offices.tsv";
  private static final String COUNTERPART = "counterpart";
  private static final String SPOKESPERSON = "Spokesperson";

  /**
   * An office: the holder's gender and the English roles that fit it; {@code open} when the
   * words after it must name its body or domain ("رئيس ...", "وزير خارجية ...", "المتحدث
   * باسم ..."): its last word has no article.
   */
  record Office(Cue.Gender gender, List<String> roles, boolean open) {

    /** The other party of a meeting ("نظيره"), not an office of its own. */
    boolean isCounterpart() {
      return roles.contains(COUNTERPART);
    }

    /** Whether the holder speaks for the body named after the office: a spokesperson. */
    boolean speaksForItsBody() {
      return roles.contains(SPOKESPERSON);
    }

    /** Whether a person with this English role holds the office: the same role, or one ending in it. */
    boolean fits(String role) {
      if (role == null || role.isBlank()) {
        return false;
      }
      String r = key(role);
      for (String o : roles) {
        String k = key(o);
        if (r.equals(k) || r.endsWith(" " + k)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a role is one of this office's own, not a more particular one ending in it. */
    boolean fitsExactly(String role) {
      return role != null && roles.stream().anyMatch(o -> key(o).equals(key(role)));
    }

    private static String key(String role) {
      return role.strip().toLowerCase(Locale.ROOT).replace("defense", "defence").replaceAll("\\s+", " ");
    }
  }

  private final PhraseList<Office> phrases = PhraseList.load(RESOURCE, 3, PhraseList.Proclitics.CONJUNCTIONS,
      Offices::office);

  private static Office office(DataFiles.Row row) {
    List<String> roles = List.of(row.field(2).split("\\|")).stream().map(String::strip).filter(s -> !s.isEmpty())
        .toList();
    if (roles.isEmpty()) {
      throw row.error("English roles separated by | in field 3");
    }
    String[] words = PhraseList.words(row.field(0));
    boolean open = !roles.contains(COUNTERPART) && !Clitics.opensWithArticle(words[words.length - 1]);
    return new Office(Cue.Gender.of(row.field(1)), roles, open);
  }

  /** The longest office named from word {@code i}, not past {@code limit}. */
  Optional<PhraseList.Match<Office>> at(String[] norms, int i, int limit) {
    return phrases.at(norms, i, limit);
  }

  /** The office named by the words ending just before word {@code end}. */
  Optional<PhraseList.Match<Office>> endingBefore(String[] norms, int end, int floor) {
    return phrases.endingBefore(norms, end, floor);
  }
}
