// Deterministic mutation fuzzing of every reader: whatever the bytes, a reader reports skips and never
// throws or crashes. (The libFuzzer targets in fuzz/ explore further; this runs in every test pass.)
#include <catch2/catch.hpp>

#include <random>

#include "chronograph/graph/graph_json.hpp"
#include "chronograph/error.hpp"
#include "support/collect.hpp"

using namespace chronograph;

namespace {

std::string mutate(std::string s, std::mt19937& rng) {
  std::uniform_int_distribution<int> op(0, 4), byte(0, 255);
  const int edits = 1 + static_cast<int>(rng() % 8);
  for (int k = 0; k < edits && !s.empty(); ++k) {
    const std::size_t at = rng() % s.size();
    switch (op(rng)) {
      case 0: s[at] = static_cast<char>(byte(rng)); break;
      case 1: s.erase(at, 1 + rng() % 16); break;
      case 2: s.insert(at, 1, static_cast<char>(byte(rng))); break;
      case 3: s.insert(at, s.substr(rng() % s.size(), 1 + rng() % 24)); break;
      default: s.insert(at, std::string(1 + rng() % 4, "{}[]\",:<>&;\n"[rng() % 12])); break;
    }
  }
  return s;
}

}  // namespace

TEST_CASE("readers survive mutated input", "[ingest][fuzz]") {
  const std::string seeds[] = {
      "date,actors,type,summary,source\n2014-09,\"A (source);B\",establish,\"x, \"\"y\"\"\",s\n,C,aid,z,\n",
      "{\"id\": \"a\", \"title\": \"t\", \"text\": \"انطلقت المحادثات\", \"published\": \"2024-01-28\"}\n"
      "{\"date\": {\"value\": \"2018\", \"mod\": \"SINCE\"}, \"actors\": [{\"name\": \"Iraq\", \"role\": \"target\"}]}\n",
      "<html lang=\"ar\"><meta property=\"article:published_time\" content=\"2024-02-03\"><article><h1>T</h1>"
      "<p>a &amp; b &#x627; <script>x</script></p></article></html>",
      "<TimeML><DCT><TIMEX3 value=\"2013-03-22\">d</TIMEX3></DCT><TEXT>The <EVENT>flu</EVENT> &amp; x</TEXT></TimeML>",
  };
  std::mt19937 rng(20240127);
  for (int round = 0; round < 1500; ++round) {
    for (std::size_t k = 0; k < 4; ++k) {
      const std::string input = mutate(seeds[k], rng);
      chronograph::testing::Collect c;
      REQUIRE_NOTHROW([&] {
        switch (k) {
          case 0: read_events_csv(input, "f.csv", "f.csv", {}, c); break;
          case 1: {
            std::istringstream in(input);
            read_json_lines(in, "f.jsonl", "f.jsonl", {}, c);
            read_json_file(input, "f.json", "f.json", {}, c);
            break;
          }
          case 2: read_html_file(input, "f.html", "f.html", {}, c); break;
          default: read_timeml_file(input, "f.tml", "f.tml", {}, c); break;
        }
      }());
    }
  }
}

TEST_CASE("graph JSON parsing throws only our error type", "[graph][fuzz]") {
  const std::string seed =
      R"({"format": "chronograph-graph", "version": 1, "documents": [{"id": "d", "published": "2024-02-05"}],
          "actors": [{"id": "a", "labels": {"en": "A"}, "kind": "country"}],
          "events": [{"id": "e", "date": {"value": "2024-01-27"}, "actors": [{"id": "a", "role": "source"}],
                      "evidence": [{"doc": "d", "sentence": "s", "span": [0, 1]}]}],
          "relations": [], "chronology": ["e"], "skipped": []})";
  std::mt19937 rng(7);
  int parsed = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string input = mutate(seed, rng);
    try {
      (void)parse_graph_json(input, "g.json");
      ++parsed;
    } catch (const Error&) {
    }
  }
  CHECK(parsed > 0);
}
