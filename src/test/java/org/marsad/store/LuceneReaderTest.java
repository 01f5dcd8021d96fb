package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The pieces of the embedded reader's search that are cheaper than Lucene's own, and must answer alike. */
class LuceneReaderTest {

  @Test
  void theKindFilterIsLeftOutOnlyWhenTheWordsCanFindNothingButArticles() {
    Query title = new BoostQuery(new TermQuery(new Term(Schema.TITLE, "سوريا")), 2f);
    Query text = new TermQuery(new Term(Schema.TEXT, "سوريا"));
    Query either = new BooleanQuery.Builder().add(title, Occur.SHOULD).add(text, Occur.SHOULD).build();
    assertThat(LuceneReader.inArticleFieldsOnly(either)).isTrue();
    assertThat(LuceneReader.inArticleFieldsOnly(new PhraseQuery(Schema.TEXT, "وزير", "الخارجية"))).isTrue();
    assertThat(LuceneReader.inArticleFieldsOnly(new PrefixQuery(new Term(Schema.TEXT, "سور")))).isTrue();
    // excluding a unit's field finds nothing new
    assertThat(LuceneReader.inArticleFieldsOnly(new BooleanQuery.Builder().add(either, Occur.MUST)
        .add(new TermQuery(new Term(Schema.KIND, Schema.EVENT)), Occur.MUST_NOT).build())).isTrue();

    // anything that may reach an event or a quotation keeps the filter
    assertThat(LuceneReader.inArticleFieldsOnly(new TermQuery(new Term("q.speaker", "x")))).isFalse();
    assertThat(LuceneReader.inArticleFieldsOnly(new BooleanQuery.Builder().add(either, Occur.SHOULD)
        .add(new TermQuery(new Term(Schema.KIND, Schema.EVENT)), Occur.SHOULD).build())).isFalse();
    assertThat(LuceneReader.inArticleFieldsOnly(new MatchAllDocsQuery())).isFalse();
    assertThat(LuceneReader.inArticleFieldsOnly(IntPoint.newRangeQuery(Schema.UNIT_DAY, 1, 2))).isFalse();
    assertThat(LuceneReader.inArticleFieldsOnly(new PrefixQuery(new Term("q.words", "سور")))).isFalse();
  }

  @Test
  void passagesScoreAsLuceneScoresThem() {
    Random r = new Random(3);
    List<BytesRef> words = List.of(new BytesRef("a"), new BytesRef("bb"), new BytesRef("ccc"), new BytesRef("a"));
    PassageScorer lucene = new PassageScorer();
    PassageScorer ours = new LuceneReader.PassageScore();
    for (int round = 0; round < 500; round++) {
      Passage p = new Passage();
      int start = r.nextInt(5000);
      p.setStartOffset(start);
      p.setEndOffset(start + 500);
      int at = start;
      for (int m = r.nextInt(8); m > 0; m--) {
        at += r.nextInt(60);
        BytesRef w = words.get(r.nextInt(words.size()));
        p.addMatch(at, at + w.length, BytesRef.deepCopyOf(w), 1 + r.nextInt(20));
      }
      p.setEndOffset(Math.max(at + 3, start + 1 + r.nextInt(500)));
      int length = p.getEndOffset() + r.nextInt(10_000);
      assertThat(ours.score(p, length)).isEqualTo(lucene.score(p, length));
    }
  }
}
