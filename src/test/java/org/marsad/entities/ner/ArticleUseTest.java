package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.marsad.text.Tokenizer;

/** How often unlabelled text gives a stem the article, on sentences written for the test. */
class ArticleUseTest {

  private static ArticleUse counted() {
    ArticleUse.Counter c = new ArticleUse.Counter();
    c.add(Tokenizer.tokenize("قالت الحكومة إن حكومة الوحدة ستجتمع، وأكدت للحكومة وبالحكومة ثقتها."));
    c.add(Tokenizer.tokenize("والتقى فابريغاس بزميله، ثم غادر فابريغاس الملعب إلى سيارة سيارة سيارة السيارة."));
    return c.done();
  }

  @Test
  void a_stem_is_classed_by_how_often_it_takes_the_article() {
    ArticleUse use = counted();
    // الحكومة، للحكومة، وبالحكومة with it, حكومة once without: mostly
    assertThat(use.bucket("حكومه")).isEqualTo(3);
    // never with it (as the model reads it: its stem, an initial ف taken for the conjunction)
    assertThat(use.bucket(NerFeatures.stem("فابريغاس"))).isEqualTo(1);
    // السيارة once in four: sometimes
    assertThat(use.bucket("سياره")).isEqualTo(2);
    // never seen
    assertThat(use.bucket("شيناواترا")).isZero();
    assertThat(ArticleUse.empty().bucket("حكومه")).isEqualTo(ArticleUse.NONE);
  }

  @Test
  void the_counts_are_written_and_read_the_same() throws IOException {
    ArticleUse use = counted();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      use.write(out);
    }
    ArticleUse read = ArticleUse.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(read.sameAs(use)).isTrue();
    assertThat(read.bucket("حكومه")).isEqualTo(3);
  }
}
