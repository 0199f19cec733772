#include "sentences.hpp"

#include <array>
#include <climits>
#include <cstdint>
#include <cstring>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include "chronograph/error.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {
namespace {

// ICU's Sentence_Break property: Latin and Arabic (below U+0800) from a table read once, the rest from ICU each time.
const std::array<unsigned char, 0x800>& sentence_break_table() {
  static const auto table = [] {
    std::array<unsigned char, 0x800> t{};
    for (UChar32 k = 0; k < 0x800; ++k)
      t[static_cast<std::size_t>(k)] = static_cast<unsigned char>(u_getIntPropertyValue(k, UCHAR_SENTENCE_BREAK));
    return t;
  }();
  return table;
}

int sentence_break(char32_t c) {
  return c < 0x800 ? sentence_break_table()[c] : u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK);
}

bool is_terminator(int v) { return v == U_SB_STERM || v == U_SB_ATERM; }
bool is_separator(int v) { return v == U_SB_SEP || v == U_SB_CR || v == U_SB_LF; }
bool is_letter(int v) { return v == U_SB_OLETTER || v == U_SB_UPPER || v == U_SB_LOWER; }

// A stretch of a line given to ICU: bytes and code points, relative to the line.
struct BreakWindow {
  std::size_t byte_begin, byte_end, cp_begin, cp_end;
};

// The stretches of a line where the sentence rules of UAX #29 (which ICU's iterator follows) can put a boundary;
// ICU decides inside each. A boundary comes only after a paragraph separator (SB4) or after a terminator's run
// "(STerm|ATerm) Close* Sp*" (SB11), and whether it does depends on one code point before the terminator (SB7) and
// on what follows the run up to the next letter, separator or terminator (SB8, SB8a). So a stretch starts at the
// space before the terminator's word (a boundary is never right before that space: Sp* after a terminator is taken
// whole) and ends after that next letter and its marks; stretches that touch are joined. Most of a line (the words
// between sentences) never reaches ICU.
void break_windows(std::string_view line, std::vector<BreakWindow>& out) {
  out.clear();
  const auto& table = sentence_break_table();
  const auto* p = reinterpret_cast<const unsigned char*>(line.data());
  const std::size_t n = line.size();
  // The bytes that may start a terminator or a separator: such ASCII bytes, the leads of two-byte sequences with
  // one among their 64 code points, and every longer lead. Most bytes of a line are passed over with one look-up.
  // The eight-byte filter below (may_hold) relies on what ICU's data says here; it is checked once.
  static const std::array<bool, 256> may_start = [] {
    const auto& t = sentence_break_table();
    auto ends = [](int v) { return is_terminator(v) || is_separator(v); };
    std::array<bool, 256> m{};
    for (unsigned b = 0; b < 0x80; ++b) {
      m[b] = ends(t[b]);
      if (m[b] && b != '.' && b != '?' && b != '!' && b >= 0x0E)
        throw Error("ICU's Sentence_Break data has an ASCII terminator the sentence filter does not know");
    }
    for (unsigned b = 0xC2; b < 0xE0; ++b)
      for (unsigned c = 0; c < 64; ++c) {
        const unsigned cp = ((b & 0x1Fu) << 6) | c;
        m[b] = m[b] || ends(t[cp]);
        if (ends(t[cp]) && (b == 0xD8 || b == 0xD9) && !(cp >= 0x061C && cp <= 0x061F))
          throw Error("ICU's Sentence_Break data has an Arabic terminator the sentence filter does not know");
      }
    for (unsigned b = 0xE0; b < 0x100; ++b) m[b] = true;
    return m;
  }();
  // The code point at i, its Sentence_Break value (ASCII and two-byte sequences straight from the table).
  auto value_at = [&](std::size_t& i) -> int {
    if (p[i] < 0x80) return table[p[i++]];
    if (p[i] < 0xE0 && i + 1 < n) {
      const int v = table[((p[i] & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu)];
      i += 2;
      return v;
    }
    const int v = sentence_break(decode_utf8(line, i));
    if (i > n) i = n;
    return v;
  };
  // Code point offsets of byte offsets, counted from the last one asked (they only grow).
  std::size_t counted_byte = 0, counted_cp = 0;
  auto cp_of = [&](std::size_t byte) {
    counted_cp += count_code_points(line.substr(counted_byte, byte - counted_byte));
    counted_byte = byte;
    return counted_cp;
  };
  // Eight bytes at a time, words that cannot hold a terminator or a separator: no ASCII terminator or control
  // character, no lead byte but the Arabic letters' D8 and D9, no 9C..9F (the last bytes of U+061C..U+061F, the
  // Arabic question mark and stops). A word that may is read byte by byte from its first code point.
  auto may_hold = [](std::uint64_t w) {
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL, kLow = 0x7F7F7F7F7F7F7F7FULL;
    const std::uint64_t ascii = has_byte(w, '.') | has_byte(w, '?') | has_byte(w, '!') | has_byte_below(w, 0x0E);
    const std::uint64_t lead = w & (w << 1) & kHigh;                        // 11xxxxxx
    const std::uint64_t x = (w & 0xFEFEFEFEFEFEFEFEULL) ^ 0xD8D8D8D8D8D8D8D8ULL;  // zero where D8 or D9
    const std::uint64_t other_lead = lead & (((x & kLow) + kLow) | x);
    return ascii | other_lead | has_byte(w & 0xFCFCFCFCFCFCFCFCULL, 0x9C);
  };
  std::size_t floor = 0;  // the end of the last stretch
  std::size_t word_end = 0;  // bytes before it were looked at one by one
  for (std::size_t i = 0; i < n;) {
    if (i >= word_end) {
      while (i + 8 <= n) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        if (may_hold(w)) break;
        i += 8;
      }
      word_end = i + 8;
      while (i < n && i > floor && (p[i] & 0xC0) == 0x80) --i;  // back to the start of a code point
      if (i >= n) break;
    }
    if (!may_start[p[i]]) {
      ++i;
      continue;
    }
    const std::size_t at = i;
    const int v = value_at(i);
    if (!is_terminator(v) && !is_separator(v)) continue;
    // A terminator or separator: the stretch starts at the space before its word (or the last stretch's end).
    std::size_t begin = at;
    while (begin > floor) {
      --begin;
      while (begin > floor && (p[begin] & 0xC0) == 0x80) --begin;
      std::size_t k = begin;
      if (value_at(k) == U_SB_SP) break;
    }
    // ... and runs through everything up to the next letter (further terminators and separators join it), with the
    // letter's marks.
    bool letter = false;
    while (i < n && !letter) letter = is_letter(value_at(i));
    while (i < n) {  // the letter's marks
      std::size_t k = i;
      const int m = value_at(k);
      if (m != U_SB_EXTEND && m != U_SB_FORMAT) break;
      i = k;
    }
    if (!out.empty() && begin <= out.back().byte_end) {
      out.back().byte_end = i;
      out.back().cp_end = cp_of(i);
    } else {
      const std::size_t cp_begin = cp_of(begin);
      out.push_back({begin, i, cp_begin, cp_of(i)});
    }
    floor = i;
  }
}

