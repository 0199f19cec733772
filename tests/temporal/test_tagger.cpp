// The temporal tagger, construction by construction: (text, DCT) -> (expression, value, interval, modifier).
#include <catch2/catch.hpp>

#include <random>

#include "chronograph/temporal/tagger.hpp"
#include "chronograph/text/utf8.hpp"

using namespace chronograph;

namespace {

struct Row {
  const char* text;
  const char* dct;    // "" = none
  const char* found;  // the expression as it should be marked
  const char* type;
  const char* value;
  const char* start;  // "" = no interval / not checked
  const char* end;
  const char* mod;    // "" = none
};

void check_rows(const std::vector<Row>& rows, const std::string& language) {
  for (const auto& row : rows) {
    INFO(row.text);
    const std::optional<Day> dct = *row.dct ? std::optional<Day>(parse_day(row.dct)) : std::nullopt;
    const auto timexes = temporal_tagger().tag(row.text, language, dct);
    const Timex* hit = nullptr;
    for (const auto& t : timexes)
      if (t.date.text == row.found) hit = &t;
    if (!hit) {
      std::string got;
      for (const auto& t : timexes) got += "[" + t.date.text + " = " + t.date.value + "] ";
      FAIL("no timex '" << row.found << "'; found " << got);
      continue;
    }
    CHECK(to_string(hit->type) == std::string(row.type));
    CHECK(hit->date.value == row.value);
    if (*row.start) {
      REQUIRE(hit->date.start);
      CHECK(format_day(*hit->date.start) == row.start);
    }
    if (*row.end) {
      REQUIRE(hit->date.end);
      CHECK(format_day(*hit->date.end) == row.end);
    }
    CHECK((hit->date.mod ? std::string(to_string(*hit->date.mod)) : std::string()) == row.mod);
  }
}

}  // namespace

TEST_CASE("Arabic month systems from CLDR, double forms, digits and years", "[temporal][ar]") {
  check_rows({
      {"يشرف في 27 كانون الثاني/يناير على انطلاق المحادثات", "2024-02-05", "27 كانون الثاني/يناير", "DATE", "2024-01-27", "2024-01-27", "2024-01-27", ""},
      {"وصل في 3 شباط/فبراير", "2024-02-05", "3 شباط/فبراير", "DATE", "2024-02-03", "", "", ""},
      {"في أيلول/سبتمبر 2014 من أجل", "2024-02-05", "أيلول/سبتمبر 2014", "DATE", "2014-09", "2014-09-01", "2014-09-30", ""},
      {"صدر في مارس (آذار) 2016 تقرير", "", "مارس (آذار) 2016", "DATE", "2016-03", "", "", ""},
      {"في يناير (كانون الثاني) الماضي", "2024-02-05", "يناير (كانون الثاني) الماضي", "DATE", "2024-01", "", "", ""},
      {"في كانون الأول/ديسمبر الماضي", "2024-02-05", "كانون الأول/ديسمبر الماضي", "DATE", "2023-12", "", "", ""},
      {"في شباط/فبراير الماضي", "2024-02-05", "شباط/فبراير الماضي", "DATE", "2023-02", "", "", ""},
      {"يوم 12 جانفي 2015", "", "12 جانفي 2015", "DATE", "2015-01-12", "", "", ""},
      {"في 5 يوليوز 2019", "", "5 يوليوز 2019", "DATE", "2019-07-05", "", "", ""},
      {"منذ 14 غشت 2020", "", "14 غشت 2020", "DATE", "2020-08-14", "", "", "SINCE"},
      {"في ابريل 2019", "", "ابريل 2019", "DATE", "2019-04", "", "", ""},
      {"في إبريل 2019", "", "إبريل 2019", "DATE", "2019-04", "", "", ""},
      {"في أغسطس 2019", "", "أغسطس 2019", "DATE", "2019-08", "", "", ""},
      {"في كانون ثاني 2019", "", "كانون ثاني 2019", "DATE", "2019-01", "", "", ""},
      {"في ٢٧ كانون الثاني ٢٠٢٤", "", "٢٧ كانون الثاني ٢٠٢٤", "DATE", "2024-01-27", "", "", ""},
      {"في الثالث من أغسطس 2015", "", "الثالث من أغسطس 2015", "DATE", "2015-08-03", "", "", ""},
      {"في عام 2014 سيطر", "", "عام 2014", "DATE", "2014", "2014-01-01", "2014-12-31", ""},
      {"أنشئ 2014م", "", "2014م", "DATE", "2014", "", "", ""},
      {"وفي حزيران/يونيو الماضي، أطلقت", "2024-02-05", "حزيران/يونيو الماضي", "DATE", "2023-06", "2023-06-01", "2023-06-30", ""},
      {"في 17 آذار/مارس", "2024-02-05", "17 آذار/مارس", "DATE", "2023-03-17", "", "", ""},
      {"في 17 آذار/مارس", "", "17 آذار/مارس", "DATE", "XXXX-03-17", "", "", ""},
  }, "ar");
}

