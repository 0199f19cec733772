#include <catch2/catch.hpp>

#include "chronograph/text/language.hpp"
#include "chronograph/text/utf8.hpp"

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
