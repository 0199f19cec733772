#include "phrases.hpp"

#include <algorithm>
#include <limits>

#include <unicode/uchar.h>

#include "chronograph/error.hpp"
#include "chronograph/text/normalize.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {

namespace {

// Letters of a word: the common cases (ASCII, Arabic letters) without asking ICU.
inline bool word_code_point(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c >= 0x0621 && c <= 0x064A) return true;
  const auto uc = static_cast<UChar32>(c);
  return u_isalpha(uc) || u_charType(uc) == U_NON_SPACING_MARK;
}

}  // namespace

std::vector<PhraseToken> tokenize_for_phrases(const std::string& s, const std::vector<std::size_t>& to_original,
                                              std::size_t* ascii_letters) {
  std::size_t ascii = 0;
  std::vector<PhraseToken> out;
  out.reserve(s.size() / 4 + 16);
  std::size_t i = 0;
  bool space = true, line = true;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  // An Arabic letter (U+0621..U+064A) at i, straight from its two bytes: D8 A1..D8 BF or D9 80..D9 8A. In valid
  // UTF-8 no second byte lies outside 80..BF, so the two bytes as one number fall in D8A1..D98A exactly then: one
  // compare instead of four.
  auto arabic_letter = [&](std::size_t k) {
    return k + 1 < s.size() && static_cast<unsigned>(((p[k] << 8) | p[k + 1]) - 0xD8A1u) <= 0xD98Au - 0xD8A1u;
  };
  while (i < s.size()) {
    const std::size_t start = i;
    if (p[i] == ' ') {  // the commonest code point, before any decoding
      space = true;
      ++i;
      continue;
    }
    const bool arabic = arabic_letter(i);
    const char32_t c = arabic ? 0x0621 : decode_utf8(s, i);  // an Arabic letter's own value is not needed
    if (arabic) {
      i += 2;
    } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x80 && u_isUWhiteSpace(static_cast<UChar32>(c)))) {
      space = true;
      line = line || c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
      continue;
    }
    PhraseToken& t = out.emplace_back();
    t.space_before = space;
    t.line_before = line;
    space = line = false;
    if (c >= '0' && c <= '9') {
      t.kind = PhraseToken::Kind::number;
      int value = c - '0';
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        if (i - start < 9) value = value * 10 + (s[i] - '0');
        ++i;
      }
      t.digits = static_cast<std::uint8_t>(std::min<std::size_t>(i - start, 255));  // a longer run stays 255
      if (i - start <= 9) t.number = value;
    } else if (arabic || word_code_point(c)) {
      t.kind = PhraseToken::Kind::word;
      ascii += c < 0x80;  // (an ASCII word code point is a letter)
      while (i < s.size()) {
        // The Arabic letters (U+0621..U+064A) and ASCII letters straight from their bytes.
        if (p[i] < 0x80) {
          if (((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'z')) {
            ++i;
            ++ascii;
            continue;
          }
          break;
        }
        if (arabic_letter(i)) {
          i += 2;
          continue;
        }
        std::size_t j = i;
        if (!word_code_point(decode_utf8(s, j))) break;
        i = j;
      }
    } else {
      t.kind = PhraseToken::Kind::punct;
    }
    t.text = std::string_view(s).substr(start, i - start);
    t.hash = StringHash{}(t.text);
    t.begin = static_cast<std::uint32_t>(to_original[start]);
    t.end = static_cast<std::uint32_t>(to_original[i]);
  }
  if (ascii_letters) *ascii_letters = ascii;
  return out;
}

namespace {

// The proclitic forms of a word, the word itself first: each a view of the word's tail, or (`alef`) alef + a view of
// the word's tail ("للعراق" -> "العراق": ل + ال with the alef dropped in writing).
struct CliticForm {
  std::string_view tail;
  bool alef = false;
  std::size_t taken = 0;
};
using CliticForms = boost::container::small_vector<CliticForm, 8>;

CliticForms clitic_forms(std::string_view w) {
  CliticForms out;
  out.push_back({w, false, 0});
  // Arabic letters are two bytes in UTF-8.
  auto starts = [](std::string_view s, const char* letter) { return s.substr(0, 2) == letter; };
  auto letters = [](std::string_view s) { return s.size() / 2; };
  std::string_view rest = w;
  std::size_t taken = 0;
  if ((starts(rest, "\xD9\x88") || starts(rest, "\xD9\x81")) && letters(rest) >= 3) {  // و ف
    rest.remove_prefix(2);
    ++taken;
    out.push_back({rest, false, taken});
  }
  if ((starts(rest, "\xD8\xA8") || starts(rest, "\xD9\x84") || starts(rest, "\xD9\x83")) && letters(rest) >= 3) {  // ب ل ك
    if (starts(rest, "\xD9\x84") && starts(rest.substr(2), "\xD9\x84"))  // لل = ل + ال
      out.push_back({rest.substr(2), true, taken + 1});
    rest.remove_prefix(2);
    ++taken;
    out.push_back({rest, false, taken});
  }
  // The article stays inside the expression ("السنوات الثلاث"), but lexicon entries may be written without it.
  const std::size_t n = out.size();
  for (std::size_t k = 0; k < n; ++k) {
    const CliticForm f = out[k];
    if (f.alef) {  // ا + tail: the article when the tail starts with ل
      if (starts(f.tail, "\xD9\x84") && letters(f.tail) + 1 >= 5) out.push_back({f.tail.substr(2), false, f.taken});
    } else if (starts(f.tail, "\xD8\xA7") && starts(f.tail.substr(2), "\xD9\x84") && letters(f.tail) >= 5) {  // ال
      out.push_back({f.tail.substr(4), false, f.taken});
    }
  }
  return out;
}

constexpr const char* kAlef = "\xD8\xA7";

}  // namespace

