package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicNormalizer;

/**
 * The inflected forms of a verb, made from its past and present third person masculine
 * singular by the regular suffixes and prefixes of Modern Standard Arabic, normalised:
 * past اتفق → اتفقت، اتفقا، اتفقتا، اتفقوا، اتفقنا; present يتفق → تتفق، نتفق، اتفق، يتفقان،
 * يتفقون، يتفقا، يتفقوا. A past ending in ى or ا (التقى، دعا) and a present ending in ي or و
 * (يلتقي، يدعو) take the weak-letter forms (التقت، التقيا، التقوا؛ يلتقون، لم يلتق).
 * Source: W. Wright, A Grammar of the Arabic Language, vol. 1, §§ 74-160 (inflection of the verb).
 */
final class VerbForms {

  /**
   * One written form: normalised {@code word}, the person it names, whether it is a present, and
   * whether it is third person masculine singular ("اتهم"، "يتهم"), which a country never governs.
   */
  record Form(String word, Person person, boolean present, boolean masculine) {

    Form(String word, Person person, boolean present) {
      this(word, person, present, false);
    }
  }

  private VerbForms() {}

  static List<Form> of(String past, String present) {
    List<Form> out = new ArrayList<>();
    pastForms(past, out);
    presentForms(present, out);
    return out;
  }

  /**
   * The past forms of a passive whose spelling differs from the active ("اغتيل"، "أصيب"): its
   * present is spelt as the active's and is left to the active's row.
   */
  static List<Form> passive(String past) {
    List<Form> out = new ArrayList<>();
    pastForms(past, out);
    return out;
  }

  private static void pastForms(String written, List<Form> out) {
    String p = ArabicNormalizer.normalize(written);
    char last = written.charAt(written.length() - 1);
    String s = p.substring(0, p.length() - 1);
    if (last == 'ى') {
      out.add(new Form(p, Person.OTHER, false, true));
      add(out, s + "ت", Person.OTHER, false);
      add(out, s + "ا", Person.OTHER, false); // before an object pronoun: التقاه
      add(out, s + "يا", Person.DUAL, false);
      add(out, s + "تا", Person.DUAL, false);
      add(out, s + "وا", Person.OTHER, false);
      add(out, s + "ينا", Person.FIRST, false);
    } else if (last == 'ا') {
      out.add(new Form(p, Person.OTHER, false, true));
      add(out, s + "ت", Person.OTHER, false);
      add(out, s + "وا", Person.OTHER, false);
      add(out, s + "تا", Person.DUAL, false);
      add(out, s + "ونا", Person.FIRST, false);
    } else {
      out.add(new Form(p, Person.OTHER, false, true));
      add(out, p + "ت", Person.OTHER, false);
      add(out, p + "ا", Person.DUAL, false);
      add(out, p + "تا", Person.DUAL, false);
      add(out, p + "وا", Person.OTHER, false);
      add(out, p + "نا", Person.FIRST, false);
      add(out, p + "تم", Person.OTHER, false);
    }
  }

  private static void presentForms(String written, List<Form> out) {
    String q = ArabicNormalizer.normalize(written);
    if (q.length() < 3 || q.charAt(0) != 'ي') {
      throw new IllegalArgumentException("a present tense starts with ي: " + written);
    }
    String stem = q.substring(1);
    char last = stem.charAt(stem.length() - 1);
    boolean weak = last == 'ي' || last == 'و';
    String base = weak ? stem.substring(0, stem.length() - 1) : stem;
    for (String prefix : new String[] {"ي", "ت"}) {
      out.add(new Form(prefix + stem, Person.OTHER, true, prefix.equals("ي")));
      add(out, prefix + stem + "ان", Person.DUAL, true);
      add(out, prefix + base + "ون", Person.OTHER, true);
      add(out, prefix + base + "وا", Person.OTHER, true);
      if (weak) {
        add(out, prefix + base, Person.OTHER, true); // jussive after لم: لم يلتق
      } else {
        add(out, prefix + stem + "ا", Person.DUAL, true); // subjunctive: أن يتفقا
      }
    }
    add(out, "ن" + stem, Person.FIRST, true);
    add(out, "ا" + stem, Person.FIRST, true);
  }

  private static void add(List<Form> out, String word, Person person, boolean present) {
    out.add(new Form(word, person, present));
  }
}
