#include "chronograph/text/language.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "chronograph/text/utf8.hpp"

namespace chronograph {

std::string detect_language(std::string_view text) {
  std::size_t arabic = 0, latin = 0;
  const std::size_t limit = text.size() < 65536 ? text.size() : 65536;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t next_check = 512;
  for (std::size_t i = 0; i < limit;) {
    // Every 512 bytes: stop once the rest cannot change the answer (a Latin letter takes a byte, an Arabic one two).
    if (i >= next_check) {
      next_check += 512;
      const std::size_t rest = limit - i;
      if (arabic > latin + rest || latin >= arabic + rest / 2 + 1) break;
    }
    // The Arabic letters of the first block, straight from their two bytes.
    if ((p[i] == 0xD8 && i + 1 < limit && p[i + 1] >= 0xA1 && p[i + 1] <= 0xBA) ||
        (p[i] == 0xD9 && i + 1 < limit && p[i + 1] >= 0x81 && p[i + 1] <= 0x8A)) {
      ++arabic;
      i += 2;
      continue;
    }
    const auto c = static_cast<UChar32>(decode_utf8(text, i));
    if (c < 0x80) {
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++latin;
      continue;
    }
    if (!u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status)) continue;
    if (script == USCRIPT_ARABIC) ++arabic;
    else if (script == USCRIPT_LATIN) ++latin;
  }
  if (arabic == 0 && latin == 0) return {};
  return arabic > latin ? "ar" : "en";
}

}  // namespace chronograph
