package org.marsad.events;

import java.util.List;

/**
 * Who "the two sides" are ("البلدين"، "الجانبان"، "الطرفين"): the two countries last named
 * together, joined by و ("وزيرا خارجية الصومال وإثيوبيا"، "الوزير الصومالي ونظيره الإثيوبي"), in
 * the sentence before the word or in the {@value #REACH} sentences before it; else the article's
 * two main countries. A mediator's report names the host most and the two sides after it
 * ("استضافت تركيا محادثات بين الصومال وإثيوبيا ... واتفق الجانبان"): the sides are the two named
 * together, not the host and one of them. A list of three or more is no pair, nor two countries
 * the article names little, such as two mediators between its main parties ("عرضت السعودية وإيران
 * المساعدة في تخفيف التوتر بين البلدين"): both must be among its {@value ArticleParties#MAIN} main countries.
 */
final class TwoSides {

  /** How many sentences back the pair named together is looked for. */
  static final int REACH = 2;

  private final Cues cues;

  TwoSides(Cues cues) {
    this.cues = cues;
  }

  /**
   * The two sides at token {@code t} of {@code s}: the last pair named together before it there,
   * else in the last {@value #REACH} of {@code earlier} (in order, the nearest last), else the article's pair.
   */
  List<String> at(EventSentence s, int t, List<EventSentence> earlier, ArticleParties parties) {
    List<String> pair = lastPair(s, t);
    for (int k = earlier.size() - 1; pair == null && k >= 0 && k >= earlier.size() - REACH; k--) {
      EventSentence e = earlier.get(k);
      pair = lastPair(e, e.size());
    }
    return pair == null || !parties.main().containsAll(pair) ? parties.pair() : pair;
  }

  /** The last two countries joined by و before token {@code before}, neither joined to a third; null if none. */
  private List<String> lastPair(EventSentence s, int before) {
    List<Participant> ps = s.participants;
    for (int k = ps.size() - 2; k >= 0; k--) {
      Participant p = ps.get(k);
      Participant q = ps.get(k + 1);
      if (q.first() >= before || !country(p) || !country(q) || p.sameCountry(q) || !joined(s, p, q)) {
        continue;
      }
      boolean longer = (k > 0 && joined(s, ps.get(k - 1), p)) || (k + 2 < ps.size() && joined(s, q, ps.get(k + 2)));
      return longer ? null : List.of(p.code(), q.code());
    }
    return null;
  }

  private static boolean country(Participant p) {
    return p.coded() && !p.both();
  }

  /**
   * Whether {@code q} is joined to {@code p} by و, with only office words between them ("الصومال
   * وإثيوبيا"، "الوزير الصومالي ونظيره الإثيوبي").
   */
  private boolean joined(EventSentence s, Participant p, Participant q) {
    if (q.conjoined()) {
      return q.first() == p.last() + 1 || titlesBetween(s, p.last() + 1, q.first());
    }
    int first = p.last() + 1;
    if (first >= q.first() || !(s.norm(first).equals("و") || s.norm(first).startsWith("و"))) {
      return false;
    }
    return titlesBetween(s, first, q.first());
  }

  private boolean titlesBetween(EventSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      String n = s.norm(i);
      if (!(n.equals("و") || s.isNaming(i) || cues.is(n, Cues.WordClass.TITLE)
          || cues.classOfBase(n) == Cues.WordClass.TITLE)) {
        return false;
      }
    }
    return true;
  }
}
