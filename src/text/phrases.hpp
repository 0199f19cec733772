#pragma once
// Stage helper: text in matching form -> tokens, and tables of phrases (token sequences) matched against them,
// with Arabic proclitics taken off. Shared by the temporal tagger and the actor recogniser (not installed).

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "chronograph/text/language.hpp"

namespace chronograph {

// Arabic proclitic variants of a word: (variant in matching form, code points taken off), kept inline (no heap)
// for the usual handful.
using CliticVariants = boost::container::small_vector<std::pair<std::string, std::size_t>, 4>;

// A token's proclitic variants as views: (variant in matching form, code points taken off). The texts and the list
// live in the TokenizedText the token belongs to.
using Variant = std::pair<std::string_view, std::size_t>;
// Each variant's StringHash is kept beside it (computed once, used by every table the word is looked up in).
// The hashes are kept at the same index of an array beside the variants' (one pointer and a distance), so that the
// list, and the token holding it, stay small: tokens are read many times over by every stage.
class VariantList {
 public:
  VariantList() = default;
  VariantList(const Variant* data, const std::uint64_t* hashes, std::size_t size)
      : data_(data), hashes_(hashes), size_(static_cast<std::uint32_t>(size)) {}
  const Variant* begin() const { return data_; }
  const Variant* end() const { return data_ + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Variant& operator[](std::size_t k) const { return data_[k]; }
  std::uint64_t hash(std::size_t k) const { return hashes_[k]; }

 private:
  const Variant* data_ = nullptr;
  const std::uint64_t* hashes_ = nullptr;
  std::uint32_t size_ = 0;
};

// A token of the matching form of the text; begin/end are code points of the original text.
// Laid out small (56 bytes): every stage reads the tokens over and over, and their size is what those passes touch.
struct PhraseToken {
  std::string_view text;  // matching form: case-folded, Arabic letter variants unified, ASCII digits
  std::uint64_t hash = 0;  // StringHash of text, computed once for all the tables the token is looked up in
  // Arabic proclitic variants of the word, the word itself first, computed once per token by tokenize_text (see
  // clitic_variants); empty otherwise. A view: tokens are small, and copying one copies no strings.
  VariantList variants;
  std::uint32_t begin = 0, end = 0;  // code points (tokenize_text refuses a text of 4 GiB or more)
  int number = -1;  // value of a digit token (up to 9 digits), else -1
  enum class Kind : std::uint8_t { word, number, punct } kind = Kind::word;
  std::uint8_t digits = 0;
  bool space_before = false;
  bool line_before = false;  // a line break (or the start of the text) comes before: names do not run across it
  bool capitalized = false;  // the original text starts the token with an upper-case letter
  bool all_upper = false;    // every letter of the token is upper case in the original text ("US", "AFP")
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
    // The last 1..7 bytes as a little-endian number, zero-padded: two overlapping fixed-size loads (or three bytes)
    // rather than a call to memcpy with a variable size, on every lookup.
    std::uint64_t w = 0;
    const std::size_t r = s.size() - i;
    if (r > 0) {  // an empty view may have no data at all
      const auto* q = reinterpret_cast<const unsigned char*>(s.data() + i);
      if (r >= 4) {
        std::uint32_t lo, hi;
        std::memcpy(&lo, q, 4);
        std::memcpy(&hi, q + r - 4, 4);
        w = lo | (std::uint64_t{hi} << ((r - 4) * 8));
      } else {
        w = std::uint64_t{q[0]} | (std::uint64_t{q[r / 2]} << (8 * (r / 2))) | (std::uint64_t{q[r - 1]} << (8 * (r - 1)));
      }
    }
    h = (h ^ w) * 0x94D049BB133111EBull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

// Equality of two strings, inline: words are short, and a call to memcmp for each key a hash lookup confirms was a
// cost of its own. Up to 16 bytes by two overlapping loads from each side (never past either string's end).
inline bool same_bytes(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  if (n > 16 || n == 0) return a == b;
  auto load8 = [](const char* p) { std::uint64_t v; std::memcpy(&v, p, 8); return v; };
  auto load4 = [](const char* p) { std::uint32_t v; std::memcpy(&v, p, 4); return v; };
  const char *x = a.data(), *y = b.data();
  if (n >= 8) return ((load8(x) ^ load8(y)) | (load8(x + n - 8) ^ load8(y + n - 8))) == 0;
  if (n >= 4) return ((load4(x) ^ load4(y)) | (load4(x + n - 4) ^ load4(y + n - 4))) == 0;
  return x[0] == y[0] && x[n / 2] == y[n / 2] && x[n - 1] == y[n - 1];
}

// A hash map from strings to values searched with a string_view: open addressing with linear probing, the hashes
// in an array of their own, so a lookup usually touches one cache line of hashes and one key. For the word tables
// every token is looked up in (std::unordered_map's node per entry made those lookups the stages' largest cost).
// References from operator[] stay valid until the next insertion.
template <typename V>
class FlatStringMap {
 public:
  const V* find(std::string_view k) const { return find(k, StringHash{}(k)); }
  // With the key's StringHash already known (a token's or a variant's).
  const V* find(std::string_view k, std::uint64_t hash) const {
    if (hashes_.empty()) return nullptr;
    const std::uint64_t h = hash | 1;
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      if (hashes_[i] == 0) return nullptr;
      if (hashes_[i] == h && same_bytes(slots_[i].key, k)) return &slots_[i].value;
    }
  }
  V* find(std::string_view k) { return const_cast<V*>(static_cast<const FlatStringMap&>(*this).find(k)); }
  V* find(std::string_view k, std::uint64_t hash) { return const_cast<V*>(static_cast<const FlatStringMap&>(*this).find(k, hash)); }
  V& operator[](std::string_view k) {
    if ((size_ + 1) * 2 > hashes_.size()) grow();
    const std::uint64_t h = StringHash{}(k) | 1;
    std::size_t i = h & mask_;
    for (; hashes_[i] != 0; i = (i + 1) & mask_)
      if (hashes_[i] == h && slots_[i].key == k) return slots_[i].value;
    hashes_[i] = h;
    slots_[i].key = std::string(k);
    ++size_;
    return slots_[i].value;
  }
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  template <typename F>
  void for_each(F&& f) const {
    for (std::size_t i = 0; i < hashes_.size(); ++i)
      if (hashes_[i]) f(slots_[i].key, slots_[i].value);
  }

