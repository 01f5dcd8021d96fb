package org.marsad.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marsad.text.DataFiles;

/**
 * Finds the dateline that opens a news paragraph: the place the story was filed from, and the
 * agency when one is named with it. The forms wire copy uses: "واشنطن – أكد...", "موسكو-
 * سبوتنيك كما ذكر...", "دمشق-سانا:" on a line of its own, "القاهرة (رويترز) -",
 * "القاهرة /أ ش أ/", "عمان 12 تموز (بترا) -", the outlet first on a line of its own: "السومرية نيوز/ بغداد", "سكاي نيوز عربية - أبوظبي".
 */
final class DatelineFinder {

  /**
   * An Arabic letter, or a diacritic on one ("عمّان"): diacritics belong to no script. Not the
   * tatweel, which some outlets write as the dash ("بغداد ـ"). One character class, not an
   * alternation: a repeated alternation recurses once a character, and a long word overflows the stack.
   */
  private static final String LETTER = "[[\\p{IsArabic}&&\\p{L}&&[^\\u0640]][\\u064B-\\u065F\\u0670]]";
  /** One to three Arabic words, the place. */
  private static final String PLACE = "(?<place>" + LETTER + "+(?:\\s+" + LETTER + "+){0,2})";
  /**
   * A day (and month, year) some agencies put after the place: "عمان 12 تموز 2025"; or the day and
   * the month in figures between dashes, as KUNA writes them before itself: "الكويت - 22 - 11 (كونا) --".
   */
  private static final String DAY = "(?:\\s+(?:في\\s+)?[0-9٠-٩]{1,2}(?:\\s+[\\p{IsArabic}&&\\p{L}]+){0,2}(?:\\s+[0-9٠-٩]{4})?"
      + "|\\s*[-–]\\s*[0-9٠-٩]{1,2}\\s*[-–]\\s*[0-9٠-٩]{1,2}(?=\\s*\\())?";
  /** An agency in brackets or between slashes: "(رويترز)", "/أ ش أ/". */
  private static final String BRACKETED = "(?:\\s*(?:\\((?<ag1>[^()]{1,30})\\)|/(?<ag2>[^/]{1,30})/))?";
  /**
   * The dash after the place; Anadolu and others write a slash: "الرياض/ الأناضول". A tatweel
   * is a dash only after a space: glued to a letter it is part of the word ("بـ").
   */
  private static final String DASH = "\\s*(?<dash>[-–—]{1,2}|/|(?<=\\s)ـ{1,2})?\\s*";
  private static final Pattern OPENING = Pattern.compile("^" + PLACE + DAY + BRACKETED + DASH);
  /**
   * A dateline on a line of its own crediting the outlet in quotation marks, as Asharq
   * Al-Awsat writes it: "لندن: «الشرق الأوسط»". The outlet is taken as written.
   */
  private static final Pattern QUOTED_OUTLET = Pattern.compile(
      "^" + PLACE + "\\s*:\\s*[«\"“](?<outlet>[^«»\"“”:]{2,40})[»\"”]\\s*[:.]?$");
  private static final int MAX_QUOTED_OUTLET_WORDS = 4;
  private static final Set<String> QUOTED_OUTLETS = firstFieldKeys("ingest/quoted-outlets.tsv");
  /**
   * The outlet first and the place after a slash, alone on a line, as Iraqi channels open their
   * reports ("السومرية نيوز/ بغداد"). The outlet must be a known one.
   */
  private static final Pattern OUTLET_FIRST = Pattern.compile("^(?<outlet>[^/]{2,40}?)\\s*/\\s*" + PLACE + "\\s*:?$");
  /**
   * The same with a dash, as Sky News Arabia and Enab Baladi open a report under the headline
   * ("سكاي نيوز عربية - أبوظبي"، "عنب بلدي - السويداء"). A dash also joins an outlet to its section
   * ("سكاي نيوز عربية - الشرق الأوسط") and to its reporter ("هسبريس - عادل الغزاوي"), so the place must
   * hold a word no section menu holds, and a place of two words or more must not begin with a given name.
   */
  private static final Pattern OUTLET_DASH_FIRST = Pattern.compile(
      "^(?<outlet>[^/\\-–—]{2,40}?)\\s+[-–—]\\s+" + PLACE + "\\s*:?$");
  /**
   * The outlet, a dash and the place with the date line after them, as a page's meta line joins the
   * byline to the clock ("راديو سوا - واشنطن 16 يوليو 2026 - 14:32 بتوقيت غرينتش"): read as the outlet and
   * its place once the date is known to be one.
   */
  private static final Pattern OUTLET_PLACE_DATE = Pattern.compile(
      "^[^/\\-–—]{2,40}?\\s+[-–—]\\s+" + LETTER + "+(?:\\s+" + LETTER + "+){0,2}\\s+(?<date>\\p{Nd}.*)$");
  /**
   * The outlet, a dash and the place, alone on a line, as Saudi papers head a report ("عكاظ- جدة", the
   * dash glued to the outlet or spaced). Read only when the outlet is the page's own or a masthead, the
   * place one the gazetteer knows and no section word, so that a breadcrumb of the site's sections is
   * no dateline.
   */
  private static final Pattern OUTLET_GLUED_DASH = Pattern.compile(
      "^(?<outlet>[^/\\-–—()]{2,40}?)\\s*[-–—]\\s*" + PLACE + "\\s*:?$");
  /**
   * The place, the date and the outlet set apart by colons, alone on a line, as Sudanese radios head
   * their reports ("كسلا: 3 مارس 2026: راديو المدينة"). The date must be one a date line gives.
   */
  private static final Pattern PLACE_COLON_DATE = Pattern.compile(
      "^" + PLACE + "\\s*[:：]\\s*(?<date>[0-9٠-٩][^:：]{3,40}?)\\s*[:：]\\s*(?<outlet>[^:：/\\-–—()]{2,40}?)\\s*[:：.]?$");
  /** Words that follow an outlet and name no one ({@code ingest/credit-closers.tsv}): "خاص" is never a place. */
  private static final Set<String> CLOSERS = firstFieldKeys("ingest/credit-closers.tsv");
  private static final Set<String> SECTION_WORDS = DataFiles.lines("ingest/sections.tsv").stream()
      .flatMap(line -> Arrays.stream(Phrases.key(line).split(" "))).filter(w -> !w.isEmpty())
      .collect(Collectors.toUnmodifiableSet());
  /**
   * Given names ({@code entities/given-names.tsv}): after an outlet and a dash, a name of two words or
   * more that begins with one is the reporter's ("هسبريس - عادل الغزاوي"), not a place.
   */
  private static final Set<String> GIVEN_NAMES = firstFieldKeys("entities/given-names.tsv");
  /** The gazetteer's Arabic place names ({@code entities/places.tsv}, field 7, names split by "|"). */
  private static final Set<String> PLACES = DataFiles.rows("entities/places.tsv", 7).stream()
      .flatMap(r -> Arrays.stream(r.field(6).split("\\|"))).map(Phrases::key).filter(k -> !k.isEmpty())
      .collect(Collectors.toUnmodifiableSet());
  /** The gazetteer's Arabic country names ({@code entities/countries.tsv}, field 3, names split by "|"). */
  private static final Set<String> COUNTRIES = DataFiles.rows("entities/countries.tsv", 3).stream()
      .flatMap(r -> Arrays.stream(r.field(2).split("\\|"))).map(Phrases::key).filter(k -> !k.isEmpty())
      .collect(Collectors.toUnmodifiableSet());
  private static final Pattern AFTER_AGENCY = Pattern.compile("^[\\s:：\\-–—]*");
  /**
   * The outlet in quotation marks right after the dash, as Al-Quds Al-Arabi and others write it:
   * "الخرطوم ـ «القدس العربي»:", "بيروت - «الأخبار»". A colon, a dash or the line's end follows it.
   */
  private static final Pattern QUOTED_AFTER_DASH = Pattern.compile(
      "^[«\"“](?<outlet>[^«»\"“”:]{2,40})[»\"”]\\s*(?:[:：\\-–—]\\s*|$)");
  /** A known agency after the outlet in quotation marks, with its colon or dash: "وكالات:". */
  private static final Pattern FURTHER_AGENCY = Pattern.compile("^(?<outlet>[^:：\\-–—«»\"“”]{2,30}?)\\s*(?:[:：\\-–—]\\s*|$)");
  /** Nouns of an outlet's kind ({@code ingest/outlet-kinds.tsv}): "شبكة", "صحيفة". */
  private static final Set<String> OUTLET_KINDS = firstFieldKeys("ingest/outlet-kinds.tsv");
  /** The words that name a reporter before the outlet: "غزة - مراسل الجزيرة". */
  private static final Set<String> REPORTER = firstFieldKeys("ingest/reporter-words.tsv");
  /** The first field of each row of a data file, as {@link Phrases#key} compares it. */
  private static Set<String> firstFieldKeys(String resource) {
    return DataFiles.rows(resource, 1).stream().map(r -> Phrases.key(r.field(0))).collect(Collectors.toUnmodifiableSet());
  }

