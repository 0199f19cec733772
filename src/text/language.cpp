#include "chronograph/text/language.hpp"

#include <cstdint>
#include <cstring>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "chronograph/text/utf8.hpp"

namespace chronograph {

namespace {

constexpr std::uint64_t kHigh = 0x8080808080808080ULL, kLow = 0x7F7F7F7F7F7F7F7FULL;

// Bit 7 of each byte of the result: whether that byte of w equals c (exact, byte by byte).
inline std::uint64_t bytes_equal(std::uint64_t w, unsigned char c) {
  const std::uint64_t x = w ^ (0x0101010101010101ULL * c);
  return ~(((x & kLow) + kLow) | x) & kHigh;
}

// Bit 7 of each byte: whether that byte is in [0x80 + lo, 0x80 + hi] (lo <= hi < 0x80).
inline std::uint64_t bytes_high_in(std::uint64_t w, unsigned lo, unsigned hi) {
  const std::uint64_t z = w & kLow;
  const std::uint64_t at_least = (z + 0x0101010101010101ULL * (0x80 - lo)) & kHigh;
  const std::uint64_t at_most = (0x0101010101010101ULL * (0x80 + hi) - z) & kHigh;
  return w & kHigh & at_least & at_most;
}

// The number of bytes whose bit 7 is set in a mask of bit-7 flags (a multiply sums them).
inline std::size_t count_flags(std::uint64_t mask) { return static_cast<std::size_t>(((mask >> 7) * 0x0101010101010101ULL) >> 56); }

// One letter that is neither ASCII nor one of the Arabic letters U+0621..U+063A, U+0641..U+064A: ICU says.
void count_other(std::string_view text, std::size_t i, std::size_t& arabic, std::size_t& latin) {
  const auto cp = static_cast<UChar32>(decode_utf8(text, i));
  if (!u_isalpha(cp)) return;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(cp, &status);
  if (U_FAILURE(status)) return;
  if (script == USCRIPT_ARABIC) ++arabic;
  else if (script == USCRIPT_LATIN) ++latin;
}

}  // namespace

std::string detect_language(std::string_view text) {
  std::size_t arabic = 0, latin = 0;
  const std::size_t limit = text.size() < 65536 ? text.size() : 65536;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  // Blocks of 512 bytes; after each, stop once the rest cannot change the answer (a Latin letter takes a byte, an
  // Arabic one two). Every letter counts at its first byte.
  for (std::size_t i = 0; i < limit;) {
    if (i > 0) {
      const std::size_t rest = limit - i;
      if (arabic > latin + rest || latin >= arabic + rest / 2 + 1) break;
    }
    const std::size_t block_end = limit - i > 512 ? i + 512 : limit;
    // Eight bytes at a time (and the eight after each, for the second byte of a letter): ASCII letters, the Arabic
    // letters D8 A1..BA and D9 81..8A, and any other lead byte through ICU.
    for (; i + 9 <= block_end; i += 8) {
      std::uint64_t w, next;
      std::memcpy(&w, p + i, 8);
      std::memcpy(&next, p + i + 1, 8);
      const std::uint64_t folded = (w | 0x2020202020202020ULL) & kLow;
      const std::uint64_t ascii_letters = ~w & kHigh & ((folded + 0x1F1F1F1F1F1F1F1FULL) & kHigh) &
                                          ((0xFAFAFAFAFAFAFAFAULL - folded) & kHigh);
      latin += count_flags(ascii_letters);
      if (!(w & kHigh)) continue;
      const std::uint64_t arabic_letters = (bytes_equal(w, 0xD8) & bytes_high_in(next, 0x21, 0x3A)) |
                                           (bytes_equal(w, 0xD9) & bytes_high_in(next, 0x01, 0x0A));
      arabic += count_flags(arabic_letters);
      for (std::uint64_t other = w & (w << 1) & kHigh & ~arabic_letters; other; other &= other - 1)
        count_other(text, i + static_cast<std::size_t>(__builtin_ctzll(other) >> 3), arabic, latin);
    }
    // The block's last bytes one by one (from the first byte of a letter).
    for (; i < block_end; ++i) {
      const unsigned char c = p[i];
      if (c < 0x80) latin += static_cast<unsigned char>((c | 0x20) - 'a') < 26;
      else if (c >= 0xC0) count_other(text, i, arabic, latin);
    }
  }
  if (arabic == 0 && latin == 0) return {};
  return arabic > latin ? "ar" : "en";
}

}  // namespace chronograph
