package org.marsad.spark;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of a record as the project's JSON writer writes it: the fields its Jackson
 * serializer writes, by the same names and in the same order, nested records as structs, lists
 * as arrays, enums as strings. Derived, never written by hand, so that a field another step adds
 * to {@link org.marsad.doc.Article} reaches the Parquet files by itself. A type with no Spark
 * counterpart (a field declared {@code Object}, a record that contains itself) is an error naming
 * the field.
 */
final class RecordSchema {

  private RecordSchema() {}

  static StructType of(ObjectMapper mapper, Class<?> type) {
    return struct(mapper, mapper.constructType(type), type.getSimpleName(), new ArrayDeque<>());
  }

  private static DataType dataType(ObjectMapper mapper, JavaType t, String field, Deque<Class<?>> open) {
    Class<?> c = t.getRawClass();
    if (c == String.class || c == char.class || c == Character.class || t.isEnumType()) {
      return DataTypes.StringType;
    }
    if (c == boolean.class || c == Boolean.class) {
      return DataTypes.BooleanType;
    }
    if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class
        || c == Byte.class) {
      return DataTypes.IntegerType;
    }
    if (c == long.class || c == Long.class) {
      return DataTypes.LongType;
    }
    if (c == double.class || c == Double.class) {
      return DataTypes.DoubleType;
    }
    if (c == float.class || c == Float.class) {
      return DataTypes.FloatType;
    }
    if (t.isCollectionLikeType() || t.isArrayType()) {
      return DataTypes.createArrayType(dataType(mapper, t.getContentType(), field + "[]", open), true);
    }
    if (t.isMapLikeType() && t.getKeyType().getRawClass() == String.class) {
      return DataTypes.createMapType(DataTypes.StringType, dataType(mapper, t.getContentType(), field + "{}", open),
          true);
    }
    return struct(mapper, t, field, open);
  }

  private static StructType struct(ObjectMapper mapper, JavaType t, String field, Deque<Class<?>> open) {
    Class<?> c = t.getRawClass();
    if (open.contains(c)) {
      throw new IllegalArgumentException(field + ": " + c.getName() + " contains itself; a Spark schema is finite");
    }
    JsonSerializer<Object> serializer;
    try {
      serializer = mapper.getSerializerProviderInstance().findValueSerializer(t);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(field + ": Jackson cannot write " + t + ": " + e.getOriginalMessage(), e);
    }
    Iterator<PropertyWriter> properties = serializer.properties();
    if (!properties.hasNext()) {
      throw new IllegalArgumentException(field + ": no Spark type for " + t
          + "; give the field a record, list, map, enum, string, number or boolean type");
    }
    open.push(c);
    List<StructField> fields = new ArrayList<>();
    while (properties.hasNext()) {
      PropertyWriter p = properties.next();
      JavaType type = p.getType();
      fields.add(DataTypes.createStructField(p.getName(), dataType(mapper, type, field + "." + p.getName(), open),
          !type.isPrimitive()));
    }
    open.pop();
    return DataTypes.createStructType(fields);
  }
}
