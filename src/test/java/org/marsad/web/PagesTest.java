package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every page over the sample archive, in the browser's language, and the switch to the other. */
class PagesTest {

  private final Served s = Served.samples();

  @Test
  void everyPageAnswersInHtml() {
    String id = firstArticle();
    for (String path : List.of("/", "/search", "/search?q=" + Served.enc("السودان") + "&order=newest",
        "/article/" + id, "/entity/country:RUS", "/entity/" + Served.enc("روسيا"), "/quotes", "/quotes?speaker=x",
        "/events", "/events?type=ACCUSE", "/events?a=EGY&b=SDN")) {
      HttpResponse<String> r = s.get(path, "Accept", "text/html");
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
      assertThat(r.body()).as(path).startsWith("<!DOCTYPE html>").contains("</html>");
    }
  }

  @Test
  void arabicReadersGetArabicLabelsRightToLeft() {
    HttpResponse<String> ar = s.get("/search", "Accept-Language", "ar-EG,ar;q=0.9,en;q=0.5");
    assertThat(ar.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains(Labels.of("ar").get("nav.search"));
    HttpResponse<String> en = s.get("/search", "Accept-Language", "fr-FR,en;q=0.8");
    assertThat(en.body()).contains("<html lang=\"en\" dir=\"ltr\">").contains("Search");
    HttpResponse<String> none = s.get("/search");
    assertThat(none.body()).contains("dir=\"ltr\"");
  }

  @Test
  void theSwitchShowsTheSamePageInTheOtherLanguageAndIsRemembered() {
    HttpResponse<String> en = s.get("/search?q=" + Served.enc("السودان"), "Accept-Language", "en");
    assertThat(en.body()).contains("id=\"lang-switch\"").contains("lang=ar");
    HttpResponse<String> ar = s.get("/search?q=" + Served.enc("السودان") + "&lang=ar", "Accept-Language", "en");
    assertThat(ar.body()).contains("dir=\"rtl\"");
    String cookie = ar.headers().firstValue("Set-Cookie").orElse("");
    assertThat(cookie).startsWith("lang=ar").containsIgnoringCase("SameSite=Lax");
    HttpResponse<String> later = s.get("/", "Accept-Language", "en", "Cookie", "lang=ar");
    assertThat(later.body()).contains("dir=\"rtl\"");
  }

  @Test
  void theArticlePageMarksEachLayerAndTheQuotationsSpeaker() {
    String html = s.get("/article/" + articleWithQuotes()).body();
    assertThat(html).contains("id=\"show-ent\"").contains("id=\"show-q\"").contains("id=\"show-tx\"").contains("id=\"show-ev\"");
    assertThat(html).contains("class=\"ent ent-").contains("class=\"tx").contains("data-speaker=");
    assertThat(html).contains("id=\"copies\"");
  }

  private String firstArticle() {
    return s.get("/api/search?limit=1").body().replaceAll("(?s).*?\"id\":\"([0-9a-f]+)\".*", "$1");
  }

  private String articleWithQuotes() {
    return s.get("/api/quotes?limit=100").body().replaceAll("(?s).*?\"speaker\":\"[^\"]+\"[^}]*?\"article\":\"([0-9a-f]+)\".*", "$1");
  }
}
