#pragma once
// Stage: document text -> language code, from the scripts of its letters.

#include <string>
#include <string_view>

namespace chronograph {

// "ar" when Arabic-script letters outnumber Latin ones, "en" when Latin letters do, "" when the text has
// no letters of either. Latin text is taken as English until more Latin-script languages are supported.
// Looks at the first 64 KiB only. Precondition: valid UTF-8.
std::string detect_language(std::string_view text);

// The letters detect_language counts: Arabic-script and Latin-script letters (Unicode letters, not marks or digits).
struct LetterCounts {
  std::size_t arabic = 0, latin = 0;
  // Counts the code point c by asking ICU (callers count ASCII and the basic Arabic letters U+0621..U+063A and
  // U+0641..U+064A themselves, from their bytes).
  void add_other(char32_t c);
};
// detect_language's answer from the counts of a whole text of at most 64 KiB.
std::string language_from_counts(const LetterCounts& counts);
inline constexpr std::size_t kLanguageSample = 65536;  // the bytes detect_language looks at

}  // namespace chronograph
