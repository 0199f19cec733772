#pragma once
// Sentence boundaries inside one line of text, from ICU's sentence break iterator.

#include <cstddef>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>

namespace chronograph {

// Appends to `out` ICU's sentence boundaries strictly inside `line` (text without '\n', valid UTF-8), in code points
// from the line's start, ascending. Only the stretches of the line where the rules of UAX #29 can put a boundary are
// given to ICU; `whole_line` gives it the whole line instead (the same boundaries, which a test checks). `utf16` is
// a buffer kept between calls.
void line_sentence_breaks(std::string_view line, icu::BreakIterator& it, std::vector<UChar>& utf16,
                          std::vector<std::size_t>& out, bool whole_line = false);

}  // namespace chronograph