TEST_CASE("Arabic relative expressions anchored to the DCT", "[temporal][ar]") {
  check_rows({
      {"قال اليوم إن", "2024-02-06", "اليوم", "DATE", "2024-02-06", "", "", ""},
      {"أعلن اليوم (الثلاثاء) أن", "2024-02-06", "اليوم (الثلاثاء)", "DATE", "2024-02-06", "", "", ""},
      {"وقال أمس الجمعة", "2024-02-03", "أمس الجمعة", "DATE", "2024-02-02", "", "", ""},
      {"التقى أول من أمس", "2024-02-05", "أول من أمس", "DATE", "2024-02-03", "", "", ""},
      {"سيزور غدا بغداد", "2024-02-05", "غدا", "DATE", "2024-02-06", "", "", ""},
      {"وصل يوم الأحد", "2024-02-07", "يوم الأحد", "DATE", "2024-02-04", "", "", ""},
      // The future prefix س on a verb just before says the tense, as سوف does; a noun or a name that starts the
      // same way (سيطرت, "took control"; سيناء) does not.
      {"سيعقد المؤتمر في 11 أكتوبر", "2015-07-26", "11 أكتوبر", "DATE", "2015-10-11", "", "", ""},
      {"عقد المؤتمر في 11 أكتوبر", "2015-07-26", "11 أكتوبر", "DATE", "2014-10-11", "", "", ""},
      {"وستزور الوزيرة السعودية يوم الأحد", "2024-02-07", "يوم الأحد", "DATE", "2024-02-11", "", "", ""},
      {"سيطرت القوات على المدينة في سبتمبر", "2015-07-26", "سبتمبر", "DATE", "2014-09", "", "", ""},
      {"عاد من سيناء يوم الأحد", "2024-02-07", "يوم الأحد", "DATE", "2024-02-04", "", "", ""},
      {"في الأسبوع الماضي", "2024-02-07", "الأسبوع الماضي", "DATE", "2024-W05", "", "", ""},
      {"خلال الشهر المقبل", "2024-02-07", "الشهر المقبل", "DATE", "2024-03", "", "", ""},
      {"في العام الماضي", "2024-02-07", "العام الماضي", "DATE", "2023", "", "", ""},
      {"في العام المقبل", "", "العام المقبل", "DATE", "FUTURE_REF", "", "", ""},
      {"وقع قبل ثلاثة أيام", "2024-02-07", "قبل ثلاثة أيام", "DATE", "2024-02-04", "", "", ""},
      {"وقع قبل حوالى عشرة ايام", "2024-02-11", "قبل حوالى عشرة ايام", "DATE", "2024-02-01", "", "", "APPROX"},
      {"لا تزال تشكل خطرا حاليا", "2024-02-05", "حاليا", "DATE", "PRESENT_REF", "2024-02-05", "2024-02-05", ""},
      {"اجتمعوا اليوم", "", "اليوم", "DATE", "PRESENT_REF", "", "", ""},
      // An unyeared date up to two weeks after the DCT is upcoming; later ones are the last occurrence.
      {"ويبدأ العرض يوم السابع من أغسطس (آب) في نيويورك", "2015-07-31", "السابع من أغسطس (آب)", "DATE", "2015-08-07", "", "", ""},
      {"وصل في 20 أغسطس إلى نيويورك", "2015-07-31", "20 أغسطس", "DATE", "2014-08-20", "", "", ""},
      // The year or month named last: "في العام نفسه", "الشهر نفسه" (the preposition outside).
      {"وقع الاتفاق في 2012. وفي العام نفسه انسحب", "2015-07-21", "العام نفسه", "DATE", "2012", "", "", ""},
      {"وصل في 7 أغسطس 2015 ثم غادر في الشهر نفسه", "2015-07-21", "الشهر نفسه", "DATE", "2015-08", "", "", ""},
      {"وصل في 7 أغسطس 2015 وغادر بالشهر نفسه", "2015-07-21", "الشهر نفسه", "DATE", "2015-08", "", "", ""},
      // Month names that are also words need a lead when they stand alone.
      {"عاد في آب إلى دمشق", "2015-09-21", "آب", "DATE", "2015-08", "", "", ""},
      // A day counted from the narrative's day (the last full date named, else the DCT), not today.
      {"اندلعت المعارك في 5 يونيو 2015، وفي اليوم التالي انسحبت القوات", "2015-06-10", "اليوم التالي", "DATE", "2015-06-06", "", "", ""},
      // The nth day of an event, in the sentence that named its day, is that day; of the calendar it is not.
      {"التقى كارتر أمس البارزاني، في اليوم الثاني من زيارة المسؤول الأميركي للعراق", "2015-07-25", "اليوم الثاني", "DATE", "2015-07-24", "", "", ""},
      {"اعتقل يوم السبت 371 شخصا، في اليوم الثاني للحملة الأمنية", "2015-07-27", "اليوم الثاني", "DATE", "2015-07-25", "", "", ""},
      {"شروق القمر يوم الجمعة حيث كان البدر يوافق اليوم الثاني من هذا الشهر", "2015-07-31", "الثاني من هذا الشهر", "DATE", "2015-07-02", "", "", ""},
      {"اندلعت المعارك في 5 يونيو 2015، وفي اليوم نفسه قتل جنديان", "2015-06-10", "اليوم نفسه", "DATE", "2015-06-05", "", "", ""},
      {"اندلعت المعارك في 5 يونيو 2015، وفي ذلك اليوم تحدث الوزير", "2015-06-10", "ذلك اليوم", "DATE", "2015-06-05", "", "", ""},
      {"اندلعت المعارك في 5 يونيو 2015، وفي نفس اليوم تحدث الوزير", "2015-06-10", "نفس اليوم", "DATE", "2015-06-05", "", "", ""},
      {"اندلعت المعارك في 5 يونيو 2015، وفي صباح اليوم التالي عادت", "2015-06-10", "صباح اليوم التالي", "TIME", "2015-06-06TMO", "", "", ""},
      {"وصل الوفد في 5 يونيو 2015 وفي اليوم السابق غادر", "2015-06-10", "اليوم السابق", "DATE", "2015-06-04", "", "", ""},
      // "الليلة" is tonight, "الليلة الماضية" last night.
      {"تحدث الوزير الليلة الماضية", "2015-06-10", "الليلة الماضية", "TIME", "2015-06-09TNI", "", "", ""},
      {"يلقي الوزير كلمة الليلة", "2015-06-10", "الليلة", "TIME", "2015-06-10TNI", "", "", ""},
      // Some time back: "قبل أيام", "قبل بضعة أشهر", "قبل سنوات قليلة".
      {"وصل الوفد قبل أيام", "2015-06-10", "قبل أيام", "DATE", "PAST_REF", "", "", ""},
      {"وقع قبل بضعة أشهر", "2015-06-10", "قبل بضعة أشهر", "DATE", "PAST_REF", "", "", ""},
      {"وقع قبل سنوات قليلة", "2015-06-10", "قبل سنوات قليلة", "DATE", "PAST_REF", "", "", ""},
      // Sets with "كل" and a length; a season "الماضي" is the last one that has ended.
      {"تقليد تنظمه الكنيسة كل 25 سنة", "2015-07-30", "كل 25 سنة", "SET", "P25Y", "", "", ""},
      {"يزورها كل شهرين", "2015-07-30", "كل شهرين", "SET", "P2M", "", "", ""},
      {"قرر البابا في الربيع الماضي الدعوة", "2015-07-30", "الربيع الماضي", "DATE", "2015-SP", "", "", ""},
      {"سافر في الصيف الماضي", "2015-07-30", "الصيف الماضي", "DATE", "2014-SU", "", "", ""},
      // A bare unit after a bound or a hedge; the article written onto a number; a decade elided before another.
      {"غاب عن الفريق لأكثر من عقد من الزمان", "2015-07-30", "أكثر من عقد", "DURATION", "P10Y", "", "", ""},
      {"عاش الشعب الـ72 ساعة التي سبقت المباراة", "2015-07-22", "الـ72 ساعة", "DURATION", "PT72H", "", "", ""},
      {"قتل خلال الـ 24 ساعة الماضية", "2015-07-22", "الـ 24 ساعة الماضية", "DURATION", "PT24H", "", "", ""},
      {"مسيرته في سبعينات وثمانينات القرن الماضي", "2015-07-21", "سبعينات", "DATE", "197", "", "", ""},
      {"مسيرته في سبعينات وثمانينات القرن الماضي", "2015-07-21", "ثمانينات القرن الماضي", "DATE", "198", "", "", ""},
      // Quarters and halves of a year; "من العام" alone is this year; without a year, the latest begun.
      {"سجلت عجزا في النصف الأول من 2015", "2015-07-24", "النصف الأول من 2015", "DATE", "2015-H1", "", "", ""},
      {"تراجع الاحتياطي في الربع الأول من العام", "2015-07-24", "الربع الأول من العام", "DATE", "2015-Q1", "", "", ""},
      {"نما في الربع الثالث من العام الماضي", "2015-07-24", "الربع الثالث من العام الماضي", "DATE", "2014-Q3", "", "", ""},
      {"تراجعت الأرباح في الربع الرابع", "2015-07-24", "الربع الرابع", "DATE", "2014-Q4", "", "", ""},
      {"انبثقت منذ مطلع هذا القرن الجديد", "2015-07-21", "مطلع هذا القرن الجديد", "DATE", "20", "", "", "SINCE"},
      // A day part before a weekday in future tense is the coming one.
      {"من المقرر التصويت بعد ظهر الأربعاء", "2015-07-26", "بعد ظهر الأربعاء", "TIME", "2015-07-29TAF", "", "", ""},
      {"اندلعت المعارك في 5 يونيو 2015، وفي تلك الليلة قتل جنديان", "2015-06-10", "تلك الليلة", "TIME", "2015-06-05TNI", "", "", ""},
      // How often belongs to a set; tanween on a unit; a half without "من".
      {"تلقوا دروسا مرتين أسبوعيًا", "2015-07-21", "مرتين أسبوعيًا", "SET", "P1W", "", "", ""},
      // How often in a period ("N مرات في اليوم") is a SET of it; "مرة أخرى في العام التالي" is not; "في السابق"
      // (previously) is PAST_REF, في outside.
      {"يأكلون الأرز ثلاث مرات في اليوم", "2015-07-21", "ثلاث مرات في اليوم", "SET", "P1D", "", "", ""},
      {"حياة من الاغتصاب، بل مرات كثيرة في اليوم، والضرب", "2015-07-26", "مرات كثيرة في اليوم", "SET", "P1D", "", "", ""},
      {"تصدر المجلة أربع مرات في العام", "2015-07-21", "أربع مرات في العام", "SET", "P1Y", "", "", ""},
      {"كان دعاني في السابق ولم آت", "2015-07-21", "السابق", "DATE", "PAST_REF", "", "", ""},
      // A whole unit is a length; ل on an indefinite plural is "for"; "حتى يومنا هذا" is now.
      {"أمضت عاما كاملا لانتزاع حقها", "2015-07-21", "عاما كاملا", "DURATION", "P1Y", "", "", ""},
      {"ولسنوات ألزم مجلس المدينة الزوار", "2015-07-21", "سنوات", "DURATION", "PXY", "", "", ""},
      {"اشتباكات استمرت لساعات، مؤكدا", "2015-07-21", "ساعات", "DURATION", "PTXH", "", "", ""},
      {"لا يزال المساجين يتولون حفرها حتى يومنا هذا", "2015-07-21", "يومنا هذا", "DATE", "PRESENT_REF", "", "", ""},
      // An intention looks forward from where it is said; the first number of a range takes the unit of the second;
      // two minutes.
      {"أعلن الوزير كورتس عزمه زيارة إيران في سبتمبر (أيلول)", "2015-07-21", "سبتمبر (أيلول)", "DATE", "2015-09", "", "", ""},
      {"وأعلنتا في 17 ديسمبر (كانون الاول) عزمهما على تطبيع العلاقات", "2015-07-21", "17 ديسمبر (كانون الاول)", "DATE", "2014-12-17", "", "", ""},
      {"يوضع في الفرن لمدة تتراوح بين 10 و12 دقيقة", "2015-07-21", "10", "DURATION", "PT10M", "", "", ""},
      {"في غضون فترة تتراوح بين 3 و4 أعوام", "2015-07-21", "3", "DURATION", "P3Y", "", "", ""},
      {"يبقى المزيج على نار قوية لمدة دقيقتين", "2015-07-21", "دقيقتين", "DURATION", "PT2M", "", "", ""},
      {"يراها مرة واحدة شهريًا", "2015-07-21", "مرة واحدة شهريًا", "SET", "P1M", "", "", ""},
      {"لمدة 12 أسبوعًا", "2015-07-21", "12 أسبوعًا", "DURATION", "P12W", "", "", ""},
      {"مقارنة بإيرادات النصف الأول العام الماضي", "2015-07-23", "النصف الأول العام الماضي", "DATE", "2014-H1", "", "", ""},
      {"شهدت العاصمة، الليلة قبل الماضية، انفجارا", "2015-07-24", "الليلة قبل الماضية", "TIME", "2015-07-22TNI", "", "", ""},
      {"فهي تجد اليوم نفسها تحت ضغط", "2015-07-24", "اليوم", "DATE", "2015-07-24", "", "", ""},
      {"انفجرت نحو الساعة السابعة والنصف صباحا", "2015-07-24", "الساعة السابعة والنصف صباحا", "TIME", "2015-07-24T07:30", "", "", ""},
      {"الميناء خلال اليومين المقبلين", "2015-07-24", "اليومين المقبلين", "DURATION", "P2D", "", "", ""},
      {"أفرج عنهم بعد ساعات فقط", "2015-07-24", "ساعات", "DURATION", "PTXH", "", "", ""},
      // A clock with minutes and its day after من; a day of a month after من; two names of a month side by side.
      {"حطت الطائرة في الساعة الخامسة و10 دقائق من مساء الجمعة", "2015-07-25", "الساعة الخامسة و10 دقائق من مساء الجمعة", "TIME", "2015-07-24T17:10", "", "", ""},
      {"يطرح الكتاب في 28 من يوليو (تموز) الحالي", "2015-07-23", "28 من يوليو (تموز) الحالي", "DATE", "2015-07-28", "", "", ""},
      {"تأكد ظهور السلالة في 13 يوليو تموز", "2015-07-27", "13 يوليو تموز", "DATE", "2015-07-13", "", "", ""},
      {"قال إن الاثنين المقبل سيشهد الاجتماع", "2015-07-25", "الاثنين المقبل", "DATE", "2015-07-27", "", "", ""},
      {"تراجعت المبيعات خلال الأشهر الخمسة الأولى من العام", "2015-07-21", "الأشهر الخمسة الأولى", "DURATION", "P5M", "", "", ""},
      {"في الفترة بين عامي 2006 و2010", "2015-07-23", "عامي 2006", "DATE", "2006", "", "", ""},
      // A clock with its day after the day part; a weekday pinned to the nearest day either side; noon; a range of
      // ordinal days; the first of two days of one month; three months and a half.
      {"في تمام الساعة الثالثة مساء أول من أمس، باشرت الفرق", "2015-07-25", "الساعة الثالثة مساء أول من أمس", "TIME", "2015-07-23T15:00", "", "", ""},
      {"وسقطت صباح أول من أمس الجمعة في أضرار", "2015-07-25", "صباح أول من أمس الجمعة", "TIME", "2015-07-24TMO", "", "", ""},
      {"أعيد اقفال المطار ابتداء من منتصف النهار", "2015-07-22", "منتصف النهار", "TIME", "2015-07-22T12:00", "", "", ""},
      {"اغلق مرتين بين التاسع والثاني عشر من يوليو (تموز)", "2015-07-22", "التاسع", "DATE", "2015-07-09", "", "", ""},
      {"الكشف عنها في 17 و25 ديسمبر (كانون الأول) 2013", "2015-07-26", "17", "DATE", "2013-12-17", "", "", ""},
      {"أدنى سعر لها في ثلاثة أشهر ونصف", "2015-07-23", "ثلاثة أشهر ونصف", "DURATION", "P3M15D", "", "", ""},
      {"تمت في 2013 فقط حتى تلك السنة", "2015-07-26", "تلك السنة", "DATE", "2013", "", "", ""},
      // "أخيرا" inside a clause is "recently"; where a sentence or list starts it is "finally".
      {"وكان مجلس الوزراء قد وافق أخيرا على نظام", "2015-07-24", "أخيرا", "DATE", "PAST_REF", "", "", ""},
      // The direction word of the expression before is not the next one's tense.
      {"توقعات بمزيد الخسائر في الأشهر المقبلة في أعقاب موجة بيع يوم الاثنين", "2015-07-22", "يوم الاثنين", "DATE", "2015-07-20", "", "", ""},
      // A weekday named again without a direction is the one named before.
      {"يصل السودان الأحد المقبل وفد. وفي غضون ذلك يصل إلى الخرطوم الأحد وفد", "2015-07-24", "الأحد", "DATE", "2015-07-26", "", "", ""},
      // "العام التالي", "الشهر التالي": the year or month after the one named last.
      {"غزت القوات العراق في عام 2003، وفي العام التالي انسحبت", "2015-06-10", "العام التالي", "DATE", "2004", "", "", ""},
      {"وقع الاتفاق في مارس 2010 وفي الشهر التالي ألغي", "2015-06-10", "الشهر التالي", "DATE", "2010-04", "", "", ""},
  }, "ar");
  // Not a time: a newspaper's name («عين اليوم»), and the future as a noun described ("مستقبلا أفضل").
  for (const char* text : {"لعبة «هيدز أب!» Heads Up!", "لعبة «مونسترز إيت ماي بيرثداي كيك»", "زار أب وابنه المدينة",
                           "عين اليوم – الرياض", "للوصول إلى ما يعتبرونه مستقبلا أفضل لهم",
                           // "باب" (a door, a section) is not ب + آب
                           "وفي باب بانوراما قدمت جولة",
                           // no day named before: the same day as what? (generic)
                           "ويمكن للمرضى العودة إلى منازلهم في نفس اليوم",
                           // a count of days running, not a date; the holiday's days are the holiday's
                           "وتواصلت الاجتماعات لليوم التالي على التوالي",
                           // "عقدين" are two contracts without a lead; "كل عصر" every era; "العام" general after
                           // a title; an age after ذو; a night counted
                           "وقعت الشركة عقدين مع القاهرة", "نعثر على وصفات من كل عصر ومنطقة",
                           "مثل الأمين العام السابق للحزب", "يقف الطفل، ذو الـ13 عامًا، قرب المحل",
                           "تبلغ الليلة الواحدة له ألف دولار",
                           // Lebanon's coalitions named after dates; "to the years of university", "to the most famous",
                           // "for the months (…)"
                           "عقدت الأمانة العامة لقوى 14 آذار اجتماعها", "قال منسق فريق 8 آذار",
                           "يمكن لسنوات الجامعة أن تصبح صاخبة", "موزعة لأشهر دور النشر في العالم",
                           // a day named by a nisba, a day told by a relative clause
                           "وهنأ رئيس سريلانكا بذكرى اليوم الوطني لبلاده", "في اليوم الذي وصل فيه أوباما للسلطة",
                           // "the two", not Monday; Nissan, not April; ages at both ends of a range
                           "لافتا إلى أن الاثنين معروفان بذلك", "تستعد شركة نيسان موتور لطرح جيل جديد",
                           "يتزوجون في عمر يتراوح بين 20 و24 عاما",
                           "أخيرا وجد الفقير لفقره فائدة", "وأخيرًا تتم إضافة المحرك والإطارات",
                           // A season word without the article, a year or a direction is a name (رُبيّع، ربيع).
                           "وعين أحمد سالم رُبيّع وكيلا أول"}) {
    INFO(text);
    CHECK(temporal_tagger().tag(text, "ar", parse_day("2015-07-21")).empty());
  }
  // "مرة أخرى في العام التالي" (once more, the next year) says no frequency.
  for (const auto& t : temporal_tagger().tag("جمع جيوشه مرة أخرى في العام التالي", "ar", parse_day("2015-07-21")))
    CHECK(t.type != TimexType::set);
  // The days of a holiday are the holiday's: "أيام" before it is not a vague duration.
  const auto eid = temporal_tagger().tag("شهدت القرى هدوءا خلال أيام عيد الفطر", "ar", parse_day("2015-07-21"));
  REQUIRE(eid.size() == 1);
  CHECK(eid[0].date.text == "عيد الفطر");
}

