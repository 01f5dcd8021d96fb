package org.marsad.entities;

import java.util.Locale;

/**
 * An office or title that introduces a person ("وزير الخارجية" → Foreign Minister).
 * {@code country}: the ISO code the English name of the office belongs to ("Secretary of
 * State" for the United States), empty when it holds for every country. {@code kind} says how
 * the phrase names a person.
 */
record Office(String phrase, String role, String country, Kind kind) {

  enum Kind {
    /** An office: gives the person it introduces a role. */
    OFFICE,
    /** "نظيره": the counterpart of someone just named, with that person's role. */
    COUNTERPART,
    /** "السيد", "الجنرال": introduces a name, gives no office. */
    TITLE
  }

  /** Whether a person holding {@code held} may be called by this office: the same one, or "الوزير". */
  boolean fits(String held) {
    if (kind != Kind.OFFICE || held.isEmpty() || role.equalsIgnoreCase(held)) {
      return true;
    }
    String h = held.toLowerCase(Locale.ROOT);
    String r = role.toLowerCase(Locale.ROOT);
    // "الزعيم" (Leader) fits a Supreme Leader, "الوزير" any minister or secretary, but neither a
    // deputy nor a prime minister
    if (h.startsWith("deputy") || h.startsWith("vice") || (isGeneric() && h.startsWith("prime"))) {
      return false;
    }
    // "رئيسة المفوضية": a President of the European Commission; "رئيس مفوضية الاتحاد الأفريقي": its Chairperson
    if (r.equals("president") && h.startsWith("chairperson of ")) {
      return true;
    }
    return h.endsWith(" " + r) || h.startsWith(r + " of ") || (isGeneric() && h.contains("secretary"));
  }

  /**
   * Whether the phrase ends in a definite word ("وزير الخارجية", "الرئيس"), so that a name
   * may follow it; "وزير خارجية", "رئيس" are constructs, waiting for their country.
   */
  boolean isDefinite() {
    String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
    return kind != Kind.OFFICE || NameKeys.isLatin(last) || last.startsWith("ال") || last.startsWith("أل");
  }

  /** "الوزير": an office word that does not say which ministry. */
  boolean isGeneric() {
    return kind == Kind.OFFICE && role.equals("Minister");
  }

  /**
   * Whether {@code written}, the words the matcher took for this office, writes its letters غ ج ق as
   * the phrase does: an office is an Arabic word, where they are three letters, and the folding that
   * lets a foreign name's spellings meet ("شويغو"، "شويقو") must not make "نجيب" (a given name) "نقيب".
   */
  boolean writtenAs(String written) {
    return gLetters(written).equals(gLetters(phrase));
  }

  private static String gLetters(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'غ' || c == 'ج' || c == 'ق') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
