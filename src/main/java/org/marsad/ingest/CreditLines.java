package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.DataFiles;

/**
 * Reads a credit line ("المصدر: سكاي نيوز عربية + وكالات", "نقلا عن رويترز") into the outlets it names,
 * with the words that open such lines from {@code ingest/credit-leads.tsv}.
 */
final class CreditLines {

  /** A credit line is short: a longer line that starts with "عن" is a sentence. */
  private static final int MAX_WORDS = 12;
  /** An unknown name in a credit line is taken as written only while this short. */
  private static final int MAX_NAME_WORDS = 4;
  /** A name with another in brackets after it; the closing bracket may have been trimmed. */
  private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)?$");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[+،,/|&]|\\s[-–—]\\s|\\sو\\s|\\sمع\\s)\\s*");

  /** "ب" or "ل" glued to the name after the lead word, with a tatweel or a space: "بالجزيرة", "لـ هسبريس". */
  private static final Pattern GLUED = Pattern.compile("^[بل](?:\u0640+\\s*|\\s+|(?=ال))");

  private record Lead(String key, boolean anyName) {}

  private final List<Lead> leads = new ArrayList<>();
  /** Words that may follow the outlets they credit ({@code ingest/credit-closers.tsv}): "هسبريس - خاص". */
  private final java.util.Set<String> closing = new java.util.HashSet<>();
  private final Outlets outlets;

  CreditLines(Outlets outlets) {
    this.outlets = outlets;
    for (DataFiles.Row row : DataFiles.rows("ingest/credit-leads.tsv", 2)) {
      String mode = row.field(1);
      if (!mode.equals("any") && !mode.equals("known")) {
        throw row.error("a word, then any or known");
      }
      leads.add(new Lead(Phrases.key(row.field(0)), mode.equals("any")));
    }
    for (DataFiles.Row row : DataFiles.rows("ingest/credit-closers.tsv", 1)) {
      closing.add(Phrases.key(row.field(0)));
    }
    leads.sort((a, b) -> b.key().length() - a.key().length());
  }

  /** Editors' initials ("ع.ح"، "م.ع.ح") set apart by slashes, then the agencies in brackets. */
  private static final Pattern SIGN_OFF = Pattern.compile(
      "^\\p{L}{1,2}(?:\\.\\s?\\p{L}{1,2})+\\.?(?:\\s*/\\s*\\p{L}{1,2}(?:\\.\\s?\\p{L}{1,2})+\\.?)*\\s*/?\\s*\\((?<agencies>[^()]{1,60})\\)\\.?$");
  /**
   * The agency in brackets first, after a dash or two, then the editors' initials, as Petra closes its
   * copy: "--(بترا) ع م/ س ك". Two initials at least, each one or two letters, set apart by blanks,
   * dots or slashes.
   */
  private static final Pattern AGENCY_FIRST_SIGN_OFF = Pattern.compile(
      "^[-–—]{0,3}\\s*\\((?<agencies>[^()]{1,60})\\)\\s*\\p{L}{1,2}\\.?(?:(?:\\s+|\\s*[./]\\s*)\\p{L}{1,2}\\.?){1,7}$");
  /**
   * The agency, then the editors' names set apart by slashes, as WAM closes its copy: "وام/سلمى
   * ناصر/خالد يوسف". One to four names of one to three words, letters only.
   */
  private static final Pattern AGENCY_NAMES_SIGN_OFF = Pattern.compile(
      "^(?<agencies>[^/()\\d]{1,20}?)\\s*/\\s*\\p{L}+(?:\\s+\\p{L}+){0,2}(?:\\s*/\\s*\\p{L}+(?:\\s+\\p{L}+){0,2}){0,3}\\s*/?$");
  /**
   * The agency, its copy's serial number, the desk's initials run together and the day, as the Bahrain News
   * Agency closes its copy: "بنا 1534 جمت 12/05/2026".
   */
  private static final Pattern AGENCY_SERIAL_SIGN_OFF = Pattern.compile(
      "^(?<agencies>\\p{L}{2,12})\\s+\\d{1,6}\\s+\\p{L}{2,5}\\s+\\d{1,2}/\\d{1,2}/\\d{4}$");
  /**
   * The editors' initials alone in brackets, set apart by a slash, as ANHA closes its copy: "(ع ن/ ه ك)".
   * Two groups at least, each of one to four initials of one or two letters.
   */
  private static final Pattern INITIALS_SIGN_OFF = Pattern.compile(
      "^\\(\\s*(?<agencies>\\p{L}{1,2}(?:\\s+\\p{L}{1,2}){0,3}(?:\\s*/\\s*\\p{L}{1,2}(?:\\s+\\p{L}{1,2}){0,3})+)\\s*\\)$");
  private static final Pattern INITIALS_SEPARATOR = Pattern.compile("\\s*/\\s*");
  /** How many initials an agency's initials in a sign-off have at least ("أ ف ب"، "د ب أ"); an editor's have two. */
  private static final int AGENCY_INITIALS = 3;
  private static final Pattern AGENCY_SEPARATORS = Pattern.compile("\\s*[،,/]\\s*|\\s+و(?=\\S)");

  /**
   * The agencies of an editors' sign-off closing a report, as Deutsche Welle writes it: "ع.ح/ ع.ش
   * (أ ف ب، رويترز)", Petra: "--(بترا) ع م/ س ك", WAM: "وام/سلمى ناصر/خالد يوسف". Known agencies only;
   * none for initials alone in brackets ("(ع ن/ ه ك)"), a sign-off all the same.
   */
  Optional<List<String>> signOff(String line) {
    Matcher initials = INITIALS_SIGN_OFF.matcher(Phrases.strip(line));
    if (initials.matches()) {
      // "(ع ن/ ه ك)": initials only, crediting no one; "(أ ش أ/ أ ف ب)": agencies' initials, credited. Two
      // letters are an editor's initials even where an agency writes so ("(م ح/ أ ب)" is no Associated Press)
      List<String> known = new ArrayList<>();
      for (String group : INITIALS_SEPARATOR.split(initials.group("agencies"))) {
        if (Phrases.words(group) >= AGENCY_INITIALS) {
          knownNames(group).ifPresent(known::addAll);
        }
      }
      return Optional.of(known);
    }
    Matcher m = SIGN_OFF.matcher(Phrases.strip(line));
    if (!m.matches()) {
      m = AGENCY_FIRST_SIGN_OFF.matcher(Phrases.strip(line));
    }
    if (!m.matches()) {
      m = AGENCY_SERIAL_SIGN_OFF.matcher(Phrases.strip(line));
    }
    if (!m.matches()) {
      m = AGENCY_NAMES_SIGN_OFF.matcher(Phrases.strip(line));
      if (!m.matches() || knownNames(m.group("agencies")).map(List::size).orElse(0) != 1) {
        return Optional.empty(); // "وام/ ..." names its one agency first; "بغداد/ ..." is no sign-off
      }
    }
    List<String> found = new ArrayList<>();
    for (String piece : AGENCY_SEPARATORS.split(m.group("agencies"))) {
      Optional<List<String>> known = knownNames(piece);
      if (known.isEmpty()) {
        return Optional.empty();
      }
      found.addAll(known.get());
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found);
  }

  /** The credits a line states, if it is a credit line. */
  Optional<List<String>> read(String line) {
    String k = Phrases.key(line);
    if (Phrases.words(k) > MAX_WORDS) {
      return Optional.empty();
    }
    for (Lead lead : leads) {
      if (!k.startsWith(lead.key()) || k.length() == lead.key().length() || k.charAt(lead.key().length()) != ' ') {
        continue;
      }
      String rest = afterLead(line, Phrases.words(lead.key()));
      // an outlet Marsad does not know counts only after a colon: "المصدر: صحيفة محلية"
      boolean anyName = lead.anyName() && rest.stripLeading().startsWith(":");
      List<String> credits = new ArrayList<>();
      for (String piece : SEPARATORS.split(rest)) {
        // the name may stand between quotation marks: 'المصدر: "الصحيفة"'
        String name = piece.replaceAll("^[\\s:：\\-–—(\"«“]+|[\\s.:)\\-–—\"»”]+$", "");
        if (name.isEmpty()) {
          continue;
        }
        if (!credits.isEmpty() && closing.contains(Phrases.key(name))) {
          continue; // "المصدر: المرصد – خاص": the exclusive mark after the name credits no one
        }
        Optional<List<String>> known = knownNames(name);
        if (known.isEmpty() && GLUED.matcher(name).lookingAt()) {
          known = knownNames(GLUED.matcher(name).replaceFirst("")); // "خاص بالجزيرة نت", "خاص لـ هسبريس"
        }
        if (known.isPresent()) {
          credits.addAll(known.get());
        } else if (anyName && Phrases.words(name) <= MAX_NAME_WORDS) {
          credits.add(name);
        } else {
          return Optional.empty();
        }
      }
      return credits.isEmpty() ? Optional.empty() : Optional.of(credits);
    }
    return Optional.empty();
  }

  /**
   * The outlets a piece of a credit line names when Marsad knows them all: one name, a name
   * with its short form in brackets ("وكالة الأنباء الأردنية (بترا)"), or names run together
   * with "و" ("RT ووكالات").
   */
  Optional<List<String>> knownNames(String piece) {
    Optional<String> one = outlets.named(piece);
    if (one.isPresent()) {
      return Optional.of(List.of(one.get()));
    }
    java.util.regex.Matcher m = BRACKETED.matcher(piece);
    if (m.matches()) {
      Optional<String> hit = outlets.named(m.group(2)).or(() -> outlets.named(m.group(1)));
      if (hit.isPresent()) {
        return Optional.of(List.of(hit.get()));
      }
    }
    // punctuation between the names goes with the key: "هسبريس - وكالات"
    List<String> words = List.of(Phrases.key(piece).split(" "));
    List<String> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      List<String> rest = new ArrayList<>(words.subList(i, words.size()));
      Optional<Outlets.Match> hit = outlets.atStart(rest);
      if (hit.isEmpty() && i > 0 && rest.get(0).startsWith("و") && rest.get(0).length() > 2) {
        rest.set(0, rest.get(0).substring(1)); // "ووكالات": "و" joins the next name
        hit = outlets.atStart(rest);
      }
      if (hit.isEmpty() && !found.isEmpty() && i == words.size() - 1 && closing.contains(words.get(i))) {
        break; // "سكاي نيوز عربية - خاص"
      }
      if (hit.isEmpty()) {
        return Optional.empty();
      }
      found.add(hit.get().credit());
      i += hit.get().words();
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found);
  }

  /** The line after its first {@code n} words (and the colon after them). */
  private static String afterLead(String line, int n) {
    String s = Phrases.strip(line);
    int i = 0;
    for (int w = 0; w < n; w++) {
      while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK
          || s.charAt(i) == '\u0640')) {
        i++;
      }
    }
    return s.substring(i);
  }
}
