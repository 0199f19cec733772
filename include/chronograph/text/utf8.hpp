#pragma once
// UTF-8 checks and code-point offsets: spans everywhere are in code points, files arrive as bytes.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

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

// Decodes the code point at s[i] and advances i. Precondition: s is valid UTF-8.
char32_t decode_utf8(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t c);
std::size_t count_code_points(std::string_view s);
// The UTF-8 text of code points [begin, end) of s.
std::string_view substr_code_points(std::string_view s, std::size_t begin, std::size_t end);

// Drops a leading byte-order mark.
std::string_view strip_bom(std::string_view s);

}  // namespace chronograph
