#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "../src/text/phrases.hpp"
#include "chronograph/text/language.hpp"
#include "chronograph/text/utf8.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

using namespace chronograph;

TEST_CASE("invalid UTF-8 is found with its byte and line", "[text]") {
  struct Row {
    std::string bytes;
    std::optional<std::size_t> byte;
    std::size_t line;
  };
  const Row rows[] = {
      {"plain ascii\nsecond", std::nullopt, 0},
      {"العراق", std::nullopt, 0},
      {"ok\n\xC3\x28", 3, 2},                    // bad continuation
      {"\xC0\xAF", 0, 1},                        // overlong '/'
      {"a\n\nb\xED\xA0\x80", 4, 3},              // UTF-16 surrogate
      {"\xF4\x90\x80\x80", 0, 1},                // above U+10FFFF
      {"cut \xE2\x82", 4, 1},                    // truncated sequence
      {"\xF0\x9F\x98\x80 emoji", std::nullopt, 0},
  };
  for (const auto& row : rows) {
    auto problem = find_invalid_utf8(row.bytes);
    INFO(row.bytes);
    if (!row.byte) {
      CHECK_FALSE(problem);
      continue;
    }
    REQUIRE(problem);
    CHECK(problem->byte == *row.byte);
    CHECK(problem->line == row.line);
  }
}

