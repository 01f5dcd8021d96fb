package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Span;
import org.marsad.doc.Timex;
import org.marsad.text.AnalyzedText;
import org.marsad.text.QuoteMarks;
import org.marsad.text.Token;

/**
 * One sentence as the event coder reads it: its tokens, their normalised forms, and the runs
 * of tokens that name a party ({@link Participant}), indexed by token.
 */
final class EventSentence {

  final Span span;
  final List<Token> tokens;
  final List<String> norms;
  final List<Participant> participants = new ArrayList<>();
  private final Participant[] at;
  private final boolean[] time;

  EventSentence(AnalyzedText text, Span span, ArticleParties parties, Cues cues) {
    this(text, span, parties, cues, List.of());
  }

  EventSentence(AnalyzedText text, Span span, ArticleParties parties, Cues cues, List<Timex> timexes) {
    this.span = span;
    int from = text.firstTokenAtOrAfter(span.start());
    this.tokens = text.tokensIn(span);
    this.time = new boolean[tokens.size()];
    for (Timex x : timexes) {
      if (x.end() <= span.start() || x.start() >= span.end()) {
        continue;
      }
      // tokens are in text order: from the first one ending after the expression's start, not all of them
      for (int i = firstEndingAfter(x.start()); i < tokens.size() && tokens.get(i).start() < x.end(); i++) {
        time[i] = true;
      }
    }
    this.norms = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      norms.add(t.norm());
    }
    this.at = new Participant[tokens.size()];
    ArticleParties.Side[] sides = new ArticleParties.Side[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      sides[i] = parties.sideAt(from + i);
      if (sides[i] == null) {
        Cues.WordClass c = cues.classOfBase(norms.get(i));
        if (c == Cues.WordClass.BOTH) {
          sides[i] = new ArticleParties.Side(Participant.BOTH, null, false, false, tokens.get(i).start());
        } else if (c == Cues.WordClass.OWN_COUNTRY) {
          int offset = tokens.get(i).start();
          String code = norms.get(i).endsWith("نا") ? parties.speakerCountryAt(offset) : null;
          if (code == null) {
            code = parties.countryOfPersonBefore(offset);
          }
          for (int k = i - 1; code == null && k >= 0; k--) {
            code = sides[k] == null || sides[k].code().equals(Participant.BOTH) ? null : sides[k].code();
          }
          if (code != null) {
            sides[i] = new ArticleParties.Side(code, parties.entityOf(code), false, false, offset);
          }
        }
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (sides[i] == null) {
        continue;
      }
      int last = i;
      while (true) {
        int next = last + 1;
        while (next < tokens.size() && isApposition(tokens.get(next))) {
          next++;
        }
        if (next < tokens.size() && sides[next] != null && sides[next].code().equals(sides[i].code())
            && !conjoined(next, sides[next])) {
          last = next;
        } else {
          break;
        }
      }
      String entity = null;
      boolean person = false;
      boolean nisba = true;
      for (int k = i; k <= last; k++) {
        if (sides[k] == null) {
          continue;
        }
        if (sides[k].person() && !person) {
          person = true;
          entity = sides[k].entity();
        }
        if (entity == null) {
          entity = sides[k].entity();
        }
        nisba &= sides[k].nisba();
      }
      Participant p = new Participant(i, last, sides[i].code(), entity, person, nisba, conjoined(i, sides[i]));
      participants.add(p);
      for (int k = i; k <= last; k++) {
        at[k] = p;
      }
      i = last;
    }
  }

  /** Punctuation that may stand inside one party's name and title ("الروسي، سيرغي لافروف"). */
  private static boolean isApposition(Token t) {
    return t.text().equals("،") || t.text().equals(",") || t.text().equals("(") || t.text().equals(")");
  }

  /** Whether the token begins with the conjunction و before the name ("وروسيا"), or follows a lone و. */
  private boolean conjoined(int i, ArticleParties.Side side) {
    Token t = tokens.get(i);
    if (i > 0 && norms.get(i - 1).equals("و")) {
      return true;
    }
    return t.norm().startsWith("و") && side.mentionStart() > t.start();
  }

  /** Whether token {@code i} is part of a time expression ("اليوم الأحد"), which roles pass over. */
  boolean isTime(int i) {
    return i >= 0 && i < time.length && time[i];
  }

  int size() {
    return tokens.size();
  }

  String norm(int i) {
    return norms.get(i);
  }

  Participant participantAt(int i) {
    return i >= 0 && i < at.length ? at[i] : null;
  }

  boolean isPunct(int i) {
    return tokens.get(i).kind() == Token.Kind.PUNCT;
  }

  boolean isComma(int i) {
    String s = tokens.get(i).text();
    return s.equals("،") || s.equals(",");
  }

  boolean isQuoteMark(int i) {
    Token t = tokens.get(i);
    return t.kind() == Token.Kind.PUNCT && t.text().length() == 1 && QuoteMarks.isMark(t.text().charAt(0));
  }

  /**
   * Whether the comma at {@code i} opens or closes a short aside without a party in it, such as
   * a time ("أدانت طهران، اليوم الأحد، الغارات"): the clause goes on across it.
   */
  boolean commaOfAside(int i) {
    for (int dir = -1; dir <= 1; dir += 2) {
      for (int k = i + dir, n = 0; k >= 0 && k < size() && n < ASIDE; k += dir, n++) {
        if (isComma(k)) {
          if (n > 0) {
            return true;
          }
          break;
        }
        if (participantAt(k) != null || isClauseEnd(k)) {
          break;
        }
      }
    }
    return false;
  }

  /** The longest aside between two commas, in words. */
  private static final int ASIDE = 4;

  /** Punctuation that ends a clause: full stop, colon, semicolon, question and exclamation marks, quotation marks. */
  boolean isClauseEnd(int i) {
    if (isQuoteMark(i)) {
      return true;
    }
    String s = tokens.get(i).text();
    return s.equals(".") || s.equals(":") || s.equals("؛") || s.equals(";") || s.equals("؟") || s.equals("?")
        || s.equals("!");
  }

  /** The index of the first token ending after {@code offset} (tokens.size() when none does). */
  private int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
