#pragma once
// Stage: events -> their chronological order (docs/CHRONOLOGY.md states the rule).

#include <string>
#include <vector>

#include "chronograph/model.hpp"

namespace chronograph {

struct Chronology {
  std::vector<std::size_t> order;                 // indexes into the events, every event exactly once
  std::vector<std::vector<std::string>> cycles;   // event ids of each before/after cycle found
  std::vector<std::string> warnings;              // cycles and dangling before/after ids, in words
};

// Orders events by date, then applies the before/after constraints by topological sort:
// 1. events with a calendar interval come first, by interval start (an open-start range by its end);
//    at the same start the longer interval first (the year 2014 before 2014-09 before 2014-09-10),
//    then the earlier end, then document order of the first evidence, then id;
// 2. then events with an underspecified date ("XXXX-01-27"), by value;
// 3. then undated events, by document order, then id;
// a constraint "A before B" moves B after A whatever their dates. Constraints that form a cycle are
// reported (naming the events) and ignored; the events are still ordered by date.
Chronology order_events(const std::vector<Event>& events);

// The date-only comparison behind rule 1–3: true when a sorts before b.
bool date_precedes(const std::optional<DateRef>& a, const std::optional<DateRef>& b);

}  // namespace chronograph
