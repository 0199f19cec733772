#include "lexicon.hpp"

#include <algorithm>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/uchar.h>

#include "chronograph/embedded.hpp"
#include "chronograph/error.hpp"
#include "chronograph/text/normalize.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {

std::vector<TemporalToken> temporal_tokens(const std::string& s, const std::vector<std::size_t>& to_original) {
  std::vector<TemporalToken> out;
  std::size_t i = 0;
  bool space = true;
  while (i < s.size()) {
    const std::size_t start = i;
    const char32_t c = decode_utf8(s, i);
    const auto uc = static_cast<UChar32>(c);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || u_isUWhiteSpace(uc)) {
      space = true;
      continue;
    }
    TemporalToken t;
    t.space_before = space;
    space = false;
    if (c >= '0' && c <= '9') {
      t.kind = TemporalToken::Kind::number;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      t.digits = static_cast<int>(i - start);
      if (t.digits <= 9) t.number = std::stoi(s.substr(start, i - start));
    } else if (u_isalpha(uc) || u_charType(uc) == U_NON_SPACING_MARK) {
      t.kind = TemporalToken::Kind::word;
      while (i < s.size()) {
        std::size_t j = i;
        const auto d = static_cast<UChar32>(decode_utf8(s, j));
        if (!(u_isalpha(d) || u_charType(d) == U_NON_SPACING_MARK)) break;
        i = j;
      }
    } else {
      t.kind = TemporalToken::Kind::punct;
    }
    t.text = std::string_view(s).substr(start, i - start);
    t.begin = to_original[start];
    t.end = to_original[i];
    out.push_back(t);
  }
  return out;
}

std::vector<std::pair<std::string, std::size_t>> clitic_variants(std::string_view w) {
  std::vector<std::pair<std::string, std::size_t>> out = {{std::string(w), 0}};
  // Arabic letters are two bytes in UTF-8.
  auto starts = [](std::string_view s, const char* letter) { return s.substr(0, 2) == letter; };
  auto letters = [](std::string_view s) { return s.size() / 2; };
  std::string_view rest = w;
  std::size_t taken = 0;
  if ((starts(rest, "\xD9\x88") || starts(rest, "\xD9\x81")) && letters(rest) >= 3) {  // و ف
    rest.remove_prefix(2);
    ++taken;
    out.emplace_back(std::string(rest), taken);
  }
  if ((starts(rest, "\xD8\xA8") || starts(rest, "\xD9\x84") || starts(rest, "\xD9\x83")) && letters(rest) >= 3) {  // ب ل ك
    if (starts(rest, "\xD9\x84") && starts(rest.substr(2), "\xD9\x84"))  // لل = ل + ال
      out.emplace_back("\xD8\xA7" + std::string(rest.substr(2)), taken + 1);
    rest.remove_prefix(2);
    ++taken;
    out.emplace_back(std::string(rest), taken);
  }
  // The article stays inside the expression ("السنوات الثلاث"), but lexicon entries may be written without it.
  const std::size_t n = out.size();
  for (std::size_t k = 0; k < n; ++k) {
    std::string_view v = out[k].first;
    if (starts(v, "\xD8\xA7") && starts(v.substr(2), "\xD9\x84") && letters(v) >= 5)  // ال
      out.emplace_back(std::string(v.substr(4)), out[k].second);
  }
  return out;
}

template <typename T>
void PhraseTable<T>::add(const std::vector<std::string>& tokens, T value) {
  if (tokens.empty()) return;
  auto& list = first_[tokens[0]];
  std::vector<std::string> rest(tokens.begin() + 1, tokens.end());
  for (auto& e : list)
    if (e.rest == rest) return;  // the first spelling wins
  list.push_back({std::move(rest), std::move(value)});
  std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
}

