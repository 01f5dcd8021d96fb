package org.marsad.entities;

import java.util.List;
import org.marsad.text.Token;

/**
 * Where a name read after a verb ends because the verb's object begins: a noun without the article
 * followed by a noun with it, a new construct phrase ("انتقد [حزب التجمع] قرار الحكومة"، "رفضت
 * [الجبهة الشعبية] مشروع القانون"), after a name whose last word has the article, so the name is
 * complete. Inside a name the pattern hardly occurs: in ANERcorp train.tsv, of 1,100 organisations,
 * none holds a bare noun and a definite noun after a definite word (the near cases all carry a
 * proclitic, "[الاتحاد الدولي لكرة القدم]"), while after an organisation that ends on a definite
 * word the stretch begins outside the name 45 times of 45 ("[حزب الله] انتصاره التاريخي"،
 * "[الاتحاد الأوروبي] تفويض الممثل").
 */
final class ObjectAfterName {

  private ObjectAfterName() {}

  /** Whether word {@code i} of {@code words} begins such an object after the name's last word {@code i - 1}. */
  static boolean begins(List<TokenKeys> words, int i) {
    return i > 0 && i + 1 < words.size() && definite(words.get(i - 1)) && bare(words.get(i))
        && arabic(words.get(i + 1)) && words.get(i + 1).key().startsWith("ال");
  }

  /** Whether the word has the article, alone or after ل ("الوطنية"، "للعدالة"). */
  private static boolean definite(TokenKeys w) {
    return arabic(w) && (w.key().startsWith("ال") || w.key().startsWith("لل"));
  }

  /** Whether the word has no article, nor one after a proclitic ("قرار"، "مشروع"; not "والقرار"). */
  private static boolean bare(TokenKeys w) {
    if (!arabic(w) || w.key().length() < 3) {
      return false;
    }
    for (TokenKeys.Reading r : w.readings()) {
      if (r.key().startsWith("ال")) {
        return false;
      }
    }
    return true;
  }

  private static boolean arabic(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC;
  }
}
