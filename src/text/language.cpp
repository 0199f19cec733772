#include "chronograph/text/language.hpp"

#include <cstdint>
#include <cstring>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "chronograph/text/utf8.hpp"

namespace chronograph {

void LetterCounts::add_other(char32_t c) {
  const auto cp = static_cast<UChar32>(c);
  if (!u_isalpha(cp)) return;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(cp, &status);
  if (U_FAILURE(status)) return;
  if (script == USCRIPT_ARABIC) ++arabic;
  else if (script == USCRIPT_LATIN) ++latin;
}

std::string language_from_counts(const LetterCounts& counts) {
  if (counts.arabic == 0 && counts.latin == 0) return {};
  return counts.arabic > counts.latin ? "ar" : "en";
}

std::string detect_language(std::string_view text) {
  LetterCounts counts;
  std::size_t& arabic = counts.arabic;
  std::size_t& latin = counts.latin;
  const std::size_t limit = text.size() < kLanguageSample ? text.size() : kLanguageSample;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  // Blocks of 512 bytes; after each, stop once the rest cannot change the answer (a Latin letter takes a byte, an
  // Arabic one two).
  for (std::size_t i = 0; i < limit;) {
    if (i > 0) {
      const std::size_t rest = limit - i;
      if (arabic > latin + rest || latin >= arabic + rest / 2 + 1) break;
    }
    const std::size_t block_end = limit - i > 512 ? i + 512 : limit;
    while (i < block_end) {
      const unsigned char c = p[i];
      if (c < 0x80) {
        latin += static_cast<unsigned char>((c | 0x20) - 'a') < 26;
        ++i;
        // Eight ASCII bytes at a time: the letters among them counted at once (each byte, case folded by OR 0x20, is a
        // letter when it is at least 'a' (0x61) and below '{' (0x7B); the sums stay inside each byte).
        while (i + 8 <= block_end && p[i] < 0x80) {  // (not after the space of Arabic words)
          std::uint64_t w;
          std::memcpy(&w, p + i, 8);
          if (w & 0x8080808080808080ULL) break;
          const std::uint64_t x = w | 0x2020202020202020ULL;
          const std::uint64_t at_least_a = (x + 0x1F1F1F1F1F1F1F1FULL) & 0x8080808080808080ULL;
          const std::uint64_t past_z = (x + 0x0505050505050505ULL) & 0x8080808080808080ULL;
          latin += static_cast<std::size_t>((((at_least_a & ~past_z) >> 7) * 0x0101010101010101ULL) >> 56);  // bytes summed
          i += 8;
        }
        continue;
      }
      // The Arabic letters of the first block, straight from their two bytes.
      if (i + 1 < limit && ((c == 0xD8 && p[i + 1] >= 0xA1 && p[i + 1] <= 0xBA) || (c == 0xD9 && p[i + 1] >= 0x81 && p[i + 1] <= 0x8A))) {
        ++arabic;
        i += 2;
        continue;
      }
      counts.add_other(decode_utf8(text, i));
    }
  }
  return language_from_counts(counts);
}

}  // namespace chronograph