  /** An agency in brackets opening a paragraph with no place before it: "(رويترز) -". */
  private static final Pattern AGENCY_ALONE = Pattern.compile("^\\((?<agency>[^()]{1,30})\\)\\s*(?:[-–—:]|(?<=\\s)ـ)");

  /** Words of a reporter's name between the place and the agency: "أنقرة/ محمد أمين/ الأناضول". */
  private static final int MAX_REPORTER_WORDS = 4;
  /** Words the dateline must be followed by when no agency vouches for it. */
  private static final int MIN_SENTENCE_WORDS = 4;

  /** Whether {@code name} is a masthead that is also a word ({@code ingest/quoted-outlets.tsv}): "الأيام". */
  static boolean wordMasthead(String name) {
    return QUOTED_OUTLETS.contains(Phrases.key(name));
  }

  /** Whether {@code name} is a place or country the gazetteer knows: "سلطنة عمان", "طرابلس". */
  static boolean knownPlace(String name) {
    String k = Phrases.key(name);
    return PLACES.contains(k) || COUNTRIES.contains(k);
  }

  /** Whether {@code word} names an outlet's kind ({@code ingest/outlet-kinds.tsv}): "جريدة", "صحيفة". */
  static boolean outletKind(String word) {
    return OUTLET_KINDS.contains(Phrases.key(word));
  }