TEST_CASE("Arabic durations, periods, ranges and Hijri dates", "[temporal][ar]") {
  check_rows({
      {"وعلى مدى السنوات الثلاث الماضية، تمكنت", "2024-02-05", "السنوات الثلاث الماضية", "DURATION", "P3Y", "", "", ""},
      {"خلال الأشهر الستة الماضية", "2024-02-05", "الأشهر الستة الماضية", "DURATION", "P6M", "", "", ""},
      {"استمر القتال عامين", "", "عامين", "DURATION", "P2Y", "", "", ""},
      {"بعد يومين من المفاوضات", "", "يومين", "DURATION", "P2D", "", "", ""},
      {"قدمت على مدى سنوات كميات", "", "سنوات", "DURATION", "PXY", "", "", ""},
      {"اهتز الاتحاد في الأسابيع القليلة الماضية إثر", "2015-07-25", "الأسابيع القليلة الماضية", "DURATION", "PXW", "", "", ""},
      // Decades in words; a holiday of the Hijri calendar on ICU's Umm al-Qura day (the last one, or the coming one
      // after "المقبل"); "قبل يومين من زيارته" counts from the visit: a duration, not two days before the DCT.
      {"عانت الجزائر من الأصولية في التسعينات", "2015-07-25", "التسعينات", "DATE", "199", "1990-01-01", "1999-12-31", ""},
      {"اتصل بهم بمناسبة عيد الفطر", "2015-07-21", "عيد الفطر", "DATE", "2015-07-17", "", "", ""},
      {"حتى إجازة عيد الأضحى المقبل", "2015-07-21", "عيد الأضحى المقبل", "DATE", "2015-09-23", "", "", ""},
      {"يأتي قبل يومين فقط من زيارة فابيوس", "2015-07-31", "يومين", "DURATION", "P2D", "", "", ""},
      // Halves: "نصف ساعة" (PT30M), "عام ونصف" (P1Y6M), "ساعتين ونصف" (PT2H30M).
      {"بعد أقل من نصف ساعة من سريانها", "2015-07-31", "أقل من نصف ساعة", "DURATION", "PT30M", "", "", ""},
      {"استمرت المفاوضات عاما ونصف قبل", "2015-07-31", "عاما ونصف", "DURATION", "P1Y6M", "", "", ""},
      {"انتظروا ساعتين ونصف أمام", "2015-07-31", "ساعتين ونصف", "DURATION", "PT2H30M", "", "", ""},
      // "قبل سنة 2017" is before the year, not a year ago.
      {"ينظم الاستفتاء قبل سنة 2017، لكن", "2015-07-25", "سنة 2017", "DATE", "2017", "", "", ""},
      {"في صيف 2014", "", "صيف 2014", "DATE", "2014-SU", "2014-06-01", "2014-08-31", ""},
      {"خلال فصلي الربيع والصيف", "2015-07-21", "الربيع", "DATE", "2015-SP", "", "", ""},
      {"في ربيع العام الماضي", "2015-07-21", "ربيع العام الماضي", "DATE", "2014-SP", "", "", ""},
      {"منذ مطلع 2017", "2024-02-05", "مطلع 2017", "DATE", "2017", "2017-01-01", "2024-02-05", "SINCE"},
      {"في منتصف عام 2014", "", "منتصف عام 2014", "DATE", "2014", "2014-05-02", "2014-08-31", "MID"},
      {"في أواخر 2019", "", "أواخر 2019", "DATE", "2019", "2019-09-01", "2019-12-31", "END"},
      {"ومنذ العام 2018، تحول", "2024-02-05", "العام 2018", "DATE", "2018", "2018-01-01", "2024-02-05", "SINCE"},
      {"ومنذ العام 2018، تحول", "", "العام 2018", "DATE", "2018", "2018-01-01", "", "SINCE"},
      {"ووفروا حتى العام 2020 التدريب", "", "العام 2020", "DATE", "2020", "", "2020-12-31", "UNTIL"},
      {"من 2014 إلى 2017 تضاعف", "", "2014", "DATE", "2014", "", "", ""},
      {"من 2014 إلى 2017 تضاعف", "", "2017", "DATE", "2017", "", "", ""},
      {"بين 2014 و2017 تضاعف", "", "2017", "DATE", "2017", "", "", ""},
      {"في 5 كانون 2 2019", "", "5 كانون 2 2019", "DATE", "2019-01-05", "", "", ""},
      {"أواخر العام الماضي", "2024-02-05", "أواخر العام الماضي", "DATE", "2023", "2023-09-01", "2023-12-31", "END"},
      {"عقدت لأربعة أيام", "", "أربعة أيام", "DURATION", "P4D", "", "", ""},
      {"وفي تصريحات أمس (الأحد)، قال", "2015-07-21", "أمس (الأحد)", "DATE", "2015-07-19", "", "", ""},
      {"الساعة الرابعة عصرًا", "2015-07-27", "الساعة الرابعة عصرًا", "TIME", "2015-07-27T16:00", "", "", ""},
      {"صباح اليوم (الثلاثاء)", "2015-08-04", "صباح اليوم (الثلاثاء)", "TIME", "2015-08-04TMO", "", "", ""},
      {"في 25 شوال 1436 هـ", "", "25 شوال 1436 هـ", "DATE", "2015-08-10", "", "", ""},
      {"في 15 رجب 1445 هـ", "", "15 رجب 1445 هـ", "DATE", "2024-01-27", "2024-01-27", "2024-01-27", ""},
      {"خلال رمضان 1445", "", "رمضان 1445", "DATE", "2024-03", "2024-03-11", "2024-04-09", ""},
      // A Hijri year (with its marker): the Gregorian year it starts in, the interval exact.
      {"ولد في مدينة الرياض عام 1396هـ ويحمل", "2015-07-21", "عام 1396هـ", "DATE", "1976", "1976-01-03", "1976-12-21", ""},
      {"أنشئت في 1433 هـ", "", "1433 هـ", "DATE", "2011", "2011-11-26", "2012-11-14", ""},
      {"افتتح بتاريخ 26 - 5 - 1436هـ في برلين", "", "26 - 5 - 1436هـ", "DATE", "2015-03-17", "", "", ""},
      {"وفي 1436/5/26هـ افتتح", "", "1436/5/26هـ", "DATE", "2015-03-17", "", "", ""},
      {"يوم 17/10/1436 أعلن", "", "17/10/1436", "DATE", "2015-08-02", "", "", ""},
      // Centuries: TIMEX3 writes the first two digits; "the last century" from the DCT; a decade of a century.
      {"في النصف الأول من القرن العشرين", "2015-07-21", "القرن العشرين", "DATE", "19", "1900-01-01", "1999-12-31", ""},
      {"يعود إلى القرن الثامن عشر", "", "القرن الثامن عشر", "DATE", "17", "1700-01-01", "1799-12-31", ""},
      {"تقنيات القرن الحادي والعشرين", "", "القرن الحادي والعشرين", "DATE", "20", "", "", ""},
      {"في القرن الـ19 الميلادي", "", "القرن الـ19 الميلادي", "DATE", "18", "", "", ""},
      {"منذ القرن الماضي", "2015-07-21", "القرن الماضي", "DATE", "19", "", "", ""},
      {"منذ تسعينات القرن الماضي", "2015-07-21", "تسعينات القرن الماضي", "DATE", "199", "1990-01-01", "1999-12-31", ""},
      {"في الستينات من القرن العشرين", "", "الستينات من القرن العشرين", "DATE", "196", "", "", ""},
      {"ففي بداية القرن السابع عشر كتب", "", "بداية القرن السابع عشر", "DATE", "16", "1600-01-01", "1633-05-01", "START"},
      {"التي تعود إلى القرنين التاسع عشر والعشرين", "", "القرنين التاسع عشر", "DATE", "18", "", "", ""},
      // Compound numbers: the unit first, the tens after و; the teens.
      {"عادت بعد خمس وخمسين سنة", "", "خمس وخمسين سنة", "DURATION", "P55Y", "", "", ""},
      {"استمر ثلاثة عشر عاما", "", "ثلاثة عشر عاما", "DURATION", "P13Y", "", "", ""},
      {"بقي أحد عشر يوما", "", "أحد عشر يوما", "DURATION", "P11D", "", "", ""},
      // A hedge before a duration is inside (mod APPROX); a day of a month named relatively; "في الماضي" without في.
      {"تستغرق الرحلة نحو الساعتين", "", "نحو الساعتين", "DURATION", "PT2H", "", "", "APPROX"},
      {"صدرت في العاشر من الشهر الجاري", "2015-07-21", "العاشر من الشهر الجاري", "DATE", "2015-07-10", "", "", ""},
      {"ويبدأ في الأول من الشهر المقبل", "2015-07-21", "الأول من الشهر المقبل", "DATE", "2015-08-01", "", "", ""},
      {"وكان في الماضي سوقا", "", "الماضي", "DATE", "PAST_REF", "", "", ""},
      {"منذ أيام قليلة", "", "أيام قليلة", "DURATION", "PXD", "", "", ""},
      {"طبقت اعتبارًا من أول يوليو", "2015-07-25", "أول يوليو", "DATE", "2015-07-01", "", "", ""},
      {"في فرنسا هذا الصيف", "2015-07-25", "هذا الصيف", "DATE", "2015-SU", "", "", ""},
      {"بعد دقيقة واحدة من منتصف الليل", "", "دقيقة واحدة", "DURATION", "PT1M", "", "", ""},
      {"بعد حرمان طيلة عقود", "", "عقود", "DURATION", "PXDE", "", "", ""},
      {"زار الغابون من 17 إلى 18 يوليو 2015 بعد", "2015-07-24", "17", "DATE", "2015-07-17", "", "", ""},
      {"زار الغابون من 17 إلى 18 يوليو 2015 بعد", "2015-07-24", "18 يوليو 2015", "DATE", "2015-07-18", "", "", ""},
      // "من المقرر أن" (scheduled) says the future; a bare year after وفي; "أكثر من" inside a duration; a period
      // part of a decade; "قريبا" (soon) but not "قريبا من" (near).
      {"ومن المقرر أن يزور شي لندن في أكتوبر (تشرين الأول)", "2015-07-31", "أكتوبر (تشرين الأول)", "DATE", "2015-10", "", "", ""},
      // "شهر" between a day and its month; "يوم غد" is tomorrow; a vague "before … of an event" is a duration,
      // and a glued و stays outside "قبل أيام".
      {"سوف يمتد المعسكر إلى 10 من شهر أغسطس (آب) المقبل", "2015-07-22", "10 من شهر أغسطس (آب) المقبل", "DATE", "2015-08-10", "", "", ""},
      {"وستبدأ التمارين القوية ابتداءً من يوم غدٍ في المعسكر", "2015-07-22", "يوم غدٍ", "DATE", "2015-07-23", "", "", ""},
      {"وقبل أيام قليلة من موعد الانتخابات الرئاسية", "2015-07-21", "أيام قليلة", "DURATION", "PXD", "", "", ""},
      {"وقبل أيام أعلنت الحكومة", "2015-07-21", "قبل أيام", "DATE", "PAST_REF", "", "", ""},
      // "من المتوقع أن" (expected) says it too, for what follows; "على غير المتوقع" (unexpectedly) does not.
      {"ومن المتوقع أن ترفع الوكالة بحلول 15 ديسمبر (كانون الأول) تقريرا", "2015-07-21", "15 ديسمبر (كانون الأول)", "DATE", "2015-12-15", "", "", ""},
      {"انخفضت مبيعات المساكن على غير المتوقع في أبريل (نيسان) مع ارتفاع الأسعار", "2015-07-21", "أبريل (نيسان)", "DATE", "2015-04", "", "", ""},
      {"تراجع الروبل اليوم الخميس، ومن المتوقع أن يستمر التراجع", "2015-08-07", "اليوم الخميس", "DATE", "2015-08-06", "", "", ""},
      {"وهو ما يحدث في الوقت الحاضر في المنطقة", "2015-07-21", "الوقت الحاضر", "DATE", "PRESENT_REF", "", "", ""},
      {"وفي 2011 قالت الحكومة", "", "2011", "DATE", "2011", "", "", ""},
      {"بعد أكثر من أربعة أعوام من مصادرته", "", "أكثر من أربعة أعوام", "DURATION", "P4Y", "", "", ""},
      {"هاجر في نهاية الستينات", "", "نهاية الستينات", "DATE", "196", "1966-09-01", "1969-12-31", "END"},
      {"الفيلم الذي يطرح قريبا", "", "قريبا", "DATE", "FUTURE_REF", "", "", ""},
      // Before the Common Era: "BC" and four digits, a century "BC" and two (599-500 BC is "BC05"); the first year
      // of a range takes the second's era; a month before such a year is not one of the DCT's.
      {"الهيكل الأول قد جرى تدميره عام 586 قبل الميلاد", "2015-07-21", "عام 586 قبل الميلاد", "DATE", "BC0586", "-0585-01-01", "-0585-12-31", ""},
      {"حكم البلاد بين عامي 1971 و1928 قبل الميلاد", "2015-07-21", "عامي 1971", "DATE", "BC1971", "-1970-01-01", "-1970-12-31", ""},
      {"حكم البلاد بين عامي 1971 و1928 قبل الميلاد", "2015-07-21", "1928 قبل الميلاد", "DATE", "BC1928", "", "", ""},
      {"الرواقي سينيك (65 ق.م - 4 ق.م)", "2015-07-21", "65 ق.م", "DATE", "BC0065", "", "", ""},
      {"رمسيس الثاني (1303 ق. م. - 1213 ق. م.) حكم", "2015-07-21", "1213 ق. م.", "DATE", "BC1213", "", "", ""},
      {"الدولة الوسطى (نحو 2050- 1786) قبل الميلاد", "2015-07-21", "1786", "DATE", "BC1786", "", "", ""},
      {"في عام 1800 ما قبل الميلاد", "2015-07-21", "عام 1800 ما قبل الميلاد", "DATE", "BC1800", "", "", ""},
      {"بناه في القرن الثالث عشر قبل الميلاد", "2015-07-21", "القرن الثالث عشر قبل الميلاد", "DATE", "BC12", "-1298-01-01", "-1199-12-31", ""},
      {"وفي نهاية سبتمبر (أيلول) 331 قبل الميلاد قضى", "2015-07-21", "331 قبل الميلاد", "DATE", "BC0331", "", "", ""},
      // Sets (adverbs) and clock times with a fraction of the hour; the conjunction stays outside.
      {"توزع 170 ألف نسخة سنويا من المصاحف", "", "سنويا", "SET", "P1Y", "", "", ""},
      {"الثالثة بعد الظهر والسادسة مساء", "2015-07-21", "السادسة مساء", "TIME", "2015-07-21T18:00", "", "", ""},
  }, "ar");
  // Not a timex: the Horn of Africa, a Hijri or pre-Common-Era century, ages.
  for (const char* text : {"في القرن الأفريقي المضطرب", "القرن الثاني الهجري", "في القرن الخامس قبل الميلاد",
                           "البالغ من العمر 30 عاما", "عن عمر يناهز 80 عاما", "حتى رحيله عام 2010 عن 91 عامًا",
                           "قالت بارول خاتون (35 سنة) إحدى ساكني الجيب", "تتراوح أعمارهم بين 16 - 60 سنة",
                           "وروى آيدين، 39 عامًا، قصته في مقابلة"}) {
    INFO(text);
    for (const auto& t : temporal_tagger().tag(text, "ar", parse_day("2015-07-21"))) CHECK(t.date.value.find('P') != 0);
  }
  // Both kinds of time at once: "توفي عن 91 عامًا" gives the year and no duration.
  CHECK(temporal_tagger().tag("حتى رحيله عام 2010 عن 91 عامًا", "ar", parse_day("2015-07-21")).size() == 1);
  CHECK(temporal_tagger().tag("في القرن الأفريقي المضطرب", "ar", parse_day("2015-07-21")).empty());
  CHECK(temporal_tagger().tag("القرن الثاني الهجري", "ar", parse_day("2015-07-21")).empty());
  CHECK(temporal_tagger().tag("تقع قريبا من الحدود", "ar", parse_day("2015-07-27")).empty());
  // Without a DCT the second day of a range has no year: the first is left alone (this once threw from std::stoi).
  CHECK(temporal_tagger().tag("زار الغابون من 17 إلى 18 يوليو", "ar", std::nullopt).size() == 1);
  // "The third day of the operation" is not today.
  CHECK(temporal_tagger().tag("بدا في اليوم الثالث للعملية العسكرية", "ar", parse_day("2015-07-27")).empty());
}

