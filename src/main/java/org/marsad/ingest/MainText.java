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
  /** An element styled out of sight. */
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  /** Class and id words of widgets and page furniture, never of the article's own text. */
  private static final Pattern WIDGET = Pattern.compile("(?i)(^|[\\s_-])(share|sharing|shares|social|socials"
      + "|related|relatedposts|comments?|commentlist|disqus|respond|reply|replies|tags?|tagcloud|tag-?list|keywords"
      + "|breadcrumbs?|menu|navbar|navigation|nav|newsletter|advert\\w*|ads?|adsense|advertising|promo|sponsored?"
      + "|sidebar|widget|footer|header|masthead|subscribe|subscription|signup|login|most-?read|most-?popular"
      + "|popular|trending|recommended|recommendations|read-?more|more-?stories|more-?articles|see-?also|also-?read"
      + "|cookies?|consent|gdpr|banner|popup|modal|overlay|paywall|pagination|pager|prev|next|print|toolbar"
      + "|author-?bio|about-?author|author-?box|rating|ratings|jp-relatedposts|teaser-list|copyright|disclaimer"
      + "|outbrain|taboola|byline-?share|skip-?link|skip)([\\s_-]|$)");
  /** Words in a class or id that may name the article's container even beside a widget's word (Readability's). */
  private static final Pattern MAYBE_BODY = Pattern.compile("(?i)article|body|column|content|main|entry|story|text");
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
  /** Below this many characters a container is not the article. */
  static final int MIN_BODY = 200;

  private MainText() {}

  /**
   * Removes from the page what is never the article's words. An element that holds half the
   * page's text or more stays whatever its name or style: a page built inside one {@code <form>}
   * or one hidden wrapper that a script reveals is still read.
   */
  static void prune(Document doc, boolean byName) {
    Element body = doc.body() == null ? doc : doc.body();
    Stats stats = Stats.of(body); // sizes as the page has them: removing one widget shrinks no other
    int half = stats.text(body) / 2;
    List<Element> out = new ArrayList<>(doc.select(NOT_TEXT));
    for (Element e : doc.select("[style], [class]")) {
      if (HIDDEN_STYLE.matcher(e.attr("style")).find() || HIDDEN_CLASS.matcher(e.className()).find()) {
        out.add(e);
      }
    }
    if (byName) {
      for (Element e : doc.select("[class], [id]")) {
        if (!e.tagName().equals("article") && widget(e) && !marked(e)) {
          out.add(e);
        }
      }
    }
    for (Element e : out) {
      if (e.parent() != null && e != body && !e.tagName().equals("html") && stats.text(e) < half
          && e.selectFirst("[itemprop=articleBody]") == null) {
        e.remove();
      }
    }
  }

  /** Whether the class or id of an element names a widget, and nothing that could be the article. */
  private static boolean widget(Element e) {
    if (MAYBE_BODY.matcher(e.className()).find() || MAYBE_BODY.matcher(e.id()).find()) {
      return false;
    }
    return WIDGET.matcher(TAXONOMY.matcher(e.className()).replaceAll("")).find() || WIDGET.matcher(e.id()).find();
  }

  private static boolean marked(Element e) {
    return e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  /** The elements holding the article's text, in page order. */
  static List<Element> find(Document doc) {
    Element body = doc.body() == null ? doc : doc.body();
    Stats stats = Stats.of(body);
    Element marked = markedBody(doc, stats);
    if (marked != null) {
      return List.of(marked);
    }
    List<Element> scored = densest(body, stats);
    return scored.isEmpty() ? List.of(body) : scored;
  }

  /** A container the page marks as the article's body, when it holds enough text. */
  private static Element markedBody(Document doc, Stats stats) {
    for (String sel : MARKED_BODIES) {
      Element best = longest(doc.select(sel), stats);
      if (best != null && stats.text(best) >= MIN_BODY) {
        return best;
      }
    }
    return null;
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
    for (Map.Entry<Element, int[]> p : stats.paragraphs.entrySet()) {
      int[] v = p.getValue();
      boolean good = v[0] >= MIN_GOOD && v[1] < LINKED_PARAGRAPH * v[0];
      double gain = good ? v[0] - v[1] : -BAD_WEIGHT * v[0];
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

  /** Removes from the chosen elements the parts that are lists of links rather than text. */
  static void dropLinkLists(List<Element> chosen) {
    for (Element root : chosen) {
      Stats stats = Stats.of(root);
      for (Element e : root.select("ul, ol, div, section, table, dl, nav, p")) {
        if (e == root || e.parent() == null) {
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
   * Text lengths under each element, counted in one walk: all text, text inside links, and for
   * each paragraph (the nearest block around some text) its length and its length inside links.
   */
  static final class Stats implements NodeVisitor {
    private final Map<Element, int[]> text = new IdentityHashMap<>();
    /** Per paragraph: {length, length inside links}. */
    final Map<Element, int[]> paragraphs = new IdentityHashMap<>();
    private final List<Element> blocks = new ArrayList<>();
    private int inLink;

    static Stats of(Element root) {
      Stats s = new Stats();
      s.blocks.add(root); // text outside any block inside the root is the root's paragraph
      NodeTraversor.traverse(s, root);
      return s;
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
