package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SyndicationTest {

  static final String STORY = "أعلنت وزارة الزراعة التونسية أن صادرات زيت الزيتون ارتفعت هذا الموسم إلى مستوى لم تبلغه منذ عشر سنوات، "
      + "وأرجعت ذلك إلى وفرة الأمطار في الشتاء الماضي وإلى فتح أسواق جديدة في آسيا وأمريكا الشمالية. وقال مسؤول في الوزارة "
      + "إن المزارعين في الساحل والوسط جنوا محصولا أكبر من المتوقع، وإن الحكومة ستدعم تصدير الزيت المعبأ بدل بيعه سائبا.";
  /** The same story as another outlet ran it: one word changed and the last clause cut. */
  static final String EDITED = STORY.replace("ارتفعت", "قفزت").replace("، وإن الحكومة ستدعم تصدير الزيت المعبأ بدل بيعه سائبا.", ".");
  static final String OTHER = "افتتح معرض الكتاب في عمان بمشاركة مئات الناشرين العرب، وتستمر فعالياته عشرة أيام تتخللها ندوات "
      + "وأمسيات شعرية وحفلات توقيع لكتب صدرت هذا العام في الرواية والتاريخ والفلسفة.";

  @Test
  void lightlyEditedCopiesAreSyndicatedAndOtherTextsAreNot() {
    long[] story = Syndication.signature(STORY);
    assertThat(MinHash.similarity(story, Syndication.signature(STORY))).isEqualTo(1.0);
    assertThat(MinHash.similarity(story, Syndication.signature(EDITED))).isGreaterThan(0.6);
    assertThat(MinHash.similarity(story, Syndication.signature(OTHER))).isLessThan(0.1);
    assertThat(Syndication.syndicated(story, Syndication.signature(EDITED))).isTrue();
  }

  @Test
  void groupsPointToTheirFirstMember() {
    int[] groups = Syndication.group(List.of(Syndication.signature(OTHER), Syndication.signature(STORY),
        Syndication.signature(EDITED)));
    assertThat(groups).containsExactly(0, 1, 1);
  }

  @Test
  void signaturesSurviveStorage() {
    long[] s = Syndication.signature(STORY);
    byte[] b = MinHash.toBytes(s);
    assertThat(MinHash.fromBytes(b, 0, b.length)).isEqualTo(s);
    assertThat(Syndication.bandKeys(s)).hasSize(Syndication.BANDS).doesNotHaveDuplicates();
    assertThat(Syndication.bandKeys(Syndication.signature(""))).isEmpty();
  }

  /**
   * Grouping by the bands that positions share gives the groups that bucketing every band does:
   * random signatures, some made copies of an earlier one (chains among them), some not quite.
   */
  @Test
  void groupingByTheSharedBandsAloneGivesTheSameGroups() {
    java.util.Random r = new java.util.Random(5);
    int joined = 0;
    for (int round = 0; round < 300; round++) {
      List<long[]> signatures = new java.util.ArrayList<>();
      int n = 1 + r.nextInt(50);
      for (int i = 0; i < n; i++) {
        long[] s = new long[Syndication.SIZE];
        long[] base = i > 0 && r.nextInt(3) == 0 ? signatures.get(r.nextInt(i)) : null;
        int kept = base == null || base.length == 0 ? 0 : 30 + r.nextInt(70);
        for (int k = 0; k < s.length; k++) {
          s[k] = k < kept ? base[k] : r.nextLong();
        }
        signatures.add(r.nextInt(20) == 0 ? new long[0] : s);
      }
      int[] everyBand = new int[n]; // every band a bucket, every pair in a bucket compared
      for (int i = 0; i < n; i++) {
        everyBand[i] = i;
      }
      java.util.Map<Long, List<Integer>> buckets = new java.util.HashMap<>();
      for (int i = 0; i < n; i++) {
        for (long key : Syndication.bandHashes(signatures.get(i))) {
          buckets.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(i);
        }
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            if (Syndication.syndicated(signatures.get(bucket.get(x)), signatures.get(bucket.get(y)))) {
              Syndication.union(everyBand, bucket.get(x), bucket.get(y));
            }
          }
        }
      }
      int[] expected = new int[n];
      for (int i = 0; i < n; i++) {
        expected[i] = Syndication.find(everyBand, i);
        joined += expected[i] != i ? 1 : 0;
      }
      assertThat(Syndication.group(signatures)).containsExactly(expected);
    }
    assertThat(joined).as("copies were made and found").isGreaterThan(100);
  }

  @Test
  void signaturesAreComparedInTheirStoredBytesAlike() {
    long[] story = Syndication.signature(STORY);
    for (String text : List.of(STORY, EDITED, OTHER, "")) {
      byte[] b = MinHash.toBytes(Syndication.signature(text));
      assertThat(Syndication.syndicated(story, b.length / Long.BYTES, i -> MinHash.at(b, 0, i)))
          .isEqualTo(Syndication.syndicated(story, Syndication.signature(text)));
    }
  }
}