TEST_CASE("English absolute, relative and calendar expressions (TempEval-3 conventions)", "[temporal][en]") {
  check_rows({
      {"It was signed on March 22, 2013 in Paris.", "", "March 22, 2013", "DATE", "2013-03-22", "", "", ""},
      {"It was signed on 22 March 2013 in Paris.", "", "22 March 2013", "DATE", "2013-03-22", "", "", ""},
      {"Talks began Jan. 27 in Baghdad.", "2024-02-05", "Jan. 27", "DATE", "2024-01-27", "", "", ""},
      {"Talks began Jan. 27 in Baghdad.", "", "Jan. 27", "DATE", "XXXX-01-27", "", "", ""},
      {"Profits fell in March 2013.", "", "March 2013", "DATE", "2013-03", "", "", ""},
      {"He left in 1998, she said.", "", "1998", "DATE", "1998", "", "", ""},
      {"It broke the 1994 law on access.", "", "1994", "DATE", "1994", "", "", ""},
      {"Prices rose in the 1990s.", "", "1990s", "DATE", "199", "1990-01-01", "1999-12-31", ""},
      {"He arrived yesterday.", "2013-03-22", "yesterday", "DATE", "2013-03-21", "", "", ""},
      {"We met last week.", "2013-03-22", "last week", "DATE", "2013-W11", "", "", ""},
      {"Sales grew this month.", "2013-03-22", "this month", "DATE", "2013-03", "", "", ""},
      {"They voted on Friday.", "2013-03-22", "Friday", "DATE", "2013-03-22", "", "", ""},
      {"They voted on Tuesday.", "2013-03-22", "Tuesday", "DATE", "2013-03-19", "", "", ""},
      {"They will vote next Tuesday.", "2013-03-22", "next Tuesday", "DATE", "2013-03-26", "", "", ""},
      {"It happened two weeks ago.", "2013-03-22", "two weeks ago", "DATE", "2013-W10", "", "", ""},
      {"It happened three years ago.", "2013-03-22", "three years ago", "DATE", "2010", "", "", ""},
      {"He spoke tonight.", "2013-03-22", "tonight", "TIME", "2013-03-22TNI", "", "", ""},
      {"He spoke last night.", "2013-03-22", "last night", "TIME", "2013-03-21TNI", "", "", ""},
      {"The meeting is at 10:30 a.m. in Rome.", "2013-03-22", "10:30 a.m.", "TIME", "2013-03-22T10:30", "", "", ""},
      {"It is warm now.", "2013-03-22", "now", "DATE", "PRESENT_REF", "", "", ""},
      {"Net rose in the third quarter.", "2013-03-22", "the third quarter", "DATE", "2012-Q3", "", "", ""},
      {"Net will rise in the third quarter.", "2013-03-22", "the third quarter", "DATE", "2013-Q3", "", "", ""},
      {"Net rose in the 1988 second quarter.", "", "the 1988 second quarter", "DATE", "1988-Q2", "", "", ""},
      {"They met at noon Thursday.", "2013-03-22", "noon Thursday", "TIME", "2013-03-21T12:00", "", "", ""},
      {"Net rose in the third quarter of 1997.", "", "the third quarter of 1997", "DATE", "1997-Q3", "", "", ""},
      {"Sales fell in fiscal 1989.", "", "fiscal 1989", "DATE", "1989", "", "", ""},
      {"It was cold in the winter of 1990.", "", "the winter of 1990", "DATE", "1990-WI", "", "", ""},
      {"Growth slowed in early 2017.", "", "early 2017", "DATE", "2017", "2017-01-01", "2017-05-01", "START"},
      {"Growth slowed in mid-2014.", "", "mid-2014", "DATE", "2014", "", "", "MID"},
      {"The profits of the quarter were high.", "1989-10-25", "the quarter", "DATE", "1989-Q3", "", "", ""},
      {"It was announced Monday, Oct. 26 in Paris.", "1998-10-28", "Monday, Oct. 26", "DATE", "1998-10-26", "", "", ""},
      {"Prices fell over the past decade.", "", "the past decade", "DURATION", "P10Y", "", "", ""},
      // Future cues: a plan, "as early as", "set to", "is to" send a weekday forward; a reporting verb right before
      // it keeps it on the day of saying, whatever the reported words say; a bare month up to 90 days ahead is
      // the coming one.
      {"The team planned to leave on Thursday.", "1998-09-30", "Thursday", "DATE", "1998-10-01", "", "", ""},
      {"He could come as early as Tuesday.", "2000-04-03", "Tuesday", "DATE", "2000-04-04", "", "", ""},
      {"Talks are set to resume Monday.", "1998-03-22", "Monday", "DATE", "1998-03-23", "", "", ""},
      {"Officials said Monday they will order his return.", "2000-04-05", "Monday", "DATE", "2000-04-03", "", "", ""},
      {"Officials said on Monday they will order his return.", "2000-04-05", "Monday", "DATE", "2000-04-03", "", "", ""},
      {"The bonds mature in February.", "1989-11-02", "February", "DATE", "1990-02", "", "", ""},
      // A day counted from the narrative's day (the last full date named, else the DCT).
      {"The plant burned on Oct. 5, 1989. The next day, workers returned.", "1989-11-02", "The next day", "DATE", "1989-10-06", "", "", ""},
      {"The plant burned on Oct. 5, 1989. Earlier that day, it rained.", "1989-11-02", "Earlier that day", "DATE", "1989-10-05", "", "", ""},
      {"The plant burned on Oct. 5, 1989. On the same day, it rained.", "1989-11-02", "the same day", "DATE", "1989-10-05", "", "", ""},
      {"The plant burned on Oct. 5, 1989, and the following morning it rained.", "1989-11-02", "the following morning", "TIME", "1989-10-06TMO", "", "", ""},
      {"He had left the day before.", "1989-11-02", "the day before", "DATE", "1989-11-01", "", "", ""},
      {"He had left the day before yesterday.", "1989-11-02", "the day before yesterday", "DATE", "1989-10-31", "", "", ""},
      {"He left in 1995 and returned the following year.", "1998-06-10", "following year", "DATE", "1996", "", "", ""},
      // "this past spring" is the last spring that has ended; TimeBank dates "last spring" in the year before.
      {"Sales rose this past spring.", "1989-10-30", "past spring", "DATE", "1989-SP", "", "", ""},
      {"Sales rose last spring.", "1989-10-30", "last spring", "DATE", "1988-SP", "", "", ""},
      {"They meet every two weeks.", "1989-10-30", "every two weeks", "SET", "P2W", "", "", ""},
      // Some time back, not a date to name.
      {"It began a few years ago.", "1989-11-02", "a few years ago", "DATE", "PAST_REF", "", "", ""},
      {"It began several months ago.", "1989-11-02", "several months ago", "DATE", "PAST_REF", "", "", ""},
      {"It began years ago.", "1989-11-02", "years ago", "DATE", "PAST_REF", "", "", ""},
      {"It began a couple of years ago.", "1989-11-02", "a couple of years ago", "DATE", "1987", "", "", ""},
      {"Sales will rise in the second half of next year.", "1989-11-02", "the second half of next year", "DATE", "1990-H2", "", "", ""},
  }, "en");
}

