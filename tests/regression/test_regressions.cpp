// Regression tests, each named after what broke, with the case in one line.
#include <catch2/catch.hpp>

#include "chronograph/error.hpp"
#include "chronograph/graph/graph_json.hpp"
#include "support/collect.hpp"

using namespace chronograph;

// A CSV file holding only an empty quoted cell ("") has no rows at all; reading its header crashed.
TEST_CASE("csv with no rows at all does not crash", "[regression][ingest]") {
  chronograph::testing::Collect c;
  read_events_csv("\"\"", "f.csv", "f.csv", {}, c);
  REQUIRE(c.skips.size() == 1);
  CHECK(c.skips[0].source == "f.csv:1");
  CHECK(c.skips[0].reason == "no header row (expected date, actors, type, summary, source)");
}

// A number too large for any JSON number type made nlohmann throw out_of_range, not parse_error,
// and it escaped the graph reader as a foreign exception.
TEST_CASE("graph json with an overflowing number is our error", "[regression][graph]") {
  CHECK_THROWS_AS(parse_graph_json("[1e99999]", "g.json"), Error);
  CHECK_THROWS_WITH(parse_graph_json("[1e99999]", "g.json"), Catch::Matchers::StartsWith("g.json: unreadable JSON in graph file"));
  auto c = chronograph::testing::read_jsonl("{\"text\": \"x\", \"n\": 1e99999}\n");
  REQUIRE(c.skips.size() == 1);
  CHECK(c.skips[0].reason.rfind("unreadable JSON: ", 0) == 0);
}