namespace {

// The definition (RFC 3629), one code point at a time: the first byte where a well-formed sequence cannot start.
std::optional<std::size_t> first_invalid_reference(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return i;
    char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
    for (std::size_t k = 1; k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (b & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += len;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("find_invalid_utf8 agrees with the definition on mixed and broken text at every alignment", "[text]") {
  // Pieces that the eight-byte path must take or hand over: ASCII, Arabic and Latin two-byte letters, three- and
  // four-byte characters, and each kind of error (stray continuation, overlong C0/C1 and E0, surrogate, above
  // U+10FFFF, a lead without its continuation, bytes F5..FF).
  const std::vector<std::string> good = {"a", " ", "abcdefgh", "\xD8\xB9", "\xD9\x84\xD9\x89", "\xC3\xA9", "\xE2\x80\x9C",
                                         "\xF0\x9F\x98\x80", "\xDF\xBF", "\xC2\x80"};
  const std::vector<std::string> bad = {"\x80", "\xBF", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xED\xA0\x80",
                                        "\xF4\x90\x80\x80", "\xD8", "\xD8 ", "\xF5\x80\x80\x80", "\xFF", "\xE2\x80"};
  std::uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  std::size_t checked = 0, invalid = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string s;
    const std::size_t pieces = next() % 24;
    for (std::size_t k = 0; k < pieces; ++k) s += good[(next() >> 8) % good.size()];
    if (round % 2 == 0) s.insert(s.size() ? (next() >> 8) % (s.size() + 1) : 0, bad[(next() >> 8) % bad.size()]);
    if (round % 7 == 0 && !s.empty()) s.resize((next() >> 8) % s.size());  // cut anywhere, even inside a sequence
    const auto expected = first_invalid_reference(s);
    const auto found = find_invalid_utf8(s);
    INFO(round);
    REQUIRE(found.has_value() == expected.has_value());
    if (found) {
      CHECK(found->byte == *expected);
      ++invalid;
    }
    ++checked;
  }
  CHECK(invalid > 1000);
  CHECK(checked - invalid > 1000);
}

TEST_CASE("binary content is told from text", "[text]") {
  CHECK(looks_binary(std::string("PK\x03\x04\0\0", 6)));
  CHECK(looks_binary(std::string(100, '\x01')));
  CHECK_FALSE(looks_binary("line one\r\nline two\twith tab\n"));
  CHECK_FALSE(looks_binary("كانون الثاني"));
  // At every offset (the scan reads eight bytes at a time): one NUL makes it binary, one control character does not,
  // one in nine does not, one in eight does.
  const std::string text = "A plain line of text, long enough to span several words of eight bytes.\n";
  for (std::size_t at = 0; at < text.size(); ++at) {
    std::string nul = text, bell = text;
    nul[at] = '\0';
    bell[at] = '\a';
    CHECK(looks_binary(nul));
    CHECK_FALSE(looks_binary(bell));
  }
  std::string sparse, dense;
  for (int k = 0; k < 90; ++k) sparse += k % 11 == 0 ? '\x02' : 'x';
  for (int k = 0; k < 90; ++k) dense += k % 9 == 0 ? '\x02' : 'x';
  CHECK_FALSE(looks_binary(sparse));
  CHECK(looks_binary(dense));
}

TEST_CASE("code points are counted and cut", "[text]") {
  const std::string s = "في 27 كانون";
  CHECK(count_code_points(s) == 11);
  CHECK(substr_code_points(s, 3, 5) == "27");
  CHECK(substr_code_points(s, 6, 11) == "كانون");
  std::string out;
  for (char32_t c : {U'a', U'\u0639', U'\u20AC', U'\U0001F600'}) append_utf8(out, c);
  std::size_t i = 0;
  CHECK(decode_utf8(out, i) == U'a');
  CHECK(decode_utf8(out, i) == U'\u0639');
  CHECK(decode_utf8(out, i) == U'\u20AC');
  CHECK(decode_utf8(out, i) == U'\U0001F600');
  CHECK(i == out.size());
}

TEST_CASE("detect_language: the majority script of the first 64 KiB, however the scripts are laid out", "[text][utf8]") {
  const std::string latin_word = "word ", arabic_word = "كلمة ";  // 4 Latin letters; 4 Arabic letters in 8 bytes
  auto repeat = [](const std::string& w, int n) {
    std::string out;
    for (int k = 0; k < n; ++k) out += w;
    return out;
  };
  CHECK(detect_language("") == "");
  CHECK(detect_language("123 !?") == "");
  CHECK(detect_language(repeat(arabic_word, 3)) == "ar");
  CHECK(detect_language(repeat(latin_word, 3)) == "en");
  // The early stop must not decide before the rest could change the answer: the minority comes first, then the
  // majority takes over late.
  CHECK(detect_language(repeat(latin_word, 300) + repeat(arabic_word, 301)) == "ar");
  CHECK(detect_language(repeat(arabic_word, 300) + repeat(latin_word, 301)) == "en");
  CHECK(detect_language(repeat(latin_word, 300) + repeat(arabic_word, 300)) == "en");  // a tie is not Arabic
  // Only the first 64 KiB count.
  CHECK(detect_language(repeat(arabic_word, 9000) + repeat(latin_word, 50000)) == "ar");
}

TEST_CASE("detect_language counts as a plain walk over the code points would (random texts)", "[text][utf8]") {
  // The definition: letters whose first byte lies in the first 64 KiB, Arabic script against Latin.
  auto reference_counts = [](std::string_view text) {
    LetterCounts counts;
    std::size_t& arabic = counts.arabic;
    std::size_t& latin = counts.latin;
    for (std::size_t i = 0; i < text.size() && i < 65536;) {
      const auto c = static_cast<UChar32>(decode_utf8(text, i));
      if (!u_isalpha(c)) continue;
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(c, &status);
      arabic += script == USCRIPT_ARABIC;
      latin += script == USCRIPT_LATIN;
    }
    return counts;
  };
  auto reference = [&](std::string_view text) -> std::string {
    const LetterCounts counts = reference_counts(text);
    if (counts.arabic == 0 && counts.latin == 0) return "";
    return counts.arabic > counts.latin ? "ar" : "en";
  };
  // Letters of both scripts at every alignment: the Arabic letters read from their bytes, the other Arabic ones
  // (hamza forms are in the range; marks, digits, punctuation and Persian letters are not), accented Latin, and
  // characters of three and four bytes.
  const std::vector<std::string> pieces = {"a", "Z", "@", "[", "`", "{", " ", ".", "7", "\u0621", "\u0627", "\u063A", "\u0641", "\u064A",
                                           "\u064B", "\u0640", "\u0660", "\u060C", "\u067E", "\u06CC", "\u00E9",
                                           "\u00AB", "\u2026", "\uFEFB", "\U0001F600", "\u0100", "\u212A", "\u212B", "\n"};
  std::mt19937 random(1130);
  for (int k = 0; k < 3000; ++k) {
    std::string text;
    const std::size_t n = k < 20 ? 30000 + random() % 20000 : random() % 200;  // some beyond the 64 KiB
    std::uniform_int_distribution<std::size_t> bias(0, 3);
    const std::size_t lean = bias(random);  // some texts lean to one script, so the early stop is exercised
    for (std::size_t j = 0; j < n; ++j) {
      std::size_t pick = random() % pieces.size();
      if (lean == 1 && random() % 2) text += "a";
      else if (lean == 2 && random() % 2) text += "\u0627";
      else text += pieces[pick];
    }
    INFO(k);
    REQUIRE(detect_language(text) == reference(text));
    // The tokenisation counts the same letters in its own walk (build and annotate ask it, not detect_language).
    const TokenizedText tokens = tokenize_text(text);
    REQUIRE(tokens.letters_counted == (text.size() <= kLanguageSample));
    if (tokens.letters_counted) {
      const LetterCounts expected = reference_counts(text);
      REQUIRE(tokens.letters.arabic == expected.arabic);
      REQUIRE(tokens.letters.latin == expected.latin);
      REQUIRE(language_from_counts(tokens.letters) == reference(text));
    }
  }
}
