package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.doc.Casualties;
import org.marsad.text.Affixes;
import org.marsad.text.DataFiles;
import org.marsad.text.Token;

/**
 * What the learned report filter ({@link ReportFilter}) knows of a sentence in which the rules
 * code an attack or a protest: the coder's own findings (the act's word and its form, mode,
 * PLOVER mode, parties, place, time, casualties), the words around the act's word, the classes
 * of {@code report-cues.tsv} before and after it (background, a state of things, opinion,
 * condition, question, speech, counts), quotation, a question mark, and the sentence's length.
 * Every feature is given twice: alone, and joined to the act's type, so that what attacks and
 * protests share is learned from both.
 */
final class ReportFeatures {

  /** How many words on each side of the act's word are read one by one, and as a bag. */
  private static final int NEAR = 3;
  private static final int BAG = 6;

  /** A year written in digits, Western or Arabic-Indic. */
  private static final Pattern YEAR = Pattern.compile("(19|20|١٩|٢٠)[0-9٠-٩]{2}");

  /** The classes of {@code report-cues.tsv}. */
  private static final List<String> CLASSES = List.of("background", "general", "opinion", "condition", "question",
      "speech", "number", "negation");

  /** The classes of {@code register.tsv} read as features of the whole sentence, in the order they are given. */
  private static final List<String> REGISTER = List.of("first", "second", "view", "day", "report", "recalled", "since");
  /** Conjunctions and prepositions set aside before a word is looked up in register.tsv (register of affixes.tsv). */
  private static final List<String> PROCLITICS = Affixes.of(Affixes.Kind.REGISTER);
  /** A word, a run of digits or a mark, as the register counts them (Arabic letters and digits of U+06xx run together). */
  private static final Pattern WORD = Pattern.compile("[\\u0600-\\u06FF]+|\\d+|[^\\s\\w]",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern MARKS = Pattern.compile("[\\u064B-\\u0652\\u0640\\u0670]");
  private static final Pattern YEAR_ONLY = Pattern.compile("(19|20)\\d\\d", Pattern.UNICODE_CHARACTER_CLASS);

  /** The words of each class of {@code register.tsv}, normalised as {@link #plain} does. */
  private final Map<String, Set<String>> register = new TreeMap<>();

  private final Map<String, Phrases> classes = new TreeMap<>();

  ReportFeatures() {
    for (DataFiles.Row row : DataFiles.rows("events/report-cues.tsv", 2)) {
      String c = row.field(1);
      if (!CLASSES.contains(c)) {
        throw row.error(String.join(", ", CLASSES) + " in field 2");
      }
      classes.computeIfAbsent(c, k -> Phrases.withClitics()).add(row.field(0));
    }
    for (DataFiles.Row row : DataFiles.rows("events/register.tsv", 2)) {
      String c = row.field(1);
      if (!REGISTER.contains(c) && !c.equals("month") && !c.equals("mention")) {
        throw row.error(String.join(", ", REGISTER) + ", month or mention in field 2");
      }
      register.computeIfAbsent(c, k -> new TreeSet<>()).add(plain(row.field(0)));
    }
  }

  /**
   * The features of the act at {@code head}, of type {@code type}, the first of {@code heads}
   * acts of its type the sentence reports; {@code counted} the sentence's casualties, or null;
   * {@code also} the other types of event the sentence tells.
   */
  List<String> of(EventSentence s, MaterialActs.Act head, int heads, Casualties counted, String type,
      Set<String> also) {
    TreeSet<String> f = new TreeSet<>();
    int t = head.token();
    int n = s.size();
    EventLexicon.Match m = head.match();
    f.add("bias");
    f.add("kind=" + m.entry().kind());
    if (m.entry().passive() || EventLexicon.markedPassive(s.tokens.get(t).text())) {
      f.add("passive");
    }
    f.add("person=" + m.person());
    f.add("mode=" + head.mode());
    f.add("subtype=" + (head.subtype() == null ? "none" : head.subtype()));
    f.add("heads=" + Math.min(heads, 3));
    if (also.isEmpty()) {
      f.add("also=none");
    }
    for (String other : also) {
      f.add("also=" + other);
    }
    if (counted != null) {
      f.add("counted");
      f.add(counted.killed() != null ? "killed" : "killed=none");
      f.add(counted.injured() != null ? "injured" : "injured=none");
    }
    parties(f, "actor", head.roles().actors());
    parties(f, "target", head.roles().targets());
    f.add(head.place() != null ? "place" : "place=none");
    int from = ModeReader.clauseStart(s, t);
    int to = ModeReader.clauseEnd(s, t);
    for (int i = 0; i < n; i++) {
      if (s.isTime(i)) {
        f.add(i >= from && i < to ? "time=clause" : "time=sentence");
      }
    }
    f.add("cue=" + s.norm(t));
    for (int d = -NEAR; d <= NEAR; d++) {
      if (d != 0) {
        f.add("w" + d + "=" + word(s, t + d));
      }
    }
    f.add("L2=" + word(s, t - 2) + "_" + word(s, t - 1));
    f.add("R2=" + word(s, t + 1) + "_" + word(s, t + 2));
    for (int i = Math.max(0, t - BAG); i < t; i++) {
      f.add("L=" + word(s, i));
    }
    for (int i = t + 1; i < n && i <= t + BAG; i++) {
      f.add("R=" + word(s, i));
    }
    for (Map.Entry<String, Phrases> c : classes.entrySet()) {
      for (int i = 0; i < n; i++) {
        if (i == t || c.getValue().matchAt(s.norms, i) == 0) {
          continue;
        }
        String side = i > t ? "after" : i >= from ? "before-in-clause" : "before";
        f.add(c.getKey() + "@" + side);
        if (i < t && i >= t - NEAR) {
          f.add(c.getKey() + "@near");
        }
      }
    }
    int marks = 0;
    int commas = 0;
    for (int i = 0; i < n; i++) {
      String w = s.tokens.get(i).text();
      if (w.equals("؟") || w.equals("?")) {
        f.add("question-mark");
      }
      if (s.isQuoteMark(i)) {
        f.add("quotes");
        marks += i < t ? 1 : 0;
      }
      if (i < t && s.isComma(i)) {
        commas++;
      }
      if (s.tokens.get(i).kind() == Token.Kind.NUMBER && YEAR.matcher(w).matches()) {
        f.add("year"); // "في 14 فبراير 2005": a date of its own, often of an act recalled
      }
    }
    if (marks % 2 == 1) {
      f.add("quoted");
    }
    f.add("commas-before=" + Math.min(commas, 3));
    f.add("length=" + (n < 10 ? "<10" : n < 20 ? "<20" : n < 40 ? "<40" : n < 60 ? "<60" : "60+"));
    f.add("position=" + (t < 2 ? "first" : t * 2 < n ? "first-half" : "second-half"));
    List<String> out = typed(f, type);
    out.addAll(register(s));
    return out;
  }

  /**
   * The features of a sentence that names an attack or a protest which the rules did not code: its
   * register alone ({@link #register}), an example of how the annotators answer such sentences,
   * which the learner reads besides the coded acts (the filter never judges it). Not joined to a
   * type: a sentence's register is learned from both.
   */
  List<String> mention(EventSentence s) {
    List<String> f = new ArrayList<>(List.of("bias", "uncoded"));
    f.addAll(register(s));
    return f;
  }

  /** Whether the sentence holds a stem of a word of attack or protest ({@code mention} of {@code register.tsv}). */
  boolean names(EventSentence s) {
    String text = String.join(" ", words(s));
    return register.get("mention").stream().anyMatch(text::contains);
  }

  /**
   * How the whole sentence speaks, wherever the act stands in it (features {@code reg:}): each class
   * of {@code register.tsv} a word of it belongs to (a first or second person, a judgement, the day
   * of a report, a reporting verb, a past of its own, "منذ"), a question mark, a date, a year in
   * digits, its length in words and marks.
   */
  List<String> register(EventSentence s) {
    List<String> ts = words(s);
    TreeSet<String> f = new TreeSet<>();
    for (String c : REGISTER) {
      Set<String> ws = register.get(c);
      if (ts.stream().anyMatch(t -> ws.contains(t)
          || PROCLITICS.stream().anyMatch(p -> t.startsWith(p) && ws.contains(t.substring(p.length()))))) {
        f.add("reg:" + c);
      }
    }
    if (ts.stream().anyMatch(t -> t.contains("؟") || t.contains("?"))) {
      f.add("reg:question");
    }
    for (int i = 0; i + 1 < ts.size(); i++) {
      String t = ts.get(i);
      if (t.length() <= 2 && t.chars().allMatch(Character::isDigit) && register.get("month").contains(ts.get(i + 1))) {
        f.add("reg:date");
      }
    }
    if (ts.stream().anyMatch(t -> YEAR_ONLY.matcher(t).matches())) {
      f.add("reg:year");
    }
    int n = ts.size();
    f.add("reg:len=" + (n < 20 ? "<20" : n < 40 ? "<40" : n < 60 ? "<60" : "60+"));
    return new ArrayList<>(f);
  }

  /** The sentence's text, its tokens joined as they stood, cut into words and marks and normalised by {@link #plain}. */
  private static List<String> words(EventSentence s) {
    StringBuilder text = new StringBuilder();
    Token last = null;
    for (Token t : s.tokens) {
      if (last != null && t.start() != last.end()) {
        text.append(' ');
      }
      text.append(t.text());
      last = t;
    }
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(plain(m.group()));
    }
    return out;
  }

