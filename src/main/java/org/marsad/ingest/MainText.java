package org.marsad.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the elements that hold a page's main text. First the page is pruned of what is never
 * the article (scripts, hidden elements, navigation, and, in a first try, containers whose
 * class or id names a widget: share bars, related lists, comments, cookie notices). Then a
 * container the page marks as the article's body is taken where there is one; otherwise the
 * text blocks are told apart by length and link density, and the element is taken whose paragraphs outweigh the rest of its
 * text by most. Nothing here recurses: a page may nest thousands of elements deep.
 */
final class MainText {

  /** Elements that are never the article's words. */
  private static final String NOT_TEXT = "script, style, noscript, template, iframe, svg, canvas, nav, header, footer,"
      + " aside, button, select, input, textarea, object, embed, [hidden], [aria-hidden=true], [role=navigation],"
      + " [role=banner], [role=contentinfo], [role=complementary], [role=dialog]";
  /** An author box: the author as schema.org marks them, with a description or a paragraph about them, not a byline. */
  private static final String AUTHOR_BOX = "[itemprop=author]:has([itemprop=description], p)";
  /** An element styled out of sight. */
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  /** Class and id words of widgets and page furniture, never of the article's own text. */
  private static final Pattern WIDGET = Pattern.compile("(?i)(^|[\\s_-])(share|sharing|shares|social|socials"
      + "|related|relatedposts|comments?|commentlist|commentform|disqus|respond|reply|replies|tags?|tagcloud|tag-?list|keywords"
      + "|breadcrumbs?|menu|navbar|navigation|nav|newsletter|advert\\w*|ads?|adsense|advertising|promo|sponsored?"
      + "|sidebar|widget|footer|header|masthead|subscribe|subscription|signup|login|most-?read|most-?popular"
      + "|popular|trending|recommended|recommendations|read-?more|more-?stories|more-?articles|see-?also|also-?read"
      + "|cookie\\w*|consent|gdpr|banner|popup|modal|overlay|paywall|pagination|pager|prev|next|print|toolbar"
      + "|authors?|author-?bio|about-?author|author-?box|byline|credits?|rating|ratings|jp-relatedposts|teaser-list|copyright|disclaimer"
      + "|outbrain|taboola|byline-?share|skip-?link|skip|toc|teasers?|affiliate\\w*|contact\\w*|follow-?us"
      // the same widgets named in German, Spanish, Portuguese, French and Polish
      + "|teilen|kommentar\\w*|verwandte|weiterlesen|lesen-?sie-?auch|mehr-?zum-?thema|werbung|kontakt\\w*|abo"
      + "|compartir|comentarios?|relacionad[oa]s?|lee-?tambien|leia-?tambem|publicidad|siguenos|suscri\\w*"
      + "|partager|commentaires?|articles-?lies|voir-?aussi|abonnement|udostepnij|komentarze?|powiazane|reklama)([\\s_-]|$)");
  /**
   * Class and id words of a photo's caption or credit, in the languages of the web's news (English,
   * German "Bildunterschrift", Spanish "leyenda", "pie de foto", Italian "didascalia", Polish "podpis").
   */
  private static final Pattern CAPTION = Pattern.compile("(?i)(^|[\\s_-])(captions?|figcaption|legend|legende"
      + "|bildunterschrift|bildtext|bu-?text|leyenda|pie-?de-?foto|didascalia|podpis|photo-?credit|image-?credit"
      + "|(img|image|photo|foto|media|bild)[_-]?(desc|description|info|source|quelle|copyright)|imagecaption)([\\s_-]|$)");
  /** Class and id words (or their first part: "imagewrap") of a holder of pictures: a photo with its caption. */
  private static final Pattern PICTURE_HOLDER = Pattern.compile("(?i)(^|[\\s_-])(image|img|photo|foto|bild"
      + "|picture|visual|gallery|galerie|figure|media)\\w*([\\s_-]|$)");
  /** What a picture is. */
  private static final String PICTURE = "img, picture, video";
  /** What only a text holds, never a photo's caption alone. */
  private static final String TEXT_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, table, article";
  /** A lower-case letter before an upper-case one: where camel case parts two words. */
  private static final Pattern CAMEL = Pattern.compile("(\\p{Ll})(\\p{Lu})");
  /** Class and id words of widgets that are never an article's wrapper, however much text they hold. */
  private static final Pattern NEVER_ARTICLE = Pattern.compile(
      "(?i)comment|kommentar|comentario|komentarz|disqus|respond|repl(y|ies)|cookie|consent|gdpr|newsletter|subscri"
      + "|suscri|signup|login");
  /**
   * Class and id words of an article's lead (standfirst, summary, teaser text; Spanish "bajada"
   * and "entradilla", French "chapô"): pages often set it apart from the body, in the article's header.
   */
  private static final Pattern LEAD = Pattern.compile("(?i)(^|[\\s_-])(lead|lede|intro|standfirst|excerpt|summary"
      + "|abstract|dek|deck|subtitle|subheadline|teaser-?text|bajada|entradilla|sapo|chapo|chapeau)([\\s_-]|$)");
  /** Class words of an article's header, in any case ("entry-header", "ArticleHeader"). */
  private static final Pattern ARTICLE_HEADER = Pattern.compile("(?i)(article|entry|post|story)[_-]?header");
  /** Schema.org types whose description is not the article's. */
  private static final Pattern NOT_THE_ARTICLE = Pattern.compile("(?i)Person|ImageObject|VideoObject|Organization"
      + "|Place|Product|Offer|Review|Comment");
  /** Class and id words of lists of other stories, whose teasers name no lead of this article. */
  private static final Pattern OTHER_STORIES = Pattern.compile("(?i)related|teasers|teaser-?list|more-?stories"
      + "|more-?articles|recommend|trending|popular|most-?read|see-?also|also-?read|read-?more|sidebar|footer|comment");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  /** A lead shares an ancestor with the body at most this many levels above the body (page builders nest the body deep in a column of the article). */
  private static final int LEAD_REACH = 6;
  /** Classes a CMS gives a post for its tags and categories ("tag-economy"): they name no widget. */
  private static final Pattern TAXONOMY = Pattern.compile("(?i)(^|\\s)(tag|category|categories|post|postid|format"
      + "|status|type|topic|section)-\\S+");
  /** Classes that hide an element on every screen. */
  private static final Pattern HIDDEN_CLASS = Pattern.compile(
      "(^|\\s)(hidden|d-none|sr-only|visually-hidden|screen-reader-text|invisible)(\\s|$)");
  /** Tags that begin a line of text. */
  static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "blockquote", "figure", "figcaption", "section", "article", "main", "table", "tr", "td", "th", "dd", "dt",
      "dl", "pre", "br", "hr", "address", "time", "header", "footer", "center", "tbody", "thead", "form",
      "fieldset", "details", "summary", "caption");
  /** Containers a page marks as its article body, most explicit first. */
  private static final List<String> MARKED_BODIES = List.of("[itemprop=articleBody]", "[itemprop=text]",
      "[property=articleBody]");
  /** A block of text shorter than this is a line of furniture (a heading, a label), not a paragraph. */
  private static final int MIN_GOOD = 50;
  /** A paragraph with this share of its text in links is a list of links. */
  private static final double LINKED_PARAGRAPH = 0.33;
  /** What a character of furniture costs a container against a character of paragraph text. */
  private static final double BAD_WEIGHT = 1.0;
  /**
   * A recipe's ingredients as schema.org marks them (recipeIngredient, and the older ingredients):
   * short lines, often links to products, yet the article's own text.
   */
  private static final String INGREDIENT = "[itemprop=recipeIngredient], [itemprop=ingredients]";
  /** A headline that is a link to its story: a teaser's. */
  private static final String LINKED_HEADLINE = "a h1, a h2, a h3, a h4, h1 > a, h2 > a, h3 > a, h4 > a";
  /** A list of teasers holds at most this much text besides them: its heading ("Related stories"). */
  private static final int TEASER_LIST_HEADING = 60;
  /** Fields a reader writes in: a comment, an address, a search. */
  private static final String FOR_WRITING = "textarea, input[type=email], input[type=password], input[type=search]";
  /** A form with less text than this is for the reader to fill in, not to read. */
  private static final int SHORT_FORM = 400;
  /** Below this many characters a container is not the article. */
  static final int MIN_BODY = 200;

  private MainText() {}

  /**
   * Removes from the page what is never the article's words. An element that holds half the
   * page's text or more stays whatever its tag or style: a page built inside one hidden wrapper
   * that a script reveals is still read. An element named like a widget stays when it holds
   * half the page's good paragraphs, unless its name says comments or a cookie notice.
   */
  static void prune(Document doc, boolean byName) {
    Element body = doc.body() == null ? doc : doc.body();
    Stats stats = Stats.of(body); // sizes as the page has them: removing one widget shrinks no other
    int half = stats.text(body) / 2;
    List<Element> out = new ArrayList<>(doc.select(NOT_TEXT));
    for (Element e : doc.select("form")) {
      // a search, comment or newsletter form; a form holding an article's text is its wrapper
      if (stats.text(e) < SHORT_FORM || e.selectFirst(FOR_WRITING) != null) {
        out.add(e);
      }
    }
    for (Element e : doc.select("[style], [class]")) {
      if (HIDDEN_STYLE.matcher(e.attr("style")).find() || HIDDEN_CLASS.matcher(e.className()).find()) {
        out.add(e);
      }
    }
    out.addAll(pictures(doc));
    out.addAll(doc.select(AUTHOR_BOX));
    List<Element> named = new ArrayList<>();
    if (byName) {
      double mostGood = stats.good(body) / 2.0;
      for (Element e : doc.select("[class], [id]")) {
        // a wrapper named like a widget ("elementor-widget-container") that holds most of the
        // page's paragraphs is the article's; a comment thread or a cookie notice is not, however long
        if (!e.tagName().equals("article") && widget(e) && !marked(e) && !lead(e)
            && (stats.good(e) < mostGood || NEVER_ARTICLE.matcher(e.className() + " " + e.id()).find())) {
          named.add(e);
        }
      }
    }
    for (Element e : out) {
      if (stats.text(e) < half) {
        remove(e, body);
      }
    }
    for (Element e : named) {
      remove(e, body);
    }
  }

  /**
   * A photo and what the page writes about it, which describes the photo, not the story: a
   * {@code figure} holding a picture, a {@code figcaption} or an element marked or named as a
   * caption, and a holder of pictures named so ("wp-block-image", "visual__image") that holds no
   * text block of its own.
   */
  private static List<Element> pictures(Document doc) {
    List<Element> found = new ArrayList<>(doc.select("figcaption, [itemprop=caption]"));
    for (Element e : doc.select("figure, [class], [id]")) {
      boolean figure = e.tagName().equals("figure") && e.selectFirst(PICTURE) != null;
      String name = words(e.className()) + " " + words(e.id());
      if (figure || CAPTION.matcher(name).find()
          || PICTURE_HOLDER.matcher(name).find() && e.selectFirst(PICTURE) != null && e.selectFirst(TEXT_BLOCKS) == null) {
        found.add(e);
      }
    }
    return found;
  }

  private static void remove(Element e, Element body) {
    if (e.parent() != null && e != body && !e.tagName().equals("html") && e.selectFirst("[itemprop=articleBody]") == null) {
      e.remove();
    }
  }

  /**
   * Whether the class or id of an element names a widget ("article-copyright" too): the article's
   * own wrapper named so is kept by holding most of the page's paragraphs, not by its name.
   */
  private static boolean widget(Element e) {
    return WIDGET.matcher(words(TAXONOMY.matcher(e.className()).replaceAll(""))).find()
        || WIDGET.matcher(words(e.id())).find();
  }

  /** A class or id with its camel-case words parted ("b_footerWrap", "shareBar"), as dashes part others. */
  private static String words(String name) {
    return CAMEL.matcher(name).replaceAll("$1 $2");
  }

  /** A paragraph in a header: beside an article's headline, its lead; in the page's own header, too far from the body. */
  private static boolean inHeader(Element e) {
    return e.tagName().equals("p") && e.closest("header") != null;
  }

  /**
   * Whether the class or id of a block of text names the article's lead ("teaser-text",
   * "standfirst"); a heading so named is a teaser's headline, but in an article's header its subtitle.
   */
  private static boolean lead(Element e) {
    if (HEADINGS.contains(e.tagName())) {
      return !e.tagName().equals("h1") && leadName(e) && inArticleHeader(e);
    }
    return leadName(e) || describesTheArticle(e);
  }

  private static boolean leadName(Element e) {
    return LEAD.matcher(e.className()).find() || LEAD.matcher(e.id()).find();
  }

  /**
   * Whether the element stands in the header of an article (a {@code header} element, or one whose
   * class names a header, below the page's body): there a heading named as a lead is the article's
   * subtitle, where elsewhere it is a teaser's headline.
   */
  private static boolean inArticleHeader(Element e) {
    for (Element a : e.parents()) {
      if (a.tagName().equals("body")) {
        return false;
      }
      if (a.tagName().equals("header") || ARTICLE_HEADER.matcher(a.className()).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether schema.org markup gives the element as the description of the page's article
   * ({@code itemprop=description}), not of a person, a picture or an organisation named in it.
   */
  private static boolean describesTheArticle(Element e) {
    if (!e.attr("itemprop").equalsIgnoreCase("description")) {
      return false;
    }
    Element scope = e.closest("[itemscope]");
    return scope == null || !NOT_THE_ARTICLE.matcher(scope.attr("itemtype")).find();
  }

  /**
   * Elements named as a lead, with text enough to be one and not mostly links, none inside
   * another or inside a list of other stories (the classes of the page's {@code body}, such as
   * "no-sidebar", describe the whole page, not such a list): looked for before pruning, as a page's header (pruned as furniture) often holds the lead.
   */
  static List<Lead> leads(Document doc) {
    Element body = doc.body() == null ? doc : doc.body();
    Stats stats = Stats.of(body);
    Map<Element, Integer> order = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      order.put(e, order.size());
    }
    List<Lead> leads = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e != body && (lead(e) || inHeader(e)) && stats.text(e) >= MIN_GOOD && stats.linkDensity(e) < LINKED_PARAGRAPH
          && e.children().select("figure, figcaption, img, picture, video, h1, h2").isEmpty()
          && (leads.isEmpty() || !e.parents().contains(leads.get(leads.size() - 1).element()))
          && e.parents().stream().noneMatch(a -> a != body && OTHER_STORIES.matcher(a.className() + " " + a.id()).find())) {
        leads.add(new Lead(e, e.parents(), order.get(e), order));
      }
    }
    return leads;
  }

  /**
   * An element named as a lead, with its ancestors and its place in the page as they were
   * before pruning; {@code order} numbers every element of the page.
   */
  record Lead(Element element, List<Element> ancestors, int at, Map<Element, Integer> order) {

    /**
     * Whether this lead belongs with the chosen body {@code main} but is not in its text: it
     * stands before the body (or stood in it, in a header pruned as furniture), and the two
     * share an ancestor close above the body, below the page's {@code body}.
     */
    boolean leads(Element main) {
      Integer mainAt = order.get(main);
      if (mainAt == null || main == main.ownerDocument().body()) {
        return false;
      }
      boolean stoodInside = ancestors.stream().anyMatch(a -> a == main);
      if (stoodInside ? element.parents().stream().anyMatch(a -> a == main) : at > mainAt) {
        return false; // still in the body's text, or after the body
      }
      if (main.parents().stream().anyMatch(a -> a == element)) {
        return false; // the lead holds the body
      }
      Element up = main;
      for (int level = 0; level <= LEAD_REACH && up != null && !up.tagName().equals("body"); level++) {
        Element shared = up;
        if (ancestors.stream().anyMatch(a -> a == shared)) {
          return true;
        }
        up = up.parent();
      }
      return false;
    }
  }

  private static boolean marked(Element e) {
    return e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  /** The elements holding the article's text, in page order. */
  static List<Element> find(Document doc) {
    Element body = doc.body() == null ? doc : doc.body();
    Stats stats = Stats.of(body);
    List<Element> marked = markedBody(doc, stats);
    if (!marked.isEmpty()) {
      return marked;
    }
    List<Element> scored = densest(body, stats);
    return scored.isEmpty() ? List.of(body) : scored;
  }

  /**
   * A container the page marks as the article's body, when it holds enough text; or the
   * paragraphs the page marks one by one, siblings under one parent, taken together.
   */
  private static List<Element> markedBody(Document doc, Stats stats) {
    for (String sel : MARKED_BODIES) {
      Elements found = doc.select(sel);
      Element best = longest(found, stats);
      if (best == null) {
        continue;
      }
      List<Element> siblings = new ArrayList<>();
      int text = 0;
      for (Element e : found) {
        if (e.parent() == best.parent()) {
          siblings.add(e);
          text += stats.text(e);
        }
      }
      if (text >= MIN_BODY) {
        return siblings; // siblings never hold one another
      }
    }
    return List.of();
  }

  private static Element longest(Elements found, Stats stats) {
    Element best = null;
    for (Element e : found) {
      if (best == null || stats.text(e) > stats.text(best)) {
        best = e;
      }
    }
    return best;
  }

  /**
   * The element with the most text in paragraphs, less the rest of its text (links, short
   * lines): the whole page holds every paragraph but all the furniture too, a single paragraph
   * holds none of the furniture but little text; the article's container lies between.
   */
  private static List<Element> densest(Element root, Stats stats) {
    Map<Element, double[]> sums = new IdentityHashMap<>();
    boolean recipe = root.selectFirst(INGREDIENT) != null;
    for (Map.Entry<Element, int[]> p : stats.paragraphs.entrySet()) {
      int[] v = p.getValue();
      double gain = recipe && ingredient(p.getKey()) ? v[0]
          : goodParagraph(v) ? v[0] - v[1] : dataCell(p.getKey(), v) ? 0 : -BAD_WEIGHT * v[0];
      for (Element a = p.getKey(); a != null; a = a.parent()) {
        sums.computeIfAbsent(a, k -> new double[1])[0] += gain;
        if (a == root) {
          break;
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Element e : root.select("*")) {
      double[] s = sums.get(e);
      if (s != null && s[0] >= bestScore) {
        best = e;
        bestScore = s[0];
      }
    }
    return best == null ? List.of() : List.of(best);
  }

  /**
   * A short cell of a table, not a link: a table's data (results, ingredients, prices) weighs
   * neither for nor against the container that holds it, as a menu's labels do.
   */
  private static boolean dataCell(Element block, int[] v) {
    return (block.tagName().equals("td") || block.tagName().equals("th")) && v[1] < LINKED_PARAGRAPH * v[0];
  }

  /** Whether a block is, or lies in, an ingredient a recipe's markup names: text however short or linked. */
  private static boolean ingredient(Element block) {
    return block.closest(INGREDIENT) != null;
  }

  /** Whether a paragraph of {length, length inside links} is text rather than a label or a list of links. */
  private static boolean goodParagraph(int[] v) {
    return v[0] >= MIN_GOOD && v[1] < LINKED_PARAGRAPH * v[0];
  }

  /** Removes from the chosen elements the parts that are lists of links rather than text. */
  static void dropLinkLists(List<Element> chosen) {
    for (Element root : chosen) {
      dropTeasers(root);
      Stats stats = Stats.of(root);
      boolean recipe = root.selectFirst(INGREDIENT) != null;
      for (Element e : root.select("ul, ol, div, section, table, dl, nav, p")) {
        if (e == root || e.parent() == null || recipe && (ingredient(e) || e.selectFirst(INGREDIENT) != null)) {
          continue;
        }
        int text = stats.text(e);
        double links = stats.linkDensity(e);
        boolean list = !e.tagName().equals("p");
        if (text > 0 && ((list && links > 0.5) || (links > 0.8 && text < 200))) {
          e.remove();
        }
      }
    }
  }

  /**
   * Removes from the chosen element the teasers of other stories it holds: an {@code article}
   * inside it whose headline is a link ("related stories" set in the body), with the containers
   * around them that hold little else (the list's own heading). A page that is itself a list of
   * stories, most of its text in such teasers, keeps them.
   */
  private static void dropTeasers(Element root) {
    Stats stats = Stats.of(root);
    List<Element> teasers = new ArrayList<>();
    Map<Element, Integer> inTeasers = new IdentityHashMap<>(); // per element, the teasers' text it holds
    for (Element e : root.select("article")) {
      if (e != root && e.selectFirst(LINKED_HEADLINE) != null && !inTeasers.containsKey(e)) {
        teasers.add(e);
        for (Element a = e; a != null; a = a.parent()) {
          inTeasers.merge(a, stats.text(e), Integer::sum);
          if (a == root) {
            break;
          }
        }
        e.getAllElements().forEach(inner -> inTeasers.putIfAbsent(inner, 0)); // an article inside is no teaser of its own
      }
    }
    if (teasers.isEmpty() || inTeasers.get(root) * 2 > stats.text(root)) {
      return;
    }
    for (Element teaser : teasers) {
      Element list = teaser;
      for (Element up = teaser.parent(); up != null && up != root
          && stats.text(up) - inTeasers.get(up) <= TEASER_LIST_HEADING; up = up.parent()) {
        list = up;
      }
      if (list.parent() != null) { // not already gone with a list that held it
        list.remove();
      }
    }
  }

  /**
   * Text lengths under each element, counted in one walk: all text, text inside links, and for
   * each paragraph (the nearest block around some text) its length and its length inside links.
   */
  static final class Stats implements NodeVisitor {
    private final Map<Element, int[]> text = new IdentityHashMap<>();
    /** Per paragraph: {length, length inside links}. */
    final Map<Element, int[]> paragraphs = new IdentityHashMap<>();
    private final List<Element> blocks = new ArrayList<>();
    private int inLink;
    private final Element root;
    /** Good paragraph text under each element, summed when first asked for. */
    private Map<Element, Integer> good;

    private Stats(Element root) {
      this.root = root;
    }

    static Stats of(Element root) {
      Stats s = new Stats(root);
      s.blocks.add(root); // text outside any block inside the root is the root's paragraph
      NodeTraversor.traverse(s, root);
      return s;
    }

    /** The length of the good paragraphs under {@code e}: long enough, and not mostly links. */
    double good(Element e) {
      if (good == null) {
        good = new IdentityHashMap<>();
        for (Map.Entry<Element, int[]> p : paragraphs.entrySet()) {
          int[] v = p.getValue();
          if (goodParagraph(v)) {
            for (Element a = p.getKey(); a != null; a = a.parent()) {
              good.merge(a, v[0] - v[1], Integer::sum);
              if (a == root) {
                break;
              }
            }
          }
        }
      }
      return good.getOrDefault(e, 0);
    }

    int text(Element e) {
      int[] t = text.get(e);
      return t == null ? 0 : t[0];
    }

    double linkDensity(Element e) {
      int[] t = text.get(e);
      return t == null || t[0] == 0 ? 0 : (double) t[1] / t[0];
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.tagName().equals("a")) {
          inLink++;
        }
        if (BLOCKS.contains(e.tagName())) {
          blocks.add(e);
        }
      } else if (node instanceof TextNode t) {
        String s = t.text();
        int length = s.strip().length();
        if (length == 0 || !(t.parent() instanceof Element parent)) {
          return;
        }
        int[] own = text.computeIfAbsent(parent, k -> new int[2]);
        own[0] += length;
        if (inLink > 0) {
          own[1] += length;
        }
        if (!blocks.isEmpty()) {
          int[] p = paragraphs.computeIfAbsent(blocks.get(blocks.size() - 1), k -> new int[2]);
          p[0] += length;
          if (inLink > 0) {
            p[1] += length;
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.tagName().equals("a")) {
          inLink--;
        }
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) == e) {
          blocks.remove(blocks.size() - 1);
        }
        int[] mine = text.get(e);
        if (mine != null && e.parent() != null) {
          int[] up = text.computeIfAbsent(e.parent(), k -> new int[2]);
          up[0] += mine[0];
          up[1] += mine[1];
        }
      }
    }
  }
}
