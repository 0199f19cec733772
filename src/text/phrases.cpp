#include "phrases.hpp"

#include <algorithm>

#include <unicode/uchar.h>

#include "chronograph/text/normalize.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {

std::vector<PhraseToken> tokenize_for_phrases(const std::string& s, const std::vector<std::size_t>& to_original) {
  std::vector<PhraseToken> out;
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
    PhraseToken t;
    t.space_before = space;
    space = false;
    if (c >= '0' && c <= '9') {
      t.kind = PhraseToken::Kind::number;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      t.digits = static_cast<int>(i - start);
      if (t.digits <= 9) t.number = std::stoi(s.substr(start, i - start));
    } else if (u_isalpha(uc) || u_charType(uc) == U_NON_SPACING_MARK) {
      t.kind = PhraseToken::Kind::word;
      while (i < s.size()) {
        std::size_t j = i;
        const auto d = static_cast<UChar32>(decode_utf8(s, j));
        if (!(u_isalpha(d) || u_charType(d) == U_NON_SPACING_MARK)) break;
        i = j;
      }
    } else {
      t.kind = PhraseToken::Kind::punct;
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

void mark_case(std::string_view text, std::vector<PhraseToken>& tokens) {
  std::size_t cp = 0, byte = 0, k = 0;
  bool any_lower = false, any_letter = false;
  while (byte < text.size() && k < tokens.size()) {
    const auto c = static_cast<UChar32>(decode_utf8(text, byte));
    while (k < tokens.size() && tokens[k].end <= cp) {
      tokens[k].all_upper = any_letter && !any_lower;
      any_lower = any_letter = false;
      ++k;
    }
    if (k < tokens.size() && cp >= tokens[k].begin) {
      if (cp == tokens[k].begin) tokens[k].capitalized = u_isupper(c);
      if (u_isalpha(c)) {
        any_letter = true;
        any_lower = any_lower || u_islower(c);
      }
    }
    ++cp;
  }
  if (k < tokens.size()) tokens[k].all_upper = any_letter && !any_lower;
}

std::vector<std::string> phrase_tokens(const std::string& phrase) {
  const Normalized n = normalize_for_match(phrase);
  std::vector<std::string> out;
  for (const auto& t : tokenize_for_phrases(n.text, n.to_original)) out.emplace_back(t.text);
  return out;
}



}  // namespace chronograph
