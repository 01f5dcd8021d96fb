package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFiles;
import org.marsad.text.DataFiles.Row;

/** Checks the shape of the people knowledge base, line by line, so a bad edit names its line. */
class PeopleFileTest {

  private static final String FILE = "entities/people.tsv";
  private static final List<Row> ROWS = DataFiles.rows(FILE, 8);

  private static String where(Row r) {
    return r.resource() + ":" + r.line();
  }

  @Test
  void everyLineIsAPersonWithEightFieldsAnOfficeAndYears() {
    assertThat(ROWS).hasSizeGreaterThan(300);
    for (Row r : ROWS) {
      assertThat(r.fields()).as(where(r)).hasSize(8);
      assertThat(r.field(0)).as(where(r)).matches("person:[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(r.field(1)).as(where(r)).isEqualTo("PERSON");
      assertThat(r.field(3)).as(where(r) + " country").matches("[A-Z]{3}");
      assertThat(r.field(4)).as(where(r)).isNotBlank();
      assertThat(r.field(5)).as(where(r)).matches("(19|20)\\d\\d-((19|20)\\d\\d)?");
      String[] years = r.field(5).split("-", -1);
      if (!years[1].isEmpty()) {
        assertThat(Integer.parseInt(years[1])).as(where(r)).isGreaterThanOrEqualTo(Integer.parseInt(years[0]));
      }
    }
  }

  @Test
  void namesAreNonEmptyAndInTheRightScript() {
    for (Row r : ROWS) {
      for (String ar : r.field(6).split("\\|", -1)) {
        assertThat(ar).as(where(r) + " Arabic name").isNotBlank().doesNotContainPattern("[A-Za-z]");
      }
      for (String lat : r.field(7).split("\\|", -1)) {
        assertThat(lat).as(where(r) + " Latin name").isNotBlank().doesNotContainPattern("[\\u0600-\\u06FF]");
      }
    }
  }

  @Test
  void anOfficeIsListedOnceAndAnIdKeepsOneName() {
    Set<String> offices = new HashSet<>();
    Map<String, String> nameOf = new HashMap<>();
    for (Row r : ROWS) {
      assertThat(offices.add(r.field(0) + "\t" + r.field(4) + "\t" + r.field(5)))
          .as(where(r) + " repeats an office of " + r.field(0)).isTrue();
      String before = nameOf.putIfAbsent(r.field(0), r.field(2));
      assertThat(before == null || before.equals(r.field(2))).as(where(r) + " renames " + r.field(0)).isTrue();
    }
  }

  /** A name (short or full) that points at two people would link mentions to the wrong one. */
  @Test
  void noNameIsSharedByTwoPeople() {
    Map<String, Set<String>> owners = new HashMap<>();
    for (Row r : ROWS) {
      for (String ar : r.field(6).split("\\|")) {
        owners.computeIfAbsent(ArabicNormalizer.normalize(ar.strip()), k -> new TreeSet<>()).add(r.field(0));
      }
      for (String lat : r.field(7).split("\\|")) {
        owners.computeIfAbsent(lat.strip().toLowerCase(), k -> new TreeSet<>()).add(r.field(0));
      }
    }
    List<String> shared = new ArrayList<>();
    owners.forEach((name, ids) -> {
      if (ids.size() > 1) {
        shared.add(name + " -> " + ids);
      }
    });
    assertThat(shared).as("names listed under two ids").isEmpty();
  }

  @Test
  void wellKnownOfficeHoldersAreThere() {
    assertThat(ROWS).anySatisfy(r -> {
      assertThat(r.field(0)).isEqualTo("person:sergey-lavrov");
      assertThat(r.field(4)).isEqualTo("Foreign Minister");
      assertThat(r.field(6).split("\\|")).contains("لافروف");
    });
  }
}
