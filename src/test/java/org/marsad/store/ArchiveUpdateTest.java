package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.Records.article;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.doc.Article;

/** The same article twice is stored once; a changed article from the same place replaces the old. */
class ArchiveUpdateTest {

  @TempDir
  Path dir;

  static final String TEXT = "أعلنت الحكومة المغربية خطة لتحلية مياه البحر في المدن الساحلية خلال خمس سنوات.";
  static final String CHANGED = "أعلنت الحكومة المغربية خطة معدلة لتحلية مياه البحر في المدن الساحلية خلال سبع سنوات.";

  @Test
  void theSameArticleTwiceIsOneDocument() throws IOException {
    Article first = article("news/morocco.txt", "خطة للتحلية", "2023-04-01", "وكالات", TEXT);
    Article again = article("copies/morocco.txt", "خطة للتحلية", "2023-04-01", "وكالات", TEXT);
    try (Archive w = Archive.open(dir)) {
      w.add(first, "1");
      w.add(first, "1");
      w.add(again, "2");
      w.commit();
      assertThat(w.size()).isEqualTo(1);
    }
    try (ArchiveSearcher s = ArchiveSearcher.open(dir)) {
      assertThat(s.size()).isEqualTo(1);
    }
  }

  @Test
  void aChangedArticleReplacesTheOneFromTheSamePlace() throws IOException {
    try (Archive w = Archive.open(dir)) {
      w.add(article("news/morocco.txt", null, null, null, TEXT), "old");
      w.add(article("news/other.txt", null, null, null, "افتتح مهرجان الموسيقى الأندلسية في فاس."), "other");
      w.commit();
    }
    try (Archive w = Archive.open(dir)) {
      assertThat(w.holds("old")).isTrue();
      assertThat(w.holds("new")).isFalse();
      w.add(article("./news/../news/morocco.txt", null, null, null, CHANGED), "new"); // the same file, named another way
      w.commit();
    }
    try (ArchiveSearcher s = ArchiveSearcher.open(dir)) {
      assertThat(s.size()).isEqualTo(2);
      assertThat(s.all(SearchRequest.of("سبع"))).extracting(Article::text).containsExactly(CHANGED);
      assertThat(s.all(SearchRequest.of("خمس"))).isEmpty();
    }
  }
}
