#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/error.hpp"
#include "chronograph/graph/graph_json.hpp"
#include "chronograph/pipeline.hpp"
#include "support/samples.hpp"

using namespace chronograph;
using chronograph::testing::curated_sample_inputs;

namespace {

std::string to_text(const GraphData& g) {
  std::ostringstream out;
  write_graph_json(out, g);
  return out.str();
}

// The samples split into shards of records: each shard is one small graph.
std::vector<GraphData> sample_shards() {
  BuildSettings settings;
  settings.inputs = curated_sample_inputs();
  settings.inputs.push_back(std::string(CHRONOGRAPH_SAMPLES_DIR) + "/articles");
  struct Split : RecordSink {
    std::vector<GraphBuilder> shards = std::vector<GraphBuilder>(3);
    std::size_t n = 0;
    GraphBuilder& next() { return shards[n++ % shards.size()]; }
    void document(Document&& d) override {
      Annotation a;
      a.document = std::move(d);
      annotate(a, actor_recognizer());
      add_annotation(next(), a);
    }
    void curated(CuratedEvent&& c) override { add_curated(next(), c, actor_recognizer()); }
  } split;
  ingest(settings.inputs, settings.ingest, split);
  std::vector<GraphData> out;
  for (const auto& b : split.shards) out.push_back(b.build());
  return out;
}

GraphData merge(std::initializer_list<const GraphData*> parts) {
  GraphBuilder b;
  for (const auto* p : parts) b.add_graph(*p);
  return b.build();
}

}  // namespace

TEST_CASE("merging shards is associative, commutative and idempotent", "[graph]") {
  const auto shards = sample_shards();
  const auto& [a, b, c] = std::tie(shards[0], shards[1], shards[2]);
  const auto ab = merge({&a, &b}), bc = merge({&b, &c}), ca = merge({&c, &a});
  const std::string left = to_text(merge({&ab, &c}));
  CHECK(to_text(merge({&a, &bc})) == left);
  CHECK(to_text(merge({&ca, &b})) == left);
  CHECK(to_text(merge({&c, &b, &a})) == left);
  CHECK(to_text(merge({&a, &b, &c, &a, &b})) == left);  // idempotent
  const auto whole = merge({&a, &b, &c});
  CHECK(to_text(merge({&whole, &whole})) == to_text(whole));

  // One build over all the inputs equals the merge of its shards.
  BuildSettings settings;
  settings.inputs = curated_sample_inputs();
  settings.inputs.push_back(std::string(CHRONOGRAPH_SAMPLES_DIR) + "/articles");
  BuildReport report;
  CHECK(to_text(run_build(settings, report)) == left);
}

TEST_CASE("graph JSON: write, read, write gives the same bytes", "[graph]") {
  BuildSettings settings;
  settings.inputs = {CHRONOGRAPH_SAMPLES_DIR};
  BuildReport report;
  const GraphData g = run_build(settings, report);
  REQUIRE(report.skipped.empty());
  const std::string first = to_text(g);
  const GraphData back = parse_graph_json(first, "g.json");
  CHECK(to_text(back) == first);
  GraphBuilder rebuilt;
  rebuilt.add_graph(back);
  CHECK(to_text(rebuilt.build()) == first);
}

TEST_CASE("relations are derived from events with direction, weight and dates", "[graph]") {
  GraphBuilder b;
  auto event = [](std::string id, const char* date, std::vector<EventActor> actors, std::string type) {
    Event e;
    e.id = std::move(id);
    if (date) e.date = date_from_value(date);
    e.actors = std::move(actors);
    e.type = std::move(type);
    return e;
  };
  b.add_event(event("e1", "2024-02-02", {{"us", Role::source}, {"kh", Role::target}, {"irgc", Role::target}}, "assault"));
  b.add_event(event("e2", "2024-02-07", {{"us", Role::source}, {"kh", Role::target}}, "assault"));
  b.add_event(event("e3", nullptr, {{"iran", Role::participant}, {"kh", Role::participant}}, "aid"));
  const GraphData g = b.build();
  std::vector<std::string> ids;
  for (const auto& r : g.relations) ids.push_back(r.id);
  CHECK(ids == std::vector<std::string>{"iran~kh:aid", "irgc~kh:assault", "us>irgc:assault", "us>kh:assault"});
  const auto& us_kh = g.relations[3];
  CHECK(us_kh.directed);
  CHECK(us_kh.weight == 2);
  CHECK(us_kh.events == std::vector<std::string>{"e1", "e2"});
  CHECK(format_day(*us_kh.first) == "2024-02-02");
  CHECK(format_day(*us_kh.last) == "2024-02-07");
  CHECK_FALSE(g.relations[0].first);
  // Actors named only by events still exist, with their first/last dates.
  REQUIRE(g.actors.size() == 4);
  CHECK(g.actors[2].id == "kh");
  CHECK(format_day(*g.actors[2].first) == "2024-02-02");
  CHECK(g.chronology == std::vector<std::string>{"e1", "e2", "e3"});
}

TEST_CASE("the Boost views hold actors, events and participation roles", "[graph]") {
  GraphBuilder b;
  Event e;
  e.id = "e1";
  e.actors = {{"a", Role::source}, {"b", Role::target}};
  e.type = "consult";
  b.add_event(e);
  const Graph g(b.build());
  const auto& pg = g.participation();
  REQUIRE(boost::num_vertices(pg) == 3);
  CHECK(pg[2].kind == ParticipationNode::Kind::event);
  CHECK(boost::out_degree(2, pg) == 2);
  CHECK(boost::in_degree(0, pg) == 1);
  auto [edge, end] = boost::out_edges(2, pg);
  CHECK(pg[*edge].role == Role::source);
  CHECK(boost::num_edges(g.actors()) == 1);
  CHECK(g.actor_index("b") == std::optional<std::size_t>(1));
  CHECK_FALSE(g.event_index("nope"));
}

