#pragma once
// Stage helper: text in matching form -> tokens, and tables of phrases (token sequences) matched against them,
// with Arabic proclitics taken off. Shared by the temporal tagger and the actor recogniser (not installed).

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <boost/container/small_vector.hpp>

namespace chronograph {

// Arabic proclitic variants of a word: (variant in matching form, code points taken off), kept inline (no heap)
// for the usual handful.
using CliticVariants = boost::container::small_vector<std::pair<std::string, std::size_t>, 4>;

// A token of the matching form of the text; begin/end are code points of the original text.
struct PhraseToken {
  std::string_view text;  // matching form: case-folded, Arabic letter variants unified, ASCII digits
  std::size_t begin = 0, end = 0;
  enum class Kind { word, number, punct } kind = Kind::word;
  bool space_before = false;
  bool line_before = false;  // a line break (or the start of the text) comes before: names do not run across it
  bool capitalized = false;  // the original text starts the token with an upper-case letter
  bool all_upper = false;    // every letter of the token is upper case in the original text ("US", "AFP")
  int number = -1;  // value of a digit token (up to 9 digits), else -1
  int digits = 0;
  // The phrase tables that have a phrase starting with this word (one bit per table, set by the lexicon that owns them);
  // all bits for digits and punctuation, which the rules inspect themselves.
  std::uint64_t mask = ~std::uint64_t{0};
  // Arabic proclitic variants of the word, computed once per token (see clitic_variants); empty otherwise.
  CliticVariants variants;
};

// Hash and equality that let unordered containers of std::string be searched with a string_view.
// Words are short: eight bytes at a time with a multiply-xorshift mix, faster here than std::hash's Murmur.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
    }
    std::uint64_t w = 0;
    std::memcpy(&w, s.data() + i, s.size() - i);
    h = (h ^ w) * 0x94D049BB133111EBull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

// Splits the matching form of a text into tokens: runs of letters, runs of digits, single punctuation.
std::vector<PhraseToken> tokenize_for_phrases(const std::string& normalised, const std::vector<std::size_t>& to_original);

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
  std::optional<Hit> match(const std::vector<PhraseToken>& tokens, std::size_t i, bool clitics) const;
  bool empty() const { return first_.empty(); }
  std::uint64_t bit = ~std::uint64_t{0};  // this table's bit in PhraseToken::mask
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


template <typename T>
inline void PhraseTable<T>::add(const std::vector<std::string>& tokens, T value) {
  if (tokens.empty()) return;
  auto& list = first_[tokens[0]];
  std::vector<std::string> rest(tokens.begin() + 1, tokens.end());
  for (auto& e : list)
    if (e.rest == rest) return;  // the first spelling wins
  list.push_back({std::move(rest), std::move(value)});
  std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
}

template <typename T>
inline std::optional<typename PhraseTable<T>::Hit> PhraseTable<T>::match(const std::vector<PhraseToken>& tokens,
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


// Arabic proclitic variants of a word in matching form: (variant, code points taken off), the word itself first.
CliticVariants clitic_variants(std::string_view word);

// Whether a word in matching form can carry a proclitic or the article: it starts with و ف ب ل ك or ا and has
// three letters or more.
inline bool may_carry_clitic(std::string_view w) {
  if (w.size() < 6) return false;
  const std::string_view first = w.substr(0, 2);
  return first == "\xD9\x88" || first == "\xD9\x81" || first == "\xD8\xA8" || first == "\xD9\x84" ||
         first == "\xD9\x83" || first == "\xD8\xA7";
}

// Sets capitalized/all_upper of each token from the original text (the matching form has no case).
void mark_case(std::string_view original, std::vector<PhraseToken>& tokens);

// The tokens of a phrase written in a lexicon, in matching form.
std::vector<std::string> phrase_tokens(const std::string& phrase);

}  // namespace chronograph
