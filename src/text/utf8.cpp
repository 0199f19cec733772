#include "chronograph/text/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace chronograph {

std::optional<Utf8Problem> find_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  // Lines are counted only when a problem is found: the scan itself does the least per byte.
  const auto problem = [&](std::size_t at) {
    std::size_t line = 1;
    for (std::size_t k = 0; k < at; ++k) line += p[k] == '\n';
    return Utf8Problem{at, line};
  };
  while (i < n) {
    i = skip_two_byte_utf8(s, i, [](std::uint64_t) { return false; });
    // Code point by code point, for the next eight bytes at least.
    const std::size_t stop = i + 8 < n ? i + 8 : n;
    while (i < stop) {
      const unsigned char c = p[i];
      if (c < 0x80) {
        ++i;
        continue;
      }
      const std::size_t len = utf8_sequence_length(p, i, n);
      if (len == 0) return problem(i);
      i += len;
    }
  }
  return std::nullopt;
}

bool looks_binary(std::string_view s) {
  const std::size_t n = s.size() < 8192 ? s.size() : 8192;
  // Eight bytes at a time: a word without a byte below 0x20 (most of any text) holds no control character.
  std::size_t control = 0, nul = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (!has_byte_below(w, 0x20)) continue;
    for (std::size_t k = i; k < i + 8; ++k) {
      const auto c = static_cast<unsigned char>(s[k]);
      nul += c == 0;
      control += c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }
  }
  for (; i < n; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    nul += c == 0;
    control += c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
  }
  if (nul) return true;
  return n > 0 && control * 10 > n;
}

std::size_t count_code_points(std::string_view s) {
  // Every byte but a continuation (10xxxxxx) starts one; eight bytes at a time.
  std::size_t continuations = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // One bit per continuation byte, at bit 7 of its byte: a multiply sums the eight bytes (no popcount call).
    continuations += static_cast<std::size_t>((((w & ~(w << 1) & 0x8080808080808080ULL) >> 7) * 0x0101010101010101ULL) >> 56);
  }
  for (; i < s.size(); ++i) continuations += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  return s.size() - continuations;
}

std::vector<std::size_t> code_point_offsets(std::string_view s) {
  // Sized exactly, then filled without a branch per byte: every byte writes its offset at the current slot, and
  // only a byte that starts a code point moves on (a continuation's write is overwritten by the next start).
  std::vector<std::size_t> out(count_code_points(s) + 1);
  std::size_t* slot = out.data();
  for (std::size_t b = 0; b < s.size(); ++b) {
    *slot = b;
    slot += (static_cast<unsigned char>(s[b]) & 0xC0) != 0x80;
  }
  out.back() = s.size();
  return out;
}

std::string_view substr_code_points(std::string_view s, std::size_t begin, std::size_t end) {
  std::size_t cp = 0, b = s.size(), e = s.size();
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (cp == begin) b = i;
    if (cp == end) {
      e = i;
      break;
    }
    ++cp;
  }
  if (b > e) b = e;
  return s.substr(b, e - b);
}

std::size_t line_of_byte(std::string_view s, std::size_t offset) {
  offset = offset < s.size() ? offset : s.size();
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset; ++i) line += s[i] == '\n';
  return line;
}

std::string_view strip_bom(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

}  // namespace chronograph
