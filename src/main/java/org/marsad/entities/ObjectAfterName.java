package org.marsad.entities;

import java.util.List;
import org.marsad.text.Clitics;
import org.marsad.text.Token;

/**
 * Where a name read after a verb ends because the verb's object begins: a noun without the article
 * followed by a noun with it, a new construct phrase ("انتقد [حزب التجمع] قرار الحكومة"، "رفضت
 * [الجبهة الشعبية] مشروع القانون"), after a name whose last word has the article, so the name is
 * complete. {@code ArticleReading} cuts only a name it closes at a later mark (a comma, إن, "أمس").
 * Counted on ANERcorp train.tsv: after a word of an organisation with the article, a noun without
 * the article (and without ب، ل or ك) and a noun with it begin outside the name 36 times ("[حزب الله]
 * انتصاره التاريخي"، "[الاتحاد الأوروبي] تفويض الممثل") and stay inside 8 times, four of them
 * "إلى", an everyday word that already stops a name read after a verb, and two after و ("[مكاتب
 * الملكية الصناعية وحقوق المؤلف]").
 */
final class ObjectAfterName {

  private ObjectAfterName() {}

  /** Whether word {@code i} of {@code words} begins such an object after the name's last word {@code i - 1}. */
  static boolean begins(List<TokenKeys> words, int i) {
    return i > 0 && i + 1 < words.size() && definite(words.get(i - 1)) && bare(words.get(i))
        && arabic(words.get(i + 1)) && Clitics.opensWithArticle(words.get(i + 1).key());
  }

  /** Whether the word has the article, alone or after ل ("الوطنية"، "للعدالة"). */
  private static boolean definite(TokenKeys w) {
    return arabic(w) && (Clitics.opensWithArticle(w.key()) || Clitics.opensWithLamOnArticle(w.key()));
  }

  /**
   * Whether the word is a noun without the article and without a preposition ب، ل or ك before it
   * (a word the clitic reader splits so is left out: a preposition's phrase often goes on the
   * name, "[الاتحاد الدولي لكرة القدم]"، "[الهيئة الوطنية لمكافحة الفساد]"). "و" stays: whether it
   * begins "وزارة" or joins a second noun ("وحلفاء الحكومة"), the name has ended.
   */
  private static boolean bare(TokenKeys w) {
    if (!arabic(w) || w.key().length() < 3 || Clitics.opensWithArticle(w.key())) {
      return false;
    }
    return w.readings().size() == 1 || "بلك".indexOf(w.key().charAt(0)) < 0;
  }

  private static boolean arabic(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC;
  }
}