  /**
   * A dateline: the place as written, the agency's credit if named, the text after it, and further
   * credits named after the first ("القدس - «الأيام» - وكالات:").
   */
  record Dateline(String place, Optional<String> agency, String rest, List<String> also) {
    Dateline(String place, Optional<String> agency, String rest) {
      this(place, agency, rest, List.of());
    }
  }

  /**
   * A second place joined to the first by a slash or a comma before the dash or the agency: two
   * capitals a report is filed from ("واشنطن / بكين - الشرق"), or the place and its country, as CNN
   * Arabic writes it ("دبي، الإمارات العربية المتحدة (CNN)--"). Both must be places the gazetteer knows
   * (the second may be a country); the first is the dateline.
   */
  private static final Pattern SECOND_PLACE = Pattern.compile(
      "^" + PLACE + "(?<second>\\s*[/،,]\\s*(?<other>" + LETTER + "+(?:\\s+" + LETTER + "+){0,2}))(?=\\s*[-–—(])");
  /**
   * The outlet, "من" and the place, alone on a line, as Elaph heads its reports ("إيلاف من بغداد"):
   * the outlet must be a known one and the place one the gazetteer knows.
   */
  private static final Pattern OUTLET_FROM = Pattern.compile("^(?<outlet>[^/\\-–—:]{2,40}?)\\s+من\\s+" + PLACE + "$");
  /**
   * A full date between the place and the agency, as SPA and Xinhua write it: "الرياض 24 شوال 1447 هـ
   * الموافق 12 أبريل 2026 م واس" (the agency last on a line of its own), "مابوتو 16 سبتمبر 2026
   * (شينخوا)"; the Oman News Agency sets "في" before the date and the agency between slashes, the text
   * going on after it: "مسقط في 11 ربيع الآخر 1448هـ الموافق 23 سبتمبر 2026م /العُمانية/ عقد ...". The
   * date is one the publication-line reader reads.
   */
  private static final Pattern PLACE_DATE = Pattern.compile(
      "^" + PLACE + "\\s+(?<date>[0-9٠-٩][^()/\\n]{3,80}?)\\s*(?:(?:\\((?<ag>[^()]{1,30})\\)|/(?<ag2>[^/]{1,30})/)\\s*(?:[-–—:]{1,2}\\s*)?(?<rest>.*)"
          + "|(?<last>\\s" + LETTER + "+(?:\\s+" + LETTER + "+){0,3}))$");
  private final PublicationLines dates = new PublicationLines();

  private final Outlets outlets;

  DatelineFinder(Outlets outlets) {
    this.outlets = outlets;
  }

  /**
   * The dateline opening {@code paragraph}. Without an agency, only a place followed by a dash
   * and a sentence counts ({@code agencyRequired} false): "واشنطن – أكد الوزير...".
   */
  Optional<Dateline> find(String paragraph, boolean agencyRequired) {
    return find(paragraph, agencyRequired, name -> false);
  }

