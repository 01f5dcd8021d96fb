package org.marsad.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.doc.Mention;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Clitics;
import org.marsad.text.Token;

/**
 * Which entity the text names at each word, from the entity layer's mentions: a person wins
 * over a place or organisation named by the same words ("وزير الخارجية الروسي" may name both
 * Lavrov and Russia), then the longer mention. Also the people in order of mention.
 */
final class MentionIndex {

  /** A mention of a person over words {@code [from, to)}. */
  record PersonMention(Entity person, int from, int to) {}

  /** A mention of an organisation at word {@code from}, with the words a definite noun may shorten it to. */
  private record Organisation(Entity entity, int from, Set<String> heads, Set<String> shortNames) {}

  private final Entity[] entityAt;
  private final int[] mentionEnd;
  private final int[] mentionLength;
  private final Mention.Form[] formAt;
  private final List<PersonMention> people = new ArrayList<>();
  private final Map<String, Entity> surnames = new HashMap<>();
  private final Set<String> ambiguous = new HashSet<>();
  private final List<Organisation> organisations = new ArrayList<>();

  /** The shortest surname looked up alone: shorter words are too often something else. */
  private static final int MIN_SURNAME = 4;

  MentionIndex(AnalyzedText text, List<Entity> entities) {
    List<Token> tokens = text.tokens();
    entityAt = new Entity[tokens.size()];
    mentionEnd = new int[tokens.size()];
    mentionLength = new int[tokens.size()];
    formAt = new Mention.Form[tokens.size()];
    List<Placed> placed = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.start() < 0 || m.end() > text.text().length() || m.end() <= m.start()) {
          continue; // a mention outside the text names nothing here
        }
        int from = text.firstTokenAtOrAfter(m.start());
        if (from > 0 && tokens.get(from - 1).end() > m.start()) {
          from--; // the mention starts inside a word: "ولافروف"
        }
        int to = from;
        while (to < tokens.size() && tokens.get(to).start() < m.end()) {
          to++;
        }
        if (to > from) {
          placed.add(new Placed(e, m, from, to, PhraseList.words(m.text())));
        }
      }
    }
    for (Placed p : placed) {
      Entity e = p.entity().type() == EntityType.PERSON ? fullNameBefore(p, placed).orElse(p.entity()) : p.entity();
      Mention m = p.mention();
      int from = p.from();
      int to = p.to();
      for (int t = from; t < to; t++) {
        if (better(e, m, entityAt[t], mentionLength[t])) {
          entityAt[t] = e;
          mentionEnd[t] = to;
          mentionLength[t] = m.end() - m.start();
          formAt[t] = m.form();
        }
      }
      if (e.type() == EntityType.PERSON) {
        people.add(new PersonMention(e, from, to));
      } else if (e.type() == EntityType.ORG && !(to == from + 1 && !e.linked()
          && Clitics.hasArticle(tokens.get(from).norm()))) {
        // not a head noun alone the model took for a body ("المنظمة"): it names none to shorten
        organisations.add(new Organisation(e, from, heads(m.text(), e.nameAr()), shortNames(m.text(), e.nameAr())));
      }
    }
    people.sort(Comparator.comparingInt(PersonMention::from));
    organisations.sort(Comparator.comparingInt(Organisation::from));
    for (PersonMention pm : people) {
      String[] words = new String[pm.to() - pm.from()];
      for (int k = 0; k < words.length; k++) {
        words[k] = tokens.get(pm.from() + k).norm();
      }
      for (int k = 1; k < words.length; k++) {
        String tail = String.join(" ", Arrays.copyOfRange(words, k, words.length));
        if (tail.length() >= MIN_SURNAME) {
          Entity other = surnames.putIfAbsent(tail, pm.person());
          if (other != null && !other.id().equals(pm.person().id())) {
            ambiguous.add(tail);
          }
        }
      }
    }
    ambiguous.forEach(surnames::remove);
  }

  /** A mention of an entity over words {@code [from, to)}, with its words normalised. */
  private record Placed(Entity entity, Mention mention, int from, int to, String[] words) {}

  /**
   * The person named in full before a short mention whose words end that full name: "وأضاف
   * بارو" after "جان نويل بارو", "وقال المغزاوي" after "زهير المغزاوي". News names a person in
   * full once, then by the family name; the entity layer may take the family name alone for
   * another person (one the knowledge base knows by it) or for a person of its own. Only when
   * one person named before has that family name and the short mention's own entity was not
   * named in full with it; a name the knowledge base links is given up only for another it links.
   */
  private static Optional<Entity> fullNameBefore(Placed shortName, List<Placed> placed) {
    String[] w = shortName.words();
    if (w.length == 0 || String.join("", w).length() < MIN_SURNAME) {
      return Optional.empty();
    }
    Entity found = null;
    for (Placed p : placed) {
      String[] full = p.words();
      if (p.entity().type() != EntityType.PERSON || p.from() >= shortName.from() || full.length <= w.length
          || !Arrays.equals(Arrays.copyOfRange(full, full.length - w.length, full.length), w)) {
        continue;
      }
      if (Objects.equals(p.entity().id(), shortName.entity().id())
          || found != null && !Objects.equals(found.id(), p.entity().id())) {
        return Optional.empty(); // named in full itself, or two people share the name
      }
      found = p.entity();
    }
    if (found == null || shortName.entity().linked() && !found.linked()) {
      return Optional.empty();
    }
    return Optional.of(found);
  }

  /**
   * The person whose full name ends with the words at {@code [from, from + n)} for the largest
   * n up to 3 ("عبد العاطي" after "بدر عبد العاطي"), with n; when the entity layer did not mark
   * the short name. A short name two people share names neither.
   */
  Optional<PersonMention> bySurname(String[] norms, int from, int limit) {
    for (int n = Math.min(3, limit - from); n >= 1; n--) {
      String key = String.join(" ", Arrays.copyOfRange(norms, from, from + n));
      Entity e = surnames.get(key);
      if (e != null) {
        return Optional.of(new PersonMention(e, from, from + n));
      }
    }
    return Optional.empty();
  }

  /** A ministry is shortened to its domain ("وزارة الخارجية الروسية" → "الخارجية"). */
  private static final String MINISTRY = "وزاره";

  /**
   * The head nouns of an organisation's names, without the article ("حركة النهضة" → "حركه",
   * "الاتحاد الأوروبي" → "اتحاد"), the domain of a ministry as written ("الخارجيه"), and the
   * word after a head in construct, which the name is called by ("حركة النهضة" → "نهضه").
   */
  private static Set<String> heads(String... names) {
    Set<String> out = new HashSet<>();
    for (String name : names) {
      String[] words = name == null ? new String[0] : PhraseList.words(name);
      if (words.length == 0) {
        continue;
      }
      String head = Clitics.withoutArticle(words[0]); // a mention starts after its clitic: "ل[وزارة الدفاع]"
      out.add(head);
      if (head.equals(MINISTRY) && words.length > 1) {
        out.add(words[1]);
      } else if (head.equals(words[0]) && words.length > 1 && !Clitics.hasArticle(head)) {
        out.add(Clitics.withoutArticle(words[1])); // "حركة النهضة" → "نهضه": "وقالت النهضة"
      }
    }
    return out;
  }

  /**
   * The first two words of an organisation's names of three words or more whose head has no
   * article ("حزب آفاق تونس" → "حزب افاق"): the short name news calls it by again.
   */
  private static Set<String> shortNames(String... names) {
    Set<String> out = new HashSet<>();
    for (String name : names) {
      String[] words = name == null ? new String[0] : PhraseList.words(name);
      if (words.length >= 3 && !Clitics.hasArticle(words[0])) {
        out.add(words[0] + " " + Clitics.withoutArticle(words[1]));
      }
    }
    return out;
  }

  /**
   * The organisation last named before word {@code t} whose short name the two words at
   * {@code t} write: "كما عبر حزب أفاق" after "حزب آفاق تونس".
   */
  Optional<Entity> organisationByShortName(String[] norms, int t, int limit) {
    if (t + 1 >= limit) {
      return Optional.empty();
    }
    String words = norms[t] + " " + Clitics.withoutArticle(norms[t + 1]);
    Entity found = null;
    for (Organisation o : organisations) {
      if (o.from() >= t) {
        break;
      }
      if (o.shortNames().contains(words)) {
        found = o.entity();
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The organisation last named before word {@code t} that the definite noun at {@code t}
   * shortens: "وقالت الحركة" after "حركة النهضة", "وقالت الخارجية" after "وزارة الخارجية
   * الروسية"; of {@code country} when not null ("الخارجية الروسية").
   */
  Optional<Entity> organisationShortenedAt(String[] norms, int t, String country) {
    return organisationShortenedAt(norms[t], t, country);
  }

  /** As {@link #organisationShortenedAt(String[], int, String)}, for the normalised word {@code word} at {@code t}. */
  Optional<Entity> organisationShortenedAt(String word, int t, String country) {
    String stem = Clitics.withoutArticle(word);
    if (stem.length() == word.length()) {
      return Optional.empty();
    }
    Entity found = null;
    for (Organisation o : organisations) {
      if (o.from() >= t) {
        break;
      }
      boolean named = o.heads().contains(stem) || o.heads().contains(word);
      if (named && (country == null || country.equals(o.entity().country()))) {
        found = o.entity();
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean better(Entity e, Mention m, Entity old, int oldLength) {
    if (old == null) {
      return true;
    }
    boolean person = e.type() == EntityType.PERSON;
    boolean oldPerson = old.type() == EntityType.PERSON;
    if (person != oldPerson) {
      return person;
    }
    return m.end() - m.start() > oldLength;
  }

  /** The entity named at word {@code t}. */
  Optional<Entity> at(int t) {
    return Optional.ofNullable(entityAt[t]);
  }

  /** Whether the mention at word {@code t} is an adjective standing for its country ("المصري"), not a name. */
  boolean isAdjective(int t) {
    return formAt[t] == Mention.Form.ADJECTIVE;
  }

  /** The word after the mention that covers word {@code t}. */
  int endOf(int t) {
    return entityAt[t] == null ? t + 1 : Math.max(mentionEnd[t], t + 1);
  }

  /** Mentions of people, in text order. */
  List<PersonMention> people() {
    return people;
  }
}