TEST_CASE("English durations and sets", "[temporal][en]") {
  check_rows({
      {"The war lasted three years.", "", "three years", "DURATION", "P3Y", "", "", ""},
      {"It was a seven-week strike.", "", "seven-week", "DURATION", "P7W", "", "", ""},
      {"Prices fell over the past three years.", "", "the past three years", "DURATION", "P3Y", "", "", ""},
      {"The plan took twenty-five days.", "", "twenty-five days", "DURATION", "P25D", "", "", ""},
      {"They negotiated for years.", "", "years", "DURATION", "PXY", "", "", ""},
      {"He visits every Monday.", "", "every Monday", "SET", "XXXX-WXX-1", "", "", ""},
      {"The paper is printed weekly.", "", "weekly", "SET", "P1W", "", "", ""},
      // A reporting period ("the year ended Sept. 30") is a duration; "recent weeks" an unspecified number of them.
      {"Net income for the year ended Sept. 30 rose.", "1989-11-02", "the year", "DURATION", "P1Y", "", "", ""},
      {"Sales in the quarter ending June 30 fell.", "1989-11-02", "the quarter", "DURATION", "P1Q", "", "", ""},
      {"Prices rose in recent weeks.", "1989-11-02", "recent weeks", "DURATION", "PXW", "", "", ""},
      {"Prices rose in recent months.", "1989-11-02", "recent months", "DURATION", "PXM", "", "", ""},
      {"Prices rose in recent years.", "1989-11-02", "recent years", "DATE", "PAST_REF", "", "", ""},
      {"Sales will grow in coming weeks.", "1989-11-02", "coming weeks", "DURATION", "PXW", "", "", ""},
      // Halves and fractions: "5 1/2 hours", "6-1/2-year", "two and a half years", "a minute and a half", "half an hour".
      {"The flight took 5 1/2 hours.", "", "5 1/2 hours", "DURATION", "PT5H30M", "", "", ""},
      {"He signed a 6-1/2-year contract.", "", "6-1/2-year", "DURATION", "P6Y6M", "", "", ""},
      {"The talks took two and a half years.", "", "two and a half years", "DURATION", "P2Y6M", "", "", ""},
      {"It lasted a minute and a half.", "", "a minute and a half", "DURATION", "PT1M30S", "", "", ""},
      {"They waited half an hour.", "", "half an hour", "DURATION", "PT30M", "", "", ""},
      {"It took half a century.", "", "half a century", "DURATION", "P50Y", "", "", ""},
      // "nearly" belongs to the expression (TimeBank); counts with a word between: "two more weeks", "a couple of years".
      {"The strike lasted nearly two years.", "", "nearly two years", "DURATION", "P2Y", "", "", "APPROX"},
      {"They need two more weeks.", "", "two more weeks", "DURATION", "P2W", "", "", ""},
      {"It took a couple of years.", "", "a couple of years", "DURATION", "P2Y", "", "", ""},
      {"Stocks fell for eight trading days.", "", "eight trading days", "DURATION", "P8D", "", "", ""},
  }, "en");
}

