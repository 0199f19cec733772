#include <catch2/catch.hpp>

#include "chronograph/pipeline.hpp"
#include "support/samples.hpp"
#include "chronograph/query/query.hpp"

using namespace chronograph;

namespace {

const Graph& sample_graph() { return chronograph::testing::sample_graph(); }

std::string id_of(std::size_t actor) { return sample_graph().data().actors[actor].id; }

}  // namespace

TEST_CASE("actors are found by id, label or alias after normalisation", "[query]") {
  const auto& g = sample_graph();
  for (const char* q : {"iraq", "IRAQ", " Iraq ", "kataib-hezbollah", "Kataib  Hezbollah", "kataib hezbollah"}) {
    INFO(q);
    auto found = find_actors(g, q);
    REQUIRE(found.size() == 1);
  }
  CHECK(find_actors(g, "Atlantis").empty());
  CHECK(find_actors(g, "").empty());
}

TEST_CASE("Arabic lookups ignore letter variants, diacritics and clitics", "[query]") {
  GraphBuilder b;
  Actor iraq;
  iraq.id = "iraq";
  iraq.labels = {{"en", "Iraq"}, {"ar", "العراق"}};
  iraq.aliases = {"العراق"};
  b.add_actor(iraq);
  Actor iran;
  iran.id = "iran";
  iran.labels = {{"ar", "إيران"}};
  b.add_actor(iran);
  const Graph g(b.build());
  for (const char* q : {"العراق", "العِراق", "بالعراق", "وللعراق", "iraq"}) {
    INFO(q);
    auto found = find_actors(g, q);
    REQUIRE(found.size() == 1);
    CHECK(g.data().actors[found[0]].id == "iraq");
  }
  auto found = find_actors(g, "وايران");
  REQUIRE(found.size() == 1);
  CHECK(g.data().actors[found[0]].id == "iran");
}

TEST_CASE("ambiguous lookups return every candidate", "[query]") {
  GraphBuilder b;
  for (const char* id : {"georgia-country", "georgia-state"}) {
    Actor a;
    a.id = id;
    a.aliases = {"Georgia"};
    b.add_actor(a);
  }
  const Graph g(b.build());
  CHECK(find_actors(g, "georgia").size() == 2);
  CHECK(candidates_text(g, find_actors(g, "georgia")) == "  georgia-country (georgia-country, other)\n  georgia-state (georgia-state, other)\n");
}

TEST_CASE("neighbors list relations heaviest first", "[query]") {
  const auto& g = sample_graph();
  const auto us = find_actors(g, "United States").at(0);
  const auto rows = neighbors(g, us);
  REQUIRE(rows.size() >= 8);
  const auto& top = g.data().relations[rows[0].relation];
  CHECK(top.weight >= g.data().relations[rows.back().relation].weight);
  CHECK(neighbors_text(g, us, rows).rfind("United States (united-states): ", 0) == 0);
}

TEST_CASE("path finds the fewest hops with evidence for each", "[query]") {
  const auto& g = sample_graph();
  const auto sudani = find_actors(g, "Mohammed Shia al-Sudani").at(0);
  const auto iran = find_actors(g, "Iran").at(0);
  const auto hops = shortest_path(g, sudani, iran);
  REQUIRE(hops);
  REQUIRE(hops->size() == 3);
  CHECK(id_of((*hops)[0].from) == "mohammed-shia-al-sudani");
  CHECK(id_of((*hops)[2].to) == "iran");
  for (const auto& hop : *hops) CHECK(hop.event);
  const std::string text = path_text(g, sudani, iran, *hops);
  CHECK(text.find("evidence [") != std::string::npos);
  CHECK(text.find("Kataib Hezbollah <--aid-- Iran") != std::string::npos);
  CHECK(shortest_path(g, iran, iran)->empty());
}

TEST_CASE("unconnected actors have no path", "[query]") {
  GraphBuilder b;
  for (const char* id : {"a", "b"}) {
    Actor x;
    x.id = id;
    b.add_actor(x);
  }
  const Graph g(b.build());
  CHECK_FALSE(shortest_path(g, 0, 1));
}

TEST_CASE("events filter by actor, dates and type, in chronology order", "[query]") {
  const auto& g = sample_graph();
  EventFilter f;
  f.actors = {find_actors(g, "Kataib Hezbollah").at(0)};
  f.from = parse_day("2024-01-29");
  const auto events = filter_events(g, f);
  std::vector<std::string> ids;
  for (auto e : events) ids.push_back(g.data().events[e].id);
  REQUIRE(ids.size() == 4);
  CHECK(ids[0] == "kh-suspends");  // same day as Iran's demand: curated CSV rows come first in document order
  CHECK(g.data().events[events[1]].type == "demand");
  CHECK(ids[2] == "us-strikes");

  EventFilter range;
  range.from = parse_day("2014-01-01");
  range.to = parse_day("2014-12-31");
  range.types = {"establish"};
  const auto formed = filter_events(g, range);
  REQUIRE(formed.size() == 1);
  CHECK(g.data().events[formed[0]].id == "coalition-formed");

  EventFilter open;
  open.from = parse_day("2023-01-01");
  open.to = parse_day("2023-06-30");
  std::vector<std::string> spanning;
  for (auto e : filter_events(g, open)) spanning.push_back(g.data().events[e].id);
  CHECK(spanning == std::vector<std::string>{"advise-assist"});  // "since 2018" reaches into 2023
}

TEST_CASE("actors rank by degree, mentions and Brandes betweenness", "[query]") {
  const auto& g = sample_graph();
  for (auto by : {Centrality::degree, Centrality::betweenness, Centrality::mentions}) {
    const auto ranked = rank_actors(g, by, 3);
    REQUIRE(ranked.size() == 3);
    CHECK(id_of(ranked[0].actor) == "united-states");
    CHECK(ranked[0].score >= ranked[1].score);
  }
  // A star: the centre lies on every shortest path between the three leaves (3 pairs).
  GraphBuilder b;
  for (const char* leaf : {"x", "y", "z"}) {
    Event e;
    e.id = std::string("e-") + leaf;
    e.actors = {{"hub", Role::participant}, {leaf, Role::participant}};
    b.add_event(e);
  }
  const Graph star(b.build());
  const auto ranked = rank_actors(star, Centrality::betweenness, 0);
  CHECK(star.data().actors[ranked[0].actor].id == "hub");
  CHECK(ranked[0].score == Approx(3.0));
  CHECK(ranked[1].score == Approx(0.0));
}
