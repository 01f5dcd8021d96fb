package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.events.EventCoderTest.code;
import static org.marsad.events.EventCoderTest.codeFrom;
import static org.marsad.events.EventCoderTest.country;
import static org.marsad.events.EventCoderTest.person;

import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;

/**
 * Gulf wire copy names its leaders and ministers behind titles of address ("صاحب السمو الشيخ"، "فخامة"،
 * "سمو"): they stand before the office or the name as an office does, so that the party is still found
 * after a verb, after "من" of a call received, and as a second party joined by و. Invented sentences.
 */
class TitlesOfAddressTest {

  static final EventCoderTest.E BAHRAIN = country("Bahrain", "BHR", "البحرين", "البحريني", "البحرينية");
  static final EventCoderTest.E KUWAIT = country("Kuwait", "KWT", "الكويت", "الكويتي", "الكويتية");
  static final EventCoderTest.E MANAMA = EventCoderTest.city("Manama", "BHR", "المنامة");
  static final EventCoderTest.E SALEM = person("Salem bin Rashid", "BHR", "سالم بن راشد");
  static final EventCoderTest.E FAHD = person("Fahd bin Nasser", "KWT", "فهد بن ناصر بن سعود");

  @Test
  void theCallerBehindTitlesOfAddressMakesTheCall() {
    // "من صاحب السمو الشيخ X": the caller is the one named after the titles
    assertThat(code("وكان وزير الخارجية الكويتي قد تلقى مساء أمس اتصالا هاتفيا من صاحب السمو الشيخ سالم بن راشد "
        + "وزير الخارجية البحريني، جرى خلاله بحث العلاقات الثنائية.", BAHRAIN, KUWAIT, SALEM))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsAnyOf(tuple("BHR", "CONSULT", "KWT"), tuple("KWT", "CONSULT", "BHR"));
  }

  @Test
  void aReceiverNamedByTitleAndOfficeAloneIsTheDatelinesCountry() {
    // "تلقى سمو وزير الخارجية": the minister of the dateline's country, though the article names Kuwait more
    assertThat(codeFrom("المنامة - وكالات", "تلقى سمو وزير الخارجية اتصالا هاتفيا من وزير الخارجية الكويتي. "
        + "وأكد الوزير الكويتي أن الكويت تدعم الحوار، وأن الكويت ماضية في الوساطة.", BAHRAIN, KUWAIT, MANAMA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .contains(tuple("KWT", "CONSULT", "BHR"))
        .doesNotContain(tuple("KWT", "CONSULT", "KWT"));
  }

  @Test
  void aSecondPartyBehindFakhamaIsJoinedToTheFirst() {
    // "وبحث صاحب السمو ملك البلاد وفخامة الرئيس الكويتي": the king of the dateline's country and his guest
    assertThat(codeFrom("المنامة - وكالات", "وبحث صاحب السمو ملك البلاد وفخامة الرئيس الكويتي، خلال جلسة مباحثات "
        + "رسمية، العلاقات الثنائية. وجاء ذلك في قصر الصخير.", BAHRAIN, KUWAIT, MANAMA))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsAnyOf(tuple("BHR", "CONSULT", "KWT"), tuple("KWT", "CONSULT", "BHR"));
  }

  @Test
  void twoLeadersEachWithHisOfficeHoldTalksNamedFarOn() {
    // "عقد X أمير البلاد، وفخامة Y رئيس ...، جلسة مباحثات": the two subjects and their offices take more words than a
    // verb's window holds; the office closed by its comma, the second leader is joined to the first
    assertThat(codeFrom("المنامة - وكالات", "عقد حضرة صاحب الجلالة الشيخ سالم بن راشد ملك البلاد المفدى، وسمو الشيخ "
        + "فهد بن ناصر بن سعود رئيس الوزراء الكويتي، جلسة مباحثات رسمية بالقصر صباح اليوم. وجاء ذلك في قصر الصخير.",
        BAHRAIN, KUWAIT, MANAMA, SALEM, FAHD))
        .extracting(e -> e.actor().code(), Event::type, e -> e.target().code())
        .containsAnyOf(tuple("BHR", "CONSULT", "KWT"), tuple("KWT", "CONSULT", "BHR"));
  }
}
