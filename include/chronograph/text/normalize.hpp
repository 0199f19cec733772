#pragma once
// Stage: text -> matching form with a map back to the original code points.
// Used wherever names are compared: actor lookup in queries now, gazetteer matching later.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/text/language.hpp"

namespace chronograph {

// The matching form of a text and, for every byte of it, the code-point offset in the original.
// Contract: to_original.size() == text.size() + 1, to_original is non-decreasing, and its last entry
// is the original's code-point length, so [to_original[b], to_original[e]) is the original span
// of the normalised bytes [b, e).
struct Normalized {
  std::string text;
  std::vector<std::size_t> to_original;
};

// Case folding (ICU), Arabic letter variants (أ إ آ ٱ -> ا, ى -> ي, ة -> ه), Arabic diacritics and
// tatweel removed, Arabic-Indic and extended digits -> ASCII, typographic quotes and guillemets ->
// plain quotes, Arabic presentation forms -> their base letters (NFKC). Filters code points directly:
// no transliterator. Precondition: valid UTF-8.
Normalized normalize_for_match(std::string_view text);

// The same into buffers kept between calls (they only grow, so a second text of the same size writes without
// allocating or clearing): the matching form is out[0, n), the map map[0, n], and n is returned.
// With `byte_of`, also the byte offset in `text` of each of its code points, and text.size() after them (so
// byte_of->size() - 1 code points): the same walk, instead of a second one over the text.
// With `letters`, also the letters detect_language counts, but for the ASCII letters of the matching form, which the
// caller adds (tokenize_for_phrases counts them): the same walk, instead of one of its own.
std::size_t normalize_for_match_into(std::string_view text, std::string& out, std::vector<std::size_t>& map,
                                     std::vector<std::size_t>* byte_of = nullptr, LetterCounts* letters = nullptr);

// The Arabic code points the matching form drops: harakat, superscript alef, tatweel and Quranic marks.
bool is_arabic_mark(char32_t c);

// A lookup key: the matching form with punctuation turned into single spaces and trimmed.
// "Al-Sudani’s" and "al sudani's" give the same key; so do "الولايات  المتحدة" and "الوِلايات المتحدة".
std::string match_key(std::string_view text);

// The key with Arabic proclitics (و ف ب ل ك, then ال) taken off each word of three or more letters
// left: "وبالعراق" -> "عراق", "للعراق" -> "عراق", "والولايات" -> "ولايات".
std::string strip_arabic_clitics(std::string_view key);

}  // namespace chronograph
