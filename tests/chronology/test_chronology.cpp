#include <catch2/catch.hpp>

#include "chronograph/chronology/chronology.hpp"

using namespace chronograph;

namespace {

Event ev(const std::string& id, const char* value, std::vector<std::string> after = {}) {
  Event e;
  e.id = id;
  if (value) e.date = date_from_value(value);
  e.after = std::move(after);
  return e;
}

std::vector<std::string> ids(const std::vector<Event>& events, const Chronology& c) {
  std::vector<std::string> out;
  for (auto i : c.order) out.push_back(events[i].id);
  return out;
}

}  // namespace

TEST_CASE("mixed granularities: containers before what they contain, then by start", "[chronology]") {
  const std::vector<Event> events = {ev("day", "2014-09-10"), ev("year", "2014"), ev("month", "2014-09"),
                                     ev("jan5", "2014-01-05"), ev("decade", "201"), ev("q4", "2014-Q4"),
                                     ev("w37", "2014-W37"), ev("sep1", "2014-09-01")};
  const auto c = order_events(events);
  CHECK(ids(events, c) == std::vector<std::string>{"decade", "year", "jan5", "month", "sep1", "w37", "day", "q4"});
  CHECK(c.warnings.empty());
}

TEST_CASE("open ranges: since by its start, until by its end", "[chronology]") {
  const std::vector<Event> events = {ev("y2019", "2019"), ev("since2018", "2018/"), ev("until2017", "/2017-06"),
                                     ev("y2018", "2018"), ev("y2016", "2016")};
  const auto c = order_events(events);
  // "since 2018" is open-ended, so it is the longest interval starting 2018-01-01 and precedes "2018".
  CHECK(ids(events, c) == std::vector<std::string>{"y2016", "until2017", "since2018", "y2018", "y2019"});
}

TEST_CASE("undated and underspecified events are kept, after the dated ones", "[chronology]") {
  const std::vector<Event> events = {ev("undated-b", nullptr), ev("feb", "XXXX-02-03"), ev("d2020", "2020"),
                                     ev("undated-a", nullptr), ev("jan", "XXXX-01-27")};
  const auto c = order_events(events);
  CHECK(ids(events, c) == std::vector<std::string>{"d2020", "jan", "feb", "undated-a", "undated-b"});
}

TEST_CASE("before/after constraints reorder by topological sort", "[chronology]") {
  // An undated event constrained to precede a dated one moves ahead of it; others keep date order.
  std::vector<Event> events = {ev("a", "2020"), ev("b", "2021"), ev("c", "2022"), ev("u", nullptr)};
  events[1].after = {"u"};      // u before b
  events[0].before = {"c"};     // redundant with dates
  const auto c = order_events(events);
  CHECK(ids(events, c) == std::vector<std::string>{"a", "u", "b", "c"});
  CHECK(c.cycles.empty());
}

TEST_CASE("a cycle is reported naming its events, and every event is still ordered", "[chronology]") {
  std::vector<Event> events = {ev("x", "2020", {"z"}), ev("y", "2021", {"x"}), ev("z", "2019", {"y"}),
                               ev("w", "2018")};
  const auto c = order_events(events);
  REQUIRE(c.cycles.size() == 1);
  CHECK(c.cycles[0] == std::vector<std::string>{"x", "y", "z"});
  REQUIRE(c.warnings.size() == 1);
  CHECK(c.warnings[0] == "before/after constraints form a cycle among events x, y, z; those constraints are ignored");
  CHECK(ids(events, c) == std::vector<std::string>{"w", "z", "x", "y"});
}

TEST_CASE("constraints naming unknown events are reported", "[chronology]") {
  std::vector<Event> events = {ev("a", "2020", {"ghost"})};
  const auto c = order_events(events);
  CHECK(c.order.size() == 1);
  REQUIRE(c.warnings.size() == 1);
  CHECK(c.warnings[0] == "event a: 'after' names unknown event ghost");
}

TEST_CASE("ties fall back to document order, then id", "[chronology]") {
  std::vector<Event> events = {ev("b", "2024-01-27"), ev("a", "2024-01-27"), ev("c", "2024-01-27")};
  events[0].evidence = {{"doc1", "", Span{5, 9}, ""}};
  events[1].evidence = {{"doc1", "", Span{50, 59}, ""}};
  events[2].evidence = {{"doc0", "", Span{99, 100}, ""}};
  const auto c = order_events(events);
  CHECK(ids(events, c) == std::vector<std::string>{"c", "b", "a"});
  CHECK(date_precedes(date_from_value("2014"), date_from_value("2014-09")));
  CHECK_FALSE(date_precedes(std::nullopt, date_from_value("2014")));
}
