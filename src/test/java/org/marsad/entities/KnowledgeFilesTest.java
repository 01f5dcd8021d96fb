package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.text.DataFiles;
import org.marsad.text.DataFiles.Row;

/**
 * Checks every line of the places and organisations knowledge base (countries.tsv,
 * places.tsv, orgs.tsv) against the format in KB-FORMAT, then a few facts a reader can
 * check at a glance.
 */
class KnowledgeFilesTest {

  private static final String COUNTRIES = "entities/countries.tsv";
  private static final String PLACES = "entities/places.tsv";
  private static final String ORGS = "entities/orgs.tsv";

  /** Codes outside ISO 3166-1 that the knowledge base uses on purpose. */
  private static final Set<String> EXTRA_CODES = Set.of("SUN", "PSE", "XKX");

  private static final Pattern ID = Pattern.compile("(gpe|loc|org|misc):[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{InArabic}");

  private static final List<Row> COUNTRY_ROWS = DataFiles.rows(COUNTRIES, 3);
  private static final List<Row> PLACE_ROWS = DataFiles.rows(PLACES, 7);
  private static final List<Row> ORG_ROWS = DataFiles.rows(ORGS, 7);

  @Test
  void countryRowsHaveAKnownUniqueCodeAndAtMostSixFields() {
    Set<String> iso = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Row r : COUNTRY_ROWS) {
      String code = r.field(0);
      if (r.fields().size() > 6) {
        problems.add(where(r) + "at most 6 fields");
      }
      if (!iso.contains(code) && !EXTRA_CODES.contains(code)) {
        problems.add(where(r) + "an ISO 3166-1 alpha-3 code, found " + code);
      }
      if (!seen.add(code)) {
        problems.add(where(r) + "a code not used before, found " + code);
      }
      if (r.field(1).isEmpty()) {
        problems.add(where(r) + "an English name");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyIsoCountryHasARow() {
    Set<String> codes = new HashSet<>();
    COUNTRY_ROWS.forEach(r -> codes.add(r.field(0)));
    assertThat(codes).containsAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    assertThat(codes).containsAll(EXTRA_CODES);
  }

  @Test
  void everyNameListIsArabicWithoutEmptyOrRepeatedAlternatives() {
    List<String> problems = new ArrayList<>();
    for (Row r : COUNTRY_ROWS) {
      checkArabicList(r, 2, true, problems);
      checkArabicList(r, 3, false, problems);
      checkArabicList(r, 4, false, problems);
    }
    for (Row r : concat(PLACE_ROWS, ORG_ROWS)) {
      // a name read only in context (field 9) may be the entry's only Arabic name ("العالم العربي")
      checkArabicList(r, 6, r.field(8).isEmpty(), problems);
      checkArabicList(r, 8, false, problems);
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void nisbasAndPluralsComeWithoutTheArticle() {
    List<String> problems = new ArrayList<>();
    for (Row r : COUNTRY_ROWS) {
      for (int f : new int[] {3, 4}) {
        for (String form : alternatives(r.field(f))) {
          if (form.startsWith("ال")) {
            problems.add(where(r) + "field " + (f + 1) + " without the article, found " + form);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void placeAndOrganisationIdsAreUniqueWellFormedAndMatchTheirType() {
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    checkEntityRows(PLACE_ROWS, Set.of("GPE", "LOC"), seen, problems);
    checkEntityRows(ORG_ROWS, Set.of("ORG", "MISC"), seen, problems);
    assertThat(problems).isEmpty();
  }

  @Test
  void countryFieldsOfPlacesAndOrganisationsNameACountryOfTheKnowledgeBase() {
    Set<String> codes = new HashSet<>();
    COUNTRY_ROWS.forEach(r -> codes.add(r.field(0)));
    List<String> problems = new ArrayList<>();
    for (Row r : concat(PLACE_ROWS, ORG_ROWS)) {
      String country = r.field(3);
      if (!country.isEmpty() && !codes.contains(country)) {
        problems.add(where(r) + "a country code of countries.tsv, found " + country);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void capitalsArePlacesOfTheirOwnCountry() {
    Map<String, Row> places = new HashMap<>();
    PLACE_ROWS.forEach(r -> places.put(r.field(0), r));
    List<String> problems = new ArrayList<>();
    for (Row r : COUNTRY_ROWS) {
      String capital = r.field(5);
      if (capital.isEmpty()) {
        continue;
      }
      Row place = places.get(capital);
      if (place == null) {
        problems.add(where(r) + "a capital id that places.tsv holds, found " + capital);
      } else if (!place.field(1).equals("GPE")) {
        problems.add(where(r) + "a GPE as capital, found " + place.field(1) + " " + capital);
      } else if (!place.field(3).equals(r.field(0)) && !r.field(0).equals("SUN")) {
        problems.add(where(r) + "a capital in " + r.field(0) + ", found " + capital + " in " + place.field(3));
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      RUS | روسيا الاتحادية          | روسي      | gpe:moscow
      USA | أميركا                   | أمريكي    | gpe:washington
      PRK | كوريا الديمقراطية        | كوري شمالي | gpe:pyongyang
      KOR | كوريا الجنوبية           | كوري جنوبي | gpe:seoul
      JPN | اليابان                  | ياباني    | gpe:tokyo
      SUN | الاتحاد السوفياتي        | سوفيتي    | gpe:moscow
      YEM | اليمن                    | يمني      | gpe:sanaa
      BGD | بنغلاديش                 | بنغالي    | gpe:dhaka
      """)
  void countriesCarryTheirNamesNisbaAndCapital(String code, String name, String nisba, String capital) {
    Row r = COUNTRY_ROWS.stream().filter(c -> c.field(0).equals(code)).findFirst().orElseThrow();
    assertThat(alternatives(r.field(2))).contains(name);
    assertThat(alternatives(r.field(3))).contains(nisba);
    assertThat(r.field(5)).isEqualTo(capital);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      loc:kuril-islands          | الأراضي الشمالية        | LOC
      loc:asia-pacific           | منطقة آسيا والمحيط الهادئ | LOC
      gpe:pyongyang              | بيونغيانغ               | GPE
      gpe:da-nang                | دا نانغ                 | GPE
      org:un-security-council    | مجلس الأمن الدولي       | ORG
      org:nato                   | الناتو                  | ORG
      org:houthis                | أنصار الله              | ORG
      misc:jcpoa                 | خطة العمل الشاملة المشتركة | MISC
      org:ugtt                   | الاتحاد العام التونسي للشغل | ORG
      org:free-destourian-party  | الحزب الدستوري الحر     | ORG
      org:ffc                    | قوى الحرية والتغيير     | ORG
      org:jnim                   | نصرة الإسلام والمسلمين  | ORG
      org:iswap                  | داعش غرب أفريقيا        | ORG
      org:libya-ssa              | جهاز دعم الاستقرار      | ORG
      org:bla                    | جيش تحرير بلوشستان      | ORG
      org:al-qaeda               | القاعدة في بلاد المغرب الإسلامي | ORG
      """)
  void entitiesAreFoundByTheirArabicNames(String id, String name, String type) {
    Row r = concat(PLACE_ROWS, ORG_ROWS).stream().filter(e -> e.field(0).equals(id)).findFirst().orElseThrow();
    assertThat(alternatives(r.field(6))).contains(name);
    assertThat(r.field(1)).isEqualTo(type);
  }

  /** Words of everyday Arabic that must never be a whole name: their places and bodies are listed only in longer forms. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      القاعدة   | base, rule: al-Qaeda only as تنظيم القاعدة
      الجزيرة   | island: Al Jazeera only as قناة الجزيرة
      فتح       | opened: Fatah only as حركة فتح
      البندقية  | the rifle: Venice as فينيسيا
      القبيل    | of this kind: meets الجبيل once غ ج ق are folded
      مالية     | financial: meets ماليه (Malé)
      إيجاد     | creating: meets إيغاد (IGAD)
      الإخوان   | the brothers: the Muslim Brotherhood only in full
      قلب تونس  | the heart of Tunis: the party only as حزب قلب تونس
      تحيا تونس | long live Tunisia: the party only as حزب تحيا تونس
      دولة القانون | the rule of law: the Iraqi coalition only as ائتلاف دولة القانون
      الجبهة الشعبية | also the PFLP: the Tunisian front only with its country
      """)
  void everydayWordsAreNoName(String word, String why) {
    String key = keyOf(word);
    List<String> hits = new ArrayList<>();
    for (Row r : COUNTRY_ROWS) {
      for (int f : new int[] {2, 3, 4}) {
        alternatives(r.field(f)).stream().filter(n -> keyOf(n).equals(key)).forEach(n -> hits.add(where(r) + n));
      }
    }
    for (Row r : concat(PLACE_ROWS, ORG_ROWS)) {
      alternatives(r.field(6)).stream().filter(n -> keyOf(n).equals(key)).forEach(n -> hits.add(where(r) + n));
    }
    assertThat(hits).as(why).isEmpty();
  }

  /**
   * A body and the body it belongs to are two names ("[مجلس الأمن] التابع [للأمم المتحدة]"), as
   * ANERcorp annotates them: no listed name holds "التابع"/"التابعة".
   */
  @Test
  void noNameHoldsTheWordOfBelongingTo() {
    List<String> hits = new ArrayList<>();
    for (Row r : concat(PLACE_ROWS, ORG_ROWS)) {
      alternatives(r.field(6)).stream().filter(n -> n.matches(".*(^| )التابع(ة)?( |$).*")).forEach(n -> hits.add(where(r) + n));
    }
    assertThat(hits).isEmpty();
  }

  /** One name, one entity: a name two entities share is a known homograph, listed here with its reason. */
  @Test
  void aNameBelongsToOneEntityExceptKnownHomographs() {
    Map<String, Set<String>> owners = new HashMap<>();
    for (Row r : COUNTRY_ROWS) {
      alternatives(r.field(2)).forEach(n -> owners.computeIfAbsent(keyOf(n), k -> new HashSet<>()).add(r.field(0)));
    }
    for (Row r : concat(PLACE_ROWS, ORG_ROWS)) {
      alternatives(r.field(6)).forEach(n -> owners.computeIfAbsent(keyOf(n), k -> new HashSet<>()).add(r.field(0)));
    }
    Map<String, Set<String>> shared = new HashMap<>();
    owners.forEach((name, ids) -> {
      if (ids.size() > 1) {
        shared.put(name, ids);
      }
    });
    // عُمان (Oman) and عَمّان (Amman) differ only in their vowels; Algeria's and Morocco's national police bear one
    // name, and so do Tunisia's and Mauritania's, and Libya's and Tunisia's governments of national unity (the
    // state the article names says which).
    assertThat(shared).containsOnlyKeys(keyOf("عمان"), keyOf("المديرية العامة للأمن الوطني"),
        keyOf("الإدارة العامة للأمن الوطني"), keyOf("حكومة الوحدة الوطنية"));
  }

  /** The matcher's key of a whole name: each word's key, as the gazetteer looks names up. */
  private static String keyOf(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : name.split(" ")) {
      out.append(NameKeys.key(w)).append(' ');
    }
    return out.toString().strip();
  }

  private static void checkEntityRows(List<Row> rows, Set<String> types, Set<String> seen, List<String> problems) {
    for (Row r : rows) {
      String id = r.field(0);
      String type = r.field(1);
      if (r.fields().size() > 9) {
        problems.add(where(r) + "at most 9 fields (the ninth: names read only in context)");
      }
      if (!ID.matcher(id).matches()) {
        problems.add(where(r) + "an id like gpe:da-nang, found " + id);
      }
      if (!types.contains(type)) {
        problems.add(where(r) + "a type among " + types + ", found " + type);
      } else if (!id.startsWith(type.toLowerCase(Locale.ROOT) + ":")) {
        problems.add(where(r) + "an id starting with " + type.toLowerCase(Locale.ROOT) + ":, found " + id);
      }
      if (!seen.add(id)) {
        problems.add(where(r) + "an id not used before, found " + id);
      }
      if (r.field(2).isEmpty()) {
        problems.add(where(r) + "an English name");
      }
      if (!r.field(4).isEmpty() || !r.field(5).isEmpty()) {
        problems.add(where(r) + "empty role and years for a place or organisation");
      }
    }
  }

  private static void checkArabicList(Row r, int field, boolean required, List<String> problems) {
    String value = r.field(field);
    if (value.isEmpty()) {
      if (required) {
        problems.add(where(r) + "Arabic names in field " + (field + 1));
      }
      return;
    }
    Set<String> seen = new HashSet<>();
    for (String name : value.split("\\|", -1)) {
      if (name.isBlank() || !name.equals(name.strip())) {
        problems.add(where(r) + "no empty or padded alternative in field " + (field + 1) + ": " + value);
      } else if (!ARABIC_LETTER.matcher(name).find()) {
        problems.add(where(r) + "Arabic in field " + (field + 1) + ", found " + name);
      } else if (!seen.add(name)) {
        problems.add(where(r) + "no repeated alternative in field " + (field + 1) + ", found " + name + " twice");
      }
    }
  }

  private static List<String> alternatives(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
  }

  private static List<Row> concat(List<Row> a, List<Row> b) {
    List<Row> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String where(Row r) {
    return r.resource() + ":" + r.line() + ": expected ";
  }
}
