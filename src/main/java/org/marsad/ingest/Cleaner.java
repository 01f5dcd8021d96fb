package org.marsad.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.marsad.doc.Span;
import org.marsad.text.Clitics;
import org.marsad.time.DateLines;

/**
 * Cleans a raw article: finds its headline, date line, credits and dateline, and removes page
 * furniture. Works line by line. The lines before the body (the head) hold banners, menu
 * words, the headline and the date line; the body runs from the first paragraph to the first
 * end marker (related headlines, tags, comments). Lines are kept or dropped whole: the words
 * of the article are never rewritten. Thread-safe: its knowledge is read once, then only read.
 */
public final class Cleaner {

  /**
   * By default, more text than this in one article (some 18,000 Arabic words, ten times a long
   * report) is a page gone wrong: the rest is cut, with a warning. {@code --max-chars} sets it.
   */
  public static final int MAX_TEXT = 100_000;
  /** A headline is at least this many words (menu items and banners are shorter). */
  private static final int MIN_HEADLINE_WORDS = 3;
  private static final int MAX_HEADLINE_WORDS = 30;
  /** A banner naming the site is at most this long. */
  private static final int MAX_BANNER_WORDS = 6;
  /** A summary set above the story (its lead-in, a sentence or two) is at most this long. */
  private static final int MAX_LEAD_WORDS = 30;
  private static final String PARAGRAPH_BREAK = "\n\n";
  /** An ISO day, "2026-03-17": the length of a publication time that has no clock. */
  private static final String DAY = "yyyy-mm-dd";
  /** A paragraph of running prose has at least this many words (a share line or a label has a few). */
  private static final int PROSE_WORDS = 15;

  private final Outlets outlets = new Outlets();
  private final Furniture furniture = new Furniture();
  private final CreditLines creditLines = new CreditLines(outlets);
  private final DatelineFinder datelines = new DatelineFinder(outlets);
  private final LanguageGuesser languages = new LanguageGuesser();
  private final PublicationLines publicationLines = new PublicationLines();
  private final int maxChars;

  public Cleaner() {
    this(MAX_TEXT);
  }

