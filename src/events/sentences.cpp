#include "sentences.hpp"

#include <array>
#include <climits>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

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
  std::size_t i = 0, cp = 0;
  // The code point at i (ASCII and two-byte sequences straight from the table); advances i and cp.
  auto next = [&]() {
    int value;
    if (p[i] < 0x80) {
      value = table[p[i]];
      ++i;
    } else if (p[i] < 0xE0 && i + 1 < n) {
      value = table[((p[i] & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu)];
      i += 2;
    } else {
      value = sentence_break(decode_utf8(line, i));
      if (i > n) i = n;
    }
    ++cp;
    return value;
  };
  auto is_term = [](int v) { return v == U_SB_STERM || v == U_SB_ATERM; };
  auto is_separator = [](int v) { return v == U_SB_SEP || v == U_SB_CR || v == U_SB_LF; };
  auto is_letter = [](int v) { return v == U_SB_OLETTER || v == U_SB_UPPER || v == U_SB_LOWER; };
  std::size_t space_byte = 0, space_cp = 0;  // the last space before the scan position (or the line's start)
  while (i < n) {
    const std::size_t at_byte = i, at_cp = cp;
    const int v = next();
    if (v == U_SB_SP) {
      space_byte = at_byte;
      space_cp = at_cp;
      continue;
    }
    if (!is_term(v) && !is_separator(v)) continue;
    // A terminator or separator: the stretch runs from the space before its word through the run after it.
    BreakWindow w{space_byte, 0, space_cp, 0};
    // Everything up to the next letter (further terminators and separators join the stretch).
    while (i < n) {
      const std::size_t before_byte = i, before_cp = cp;
      const int c = next();
      if (c == U_SB_SP) {
        space_byte = before_byte;
        space_cp = before_cp;
      }
      if (!is_letter(c)) continue;
      // The next letter, with its marks.
      while (i < n) {
        const std::size_t mark_byte = i, mark_cp = cp;
        const int m = next();
        if (m != U_SB_EXTEND && m != U_SB_FORMAT) {
          i = mark_byte;
          cp = mark_cp;
          break;
        }
      }
      break;
    }
    w.byte_end = i;
    w.cp_end = cp;
    if (!out.empty() && w.byte_begin <= out.back().byte_end) {
      out.back().byte_end = w.byte_end;
      out.back().cp_end = w.cp_end;
    } else {
      out.push_back(w);
    }
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