  /**
   * The dateline opening {@code paragraph}, as {@link #find(String, boolean)} reads it, where
   * {@code ownName} also vouches for an outlet Marsad does not know: the page names it as its own.
   */
  Optional<Dateline> find(String paragraph, boolean agencyRequired, Predicate<String> ownName) {
    String p = Phrases.strip(paragraph);
    Matcher two = SECOND_PLACE.matcher(p);
    if (two.lookingAt() && PLACES.contains(Phrases.key(two.group("place"))) && (PLACES.contains(Phrases.key(two.group("other"))) || COUNTRIES.contains(Phrases.key(two.group("other"))))) {
      p = p.substring(0, two.start("second")) + p.substring(two.end("second"));
    }
    Matcher from = OUTLET_FROM.matcher(p);
    if (from.matches() && PLACES.contains(Phrases.key(from.group("place")))) {
      Optional<String> outlet = outlets.named(from.group("outlet"));
      if (outlet.isPresent()) {
        return Optional.of(new Dateline(from.group("place"), outlet, ""));
      }
    }
    Optional<Dateline> dated = withDate(p);
    if (dated.isPresent()) {
      return dated;
    }
    Matcher colons = PLACE_COLON_DATE.matcher(p);
    if (colons.matches() && PLACES.contains(Phrases.key(colons.group("place"))) && dates.read(colons.group("date")).isPresent()
        && masthead(colons.group("outlet"), ownName)) {
      return Optional.of(new Dateline(colons.group("place"), Optional.of(outletName(colons.group("outlet"))), ""));
    }
    Matcher glued = OUTLET_GLUED_DASH.matcher(p);
    if (glued.matches() && PLACES.contains(Phrases.key(glued.group("place"))) && masthead(glued.group("outlet"), ownName)
        && !SECTION_WORDS.containsAll(Arrays.asList(Phrases.key(glued.group("place")).split(" ")))
        && Phrases.words(glued.group("outlet")) <= MAX_OUTLET_WORDS) {
      // "عكاظ- جدة": the masthead before the place, read before "place - masthead" would take them the other way
      return Optional.of(new Dateline(glued.group("place"), Optional.of(outletName(glued.group("outlet"))), ""));
    }
    Matcher q = QUOTED_OUTLET.matcher(p);
    if (q.matches() && Phrases.words(q.group("outlet")) <= MAX_QUOTED_OUTLET_WORDS
        && outlets.named(q.group("place")).isEmpty()
        && (outlets.named(q.group("outlet")).isPresent() || QUOTED_OUTLETS.contains(Phrases.key(q.group("outlet"))))) {
      String outlet = q.group("outlet").strip();
      return Optional.of(new Dateline(q.group("place"), Optional.of(outlets.named(outlet).orElse(outlet)), ""));
    }
    Matcher o = OUTLET_FIRST.matcher(p);
    if (o.matches() && outlets.named(o.group("place")).isEmpty()) {
      Optional<String> outlet = outlets.named(o.group("outlet"));
      if (outlet.isPresent()) {
        return Optional.of(new Dateline(o.group("place"), outlet, ""));
      }
    }
    Matcher beside = OUTLET_PLACE_DATE.matcher(p);
    if (beside.matches() && dates.read(beside.group("date")).isPresent()) {
      p = p.substring(0, beside.start("date")).strip(); // "راديو سوا - واشنطن 16 يوليو 2026 - 14:32": the meta line's date goes
    }
    Matcher od = OUTLET_DASH_FIRST.matcher(p);
    List<String> dashed = od.matches() ? Arrays.asList(Phrases.key(od.group("place")).split(" ")) : List.of();
    if (od.matches() && outlets.named(od.group("place")).isEmpty() && !SECTION_WORDS.containsAll(dashed)
        && (dashed.size() == 1 || !GIVEN_NAMES.contains(dashed.get(0))) && !OUTLET_KINDS.contains(dashed.get(0))
        && !CLOSERS.containsAll(dashed)) {
      // "المشهد اليمني - خاص": the exclusive mark after the outlet is no place
      // "عمون - وكالة عمون الإخبارية": the masthead's short name and its full one, no place
      Optional<String> outlet = outlets.named(od.group("outlet"));
      if (outlet.isPresent()) {
        return Optional.of(new Dateline(od.group("place"), outlet, ""));
      }
    }
    Matcher m = OPENING.matcher(p);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    // "الدوحة في 03 نوفمبر /قنا/" (QNA, WAM): the preposition before the day is no part of the place
    String place = m.group("place").replaceFirst("\\s+في$", "");
    String[] placeWords = Phrases.key(place).split(" ");
    if (OUTLET_KINDS.contains(placeWords[placeWords.length - 1])) {
      return Optional.empty(); // "قالت شبكة (سي إن إن) ...": a source named in a sentence, not a place
    }
    String bracketed = m.group("ag1") != null ? m.group("ag1") : m.group("ag2");
    boolean dash = m.group("dash") != null;
    String rest = p.substring(m.end());
    Optional<String> agency = Optional.empty();
    List<String> also = List.of();
    if (bracketed != null && outlets.named(bracketed).isEmpty() && PLACES.contains(Phrases.key(bracketed))
        && masthead(place, ownName) && (dash || Phrases.key(rest).isEmpty())) {
      // "الأخبار (نواكشوط) –": the outlet first and its place in brackets
      return Optional.of(new Dateline(bracketed.strip(), Optional.of(outletName(place)), rest));
    }
    if (bracketed != null) {
      agency = outlets.named(bracketed);
      List<String> listed = agency.isEmpty() ? creditList(bracketed) : List.of();
      if (!listed.isEmpty()) {
        // "الدوحة (الراية، قنا)": the paper and the agency it draws on, both credited
        agency = Optional.of(listed.get(0));
        also = listed.subList(1, listed.size());
      }
      if (agency.isEmpty() && m.group("ag2") != null && Phrases.words(bracketed) <= MAX_REPORTER_WORDS) {
        // Anadolu names its reporter between the place and itself: "أنقرة/ محمد أمين/ الأناضول"
        String after = rest.stripLeading();
        Optional<Outlets.Match> hit = outlets.atStart(Arrays.asList(after.split("\\s+")));
        if (hit.isPresent()) {
          agency = Optional.of(hit.get().credit());
          rest = skipWords(after, hit.get().words());
          rest = rest.substring(lengthOf(AFTER_AGENCY, rest));
        }
      }
      if (agency.isEmpty() && !dash) {
        return Optional.empty();
      }
    }
    if (dash && agency.isEmpty()) {
      List<String> words = Arrays.asList(rest.split("\\s+"));
      int skip = !words.isEmpty() && REPORTER.contains(Phrases.key(words.get(0))) ? 1 : 0;
      Optional<Outlets.Match> hit = outlets.atStart(words.subList(skip, words.size()));
      Matcher quoted = QUOTED_AFTER_DASH.matcher(rest);
      if (hit.isPresent()) {
        agency = Optional.of(hit.get().credit());
        rest = skipWords(rest, skip + hit.get().words());
        rest = rest.substring(lengthOf(AFTER_AGENCY, rest));
      } else if (quoted.lookingAt() && Phrases.words(quoted.group("outlet")) <= MAX_QUOTED_OUTLET_WORDS) {
        // a name the page itself sets in quotation marks after the dash is the outlet, known or not
        String outlet = quoted.group("outlet").strip();
        agency = Optional.of(outlets.named(outlet).orElse(outlet));
        rest = rest.substring(quoted.end());
        Matcher more = FURTHER_AGENCY.matcher(rest);
        if (more.lookingAt() && outlets.named(more.group("outlet")).isPresent()) {
          // "القدس - «الأيام» - وكالات:": the agencies the outlet's report draws on are credited too
          also = List.of(outlets.named(more.group("outlet")).get());
          rest = rest.substring(more.end());
        }
      } else if (QUOTED_OUTLETS.contains(Phrases.key(rest))) {
        // a masthead that is also a word ("الغد") is the outlet when it is all the line holds
        agency = Optional.of(rest.strip().replaceFirst("\\s*[:：.]$", "")); // "إب - التغيير:": the colon is not the name
        rest = "";
      } else {
        List<String> joined = withAgencies(rest, ownName);
        if (!joined.isEmpty()) {
          // "مقديشو - البيان والوكالات": the paper and the agencies its report draws on, all the line holds
          agency = Optional.of(joined.get(0));
          also = joined.subList(1, joined.size());
          rest = "";
        }
      }
    }
    if (bracketed == null && !dash) {
      return Optional.empty();
    }
    if (agency.isEmpty() && (agencyRequired || Phrases.words(rest) < MIN_SENTENCE_WORDS)) {
      return Optional.empty();
    }
    if (dash && bracketed == null && agency.isEmpty()) {
      Optional<Dateline> after = agencyBeforePlace(place, rest);
      if (after.isPresent()) {
        return after;
      }
    }
    if (outlets.named(place).isPresent()) {
      // "رويترز - ..." names a source, not a place; so does a masthead "وكالة الأنباء اليمنية (سبأ)"
      return Optional.empty();
    }
    return Optional.of(new Dateline(place, agency, rest, also));
  }