 private:
  struct Slot {
    std::string key;
    V value{};
  };
  void grow() {
    std::vector<std::uint64_t> hashes(std::max<std::size_t>(16, hashes_.size() * 2), 0);
    std::vector<Slot> slots(hashes.size());
    const std::size_t mask = hashes.size() - 1;
    for (std::size_t i = 0; i < hashes_.size(); ++i) {
      if (!hashes_[i]) continue;
      std::size_t j = hashes_[i] & mask;
      while (hashes[j]) j = (j + 1) & mask;
      hashes[j] = hashes_[i];
      slots[j] = std::move(slots_[i]);
    }
    hashes_ = std::move(hashes);
    slots_ = std::move(slots);
    mask_ = mask;
  }
  std::vector<std::uint64_t> hashes_;  // 0: empty
  std::vector<Slot> slots_;
  std::size_t size_ = 0, mask_ = 0;
};

// A one-hash Bloom filter over StringHash values, in front of a map of word flags (WordFlags): most words of a text
// are in no such table, and one bit test in a few kilobytes rules them out before a probe of the map's arrays (a
// cache miss each). Its bits come from the hash's top bits, which the map's slots do not use.
class HashBloom {
 public:
  explicit HashBloom(unsigned log2_bits = 16) : shift_(64 - log2_bits), bits_(std::size_t{1} << (log2_bits - 6), 0) {}
  void add(std::uint64_t h) { bits_[(h >> shift_) >> 6] |= std::uint64_t{1} << ((h >> shift_) & 63); }
  bool may_contain(std::uint64_t h) const { return (bits_[(h >> shift_) >> 6] >> ((h >> shift_) & 63)) & 1; }

