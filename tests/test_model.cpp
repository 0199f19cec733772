#include <catch2/catch.hpp>

#include "chronograph/error.hpp"
#include "chronograph/model.hpp"

using namespace chronograph;

TEST_CASE("curated ranges set open ends and modifiers", "[model]") {
  auto since = date_from_value("2018/");
  CHECK(format_day(*since.start) == "2018-01-01");
  CHECK_FALSE(since.end);
  CHECK(since.mod == Mod::since);

  auto since_dct = date_from_value("2018/..", parse_day("2024-02-05"));
  CHECK(format_day(*since_dct.end) == "2024-02-05");

  auto until = date_from_value("/2020");
  CHECK_FALSE(until.start);
  CHECK(format_day(*until.end) == "2020-12-31");
  CHECK(until.mod == Mod::until);

  auto range = date_from_value("2023-10/2024-02");
  CHECK(format_day(*range.start) == "2023-10-01");
  CHECK(format_day(*range.end) == "2024-02-29");
  CHECK(range.granularity == Granularity::month);
  CHECK_FALSE(range.mod);

  CHECK_THROWS_WITH(date_from_value("2024/2020"), "date range ends before it starts: '2024/2020'");
  CHECK_THROWS_WITH(date_from_value("/"), "a date range needs at least one end: '/'");
}

TEST_CASE("date objects read derived fields from the value unless given", "[model]") {
  auto d = Json::parse(R"({"text": "27 كانون الثاني/يناير", "value": "2024-01-27"})").get<DateRef>();
  CHECK(format_day(*d.start) == "2024-01-27");
  CHECK(d.granularity == Granularity::day);
  auto since = Json::parse(R"({"value": "2018", "mod": "SINCE", "start": "2018-01-01", "end": "2024-02-05"})").get<DateRef>();
  CHECK(since.mod == Mod::since);
  CHECK(format_day(*since.end) == "2024-02-05");
  CHECK_THROWS_AS(Json::parse(R"({"value": "2018", "mod": "SOON"})").get<DateRef>(), Error);
  CHECK_THROWS_AS(Json::parse(R"({"value": "2018", "start": "2018-02-30"})").get<DateRef>(), Error);
}

TEST_CASE("every type survives JSON write then read", "[model]") {
  Event e;
  e.id = "e1";
  e.type = "consult";
  e.summary = "talks";
  e.trigger = "انطلقت";
  e.date = date_from_value("2024-01-27", std::nullopt, "27 كانون الثاني/يناير");
  e.actors = {{"iraq", Role::participant}, {"united-states", Role::source}};
  e.evidence = {{"doc", "sentence", Span{3, 9}, ""}};
  e.after = {"e0"};
  OrderedJson j = e;
  CHECK(j.dump().find("modality") == std::string::npos);  // written only when an event is announced or planned
  auto back = Json::parse(j.dump()).get<Event>();
  CHECK(OrderedJson(back).dump() == j.dump());
  e.modality = "future";
  j = e;
  CHECK(Json::parse(j.dump()).get<Event>().modality == "future");
  CHECK_THROWS_AS(Json::parse(R"({"id": "e2", "modality": "maybe"})").get<Event>(), Error);

  Timex t;
  t.span = {10, 31};
  t.date = date_from_value("2018/", parse_day("2024-02-05"), "منذ العام 2018");
  OrderedJson tj = t;
  CHECK(tj.dump() ==
        R"({"text":"منذ العام 2018","span":[10,31],"type":"DATE","value":"2018/","interval":{"start":"2018-01-01","end":"2024-02-05"},"granularity":"year","mod":"SINCE"})");
  CHECK(OrderedJson(Json::parse(tj.dump()).get<Timex>()).dump() == tj.dump());
}

TEST_CASE("a graph of the wrong format or version is refused by name", "[model]") {
  CHECK_THROWS_WITH(Json::parse(R"({"format": "gexf", "version": 1})").get<GraphData>(),
                    "not a chronograph graph: \"format\" is \"gexf\", expected \"chronograph-graph\"");
  CHECK_THROWS_WITH(Json::parse(R"({"format": "chronograph-graph", "version": 7})").get<GraphData>(),
                    "unsupported graph version 7, this chronograph reads version 1");
  CHECK_THROWS_WITH(Json::parse(R"([1, 2])").get<GraphData>(), "not a chronograph graph: the top level is not an object");
}