TEST_CASE("English years in words, centuries, holidays and the periods of earnings reports", "[temporal][en]") {
  check_rows({
      // Years as transcripts write them.
      {"It began in nineteen ninety-six.", "", "nineteen ninety-six", "DATE", "1996", "", "", ""},
      {"It was cold in January nineteen ninety-seven.", "", "January nineteen ninety-seven", "DATE", "1997-01", "", "", ""},
      {"It was the winter of nineteen ninety-four.", "", "the winter of nineteen ninety-four", "DATE", "1994-WI", "", "", ""},
      {"Computers fail in the year two thousand.", "1998-03-05", "the year two thousand", "DATE", "2000", "", "", ""},
      {"He was born in nineteen oh five.", "", "nineteen oh five", "DATE", "1905", "", "", ""},
      // Centuries and decades in words.
      {"Wars marked the 20th century.", "", "the 20th century", "DATE", "19", "1900-01-01", "1999-12-31", ""},
      // Before the Common Era (BC, BCE, B.C.): a year, a century, a range, a date whose year it is.
      {"Rome was founded in 753 BC by legend.", "1998-01-08", "753 BC", "DATE", "BC0753", "-0752-01-01", "-0752-12-31", ""},
      {"Caesar was killed on March 15, 44 B.C. in Rome.", "1998-01-08", "44 B.C.", "DATE", "BC0044", "", "", ""},
      {"It was built in the 5th century BCE.", "1998-01-08", "the 5th century BCE", "DATE", "BC04", "-0498-01-01", "-0399-12-31", ""},
      {"The city thrived from 1200 to 1100 BC.", "1998-01-08", "1200", "DATE", "BC1200", "", "", ""},
      {"Trade grew in the twenty-first century.", "", "the twenty-first century", "DATE", "20", "", "", ""},
      {"Prices rose in the nineties.", "", "the nineties", "DATE", "199", "", "", ""},
      // Holidays of the civil year, anchored like a date without a year; with a year written, in that year.
      {"They met on Thanksgiving Day.", "1999-12-01", "Thanksgiving Day", "DATE", "1999-11-25", "", "", ""},
      {"They met last Christmas.", "1998-03-05", "last Christmas", "DATE", "1997-12-25", "", "", ""},
      {"He will be home for Christmas.", "1998-03-05", "Christmas", "DATE", "1998-12-25", "", "", ""},
      {"It snowed on Easter 2000.", "", "Easter 2000", "DATE", "2000-04-23", "", "", ""},
      {"It rained on Good Friday.", "1998-05-01", "Good Friday", "DATE", "1998-04-10", "", "", ""},
      {"Parades were held on Memorial Day.", "1998-06-01", "Memorial Day", "DATE", "1998-05-25", "", "", ""},
      {"They left on Christmas Eve.", "", "Christmas Eve", "DATE", "XXXX-12-24", "", "", ""},
      // Earnings reports: the period a year before the one reported (the last completed quarter when the text
      // speaks of quarters); "the current quarter" is the DCT's.
      {"Net rose in the quarter from the year-earlier quarter.", "1989-11-02", "the year-earlier quarter", "DATE", "1988-Q3", "", "", ""},
      {"Third-quarter net fell from year-earlier levels.", "1989-11-02", "year-earlier", "DATE", "1988-Q3", "", "", ""},
      {"Sales fell from year-ago levels.", "1989-11-02", "year-ago", "DATE", "1988", "", "", ""},
      {"Net rose from the year-ago third quarter.", "1989-11-02", "the year-ago third quarter", "DATE", "1988-Q3", "", "", ""},
      {"Net fell from the year-earlier nine months.", "1989-11-02", "the year-earlier nine months", "DURATION", "P9M", "", "", ""},
      {"Net will rise in the current quarter.", "1989-11-02", "the current quarter", "DATE", "1989-Q4", "", "", ""},
      {"Things will change in the near future.", "1989-11-02", "the near future", "DATE", "FUTURE_REF", "", "", ""},
  }, "en");
}