CliticVariants clitic_variants(std::string_view w) {
  CliticVariants out;
  for (const CliticForm& f : clitic_forms(w)) out.emplace_back(f.alef ? kAlef + std::string(f.tail) : std::string(f.tail), f.taken);
  return out;
}

std::string_view TokenizedText::spell(std::string text) { return store->spellings.emplace_back(std::move(text)); }

void TokenizedText::set_variants(std::size_t i, std::vector<Variant> list) {
  const auto& kept = store->replaced.emplace_back(std::move(list));
  auto& hashes = store->replaced_hashes.emplace_back();
  for (const Variant& v : kept) hashes.push_back(StringHash{}(v.first));
  tokens[i].variants = VariantList(kept.data(), hashes.data(), kept.size());
}

void mark_case(std::string_view text, const std::vector<std::size_t>& byte_of, std::vector<PhraseToken>& tokens) {
  // Only tokens whose matching form starts with a letter below U+0250 (Latin) are read; their bytes come from
  // byte_of, and ASCII letters are told from their bytes.
  for (auto& t : tokens) {
    if (t.kind != PhraseToken::Kind::word || t.text.empty() || static_cast<unsigned char>(t.text[0]) >= 0xCA) continue;
    std::size_t b = byte_of[t.begin];
    const std::size_t e = byte_of[t.end];
    bool any_lower = false, any_letter = false, first = true;
    while (b < e) {
      const auto byte = static_cast<unsigned char>(text[b]);
      if (byte < 0x80) {  // ASCII without ICU
        ++b;
        const bool upper = static_cast<unsigned>(byte - 'A') < 26u, lower = static_cast<unsigned>(byte - 'a') < 26u;
        if (first) t.capitalized = upper;
        first = false;
        any_letter = any_letter || upper || lower;
        any_lower = any_lower || lower;
        if (any_lower) break;  // then neither flag can change: most words end here at their first or second letter
        continue;
      }
      const auto ch = static_cast<UChar32>(decode_utf8(text, b));
      if (first) t.capitalized = u_isupper(ch);
      first = false;
      if (u_isalpha(ch)) {
        any_letter = true;
        any_lower = any_lower || u_islower(ch);
        if (any_lower) break;
      }
    }
    t.all_upper = any_letter && !any_lower;
  }
}

TokenizedText tokenize_text(std::string_view text) {
  // Tokens keep their code point offsets in 32 bits.
  if (text.size() >= std::numeric_limits<std::uint32_t>::max())
    throw Error("a document of 4 GiB or more cannot be annotated (" + std::to_string(text.size()) + " bytes)");
  TokenizedText t;
  // The matching form's map back to the original is needed only here: its buffer is kept between texts.
  thread_local std::string buffer;
  thread_local std::vector<std::size_t> to_original;
  t.letters_counted = text.size() <= kLanguageSample;
  const std::size_t n = normalize_for_match_into(text, buffer, to_original, &t.byte_of, t.letters_counted ? &t.letters : nullptr);
  t.normalised = std::make_unique<std::string>(buffer.data(), n);
  std::size_t ascii_letters = 0;
  t.tokens = tokenize_for_phrases(*t.normalised, to_original, &ascii_letters);
  t.letters.latin += ascii_letters;
  mark_case(text, t.byte_of, t.tokens);
  // The variants of all words, in one list (reserved for the most a word can have, so it never moves); each token
  // views its part.
  std::size_t carriers = 0;
  for (const auto& tok : t.tokens) carriers += tok.kind == PhraseToken::Kind::word && may_carry_clitic(tok.text);
  std::vector<Variant>& lists = t.store->lists;
  std::vector<std::uint64_t>& hashes = t.store->hashes;
  lists.reserve(carriers * CliticForms::static_capacity);
  hashes.reserve(carriers * CliticForms::static_capacity);
  for (auto& tok : t.tokens) {
    if (tok.kind != PhraseToken::Kind::word || !may_carry_clitic(tok.text)) continue;
    const std::size_t from = lists.size();
    for (const CliticForm& f : clitic_forms(tok.text)) {
      lists.emplace_back(f.alef ? t.spell(kAlef + std::string(f.tail)) : f.tail, f.taken);
      // The word itself (the first form) has its hash already.
      hashes.push_back(lists.size() - from == 1 ? tok.hash : StringHash{}(lists.back().first));
    }
    tok.variants = VariantList(lists.data() + from, hashes.data() + from, lists.size() - from);
  }
  return t;
}

std::vector<std::string> phrase_tokens(const std::string& phrase) {
  const Normalized n = normalize_for_match(phrase);
  std::vector<std::string> out;
  for (const auto& t : tokenize_for_phrases(n.text, n.to_original)) out.emplace_back(t.text);
  return out;
}



}  // namespace chronograph
