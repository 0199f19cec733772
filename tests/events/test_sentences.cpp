// Sentence boundaries: ICU given only the stretches of a line where UAX #29 can break must find exactly what ICU
// finds on the whole line.
#include <catch2/catch.hpp>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include <unicode/brkiter.h>

#include "../src/events/sentences.hpp"
#include "chronograph/text/utf8.hpp"

using namespace chronograph;

namespace {

std::unique_ptr<icu::BreakIterator> sentence_iterator(const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale(locale), status));
  REQUIRE(U_SUCCESS(status));
  return it;
}

std::vector<std::size_t> breaks(std::string_view line, icu::BreakIterator& it, bool whole_line) {
  std::vector<UChar> utf16;
  std::vector<std::size_t> out;
  line_sentence_breaks(line, it, utf16, out, whole_line);
  return out;
}

}  // namespace

TEST_CASE("sentence boundaries inside a line, in code points", "[events][sentences]") {
  auto it = sentence_iterator("en");
  CHECK(breaks("He left. She stayed.", *it, false) == std::vector<std::size_t>{9});
  // UAX #29 as ICU has it: no boundary inside "3.5" (SB6) or before a lower-case word after an ATerm (SB8), but one
  // after "U.S." before a capital and after "!" before any word.
  CHECK(breaks("The U.S. Army left. Then 3.5 km more.", *it, false) == std::vector<std::size_t>{9, 20});
  CHECK(breaks("\"Go!\" he said. (Why?) No.", *it, false) == std::vector<std::size_t>{6, 15, 22});
  CHECK(breaks("e.g. this one. Next", *it, false) == std::vector<std::size_t>{15});
  CHECK(breaks("No terminator here", *it, false).empty());
  CHECK(breaks("Only at the end.  ", *it, false).empty());
  auto ar = sentence_iterator("ar");
  // "قال الوزير. وأضاف؟ نعم" — Arabic letters are one code point each.
  CHECK(breaks("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631. \u0648\u0623\u0636\u0627\u0641\u061F \u0646\u0639\u0645",
               *ar, false) == std::vector<std::size_t>{12, 19});
}

TEST_CASE("the stretches given to ICU find the whole line's boundaries (random lines)", "[events][sentences]") {
  // Letters of each case, terminators (ATerm, STerm, Arabic and ideographic), closers, spaces, separators inside a
  // line, marks, format characters, digits and a character beyond the BMP.
  const std::vector<std::string> pieces = {"a",  "A",  "\u0627", "\u0644", ".",  "?",      "!",      "\u061F", "\u3002",
                                           "\u2026", "\"", ")", "\u00BB", "\u2019", " ", "\u00A0", "\t", "\r",
                                           "\u2029", "\u0085", "\u064B", "\u0301", "\u200D", "1", ",", "\u060C",
                                           "\U0001F600", "\u00DC", "-"};
  std::mt19937 random(20261130);
  for (const char* locale : {"en", "ar"}) {
    auto it = sentence_iterator(locale);
    for (int k = 0; k < 4000; ++k) {
      std::string line;
      const int n = 1 + static_cast<int>(random() % 30);
      for (int j = 0; j < n; ++j) line += pieces[random() % pieces.size()];
      INFO(line);
      REQUIRE(breaks(line, *it, false) == breaks(line, *it, true));
    }
  }
}
