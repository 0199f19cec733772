#pragma once
// UTF-8 checks and code-point offsets: spans everywhere are in code points, files arrive as bytes.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chronograph {

struct Utf8Problem {
  std::size_t byte = 0;  // offset of the first bad byte
  std::size_t line = 1;  // 1-based line of that byte
};

// The first invalid UTF-8 sequence (overlong forms, surrogates and values above U+10FFFF count as invalid).
std::optional<Utf8Problem> find_invalid_utf8(std::string_view s);

// True when the bytes look like a binary file rather than text: a NUL byte, or more than 10% control
// characters other than tab, newline, carriage return and form feed, in the first 8 KiB.
bool looks_binary(std::string_view s);

// The length of the well-formed UTF-8 sequence of two to four bytes starting at p[i] (p[i] >= 0x80) within n bytes,
// or 0 when it is malformed: a stray continuation byte, an overlong form, a surrogate, a code point beyond U+10FFFF,
// or a sequence cut short.
inline std::size_t utf8_sequence_length(const unsigned char* p, std::size_t i, std::size_t n) {
  const unsigned char c = p[i];
  if (c >= 0xC2 && c <= 0xDF) return i + 1 < n && (p[i + 1] & 0xC0) == 0x80 ? 2 : 0;
  std::size_t len = 0;
  char32_t cp = 0;
  if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > n) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((p[i + k] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[i + k] & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

// Decodes the code point at s[i] and advances i. Precondition: s is valid UTF-8. (Inline: it is on every hot path.)
inline char32_t decode_utf8(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

// Writes the UTF-8 bytes of c to out (room for four) and returns how many.
inline std::size_t encode_utf8(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

inline void append_utf8(std::string& out, char32_t c) {
  char b[4];
  out.append(b, encode_utf8(c, b));
}

// Eight bytes at a time (a word read with memcpy): nonzero when some byte of w is below n (n at most 0x80), or
// equal to c. Exact for "is there one"; which byte it is, a byte-by-byte look must tell.
inline std::uint64_t has_byte_below(std::uint64_t w, unsigned n) {
  return (w - 0x0101010101010101ULL * n) & ~w & 0x8080808080808080ULL;
}
inline std::uint64_t has_byte(std::uint64_t w, unsigned char c) { return has_byte_below(w ^ (0x0101010101010101ULL * c), 1); }

// Advances i over s eight bytes at a time while the bytes are ASCII and whole two-byte sequences (all of Arabic and
// accented Latin): every lead (11xxxxxx) a two-byte lead C2..DF followed by a continuation (10xxxxxx), every
// continuation after a lead; a lead in a word's last byte is left to the next word. Stops before the first word that
// holds anything else (longer or malformed sequences, which the caller reads byte by byte) or for which
// `stop(word)` is nonzero (the ASCII bytes a caller must see), and returns the new i.
template <typename Stop>
inline std::size_t skip_two_byte_utf8(std::string_view s, std::size_t i, Stop stop) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  while (i + 8 <= s.size()) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (stop(w)) break;
    const std::uint64_t high = w & kHigh;
    if (!high) {
      i += 8;
      continue;
    }
    const std::uint64_t lead = high & (w << 1);   // 11xxxxxx
    const std::uint64_t cont = high & ~(w << 1);  // 10xxxxxx
    if (lead & (w << 2)) break;                   // 111xxxxx: longer sequences
    if (lead & ~(((w & 0x1E1E1E1E1E1E1E1EULL) + 0x7E7E7E7E7E7E7E7EULL) & kHigh)) break;  // C0, C1: overlong
    const bool last_is_lead = (lead >> 63) != 0;
    const std::uint64_t leads = last_is_lead ? lead & 0x00FFFFFFFFFFFFFFULL : lead;
    if ((leads << 8) != cont) break;
    i += last_is_lead ? 7 : 8;
  }
  return i;
}

std::size_t count_code_points(std::string_view s);
// The UTF-8 text of code points [begin, end) of s.
std::string_view substr_code_points(std::string_view s, std::size_t begin, std::size_t end);
// The byte offset of each code point of s, and s.size() last: one pass, then [b, e) in code points is
// s.substr(offsets[b], offsets[e] - offsets[b]). For texts sliced many times.
std::vector<std::size_t> code_point_offsets(std::string_view s);

// The 1-based line holding byte `offset` of s (offsets past the end count as the last line).
std::size_t line_of_byte(std::string_view s, std::size_t offset);

// Drops a leading byte-order mark.
std::string_view strip_bom(std::string_view s);

}  // namespace chronograph
