package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a saved news page: headline, date and outlet from its metadata ({@link PageMetadata})
 * where present, and the body from its main text ({@link MainText}), flattened to one block a
 * line for the {@link Cleaner}. Where the page has no headline metadata, its {@code h1} opens
 * the text so the Cleaner finds it. A headline is kept as the page writes it, quotation marks
 * and all.
 */
final class HtmlExtractor {

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

  /** Main text shorter than this is read again without pruning by class names. */
  private static final int RETRY_BELOW = 500;

  /**
   * A body in the page's JSON-LD this many times longer than the text read from its HTML is the
   * article where the HTML's was missed (a page whose text a script writes in).
   */
  private static final int LD_BODY_OVER = 2;

  private HtmlExtractor() {}

  /** The charset a page declares in its first bytes, if it does. */
  static String declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** Whether the page ends inside a tag: a file cut short. */
  static boolean truncated(String html) {
    String t = html.stripTrailing();
    return t.lastIndexOf('<') > t.lastIndexOf('>');
  }

  static RawArticle extract(String source, String html, List<String> warnings) {
    Document doc = Jsoup.parse(html);
    PageMetadata meta = PageMetadata.read(doc);
    String outlet = meta.outlet();
    if (outlet == null || outlet.isBlank()) {
      // no og:site_name nor publisher: "Headline - فرانس 24" in <title> still says whose page it is
      outlet = siteNameOf(doc.title()).or(() -> Optional.ofNullable(meta.title()).flatMap(HtmlExtractor::siteNameOf))
          .orElse(outlet);
    }
    Element h1 = doc.selectFirst("h1");
    String h1Text = h1 == null ? null : h1.text().strip();
    // "صدى الرافدين | Headline" over an h1 "Headline": what the title sets beside the headline names the site
    String siteInTitle = outlet == null || outlet.isBlank() ? siteBesideHeadline(doc.title(), h1Text).orElse(null) : null;
    String title = meta.title();
    String url = meta.url();
    if (title != null) {
      title = withoutSiteName(title, outlet);
    }
    if (title != null && h1Text != null && !h1Text.isEmpty() && siteNameOnly(title, outlet)) {
      title = null; // an og:title that is the site's name and nothing else: the page's h1 is the headline
    }
    if (title != null && h1Text != null && (longerVersionOf(title, h1Text) || sameWords(title, h1Text))) {
      // "Headline | a site Marsad does not know", or the headline with its quotation marks
      // dropped from the metadata: the page's own h1 is the headline as written
      title = h1Text;
    }
    Optional<String> ldBody = PageMetadata.jsonLdBody(doc);
    Optional<String> byline = datelineByline(doc); // read before the byline goes with the furniture
    Optional<String> signOff = signOff(doc);
    List<Element> order = meta.published() == null ? doc.getAllElements() : List.of();
    Optional<Element> dated = dateElement(doc).or(() -> meta.published() == null ? dateBar(doc) : Optional.empty());
    Optional<String> bylineDate = dated.isPresent() ? Optional.empty() : dateInByline(doc);
    // the date's ancestors as the page has them, before the furniture is pruned (a byline box may go)
    List<Element> datedIn = dated.map(e -> (List<Element>) e.parents()).orElse(List.of());

    List<Element> main = mainText(doc, true);
    List<String> lines = new ArrayList<>();
    if (title == null && h1Text != null && !h1Text.isEmpty()) {
      lines.add(h1Text);
    } else if (title == null && !doc.title().isBlank()) {
      lines.add(withoutSiteName(doc.title(), outlet));
    }
    int head = lines.size();
    for (Element e : main) {
      lines.addAll(flatten(e));
    }
    if (length(lines) - (head == 0 ? 0 : lines.get(0).length()) < RETRY_BELOW) {
      // widget names can mislead (a theme calls every block a "widget"): read again without them
      List<Element> again = mainText(Jsoup.parse(html), false);
      List<String> more = new ArrayList<>(lines.subList(0, head));
      for (Element e : again) {
        more.addAll(flatten(e));
      }
      if (length(more) > 2 * length(lines)) {
        lines = more;
      }
    }
    if (signOff.isPresent() && !lines.contains(signOff.get())) {
      lines = new ArrayList<>(lines);
      lines.add(signOff.get()); // under the article, where a page copied as text has it
    }
    if (byline.isPresent() && !lines.contains(byline.get())) {
      lines = new ArrayList<>(lines);
      // under the headline, where a page copied as text has it; a place with its reporter, which the
      // Cleaner reads as the first paragraph, after the headline's own lines
      boolean reporter = SiteNames.DATELINES.reporterByline(byline.get());
      int at = reporter ? after(lines, h1Text, head) : head;
      lines.add(at, byline.get());
      String date = dated.map(e -> e.text().strip()).orElse("");
      if (!date.isEmpty() && !lines.contains(date) && datedIn.stream().anyMatch(p -> bylineHolding(p, byline.get()))) {
        lines.add(at + 1, date); // the bar's other cell, its time ("الحرة - بانكوك" | "25 أغسطس، 2026 الساعة 15:05")
      }
    }
    if (dated.isPresent() && !main.isEmpty() && dateLineMissing(lines, dated.get().text().strip(),
        meta.published() == null && precedes(order, dated.get(), main.get(0)), datedIn.contains(main.get(0)))) {
      lines = new ArrayList<>(lines);
      lines.add(head, dated.get().text().strip()); // the Cleaner reads it as the page's date line
    }
    if (bylineDate.isPresent() && lines.stream().noneMatch(line -> line.contains(bylineDate.get()))) {
      lines = new ArrayList<>(lines);
      lines.add(head, bylineDate.get()); // the byline went with the furniture; its date is the page's date line
    }
    String body = String.join("\n", lines);
    int read = Phrases.strip(body).length();
    if (ldBody.isPresent() && (read < MainText.MIN_BODY && ldBody.get().length() > body.length()
        || ldBody.get().length() > LD_BODY_OVER * read)) {
      body = (lines.isEmpty() || title != null ? "" : lines.get(0) + "\n") + ldBody.get();
    }
    Given given = new Given(title, IsoTimes.normalize(meta.published()).orElse(null), url, outlet, siteInTitle);
    // photos and their captions were pruned with the furniture (MainText.prune): they describe the photo, not the story
    return new RawArticle(url != null && source == null ? url : source, body, given, warnings, List.of());
  }

