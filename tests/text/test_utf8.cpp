#include <catch2/catch.hpp>

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
