package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Article;
import org.marsad.doc.Json;
import org.marsad.ingest.ArticleReader;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;

class RecordSchemaTest {

  enum Mood { ASSERTED, PLANNED }

  record Cue(@JsonProperty("start_at") int startAt, String text, Mood mood) {}

  record Finding(String id, List<Cue> cues, Map<String, Integer> counts, boolean direct,
      @JsonInclude(JsonInclude.Include.NON_NULL) String note, double score, long offset) {}

  /** {@link Finding} with one field more, as a step might add one to a record. */
  record FindingWithTags(String id, List<Cue> cues, Map<String, Integer> counts, boolean direct, String note,
      double score, long offset, List<String> tags) {}

  @Test
  void aRecordBecomesTheStructItsJsonIs() {
    StructType cue = DataTypes.createStructType(List.of(
        DataTypes.createStructField("start_at", DataTypes.IntegerType, false),
        DataTypes.createStructField("text", DataTypes.StringType, true),
        DataTypes.createStructField("mood", DataTypes.StringType, true)));
    assertThat(RecordSchema.of(Json.MAPPER, Finding.class)).isEqualTo(DataTypes.createStructType(List.of(
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("cues", DataTypes.createArrayType(cue, true), true),
        DataTypes.createStructField("counts", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType, true),
            true),
        DataTypes.createStructField("direct", DataTypes.BooleanType, false),
        DataTypes.createStructField("note", DataTypes.StringType, true),
        DataTypes.createStructField("score", DataTypes.DoubleType, false),
        DataTypes.createStructField("offset", DataTypes.LongType, false))));
  }

  @Test
  void aFieldAddedToARecordIsAColumnWithoutAnEdit() {
    List<StructField> before = List.of(RecordSchema.of(Json.MAPPER, Finding.class).fields());
    List<StructField> after = List.of(RecordSchema.of(Json.MAPPER, FindingWithTags.class).fields());
    assertThat(after.subList(0, before.size())).isEqualTo(before);
    assertThat(after.get(before.size()))
        .isEqualTo(DataTypes.createStructField("tags", DataTypes.createArrayType(DataTypes.StringType, true), true));
  }

  record Untyped(String id, Object anything) {}

  record Thread(String id, List<Thread> replies) {}

  @Test
  void aFieldWithNoSparkTypeIsNamed() {
    assertThatThrownBy(() -> RecordSchema.of(Json.MAPPER, Untyped.class)).hasMessageStartingWith("Untyped.anything:");
    assertThatThrownBy(() -> RecordSchema.of(Json.MAPPER, Thread.class))
        .hasMessageStartingWith("Thread.replies[]:").hasMessageContaining("contains itself");
  }

  /**
   * Every field that an analysed sample article's JSON holds, at any depth, is a column of the
   * Article schema with a matching type, and the top-level fields come in the JSON's order: a
   * field added to any record of org.marsad.doc fails here if the schema missed it.
   */
  @Test
  void everyFieldOfAnAnalysedArticleIsAColumn() throws IOException {
    StructType schema = RecordSchema.of(Json.MAPPER, Article.class);
    Pipeline pipeline = PerExecutor.pipeline();
    List<RawArticle> raw = new ArrayList<>();
    ArticleReader reader = new ArticleReader();
    for (Path f : ArticleReader.files(Path.of("..", "samples"))) {
      reader.read(f, new ArticleSink() {
        @Override
        public void article(RawArticle article) {
          raw.add(article);
        }

        @Override
        public void problem(String where, String what) {
          throw new AssertionError(where + ": " + what);
        }

        @Override
        public void note(String where, String what) {}
      });
    }
    assertThat(raw).hasSizeGreaterThan(20);
    int checked = 0;
    for (RawArticle a : raw) {
      JsonNode json = Json.MAPPER.valueToTree(pipeline.analyze(a));
      List<String> names = new ArrayList<>();
      json.fieldNames().forEachRemaining(names::add);
      assertThat(names).isEqualTo(List.of(schema.fieldNames()));
      checked += conforms(json, schema, a.source());
    }
    assertThat(checked).as("values checked").isGreaterThan(5000);
  }

  /** Checks a JSON value against a Spark type; the count of values checked. */
  private static int conforms(JsonNode v, DataType t, String where) {
    if (v.isNull()) {
      return 1;
    }
    if (t instanceof StructType s) {
      assertThat(v.isObject()).as(where).isTrue();
      int n = 1;
      for (Map.Entry<String, JsonNode> f : v.properties()) {
        assertThat(s.getFieldIndex(f.getKey()).isDefined()).as("%s.%s is a column", where, f.getKey()).isTrue();
        n += conforms(f.getValue(), s.apply(f.getKey()).dataType(), where + "." + f.getKey());
      }
      return n;
    }
    if (t instanceof ArrayType a) {
      assertThat(v.isArray()).as(where).isTrue();
      int n = 1;
      for (JsonNode x : v) {
        n += conforms(x, a.elementType(), where + "[]");
      }
      return n;
    }
    boolean fits = t.equals(DataTypes.StringType) ? v.isTextual()
        : t.equals(DataTypes.IntegerType) ? v.isInt()
        : t.equals(DataTypes.BooleanType) ? v.isBoolean()
        : t.equals(DataTypes.LongType) ? v.isIntegralNumber()
        : t.equals(DataTypes.DoubleType) && v.isNumber();
    assertThat(fits).as("%s: %s is a %s", where, v, t.simpleString()).isTrue();
    return 1;
  }
}
