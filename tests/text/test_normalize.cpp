#include <catch2/catch.hpp>

#include "chronograph/text/normalize.hpp"
#include "chronograph/text/utf8.hpp"

using namespace chronograph;

TEST_CASE("matching form folds letter variants, marks, digits, quotes and case", "[text]") {
  struct Row {
    const char* input;
    const char* expected;
  };
  const Row rows[] = {
      {"أحمد", "احمد"},
      {"إيران", "ايران"},
      {"آذار", "اذار"},
      {"مستشفى", "مستشفي"},
      {"العراقية", "العراقيه"},
      {"مُحَمَّد", "محمد"},
      {"الـــعراق", "العراق"},          // tatweel
      {"٢٠١٨", "2018"},
      {"۲۰۱۸", "2018"},
      {"«داعش»", "\"داعش\""},
      {"“ISIS”", "\"isis\""},
      {"Al-Sudani", "al-sudani"},
      {"STRASSE", "strasse"},
      {"\xEF\xBB\xB7", "لا"},          // U+FEF7 lam-alef ligature with hamza -> lam, alef
      // Latin and Greek case, the Arabic comma and question mark, the no-break space, Farsi yeh and keheh.
      {"Élan ΩΣ", "élan ωσ"},
      {"قال، لماذا؟", "قال, لماذا?"},
      {"a\xC2\xA0" "b", "a b"},
      {"\xDB\x8C\xDA\xA9", "يك"},
  };
  for (const auto& row : rows) {
    INFO(row.input);
    CHECK(normalize_for_match(row.input).text == row.expected);
  }
}

TEST_CASE("the offset map points every normalised byte back into the original", "[text]") {
  for (const char* input : {"وبالعراق في ٢٧ كانون الثاني/يناير", "«الـدولة الإسلامية»", "Plain TEXT", "\xEF\xBB\xB7x"}) {
    INFO(input);
    const auto n = normalize_for_match(input);
    REQUIRE(n.to_original.size() == n.text.size() + 1);
    CHECK(n.to_original.back() == count_code_points(input));
    for (std::size_t i = 1; i < n.to_original.size(); ++i) CHECK(n.to_original[i - 1] <= n.to_original[i]);
  }
  // Every two-byte code point (the table's path) between two letters: "x" maps to 0, the code point's bytes (if
  // any are left) to 1, "y" to 2.
  for (char32_t c = 0x80; c < 0x800; ++c) {
    std::string input = "x";
    append_utf8(input, c);
    input += "y";
    INFO(static_cast<unsigned>(c));
    const auto m = normalize_for_match(input);
    REQUIRE(m.to_original.size() == m.text.size() + 1);
    REQUIRE(m.text.size() >= 2);
    CHECK(m.to_original.front() == 0);
    CHECK(m.to_original[m.text.size() - 1] == 2);
    CHECK(m.to_original.back() == 3);
    for (std::size_t i = 1; i + 1 < m.text.size(); ++i) CHECK(m.to_original[i] == 1);
  }
  // "مُحَمَّد" has marks after its letters: the letters map back to code points 0, 2, 4, 7.
  const auto n = normalize_for_match("مُحَمَّد");
  CHECK(n.to_original[0] == 0);
  CHECK(n.to_original[2] == 2);
  CHECK(n.to_original[4] == 4);
  CHECK(n.to_original[6] == 7);
}

TEST_CASE("match keys ignore punctuation and spacing", "[text]") {
  CHECK(match_key("Al-Sudani’s") == match_key("al sudani's"));
  CHECK(match_key("  الوِلايات   المتحدة ") == "الولايات المتحده");
  CHECK(match_key("Kataib Hezbollah (KH)") == "kataib hezbollah kh");
  CHECK(match_key("...") .empty());
}

TEST_CASE("Arabic clitics come off for lookup", "[text]") {
  struct Row {
    const char* input;
    const char* expected;
  };
  const Row rows[] = {
      {"وبالعراق", "عراق"}, {"للعراق", "عراق"}, {"والولايات المتحده", "ولايات متحده"},
      {"بداعش", "داعش"},     {"العراق", "عراق"}, {"وإيران", "ايران"},
      {"ولد", "ولد"},        // too short to carry a clitic
  };
  for (const auto& row : rows) {
    INFO(row.input);
    CHECK(strip_arabic_clitics(match_key(row.input)) == row.expected);
  }
}

TEST_CASE("normalisation: expansions longer than the input grow the buffers", "[normalize]") {
  // U+FEFB (lam-alef ligature, 3 bytes) -> لا (2 letters, 4 bytes): the output outgrows the input.
  std::string in, expected;
  for (int k = 0; k < 5000; ++k) {
    in += "\xEF\xBB\xBB";
    expected += "\xD9\x84\xD8\xA7";
  }
  in += " Ab";
  expected += " ab";
  const Normalized n = normalize_for_match(in);
  CHECK(n.text == expected);
  REQUIRE(n.to_original.size() == n.text.size() + 1);
  CHECK(n.to_original[4 * 4999] == 4999);
  CHECK(n.to_original[n.text.size() - 1] == 5002);
  CHECK(n.to_original.back() == 5003);
  // The buffers kept between calls give the same.
  std::string buffer;
  std::vector<std::size_t> map;
  for (int round = 0; round < 2; ++round) {
    const std::size_t w = normalize_for_match_into(in, buffer, map);
    CHECK(buffer.substr(0, w) == expected);
    CHECK(map[w] == 5003);
  }
}