  /** The outlet, then "و" glued to a second, a comma or a dash, ending the line: "البيان والوكالات", "الخليج، وكالات", "الغد - وكالات". */
  private static final Pattern AND_OUTLET = Pattern.compile(
      "^(?<first>[^\\s:：\\-–—()«»\"“”](?:[^:：\\-–—()«»\"“”،,]{0,38}[^\\s،,\\-–—])?)(?:\\s+و|\\s*[،,]\\s*|\\s+[-–—]\\s+)(?<second>\\S+(?:\\s+\\S+){0,2})\\s*[:.]?\\s*$");

  /**
   * The credits of an outlet and a second one joined by "و", alone after a place's dash, as Gulf papers
   * head a report they wrote from agency copy: "البيان والوكالات", "الشرق، وكالات:" (the paper and the agencies). The
   * first is a known outlet or a masthead that is also a word ({@code ingest/quoted-outlets.tsv}), the
   * second a known outlet. Empty otherwise.
   */
  private List<String> withAgencies(String rest, Predicate<String> ownName) {
    Matcher m = AND_OUTLET.matcher(Phrases.strip(rest));
    if (!m.matches()) {
      return List.of();
    }
    Optional<String> second = outlets.named(m.group("second"));
    String first = m.group("first").strip();
    Optional<String> named = outlets.named(first);
    if (second.isEmpty() || named.isEmpty() && !QUOTED_OUTLETS.contains(Phrases.key(first)) && !ownName.test(first)) {
      return List.of();
    }
    return List.of(named.orElse(first), second.get());
  }

