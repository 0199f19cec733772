#include <catch2/catch.hpp>

#include <filesystem>

#include "chronograph/error.hpp"
#include "support/collect.hpp"

using namespace chronograph;
using chronograph::testing::Collect;
using chronograph::testing::read_jsonl;

TEST_CASE("text files: the whole file, the first line as title, DCT from --dct", "[ingest]") {
  Collect c;
  IngestOptions opt;
  opt.dct = parse_day("2024-02-05");
  read_text_file("# محادثات أمنية\n\nانطلقت المحادثات في 27 كانون الثاني/يناير.\n", "a.md", "a.md", opt, c);
  REQUIRE(c.documents.size() == 1);
  const auto& d = c.documents[0];
  CHECK(d.id == "a.md");
  CHECK(d.title == "محادثات أمنية");
  CHECK(d.language == "ar");
  CHECK(format_day(*d.published) == "2024-02-05");
  CHECK(d.text.rfind("# محادثات", 0) == 0);
}

TEST_CASE("SGML newswire: one document per story, DCT from <DATE>, bad stories skipped with their line", "[ingest]") {
  Collect c;
  const std::string sgml =
      "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
      "<REUTERS TOPICS=\"YES\" NEWID=\"7\">\n<DATE> 9-MAR-1987 04:58:41.12</DATE>\n<TEXT>&#2;\n"
      "<TITLE>OIL PRICES STEADY</TITLE>\n<DATELINE>    LONDON, March 9 - </DATELINE><BODY>Oil prices held &lt;steady&gt;.\n"
      "&#3;</BODY></TEXT>\n</REUTERS>\n"
      "<REUTERS NEWID=\"8\">\n<DATE>31-FEB-1987 10:00:00.00</DATE>\n<TEXT><BODY>Impossible.</BODY></TEXT>\n</REUTERS>\n"
      "<REUTERS NEWID=\"9\">\n<DATE>10-MAR-1987 10:00:00.00</DATE>\n<TEXT TYPE=\"BRIEF\">&#2;\n******<TITLE>BRIEF ONLY</TITLE>\n&#3;</TEXT>\n</REUTERS>\n";
  read_sgml_file(sgml, "r.sgm", "r.sgm", IngestOptions{}, c);
  REQUIRE(c.documents.size() == 2);
  CHECK(c.documents[0].id == "r.sgm#7");
  CHECK(format_day(*c.documents[0].published) == "1987-03-09");
  CHECK(c.documents[0].title == "OIL PRICES STEADY");
  CHECK(c.documents[0].text == "OIL PRICES STEADY\n\nLONDON, March 9 -\n\nOil prices held <steady>.");
  CHECK(c.documents[0].language == "en");
  CHECK(c.documents[1].id == "r.sgm#9");
  CHECK(c.documents[1].title == "BRIEF ONLY");
  REQUIRE(c.skips.size() == 1);
  CHECK(c.skips[0].source == "r.sgm:9");  // the line its <REUTERS> opens on
  Collect none;
  read_sgml_file("<html>no stories</html>", "x.sgm", "x.sgm", IngestOptions{}, none);
  REQUIRE(none.skips.size() == 1);
  CHECK(none.skips[0].reason == "no <REUTERS> story in the SGML file");
}

TEST_CASE("JSON Lines documents: text fields, title, DCT fields and ids", "[ingest]") {
  auto c = read_jsonl(
      "{\"id\": \"a1\", \"title\": \"T\", \"content\": \"Body text here.\", \"date_published\": \"2015-07-21 02:51:32\"}\n"
      "\n"
      "{\"body\": \"Second body\", \"published\": \"2024-01-28T09:30:00Z\", \"date\": \"1999-01-01\"}\n");
  REQUIRE(c.documents.size() == 2);
  CHECK(c.documents[0].id == "a1");
  CHECK(c.documents[0].text == "T\n\nBody text here.");
  CHECK(format_day(*c.documents[0].published) == "2015-07-21");
  CHECK(c.documents[0].language == "en");
  CHECK(c.documents[1].id == "in.jsonl#2");  // the second record
  CHECK(format_day(*c.documents[1].published) == "2024-01-28");
  CHECK(c.skips.empty());
}

TEST_CASE("JSON Lines: --text-field, --date-field, --id-field choose other keys", "[ingest]") {
  IngestOptions opt;
  opt.text_field = "article";
  opt.date_field = "date_extracted";
  opt.id_field = "url";
  auto c = read_jsonl("{\"url\": \"http://x/1\", \"article\": \"نص المقال\", \"date_extracted\": \"2015-07-21 02:51:32\"}\n", opt);
  REQUIRE(c.documents.size() == 1);
  CHECK(c.documents[0].id == "http://x/1");
  CHECK(format_day(*c.documents[0].published) == "2015-07-21");
  CHECK(c.documents[0].language == "ar");
}

