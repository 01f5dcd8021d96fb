package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;

/**
 * A place named as the time zone of a clock time is no mention of the place; the same place in
 * the article's sentences is. Lines written for the test.
 */
class ZoneNamesTest {

  @Test
  void aCityNamedAsTheZoneOfADateLineIsNoMention() {
    String text = "12 مارس، 2026 الساعة 09:20 (بتوقيت بغداد)\n\nوأعلنت الشرطة اعتقال ثلاثة أشخاص في البصرة.";
    assertThat(KbOnly.mentions(text, Entity::id)).noneMatch(m -> m.startsWith("gpe:baghdad"));
  }

  @Test
  void theSameCityInTheArticleStaysAMention() {
    String text = "12 مارس، 2026 الساعة 09:20 بتوقيت بغداد\n\nوأعلنت الشرطة اعتقال ثلاثة أشخاص في بغداد.";
    assertThat(KbOnly.mentions(text, Entity::id)).containsOnlyOnce("gpe:baghdad=بغداد");
  }

  @Test
  void aZoneCityInASentenceStaysAMention() {
    String text = "وتبث القناة برنامجها الجديد كل مساء في الساعة العاشرة بتوقيت بغداد طوال شهر رمضان المبارك على شاشتها الرئيسية.";
    assertThat(KbOnly.mentions(text, Entity::id)).contains("gpe:baghdad=بغداد");
  }
}