 private:
  unsigned shift_;
  std::vector<std::uint64_t> bits_;
};

// Bit flags per word, OR-ed together as words are marked: a FlatStringMap with a HashBloom in front, kept in step by
// the one way in (mark), so that a word's flags are asked with one bit test for the words no list holds.
template <typename V>
class WordFlags {
 public:
  explicit WordFlags(unsigned log2_bloom_bits) : bloom_(log2_bloom_bits) {}
  void mark(std::string_view word, V bits) {
    map_[word] |= bits;
    bloom_.add(StringHash{}(word));
  }
  // The word's flags (0: none), with its StringHash already known.
  V get(std::string_view word, std::uint64_t hash) const {
    if (!bloom_.may_contain(hash)) return 0;
    const V* f = map_.find(word, hash);
    return f ? *f : 0;
  }
  V get(std::string_view word) const { return get(word, StringHash{}(word)); }

 private:
  FlatStringMap<V> map_;
  HashBloom bloom_;
};

// A set of strings searched with a string_view, on FlatStringMap (small word lists read for many tokens).
class FlatStringSet {
 public:
  void insert(std::string_view k) { map_[k] = true; }
  std::size_t count(std::string_view k) const { return map_.find(k) ? 1 : 0; }

 private:
  FlatStringMap<bool> map_;
};

// Splits the matching form of a text into tokens: runs of letters, runs of digits, single punctuation.
// With `ascii_letters`, also the number of ASCII letters in the text (all of them are in word tokens).
std::vector<PhraseToken> tokenize_for_phrases(const std::string& normalised, const std::vector<std::size_t>& to_original,
                                              std::size_t* ascii_letters = nullptr);

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
  // `mask`: the bits of the tables a phrase can start at tokens[i] (a lexicon's pre-pass); without this table's bit
  // there is no match and no lookup.
  // Inline, always (GCC dropped it at some call sites as the recogniser grew): most calls end at the filters,
  // before any lookup (and before the call to the lookup itself).
  [[gnu::always_inline]] std::optional<Hit> match(const std::vector<PhraseToken>& tokens, std::size_t i, bool clitics,
                                                  std::uint64_t mask = ~std::uint64_t{0}) const {
    if (i >= tokens.size() || first_.empty() || !(mask & bit)) return std::nullopt;
    const PhraseToken& t = tokens[i];
    if (!clitics || t.variants.empty()) {
      if (!may_start(t.hash)) return std::nullopt;
    } else {
      bool any = false;
      for (std::size_t k = 0; k < t.variants.size(); ++k) any = any || may_start(t.variants.hash(k));
      if (!any) return std::nullopt;
    }
    return lookup(tokens, i, clitics);
  }
  bool empty() const { return first_.empty(); }
  std::uint64_t bit = ~std::uint64_t{0};  // this table's bit in a token mask
  template <typename F>
  void for_each_first(F&& f) const {
    first_.for_each([&](const std::string& first, const auto&) { f(first); });
  }

