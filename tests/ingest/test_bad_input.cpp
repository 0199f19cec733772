// Bad input is reported with file and line, skipped, and the rest is processed.
#include <catch2/catch.hpp>

#include "support/collect.hpp"

using namespace chronograph;
using chronograph::testing::Collect;
using chronograph::testing::read_jsonl;

namespace {

std::string only_skip(const Collect& c) {
  REQUIRE(c.skips.size() == 1);
  return c.skips[0].source + ": " + c.skips[0].reason;
}

}  // namespace

TEST_CASE("invalid UTF-8 in a text file", "[ingest][bad]") {
  Collect c;
  read_text_file("good line\nbad \xFF byte\n", "a.txt", "a.txt", {}, c);
  CHECK(c.documents.empty());
  CHECK(only_skip(c) == "a.txt:2: invalid UTF-8 at byte 14");
}

TEST_CASE("empty and blank files", "[ingest][bad]") {
  for (const char* content : {"", "  \n\t\n"}) {
    Collect c;
    read_text_file(content, "e.txt", "e.txt", {}, c);
    CHECK(only_skip(c) == "e.txt: empty file");
  }
  auto c = read_jsonl("\n\n");
  CHECK(only_skip(c) == "in.jsonl: empty file");
}

TEST_CASE("binary files", "[ingest][bad]") {
  Collect c;
  read_text_file(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "img.txt", "img.txt", {}, c);
  CHECK(only_skip(c) == "img.txt: binary content, not text");
  Collect h;
  read_html_file(std::string("<html>\0\0\0", 9), "x.html", "x.html", {}, h);
  CHECK(only_skip(h) == "x.html: binary content, not text");
}

TEST_CASE("a malformed JSON line is skipped and the next ones are read", "[ingest][bad]") {
  auto c = read_jsonl("{\"text\": \"one\"}\n{\"text\": \"two\"\n{\"text\": \"three\"}\n");
  CHECK(c.documents.size() == 2);
  CHECK(only_skip(c) == "in.jsonl:2: malformed JSON at byte 15 of the line");
}

TEST_CASE("invalid UTF-8 on one JSON line skips that line only", "[ingest][bad]") {
  auto c = read_jsonl("{\"text\": \"one\"}\n{\"text\": \"t\xC3\x28o\"}\n");
  CHECK(c.documents.size() == 1);
  CHECK(only_skip(c) == "in.jsonl:2: invalid UTF-8 at byte 11 of the line");
}

TEST_CASE("unknown fields in event records", "[ingest][bad]") {
  auto c = read_jsonl(
      R"j({"date": "2020", "actors": ["A"], "tpye": "assault"})j" "\n"
      R"j({"date": "2020", "actors": [{"name": "A", "rol": "source"}]})j" "\n"
      R"j({"date": "2020", "actors": ["A"], "type": "assault"})j" "\n");
  CHECK(c.events.size() == 1);
  REQUIRE(c.skips.size() == 2);
  CHECK(c.skips[0].source == "in.jsonl:1");
  CHECK(c.skips[0].reason.rfind("unknown field 'tpye' in event record", 0) == 0);
  CHECK(c.skips[1].source == "in.jsonl:2");
  CHECK(c.skips[1].reason == "unknown field 'rol' in actor (known: name, role, kind, id)");
}

TEST_CASE("unknown CSV columns skip the file with the column named", "[ingest][bad]") {
  Collect c;
  read_events_csv("date,actors,type,summary,source,colour\n2020,A,assault,s,\n", "e.csv", "e.csv", {}, c);
  CHECK(c.events.empty());
  CHECK(only_skip(c).rfind("e.csv:1: unknown column 'colour'", 0) == 0);
}

TEST_CASE("impossible dates skip the record that holds them", "[ingest][bad]") {
  Collect c;
  read_events_csv("date,actors,type,summary,source\n2023-02-30,A,assault,s,\n2023-02-28,A,assault,s,\n", "e.csv",
                  "e.csv", {}, c);
  CHECK(c.events.size() == 1);
  CHECK(only_skip(c) == "e.csv:2: impossible date '2023-02-30'");

  auto j = read_jsonl("{\"text\": \"x\", \"published\": \"2023-02-30\"}\n{\"text\": \"y\", \"published\": \"2023-02-01\"}\n");
  CHECK(j.documents.size() == 1);
  CHECK(only_skip(j) == "in.jsonl:1: impossible date '2023-02-30'");

  Collect h;
  read_html_file("<meta property=\"article:published_time\" content=\"2023-04-31\"><p>Text</p>", "a.html", "a.html", {}, h);
  CHECK(only_skip(h) == "a.html: impossible date '2023-04-31'");
}

TEST_CASE("CSV structure errors name the line", "[ingest][bad]") {
  Collect c;
  read_events_csv("date,actors,type,summary,source\n2020,A,assault\n2021,A,assault,s,\n", "e.csv", "e.csv", {}, c);
  CHECK(c.events.size() == 1);
  CHECK(only_skip(c) == "e.csv:2: row has 3 fields, the header has 5");
  Collect q;
  read_events_csv("date,actors,type,summary,source\n2020,A,assault,\"open quote,\n", "q.csv", "q.csv", {}, q);
  CHECK(only_skip(q) == "q.csv:2: unterminated quoted field");
}

TEST_CASE("a malformed JSON file names its line; bad array elements are skipped alone", "[ingest][bad]") {
  Collect c;
  read_json_file("[\n{\"text\": \"a\"},\n{\"text\": }\n]", "f.json", "f.json", {}, c);
  CHECK(only_skip(c) == "f.json:3: malformed JSON");
  Collect d;
  read_json_file("[{\"text\": \"a\"}, 42, {\"nothing\": 1}]", "f.json", "f.json", {}, d);
  CHECK(d.documents.size() == 1);
  REQUIRE(d.skips.size() == 2);
  CHECK(d.skips[0].source + ": " + d.skips[0].reason == "f.json#2: record is not a JSON object");
  CHECK(d.skips[1].reason == "record has no text (looked for text, content, body)");
}

TEST_CASE("records of the wrong JSON types are skipped with a message", "[ingest][bad]") {
  auto c = read_jsonl(R"j({"text": 5})j" "\n" R"j({"date": 2020, "actors": "A"})j" "\n" R"j({"date": "2020", "actors": [1]})j" "\n");
  CHECK(c.documents.empty());
  CHECK(c.events.empty());
  REQUIRE(c.skips.size() == 3);
  CHECK(c.skips[0].reason == "the text field must be a string");
  CHECK(c.skips[1].reason == "field 'date' must be a TIMEX3 value string or a date object");
  CHECK(c.skips[2].reason == "an actor must be a name or an object with \"name\"");
}
