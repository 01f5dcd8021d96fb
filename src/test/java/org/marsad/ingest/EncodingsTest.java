package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.pipeline.ArticleId;

/**
 * The same invented article saved in each encoding Arabic pages come in gives the same record:
 * same id, title, date and text. It uses only characters every one of them can write (ISO-8859-6
 * has no Arabic-Indic digits and no «»).
 */
class EncodingsTest {

  private static final String PAGE = String.join("\n",
      "أخبار محلية",
      "مجلس المدينة يقر ميزانية جديدة لإصلاح الطرق",
      "نشر بتاريخ: 12 تشرين الأول 2025",
      "",
      "حلب - أقر مجلس المدينة في جلسته الأسبوعية ميزانية جديدة لإصلاح الطرق المتضررة في الأحياء الشرقية، بكلفة تقارب"
          + " مليوني دولار.",
      "",
      "وقال رئيس المجلس إن \"الأعمال ستبدأ الشهر المقبل وتستمر نحو عام\"، مؤكدا أن الأولوية للطرق المؤدية إلى"
          + " المدارس والمستشفيات؛ فهل تكفي الميزانية؟",
      "",
      "المصدر: وكالات",
      "انسخ الرابط");

  @TempDir
  Path dir;

  private CleanArticle read(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    Collected c = new Collected();
    new ArticleReader().read(f, c);
    assertThat(c.problems).isEmpty();
    return c.only();
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8+BOM", "UTF-16LE+BOM", "UTF-16BE+BOM", "UTF-16LE", "UTF-16BE", "windows-1256",
      "ISO-8859-6"})
  void everyEncodingGivesTheSameRecordAsUtf8(String encoding) throws IOException {
    CleanArticle original = read("utf8.txt", PAGE.getBytes(StandardCharsets.UTF_8));
    CleanArticle copy = read("copy.txt", bytes(PAGE, encoding));
    assertThat(original.title()).isEqualTo("مجلس المدينة يقر ميزانية جديدة لإصلاح الطرق");
    assertThat(original.published()).isEqualTo("2025-10-12");
    assertThat(copy.title()).isEqualTo(original.title());
    assertThat(copy.published()).isEqualTo(original.published());
    assertThat(copy.credits()).isEqualTo(original.credits());
    assertThat(copy.dateline()).isEqualTo("حلب");
    assertThat(copy.text()).isEqualTo(original.text());
    assertThat(ArticleId.of(copy.text())).isEqualTo(ArticleId.of(original.text()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1256", "ISO-8859-6"})
  void aPageDeclaringItsCharsetIsReadInIt(String charset) throws IOException {
    // a few words only: too little for detection to be sure, so the declaration decides
    String html = "<html><head><meta charset=\"" + charset + "\"><title>خبر قصير</title></head>"
        + "<body><h1>سقوط أمطار غزيرة</h1><p>هطلت أمطار غزيرة.</p></body></html>";
    CleanArticle a = read("short.html", html.getBytes(Charset.forName(charset)));
    assertThat(a.title()).isEqualTo("سقوط أمطار غزيرة");
    assertThat(a.text()).isEqualTo("هطلت أمطار غزيرة.");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 137, 300})
  void aUtf8FileWithADamagedByteKeepsItsLettersAndSaysSo(int at) throws IOException {
    byte[] b = PAGE.getBytes(StandardCharsets.UTF_8);
    b[at] = (byte) 0xFF; // one byte gone bad: all the other letters are still UTF-8
    Path f = dir.resolve("damaged.txt");
    Files.write(f, b);
    Collected c = new Collected();
    new ArticleReader().read(f, c);
    String text = c.only().text();
    assertThat(text).contains("وقال رئيس المجلس إن");
    assertThat(c.notes).singleElement().asString().contains("damaged.txt").contains("byte sequence(s) that are not UTF-8");
    assertThat(c.articles.get(0).warnings()).anyMatch(w -> w.contains("replaced by U+FFFD"));
  }

  @org.junit.jupiter.api.Test
  void aShortUtf8LineWithADamagedByteStaysUtf8() throws IOException {
    byte[] b = "عاجل: انفجار في الميناء".getBytes(StandardCharsets.UTF_8);
    b[7] = (byte) 0xDB; // a letter's second byte turned into the first byte of another: two bad sequences
    Path f = dir.resolve("flash.txt");
    Files.write(f, b);
    Collected c = new Collected();
    new ArticleReader().read(f, c);
    assertThat(c.only().text()).startsWith("عاج").endsWith("انفجار في الميناء");
  }

  @org.junit.jupiter.api.Test
  void aShortUtf8TextWithSeveralDamagedBytesIsNotReadAsWindows1256() throws IOException {
    String flash = "انفجار في الميناء وإغلاق الطرق";
    byte[] b = flash.getBytes(StandardCharsets.UTF_8);
    for (int at : new int[] {0, 2, 4, 6, 8, 10, 20, 22, 24}) {
      b[at] = (byte) 0xFF; // nine letters lose their first byte: more bad sequences than good letters
    }
    Path f = dir.resolve("flash5.txt");
    Files.write(f, b);
    Collected c = new Collected();
    new ArticleReader().read(f, c);
    String text = c.only().text();
    assertThat(text).endsWith("الطرق").contains("\uFFFD");
    assertThat(text.chars().filter(ch -> ch != 0xFFFD && flash.indexOf(ch) < 0)).as("letters not in the input").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1250", "ISO-8859-2"})
  void aLatin2PageIsReadInTheCharsetItDeclaresNotAsDamagedUtf8(String charset) throws IOException {
    // Polish letters in a single-byte charset: many of their bytes are UTF-8 continuation bytes
    String body = "Źródła w ministerstwie mówią, że rząd przyjął projekt ustawy. Posłowie zagłosują w środę,"
        + " a głosowanie może się przeciągnąć do późnych godzin nocnych.";
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset
        + "\"><title>Sejm</title></head><body><article><h1>Sejm zagłosował</h1><p>" + body + "</p></article></body></html>";
    CleanArticle a = read("pl.html", html.getBytes(Charset.forName(charset)));
    assertThat(a.text()).isEqualTo(body);
  }

  @org.junit.jupiter.api.Test
  void aUtf8PageWithAStrayBadByteAndAStaleArabicMetaTagIsReadAsUtf8() throws IOException {
    // a page saved as UTF-8 that still declares windows-1256, one byte of a letter damaged
    String body = "وقال رئيس المجلس إن المفاوضات مستمرة مع الأطراف كافة للوصول إلى اتفاق قبل نهاية العام.";
    String html = "<html><head><meta charset=\"windows-1256\"><title>خبر</title></head><body><article>"
        + "<h1>مفاوضات مستمرة</h1><p>" + body + "</p><p>" + body + "</p></article></body></html>";
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    int i = html.indexOf("<p>") + 3;
    bytes[new String(html.substring(0, i)).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
    CleanArticle a = read("ar.html", bytes);
    assertThat(a.text()).endsWith(body).contains("وقال رئيس المجلس");
  }

  @org.junit.jupiter.api.Test
  void windows1256ArabicDeclaredLatin1IsStillReadAsArabic() throws IOException {
    String body = "وقال رئيس المجلس إن المفاوضات مستمرة مع الأطراف كافة للوصول إلى اتفاق قبل نهاية العام.";
    String html = "<html><head><meta charset=\"iso-8859-1\"><title>خبر</title></head><body><article>"
        + "<h1>مفاوضات مستمرة</h1><p>" + body + "</p></article></body></html>";
    CleanArticle a = read("ar.html", html.getBytes(Charset.forName("windows-1256")));
    assertThat(a.text()).isEqualTo(body);
  }

  @org.junit.jupiter.api.Test
  void windows1256ArabicIsNotTakenForDamagedUtf8() throws IOException {
    String text = "وقال رئيس المجلس إن المفاوضات مستمرة مع الأطراف كافة للوصول إلى اتفاق";
    Path f = dir.resolve("cp1256.txt");
    Files.write(f, text.getBytes(Charset.forName("windows-1256")));
    Collected c = new Collected();
    new ArticleReader().read(f, c);
    assertThat(c.only().text()).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void aJsonlLineInWindows1256IsReadAsTheOthersAre() throws IOException {
    String article = "{\"title\": \"مجلس المدينة يقر ميزانية جديدة\", \"text\": \"أقر مجلس المدينة في جلسته الأسبوعية"
        + " ميزانية جديدة لإصلاح الطرق المتضررة في الأحياء الشرقية.\"}\n";
    Path f = dir.resolve("dump.jsonl");
    Files.write(f, concat(article.getBytes(StandardCharsets.UTF_8), bytes(article, "windows-1256")));
    Collected c = new Collected();
    new ArticleReader().read(f, c);
    assertThat(c.problems).isEmpty();
    assertThat(c.articles).hasSize(2);
    assertThat(c.articles.get(1).text()).isEqualTo(c.articles.get(0).text());
    assertThat(c.notes).isEmpty();
  }

  static byte[] bytes(String text, String encoding) {
    return switch (encoding) {
      case "UTF-8+BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
      case "UTF-16LE+BOM" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
      case "UTF-16BE+BOM" -> text.getBytes(StandardCharsets.UTF_16); // Java writes the BOM, big-endian
      default -> {
        Charset cs = Charset.forName(encoding);
        if (!cs.newEncoder().canEncode(text)) {
          throw new IllegalArgumentException(encoding + " cannot write the test page");
        }
        yield text.getBytes(cs);
      }
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
