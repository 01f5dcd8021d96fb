package org.marsad.quotes;

import java.util.List;
import org.marsad.text.Token;

/**
 * Tells a quotation from a quoted name or term ("تنظيم "..."", "مكافحة "..."") by its form
 * and its context, never by the words quoted:
 * <ul>
 *   <li>speech after a colon;
 *   <li>a name when its words are all one entity's mention ("وكالة الأنباء السعودية "واس"");
 *   <li>a name when a noun that introduces names stands before it (صيغة، تنظيم، صحيفة، ما يسمى)
 *       and it is short;
 *   <li>speech when a reporting verb with its subject leads straight into the marks, or the
 *       particle أن/إن does and more than three words follow (two words after "بأنه" are
 *       mostly a label: بأنها "ميليشيا متمردة");
 *   <li>otherwise a name when it has three words or fewer, and speech when it is longer and a
 *       reporting verb stands in its sentence, when it is long (eight words or more), when it
 *       holds a sentence of its own (a full stop, a question mark inside), or when it opens a
 *       paragraph and stands apart from what follows;
 *   <li>speech when three words or more stand right after the preposition or particle of an
 *       accusing, warning or urging verb of the sentence: اتهمه بـ"إيواء المسلحين في أراضيه";
 *   <li>speech, however short, when the quoted words end the clause a reporting verb opens with
 *       أن/إن after its subject: the predicate the speaker gave it ("وقال إن الاحتجاجات "ممولة من
 *       الخارج"،"); a name there is the subject, and a clause goes on after it.
 * </ul>
 */
final class NameOrSpeech {

  static final int SHORT = 3;
  static final int NAME_MAX = 6;
  static final int LONG = 8;

  /** What the extractor knows around one quoted stretch. */
  record Context(boolean colon, boolean introduced, boolean afterTermHead, boolean cueInSentence,
      boolean opensParagraphApart, boolean charged, boolean predicate, boolean oneName) {}

  private NameOrSpeech() {}

  static boolean isSpeech(List<Token> inside, Context c) {
    int words = 0;
    boolean sentenceInside = false;
    for (int k = 0; k < inside.size(); k++) {
      Token t = inside.get(k);
      if (t.kind() != Token.Kind.PUNCT) {
        words++;
      } else if (k < inside.size() - 1 && ".!?؟".contains(t.text())) {
        sentenceInside = true;
      }
    }
    if (c.colon()) {
      return true;
    }
    if (c.oneName()) {
      return false;
    }
    if (c.afterTermHead() && words <= NAME_MAX && !sentenceInside) {
      return false;
    }
    if (c.predicate() && !sentenceInside) {
      return true;
    }
    if (c.introduced()) {
      return true;
    }
    if (c.charged() && words >= SHORT && !sentenceInside) {
      return true;
    }
    if (words <= SHORT) {
      return false;
    }
    return c.cueInSentence() || words >= LONG || sentenceInside || c.opensParagraphApart();
  }
}
