package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFiles;

/**
 * Every word of {@code events/grammar.tsv} is read back as its class from the form a text gives it
 * (normalised): a word written with a hamza or a ta marbuta, or listed under a second class
 * ("كما": opener and adverb), is found, never silently lost.
 */
class GrammarEntriesTest {

  /** The classes matched as phrases or by written form, which other tests read. */
  private static final Set<Cues.WordClass> ELSEWHERE = EnumSet.of(Cues.WordClass.DEONTIC, Cues.WordClass.BOUNDARY,
      Cues.WordClass.AGENT, Cues.WordClass.DOER, Cues.WordClass.UNDERGO, Cues.WordClass.AGAINST,
      Cues.WordClass.PASSING, Cues.WordClass.SITE, Cues.WordClass.OCCASION, Cues.WordClass.AREA);

  /** The closed lists, read through {@link Cues#words}. */
  private static final Set<Cues.WordClass> LISTS = EnumSet.range(Cues.WordClass.THAT, Cues.WordClass.IN_IT);

  @Test
  void everyWordIsReadAsEachClassItIsListedUnder() {
    Cues cues = new Cues();
    List<String> lost = new ArrayList<>();
    for (DataFiles.Row row : DataFiles.rows("events/grammar.tsv", 2)) {
      Cues.WordClass c = Cues.WordClass.valueOf(row.field(1).toUpperCase(Locale.ROOT).replace('-', '_'));
      String norm = ArabicNormalizer.normalize(row.field(0));
      boolean read = ELSEWHERE.contains(c) || (LISTS.contains(c) ? Cues.words(c).contains(norm) : cues.is(norm, c));
      if (!read) {
        lost.add(row.resource() + ":" + row.line() + ": " + row.field(0) + " " + row.field(1));
      }
    }
    assertThat(lost).isEmpty();
  }

  @Test
  void aWordListedUnderTwoClassesIsReadAsBoth() {
    Cues cues = new Cues();
    assertThat(cues.is("كما", Cues.WordClass.OPENER)).isTrue();
    assertThat(cues.is("كما", Cues.WordClass.ADVERB)).isTrue();
    assertThat(cues.is("وكما", Cues.WordClass.ADVERB)).isTrue();
    assertThat(cues.classOf("كما")).isEqualTo(Cues.WordClass.OPENER);
    assertThat(cues.is("كما", Cues.WordClass.TITLE)).isFalse();
  }
}
