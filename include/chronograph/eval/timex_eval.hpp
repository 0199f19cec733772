#pragma once
// Evaluation: TimeML gold -> scores of our temporal tagger, after the TempEval-3 Task A definitions:
// strict and relaxed extent P/R/F1, and type and value F1 = attribute accuracy × relaxed F1 (micro-averaged).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/model.hpp"

namespace chronograph {

struct GoldTimex {
  Span span;
  std::string type;
  std::string value;
};

struct GoldDocument {
  std::string name;
  std::string text;  // the TEXT content, tags removed, entities decoded
  std::optional<Day> dct;
  std::vector<GoldTimex> timexes;
};

// Reads a TimeML file's TEXT with its TIMEX3 annotations (spans in code points of the returned text).
GoldDocument read_timeml_gold(std::string_view content, const std::string& name);

struct TimexCounts {
  std::size_t gold = 0, system = 0, strict = 0, relaxed = 0, type_correct = 0, value_correct = 0;
  void add(const TimexCounts& o);
};

struct TimexScores {
  double strict_p, strict_r, strict_f1, relaxed_p, relaxed_r, relaxed_f1, type_f1, value_f1, type_accuracy,
      value_accuracy;
};
TimexScores scores(const TimexCounts& c);

struct TimexError {
  std::string kind;  // "missed", "spurious", "value", "type", "extent"
  std::string gold_text, system_text, gold_value, system_value;
};

// Our Arabic gold set (tests/eval/arabic_timex_gold.jsonl): annotations that reference corpus records by file,
// record number and URL, never holding their text. Loads each referenced text from `shared_dir` (the ../shared
// folder), checks every annotated span against its FNV-1a hash, and returns the documents. Throws Error naming
// the entry when a text is missing or a hash does not match.
// With `split` ("dev", "test"), only the entries of that split.
std::vector<GoldDocument> load_reference_gold(const std::string& gold_path, const std::string& shared_dir,
                                              const std::string& split = {});

// Compares the system's timexes with the gold ones of one document. A system timex matches relaxed when
// it overlaps a gold one (each gold timex is matched at most once, in text order).
TimexCounts compare_timexes(const GoldDocument& gold, const std::vector<Timex>& system,
                            std::vector<TimexError>* errors = nullptr);

}  // namespace chronograph
