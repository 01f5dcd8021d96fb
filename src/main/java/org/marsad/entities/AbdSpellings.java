package org.marsad.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * The two spellings of a compound name with "عبد": apart ("عبد اللطيف") and joined ("عبداللطيف"), which
 * Arabic news writes about equally often (jawharafm: 74 apart, 60 joined before the article). A person's
 * name of the knowledge base written one way is also entered the other way, where both spellings keep two
 * words or more ("عبد الكلام" alone stays as written).
 */
final class AbdSpellings {

  private static final String ABD = "عبد";

  private AbdSpellings() {}

  /** The name's other spellings of its "عبد" words, apart or joined; empty when it has none. */
  static List<String> others(String name) {
    List<String> out = new ArrayList<>();
    String[] words = name.strip().split("\\s+");
    StringBuilder joined = new StringBuilder();
    int joinedWords = 0;
    boolean changed = false;
    for (int i = 0; i < words.length; i++) {
      if (words[i].equals(ABD) && i + 1 < words.length) {
        joined.append(joined.isEmpty() ? "" : " ").append(ABD).append(words[++i]);
        changed = true;
      } else {
        joined.append(joined.isEmpty() ? "" : " ").append(words[i]);
      }
      joinedWords++;
    }
    if (changed && joinedWords >= 2) {
      out.add(joined.toString());
    }
    StringBuilder apart = new StringBuilder();
    changed = false;
    for (String w : words) {
      apart.append(apart.isEmpty() ? "" : " ");
      if (w.startsWith(ABD + "ال") && w.length() > ABD.length() + 3) {
        apart.append(ABD).append(' ').append(w.substring(ABD.length()));
        changed = true;
      } else {
        apart.append(w);
      }
    }
    if (changed) {
      out.add(apart.toString());
    }
    return out;
  }
}