TEST_CASE("words that only look temporal are left alone", "[temporal][en]") {
  for (const char* text : {"The springs fall apart and prices may fall.", "The 22-year-old man fell.", "They march on.",
                           "He bought 2000 shares.", "quarterly earnings rose", "The Sun rose.",
                           "He paid two thousand dollars.", "The 6-1/2-year-old boy fell.", "Half a dozen men came.",
                           "She ate twelve thirty-cent candies.",
                           // a wire service's slug line, not 11 BC
                           "w2399 Cx1f wstmr i Cx13 Cx11 BC-Russia-Ukraine 1stLd-Writethru",
                           // counted from an event, not from a date: no value to give
                           "He left the day before the vote."}) {
    INFO(text);
    const auto t = temporal_tagger().tag(text, "en", parse_day("2013-03-22"));
    std::string got;
    for (const auto& x : t) got += "[" + x.date.text + "]";
    CHECK(got == "");
  }
  CHECK(temporal_tagger().tag("text", "fr", std::nullopt).empty());
}

TEST_CASE("a text ending in \"the\" is read to its end and no further (found by libFuzzer)", "[temporal][fuzz]") {
  for (const char* text : {"the", "in the", "Gen the", "Corp\t\tfo/tin Gen the", "Lloyp0\x01" "6 M\x01" "6id Aus|in saidpM MiD",
                           "early", "mid-", "the end of the"})
    CHECK(temporal_tagger().tag(text, "en", parse_day("2024-02-05")).empty());
}

