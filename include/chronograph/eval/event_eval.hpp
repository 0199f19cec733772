#pragma once
// Evaluation: MEANTIME event–participant–time triples (docs/EVALUATION.md). A gold triple is an event mention, an
// entity mention that takes part in it (HAS_PARTICIPANT) naming a person, organisation or place, and the date the
// event is anchored to (a TLINK SIMULTANEOUS / IS_INCLUDED / DURING from the event to a TIMEX3, or INCLUDES /
// SIMULTANEOUS from the TIMEX3 to the event, the DCT included). A system triple is one of our events, one of its
// actors mentioned in the event's sentence, and the event's date. They match when the trigger is a token of the
// gold event mention, an actor mention shares a token with the gold entity mention, and the dates are equal (both
// cut to their first ten characters; PRESENT_REF is the DCT). A second score ignores the date. MEANTIME gives
// participants to a part of its events only, so precision is a floor.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/model.hpp"

namespace chronograph {

class ActorRecognizer;

struct GoldTriple {
  std::size_t event_begin = 0, event_end = 0;    // tokens [begin, end)
  std::size_t entity_begin = 0, entity_end = 0;  // tokens [begin, end)
  std::string time;                              // TIMEX3 value; empty when the event is not anchored
  bool actor = true;  // the entity is a person, organisation or place: recall counts these only, while precision
                      // accepts a match with any participant (products, amounts)
};

struct TripleDocument {
  std::string id;
  std::optional<Day> dct;
  std::vector<std::string> tokens;
  std::vector<std::size_t> sentence;  // of each token
  std::vector<GoldTriple> gold;       // anchored or not; the timed score uses the anchored ones
};

// Throws Error naming `name` for an unterminated token or markable.
TripleDocument read_meantime_triples(std::string_view xml, const std::string& name);

struct TripleCounts {
  std::size_t gold = 0, system = 0, system_correct = 0, gold_found = 0;  // with dates (anchored gold only)
  std::size_t pair_gold = 0, pair_system = 0, pair_system_correct = 0, pair_gold_found = 0;  // without dates
  void add(const TripleCounts& o);
};

// Annotates the document (temporal, actor and event stages; tokens joined by spaces, one sentence per line) and
// scores its triples.
TripleCounts score_triples(const TripleDocument& doc, const ActorRecognizer& recognizer);

// The same for the untyped reading of the entity-timeline stage (docs/EVENTS.md): every event word within the window
// of an actor mention is an event with that participant, dated by its sentence or the DCT (modal and future words
// undated).
TripleCounts score_word_triples(const TripleDocument& doc);

}  // namespace chronograph