  /**
   * The elements of the page's main text, in page order: the lead where the page sets it apart
   * from the body (in the article's header, say), then the body.
   */
  private static List<Element> mainText(Document doc, boolean byName) {
    List<MainText.Lead> leads = MainText.leads(doc);
    MainText.prune(doc, byName);
    List<Element> main = MainText.find(doc);
    MainText.dropLinkLists(main);
    List<Element> withLead = new ArrayList<>();
    for (MainText.Lead lead : leads) {
      if (main.size() == 1 && lead.leads(main.get(0))) {
        withLead.add(lead.element());
      }
    }
    withLead.addAll(main);
    return withLead;
  }

  private static int length(List<String> lines) {
    int n = 0;
    for (String l : lines) {
      n += l.length();
    }
    return n;
  }

  /** The text of an element, one block a line. */
  static List<String> flatten(Element root) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.text();
          if (s.isBlank()) {
            // the space between two inline elements ("<b>a</b> <i>b</i>") still parts their words
            if (!s.isEmpty() && !line.isEmpty() && !space(line.charAt(line.length() - 1))) {
              line.append(' ');
            }
          } else {
            String whole = t.getWholeText();
            if (!line.isEmpty() && !space(line.charAt(line.length() - 1)) && space(whole.charAt(0))) {
              line.append(' ');
            }
            line.append(s.strip());
            if (space(whole.charAt(whole.length() - 1))) {
              line.append(' ');
            }
          }
        } else if (node instanceof Element e && MainText.BLOCKS.contains(e.tagName())) {
          flush();
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && MainText.BLOCKS.contains(e.tagName())) {
          flush();
        }
      }

      private void flush() {
        String s = line.toString().strip();
        if (!s.isEmpty()) {
          lines.add(s);
        }
        line.setLength(0);
      }
    });
    String s = line.toString().strip();
    if (!s.isEmpty()) {
      lines.add(s);
    }
    return lines;
  }

  /**
   * Whether a character parts words: a no-break space too, which a page puts between a link and
   * the word after it ("<em>a</em>&nbsp;b") and which jsoup's text drops at a node's edges.
   */
  private static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether a title is only the site's name: the page's stated outlet, or an outlet Marsad knows. */
  private static boolean siteNameOnly(String title, String outlet) {
    return outlet != null && Phrases.key(title).equals(Phrases.key(outlet)) || SiteNames.OUTLETS.named(title).isPresent();
  }

  /** Whether two headlines have the same words, punctuation and quotation marks aside. */
  private static boolean sameWords(String title, String headline) {
    return !title.equals(headline) && Phrases.key(title).equals(Phrases.key(headline));
  }

  /** Whether {@code title} is {@code headline} with more after it (a site's name, a tagline). */
  private static boolean longerVersionOf(String title, String headline) {
    String t = Phrases.key(title);
    String h = Phrases.key(headline);
    return Phrases.words(h) >= 3 && t.length() > h.length() && t.startsWith(h + " ");
  }

  /** What a page's title sets between its headline and its site's name: "Headline - Site", "Headline | Site". */
  private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ");

  /** "Headline - Site" or "Headline | Site" without the site's name. */
  private static String withoutSiteName(String title, String outlet) {
    String t = title.strip();
    for (String sep : TITLE_SEPARATORS) {
      int i = t.lastIndexOf(sep);
      if (i > 0) {
        String tail = t.substring(i + sep.length()).strip();
        if ((outlet != null && Phrases.key(tail).equals(Phrases.key(outlet))) || SiteNames.OUTLETS.named(tail).isPresent()) {
          return t.substring(0, i).strip();
        }
      }
    }
    return t;
  }

  /**
   * The known outlet a title names after its last separator ("Headline | BBC News عربي"), or
   * before its first one as some sites set it ("بوابة الأهرام : Headline"), as the page wrote it.
   */
  private static Optional<String> siteNameOf(String title) {
    if (title == null) {
      return Optional.empty();
    }
    String t = title.strip();
    for (String sep : TITLE_SEPARATORS) {
      int i = t.lastIndexOf(sep);
      if (i > 0) {
        String tail = t.substring(i + sep.length()).strip();
        if (SiteNames.OUTLETS.named(tail).isPresent()) {
          return Optional.of(tail);
        }
      }
    }
    for (String sep : List.of(" : ", " | ", " - ", " – ", " — ")) {
      int i = t.indexOf(sep);
      if (i > 0) {
        String head = t.substring(0, i).strip();
        if (SiteNames.OUTLETS.named(head).isPresent()) {
          return Optional.of(head);
        }
      }
    }
    return Optional.empty();
  }

  /** A site's name beside the headline in a page's title is a few words: "بغداد اليوم", "صوت الوادي". */
  private static final int MAX_SITE_NAME_WORDS = 4;

  /**
   * The site's name a page's title sets before or after its headline, the page's h1 ("Site | Headline",
   * "Headline - Site"), whether Marsad knows the outlet or not: a few words, no figures.
   */
  private static Optional<String> siteBesideHeadline(String title, String headline) {
    if (title == null || headline == null || Phrases.words(headline) < 3) {
      return Optional.empty();
    }
    String t = title.strip();
    String h = Phrases.key(headline);
    for (String sep : TITLE_SEPARATORS) {
      int first = t.indexOf(sep);
      int last = t.lastIndexOf(sep);
      String site = null;
      if (first > 0 && Phrases.key(t.substring(first + sep.length())).equals(h)) {
        site = t.substring(0, first).strip();
      } else if (last > 0 && Phrases.key(t.substring(0, last)).equals(h)) {
        site = t.substring(last + sep.length()).strip();
      }
      if (site != null && Phrases.words(site) >= 1 && Phrases.words(site) <= MAX_SITE_NAME_WORDS
          && site.chars().noneMatch(Character::isDigit)) {
        return Optional.of(site);
      }
    }
    return Optional.empty();
  }

  /** Class and id words of an article's byline, the element some sites set the dateline in. */
  private static final Pattern BYLINE = Pattern.compile("(?i)(^|[\\s_-])(byline|author|writer|dateline)([\\s_-]|$)");
  /** A byline holding a dateline is a place and an outlet: a few words. */
  private static final int MAX_BYLINE_WORDS = 8;

  /**
   * The page's byline when it is a dateline with its outlet and nothing else, as Sky News Arabia
   * sets it under the headline ("أبوظبي - سكاي نيوز عربية"), or known outlets run together ("TRT عربي -
   * وكالات"). A byline naming a person goes as furniture: only a known outlet vouches that the words
   * before the dash are a place.
   */
  private static Optional<String> datelineByline(Document doc) {
    for (Element named : doc.select("[class], [id]")) {
      if (!BYLINE.matcher(named.className() + " " + named.id()).find()) {
        continue;
      }
      Optional<String> found = datelineIn(named);
      for (int i = 0; found.isEmpty() && i < named.children().size(); i++) {
        // a dateline bar of cells, the place in one and the time in the next: "<span>الحرة - بانكوك</span> <time>"
        found = datelineIn(named.child(i));
      }
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The date line inside a byline's element beside the writer's name, as Alwihda Info sets it:
   * "<div class=\"byline\">بقلم: فلان | الخميس 3 سبتمبر 2026 - 14:06</div>" (the date part alone,
   * {@link org.marsad.time.DateLines#partOf}). The byline goes with the furniture; its date is read first.
   */
  private static Optional<String> dateInByline(Document doc) {
    for (Element e : doc.select("[class], [id]")) {
      if (BYLINE.matcher(e.className() + " " + e.id()).find()) {
        String text = e.text().strip();
        Optional<org.marsad.time.DateLines.Part> part = org.marsad.time.DateLines.partOf(text);
        if (part.isPresent()) {
          return Optional.of(text.substring(part.get().start(), part.get().end()));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code e} is a byline's element holding the dateline {@code byline} read from it. */
  private static boolean bylineHolding(Element e, String byline) {
    return BYLINE.matcher(e.className() + " " + e.id()).find() && e.text().contains(byline);
  }

  /** The text of a byline's element when it is a dateline with its outlet, or a place with its reporter, and nothing else. */
  private static Optional<String> datelineIn(Element e) {
    String text = e.text().strip();
    if (text.isEmpty() || Phrases.words(text) > MAX_BYLINE_WORDS) {
      return Optional.empty();
    }
    Optional<DatelineFinder.Dateline> d = SiteNames.DATELINES.find(text, true);
    if (d.isPresent() && Phrases.key(d.get().rest()).isEmpty()) {
      return Optional.of(text);
    }
    if (SiteNames.DATELINES.reporterByline(text)) {
      return Optional.of(text); // "درعا – حليم محمد", "سعد العتيبي (جدة)": the place, and the reporter of the site
    }
    if (SiteNames.CREDITS.knownNames(text).filter(names -> names.size() > 1).isPresent()) {
      return Optional.of(text); // "TRT عربي - وكالات": the site and the agencies its report draws on
    }
    return Optional.empty();
  }

  /** A page's headline stands among its first lines, once or twice (its h1 and a copy). */
  private static final int HEADLINE_LINES = 4;

  /** The index after the headline's lines among the first of {@code lines}, or {@code otherwise} when it is not there. */
  private static int after(List<String> lines, String headline, int otherwise) {
    String k = headline == null ? "" : Phrases.key(headline);
    int at = otherwise;
    for (int i = 0; i < Math.min(lines.size(), HEADLINE_LINES) && !k.isEmpty(); i++) {
      if (Phrases.key(lines.get(i)).equals(k)) {
        at = i + 1;
      }
    }
    return at;
  }

  /** Class and id words of an element that credits the article's sources: "credit", "source". */
  private static final Pattern CREDIT_ELEMENT = Pattern.compile("(?i)(^|[\\s_-])(credits?|sources?|byline)([\\s_-]|$)");

  /**
   * The editors' sign-off with the agencies in brackets ("ع.ح/ ع.ش (أ ف ب، رويترز)") in an element
   * named as a credit: pruned with the furniture, it is read first, for the Cleaner to credit.
   */
  private static Optional<String> signOff(Document doc) {
    for (Element e : doc.select("[class], [id]")) {
      if (CREDIT_ELEMENT.matcher(e.className() + " " + e.id()).find()) {
        String text = e.text().strip();
        if (SiteNames.CREDITS.signOff(text).isPresent()) {
          return Optional.of(text);
        }
      }
    }
    return Optional.empty();
  }

  /** Class and id words of the element a page prints its date in: "date", "post-time", "published". */
  private static final Pattern DATE_ELEMENT = Pattern.compile("(?i)date|time|publish|posted");

  /**
   * The first element named as a date ({@link #DATE_ELEMENT}, or {@code <time>}) whose text is a
   * publication date line and nothing else: where a page without date metadata prints its date,
   * in the article's header ("<div class=\"date\">الثلاثاء، 09 يونيو 2026 02:30 م</div>").
   * Read before the furniture is pruned, since such a header often goes with it.
   */
  private static Optional<Element> dateElement(Document doc) {
    for (Element e : doc.select("time, [class], [id]")) {
      if (!e.tagName().equals("time") && !DATE_ELEMENT.matcher(e.className() + " " + e.id()).find()) {
        continue;
      }
      String text = e.text().strip();
      if (!text.isEmpty() && SiteNames.DATES.read(text).isPresent()) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * A page that states no time and names no element as its date: the first element of no child
   * elements whose text is a date line and nothing else, as a daily's header bar sets the day beside its
   * issue number ("<div class=\"issue\">العدد ٥١٤٢ | الخميس ٩ نيسان ٢٠٢٦</div>", "<div class=\"today\">").
   */
  private static Optional<Element> dateBar(Document doc) {
    List<Element> leaves = doc.body() == null ? List.of() : doc.body().select("*").stream().filter(e -> e.children().isEmpty()).toList();
    for (Element e : leaves) {
      String text = e.text().strip();
      if (!text.isEmpty() && SiteNames.DATES.read(text).isPresent()) {
        return Optional.of(e);
      }
    }
    for (Element e : leaves) {
      // none alone: a meta line with its date between bars, the dateline beside it ("<p class=\"info\">الرباط
      // - الموقع | 08/12/2026 21:40</p>"), as {@link PublicationLines#readMeta} reads it
      String text = e.text().strip();
      if (!text.isEmpty() && SiteNames.DATES.readMeta(text).isPresent()) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the page's date line must be set under the headline: it stands before the main text and
   * no line is it alone ({@code before}: only when the metadata states no time, as a date above the
   * article may be the site's own), or it stands inside the main text in a box the furniture took with
   * it ("<div class=\"author-info\">كتب- ... <span class=\"date\">...</span></div>"), so that no line
   * holds it: the article's own words, whether or not the metadata states the time.
   */
  private static boolean dateLineMissing(List<String> lines, String date, boolean before, boolean inside) {
    if (before) {
      return !lines.contains(date);
    }
    return inside && lines.stream().noneMatch(line -> line.contains(date));
  }

  /** Whether {@code a} comes before {@code b} in {@code order}, the page's elements in document order. */
  private static boolean precedes(List<Element> order, Element a, Element b) {
    int i = -1;
    int j = -1;
    for (int k = 0; k < order.size() && (i < 0 || j < 0); k++) {
      if (order.get(k) == a) {
        i = k;
      }
      if (order.get(k) == b) {
        j = k;
      }
    }
    return i >= 0 && j >= 0 && i < j;
  }

  /** Outlet names, loaded once for this reader. */
  private static final class SiteNames {
    static final Outlets OUTLETS = new Outlets();
    static final DatelineFinder DATELINES = new DatelineFinder(OUTLETS);
    static final PublicationLines DATES = new PublicationLines();
    static final CreditLines CREDITS = new CreditLines(OUTLETS);
  }
}
