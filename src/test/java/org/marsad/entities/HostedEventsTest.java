package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Entity;

/**
 * An event's noun in construct with its host ("مونديال ألمانيا"، "أولمبياد بكين") is no name of its
 * own: the host is the name, as ANERcorp annotates it; the noun alone or with its year stays the
 * event's. Over the standard knowledge base, without the model, so that what is asserted is the rule.
 */
class HostedEventsTest {

  /** "type=mention text" for every mention the knowledge base finds in {@code text}. */
  private static List<String> mentions(String text) {
    return KbOnly.mentions(text, Entity::type);
  }

  @Test
  void the_host_names_the_event_and_the_noun_before_it_is_no_name() {
    List<String> found = mentions("وودع المنتخب البطولة من ربع نهائي مونديال فرنسا بعد أداء باهت.");
    assertThat(found).contains("GPE=فرنسا").noneMatch(m -> m.contains("مونديال"));
    assertThat(mentions("وحصد العداء فضية في أولمبياد لندن قبل أن يعتزل."))
        .contains("GPE=لندن").noneMatch(m -> m.contains("أولمبياد"));
  }

  @Test
  void the_noun_alone_or_before_its_year_stays_the_events_name() {
    assertThat(mentions("ويستعد المنتخب للمونديال المقبل بمعسكر طويل.")).contains("MISC=للمونديال");
    assertThat(mentions("وسجل اللاعب هدفين في مونديال 1998 أمام البرازيل."))
        .anyMatch(m -> m.startsWith("MISC=") && m.contains("مونديال"));
  }
}