TEST_CASE("merging an event keeps the more precise date and the specific roles", "[graph]") {
  Event coarse;
  coarse.id = "e";
  coarse.date = date_from_value("2024-01");
  coarse.actors = {{"a", Role::participant}};
  Event fine = coarse;
  fine.date = date_from_value("2024-01-27");
  fine.actors = {{"a", Role::source}};
  for (int order = 0; order < 2; ++order) {
    GraphBuilder b;
    b.add_event(order ? fine : coarse);
    b.add_event(order ? coarse : fine);
    const auto g = b.build();
    CHECK(g.events[0].date->value == "2024-01-27");
    CHECK(g.events[0].actors == std::vector<EventActor>{{"a", Role::source}});
  }
}

TEST_CASE("graph files are read by section, in our layout or re-indented by another tool", "[graph]") {
  namespace fs = std::filesystem;
  BuildSettings settings;
  settings.inputs = curated_sample_inputs();
  BuildReport report;
  const GraphData g = run_build(settings, report);
  const std::string text = to_text(g);
  const fs::path dir = fs::temp_directory_path() / "chronograph-graphfile-test";
  fs::create_directories(dir);
  const std::string ours = (dir / "ours.json").string(), other = (dir / "other.json").string();
  std::ofstream(ours) << text;
  std::ofstream(other) << Json::parse(text).dump(4);  // a layout we did not write

  for (const auto& path : {ours, other}) {
    INFO(path);
    const GraphFile file(path);
    CHECK(to_text(file.load(GraphSections{})) == text);
    GraphSections some;
    some.events = some.relations = false;
    const GraphData part = file.load(some);
    CHECK(part.events.empty());
    CHECK(part.relations.empty());
    CHECK(part.actors.size() == g.actors.size());
    const auto rels = file.relations_of("iran");
    REQUIRE(rels.size() == 2);
    CHECK(rels[0].id == "iran>kataib-hezbollah:aid");
    CHECK(rels[1].id == "iran>kataib-hezbollah:demand");
    const auto events = file.events_with_ids({"tower-22", "us-strikes", "nope"});
    REQUIRE(events.size() == 2);
    CHECK(events[0].id == "tower-22");
  }
  CHECK(to_text(read_graph_json(other)) == text);

  // A damaged record is reported with its line.
  std::string damaged = text;
  const auto at = damaged.find("{\"id\":\"iraq\"");
  damaged.insert(at + 1, "\"broken");
  const auto line = static_cast<std::size_t>(std::count(damaged.begin(), damaged.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
  std::ofstream(ours) << damaged;
  CHECK_THROWS_WITH(read_graph_json(ours), ours + ":" + std::to_string(line) + ": malformed JSON in graph file");
  fs::remove_all(dir);
}

TEST_CASE("merging equal dates keeps the one with its text as written", "[graph]") {
  Event plain;
  plain.id = "e";
  plain.date = date_from_value("2024-01-27");
  Event written = plain;
  written.date = date_from_value("2024-01-27", std::nullopt, "27 كانون الثاني/يناير");
  for (int order = 0; order < 2; ++order) {
    GraphBuilder b;
    b.add_event(order ? plain : written);
    b.add_event(order ? written : plain);
    CHECK(b.build().events[0].date->text == "27 كانون الثاني/يناير");
  }
}

TEST_CASE("the same event reported by two articles is one event; curated events and statements stay apart", "[graph]") {
  auto extracted = [](std::string id, const char* doc, const char* type, std::vector<EventActor> actors) {
    Event e;
    e.id = std::move(id);
    e.type = type;
    e.date = date_from_value("2024-01-27");
    e.actors = std::move(actors);
    e.evidence.push_back({doc, std::string("sentence in ") + doc, Span{0, 10}, ""});
    return e;
  };
  GraphBuilder b;
  b.add_event(extracted("ev-b", "ar-talks", "consult", {{"iraq", Role::participant}, {"united-states", Role::participant}}));
  b.add_event(extracted("ev-a", "en-talks", "consult", {{"iraq", Role::participant}, {"mohammed-shia-al-sudani", Role::participant}}));
  b.add_event(extracted("ev-c", "other", "consult", {{"iran", Role::participant}}));  // no actor in common
  b.add_event(extracted("ev-s1", "ar-talks", "statement", {{"iraq", Role::source}}));
  b.add_event(extracted("ev-s2", "en-talks", "statement", {{"iraq", Role::source}}));
  Event curated = extracted("talks-open", "events.csv#9", "consult", {{"iraq", Role::participant}});
  curated.evidence[0].span.reset();
  b.add_event(curated);
  const GraphData g = b.build();
  std::map<std::string, const Event*> by_id;
  for (const auto& e : g.events) by_id[e.id] = &e;
  REQUIRE(by_id.count("ev-a"));
  CHECK(!by_id.count("ev-b"));
  CHECK(by_id["ev-a"]->evidence.size() == 2);
  CHECK(by_id["ev-a"]->actors.size() == 3);
  CHECK(by_id.count("ev-c"));
  CHECK(by_id.count("ev-s1"));
  CHECK(by_id.count("ev-s2"));
  CHECK(by_id.count("talks-open"));
  // Merging the merged graph with one of its parts again changes nothing.
  GraphBuilder again;
  again.add_graph(g);
  again.add_event(extracted("ev-b", "ar-talks", "consult", {{"iraq", Role::participant}, {"united-states", Role::participant}}));
  CHECK(to_text(again.build()) == to_text(g));
}