TEST_CASE("spans always lie inside the text on code-point boundaries", "[temporal][fuzz]") {
  std::mt19937 rng(99);
  const std::u32string alphabet = U"0123456789 /()-.,:يناير كانون الثاني عام العام منذ حتى قبل أيام اليوم March 22 2013 ago last the of";
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int len = static_cast<int>(rng() % 60);
    for (int k = 0; k < len; ++k) {
      char32_t c = rng() % 5 == 0 ? static_cast<char32_t>(rng() % 0x700) : alphabet[rng() % alphabet.size()];
      if (c == 0 || (c >= 0xD800 && c <= 0xDFFF)) c = ' ';
      append_utf8(text, c);
    }
    const std::size_t length = count_code_points(text);
    for (const char* lang : {"ar", "en"}) {
      std::vector<Timex> timexes;
      REQUIRE_NOTHROW(timexes = temporal_tagger().tag(text, lang, rng() % 2 ? std::optional<Day>(parse_day("2024-02-05")) : std::nullopt));
      std::size_t previous_end = 0;
      for (const auto& t : timexes) {
        REQUIRE(t.span.begin < t.span.end);
        REQUIRE(t.span.end <= length);
        REQUIRE(t.span.begin >= previous_end);
        previous_end = t.span.end;
        CHECK(t.date.text == std::string(substr_code_points(text, t.span.begin, t.span.end)));
      }
    }
  }
}

TEST_CASE("the rule gates change no result: every rule asked everywhere gives the same timexes", "[temporal][gates]") {
  TemporalTagger everywhere;
  everywhere.ask_every_rule(true);
  const TemporalTagger& gated = temporal_tagger();
  // Random runs of words the rules read (and some they do not), in both languages, with and without a DCT.
  const std::vector<std::string> en = {
      "the", "a", "an", "year", "-", "ago", "earlier", "last", "next", "this", "past", "coming", "recent", "week", "weeks",
      "month", "months", "quarter", "third", "fiscal", "1998", "1990s", "'", "90s", "3", "5", "1", "/", "2", "12", "30",
      ":", "a.m.", "p.m.", "noon", "tonight", "morning", "night", "Friday", "Tuesday", "March", "Sept.", ",", ".", "two",
      "nineteen", "ninety", "six", "thousand", "half", "hour", "minute", "and", "couple", "of", "more", "trading", "days",
      "century", "20th", "twenty", "first", "nineties", "Christmas", "Easter", "Thanksgiving", "Day", "Eve", "nearly",
      "since", "until", "in", "on", "for", "over", "early", "mid", "late", "summer", "winter", "now", "future", "near",
      "daily", "every", "Monday", "said", "will", "yesterday", "today", "same", "period", "current", "decade", "prices"};
  const std::vector<std::string> ar = {
      "العام", "عام", "الماضي", "المقبل", "منذ", "حتى", "2018", "2015", "27", "3", "كانون", "الثاني", "/", "يناير", "مارس",
      "(", ")", "آذار", "قبل", "ثلاثة", "أيام", "يومين", "رمضان", "1445", "هـ", "عيد", "الفطر", "اليوم", "أمس", "صباح",
      "الساعة", "الرابعة", "عصرا", "كل", "يوم", "نصف", "ساعة", "عامين", "التسعينات", "مطلع", "صيف", "الثلاثاء", "الأسبوع",
      "سوف", "سيعقد", "نفسه", "حاليا", "مؤخرا", "السنوات", "الثلاث", "الأشهر", "القليلة", "و", "في", "من", "قال", "،", ".",
      "16:30", "الجمعة", "هذا", "الشهر", "الجاري", "ونصف", "مدى", "على", "خلال", "القرن", "القرنين", "العشرين",
      "التاسع", "عشر", "الحادي", "والعشرين", "الـ19", "تسعينات", "الميلادي", "الهجري", "1396هـ", "خمس", "وخمسين", "أحد",
      "نحو", "حوالي", "العاشر", "سنويا", "والسادسة", "مساء", "والنصف", "العمر", "عن", "توفي", "عاما", "قليلة", "-", "5",
      "1436", "26", "10", "أول", "يوليو", "الصيف", "واحدة", "دقيقة", "طيلة", "عقود", "سنة", "35", "إلى", "بين", "17", "18", "أعمارهم", "الثالث", "المقرر", "أكثر", "أقل", "قريبا", "وفي", "نهاية", "سبعينات"};
  std::mt19937 rng(1130);
  auto text_of = [&rng](const std::vector<std::string>& words) {
    std::string t;
    const int n = 5 + static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) t += words[rng() % words.size()] + (rng() % 5 ? " " : "");
    return t;
  };
  auto same = [&](const std::string& text, const char* lang, std::optional<Day> dct) {
    const auto a = gated.tag(text, lang, dct), b = everywhere.tag(text, lang, dct);
    std::string x, y;
    for (const auto& t : a) x += std::to_string(t.span.begin) + "-" + std::to_string(t.span.end) + ":" + t.date.value + "|";
    for (const auto& t : b) y += std::to_string(t.span.begin) + "-" + std::to_string(t.span.end) + ":" + t.date.value + "|";
    INFO(text);
    REQUIRE(x == y);
  };
  for (int n = 0; n < 3000; ++n) {
    const std::optional<Day> dct = n % 3 ? std::optional<Day>(parse_day("2015-07-21") + static_cast<int>(rng() % 400)) : std::nullopt;
    same(text_of(en), "en", dct);
    same(text_of(ar), "ar", dct);
  }
}
