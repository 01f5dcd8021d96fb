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
}
