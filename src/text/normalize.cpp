#include "chronograph/text/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "chronograph/error.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {

bool is_arabic_mark(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 /* tatweel */ ||
         (c >= 0x06D6 && c <= 0x06ED && c != 0x06E5 && c != 0x06E6);
}

namespace {

// The two UTF-8 bytes of an Arabic letter the matching form keeps as it is: U+0621..U+063A and U+0641..U+064A, but
// not the hamza-on-alef forms (U+0622 U+0623 U+0625), teh marbuta (U+0629) and alef maqsura (U+0649).
inline bool kept_arabic_letter(unsigned char lead, unsigned char second) {
  if (lead == 0xD8) return second >= 0xA1 && second <= 0xBA && second != 0xA2 && second != 0xA3 && second != 0xA5 && second != 0xA9;
  return lead == 0xD9 && second >= 0x81 && second <= 0x8A && second != 0x89;
}

bool is_presentation_form(char32_t c) { return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF); }

// One code point to zero or more code points of the matching form.
void map_code_point(char32_t c, std::u32string& out) {
  if (c < 0x80) {
    out += (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return;
  }
  if (is_arabic_mark(c) || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || c == 0xFEFF) return;
  switch (c) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: out += U'\u0627'; return;  // alef variants
    case 0x0649: out += U'\u064A'; return;                                         // alef maqsura -> yeh
    case 0x0629: out += U'\u0647'; return;                                         // teh marbuta -> heh
    case 0x06CC: out += U'\u064A'; return;                                         // Farsi yeh
    case 0x06A9: out += U'\u0643'; return;                                         // keheh
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F: out += U'"'; return;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: out += U'\''; return;
    case 0x00A0: case 0x2007: case 0x202F: out += U' '; return;
    case 0x060C: out += U','; return;  // Arabic comma
    case 0x061B: out += U';'; return;
    case 0x061F: out += U'?'; return;
    default: break;
  }
  if (c >= 0x0660 && c <= 0x0669) {
    out += U'0' + (c - 0x0660);
    return;
  }
  if (c >= 0x06F0 && c <= 0x06F9) {
    out += U'0' + (c - 0x06F0);
    return;
  }
  if (is_presentation_form(c)) {
    IcuError status("getting the NFKC normaliser");
    static const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    status.assertSuccess();
    icu::UnicodeString decomposed;
    if (nfkc->getDecomposition(static_cast<UChar32>(c), decomposed)) {
      for (int32_t k = 0; k < decomposed.length(); k = decomposed.moveIndex32(k, 1)) {
        std::u32string one;
        map_code_point(static_cast<char32_t>(decomposed.char32At(k)), one);
        out += one;
      }
      return;
    }
  }
  out += static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

bool is_word_code_point(char32_t c) {
  // ASCII letters and digits, and the Arabic letters of the matching form, without asking ICU.
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
  if ((c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A)) return true;
  return u_isalnum(static_cast<UChar32>(c)) || u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

}  // namespace

std::size_t normalize_for_match_into(std::string_view text, std::string& buffer, std::vector<std::size_t>& to_original,
                                     std::vector<std::size_t>* byte_of, LetterCounts* letters) {
  // Written through raw pointers into buffers sized for the common case (one output byte per input byte); the
  // rare expansions (presentation forms) grow them.
  if (buffer.size() < text.size() + 16) buffer.resize(text.size() + 16);
  if (to_original.size() < text.size() + 17) to_original.resize(text.size() + 17);
  char* out = buffer.data();
  std::size_t* map = to_original.data();
  std::size_t w = 0;
  auto room = [&](std::size_t more) {
    if (w + more + 1 <= buffer.size() && w + more + 1 <= to_original.size()) return;
    buffer.resize(2 * (w + more) + 1);
    to_original.resize(2 * (w + more) + 2);
    out = buffer.data();
    map = to_original.data();
  };
  std::u32string mapped;
  std::size_t cp_index = 0;
  // Letters as detect_language counts them (but the matching form's ASCII letters): the basic Arabic ones here, from
  // their bytes (an Arabic run's letters at its end), the rest by ICU, less the ASCII letters they became (K for the
  // Kelvin sign), which the caller counts with the others in the matching form.
  std::size_t arabic = 0, mapped_ascii_letters = 0;
  LetterCounts others;
  const auto* in = reinterpret_cast<const unsigned char*>(text.data());
  // Code point starts go to a buffer kept between calls (one slot per byte at most; cleared only when it grows),
  // and are copied out, exactly sized, at the end.
  thread_local std::vector<std::size_t> starts_buffer;
  if (starts_buffer.size() < text.size() + 1) starts_buffer.resize(text.size() + 1);
  std::size_t* starts = starts_buffer.data();
  // The buffers always hold w + (text.size() - i) + 1 bytes: the paths that write no more than they read (ASCII,
  // Arabic letters, the common mappings, dropped marks) need no check; an expansion makes room for the rest.
  for (std::size_t i = 0; i < text.size(); ++cp_index) {
    starts[cp_index] = i;
    const unsigned char byte = in[i];
    if (byte < 0x80) {  // ASCII: fold case in place, one byte out
      out[w] = static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
      map[w++] = cp_index;
      ++i;
      continue;
    }
    if (kept_arabic_letter(byte, i + 1 < text.size() ? in[i + 1] : 0)) {
      // Arabic letters that stay as they are (the hamza-on-alef forms, teh marbuta and alef maqsura are mapped below),
      // the whole run of them straight from their two bytes, without decoding them.
      const std::size_t run_from = i;
      for (;;) {
        out[w] = static_cast<char>(in[i]);
        out[w + 1] = static_cast<char>(in[i + 1]);
        map[w] = map[w + 1] = cp_index;
        w += 2;
        i += 2;
        if (i + 1 >= text.size() || !kept_arabic_letter(in[i], in[i + 1])) break;
        starts[++cp_index] = i;
      }
      arabic += (i - run_from) / 2;
      continue;
    }
    char32_t c = decode_utf8(text, i);
    // The common Arabic mappings (alef with hamza or madda, teh marbuta, alef maqsura) and marks, written directly.
    char32_t one = 0;
    switch (c) {
      case 0x0623: case 0x0625: case 0x0622: one = 0x0627; break;
      case 0x0629: one = 0x0647; break;
      case 0x0649: one = 0x064A; break;
      default: break;
    }
    if (one) {  // Arabic letters too
      ++arabic;
      encode_utf8(one, out + w);  // two bytes, as the letter it replaces
      map[w] = map[w + 1] = cp_index;
      w += 2;
      continue;
    }
    if (letters) others.add_other(c);
    if (is_arabic_mark(c)) continue;  // diacritics and tatweel, dropped
    mapped.clear();
    map_code_point(c, mapped);
    for (char32_t m : mapped) {
      mapped_ascii_letters += m < 0x80 && static_cast<unsigned char>((m | 0x20) - 'a') < 26;
      room(4);
      for (std::size_t k = encode_utf8(m, out + w); k > 0; --k) map[w++] = cp_index;
    }
    room(i < text.size() ? text.size() - i : 0);  // keeps the invariant after an expansion
  }
  room(0);
  map[w] = cp_index;
  if (letters) {
    letters->latin = others.latin - mapped_ascii_letters;  // (unsigned: exact once the ASCII letters are added)
    letters->arabic = arabic + others.arabic;
  }
  if (byte_of) {
    starts[cp_index] = text.size();
    byte_of->assign(starts, starts + cp_index + 1);
  }
  return w;
}

Normalized normalize_for_match(std::string_view text) {
  Normalized n;
  const std::size_t w = normalize_for_match_into(text, n.text, n.to_original);
  n.text.resize(w);
  n.to_original.resize(w + 1);
  return n;
}

std::string match_key(std::string_view text) {
  // The matching form into buffers kept between calls (keys are made for every name found).
  thread_local std::string buffer;
  thread_local std::vector<std::size_t> map;
  // (The length first: the call may grow the buffer, and the order of a constructor's arguments is unspecified.)
  const std::size_t n = normalize_for_match_into(text, buffer, map);
  const std::string_view norm(buffer.data(), n);
  std::string key;
  key.reserve(norm.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < norm.size();) {
    const std::size_t start = i;
    const char32_t c = decode_utf8(norm, i);
    if (c == U'\'' ) continue;  // "Sudani's" ~ "Sudanis": apostrophes join, never split
    if (!is_word_code_point(c)) {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space) key += ' ';
    pending_space = false;
    key.append(norm, start, i - start);
  }
  return key;
}

std::string strip_arabic_clitics(std::string_view key) {
  std::string out;
  std::size_t pos = 0;
  while (pos <= key.size()) {
    std::size_t sp = key.find(' ', pos);
    if (sp == std::string_view::npos) sp = key.size();
    std::u32string word;
    for (std::size_t i = pos; i < sp;) word += decode_utf8(key, i);
    auto letters_after = [&](std::size_t k) { return word.size() - k; };
    std::size_t k = 0;
    // Conjunction, then preposition, then article: و/ف + ب/ل/ك + ال; "لل" is ل + ال with the alef dropped.
    if (k < word.size() && (word[k] == U'\u0648' || word[k] == U'\u0641') && letters_after(k + 1) >= 3) ++k;
    if (k < word.size() && (word[k] == U'\u0628' || word[k] == U'\u0644' || word[k] == U'\u0643') &&
        letters_after(k + 1) >= 3) {
      if (word[k] == U'\u0644' && k + 1 < word.size() && word[k + 1] == U'\u0644' && letters_after(k + 2) >= 2) {
        k += 2;
      } else {
        ++k;
      }
    }
    if (k + 1 < word.size() && word[k] == U'\u0627' && word[k + 1] == U'\u0644' && letters_after(k + 2) >= 2) k += 2;
    if (!out.empty()) out += ' ';
    for (std::size_t i = k; i < word.size(); ++i) append_utf8(out, word[i]);
    pos = sp + 1;
  }
  return out;
}

}  // namespace chronograph