  /**
   * Whether {@code name} is an outlet's masthead and no place: a known outlet, a masthead that is also a
   * word ({@code ingest/quoted-outlets.tsv}) or the name {@code ownName} vouches for as the page's own.
   */
  private boolean masthead(String name, Predicate<String> ownName) {
    String k = Phrases.key(name);
    if (k.isEmpty() || PLACES.contains(k) || COUNTRIES.contains(k)) {
      return false;
    }
    return outlets.named(name).isPresent() || QUOTED_OUTLETS.contains(k) || ownName.test(name.strip());
  }

  /** The credit for an outlet's masthead: as the outlet list names it, or as written. */
  private String outletName(String name) {
    return outlets.named(name).orElse(name.strip());
  }

  /** Names in one bracket set apart by commas: "الاتحاد، وام". */
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[،,]\\s*");
  /** An outlet in such a list that Marsad does not know is taken as written while this short. */
  private static final int MAX_LISTED_NAME_WORDS = 3;

  /**
   * The credits of a bracket naming several outlets, as Gulf papers set their own name beside the
   * agency they draw on: "الدوحة (الراية، قنا)". One name at least must be a known outlet; the others
   * are taken as written when short and neither a place nor a country ("(البرازيل، أ ف ب)" names
   * the country of the place). Empty when the bracket holds one name or anything else.
   */
  private List<String> creditList(String bracketed) {
    String[] pieces = LIST_SEPARATOR.split(bracketed.strip());
    if (pieces.length < 2) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    boolean known = false;
    for (String piece : pieces) {
      Optional<String> named = outlets.named(piece);
      String k = Phrases.key(piece);
      if (named.isPresent()) {
        known = true;
        out.add(named.get());
      } else if (!k.isEmpty() && Phrases.words(k) <= MAX_LISTED_NAME_WORDS && !PLACES.contains(k) && !COUNTRIES.contains(k)
          && piece.chars().noneMatch(Character::isDigit)) {
        out.add(piece.strip());
      } else {
        return List.of();
      }
    }
    return known ? out : List.of();
  }

  /**
   * A place, a full date and the agency ({@link #PLACE_DATE}): the place must be one the gazetteer
   * knows, the date one a page's date line could give, and the agency a known outlet.
   */
  private Optional<Dateline> withDate(String p) {
    Matcher m = PLACE_DATE.matcher(p);
    if (!m.matches()) {
      return Optional.empty();
    }
    String place = m.group("place").replaceFirst("\\s+في$", ""); // "مسقط في 11 ...": the preposition is no part of the place
    if (!PLACES.contains(Phrases.key(place))) {
      return Optional.empty();
    }
    String date = m.group("date");
    String bracketed = m.group("ag") != null ? m.group("ag") : m.group("ag2");
    Optional<String> agency;
    if (bracketed != null) {
      agency = outlets.named(bracketed);
    } else {
      // the words before the agency belong to the date: "2026 م واس"
      List<String> words = Arrays.asList(m.group("last").strip().split("\\s+"));
      Optional<Outlets.Match> hit = outlets.atEnd(words);
      agency = hit.map(Outlets.Match::credit);
      if (hit.isPresent()) {
        date = date + " " + String.join(" ", words.subList(0, words.size() - hit.get().words()));
      }
    }
    if (agency.isEmpty() || dates.read(date.strip()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(place, agency, bracketed != null ? m.group("rest") : ""));
  }

  /**
   * The agency in brackets opening {@code paragraph} where no place stands before it, as Reuters'
   * Arabic copy sometimes begins: "(رويترز) - أعلنت...". Known outlets only.
   */
  Optional<String> agencyAlone(String paragraph) {
    Matcher m = AGENCY_ALONE.matcher(Phrases.strip(paragraph));
    return m.lookingAt() ? outlets.named(m.group("agency")) : Optional.empty();
  }

  /**
   * A place, a dash and a reporter's name on a line of their own, the text on the next line
   * ("الخرطوم- سامي الخطيب"): the place is the dateline, and no outlet is credited. The place must be
   * one the gazetteer ({@code entities/places.tsv}) knows and the name must begin with a given name,
   * so that a club and its player ("الأهلي - محمد صلاح") are not read as one.
   */
  Optional<Dateline> withReporter(String line) {
    Matcher m = OPENING.matcher(Phrases.strip(line));
    if (!m.lookingAt() || m.group("dash") == null || m.group("ag1") != null || m.group("ag2") != null
        || !PLACES.contains(Phrases.key(m.group("place")))) {
      return Optional.empty();
    }
    String[] name = Phrases.key(line.substring(line.indexOf(m.group("place")) + m.group("place").length())).split(" ");
    if (name.length < 2 || name.length > MAX_REPORTER_WORDS || !GIVEN_NAMES.contains(name[0])
        || !Phrases.strip(line).substring(m.end()).matches("[\\p{L}\\p{M}\\s.]+")) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(m.group("place"), Optional.empty(), ""));
  }

