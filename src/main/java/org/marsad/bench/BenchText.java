package org.marsad.bench;

import java.util.List;

/** Long news-like Arabic text for benchmarks, recombined from sentences written for the project. */
public final class BenchText {

  private static final List<String> SENTENCES = List.of(
      "أكد وزير الخارجية في مؤتمر صحفي اليوم الأربعاء أن المحادثات مع نظيره كانت بناءة ومثمرة.",
      "وقال الوزير: \"نحن مستعدون لمواصلة الحوار في الأسبوع المقبل بشأن المسائل العالقة كافة\".",
      "وكان الطرفان قد وقعا اتفاقا للتعاون الاقتصادي في ١٢ تموز ٢٠١٩ بعد مفاوضات استمرت ثلاث سنوات.",
      "ومن المقرر أن تعقد القمة المقبلة في منتصف ديسمبر المقبل في العاصمة بحضور رؤساء الدول الأعضاء.",
      "وأشار المتحدث إلى أن الوفد وصل امس الثلاثاء إلى المدينة لإجراء مشاورات مع المسؤولين المحليين.",
      "وارتفعت أسعار الحبوب في الأسواق خلال الأشهر الست الماضية بسبب الجفاف الذي ضرب المنطقة.",
      "ودعا البيان الختامي إلى وقف إطلاق النار فورا وفتح الممرات الإنسانية أمام قوافل المساعدات.",
      "ويعود تاريخ الخلاف الحدودي بين البلدين إلى الخمسينيات من القرن الماضي، وفق مؤرخين.",
      "وحذرت الوزارة من أن أي تصعيد عسكري سيهدد الاستقرار في المنطقة بأسرها.",
      "The ministers met in Geneva on November 2, 2013 before the talks resumed.");

  private BenchText() {}

  /** Paragraphs of the sentences above, in a fixed order, until {@code chars} characters. */
  public static String arabicNews(int chars) {
    StringBuilder out = new StringBuilder(chars + 200);
    for (int i = 0; out.length() < chars; i++) {
      out.append(SENTENCES.get((i * 7) % SENTENCES.size()));
      out.append(i % 3 == 2 ? "\n\n" : " ");
    }
    return out.toString();
  }
}