  /** A word without its short vowels and tatweel, its alefs with hamza or madda as bare alef, its ى as ي. */
  static String plain(String w) {
    return MARKS.matcher(w).replaceAll("").replaceAll("[أإآٱ]", "ا").replace('ى', 'ي');
  }

  /** Each feature alone and joined to the act's type, so that what attacks and protests share is learned from both. */
  private static List<String> typed(Set<String> f, String type) {
    List<String> out = new ArrayList<>(f.size() * 2);
    for (String x : f) {
      out.add(x);
      out.add(type + ":" + x);
    }
    return out;
  }

  /** Whether each role was found, and the sector, country and person of each of its parties. */
  private static void parties(TreeSet<String> f, String role, List<Participant> parties) {
    f.add(role + (parties.isEmpty() ? "=none" : "=found"));
    for (Participant p : parties) {
      f.add(role + "-sector=" + (p.sector() == null ? "none" : p.sector()));
      if (p.coded()) {
        f.add(role + "-country");
      }
      if (p.person()) {
        f.add(role + "-person");
      }
      if (p.counted()) {
        f.add(role + "-counted");
      }
    }
  }

  /** A word as the features read it: a party, a time or a number by its kind, any other by its normalised form. */
  private static String word(EventSentence s, int i) {
    if (i < 0) {
      return "<s>";
    }
    if (i >= s.size()) {
      return "</s>";
    }
    if (s.participantAt(i) != null) {
      return "<party>";
    }
    if (s.isTime(i)) {
      return "<time>";
    }
    if (s.tokens.get(i).kind() == Token.Kind.NUMBER) {
      return "<number>";
    }
    return s.norm(i);
  }
}
