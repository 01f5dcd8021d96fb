package org.marsad.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.entities.ner.NerModel;
import org.marsad.text.Token;

/**
 * A compound given name with "الله" written with a space ("ذبيح الله مجاهد"، "عطا الله منصور"): the
 * statistical model reads "الله" alone as God (MISC) or as a name of its own, splitting the person.
 * Such a reading right after a first part of {@code compound-first-parts.tsv} becomes a person's name
 * from that first part, taking the one bare word after "الله" where the model read nothing more (the
 * family name: no article, no everyday word, not "بن").
 */
final class CompoundGivenNames {

  private static final String ALLAH = "الله";
  private static final String ABD = "عبد";
  private static final Set<String> CONNECTORS = Set.of("بن", "ابن", "ابو", "عبد");

  private CompoundGivenNames() {}

  /**
   * The model's names of one sentence beginning at word {@code from}, with a name of "الله" alone
   * after a first part of a compound given name read as that person's name.
   */
  static List<NerModel.Name> mend(Gazetteer gazetteer, List<TokenKeys> words, int from, List<NerModel.Name> names) {
    List<NerModel.Name> out = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      NerModel.Name n = names.get(i);
      int a = from + n.from();
      int last = from + n.to() - 1;
      boolean freeBefore = out.isEmpty() || out.get(out.size() - 1).to() < n.from();
      // "[الله]" after "ذبيح": God alone to the model; "[سيف الله]": the person without the family name
      boolean opens = a > from && freeBefore && allah(words, a) && gazetteer.isCompoundFirstPart(words.get(a - 1));
      boolean closes = "PERS".equals(n.type()) && last > a && allah(words, last)
          && gazetteer.isCompoundFirstPart(words.get(last - 1));
      if (!opens && !closes) {
        out.add(n);
        continue;
      }
      int to = n.to();
      boolean nextIsModels = i + 1 < names.size() && names.get(i + 1).from() == to;
      // "عبد الله" is also a whole name, the family name of the one before ("مصطفى عبد الله"): the
      // word after the model's "[عبد الله]" is no family name of its own ("وعزا عبد الله خسارة ...")
      boolean whole = !opens && (to - n.from() != 2 || words.get(last - 1).key().equals(ABD));
      if (allah(words, last) && !whole && !nextIsModels && familyName(gazetteer, words, from + to)) {
        to++; // "ذبيح الله مجاهد": the family name the model did not read
      }
      out.add(new NerModel.Name(opens ? n.from() - 1 : n.from(), to, "PERS", n.margin()));
    }
    return out;
  }

  private static boolean allah(List<TokenKeys> words, int i) {
    return words.get(i).key().equals(ALLAH);
  }

  /** Whether word {@code i} can be a family name after a compound given name. */
  private static boolean familyName(Gazetteer gazetteer, List<TokenKeys> words, int i) {
    if (i >= words.size()) {
      return false;
    }
    TokenKeys w = words.get(i);
    return w.token().kind() == Token.Kind.ARABIC && !w.key().startsWith("ال") && !CONNECTORS.contains(w.key())
        && !gazetteer.isCommonWord(w) && !gazetteer.isLookalike(w.token().text()) && w.key().length() >= 3;
  }
}
