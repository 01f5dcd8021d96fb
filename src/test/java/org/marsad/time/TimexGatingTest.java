package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.text.ArabicNormalizer;

/**
 * The tagger tries a rule only where one of its first words stands ({@link FirstWords}); that
 * must find exactly what trying every rule at every word start finds. Text made of the time
 * words themselves, glued, with clitics, in other cases, among numbers and punctuation, and
 * the project's own articles.
 */
class TimexGatingTest {

  private static final LocalDate ANCHOR = LocalDate.of(2023, 10, 18);

  @Property(tries = 400)
  void triggersFindWhatEveryRuleEverywhereFinds(@ForAll("texts") String text) {
    assertThat(TimexTagger.find(text, ANCHOR, false)).as(text).isEqualTo(TimexTagger.find(text, ANCHOR, true));
    assertThat(TimexTagger.find(text, null, false)).as(text).isEqualTo(TimexTagger.find(text, null, true));
  }

  /**
   * Every word of the vocabulary at which a rule's pattern could begin a match (it matches, or
   * runs on past the word and what follows it) triggers that rule: a first word left out of a
   * rule's {@link TimexRules.Starts} fails here, whether or not a random text happens to hold it.
   */
  @Example
  void everyWordARuleCanBeginWithTriggersIt() {
    FirstWords firstWords = new FirstWords(TimexRules.RULES);
    List<String> missing = new ArrayList<>();
    for (String word : vocabulary()) {
      String w = ArabicNormalizer.normalize(word);
      for (String after : List.of(" ", "\n", ",", "،", "/", "-", "–", "(", ")", ".", ":", "|", "%", "1")) {
        String input = w + after;
        for (int r = 0; r < TimexRules.RULES.size(); r++) {
          Matcher m = TimexRules.RULES.get(r).pattern().matcher(input);
          boolean could = m.lookingAt() || m.hitEnd();
          if (could && (firstWords.at(input, 0) & 1L << r) == 0) {
            missing.add(TimexRules.RULES.get(r).name() + " can begin with '" + input + "'");
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Example
  void onTheProjectsOwnArticlesTriggersFindWhatEveryRuleEverywhereFinds() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("samples"))) {
      files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8); // one is in windows-1256
      assertThat(TimexTagger.find(text, ANCHOR, false)).as(f.toString()).isEqualTo(TimexTagger.find(text, ANCHOR, true));
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Combinators.combine(Arbitraries.of(vocabulary()),
        Arbitraries.of("", "", "", "و", "ب", "ل", "وب", "فل", "ال", "ك"),
        Arbitraries.of(Form.class)).as((w, clitic, form) -> form.apply(w, clitic));
    Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "", "  ", "\n", "، ", ", ", " - ", "/", " (", ") ", ".", "%",
        ":");
    return Combinators.combine(word, gap).as(String::concat).list().ofMinSize(1).ofMaxSize(14)
        .map(parts -> String.join("", parts));
  }

  /** How a word is written: as listed, in capitals, or with letters Unicode folds to ASCII ("ſ" for "s"). */
  enum Form {
    AS_IS, UPPER, FOLDED;

    String apply(String word, String clitic) {
      String w = switch (this) {
        case AS_IS -> word;
        case UPPER -> word.toUpperCase(Locale.ROOT);
        case FOLDED -> word.replace('s', 'ſ').replace('k', '\u212A');
      };
      return clitic + w;
    }
  }

  /** Every word of the time lists, the words the patterns spell out, numbers of every shape, and other words. */
  private static List<String> vocabulary() {
    List<String> out = new ArrayList<>();
    for (Collection<String> c : List.of(TimeWords.HIJRI_MONTHS.keySet(), TimeWords.ENGLISH_MONTHS.keySet(),
        TimeWords.ENGLISH_WEEKDAYS.keySet(), TimeWords.NUMBERS.keySet(), TimeWords.RELATIVE.keySet(),
        TimeWords.DEICTIC_DAYS.keySet(), TimeWords.DECADES.keySet(), TimeWords.CENTURIES.keySet(),
        TimeWords.ORDINALS.keySet(), TimeWords.MODIFIERS.keySet(), TimeWords.DAY_PARTS.keySet(),
        TimeWords.SEASONS.keySet(), TimeWords.SET_WORDS.keySet(), TimeWords.UNITS.keySet(), TimeWords.LAST_WORDS,
        TimeWords.YEAR_LEADS, TimeWords.YEAR_NOUNS, TimeWords.ZONES, TimeWords.WORSHIP_DAYS, Calendars.monthNames(),
        Calendars.weekdayNames())) {
      out.addAll(c);
    }
    out.addAll(TimeWords.DECADES.keySet().stream().map(d -> d.substring(2)).toList());
    out.addAll(TimeWords.UNITS.keySet().stream().map(u -> "ال" + u).toList());
    out.addAll(List.of("يوم", "شهر", "شهري", "من", "الساعة", "الساعه", "كل", "هذا", "هذه", "الربع", "الاخير", "القرن",
        "عامي", "العامين", "سنتي", "لمدة", "طيلة", "طوال", "كامل", "of", "st", "th", "gmt", "utc", "ص", "م", "ه", "هجري",
        "صباحا", "p.m.", "12", "3", "2019", "1445", "٢٠١٩", "12:30", "9:05", "2019-07-12", "12/07/2019", "12.07.2019",
        "1999", "20", "قال", "الوزير", "سيعقد", "المقرر", "صلاة", "دولار", "مليون"));
    return out;
  }
}
