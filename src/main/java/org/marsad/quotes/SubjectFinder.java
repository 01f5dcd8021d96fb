package org.marsad.quotes;

import java.util.List;
import java.util.Optional;
import org.marsad.doc.Entity;
import org.marsad.doc.EntityType;
import org.marsad.text.Token;

/**
 * Reads the subject of a reporting verb from the words after it, as Arabic puts it in
 * verb-subject order: an office with its country ("وزير الخارجية الروسي،") may come before
 * the name, adverbs of time may come between ("قال اليوم"), and a preposition, a particle,
 * a colon or a quotation mark right after the verb means the subject is the pronoun.
 */
final class SubjectFinder {

  private final Lexicon lexicon;
  private final List<Token> tokens;
  private final String[] norms;
  private final MentionIndex mentions;

  SubjectFinder(Lexicon lexicon, List<Token> tokens, String[] norms, MentionIndex mentions) {
    this.lexicon = lexicon;
    this.tokens = tokens;
    this.norms = norms;
    this.mentions = mentions;
  }

  /** The subject of {@code cue}, read no further than word {@code limit}. */
  Subject of(Cue cue, int limit) {
    if (cue.end() > cue.token() + 1 && cue.kind() != Cue.Kind.SOURCE) {
      return Subject.pronoun(cue.end()); // "أشار إلى أن": a named subject would stand before إلى
    }
    Offices.Office office = null;
    String country = null;
    int j = cue.end();
    while (j < limit) {
      Token t = tokens.get(j);
      if (t.kind() == Token.Kind.PUNCT) {
        if (isComma(t.text())) {
          j++;
          continue;
        }
        break;
      }
      Optional<Entity> named = mentions.at(j);
      if (named.isPresent()) {
        Entity e = named.get();
        if (e.type() == EntityType.PERSON || office == null) {
          return new Subject(Subject.How.NAMED, e, office, country, mentions.endOf(j));
        }
        if (country == null && (e.type() == EntityType.GPE || e.type() == EntityType.LOC)) {
          country = e.code() != null ? e.code() : e.country();
        }
        j = mentions.endOf(j); // the country or body of the office: "المتحدث باسم الكرملين"
        continue;
      }
      Optional<PhraseList.Match<Offices.Office>> o = lexicon.offices.at(norms, j, limit);
      if (o.isPresent()) {
        if (office == null) {
          office = o.get().value();
        }
        j = o.get().to();
        continue;
      }
      Optional<PhraseList.Match<Lexicon.Adjunct>> a = lexicon.adjuncts.at(norms, j, limit);
      if (a.isPresent() && office == null) {
        if (a.get().value() == Lexicon.Adjunct.SKIP) {
          j = a.get().to();
          continue;
        }
        return Subject.pronoun(j);
      }
      if (office == null && (lexicon.complementizers.is(t.text()) || lexicon.verbs.at(tokens, norms, j).isPresent())) {
        return Subject.pronoun(j);
      }
      if (office == null) {
        return new Subject(Subject.How.UNNAMED, null, null, null, j + 1);
      }
      break;
    }
    if (office != null) {
      return new Subject(Subject.How.OFFICE, null, office, country, j);
    }
    return Subject.pronoun(j);
  }

  static boolean isComma(String s) {
    return s.equals("،") || s.equals(",");
  }
}