// ICU's boundaries strictly inside the stretch [byte_begin, byte_end) of the line (code points from cp_begin), as
// line offsets. ICU reads UTF-16 with its fast path (a UTF-8 UText cost it twice as much); without characters beyond
// the BMP, a UTF-16 offset is a code point offset.
void stretch_breaks(std::string_view line, const BreakWindow& w, icu::BreakIterator& it, std::vector<UChar>& utf16,
                    std::vector<std::size_t>& out) {
  const std::size_t bytes = w.byte_end - w.byte_begin, cps = w.cp_end - w.cp_begin;
  if (cps < 2 || bytes >= INT32_MAX / 2) return;
  if (utf16.size() < bytes + 1) utf16.resize(bytes + 1);
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  // The lenient converter is several times faster; on malformed UTF-8 (which the readers never let through) its
  // output is unspecified but stays within the buffer, and the boundaries are clamped to the stretch below.
  u_strFromUTF8Lenient(utf16.data(), static_cast<int32_t>(utf16.size()), &length, line.data() + w.byte_begin,
                       static_cast<int32_t>(bytes), &status);
  if (U_FAILURE(status)) return;
  // UTF-16 offset -> code point offset, only for stretches beyond the BMP.
  std::vector<std::size_t> cp_of(static_cast<std::size_t>(length) != cps ? static_cast<std::size_t>(length) + 1 : 0);
  if (!cp_of.empty()) {
    std::size_t cp = 0;
    for (int32_t k = 0; k < length; ++k) {
      cp_of[static_cast<std::size_t>(k)] = cp;
      if (!U16_IS_LEAD(utf16[static_cast<std::size_t>(k)]) || k + 1 >= length ||
          !U16_IS_TRAIL(utf16[static_cast<std::size_t>(k) + 1]))
        ++cp;
    }
    cp_of[static_cast<std::size_t>(length)] = cp;
  }
  UText* ut = utext_openUChars(nullptr, utf16.data(), length, &status);
  if (U_SUCCESS(status)) {
    it.setText(ut, status);
    if (U_SUCCESS(status))
      for (int32_t b = it.first(); b != icu::BreakIterator::DONE; b = it.next()) {
        const std::size_t off = cp_of.empty() ? static_cast<std::size_t>(b) : cp_of[static_cast<std::size_t>(b)];
        if (off > 0 && off < cps) out.push_back(w.cp_begin + off);
      }
    static const icu::UnicodeString kEmpty;
    it.setText(kEmpty);  // the iterator must not keep pointing into the buffer
  }
  utext_close(ut);
}

}  // namespace

void line_sentence_breaks(std::string_view line, icu::BreakIterator& it, std::vector<UChar>& utf16,
                          std::vector<std::size_t>& out, bool whole_line) {
  // Each stretch's boundaries are strictly inside it, so inside the line.
  if (whole_line) {
    stretch_breaks(line, {0, line.size(), 0, count_code_points(line)}, it, utf16, out);
  } else {
    thread_local std::vector<BreakWindow> windows;
    break_windows(line, windows);
    for (const BreakWindow& w : windows) stretch_breaks(line, w, it, utf16, out);
  }
}

}  // namespace chronograph
