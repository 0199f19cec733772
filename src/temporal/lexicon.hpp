#pragma once
// The temporal lexicon of one language (not installed).

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "chronograph/temporal/tagger.hpp"
#include "../text/phrases.hpp"

namespace chronograph {

class TemporalLexicon {
 public:
  explicit TemporalLexicon(const std::string& language);
  std::string language;
  bool arabic = false;
  int upcoming_window_days = 0;  // an unyeared date this many days after the DCT reads as upcoming
  PhraseTable<int> months, hijri_months, weekdays, day_offsets, numbers, ordinals, hour_ordinals;
  PhraseTable<int> hijri_holidays;  // name -> Hijri month * 100 + day (عيد الفطر -> 1001)
  PhraseTable<int> decade_words;    // التسعينات -> 199 (the TIMEX3 decade value)
  PhraseTable<int> decade_plurals;  // تسعينات (of a century named after it: تسعينات القرن الماضي) -> 9
  PhraseTable<int> century_words;   // القرن -> 1, القرنين (two centuries) -> 2
  PhraseTable<int> teen_units;      // أحد، اثنا … before عشر: 11, 12 (the other teens are a number word + عشر)
  PhraseTable<int> hour_fractions;  // والنصف -> 30 (minutes after an hour: "الرابعة والنصف")
  PhraseTable<int> narrative_day_leads;  // "the next" -> 1: a day counted from the narrative's day ("the next day")
  PhraseTable<int> narrative_after;      // "التالي" -> 1: after اليوم or a calendar unit, counted from the narrative
  PhraseTable<std::string> holidays;  // civil holidays: "christmas" -> "12-25", "thanksgiving" -> "11-4-4", "easter" -> "E+0"
  PhraseTable<UnitCount> units;
  PhraseTable<std::string> calendar_units, seasons, period_parts, day_parts, sets;
  PhraseTable<std::string> year_parts;  // "الربع" -> "Q", "النصف" -> "H": a quarter or a half of a year
  PhraseTable<bool> present, past_ref, future_ref, past, future, current, since, until, range_from, range_to, ago,
      later, approx, duration_leads, year_words, day_words, hijri_markers, era_markers, set_leads, fiscal,
      future_cues, ordinal_link, vague_plural, anaphoric_leads, same_year, hour_words, more_less,
      ambiguous_months, bare_month_leads, same_month, report_verbs,
      few_words, not_after_future, not_time_after, half_words,
      age_words, death_words,  // an age in years is not a timex: "البالغ من العمر 30 عاما", "توفي عن 91 عاما"
      night_words,             // "الليلة": tonight
      not_weekday_after;       // "أن الاثنين": the two, not Monday
  std::unordered_set<std::string, StringHash, std::equal_to<>> time_zones;  // "est", "edt", "gmt": CLDR's short time zone names, after a clock time
  // For every word that starts a phrase, the bits of the tables it starts phrases in.
  WordFlags<std::uint64_t> first_words{13};  // (a Bloom filter of 1 KiB in front)
  // The table bits of a token (over its clitic variants): the tables with a phrase starting with it.
  std::uint64_t mask(const PhraseToken& t) const;
};


}  // namespace chronograph
