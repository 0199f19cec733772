#pragma once
// Evaluation of entity timelines as SemEval-2015 Task 4 defines it (docs/EVALUATION.md): each timeline becomes a
// temporal graph, and the system's graph is scored against the gold's by temporal awareness (UzZaman and Allen,
// 2011; the TempEval-3 relation metric):
//   precision = |system reduced graph ∩ gold closure| / |system reduced graph|
//   recall    = |gold reduced graph ∩ system closure| / |gold reduced graph|
// micro-averaged over all timelines of a run.
//
// Our reading of the task's conversion (its script is not public here):
// - every date other than XXXX-XX-XX is a TIMEX3 node; each event on a dated line is SIMULTANEOUS with it;
// - events on lines with the same order are SIMULTANEOUS; an event on an earlier order is BEFORE one on a later;
// - order 0 holds events that are neither anchored nor ordered: they are SIMULTANEOUS with one "unanchored" node
//   and BEFORE nothing, so listing an event there scores only when the gold also leaves it undated;
// - SIMULTANEOUS nodes form classes (lines sharing a date or an event merge); a class is BEFORE another when all its
//   orders precede all of the other's. The reduced graph joins each class's members to its representative (its
//   first TIMEX3, else its first event) and links the representatives of classes that follow one another
//   immediately.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/chronology/entity_timeline.hpp"

namespace chronograph {

struct AwarenessCounts {
  std::size_t system = 0;          // relations in the system's reduced graph
  std::size_t system_correct = 0;  // … that the gold's closure holds
  std::size_t gold = 0;            // relations in the gold's reduced graph
  std::size_t gold_found = 0;      // … that the system's closure holds
  void add(const AwarenessCounts& o);
  double precision() const;
  double recall() const;
  double f1() const;
};

AwarenessCounts score_entity_timeline(const EntityTimeline& gold, const EntityTimeline& system);

// A document of the task as sentences of space-separated tokens.
struct SentenceDocument {
  std::string id;
  std::optional<Day> dct;
  std::vector<std::string> sentences;  // index = the task's sentence number
};

// The task's TimeML (<DOCID>, <DCT><TIMEX3 value=…>, <s id="N">…</s>; tags inside sentences are dropped).
// Throws Error naming `name` when there is no DOCID or a sentence is unterminated.
SentenceDocument read_task_timeml(std::string_view xml, const std::string& name);
// A MEANTIME (NewsReader) XML document: <Document doc_id=…>, its tokens by sentence, the CREATION_TIME TIMEX3.
SentenceDocument read_meantime_sentences(std::string_view xml, const std::string& name);

}  // namespace chronograph