 private:
  struct Entry {
    std::vector<std::string> rest;
    T value;
  };
  // A word's signature bits: its length, and its first two bytes (an Arabic word's first letter). A table whose
  // first words are few (the people a document has named, the event triggers) rules most words out with two bit
  // tests, before a hash lookup of each of their proclitic variants.
  static std::uint64_t length_bit(std::string_view w) { return std::uint64_t{1} << std::min<std::size_t>(w.size(), 63); }
  static std::uint64_t start_bit(std::string_view w) {
    const unsigned a = w.empty() ? 0 : static_cast<unsigned char>(w[0]), b = w.size() < 2 ? 0 : static_cast<unsigned char>(w[1]);
    return std::uint64_t{1} << ((a * 31 + b) & 63);
  }
  std::optional<Hit> lookup(const std::vector<PhraseToken>& tokens, std::size_t i, bool clitics) const;
  // One bit per first word, chosen by its hash (bits the map's slots do not use): with the hash of every token
  // computed once, most words of the text are ruled out by one bit test, without a probe of the map.
  static std::size_t bloom_word(std::uint64_t h) { return (h >> 52) & 15; }
  static std::uint64_t bloom_bit(std::uint64_t h) { return std::uint64_t{1} << ((h >> 58) & 63); }
  bool may_start(std::uint64_t h) const { return (bloom_[bloom_word(h)] & bloom_bit(h)) != 0; }
  FlatStringMap<std::vector<Entry>> first_;  // longest first
  std::uint64_t lengths_ = 0, starts_ = 0;   // the signatures of the first words
  std::uint64_t bloom_[16] = {};
};


template <typename T>
inline void PhraseTable<T>::add(const std::vector<std::string>& tokens, T value) {
  if (tokens.empty()) return;
  lengths_ |= length_bit(tokens[0]);
  starts_ |= start_bit(tokens[0]);
  const std::uint64_t h = StringHash{}(tokens[0]);
  bloom_[bloom_word(h)] |= bloom_bit(h);
  auto& list = first_[tokens[0]];
  std::vector<std::string> rest(tokens.begin() + 1, tokens.end());
  for (auto& e : list)
    if (e.rest == rest) return;  // the first spelling wins
  list.push_back({std::move(rest), std::move(value)});
  std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
}

template <typename T>
std::optional<typename PhraseTable<T>::Hit> PhraseTable<T>::lookup(const std::vector<PhraseToken>& tokens, std::size_t i,
                                                                  bool clitics) const {
  auto try_first = [&](std::string_view first, std::uint64_t hash, std::size_t stripped) -> std::optional<Hit> {
    if (!may_start(hash) || !(lengths_ & length_bit(first)) || !(starts_ & start_bit(first))) return std::nullopt;
    const auto* entries = first_.find(first, hash);
    if (!entries) return std::nullopt;
    for (const auto& e : *entries) {
      if (i + 1 + e.rest.size() > tokens.size()) continue;
      bool ok = true;
      for (std::size_t k = 0; k < e.rest.size() && ok; ++k) ok = same_bytes(tokens[i + 1 + k].text, e.rest[k]);
      if (ok) return Hit{e.value, 1 + e.rest.size(), stripped};
    }
    return std::nullopt;
  };
  const VariantList& variants = tokens[i].variants;
  if (!clitics || variants.empty()) return try_first(tokens[i].text, tokens[i].hash, 0);
  for (std::size_t k = 0; k < variants.size(); ++k)
    if (auto hit = try_first(variants[k].first, variants.hash(k), variants[k].second)) return hit;
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
// `byte_of`: the byte offset of each code point of `original` (as in TokenizedText).
void mark_case(std::string_view original, const std::vector<std::size_t>& byte_of, std::vector<PhraseToken>& tokens);

// A text read once for all stages: its matching form, the tokens (case marked, with the proclitic variants of the
// words that can carry one) and the byte offset of each code point of the original. The tokens' texts point into
// `normalised`, which is held on the heap so that moving the struct keeps them valid.
struct TokenizedText {
  std::unique_ptr<std::string> normalised;
  std::vector<PhraseToken> tokens;
  std::vector<std::size_t> byte_of;  // code point -> byte offset in the original; its size() - 1 is the length
  // The letters detect_language counts, for a text of at most kLanguageSample bytes (`letters_counted`).
  LetterCounts letters;
  bool letters_counted = false;
  // Where the tokens' variants live: the lists, and the variant texts that are not part of `normalised` (ل + ال
  // gives ال…). On the heap, so that moving the struct keeps the tokens' views valid; stable under additions.
  struct VariantStore {
    std::vector<Variant> lists;                // filled once by tokenize_text, then never grown
    std::vector<std::uint64_t> hashes;         // their StringHash, beside them
    std::deque<std::vector<Variant>> replaced;  // lists set later by set_variants
    std::deque<std::vector<std::uint64_t>> replaced_hashes;
    std::deque<std::string> spellings;
  };
  std::unique_ptr<VariantStore> store = std::make_unique<VariantStore>();
  // Gives token i the variant list `list`; a text of it that is not in `normalised` must be one of `spell`'s.
  void set_variants(std::size_t i, std::vector<Variant> list);
  // Keeps a variant text that is not in `normalised`; the view stays valid as long as this TokenizedText.
  std::string_view spell(std::string text);
};
TokenizedText tokenize_text(std::string_view text);

// The tokens of a phrase written in a lexicon, in matching form.
std::vector<std::string> phrase_tokens(const std::string& phrase);

}  // namespace chronograph