  /**
   * A reporter's name with the place in brackets after it, and the paper's handle or mail if any, as
   * Saudi papers sign a report under its headline: "سعد العتيبي (جدة)", "... (الرياض) paper_online@".
   * The name must begin with a given name and the place be one the gazetteer knows, so that an agency
   * with its short form ("وكالة الأنباء الأردنية (بترا)") is no byline.
   */
  Optional<Dateline> reporterWithPlace(String line) {
    Matcher m = REPORTER_PLACE.matcher(Phrases.strip(line));
    if (!m.matches() || !personName(m.group("name")) || !PLACES.contains(Phrases.key(m.group("place")))) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(m.group("place").strip(), Optional.empty(), ""));
  }

  /** Whether {@code line} is a reporter's byline that gives the place: "درعا – حليم محمد", "سعد العتيبي (جدة)". */
  boolean reporterByline(String line) {
    return withReporter(line).isPresent() || reporterWithPlace(line).isPresent();
  }

  /** A name, the place in brackets, then a handle ("@okaz", "okaz_online@") or a mail address. */
  private static final Pattern REPORTER_PLACE = Pattern.compile(
      "^(?<name>[\\p{L}\\p{M}\\s.]+?)\\s*\\((?<place>[^()]{2,30})\\)(?:\\s*(?:@[\\w.]+|[\\w.]+@(?:[\\w\\-]+\\.[\\w.]+)?))?$");

  /**
   * A place the gazetteer knows and nothing else, no dash, no agency: ANHA sets its dateline so on a
   * line of its own above the text ("قامشلو"). Not a country, which a section label names ("سوريا").
   * The caller says where the line stands (under the headline, over the text).
   */
  Optional<Dateline> placeAlone(String line) {
    String s = Phrases.strip(line);
    String k = Phrases.key(s);
    if (!s.matches("[\\p{L}\\p{M} ]+") || Phrases.words(k) > 3 || !PLACES.contains(k) || COUNTRIES.contains(k)) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(s, Optional.empty(), ""));
  }

  /**
   * The site's own name, a dash and a place, alone on a line under the headline ("النورس - الرباط"), as
   * {@link #find} reads it for a known outlet: the outlet Marsad does not know must be vouched for by
   * {@code ownName} (the page's banner or stated outlet names it), the place must be one the gazetteer
   * knows and hold a word no section menu holds.
   */
  Optional<Dateline> outletBeforePlace(String line, Predicate<String> ownName) {
    Matcher od = OUTLET_DASH_FIRST.matcher(Phrases.strip(line));
    if (!od.matches() || !PLACES.contains(Phrases.key(od.group("place")))
        || SECTION_WORDS.containsAll(Arrays.asList(Phrases.key(od.group("place")).split(" ")))
        || Phrases.words(od.group("outlet")) > MAX_OUTLET_WORDS || !ownName.test(od.group("outlet").strip())) {
      return Optional.empty();
    }
    String outlet = od.group("outlet").strip();
    return Optional.of(new Dateline(od.group("place"), Optional.of(outlets.named(outlet).orElse(outlet)), ""));
  }

  /** An outlet named before a place's dash is a few words: "راديو سوا", "مونت كارلو الدولية". */
  private static final int MAX_OUTLET_WORDS = 3;

  /** The outlet's name after the place's dash, and the colon some outlets close it with: "إب - التغيير:". */
  private static final Pattern OUTLET_AFTER_DASH = Pattern.compile(
      "^(?<outlet>" + LETTER + "+(?:\\s+" + LETTER + "+){0,2})\\s*(?<colon>[:：])?$");

  /**
   * A place, a dash and an outlet Marsad does not know, alone on a line above the text, as papers and
   * sites head their own reports: "تعز - الواحة:", "نواكشوط - الضياء" (a writer's name under it).
   * The outlet is taken as written. With its colon the line says what it is; without one the place
   * must be one the gazetteer knows and {@code ownName} must vouch for the outlet (the page names it
   * again, or a writer signs under it). Never a reporter ("الخرطوم- سامي الخطيب"), a second place
   * ("عمان - البلقاء"), a section ("أخبار - محلية") or a known outlet before the dash.
   */
  Optional<Dateline> withOutlet(String line, Predicate<String> ownName) {
    Matcher m = OPENING.matcher(Phrases.strip(line));
    if (!m.lookingAt() || m.group("dash") == null || m.group("ag1") != null || m.group("ag2") != null) {
      return Optional.empty();
    }
    String place = m.group("place");
    Matcher o = OUTLET_AFTER_DASH.matcher(Phrases.strip(line).substring(m.end()));
    if (!o.matches()) {
      return Optional.empty();
    }
    String outlet = o.group("outlet").strip();
    List<String> words = Arrays.asList(Phrases.key(outlet).split(" "));
    if (!placeThenOutlet(place, outlet) || GIVEN_NAMES.contains(words.get(0)) || REPORTER.contains(words.get(0))
        || SECTION_WORDS.containsAll(words)) {
      return Optional.empty();
    }
    boolean vouched = o.group("colon") != null || PLACES.contains(Phrases.key(place)) && ownName.test(outlet);
    return vouched ? Optional.of(new Dateline(place, Optional.of(outlet), "")) : Optional.empty();
  }

  /** A place, a dash, slash or colon, and a name of up to three words, alone on a line: "العقبة - الرأي", "سنجة: الصيحة". */
  private static final Pattern PLACE_THEN_NAME = Pattern.compile(
      "^" + PLACE + "\\s*(?:[-–—]{1,2}|[:：/])\\s*(?<outlet>" + LETTER + "+(?:\\s+" + LETTER + "+){0,2})\\s*[:：]?$");
  /** A place a line heads with the site's own name is this many words at most. */
  private static final int MAX_OWN_PLACE_WORDS = 2;

  /**
   * A place and the site's own name after it, alone on a line, as papers head their own reports with a
   * town the gazetteer may not know ("الطفيلة - الرأي", "كسلا: الصيحة"): {@code ownSite} must say the name
   * is the page's own (its banner or stated outlet), which {@link #withOutlet} does not ask of a place it
   * knows. The place is a word or two and no outlet, reporter, section or given name.
   */
  Optional<Dateline> withOwnOutlet(String line, Predicate<String> ownSite) {
    Matcher m = PLACE_THEN_NAME.matcher(Phrases.strip(line));
    if (!m.matches()) {
      return Optional.empty();
    }
    String place = m.group("place");
    String outlet = m.group("outlet").strip();
    List<String> words = Arrays.asList(Phrases.key(place).split(" "));
    if (!placeThenOutlet(place, outlet) || words.size() > MAX_OWN_PLACE_WORDS || GIVEN_NAMES.contains(words.get(0))
        || REPORTER.contains(words.get(0)) || OUTLET_KINDS.contains(words.get(0)) || CLOSERS.containsAll(words)
        || ownSite.test(place.strip()) || !ownSite.test(outlet)) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(place, Optional.of(outlets.named(outlet).orElse(outlet)), ""));
  }

  /**
   * Whether a place and the outlet after it on one line ({@link #withOutlet}, {@link #withOwnOutlet}) can be
   * read so: the place is no outlet, masthead that is also a word or section menu, the outlet no place or country.
   */
  private boolean placeThenOutlet(String place, String outlet) {
    String p = Phrases.key(place);
    String o = Phrases.key(outlet);
    return outlets.named(place).isEmpty() && !QUOTED_OUTLETS.contains(p) && !SECTION_WORDS.containsAll(Arrays.asList(p.split(" ")))
        && !PLACES.contains(o) && !COUNTRIES.contains(o);
  }

  /**
   * Whether {@code s} is a person's name and nothing else, as a reporter's byline under a dateline:
   * two to four words, the first a given name ({@code entities/given-names.tsv}), letters only.
   */
  static boolean personName(String s) {
    String[] name = Phrases.key(s).split(" ");
    return name.length >= 2 && name.length <= MAX_REPORTER_WORDS && GIVEN_NAMES.contains(name[0])
        && Phrases.strip(s).matches("[\\p{L}\\p{M}\\s.]+");
  }

  /**
   * The agency first and the place after it, each with its dash, as Lebanon's National News
   * Agency opens its copy: "وطنية - بيروت - تظاهر...". The place must be one the gazetteer knows.
   */
  private Optional<Dateline> agencyBeforePlace(String first, String rest) {
    Optional<String> agency = outlets.named(first);
    if (agency.isEmpty() && QUOTED_OUTLETS.contains(Phrases.key(first))) {
      agency = Optional.of(first.strip());
    }
    Matcher m = OPENING.matcher(rest);
    if (agency.isEmpty() || !m.lookingAt() || m.group("dash") == null || m.group("ag1") != null || m.group("ag2") != null
        || !PLACES.contains(Phrases.key(m.group("place"))) || Phrases.words(rest.substring(m.end())) < MIN_SENTENCE_WORDS) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(m.group("place"), agency, rest.substring(m.end())));
  }


  /**
   * A place and its dash on a line of their own, the text on the next line ("بغداد –"): the
   * dateline of the paragraph below it. No agency is named.
   */
  Optional<Dateline> alone(String line) {
    Matcher m = OPENING.matcher(Phrases.strip(line));
    if (!m.matches() || m.group("dash") == null || m.group("ag1") != null || m.group("ag2") != null
        || outlets.named(m.group("place")).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(m.group("place"), Optional.empty(), ""));
  }

  private static String skipWords(String s, int n) {
    String t = s.stripLeading();
    for (int i = 0; i < n; i++) {
      int sp = indexOfSpace(t);
      t = sp < 0 ? "" : t.substring(sp).stripLeading();
    }
    return t;
  }

  private static int indexOfSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lengthOf(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.lookingAt() ? m.end() : 0;
  }
}
