#include <catch2/catch.hpp>

#include <random>

#include "chronograph/ingest/flat_json.hpp"
#include "chronograph/text/utf8.hpp"

using namespace chronograph;

namespace {

// Where the fast path gives a value, nlohmann gives the same; where nlohmann fails, the fast path gives none.
void agrees(const std::string& line) {
  INFO(line);
  std::optional<Json> full;
  try {
    full = Json::parse(line);
  } catch (const Json::exception&) {
  }
  const auto flat = parse_flat_json_object(line);
  if (!full) {
    CHECK_FALSE(flat);
    return;
  }
  if (flat) {
    CHECK(*flat == *full);
    CHECK(flat->dump() == full->dump());
  }
}

}  // namespace

TEST_CASE("flat JSON records: the fast path reads article records as nlohmann does", "[ingest][json]") {
  const std::string article =
      R"({"source": "aawsat", "url": "http://example.org/a/مقال", "title": "عنوان \"مقتبس\"", "content": "سطر\nسطر\tثان \\ / \/ \u0627\u0644 \ud83d\ude00 \u00e9", "author": null, "ok": true, "draft": false})";
  const auto flat = parse_flat_json_object(article);
  REQUIRE(flat);
  CHECK(flat->at("content").get<std::string>() == "سطر\nسطر\tثان \\ / / ال \xF0\x9F\x98\x80 \xC3\xA9");
  agrees(article);
  for (const std::string line :
       {R"({})", R"(  { "a" : "b" }  )", R"({"a":"1","a":"2"})", R"({"a":"x"} )", "{\"a\":\"\\u0000\"}"})
    {
      agrees(line);
      CHECK(parse_flat_json_object(line));
    }
  // Left to nlohmann: numbers, nested values, and every error.
  for (const std::string line :
       {R"({"id": 7})", R"({"a": [1]})", R"({"a": {"b": "c"}})", R"({"a": "b",})", R"({"a": "b"} x)", R"({"a" "b"})",
        R"({"a": "\x"})", R"({"a": "\ud800"})", R"({"a": "\udc00x"})", R"({"a": "\u12"})", "{\"a\": \"tab\there\"}",
        R"({"a": nul})", R"(["a"])", R"({"a": "b")", R"({"a": "b)", ""}) {
    agrees(line);
    CHECK_FALSE(parse_flat_json_object(line));
  }
}

TEST_CASE("flat JSON records: mutated records agree with nlohmann", "[ingest][json][fuzz]") {
  const std::string seed = R"({"title": "a \"b\" \u00e9\ud83d\ude00", "content": "x\ny", "z": null, "t": true, "f": false})";
  const std::string alphabet = "{}[]\":,\\ u0123456789abcdefABCDEF/ntrlsx\t\n-.";
  std::mt19937 rng(20261130);
  for (int round = 0; round < 20000; ++round) {
    std::string line = seed;
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = rng() % (line.size() + 1);
      const char c = alphabet[rng() % alphabet.size()];
      switch (rng() % 3) {
        case 0: line.insert(line.begin() + static_cast<std::ptrdiff_t>(at), c); break;
        case 1: if (at < line.size()) line.erase(at, 1); break;
        default: if (at < line.size()) line[at] = c; break;
      }
    }
    if (find_invalid_utf8(line)) continue;
    agrees(line);
  }
}
