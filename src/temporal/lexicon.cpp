#include "lexicon.hpp"

#include <algorithm>
#include <memory>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/strenum.h>
#include <unicode/tznames.h>
#include <unicode/uchar.h>

#include "chronograph/embedded.hpp"
#include "chronograph/error.hpp"
#include "chronograph/text/normalize.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {

namespace {

std::string utf8(const icu::UnicodeString& u) {
  std::string s;
  u.toUTF8String(s);
  return s;
}

// Month names (wide, abbreviated, standalone) of a locale from CLDR, for `calendar` ("gregorian" or "islamic-umalqura").
void add_icu_months(PhraseTable<int>& table, const std::string& locale_id) {
  IcuError status("loading CLDR month names");
  const icu::Locale locale(locale_id.c_str());
  icu::SimpleDateFormat format(icu::UnicodeString("MMMM"), locale, status);
  status.assertSuccess();
  const icu::DateFormatSymbols* symbols = format.getDateFormatSymbols();
  for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE})
    for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
      int32_t count = 0;
      const icu::UnicodeString* names = symbols->getMonths(count, context, width);
      for (int32_t m = 0; m < count && m < 12; ++m) {
        std::string name = utf8(names[m]);
        if (!name.empty() && name.back() == '.') name.pop_back();
        table.add(phrase_tokens(name), m + 1);
      }
    }
}

void add_icu_weekdays(PhraseTable<int>& table, const std::string& locale_id, bool abbreviations) {
  IcuError status("loading CLDR weekday names");
  icu::DateFormatSymbols symbols(icu::Locale(locale_id.c_str()), status);
  status.assertSuccess();
  for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
    if (width == icu::DateFormatSymbols::ABBREVIATED && !abbreviations) continue;
    int32_t count = 0;
    const icu::UnicodeString* names = symbols.getWeekdays(count, icu::DateFormatSymbols::FORMAT, width);
    for (int32_t d = 1; d < count; ++d) {  // ICU: 1 = Sunday … 7 = Saturday
      std::string name = utf8(names[d]);
      if (!name.empty() && name.back() == '.') name.pop_back();
      if (name.size() < 3) continue;
      table.add(phrase_tokens(name), d == 1 ? 7 : d - 1);  // ISO: 1 = Monday … 7 = Sunday
    }
  }
}

// Short names of time zones from CLDR through ICU ("EST", "EDT", "GMT" in English): the metazones' abbreviations in a
// locale, in matching form (case folded). Names of fewer than three letters ("ET", "PT") are common words or
// abbreviations of other things, and those that are English words too ("HAT") are left out.
void add_icu_time_zones(std::unordered_set<std::string, StringHash, std::equal_to<>>& zones, const std::string& locale_id) {
  IcuError status("loading CLDR time zone names");
  std::unique_ptr<icu::TimeZoneNames> names(icu::TimeZoneNames::createInstance(icu::Locale(locale_id.c_str()), status));
  status.assertSuccess();
  std::unique_ptr<icu::StringEnumeration> ids(names->getAvailableMetaZoneIDs(status));
  status.assertSuccess();
  while (const icu::UnicodeString* id = ids->snext(status)) {
    for (auto type : {UTZNM_SHORT_STANDARD, UTZNM_SHORT_DAYLIGHT}) {
      icu::UnicodeString name;
      names->getMetaZoneDisplayName(*id, type, name);
      std::string n = utf8(name.toLower(icu::Locale::getRoot()));
      if (n.size() >= 3 && n != "hat" && n.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos)
        zones.insert(std::move(n));
    }
  }
}

template <typename T>
void add_map(PhraseTable<T>& table, const Json& j, const char* key) {
  if (auto it = j.find(key); it != j.end())
    for (const auto& [phrase, value] : it->items()) table.add(phrase_tokens(phrase), value.template get<T>());
}

void add_words(PhraseTable<bool>& table, const Json& j, const char* key) {
  if (auto it = j.find(key); it != j.end())
    for (const auto& phrase : *it) table.add(phrase_tokens(phrase.get<std::string>()), true);
}

}  // namespace

