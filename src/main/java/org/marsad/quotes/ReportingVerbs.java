package org.marsad.quotes;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFiles;
import org.marsad.text.QuoteMarks;
import org.marsad.text.Token;

/**
 * The reporting verbs of {@code quotes/cues.tsv} ("قال", "وأضافت", "مشيرا إلى أن"), found at
 * a word of the text with its conjunction taken off, and extended over the preposition the
 * verb takes and the particle after it, so that the cue reads as written.
 */
final class ReportingVerbs {

  private static final String RESOURCE = "quotes/cues.tsv";

  /**
   * A form of a verb; {@code opening} when the form is as often another word ("بين", "between"):
   * it reports only where it opens its clause and the particle أن/إن follows within a few words.
   */
  private record Entry(String verb, Cue.Gender gender, Cue.Kind kind, List<String> prepositions, boolean opening,
      boolean charge) {}

  /** How many words the subject of a verb that must open its clause may have before أن/إن. */
  private static final int OPENING_REACH = 6;
  /** How many more words an adverbial phrase between commas may add to that reach ("، في بيان له اليوم الخميس،"). */
  private static final int ASIDE = 6;
  private static final String OPENING = "opening";
  private static final String CHARGE = "charge";
  /** How many words after a form of حمّل a noun of responsibility may stand: "وحمل الحاكم فلان الفلاني مسؤولية". */
  private static final int CHARGE_REACH = 12;
  /** The nouns that make a form of حمل mean "held responsible" (quotes/charge-nouns.tsv, normalised). */
  private static final Set<String> CHARGE_NOUNS = DataFiles.rows("quotes/charge-nouns.tsv", 1).stream()
      .map(row -> ArabicNormalizer.normalize(row.field(0))).collect(Collectors.toUnmodifiableSet());
  private static final char SHADDA = '\u0651';

  private final PhraseList<Entry> forms = PhraseList.load(RESOURCE, 4, PhraseList.Proclitics.CONJUNCTIONS,
      ReportingVerbs::entry);
  private final Complementizers complementizers;
  private final OpensBefore opensBefore;

  /** Whether the words ending before word {@code t} leave a verb there opening its clause. */
  @FunctionalInterface
  interface OpensBefore {
    boolean at(String[] norms, int t);
  }

  ReportingVerbs(Complementizers complementizers, OpensBefore opensBefore) {
    this.complementizers = complementizers;
    this.opensBefore = opensBefore;
  }

  private static Entry entry(DataFiles.Row row) {
    Cue.Kind kind = switch (row.field(3)) {
      case "verb" -> Cue.Kind.VERB;
      case "participle" -> Cue.Kind.PARTICIPLE;
      case "source" -> Cue.Kind.SOURCE;
      case "relay" -> Cue.Kind.RELAY;
      default -> throw row.error("verb, participle, source or relay in field 4");
    };
    List<String> preps = row.field(4).isEmpty() ? List.of()
        : List.of(row.field(4).split("\\|")).stream().map(ArabicNormalizer::normalize).toList();
    boolean opening = row.field(5).equals(OPENING);
    boolean charge = row.field(5).equals(CHARGE);
    if (!opening && !charge && !row.field(5).isEmpty()) {
      throw row.error("nothing, \"" + OPENING + "\" or \"" + CHARGE + "\" in field 6");
    }
    return new Entry(ArabicNormalizer.normalize(row.field(1)), Cue.Gender.of(row.field(2)), kind, preps, opening, charge);
  }

  /** The verbs of forms marked "charge" (حمّل), normalised. */
  private static final Set<String> CHARGE_VERBS = DataFiles.rows(RESOURCE, 4).stream()
      .filter(row -> row.field(5).equals(CHARGE)).map(row -> ArabicNormalizer.normalize(row.field(1)))
      .collect(Collectors.toUnmodifiableSet());

  /**
   * Whether {@code cue} only reports what follows it: حمّل charges someone with the words after it,
   * and never closes a quotation as "«...»، قال الوزير" does.
   */
  boolean onlyBefore(Cue cue) {
    return CHARGE_VERBS.contains(cue.verb());
  }

  /** Whether a normalised word, without clitics, is a form of a reporting verb of any kind. */
  boolean isForm(String norm) {
    return forms.at(new String[] {norm}, 0, 1).filter(m -> m.prefix() == 0).isPresent();
  }

  /** The reporting verb written at word {@code i}, if it is one. */
  Optional<Cue> at(List<Token> tokens, String[] norms, int i) {
    if (tokens.get(i).kind() != Token.Kind.ARABIC) {
      return Optional.empty();
    }
    Optional<Cue> cue = forms.at(norms, i, i + 1)
        .filter(m -> !m.value().opening() || opensReport(tokens, norms, i, m.prefix() > 0, m.value().prepositions()))
        .filter(m -> !m.value().charge() || charges(tokens, norms, i, m.value().kind()))
        .map(m -> cue(tokens, norms, i, m));
    return cue.isPresent() ? cue : resumptive(tokens, norms, i);
  }

  /**
   * Whether {@code cue} is a verb after the relative ما with the pronoun pointing back to it: its
   * words are what was quoted before it, and no reported speech follows it ("وهو ما تعتبره
   * الجبهة تقييدا ... في وقت من المفروض أن").
   */
  boolean isResumptive(Cue cue, String[] norms) {
    int t = cue.token();
    return t > 0 && RELATIVES.contains(norms[t - 1]) && forms.at(norms, t, t + 1).isEmpty();
  }

  /** The relative ما, alone or written onto a source word ("حسبما"), normalised. */
  private static final List<String> RELATIVES = List.of("ما", "حسبما", "بحسبما").stream()
      .map(ArabicNormalizer::normalize).toList();

