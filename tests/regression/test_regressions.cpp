// Regression tests, each named after what broke, with the case in one line.
#include <catch2/catch.hpp>

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
