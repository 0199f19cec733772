#pragma once
// Stage: document text + language + DCT -> timexes: TIMEX3 type, value, inclusive interval and modifier,
// with spans in code points of the text (docs/TEMPORAL.md describes the rules).

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/model.hpp"

namespace chronograph {

struct TokenizedText;  // a text tokenised once for all stages (internal: src/text/phrases.hpp)

class TemporalLexicon;

// Finds and normalises temporal expressions. Building one loads the language lexicons and the ICU month,
// weekday and Hijri month names once; tag() is then a linear pass over the text and is thread-safe.
class TemporalTagger {
 public:
  TemporalTagger();
  ~TemporalTagger();
  TemporalTagger(const TemporalTagger&) = delete;
  TemporalTagger& operator=(const TemporalTagger&) = delete;

  // Languages with a lexicon ("ar", "en"); tag() returns nothing for others.
  bool supports(const std::string& language) const;

  // Timexes in text order, non-overlapping. Without a DCT, relative and unyeared expressions stay
  // underspecified ("XXXX-01-27", "PAST_REF") and are never dated "today".
  // Contract: every span lies inside the text, on code-point boundaries, begin < end.
  std::vector<Timex> tag(std::string_view text, const std::string& language, std::optional<Day> dct) const;
  // The same on a text the pipeline has tokenised once for all stages (`tokens` made by tokenize_text(text)).
  std::vector<Timex> tag(const TokenizedText& tokens, std::string_view text, const std::string& language,
                         std::optional<Day> dct) const;

  // For a test: ask every rule at every candidate token, without the gate table that skips the rules whose first
  // test cannot pass there (the results must be the same; the gates only save the calls).
  void ask_every_rule(bool on) { every_rule_ = on; }

 private:
  std::vector<std::unique_ptr<TemporalLexicon>> lexicons_;
  bool every_rule_ = false;
};

// The process-wide tagger (lexicons built on first use).
const TemporalTagger& temporal_tagger();

}  // namespace chronograph
