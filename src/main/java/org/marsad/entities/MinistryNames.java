package org.marsad.entities;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.text.Clitics;
import org.marsad.text.Token;

/**
 * A ministry named by its domain with no state after it: "[وزارة الداخلية] بحكومة الوحدة الوطنية"،
 * "[وزارة المالية والتخطيط الاقتصادي]"، "[وزارة الخارجية وشؤون المغتربين]"، "[وزارة الشؤون الخارجية
 * والهجرة والتونسيين بالخارج]". In news such a ministry is the article's own state's. The head "وزارة"
 * without the article, a domain of {@code ministry-domains.tsv} with it, then the domains joined by
 * "و", definite adjectives ("الوطني"، "الاقتصادي") and the state's people abroad. A country's nisba
 * right after the name, or "في" and a state or its capital, says it is another state's ministry ("وزارة الخارجية
 * الجزائرية"، "وزارة الخارجية في مينسك"): that is left to the knowledge base.
 */
final class MinistryNames {

  private static final Set<String> DOMAINS = NameKeys.keysOfList("entities/ministry-domains.tsv");
  private static final String HEAD = NameKeys.key("وزارة");
  private static final String IN = NameKeys.key("في");
  private static final String ABROAD = NameKeys.key("الخارج");
  /** How many words a ministry's name may hold after its head. */
  private static final int REACH = 8;

  private MinistryNames() {}

  /**
   * Whether {@code e} is such a ministry, found by this rule and of no country: the steps after the
   * entity layer read whose it is from its sentence and the dateline, as they did before it was named.
   */
  static boolean ofNoCountry(Entity e) {
    return e.type() == EntityType.ORG && !e.linked() && (e.country() == null || e.country().isEmpty())
        && e.name() != null && NameKeys.key(e.name().split(" ", 2)[0]).equals(HEAD);
  }

  /** Where the head's name begins in the text: after its proclitics ("لوزارة" → "وزارة"). */
  static int start(TokenKeys w) {
    for (TokenKeys.Reading r : w.readings()) {
      if (r.key().equals(HEAD)) {
        return r.start();
      }
    }
    return w.token().start();
  }

  /**
   * Where the ministry named from word {@code i} ends, or -1: {@code unread} says which words are not
   * yet read (a domain may be an everyday word: "المالية"), {@code free} which other words may be read
   * into it (not read, no everyday word), {@code nisba} which are a country's nisba, {@code
   * seat} which name a state or its capital (a town after "في" says only where the ministry is:
   * "أمام وزارة المالية في بورتسودان").
   */
  static int end(List<TokenKeys> words, int i, IntPredicate unread, IntPredicate free, IntPredicate nisba, IntPredicate seat) {
    if (!isHead(words.get(i)) || i + 1 >= words.size() || !unread.test(i + 1) || !domain(words.get(i + 1), false)) {
      return -1;
    }
    int to = i + 2;
    boolean bare = !Clitics.opensWithArticle(words.get(i + 1).key());
    while (to < words.size() && to <= i + REACH) {
      TokenKeys w = words.get(to);
      if (bare && definite(w) && free.test(to) && !nisba.test(to)) {
        bare = false; // "وشؤون [المغتربين]": the genitive of a bare domain
      } else if (unread.test(to) && domain(w, true)) {
        bare = !definite(w);
      } else if ((free.test(to) || unread.test(to) && GENERAL.contains(w.key())) && definite(w) && adjective(w)
          && !nisba.test(to)) {
        // "الوطني"، "الاقتصادي"، "الخارجية" (after "الشؤون")
      } else if (nisba.test(to) && joined(w) && abroadAt(words, to + 1) > 0) {
        to = abroadAt(words, to + 1); // "والتونسيين بالخارج": the state's own people abroad
        break;
      } else {
        break;
      }
      to++;
    }
    if (bare) {
      return -1;
    }
    if (to < words.size() && (nisba.test(to) || domain(words.get(to), false))) {
      // another state's ministry, or one of the knowledge base; or a name that runs on into a body
      // read otherwise ("وزارة الشؤون [الخارجية الهندية]")
      return -1;
    }
    if (to + 1 < words.size() && words.get(to).key().equals(IN) && seat.test(to + 1)) {
      return -1;
    }
    return to;
  }

  /** Whether {@code w} is the head, without the article ("وزارة"، "بوزارة"؛ not "الوزارة"). */
  static boolean isHead(TokenKeys w) {
    if (w.token().kind() != Token.Kind.ARABIC) {
      return false;
    }
    for (TokenKeys.Reading r : w.readings()) {
      if (r.key().equals(HEAD)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code w} is a domain, with the article or bare; after "و" only where {@code joined}. */
  private static boolean domain(TokenKeys w, boolean joinedOnly) {
    if (w.token().kind() != Token.Kind.ARABIC || (joinedOnly && !joined(w))) {
      return false;
    }
    for (TokenKeys.Reading r : w.readings()) {
      if (joinedOnly && r.start() == w.token().start()) {
        continue;
      }
      String k = r.key();
      if (DOMAINS.contains(Clitics.opensWithArticle(k) ? k.substring(2) : k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean joined(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && w.key().length() > 3 && w.key().charAt(0) == 'و';
  }

  private static boolean definite(TokenKeys w) {
    return w.token().kind() == Token.Kind.ARABIC && w.readings().stream().anyMatch(r -> Clitics.opensWithArticle(r.key()));
  }

  /** A relative adjective by its ending ("الوطني"، "الاقتصادية"), or "العام" ("وزارة الأمن العام"). */
  private static boolean adjective(TokenKeys w) {
    String k = w.key();
    return Clitics.opensWithArticle(k) && (k.length() > 4 && (k.endsWith("ي") || k.endsWith("يه")) || GENERAL.contains(k));
  }

  private static final Set<String> GENERAL = Set.of(NameKeys.key("العام"), NameKeys.key("العامة"));

  /** Where "بالخارج" or "في الخارج" that begins at {@code i} ends, or -1. */
  private static int abroadAt(List<TokenKeys> words, int i) {
    if (i < words.size() && words.get(i).readings().stream().anyMatch(r -> r.key().equals(ABROAD) && r.start() > words.get(i).token().start())) {
      return i + 1;
    }
    if (i + 1 < words.size() && words.get(i).key().equals(IN) && words.get(i + 1).key().equals(ABROAD)) {
      return i + 2;
    }
    return -1;
  }
}