template <typename T>
std::optional<typename PhraseTable<T>::Hit> PhraseTable<T>::match(const std::vector<TemporalToken>& tokens,
                                                                    std::size_t i, bool clitics) const {
  if (i >= tokens.size() || first_.empty() || !(tokens[i].mask & bit)) return std::nullopt;
  auto try_first = [&](std::string_view first, std::size_t stripped) -> std::optional<Hit> {
    auto it = first_.find(first);
    if (it == first_.end()) return std::nullopt;
    for (const auto& e : it->second) {
      if (i + 1 + e.rest.size() > tokens.size()) continue;
      bool ok = true;
      for (std::size_t k = 0; k < e.rest.size() && ok; ++k) ok = tokens[i + 1 + k].text == e.rest[k];
      if (ok) return Hit{e.value, 1 + e.rest.size(), stripped};
    }
    return std::nullopt;
  };
  if (!clitics || tokens[i].variants.empty()) return try_first(tokens[i].text, 0);
  for (const auto& [variant, stripped] : tokens[i].variants)
    if (auto hit = try_first(variant, stripped)) return hit;
  return std::nullopt;
}

template class PhraseTable<int>;
template class PhraseTable<bool>;
template class PhraseTable<std::string>;
template class PhraseTable<UnitCount>;

namespace {

std::vector<std::string> phrase_tokens(const std::string& phrase) {
  const Normalized n = normalize_for_match(phrase);
  std::vector<std::string> out;
  for (const auto& t : temporal_tokens(n.text, n.to_original)) out.emplace_back(t.text);
  return out;
}

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
  if (j.contains("hijri_locale")) add_icu_months(hijri_months, j.at("hijri_locale").get<std::string>());
  add_map(hijri_months, j, "hijri_aliases");
  // English weekday abbreviations ("Sun", "Wed") are common words in news text: wide names only there.
  add_icu_weekdays(weekdays, j.at("weekday_locale").get<std::string>(), arabic);
  add_map(day_offsets, j, "day_offsets");
  add_map(numbers, j, "numbers");
  add_map(ordinals, j, "ordinals");
  add_map(hour_ordinals, j, "hour_ordinals");
  if (auto it = j.find("units"); it != j.end())
    for (const auto& [phrase, v] : it->items()) units.add(phrase_tokens(phrase), UnitCount{v.at(0).get<std::string>(), v.at(1).get<int>()});
  add_map(calendar_units, j, "calendar_units");
  add_map(seasons, j, "seasons");
  add_map(period_parts, j, "period_parts");
  add_map(day_parts, j, "day_parts");
  add_map(sets, j, "sets");
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
  int next_bit = 0;
  auto collect = [this, &next_bit](auto& table) {
    table.bit = std::uint64_t{1} << next_bit++;
    table.for_each_first([this, &table](const std::string& w) { first_words[w] |= table.bit; });
  };
  collect(months), collect(hijri_months), collect(weekdays), collect(day_offsets), collect(numbers), collect(ordinals),
      collect(hour_ordinals);
  collect(units), collect(calendar_units), collect(seasons), collect(period_parts), collect(day_parts), collect(sets);
  for (auto* t : {&present, &past_ref, &future_ref, &past, &future, &current, &since, &until, &range_from, &range_to,
                  &ago, &later, &approx, &duration_leads, &year_words, &day_words, &hijri_markers, &era_markers,
                  &set_leads, &fiscal, &future_cues, &ordinal_link, &vague_plural, &anaphoric_leads, &same_year,
                  &hour_words, &more_less})
    collect(*t);
  if (next_bit > 64) throw Error("too many temporal phrase tables for a 64-bit mask");
}

std::uint64_t TemporalLexicon::mask(const TemporalToken& t) const {
  if (t.kind != TemporalToken::Kind::word) return ~std::uint64_t{0};
  std::uint64_t m = 0;
  if (t.variants.empty()) {
    if (auto it = first_words.find(t.text); it != first_words.end()) m = it->second;
    return m;
  }
  for (const auto& v : t.variants)
    if (auto it = first_words.find(std::string_view(v.first)); it != first_words.end()) m |= it->second;
  return m;
}

}  // namespace chronograph