  /**
   * A verb after the relative ما with the pronoun that points back to it ("وفق ما أكده الوزير"،
   * "حسبما أعلنته الوزارة"): the verb of the form without its ه, a finite verb whose subject
   * follows. Not a participle nor a phrase naming the source.
   */
  private Optional<Cue> resumptive(List<Token> tokens, String[] norms, int i) {
    String w = norms[i];
    if (i == 0 || w.length() < 4 || !w.endsWith("ه") || !RELATIVES.contains(norms[i - 1])) {
      return Optional.empty();
    }
    String[] bare = {w.substring(0, w.length() - 1)};
    return forms.at(bare, 0, 1)
        .filter(m -> m.prefix() == 0 && !m.value().opening()
            && m.value().kind() == Cue.Kind.VERB) // "حسب ما نقله الموقع": the medium that passed the words on does not speak
        .map(m -> {
          Entry e = m.value();
          Token verb = tokens.get(i);
          return new Cue(i, i + 1, verb.start(), verb.end(), verb.text(), e.verb(), e.gender(), e.kind());
        });
  }

  /**
   * Whether the verb at word {@code i} opens its clause (written with its conjunction, first in
   * the text, after punctuation, after a lone و, after كما or another word opening a clause, the
   * auxiliary قد or a phrase of turn-taking: "فقد عبر الحزب عن"، "وبدورها عبرت الجبهة عن") and أن/إن, or the preposition it
   * takes, follows it within a few words, past no punctuation but a comma: "وبين الوزير أن"،
   * "كما بين أن", not "بين الدول"; "عبرت الوزارة عن", not "عبر الحدود".
   */
  private boolean opensReport(List<Token> tokens, String[] norms, int i, boolean conjunction,
      List<String> prepositions) {
    // not after a quotation mark: "وصف "التعاون المثمر" بين البلدين": the quoted words end a noun
    // phrase that goes on, they open no clause
    boolean opens = conjunction || i == 0 || tokens.get(i - 1).kind() == Token.Kind.PUNCT
        && !QuoteMarks.isMark(tokens.get(i - 1).text().charAt(0))
        || norms[i - 1].equals("و") || norms[i - 1].equals("كما") || opensBefore.at(norms, i);
    if (!opens) {
      return false;
    }
    int reach = i + OPENING_REACH;
    boolean aside = false; // inside an adverbial phrase between commas: "، في بيان له اليوم،"
    for (int k = i + 1; k < tokens.size() && k <= reach; k++) {
      Token t = tokens.get(k);
      if (complementizers.is(t.text()) || prepositions.contains(norms[k])) {
        return true;
      }
      boolean comma = t.isComma();
      if (comma) {
        aside = !aside;
      }
      if ((comma || aside) && reach < i + OPENING_REACH + ASIDE) {
        reach++; // the commas and the words of the phrase between them do not count
      }
      // "وعبر الاتحاد "عن استنكاره ..."": the quotation opens with the preposition or particle
      boolean markBefore = t.kind() == Token.Kind.PUNCT && QuoteMarks.isMark(t.text().charAt(0))
          && k + 1 < tokens.size() && (complementizers.is(tokens.get(k + 1).text()) || prepositions.contains(norms[k + 1]));
      if (markBefore) {
        return true;
      }
      if (t.kind() == Token.Kind.PUNCT && !comma) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the form of حمل at word {@code i} is حمّل "held responsible": a finite verb written with
   * its shadda, or any form with a noun of responsibility after it in its clause, before the quotation mark or inside it
   * ("وحمّل الناطق الحكومة "المسؤولية الكاملة""), not "وحمل المتظاهرون لافتات".
   */
  private static boolean charges(List<Token> tokens, String[] norms, int i, Cue.Kind kind) {
    if (kind == Cue.Kind.VERB && tokens.get(i).text().indexOf(SHADDA) >= 0) {
      return true; // not the participle: "طائرة محمّلة بالمخدرات" is laden
    }
    for (int k = i + 1; k < tokens.size() && k <= i + CHARGE_REACH; k++) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.PUNCT && !t.isComma() && !QuoteMarks.isMark(t.text().charAt(0))) {
        return false;
      }
      if (CHARGE_NOUNS.contains(norms[k])) {
        return true;
      }
    }
    return false;
  }

  private Cue cue(List<Token> tokens, String[] norms, int i, PhraseList.Match<Entry> m) {
    Token verb = tokens.get(i);
    int start = verb.start() + ArabicNormalizer.normalizeWithOffsets(verb.text()).toOriginal(m.prefix());
    int end = i + 1;
    Entry e = m.value();
    if (end < tokens.size()) {
      String next = norms[end];
      boolean joined = false;
      for (String p : e.prepositions()) {
        if (next.equals(p)) {
          end++;
          break;
        }
        if (p.length() == 1 && next.length() > 1 && next.startsWith(p)
            && complementizers.is(tokens.get(end).text())) {
          joined = true; // "بأن": the preposition written onto the particle
        }
      }
      if (joined) {
        end++;
      } else if (end > i + 1 && end < tokens.size() && complementizers.is(tokens.get(end).text())) {
        end++;
      }
    }
    int stop = tokens.get(end - 1).end();
    StringBuilder text = new StringBuilder(verb.text().substring(start - verb.start()));
    for (int k = i + 1; k < end; k++) {
      text.append(' ').append(tokens.get(k).text());
    }
    return new Cue(i, end, start, stop, text.toString(), e.verb(), e.gender(), e.kind());
  }
}
