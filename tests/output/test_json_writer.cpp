#include <catch2/catch.hpp>

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/error.hpp"
#include "chronograph/ingest/ingest.hpp"
#include "chronograph/output/json_writer.hpp"
#include "chronograph/pipeline.hpp"
#include "support/samples.hpp"

using namespace chronograph;

// json_writer.hpp must write the bytes of OrderedJson(x).dump(): the to_json functions define the format.
template <typename T>
void same_as_dom(const T& x) {
  CHECK(to_json_text(x) == OrderedJson(x).dump());
}

TEST_CASE("json writer: strings escape as nlohmann's dump does", "[output][json]") {
  for (std::string s : {std::string(""), std::string("plain"), std::string("quote \" and \\ slash /"),
                        std::string("\b\f\n\r\t"), std::string("\x01\x1f\x7f", 3), std::string("nul \0 inside", 12),
                        std::string("عربي «مع» علامات"), std::string("emoji \xF0\x9F\x98\x80 end")}) {
    std::string out;
    append_json_string(out, s);
    CHECK(out == OrderedJson(s).dump());
  }
  std::string out;
  CHECK_THROWS_AS(append_json_string(out, "bad \xC3( byte"), Error);
  // Two-byte sequences are checked in the escaping pass, the rest in full: each kind of error is caught.
  for (const char* bad : {"\xD8", "\xD8\xB9\xD8", "\xC0\xAF", "\xC1\xBF", "\xB9\xD8", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x80"})
    CHECK_THROWS_AS(append_json_string(out, std::string("\xD8\xB9 ") + bad), Error);
}

TEST_CASE("json writer: every optional field, present and absent", "[output][json]") {
  Document d{"doc#1", "Title \"quoted\"", std::nullopt, "ar", "file.txt", "text"};
  same_as_dom(d);
  d.published = parse_day("2024-02-05");
  same_as_dom(d);

  Actor a;
  a.id = "iraq";
  same_as_dom(a);
  a.labels = {{"ar", "العراق"}, {"en", "Iraq"}};
  a.aliases = {"Iraq", "العراق"};
  a.mentions_by_doc = {{"d1", 3}, {"d2", 1}};
  a.attributes = {{"role", "Prime Minister"}};
  a.first = parse_day("2014-09-10");
  a.last = parse_day("2024-02-03");
  a.kind = ActorKind::country;
  same_as_dom(a);

  Event e;
  e.id = "e1";
  e.type = "assault";
  same_as_dom(e);
  e.date = date_from_value("2018", parse_day("2024-02-05"), "منذ العام 2018");
  e.date->mod = Mod::since;
  e.actors = {{"iraq", Role::source}, {"usa", Role::target}, {"x", Role::participant}};
  e.evidence = {{"d1", "A sentence.", Span{3, 9}, ""}, {"file#2", "Row", std::nullopt, "https://example.org/a"}};
  e.after = {"e0"};
  e.before = {"e2", "e3"};
  e.modality = "future";
  same_as_dom(e);
  e.date = date_from_value("XXXX-01-27");
  same_as_dom(e);

  Relation r{"r1", "iraq", "usa", "assault", true, 4, {"e1", "e2"}, parse_day("2020-01-01"), std::nullopt};
  same_as_dom(r);
  same_as_dom(Skip{"a.txt:3", "invalid UTF-8 at byte 7"});

  Timex t;
  t.span = {0, 4};
  t.date = date_from_value("P3Y", std::nullopt, "ثلاث سنوات");
  t.type = TimexType::duration;
  same_as_dom(t);
  t.date = date_from_value("2014-SU", std::nullopt, "summer 2014");
  t.date.mod = Mod::start;
  t.type = TimexType::date;
  same_as_dom(t);

  Mention m{"داعش", Span{1, 5}, "isis", ActorKind::group, "name"};
  same_as_dom(m);
  m.form = "adjective";
  same_as_dom(m);
  same_as_dom(std::vector<std::string>{"e1", "e\n2"});
}

TEST_CASE("json writer: the sample articles' annotations and graph, element by element", "[output][json]") {
  struct Collect : RecordSink {
    std::vector<Annotation> annotations;
    void document(Document&& d) override {
      Annotation a;
      a.document = std::move(d);
      annotate(a, actor_recognizer());
      annotations.push_back(std::move(a));
    }
  } sink;
  ingest({std::string(CHRONOGRAPH_SAMPLES_DIR) + "/articles"}, IngestOptions{}, sink);
  REQUIRE(sink.annotations.size() >= 3);
  for (const auto& a : sink.annotations) same_as_dom(a);

  BuildSettings settings;
  settings.inputs = chronograph::testing::curated_sample_inputs();
  settings.inputs.push_back(std::string(CHRONOGRAPH_SAMPLES_DIR) + "/articles");
  BuildReport report;
  const GraphData g = run_build(settings, report);
  REQUIRE(g.events.size() > 20);
  for (const auto& x : g.documents) same_as_dom(x);
  for (const auto& x : g.actors) same_as_dom(x);
  for (const auto& x : g.events) same_as_dom(x);
  for (const auto& x : g.relations) same_as_dom(x);
}
