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
