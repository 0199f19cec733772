#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "chronograph/error.hpp"
#include "chronograph/pipeline.hpp"
#include "support/samples.hpp"
#include "chronograph/query/query.hpp"
#include "chronograph/render/render.hpp"

using namespace chronograph;

namespace {

const Graph& samples() { return chronograph::testing::sample_graph(); }

const TimelineMark& mark_of(const TimelineLayout& layout, const std::string& id) {
  for (const auto& m : layout.marks)
    if (samples().data().events[m.event].id == id) return m;
  FAIL("no mark for " << id);
  return layout.marks.front();
}

}  // namespace

TEST_CASE("timeline layout: every dated event has a mark, undated ones a panel", "[render]") {
  const auto layout = layout_timeline(samples(), {}, LabelLanguage::en);
  std::size_t dated = 0, undated = 0;
  for (const auto& e : samples().data().events) (e.date && e.date->has_interval() ? dated : undated)++;
  CHECK(layout.marks.size() == dated);
  CHECK(layout.undated.size() == undated);
  CHECK(layout.lanes.size() == 8);
  CHECK(layout.lanes[0].title == "United States");
  CHECK_FALSE(layout.ticks.empty());
  CHECK(layout.breaks.size() >= 3);  // 2014 … 2017 … 2020 … 2021 … 2023 are compressed
  for (const auto& m : layout.marks) {
    CHECK(m.x0 >= 180);
    CHECK(m.x1 <= layout.width);
    CHECK(m.y > layout.lanes[m.lane].y0);
    CHECK(m.y < layout.lanes[m.lane].y1);
  }
  CHECK(layout.title.rfind("Chronology: 20 events, 2014-06-01 to 2024-02-29 (3 undated)", 0) == 0);
}

TEST_CASE("timeline layout: time runs left to right, uncertainty is drawn as spans", "[render]") {
  const auto layout = layout_timeline(samples(), {}, LabelLanguage::en);
  const auto& mosul = mark_of(layout, "mosul-falls");          // 2014-06-10
  const auto& formed = mark_of(layout, "coalition-formed");    // 2014-09, a month
  const auto& talks = mark_of(layout, "talks-open");           // 2024-01-27
  const auto& since = mark_of(layout, "advise-assist");        // since 2018, open-ended
  CHECK(mosul.x0 < formed.x0);
  CHECK(formed.x0 < since.x0);
  CHECK(since.x0 < talks.x0);
  CHECK(formed.x1 - formed.x0 > 20 * (mosul.x1 - mosul.x0));  // a month is wider than a day
  CHECK(since.open_end);
  CHECK(since.x1 >= talks.x0);  // an open range runs to the end of the axis
  // Ticks are in order and labelled with CLDR month names.
  for (std::size_t i = 1; i < layout.ticks.size(); ++i) CHECK(layout.ticks[i - 1].x < layout.ticks[i].x);
  CHECK(std::any_of(layout.ticks.begin(), layout.ticks.end(), [](const TimelineTick& t) { return t.label == "Jun 2014"; }));
  const auto arabic = layout_timeline(samples(), {}, LabelLanguage::ar);
  CHECK(std::any_of(arabic.ticks.begin(), arabic.ticks.end(), [](const TimelineTick& t) { return t.label == "يونيو 2014"; }));
  CHECK(arabic.lanes[0].title == "الولايات المتحدة");
}

TEST_CASE("timeline layout: marks in one lane row never overlap", "[render]") {
  const auto layout = layout_timeline(samples(), {}, LabelLanguage::en);
  std::map<std::pair<std::size_t, double>, std::vector<const TimelineMark*>> rows;
  for (const auto& m : layout.marks) rows[{m.lane, m.y}].push_back(&m);
  for (auto& [key, marks] : rows) {
    std::sort(marks.begin(), marks.end(), [](auto* a, auto* b) { return a->x0 < b->x0; });
    for (std::size_t i = 1; i < marks.size(); ++i) CHECK(marks[i - 1]->x1 <= marks[i]->x0);
  }
}

TEST_CASE("timeline filters: actor, dates, type; nothing left is an error", "[render]") {
  ViewFilter f;
  f.actors = find_actors(samples(), "Kataib Hezbollah");
  f.from = parse_day("2024-01-01");
  const auto layout = layout_timeline(samples(), f, LabelLanguage::en);
  CHECK(layout.lanes.size() == 1);
  CHECK(layout.marks.size() == 4);
  ViewFilter none;
  none.types = {"no-such-type"};
  CHECK_THROWS_WITH(layout_timeline(samples(), none, LabelLanguage::en), "no events match the filters");
}

