package org.marsad.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.entities.ner.WordClass;
import org.marsad.entities.ner.WordClasses;
import org.marsad.text.Token;

/**
 * What the knowledge base says about each word, for the statistical model: the longest known
 * name, nisba or office at each word, left to right (a common word alone included: the model
 * weighs it; a name read only in context where its context is there), and given names and
 * everyday words one by one.
 */
final class KbWordClasses implements WordClasses {

  private final Gazetteer gazetteer;
  /** Keys of the first words and of the later words of the knowledge base's people's names. */
  private final Set<String> firstWords = new HashSet<>();
  private final Set<String> laterWords = new HashSet<>();

  KbWordClasses(Gazetteer gazetteer, KnowledgeBase kb) {
    this.gazetteer = gazetteer;
    for (KbEntity e : kb.entities()) {
      if (!e.isPerson()) {
        continue;
      }
      for (String name : e.arabicNames()) {
        List<String> keys = Gazetteer.keys(name);
        for (int i = 0; i < keys.size(); i++) {
          if (keys.get(i).length() >= 2 && !gazetteer.isCommonKey(keys.get(i))) {
            (i == 0 && keys.size() > 1 ? firstWords : laterWords).add(keys.get(i));
          }
        }
      }
    }
  }

  @Override
  public int[] of(List<Token> tokens) {
    return ofWords(TokenKeys.of(tokens));
  }

  int[] ofWords(List<TokenKeys> words) {
    int[] flags = new int[words.size()];
    int i = 0;
    while (i < words.size()) {
      TokenKeys w = words.get(i);
      if (w.token().kind() != Token.Kind.ARABIC && w.token().kind() != Token.Kind.LATIN) {
        i++;
        continue;
      }
      if (gazetteer.isGivenName(w)) {
        flags[i] |= WordClass.GIVEN_NAME.bit();
      }
      if (gazetteer.isCommonWord(w)) {
        flags[i] |= WordClass.COMMON_WORD.bit();
      }
      for (TokenKeys.Reading r : writtenAsName(w) ? w.readings() : List.<TokenKeys.Reading>of()) {
        if (firstWords.contains(r.key())) {
          flags[i] |= WordClass.PERSON_NAME_FIRST_WORD.bit();
        }
        if (laterWords.contains(r.key())) {
          flags[i] |= WordClass.PERSON_NAME_LATER_WORD.bit();
        }
      }
      var m = gazetteer.trie().longestAt(words, i, x -> !(x.value() instanceof Target.OfficeWord o)
          || o.office().writtenAs(written(words, x.from(), x.to())));
      var inContext = gazetteer.nameInContextAt(words, i);
      if (inContext.isPresent() && (m.isEmpty() || inContext.get().to() >= m.get().to())) {
        m = inContext;
      }
      if (m.isEmpty()) {
        i++;
        continue;
      }
      WordClass[] marks = marks(m.get().value());
      for (int j = m.get().from(); j < m.get().to(); j++) {
        flags[j] |= (j == m.get().from() ? marks[0] : marks[1]).bit();
      }
      for (int j = i + 1; j < m.get().to(); j++) {
        if (gazetteer.isGivenName(words.get(j))) {
          flags[j] |= WordClass.GIVEN_NAME.bit();
        }
      }
      i = m.get().to();
    }
    return flags;
  }

  /**
   * Whether a word may be read as a name word of the knowledge base: not a word the text writes with
   * a final ئ, which the keys fold into ي ("الوضع هادئ" is not "هادي العامري"'s given name; ANERcorp
   * train: 51 words end in ئ, none of them in a person's name; no name of the knowledge base ends so).
   */
  private static boolean writtenAsName(TokenKeys w) {
    return !w.token().text().endsWith("ئ");
  }

  /** The classes of the first word and of the later words of a match. */
  private static WordClass[] marks(Target target) {
    return switch (target) {
      case Target.Known k when k.adjective() -> new WordClass[] {WordClass.NISBA, WordClass.NISBA};
      case Target.Known k -> switch (k.entity().type()) {
        case PERSON -> new WordClass[] {WordClass.PERSON_FIRST, WordClass.PERSON_INSIDE};
        case ORG -> new WordClass[] {WordClass.ORG_FIRST, WordClass.ORG_INSIDE};
        case MISC -> new WordClass[] {WordClass.MISC_FIRST, WordClass.MISC_INSIDE};
        case GPE, LOC -> new WordClass[] {WordClass.PLACE_FIRST, WordClass.PLACE_INSIDE};
      };
      case Target.OfficeWord o -> o.office().kind() == Office.Kind.TITLE
          ? new WordClass[] {WordClass.TITLE, WordClass.TITLE} : new WordClass[] {WordClass.OFFICE, WordClass.OFFICE};
      case Target.Local l -> new WordClass[] {WordClass.PERSON_FIRST, WordClass.PERSON_INSIDE};
      case Target.Model m -> throw new IllegalStateException("the knowledge base holds no model names");
    };
  }

  /** The words {@code [from, to)} as the text writes them, joined by spaces. */
  private static String written(List<TokenKeys> words, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int j = from; j < to; j++) {
      b.append(j > from ? " " : "").append(words.get(j).token().text());
    }
    return b.toString();
  }
}