  /** A cleaner that keeps at most {@code maxChars} characters of an article's text. */
  public Cleaner(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("the text limit must be at least one character: " + maxChars);
    }
    this.maxChars = maxChars;
  }

  public CleanArticle clean(RawArticle raw) {
    return new Pass(raw).run();
  }

  /** The state of cleaning one article. */
  private final class Pass {
    private final RawArticle raw;
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> credits = new LinkedHashSet<>();
    /**
     * The site's own name (a banner, the page's stated outlet): a credit only when the article
     * credits no one else, as a source line or an agency names who the words come from.
     */
    private final Set<String> siteCredits = new LinkedHashSet<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final Set<String> captionKeys = new HashSet<>();
    /** Lines the page marks as captions. */
    private final Set<String> markedCaptions = new HashSet<>();
    /** Whether a source line or byline said whose the words are (then the site is not credited with them). */
    private boolean sourceStated;
    private String title;
    private String published;
    /** Whether {@code published} was read from a date line of the page, not given with it. */
    private boolean publishedFromLine;
    private int dateLineParagraph = -1;
    /** The paragraph of the clock line under the headline that gave the date bar's day its hour, or -1. */
    private int clockLineParagraph = -1;
    /** The paragraph of a dateline read in the head ({@link #isOwnDateline}, {@link #isPlaceAlone}), and what it says. */
    private int ownDatelineAt = -1;
    private DatelineFinder.Dateline ownDateline;
    private boolean arabicArticle;
    private String titleKey;
    /** Whether a body paragraph has been read. */
    private boolean hasBody;
    /** The page's first line when short enough to be its masthead ("Le360 بالعربية"), or null. */
    private String mastheadLine;
    /** Head lines passed over only as short or as the headline, with where they stood among the paragraphs. */
    private final List<Held> heldBack = new ArrayList<>();

    Pass(RawArticle raw) {
      this.raw = raw;
    }

    CleanArticle run() {
      Given g = raw.given();
      String text = raw.text();
      warnings.addAll(raw.warnings());
      if (text.length() > maxChars) {
        warnings.add("text cut to its first " + maxChars + " characters of " + text.length() + " (--max-chars)");
        int cut = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        text = text.substring(0, cut); // not between the two halves of a character
      }
      Phrases.Letters letters = Phrases.Letters.of(text);
      arabicArticle = letters.arabic() >= letters.latin();
      title = g.title() == null ? null : Phrases.strip(g.title());
      published = g.published();
      if (g.outlet() != null && !g.outlet().isBlank()) {
        siteCredits.add(outlets.named(g.outlet()).or(() -> namedInParts(g.outlet())).or(() -> partInOwnScript(g.outlet()))
            .orElse(Phrases.strip(g.outlet())));
      }
      boolean titleGiven = title != null;
      for (String c : raw.captions()) {
        String k = Phrases.key(c);
        if (!k.isEmpty()) {
          markedCaptions.add(k);
        }
      }

      List<String> lines = lines(text);
      lines.stream().map(Phrases::strip).filter(l -> !l.isEmpty()).findFirst()
          .filter(l -> Phrases.words(l) <= MAX_BANNER_WORDS).ifPresent(l -> mastheadLine = l);
      readLines(lines, titleGiven);
      if (!hasBody && !heldBack.isEmpty()) {
        restoreHeldBack(nonBlankLines(lines) > heldBack.size());
      }

      String dateline = findDateline();
      if (!sourceStated && siteCredits.isEmpty() && credits.stream().allMatch(outlets::agency)) {
        // also beside a dateline's news agency: "الدوحة - قنا:" heads it, "في تصريحات للراية" is the
        // paper's own; another paper or site in the dateline ("الرباط - هسبريس") is whose the report is
        siteNamedAgain(lines).ifPresent(siteCredits::add);
      }
      if (!sourceStated) {
        // the site's own report (its dateline names an agency, its editors sign off with the agencies'
        // names): the site is credited with them; a source line says whose the words are instead
        Set<String> all = new LinkedHashSet<>();
        for (String site : siteCredits) {
          if (credits.stream().noneMatch(c -> sameOutlet(c, site))) {
            all.add(site); // "صحيفة الشرق الأوسط" above, "«الشرق الأوسط»" in the dateline: one outlet
          }
        }
        all.addAll(credits);
        credits.clear();
        credits.addAll(all);
      }
      if (!titleGiven && title == null) {
        warnings.add("no headline found");
      }
      StringBuilder body = new StringBuilder();
      List<Span> captions = new ArrayList<>();
      for (int p = 0; p < paragraphs.size(); p++) {
        if (p > 0) {
          body.append(PARAGRAPH_BREAK);
        }
        int start = body.length();
        body.append(paragraphs.get(p).text());
        if (paragraphs.get(p).caption()) {
          captions.add(new Span(start, body.length()));
        }
      }
      if (paragraphs.size() == (dateLineParagraph < 0 ? 0 : 1) + (clockLineParagraph < 0 ? 0 : 1)) {
        warnings.add("no article text left after removing page furniture");
      }
      String out = body.toString();
      return new CleanArticle(raw.source(), title, published, List.copyOf(credits), dateline,
          languages.guess(out), out, captions, warnings);
    }

    /**
     * Reads the lines in one pass. The head (before the body) holds banners, menu words, the
     * headline and the date line; the body runs from the first paragraph to the first end
     * marker. A line goes for what it is (furniture, a credit, a banner, a label), never for
     * being short: lines passed over in the head only as menu words or as the headline come
     * back as the text when no body follows them (a wire flash, a post of one line).
     */
    private void readLines(List<String> lines, boolean titleGiven) {
      boolean inBody = false;
      int datelineAloneAt = -1; // the line of a dateline standing alone in the head
      for (int i = 0; i < lines.size(); i++) {
        String s = Phrases.strip(lines.get(i));
        if (s.isEmpty() || !inBody && keepDateLine(s, true)) {
          continue;
        }
        if (!inBody) {
          clockOfTheDay(s);
        }
        Furniture.Kind kind = furniture.classify(s);
        if (inBody && kind == Furniture.Kind.END) {
          if (!proseRead() && proseFollows(lines, i)) {
            continue; // a comments link or a tag label above the article: the cut would remove all its prose
          }
          readTail(lines, i + 1);
          return;
        }
        if (inBody && kind == Furniture.Kind.RELATED_MARKER && onlyHeadlinesAfter(lines, i)) {
          readTail(lines, i + 1);
          return; // "اقرأ أيضا" and a list of headlines closing the page: the article has ended
        }
        if (kind == Furniture.Kind.RELATED_MARKER || kind == Furniture.Kind.LIST_START) {
          i = endOfRelated(lines, i, kind);
          continue;
        }
        if (kind == Furniture.Kind.BANNER) {
          // "موقع ... - سبأ نت" opening the page, "بوابة الأهرام" closing it: the outlet it names is credited,
          // or the masthead after the kind noun when Marsad does not know it ("بوابة الشروق الإلكترونية")
          outletIn(s).or(() -> mastheadWithKind(s)).ifPresent(siteCredits::add);
          continue;
        }
        if (kind == Furniture.Kind.LINE && isCreditLine(s)) {
          continue; // a byline "بقلم: يورونيوز مع أ ف ب": the outlets it names are credited
        }
        if (inBody && isSignOff(s)) {
          continue;
        }
        if (kind != Furniture.Kind.NONE || inBody && keepDateLine(s, false) || !hasLetter(s)) {
          // a date line in figures alone ("2026/03/05 14:30") is read before lines without letters go
          continue;
        }
        if (!inBody && !(furniture.isSectionLabel(s) && !quotes(s)) && (isDatelineAlone(s) || isOwnDateline(lines, i) || isPlaceAlone(lines, i) || isReporterWithPlace(s))) {
          // a menu of section words ("أخبار - الأخبار") is no place and masthead, unless the page
          // sets the outlet in quotation marks ("تونس: «الشرق الأوسط»")
          datelineAloneAt = i;
          continue; // "الرياض/ الأناضول" under the headline: the body may still follow it
        }
        if (!inBody && title != null && datelineAloneAt >= 0 && nextNonBlank(lines, datelineAloneAt) == i && DatelineFinder.personName(s)) {
          // the reporter's name under the dateline ("إيلاف من بغداد", then the name): a byline; not
          // before the headline is read, which may begin with a name ("محمد صلاح يقود ...")
          continue;
        }
        if (isCreditLine(s) || (inBody ? isClosingOutlet(s) : isBanner(s)) || furniture.isSectionLabel(s)) {
          continue;
        }
        if (!hasBody && title != null && Phrases.key(s).equals(titleKey())) {
          holdBack(s); // the headline again
          continue;
        }
        if (isCaption(s)) {
          addCaption(s);
          continue;
        }
        if (!inBody && datelines.find(s, false).isEmpty()) {
          if (title == null && Phrases.words(s) < MIN_HEADLINE_WORDS && !endsSentence(s)) {
            holdBack(s); // a word or two before the headline: a menu item or a label ("أخبار محلية")
            continue;
          }
          if (title == null && otherScript(s) && Phrases.words(s) <= MAX_BANNER_WORDS) {
            holdBack(s); // the site's name in another script under its Arabic one ("Jordan News Agency"): never the headline
            continue;
          }
          if (!titleGiven && title == null && looksLikeHeadline(s) && menuFollows(lines, i)) {
            holdBack(s); // a menu entry of a few words ("عربي ودولي/ الشرق الأوسط") among the one-word ones
            continue;
          }
          if (!titleGiven && title == null && looksLikeHeadline(s)) {
            title = s;
            holdBack(s);
            continue;
          }
        }
        inBody = true;
        hasBody = true;
        paragraphs.add(new Paragraph(s, false));
      }
    }

    /**
     * Whether the lines after line {@code i} are a menu: at least {@link #MENU_LINES} lines of one or
     * two words in a row, not counting share buttons and other furniture, no date line among them. A
     * headline is followed by its date line, a byline or the text, not by a list of section names.
     */
    private boolean menuFollows(List<String> lines, int i) {
      int words = 0;
      for (int j = i + 1; j < lines.size() && words < MENU_LINES; j++) {
        String t = Phrases.strip(lines.get(j));
        if (t.isEmpty() || furniture.classify(t) != Furniture.Kind.NONE) {
          continue;
        }
        if (Phrases.words(t) > 2 || publicationLines.readMeta(t).isPresent()) {
          break;
        }
        words++;
      }
      return words >= MENU_LINES;
    }

    /**
     * The site's name on the page's first line ("القبس" over its menu) when the text names it again as
     * the outlet a source spoke to or its reporter works for ("قال مصدر لـ القبس", "لـ«...»", "لمراسل
     * ..."، "في تصريحات للراية"): the site's own report, beside any agency its dateline names. A word or
     * three, no digits.
     */
    private Optional<String> siteNamedAgain(List<String> lines) {
      int first = 0;
      while (first < lines.size() && blank(lines.get(first))) {
        first++;
      }
      if (first == lines.size()) {
        return Optional.empty();
      }
      String name = Phrases.strip(lines.get(first));
      int words = Phrases.words(name);
      if (words < 1 || words > MAX_SITE_NAME_WORDS || !name.matches("[\\p{L}\\p{M} .]+") || name.equals(title)
          || furniture.classify(name) != Furniture.Kind.NONE || furniture.isSectionLabel(name)) {
        return Optional.empty();
      }
      // "للراية": the preposition takes the article's alif, as Arabic writes "ل" before "ال"
      String glued = Clitics.opensWithArticle(name) && words == 1
          ? "|(?<![\\p{L}\\p{M}])لل" + Pattern.quote(name.substring(2)) : "";
      Pattern again = Pattern.compile(
          "(?:(?:لـ\\s*|ل(?!ال)|مراسل\\p{L}*\\s+)[\"«“]?" + Pattern.quote(name) + glued + ")(?![\\p{L}\\p{M}])");
      for (int p = 0; p < paragraphs.size(); p++) {
        if (!isDateLine(p) && !paragraphs.get(p).caption() && again.matcher(paragraphs.get(p).text()).find()) {
          return Optional.of(name);
        }
      }
      return Optional.empty();
    }

    /**
     * The page after the article's end: a source line set below the related headlines
     * ("المصدر: الجزيرة + وكالات") still says whose the article is. Nothing else there is read.
     */
    private void readTail(List<String> lines, int from) {
      for (int j = from; j < lines.size(); j++) {
        String t = Phrases.strip(lines.get(j));
        if (!t.isEmpty() && furniture.classify(t) == Furniture.Kind.NONE) {
          credited(creditLines.read(t));
        }
      }
    }

    /** Whether a paragraph of running prose has been read (a caption is not the article's prose). */
    private boolean proseRead() {
      for (Paragraph p : paragraphs) {
        if (!p.caption() && prose(p.text())) {
          return true;
        }
      }
      return false;
    }

    /** Whether paragraph {@code p} is the page's date line or the clock line under it. */
    private boolean isDateLine(int p) {
      return p == dateLineParagraph || p == clockLineParagraph;
    }

    /** The key of the headline (set once, never changed), computed once for all the lines compared with it. */
    private String titleKey() {
      if (titleKey == null) {
        titleKey = Phrases.key(title);
      }
      return titleKey;
    }

    /** A head line passed over only for its length or as the headline: the text if no body comes. */
    private void holdBack(String s) {
      heldBack.add(new Held(paragraphs.size(), s));
    }

    /**
     * No body: the lines held back are the article (a flash is its headline). Said in a warning
     * when other lines went as furniture, as they do around a page whose body was lost.
     */
    private void restoreHeldBack(boolean otherLines) {
      List<Paragraph> restored = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      int dateLine = -1;
      int clockLine = -1;
      int h = 0;
      for (int p = 0; p <= paragraphs.size(); p++) {
        for (; h < heldBack.size() && heldBack.get(h).at() == p; h++) {
          String line = heldBack.get(h).line();
          if (seen.add(Phrases.key(line))) { // the headline given again is the headline once
            restored.add(new Paragraph(line, false));
          }
        }
        if (p < paragraphs.size()) {
          dateLine = p == dateLineParagraph ? restored.size() : dateLine;
          clockLine = p == clockLineParagraph ? restored.size() : clockLine;
          restored.add(paragraphs.get(p));
        }
      }
      paragraphs.clear();
      paragraphs.addAll(restored);
      dateLineParagraph = dateLine;
      clockLineParagraph = clockLine;
      if (otherLines) {
        warnings.add("no body found after removing page furniture; the text is the headline and the lines before it");
      }
    }

    /** A line naming the outlet, or outlets run together, and nothing else: "روسيا اليوم", "اندبندنت عربية ووكالات". */
    private boolean isClosingOutlet(String s) {
      if (Phrases.words(Phrases.key(s)) > MAX_BANNER_WORDS) {
        return false; // a paragraph that ends with its source in brackets "(سي آن آن)" is the article's
      }
      return credited(creditLines.knownNames(s));
    }

    /** The place opening the first paragraph, or the second when an agency is named with it. */
    private String findDateline() {
      int seen = 0;
      boolean lead = false;
      int again = headlineAgain();
      for (int p = 0; p < paragraphs.size() && seen < 2; p++) {
        if (paragraphs.get(p).caption() || isDateLine(p) && p != ownDatelineAt) {
          continue;
        }
        String text = paragraphs.get(p).text();
        if (p <= again) {
          // the page's top above its headline given again: only a dateline with its agency counts there
          Optional<DatelineFinder.Dateline> top = p == ownDatelineAt ? Optional.of(ownDateline) : datelines.find(text, true, this::ownSite);
          if (top.isPresent() && Phrases.key(top.get().rest()).isEmpty()) {
            top.get().agency().ifPresent(credits::add);
            credits.addAll(top.get().also());
            return top.get().place();
          }
          continue;
        }
        Optional<DatelineFinder.Dateline> d = p == ownDatelineAt ? Optional.of(ownDateline) : datelines.find(text, seen > 0 && !lead, this::ownSite);
        if (d.isEmpty()) {
          // the site's own name and a place, all the paragraph holds, under a meta line the head did not read
          // or under a reporter's name that began the body ("القنيطرة – نورث برس")
          d = datelines.outletBeforePlace(text, this::ownSite).or(() -> datelines.withOutlet(text, this::ownSite));
        }
        if (d.isEmpty() && seen == 0 && p + 1 < paragraphs.size()) {
          d = datelines.alone(text).or(() -> datelines.withReporter(text));
        }
        if (d.isEmpty() && seen == 0) {
          Optional<String> agency = datelines.agencyAlone(text);
          if (agency.isPresent()) {
            credits.add(agency.get()); // "(رويترز) - ...": the agency, and no place
            return null;
          }
        }
        // a short first paragraph is a summary set above the story ("تقرير يرصد ..."): the
        // dateline may open the next one without an agency
        lead = seen == 0 && Phrases.words(text) <= MAX_LEAD_WORDS;
        seen++;
        if (d.isPresent()) {
          d.get().agency().ifPresent(credits::add);
          credits.addAll(d.get().also());
          return d.get().place();
        }
      }
      return null;
    }

    /** The page's top holds at most this many lines before the headline given again (a strip, a ticker, a section). */
    private static final int TOP_LINES = 3;

    /**
     * The paragraph that is the headline given again under the page's top (a saved page's title, then
     * its site strip and ticker, then its h1), when only short lines stand before it; else -1.
     */
    private int headlineAgain() {
      if (title == null) {
        return -1;
      }
      for (int p = 0; p < paragraphs.size() && p <= TOP_LINES; p++) {
        String text = paragraphs.get(p).text();
        if (Phrases.key(text).equals(titleKey())) {
          return p;
        }
        if (prose(text)) {
          return -1;
        }
      }
      return -1;
    }

    /**
     * True for a publication date line. The first one gives {@code published} (unless the input
     * gave it) and stays in the text as its own paragraph: it is the article's own words, and
     * the time-expression layer reads it there. Repeats of it are dropped. In the head, a meta line
     * with the date between the byline and the section is one too ({@link PublicationLines#readMeta}).
     */
    private boolean keepDateLine(String s, boolean head) {
      Optional<String> date = head ? publicationLines.readMeta(s) : publicationLines.read(s);
      if (date.isEmpty()) {
        return false;
      }
      if (published == null) {
        published = date.get();
        publishedFromLine = true;
      } else if (publishedFromLine && head && sameDayWithClock(published, date.get()) && !publicationLines.withLead(s)) {
        // a date bar gives today's date above the headline, the bare time line under it the hour of that
        // day; a line that says what its time is ("آخر تحديث: ...") may be another time of that day.
        // It stays in the text: the time-expression layer reads the hour there
        published = date.get();
        if (clockLineParagraph < 0 && dateLineParagraph >= 0) {
          clockLineParagraph = paragraphs.size();
          paragraphs.add(new Paragraph(s, false));
        }
      }
      if (dateLineParagraph < 0) {
        dateLineParagraph = paragraphs.size();
        paragraphs.add(new Paragraph(s, false));
        if (head) {
          datelineBesideDate(s);
        }
      }
      return true;
    }

    /**
     * The dateline in the other part of a meta line, its place and outlet before the date ("الرباط - النورس
     * | 08/12/2026 21:40", {@link DateLines#partOf}): read as it would be alone on its line,
     * an agency known or the site's own name vouched for by the page.
     */
    private void datelineBesideDate(String s) {
      if (ownDatelineAt >= 0 || publicationLines.read(s).isPresent()) {
        return; // a date line as it stands has no other part
      }
      Optional<DateLines.Part> part = DateLines.partOf(s);
      if (part.isEmpty()) {
        return;
      }
      String other = (s.substring(0, part.get().start()) + " " + s.substring(part.get().end()))
          .replaceAll("^[\\s|]+|[\\s|]+$", "");
      if (other.isEmpty() || other.contains("|")) {
        return;
      }
      Optional<DatelineFinder.Dateline> d = datelines.find(other, true, this::ownSite).filter(x -> Phrases.key(x.rest()).isEmpty())
          .or(() -> datelines.withOutlet(other, this::ownSite))
          .or(() -> datelines.outletBeforePlace(other, this::ownSite));
      d.ifPresent(x -> {
        ownDatelineAt = dateLineParagraph;
        ownDateline = x;
      });
    }

    /**
     * A clock time in the head under a date bar that gives the day alone: the hour of that day, on a
     * line of its own ("09:40 ص") or after the dateline beside it ("إسلام آباد- (وكالات) 09:40 ص", Al-Ghad).
     * The line stays what it is; only the publication time takes the hour.
     */
    private void clockOfTheDay(String s) {
      if (!publishedFromLine || published == null || published.indexOf('T') >= 0 || published.length() != DAY.length()) {
        return;
      }
      DateLines.clockAtEnd(s)
          .filter(c -> c.before().isEmpty() || datelines.find(c.before(), true).filter(d -> Phrases.key(d.rest()).isEmpty()).isPresent())
          .ifPresent(c -> published = published + "T" + c.time());
    }

    /** Whether {@code later} is the day {@code day} gives, with a clock time that {@code day} lacks. */
    private static boolean sameDayWithClock(String day, String later) {
      return day.indexOf('T') < 0 && later.startsWith(day + "T");
    }

    /**
     * A dateline with its agency on a line of its own ("دمشق-سانا:"): it stays in the text,
     * where {@link #findDateline} reads it, but does not end the head.
     */
    private boolean isDatelineAlone(String s) {
      Optional<DatelineFinder.Dateline> d = datelines.find(s, true, this::ownSite);
      if (d.isEmpty() || !Phrases.key(d.get().rest()).isEmpty()) {
        return false;
      }
      paragraphs.add(new Paragraph(s, false));
      return true;
    }

    /**
     * A place, a dash and the site's own name on line {@code i}, the text below ("إب - التغيير:",
     * {@link DatelineFinder#withOutlet}): it stays in the text, where {@link #findDateline} reads it.
     * The site's name is vouched for by a head line or the page's stated outlet naming it, or by a
     * writer's name on the next line.
     */
    private boolean isOwnDateline(List<String> lines, int i) {
      String s = Phrases.strip(lines.get(i));
      Predicate<String> own = name -> {
        String k = Phrases.key(name);
        return DatelineFinder.personName(Phrases.strip(lines.get(nextNonBlank(lines, i))))
            || heldBack.stream().anyMatch(h -> Phrases.key(h.line()).equals(k))
            || ownSite(name);
      };
      return keptAsDateline(datelines.withOutlet(s, own).or(() -> datelines.outletBeforePlace(s, own))
          .or(() -> datelines.withOwnOutlet(s, this::ownSite)), s);
    }

    /**
     * A place alone on line {@code i}, under the headline and over a paragraph of prose that opens with
     * no dateline of its own ({@link DatelineFinder#placeAlone}): the dateline, kept in the text.
     */
    private boolean isPlaceAlone(List<String> lines, int i) {
      if (title == null || ownDatelineAt >= 0) {
        return false;
      }
      String next = Phrases.strip(lines.get(nextNonBlank(lines, i)));
      Optional<DatelineFinder.Dateline> d = datelines.placeAlone(lines.get(i));
      if (!prose(next) || datelines.find(next, false).isPresent()) {
        return false;
      }
      return keptAsDateline(d, Phrases.strip(lines.get(i)));
    }

    /**
     * A reporter's byline with the place in brackets under the headline ("سعد العتيبي (جدة)",
     * {@link DatelineFinder#reporterWithPlace}): the place is the dateline; the line stays in the text.
     */
    private boolean isReporterWithPlace(String s) {
      if (title == null || ownDatelineAt >= 0) {
        return false;
      }
      return keptAsDateline(datelines.reporterWithPlace(s), s);
    }

    /** Whether {@code name} is the site's own, as the page's banner, stated outlet or title beside its headline names it. */
    private boolean ownSite(String name) {
      String inTitle = raw.given().siteInTitle();
      return siteCredits.stream().anyMatch(site -> sameOutlet(site, name)) || inTitle != null && sameOutlet(inTitle, name)
          || mastheadLine != null && opens(mastheadLine, name);
    }

    /** The dateline {@code d} read on {@code line}, if any, taken as the article's own; the line stays in the text. */
    private boolean keptAsDateline(Optional<DatelineFinder.Dateline> d, String line) {
      if (d.isEmpty()) {
        return false;
      }
      ownDatelineAt = paragraphs.size();
      ownDateline = d.get();
      paragraphs.add(new Paragraph(line, false));
      return true;
    }

    private static boolean quotes(String s) {
      return s.indexOf('«') >= 0 || s.indexOf('"') >= 0 || s.indexOf('“') >= 0;
    }

    private boolean isCreditLine(String s) {
      return creditedBeforeDate(s) || credited(creditLines.read(s));
    }

    /**
     * A credit line with the publication date after it on the same line, set apart by blanks only
     * ('المصدر: "الصحيفة"  05-11-2026 | 18:32'): the outlets before the date are credited, and the
     * date stays in the text as a date line would ({@link #keepDateLine}). The date is the longest
     * end of the line that reads as one.
     */
    private boolean creditedBeforeDate(String s) {
      if (s.chars().noneMatch(Character::isDigit)) {
        return false;
      }
      for (int i = s.indexOf(' '); i > 0; i = s.indexOf(' ', i + 1)) {
        String date = s.substring(i).strip();
        if (!date.isEmpty() && Character.isDigit(date.charAt(0)) && publicationLines.read(date).isPresent()) {
          Optional<List<String>> names = creditLines.read(s.substring(0, i));
          if (names.isEmpty()) {
            return false;
          }
          credited(names);
          keepDateLine(date, false);
          return true;
        }
      }
      return false;
    }

    /** Whether a line named who the words come from; if so, they are credited. */
    private boolean credited(Optional<List<String>> names) {
      names.ifPresent(credits::addAll);
      sourceStated |= names.isPresent();
      return names.isPresent();
    }

    /**
     * The editors' initials and the agencies in brackets closing a report, as Deutsche Welle
     * signs off ("ع.ح/ ع.ش (أ ف ب، رويترز)"): the agencies are credited with the site, and the line
     * is no part of the text.
     */
    private boolean isSignOff(String s) {
      Optional<List<String>> agencies = creditLines.signOff(s);
      agencies.ifPresent(credits::addAll);
      return agencies.isPresent();
    }

    /**
     * A site banner before the headline that the furniture list does not name: an outlet's
     * name, "... - سبأ نت". Callers have already classified the line as no furniture.
     */
    private boolean isBanner(String s) {
      Optional<String> named = outlets.named(s);
      if (named.isPresent()) {
        siteCredits.add(named.get());
        return true;
      }
      if (outlets.agencyByForm(s)) {
        siteCredits.add(s.strip()); // "وكالة أنباء هاوار" above the headline: an agency's masthead, credited as written
        return true;
      }
      Optional<String> strip = siteStrip(s);
      if (strip.isPresent()) {
        siteCredits.add(strip.get());
        return true;
      }
      if (Phrases.words(s) <= MAX_BANNER_WORDS && Arrays.stream(s.split("\\s+[|/\\-–—]\\s+|\\s*\\|\\s*"))
          .anyMatch(part -> HOST.matcher(part.strip()).matches())) {
        // "新华网 | arabic.news.cn": the site's name beside its host name is a banner, not the headline
        namedInParts(s).ifPresent(siteCredits::add);
        return true;
      }
      Optional<String> masthead = mastheadWithKind(s).or(() -> nameWithTagline(s));
      if (masthead.isPresent()) {
        siteCredits.add(masthead.get());
        return true;
      }
      Optional<List<String>> several = creditLines.knownNames(s);
      if (several.isPresent() && several.get().size() > 1) {
        credits.addAll(several.get()); // a byline of outlets run together: "اندبندنت عربية ووكالات"
        return true;
      }
      String k = Phrases.key(s);
      if (Phrases.words(k) > MAX_BANNER_WORDS || s.contains(":")) {
        return false;
      }
      Optional<String> hit = outletIn(s);
      hit.ifPresent(siteCredits::add);
      return hit.isPresent();
    }

    /**
     * The site's strip across the page's top, its name first and the other parts short after bars,
     * as agencies set it with their name in another script and their languages: "وكالة الأنباء
     * الجزائرية | Algérie Presse Service | عربي Français English". The first part must name a known
     * outlet, or a part the outlet the page states; a headline with the site after it ("... | الجزيرة") is not one.
     */
    private Optional<String> siteStrip(String s) {
      String[] parts = s.split("\\s*\\|\\s*");
      if (parts.length < 2 || Arrays.stream(parts).anyMatch(p -> Phrases.words(p) > MAX_BANNER_WORDS)) {
        return Optional.empty();
      }
      for (String part : parts) {
        String k = Phrases.key(part);
        Optional<String> stated = siteCredits.stream().filter(site -> Phrases.key(site).equals(k)).findFirst();
        if (stated.isPresent()) {
          return stated; // the name the page states, in whichever part: one outlet, one credit
        }
      }
      Optional<String> known = outlets.named(parts[0]);
      if (known.isPresent() || parts.length != 2) {
        return known;
      }
      return latinTwin(parts[0], parts[1]).or(() -> latinTwin(parts[1], parts[0]));
    }

    /**
     * The site's name beside its Latin twin, as a masthead sets them apart by a bar: "الراي | ALRAI",
     * "عكاظ | OKAZ". Only names: a few words each, one all Arabic letters, the other all Latin, no
     * colon; the Arabic name is credited, as the outlet list names it or as written.
     */
    private Optional<String> latinTwin(String arabic, String latin) {
      Phrases.Letters a = Phrases.Letters.of(arabic);
      Phrases.Letters l = Phrases.Letters.of(latin);
      if (a.arabic() == 0 || a.latin() > 0 || l.latin() == 0 || l.arabic() > 0 || arabic.contains(":") || latin.contains(":")
          || Phrases.words(arabic) > MAX_TWIN_WORDS || Phrases.words(latin) > MAX_TWIN_WORDS) {
        return Optional.empty();
      }
      // "صحيفة الأيام البحرينية | Alayam": the paper by its name, without its kind noun and origin
      return Optional.of(outlets.named(arabic).or(() -> mastheadWithKind(arabic)).orElse(arabic.strip()));
    }

    /** Whether the line being read is the page's first: no headline, paragraph, held-back line or site name read yet. */
    private boolean firstLine() {
      return title == null && paragraphs.isEmpty() && heldBack.isEmpty() && siteCredits.isEmpty();
    }

    /**
     * The site's name and the tagline that says what it is, on the page's first line, apart by a dash
     * or a bar: "الوسط - صحيفة يومية مستقلة", "X | أول صحيفة إلكترونية في الجنوب", "X - الموقع الرسمي". The
     * tagline names the outlet's kind ({@code ingest/outlet-kinds.tsv}); the name is a few words. Not
     * after a colon: "عراقجي: ... الوكالة الذرية ..." is a headline.
     */
    private Optional<String> nameWithTagline(String s) {
      if (!firstLine() || s.contains(":")) {
        return Optional.empty();
      }
      String[] parts = s.strip().split("\\s+[\\-–—|]\\s+|\\s*\\|\\s*", 2);
      if (parts.length != 2 || Phrases.words(parts[0]) > MAX_SITE_NAME_WORDS || Phrases.words(parts[1]) > MAX_TAGLINE_WORDS
          || !parts[0].matches("[\\p{L}\\p{M} .]+")) {
        return Optional.empty();
      }
      for (String w : Phrases.key(parts[1]).split(" ")) {
        if (DatelineFinder.outletKind(w) || DatelineFinder.outletKind(Clitics.withoutArticle(w))) {
          return Optional.of(outlets.named(parts[0]).orElse(parts[0].strip()));
        }
      }
      return Optional.empty();
    }

    /**
     * A masthead after the noun of its kind, with at most a definite adjective of origin after it, as
     * a paper sets its name under its logo: "جريدة الأيام الفلسطينية", "صحيفة الوطن السعودية", or with its
     * country after a dash ("جريدة الوطن - سلطنة عُمان"). The name must be a known outlet or a masthead
     * that is also a word ({@code ingest/quoted-outlets.tsv}), or one definite word when the paper's origin follows.
     */
    private Optional<String> mastheadWithKind(String s) {
      String[] dashed = s.strip().split("\\s+[\\-–—]\\s+");
      boolean origin = dashed.length == 2 && DatelineFinder.knownPlace(dashed[1]);
      if (origin) {
        s = dashed[0]; // "جريدة الوطن - سلطنة عمان": the paper, a dash and the country it is from
      }
      String[] w = s.strip().split("\\s+");
      if (w.length < 2 || w.length > MAX_MASTHEAD_WORDS || !DatelineFinder.outletKind(w[0])) {
        return Optional.empty();
      }
      int end = w.length;
      if (end > 2 && NISBA.matcher(Phrases.key(w[end - 1])).matches()) {
        end--; // "الفلسطينية": where the paper is from
        origin = true;
      }
      String name = String.join(" ", Arrays.asList(w).subList(1, end));
      Optional<String> known = outlets.named(name);
      if (known.isPresent()) {
        return known;
      }
      if (DatelineFinder.wordMasthead(name)) {
        return Optional.of(name);
      }
      // "صحيفة المرصد الليبية", "جريدة المرصد - ليبيا": one definite word between the kind noun and where
      // the paper is from is a masthead even when Marsad does not know the paper; no headline is so bare.
      // So is the kind noun and one definite word alone on the page's first line ("صحيفة السوداني" over its menu).
      boolean bare = origin || firstLine();
      return bare && end == 2 && Clitics.opensWithArticle(name) && name.matches("[\\p{L}\\p{M}]+") ? Optional.of(name) : Optional.empty();
    }

    /** A site's name in two languages, "فرانس 24 / France 24", "الجزيرة نت | Al Jazeera": the first part an outlet names. */
    private Optional<String> namedInParts(String siteName) {
      for (String part : siteName.split("\\s[/|\\-–]\\s")) {
        Optional<String> named = outlets.named(part);
        if (named.isPresent()) {
          return named;
        }
      }
      return Optional.empty();
    }

    /**
     * Of a site's name in two scripts that no part of names a known outlet ("The X Observer | X أوبزرفر"),
     * the part written in the article's own script, as the article's credits are.
     */
    private Optional<String> partInOwnScript(String siteName) {
      String[] parts = siteName.split("\\s[/|\\-–]\\s");
      if (parts.length != 2) {
        return Optional.empty();
      }
      Phrases.Letters first = Phrases.Letters.of(parts[0]);
      Phrases.Letters second = Phrases.Letters.of(parts[1]);
      boolean firstArabic = first.arabic() > first.latin();
      if (firstArabic == second.arabic() > second.latin()) {
        return Optional.empty(); // one script: a name and its tagline, not one name twice
      }
      return Optional.of(Phrases.strip(parts[firstArabic == arabicArticle ? 0 : 1]));
    }

    private Optional<String> outletIn(String s) {
      List<String> words = Arrays.asList(Phrases.key(s).split(" "));
      return outlets.atEnd(words).or(() -> outlets.atStart(words)).map(Outlets.Match::credit);
    }

    /** Whether a line of an Arabic article is written in Latin letters, as no Arabic headline is. */
    private boolean otherScript(String s) {
      Phrases.Letters letters = Phrases.Letters.of(s);
      return arabicArticle && letters.latin() > letters.arabic();
    }

    /** A photo caption: marked as one by the page, or a line of Latin prose in an Arabic article. */
    private boolean isCaption(String s) {
      return markedCaptions.contains(Phrases.key(s)) || (arabicArticle && Phrases.Letters.of(s).latinProse());
    }

    private void addCaption(String s) {
      if (captionKeys.add(Phrases.key(s))) {
        paragraphs.add(new Paragraph(s, true));
      }
    }
  }

  private record Held(int at, String line) {}

  /** A host name: "arabic.news.cn", "www.example.com". */
  private static final Pattern HOST = Pattern.compile(
      "(?i)(?:www\\.)?[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,6}");
  /** A definite adjective of origin, normalised: "الفلسطينيه", "السعودي". */
  private static final Pattern NISBA = Pattern.compile("ال\\p{L}{2,}(?:يه|ي)");
  /** A masthead with its kind noun and an adjective is at most this many words. */
  private static final int MAX_MASTHEAD_WORDS = 4;
  /** A site's tagline after its name is at most this many words: "أول صحيفة إلكترونية في جنوب البلاد". */
  private static final int MAX_TAGLINE_WORDS = 8;
  /** A site's name and its Latin twin are at most this many words each: "مونت كارلو الدولية | Monte Carlo Doualiya". */
  private static final int MAX_TWIN_WORDS = 3;

  /** Whether {@code line} begins with the words of {@code name}: "Le360 بالعربية" with "Le360". */
  private static boolean opens(String line, String name) {
    String k = Phrases.key(name);
    return !k.isEmpty() && (Phrases.key(line) + " ").startsWith(k + " ");
  }

  /** Whether two credits name one outlet, one in more words than the other ("صحيفة الشرق الأوسط", "الشرق الأوسط"). */
  private static boolean sameOutlet(String a, String b) {
    String x = " " + Phrases.key(a) + " ";
    String y = " " + Phrases.key(b) + " ";
    return x.contains(y) || y.contains(x);
  }

  /** A line kept as a paragraph of the text, and whether it is a photo caption. */
  private record Paragraph(String text, boolean caption) {}

  /** The lines of a text, split at any line break ({@code \\R}: CR LF, LF, CR, VT, FF, NEL, LS, PS). */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  private static int nonBlankLines(List<String> lines) {
    int n = 0;
    for (String l : lines) {
      if (!blank(l)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether more than one line follows line {@code i} and every one of them to the end of the text
   * is a headline (no sentence's end, few commas): the related list a page closes with, not a
   * single headline set into the body before more paragraphs. The list may run into the page's
   * footer instead of its end ("اقرأ أيضا", headlines, "تعليقات"): then one headline is enough, and
   * share buttons between them are passed over.
   */
  private boolean onlyHeadlinesAfter(List<String> lines, int i) {
    int[] headlines = {0};
    Ahead stop = walkAhead(lines, i, (t, kind) -> {
      if (kind != Furniture.Kind.NONE) {
        return true; // a share button between the headlines
      }
      headlines[0]++;
      return looksLikeHeadline(t);
    });
    return switch (stop) {
      case END_MARKER -> headlines[0] >= 1;
      case TEXT_END -> headlines[0] > 1;
      case STOPPED -> false;
    };
  }

  /**
   * A paragraph of running prose: a sentence or more, longer than any label, menu or share line
   * and not set as a headline.
   */
  private static boolean prose(String s) {
    return Phrases.words(s) >= PROSE_WORDS && !looksLikeHeadline(s);
  }

  /**
   * Whether running prose follows line {@code i} before the next end marker: an end marker
   * above it is the page's head (a comments link, a tags label), not the article's end.
   */
  private boolean proseFollows(List<String> lines, int i) {
    return walkAhead(lines, i, (t, kind) -> !prose(t)) == Ahead.STOPPED;
  }

  /** Where a walk over the lines after a line ended. */
  private enum Ahead { END_MARKER, TEXT_END, STOPPED }

  /**
   * Walks the lines after line {@code i}, blank ones passed over, each stripped and with its furniture
   * kind, until an end marker, the end of the text, or a line {@code go} says stop at.
   */
  private Ahead walkAhead(List<String> lines, int i, BiPredicate<String, Furniture.Kind> go) {
    for (int j = i + 1; j < lines.size(); j++) {
      String t = Phrases.strip(lines.get(j));
      if (t.isEmpty()) {
        continue;
      }
      Furniture.Kind kind = furniture.classify(t);
      if (kind == Furniture.Kind.END) {
        return Ahead.END_MARKER;
      }
      if (!go.test(t, kind)) {
        return Ahead.STOPPED;
      }
    }
    return Ahead.TEXT_END;
  }

  private static boolean looksLikeHeadline(String s) {
    int words = Phrases.words(s);
    if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS) {
      return false;
    }
    if (endsSentence(s) || sentenceStop(s)) {
      return false;
    }
    // a headline has a comma at most; a sentence with its period lost has its clauses' commas
    int commas = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '،' || s.charAt(i) == ',') {
        commas++;
      }
    }
    return commas < 2;
  }

  /**
   * Whether a period inside the line ends a sentence: ". " after a word, not the two dots Arabic
   * headlines set between their topic and their news ("نيجيريا.. مسلحون يختطفون").
   */
  private static boolean sentenceStop(String s) {
    for (int i = s.indexOf(". "); i >= 0; i = s.indexOf(". ", i + 1)) {
      if (i == 0 || s.charAt(i - 1) != '.') {
        return true;
      }
    }
    return false;
  }

  /** Whether a line ends as a sentence or clause does, not as a headline or label. */
  private static boolean endsSentence(String s) {
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '،' || last == ',' || last == ':' || last == '؛';
  }

  /**
   * The last line of a related-headlines block: the headline after a "read also" marker, or a
   * whole list widget ("list of 2 items" ... "end of list"), right after the marker or alone.
   */
  private int endOfRelated(List<String> lines, int i, Furniture.Kind kind) {
    int start = kind == Furniture.Kind.LIST_START ? i : nextNonBlank(lines, i);
    if (furniture.classify(lines.get(start)) != Furniture.Kind.LIST_START) {
      return start;
    }
    for (int j = start + 1; j < lines.size() && j <= start + MAX_LIST_LINES; j++) {
      if (furniture.classify(lines.get(j)) == Furniture.Kind.LIST_END) {
        return j;
      }
    }
    return start; // no end in sight: only the opening line goes
  }

  /** A site's name on the page's first line is at most this many words ("القبس", "إرم نيوز"). */
  private static final int MAX_SITE_NAME_WORDS = 3;
  /** Lines of a word or two in a row that make a menu (a section and a byline under a headline make two). */
  private static final int MENU_LINES = 3;
  /** The most lines a list widget may hold before its end; past it the list is not believed. */
  private static final int MAX_LIST_LINES = 40;

  private static int nextNonBlank(List<String> lines, int i) {
    int j = i + 1;
    while (j < lines.size() && blank(lines.get(j))) {
      j++;
    }
    return Math.min(j, lines.size() - 1);
  }

  /** Whether a line holds nothing but white space and invisible marks. */
  private static boolean blank(String line) {
    return Phrases.strip(line).isEmpty();
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