TEST_CASE("labels by language, shortened at word boundaries", "[render]") {
  Actor a;
  a.id = "iraq";
  a.labels = {{"en", "Iraq"}, {"ar", "العراق"}};
  CHECK(actor_label(a, LabelLanguage::en) == "Iraq");
  CHECK(actor_label(a, LabelLanguage::ar) == "العراق");
  CHECK(actor_label(a, LabelLanguage::both) == "Iraq / العراق");
  a.labels = {{"en", "Iraq"}};
  CHECK(actor_label(a, LabelLanguage::ar) == "Iraq");
  CHECK(shorten("The United States forms the international coalition", 30) == "The United States forms the…");
  CHECK(shorten("short", 30) == "short");
  CHECK(shorten("انطلقت المحادثات العسكرية بين بغداد وواشنطن", 20) == "انطلقت المحادثات…");
}

TEST_CASE("render writes SVG with an Arabic-capable font list, and PNG and PDF", "[render]") {
  RenderOptions options;
  options.view = View::relations;
  options.language = LabelLanguage::both;
  const auto svg = render(samples(), options);
  CHECK(svg.engine == "neato");
  CHECK(svg.bytes.find("<svg") != std::string::npos);
  CHECK(svg.bytes.find("Noto Naskh Arabic") != std::string::npos);
  CHECK(svg.bytes.find("العراق") != std::string::npos);
  options.format = "png";
  const auto png = render(samples(), options);
  REQUIRE(png.bytes.size() > 20000);  // a real picture, with shaped Arabic labels
  CHECK(png.bytes.substr(0, 8) == "\x89PNG\r\n\x1a\n");
  options.format = "pdf";
  CHECK(render(samples(), options).bytes.substr(0, 5) == "%PDF-");
}

TEST_CASE("relations view: ego networks by depth, top N, engine by size", "[render]") {
  RenderOptions options;
  options.view = View::relations;
  options.format = "dot";
  options.filter.actors = find_actors(samples(), "Iran");
  const auto ego1 = render(samples(), options);
  CHECK(ego1.items == 2);  // Iran and Kataib Hezbollah
  options.filter.depth = 2;
  CHECK(render(samples(), options).items > 4);
  options.filter = {};
  options.filter.top = 5;
  CHECK(render(samples(), options).items == 5);

  GraphBuilder b;  // a ring of 400 actors is drawn with sfdp
  for (int i = 0; i < 400; ++i) {
    Event e;
    e.id = "e" + std::to_string(i);
    e.actors = {{"a" + std::to_string(i), Role::source}, {"a" + std::to_string((i + 1) % 400), Role::target}};
    b.add_event(e);
  }
  const Graph ring(b.build());
  RenderOptions big;
  big.view = View::relations;
  big.format = "dot";
  CHECK(render(ring, big).engine == "sfdp");
}

TEST_CASE("the timeline's DOT pins every node and needs no layout engine of its own", "[render]") {
  RenderOptions options;
  options.format = "dot";
  const auto dot = render(samples(), options).bytes;
  CHECK(dot.rfind("graph timeline {", 0) == 0);
  CHECK(dot.find("pos=") != std::string::npos);
  std::size_t nodes = 0, pinned = 0;
  for (std::size_t at = dot.find("fixedsize"); at != std::string::npos; at = dot.find("fixedsize", at + 1)) ++nodes;
  for (std::size_t at = dot.find("!\""); at != std::string::npos; at = dot.find("!\"", at + 1)) ++pinned;
  CHECK(pinned > 50);
  CHECK(nodes == 1);  // declared once as a default
}

TEST_CASE("announced events are drawn hollow, with the word in their tooltip", "[render]") {
  GraphData data = samples().data();
  REQUIRE(!data.events.empty());
  data.events.front().modality = "future";
  RenderOptions options;
  options.format = "dot";
  const std::string dot = render(Graph(data), options).bytes;
  CHECK(dot.find("(announced)") != std::string::npos);
  const std::string plain = render(samples(), options).bytes;
  CHECK(plain.find("(announced)") == std::string::npos);
  CHECK(dot != plain);
}
