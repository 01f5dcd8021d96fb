package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.Tokenizer;

/** Clusters from unlabelled text: words used alike share a path, words used otherwise part early. */
class ClusterLearnerTest {

  private static WordClusters learn() {
    ClusterLearner learner = new ClusterLearner();
    String[] towns = {"بنزرت", "صفاقس", "سوسة", "قابس", "نابل"};
    String[] people = {"سامر", "رانيا", "جورج", "منى", "كريم"};
    for (int round = 0; round < 4; round++) {
      for (String town : towns) {
        learner.add(Tokenizer.tokenize("وصل الوفد إلى مدينة " + town + " صباح اليوم"));
      }
      for (String person : people) {
        learner.add(Tokenizer.tokenize("وقال الوزير " + person + " إن الحكومة ستدعم"));
      }
    }
    return learner.learn();
  }

  @Test
  void words_in_the_same_places_share_their_first_turn_and_others_do_not() {
    WordClusters clusters = learn();
    String town = clusters.path("بنزرت");
    String otherTown = clusters.path("قابس");
    String person = clusters.path("رانيا");
    assertThat(town).isNotNull();
    assertThat(otherTown).isNotNull();
    assertThat(person).isNotNull();
    assertThat(commonPrefix(town, otherTown)).isGreaterThan(commonPrefix(town, person));
  }

  @Test
  void the_same_text_gives_the_same_clusters_and_rare_words_none() {
    WordClusters a = learn();
    WordClusters b = learn();
    for (String w : List.of("بنزرت", "رانيا", "الوفد", "الوزير")) {
      assertThat(b.path(w)).isEqualTo(a.path(w));
    }
    ClusterLearner once = new ClusterLearner();
    once.add(Tokenizer.tokenize("كلمة نادرة جدا"));
    assertThat(once.learn().size()).isZero();
  }

  private static int commonPrefix(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