TEST_CASE("curated event lines: actors with roles and kinds, date strings and objects", "[ingest]") {
  auto c = read_jsonl(
      R"j({"date": "2024-01-27", "actors": ["United States", {"name": "Iraq", "role": "target", "kind": "country"}], "type": "consult", "summary": "talks", "source": "http://example.org/a"})j"
      "\n"
      R"j({"id": "e2", "date": {"value": "2018", "mod": "SINCE"}, "actors": ["Iraq (source)"], "type": "aid", "after": ["x"]})j"
      "\n");
  REQUIRE(c.events.size() == 2);
  const auto& e = c.events[0].event;
  CHECK(e.id.rfind("ev-", 0) == 0);
  CHECK(e.date->value == "2024-01-27");
  REQUIRE(e.actors.size() == 2);
  CHECK(e.actors[0].id == "iraq");
  CHECK(e.actors[0].role == Role::target);
  CHECK(e.actors[1].id == "united-states");
  CHECK(e.actors[1].role == Role::participant);
  CHECK(c.events[0].actors[1].kind == ActorKind::country);
  CHECK(e.evidence.at(0).source == "http://example.org/a");
  CHECK(e.evidence.at(0).doc == "in.jsonl#1");
  const auto& e2 = c.events[1].event;
  CHECK(e2.id == "e2");
  CHECK(e2.date->mod == Mod::since);
  CHECK(e2.actors.at(0).role == Role::source);
  CHECK(e2.after == std::vector<std::string>{"x"});
}

TEST_CASE("identical curated content gets the same id", "[ingest]") {
  auto a = read_jsonl(R"j({"date": "2024-01-27", "actors": ["B", "A"], "type": "consult", "summary": "s"})j" "\n");
  auto b = read_jsonl(R"j({"date": "2024-01-27", "actors": ["A", "B"], "type": "consult", "summary": "s"})j" "\n");
  CHECK(a.events.at(0).event.id == b.events.at(0).event.id);
}

TEST_CASE("CSV events: header, quoting, roles, ranges, empty dates", "[ingest]") {
  Collect c;
  read_events_csv(
      "date,actors,type,summary,source\n"
      "2014-09,\"United States (source);Global Coalition (target)\",establish,\"Formed, with \"\"86\"\" members\",http://a\n"
      ",Iran;Kataib Hezbollah,aid,\"multi\nline\",\n"
      "2018/,Iraq,cooperate,since,\n",
      "e.csv", "e.csv", {}, c);
  REQUIRE(c.skips.empty());
  REQUIRE(c.events.size() == 3);
  CHECK(c.events[0].event.summary == "Formed, with \"86\" members");
  CHECK(c.events[0].event.actors.size() == 2);
  CHECK(c.events[0].event.actors[1].role == Role::source);
  CHECK_FALSE(c.events[1].event.date);
  CHECK(c.events[1].event.summary == "multi\nline");
  CHECK(c.events[2].event.date->mod == Mod::since);
  CHECK(c.events[2].event.evidence.at(0).doc == "e.csv#3");
}

TEST_CASE("HTML: article text without scripts, navigation or entities; meta date and title", "[ingest]") {
  const auto article = extract_html(
      "<html lang=\"ar\"><head><title>Site | T</title><meta property=\"og:title\" content=\"Real &amp; title\">"
      "<meta property=\"article:published_time\" content=\"2024-02-03T14:05:00Z\"><script>var x = '<p>no</p>';</script>"
      "<style>p{}</style></head><body><nav><a>Home</a></nav><article><h1>Head</h1><p>First &mdash; para&#39;s"
      "\n  text.</p><!-- comment --><p>Second <b>bold</b> &#x627;</p></article><footer>foot</footer></body></html>");
  CHECK(article.title == "Real & title");
  CHECK(article.published == "2024-02-03T14:05:00Z");
  CHECK(article.lang == "ar");
  CHECK(article.text == "Head\n\nFirst \u2014 para's text.\n\nSecond bold \u0627");
}

TEST_CASE("HTML without an article element uses the body and <time datetime>", "[ingest]") {
  const auto article = extract_html(
      "<body><header>Menu</header><h1>Title</h1><p><time datetime=\"2024-01-05\">5 Jan</time> Text</p></body>");
  CHECK(article.title == "Title");
  CHECK(article.published == "2024-01-05");
  CHECK(article.text == "Title\n\n5 Jan Text");
}

TEST_CASE("TimeML: TEXT content without tags, DCT from the creation-time TIMEX3", "[ingest]") {
  Collect c;
  read_timeml_file(
      "<?xml version=\"1.0\" ?><TimeML><DOCID>X</DOCID><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\" "
      "functionInDocument=\"CREATION_TIME\">March 22, 2013</TIMEX3></DCT><TITLE>Flu &amp; kids</TITLE><TEXT>\nThe flu "
      "<EVENT eid=\"e1\">season</EVENT> ended <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-W11\">last week</TIMEX3>.\n"
      "</TEXT></TimeML>",
      "a.tml", "a.tml", {}, c);
  REQUIRE(c.documents.size() == 1);
  CHECK(c.documents[0].text == "\nThe flu season ended last week.\n");
  CHECK(c.documents[0].title == "Flu & kids");
  CHECK(format_day(*c.documents[0].published) == "2013-03-22");
}

TEST_CASE("directories are walked recursively in sorted order with relative ids", "[ingest]") {
  Collect c;
  ingest({CHRONOGRAPH_SAMPLES_DIR}, {}, c);
  CHECK(c.skips.empty());
  REQUIRE(c.documents.size() == 4);
  CHECK(c.documents[0].id == "ar-talks");
  CHECK(c.documents[2].id == "articles/en-strikes.html");
  CHECK(c.events.size() > 10);
}

TEST_CASE("a missing input is reported and the others are read", "[ingest]") {
  Collect c;
  ingest({"/nonexistent/input.txt", std::string(CHRONOGRAPH_SAMPLES_DIR) + "/events.csv"}, {}, c);
  REQUIRE(c.skips.size() == 1);
  CHECK(c.skips[0].source == "/nonexistent/input.txt");
  CHECK(c.skips[0].reason == "no such file or directory");
  CHECK_FALSE(c.events.empty());
}
