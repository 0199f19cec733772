#pragma once
// The temporal lexicon of one language and the tokens it is matched against (not installed).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "chronograph/temporal/tagger.hpp"

namespace chronograph {

// A token of the matching form of the text; begin/end are code points of the original text.
struct TemporalToken {
  std::string_view text;  // matching form: case-folded, Arabic letter variants unified, ASCII digits
  std::size_t begin = 0, end = 0;
  enum class Kind { word, number, punct } kind = Kind::word;
  bool space_before = false;
  bool capitalized = false;  // the original text starts the token with an upper-case letter
  int number = -1;  // value of a digit token (up to 9 digits), else -1
  int digits = 0;
  // The phrase tables that have a phrase starting with this word (one bit per table, see TemporalLexicon::mask);
  // all bits for digits and punctuation, which the rules inspect themselves.
  std::uint64_t mask = ~std::uint64_t{0};
  // Arabic proclitic variants of the word, computed once per token (see clitic_variants); empty otherwise.
  std::vector<std::pair<std::string, std::size_t>> variants;
};

// Hash and equality that let unordered containers of std::string be searched with a string_view.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Splits the matching form of a text into tokens: runs of letters, runs of digits, single punctuation.
std::vector<TemporalToken> temporal_tokens(const std::string& normalised, const std::vector<std::size_t>& to_original);

struct UnitCount {
  std::string unit;  // D W M Y DE CE H MI S Q WE
  int count = 0;     // 0: a plural without a number ("years")
};

// Phrases (token sequences in matching form) to values; the longest phrase at a position wins.
template <typename T>
class PhraseTable {
 public:
  void add(const std::vector<std::string>& tokens, T value);
  struct Hit {
    T value;
    std::size_t length = 0;    // tokens
    std::size_t stripped = 0;  // code points of proclitics taken off the first token
  };
  // The longest phrase starting at tokens[i]; with `clitics`, also with Arabic proclitics off the first token.
  std::optional<Hit> match(const std::vector<TemporalToken>& tokens, std::size_t i, bool clitics) const;
  bool empty() const { return first_.empty(); }
  std::uint64_t bit = ~std::uint64_t{0};  // this table's bit in TemporalToken::mask
  template <typename F>
  void for_each_first(F&& f) const {
    for (const auto& [first, entries] : first_) f(first);
  }

 private:
  struct Entry {
    std::vector<std::string> rest;
    T value;
  };
  std::unordered_map<std::string, std::vector<Entry>, StringHash, std::equal_to<>> first_;  // longest first
};

class TemporalLexicon {
 public:
  explicit TemporalLexicon(const std::string& language);
  std::string language;
  bool arabic = false;
  int upcoming_window_days = 0;  // an unyeared date this many days after the DCT reads as upcoming
  PhraseTable<int> months, hijri_months, weekdays, day_offsets, numbers, ordinals, hour_ordinals;
  PhraseTable<UnitCount> units;
  PhraseTable<std::string> calendar_units, seasons, period_parts, day_parts, sets;
  PhraseTable<bool> present, past_ref, future_ref, past, future, current, since, until, range_from, range_to, ago,
      later, approx, duration_leads, year_words, day_words, hijri_markers, era_markers, set_leads, fiscal,
      future_cues, ordinal_link, vague_plural, anaphoric_leads, same_year, hour_words, more_less;
  // For every word that starts a phrase, the bits of the tables it starts phrases in.
  std::unordered_map<std::string, std::uint64_t, StringHash, std::equal_to<>> first_words;
  // The table bits of a token (over its clitic variants): 0 means it starts nothing.
  std::uint64_t mask(const TemporalToken& t) const;
};

// Arabic proclitic variants of a word in matching form: (variant, code points taken off), the word itself first.
std::vector<std::pair<std::string, std::size_t>> clitic_variants(std::string_view word);

}  // namespace chronograph