TemporalLexicon::TemporalLexicon(const std::string& lang) : language(lang), arabic(lang == "ar") {
  const char* data = embedded_file("temporal/" + lang + ".json");
  if (!data) throw Error("no temporal lexicon for language '" + lang + "'");
  const Json j = Json::parse(data);
  upcoming_window_days = j.value("upcoming_window_days", 0);
  for (const auto& locale : j.at("month_locales")) add_icu_months(months, locale.get<std::string>());
  add_map(months, j, "month_aliases");
  if (auto it = j.find("time_zone_locales"); it != j.end())
    for (const auto& locale : *it) add_icu_time_zones(time_zones, locale.get<std::string>());
  if (j.contains("hijri_locale")) add_icu_months(hijri_months, j.at("hijri_locale").get<std::string>());
  add_map(hijri_months, j, "hijri_aliases");
  // English weekday abbreviations ("Sun", "Wed") are common words in news text: wide names only there.
  add_icu_weekdays(weekdays, j.at("weekday_locale").get<std::string>(), arabic);
  add_map(day_offsets, j, "day_offsets");
  add_map(numbers, j, "numbers");
  add_map(ordinals, j, "ordinals");
  add_map(hour_ordinals, j, "hour_ordinals");
  add_map(hijri_holidays, j, "hijri_holidays");
  add_map(decade_words, j, "decade_words");
  add_map(decade_plurals, j, "decade_plurals");
  add_map(century_words, j, "century_words");
  add_map(teen_units, j, "teen_units");
  add_map(hour_fractions, j, "hour_fractions");
  add_map(narrative_day_leads, j, "narrative_day_leads");
  add_map(narrative_after, j, "narrative_after");
  add_map(holidays, j, "holidays");
  if (auto it = j.find("units"); it != j.end())
    for (const auto& [phrase, v] : it->items()) units.add(phrase_tokens(phrase), UnitCount{v.at(0).get<std::string>(), v.at(1).get<int>()});
  add_map(calendar_units, j, "calendar_units");
  add_map(seasons, j, "seasons");
  add_map(period_parts, j, "period_parts");
  add_map(day_parts, j, "day_parts");
  add_map(sets, j, "sets");
  add_map(year_parts, j, "year_parts");
  add_words(present, j, "present");
  add_words(past_ref, j, "past_ref");
  add_words(future_ref, j, "future_ref");
  add_words(past, j, "past");
  add_words(future, j, "future");
  add_words(current, j, "current");
  add_words(since, j, "since");
  add_words(until, j, "until");
  add_words(range_from, j, "range_from");
  add_words(range_to, j, "range_to");
  add_words(ago, j, "ago");
  add_words(later, j, "later");
  add_words(approx, j, "approx");
  add_words(duration_leads, j, "duration_leads");
  add_words(year_words, j, "year_words");
  add_words(day_words, j, "day_words");
  add_words(hijri_markers, j, "hijri_markers");
  add_words(era_markers, j, "era_markers");
  add_words(set_leads, j, "set_leads");
  add_words(fiscal, j, "fiscal");
  add_words(future_cues, j, "future_cues");
  add_words(ordinal_link, j, "ordinal_link");
  add_words(vague_plural, j, "vague_plural");
  add_words(anaphoric_leads, j, "anaphoric_leads");
  add_words(same_year, j, "same_year");
  add_words(hour_words, j, "hour_words");
  add_words(more_less, j, "more_less");
  add_words(ambiguous_months, j, "ambiguous_months");
  add_words(bare_month_leads, j, "bare_month_leads");
  add_words(same_month, j, "same_month");
  add_words(report_verbs, j, "report_verbs");
  add_words(few_words, j, "few_words");
  add_words(not_after_future, j, "not_after_future");
  add_words(not_time_after, j, "not_time_after");
  add_words(half_words, j, "half_words");
  add_words(age_words, j, "age_words");
  add_words(death_words, j, "death_words");
  add_words(night_words, j, "night_words");
  add_words(not_weekday_after, j, "not_weekday_after");
  int next_bit = 0;
  auto collect = [this, &next_bit](auto& table) {
    table.bit = std::uint64_t{1} << next_bit++;
    table.for_each_first([this, &table](const std::string& w) { first_words.mark(w, table.bit); });
  };
  collect(months), collect(hijri_months), collect(weekdays), collect(day_offsets), collect(numbers), collect(ordinals),
      collect(hour_ordinals), collect(hijri_holidays), collect(decade_words), collect(holidays),
      collect(decade_plurals), collect(century_words), collect(teen_units), collect(hour_fractions),
      collect(narrative_day_leads), collect(narrative_after);
  collect(units), collect(calendar_units), collect(seasons), collect(period_parts), collect(day_parts), collect(sets),
      collect(year_parts);
  for (auto* t : {&present, &past_ref, &future_ref, &past, &future, &current, &since, &until, &range_from, &range_to,
                  &ago, &later, &approx, &duration_leads, &year_words, &day_words, &hijri_markers, &era_markers,
                  &set_leads, &fiscal, &future_cues, &ordinal_link, &vague_plural, &anaphoric_leads, &same_year,
                  &hour_words, &more_less, &ambiguous_months, &bare_month_leads, &same_month, &report_verbs, &few_words,
                  &not_after_future, &not_time_after, &half_words, &age_words, &death_words, &night_words,
                  &not_weekday_after})
    collect(*t);
  // The tagger's rule gates keep the two top bits for a number and for "the".
  if (next_bit > 62) throw Error("too many temporal phrase tables for a 64-bit mask");
}

std::uint64_t TemporalLexicon::mask(const PhraseToken& t) const {
  // Punctuation starts no phrase of a table (the rules read it as tokens).
  if (t.kind == PhraseToken::Kind::punct && t.text != "'") return 0;
  std::uint64_t m = 0;
  if (t.variants.empty()) return first_words.get(t.text, t.hash);
  for (std::size_t k = 0; k < t.variants.size(); ++k) m |= first_words.get(t.variants[k].first, t.variants.hash(k));
  return m;
}

}  // namespace chronograph
