#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "chronograph/chronology/entity_timeline.hpp"
#include "chronograph/error.hpp"
#include "chronograph/eval/timeline_eval.hpp"
#include "chronograph/temporal/calendar.hpp"

using namespace chronograph;

namespace {

std::vector<std::string> events_of(const EntityTimeline& t, std::string* dates = nullptr) {
  std::vector<std::string> out;
  for (const auto& l : t.lines)
    for (const auto& e : l.events) {
      out.push_back(to_string(e));
      if (dates) *dates += std::to_string(l.order) + ":" + l.date + " ";
    }
  return out;
}

}  // namespace

TEST_CASE("timeline files: read, write, and malformed lines named", "[timeline]") {
  const auto t = read_entity_timeline("Airbus\n0\tXXXX-XX-XX\t1173-12-owned\n3\t2005-01-18\t3307-0-launches\t3307-2-job_cuts\n"
                                      "4\t2003-XX-XX\t4764-11-out-sold\n5\tXXX-XX-XX\t9-1-x\n",
                                      "a.txt");
  REQUIRE(t.entity == "Airbus");
  REQUIRE(t.lines.size() == 4);
  CHECK(t.lines[1].events[1] == TimelineEvent{"3307", 2, "job_cuts"});
  CHECK(t.lines[2].date == "2003");              // unknown month and day are dropped
  CHECK(t.lines[2].events[0].word == "out-sold");  // dashes after the sentence belong to the word
  CHECK(t.lines[3].date == "XXXX-XX-XX");          // the trial data's "XXX-XX-XX"
  CHECK(write_entity_timeline(t).starts_with("Airbus\n0\tXXXX-XX-XX\t1173-12-owned\n3\t2005-01-18\t3307-0-launches\t3307-2-job_cuts\n"));
  CHECK_THROWS_WITH(read_entity_timeline("X\n1\t2005-13\n", "b.txt"), Catch::Contains("b.txt:2"));
  CHECK_THROWS_WITH(read_entity_timeline("X\n1\t20050\t1-2-a\n", "b.txt"), Catch::Contains("date"));
  CHECK_THROWS_WITH(read_entity_timeline("X\none\t2005\t1-2-a\n", "b.txt"), Catch::Contains("order"));
  CHECK_THROWS_WITH(read_entity_timeline("X\n1\t2005\t1-two-a\n", "b.txt"), Catch::Contains("docid-sentence-word"));
  CHECK_THROWS_WITH(read_entity_timeline("\n\n", "c.txt"), Catch::Contains("empty"));
}

TEST_CASE("temporal awareness of timelines: reduced graphs against closures", "[timeline][eval]") {
  const auto gold = read_entity_timeline("E\n0\tXXXX-XX-XX\td-1-a\n1\t2005-01-01\td-2-b\td-3-c\n2\t2005-02-01\td-4-e\n", "gold");
  const auto system = read_entity_timeline("E\n1\t2005-01-01\td-2-b\n2\t2005-02-01\td-3-c\n", "system");
  // Gold reduced: a~unanchored, 2005-01-01~b, 2005-01-01~c, 2005-02-01~e, 2005-01-01<2005-02-01 (5).
  // System reduced: 2005-01-01~b (right), 2005-02-01~c (wrong), 2005-01-01<2005-02-01 (right) (3).
  const AwarenessCounts c = score_entity_timeline(gold, system);
  CHECK(c.system == 3);
  CHECK(c.system_correct == 2);
  CHECK(c.gold == 5);
  CHECK(c.gold_found == 2);
  CHECK(c.precision() == Approx(2.0 / 3));
  CHECK(c.recall() == Approx(0.4));
  const AwarenessCounts same = score_entity_timeline(gold, gold);
  CHECK(same.f1() == Approx(1.0));
  CHECK(score_entity_timeline(gold, EntityTimeline{"E", {}}).f1() == 0.0);
  // Orders are what count, not their numbers; an undated line with an order is ordered but not anchored.
  const auto renumbered = read_entity_timeline("E\n0\tXXXX-XX-XX\td-1-a\n7\t2005-01-01\td-2-b\td-3-c\n9\t2005-02-01\td-4-e\n", "r");
  CHECK(score_entity_timeline(gold, renumbered).f1() == Approx(1.0));
  const auto ordered = read_entity_timeline("E\n1\tXXXX-XX-XX\td-1-a\n2\tXXXX-XX-XX\td-2-b\n", "o");
  const AwarenessCounts o = score_entity_timeline(ordered, ordered);
  CHECK(o.gold == 1);  // a < b only
  CHECK(o.f1() == Approx(1.0));
}

TEST_CASE("entity timelines: mentions, event words, dates and order", "[timeline]") {
  const Day dct = parse_day("2010-03-05");
  std::vector<TimelineDocument> docs;
  docs.push_back(prepare_timeline_document("100",
                                           {"Zephyr Air ordered ten jets on 3 March 2010 .", "The company said it will expand later .",
                                            "Analysts praised the weather ."},
                                           dct, "en"));
  docs.push_back(prepare_timeline_document("200", {"Boeing 787 flew today .", "Boeing said profits rose ."}, dct, "en"));
  const std::vector<std::string> targets{"Zephyr Air", "Boeing", "Boeing 787"};

  std::string dates;
  const auto zephyr = entity_timeline(docs, "Zephyr Air", targets);
  CHECK(events_of(zephyr, &dates) == std::vector<std::string>{"100-1-expand", "100-0-ordered", "100-1-said"});
  // What will happen is undated (order 0); then the sentence's date; then the DCT, found through "the company".
  CHECK(dates == "0:XXXX-XX-XX 1:2010-03-03 2:2010-03-05 ");

  dates.clear();
  const auto boeing = entity_timeline(docs, "Boeing", targets);  // "Boeing 787" belongs to the longer name
  CHECK(events_of(boeing, &dates) == std::vector<std::string>{"200-1-profits", "200-1-rose", "200-1-said"});
  CHECK(dates == "1:2010-03-05 1:2010-03-05 1:2010-03-05 ");

  CHECK(events_of(entity_timeline(docs, "Boeing 787", targets)) == std::vector<std::string>{"200-0-flew"});
  // Deterministic, and an entity nobody mentions has an empty timeline.
  CHECK(write_entity_timeline(entity_timeline(docs, "Boeing", targets)) == write_entity_timeline(boeing));
  CHECK(entity_timeline(docs, "Nobody Inc", targets).lines.empty());
}

TEST_CASE("entity timelines: modal and future events stay undated", "[timeline]") {
  const Day dct = parse_day("2011-06-01");
  std::vector<TimelineDocument> docs{
      prepare_timeline_document("7", {"Acme Corp will launch a tablet .", "Acme Corp launched a phone ."}, dct, "en")};
  std::string dates;
  CHECK(events_of(entity_timeline(docs, "Acme Corp", {"Acme Corp"}), &dates) == std::vector<std::string>{"7-0-launch", "7-1-launched"});
  CHECK(dates == "0:XXXX-XX-XX 1:2011-06-01 ");
}

TEST_CASE("entity timelines in Arabic: triggers behind proclitics, the actor stage's names, future and negation", "[timeline]") {
  const auto doc = prepare_timeline_text("a",
                                         "وأدان العراق الهجوم في 28 كانون الثاني/يناير.\nولم يعلن العراق عن اتفاق.\n"
                                         "وسيزور العراق واشنطن.\n",
                                         parse_day("2024-02-05"), "ar");
  std::string dates;
  // "ولم يعلن" is negated; "وسيزور" is future, so undated.
  CHECK(events_of(entity_timeline({doc}, "العراق", {"العراق"}), &dates) ==
        std::vector<std::string>{"a-2-وسيزور", "a-0-الهجوم", "a-0-وأدان", "a-1-اتفاق"});
  CHECK(dates == "0:XXXX-XX-XX 1:2024-01-28 1:2024-01-28 2:2024-02-05 ");
  // The actor stage reads "Iraq" and "العراق" as one actor: the English name finds the Arabic mentions.
  CHECK(events_of(entity_timeline({doc}, "Iraq", {"Iraq"})).size() == 4);
}

TEST_CASE("task documents: TimeML and MEANTIME sentences", "[timeline]") {
  const auto d = read_task_timeml(
      "<TimeML><DOCID>42</DOCID><DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" tid=\"t0\" type=\"DATE\" value=\"2009-06-01\">"
      "x</TIMEX3></DCT><TEXT><s id=\"0\">A <EVENT eid=\"e1\">rose</EVENT> &amp; fell</s><s id=\"1\">B</s></TEXT></TimeML>",
      "doc.tml");
  CHECK(d.id == "42");
  REQUIRE(d.dct);
  CHECK(format_day(*d.dct) == "2009-06-01");
  CHECK(d.sentences == std::vector<std::string>{"A rose & fell", "B"});
  CHECK_THROWS_WITH(read_task_timeml("<TimeML><TEXT></TEXT></TimeML>", "x.tml"), Catch::Contains("DOCID"));
  CHECK_THROWS_WITH(read_task_timeml("<DOCID>1</DOCID><s id=\"0\">open", "x.tml"), Catch::Contains("unterminated"));
  const auto m = read_meantime_sentences(
      "<Document doc_id=\"9\"><token t_id=\"1\" sentence=\"0\" number=\"0\">Hi</token><token t_id=\"2\" sentence=\"1\" number=\"0\">A"
      "</token><token t_id=\"3\" sentence=\"1\" number=\"1\">b</token></Document>",
      "m.xml");
  CHECK(m.id == "9");
  CHECK(m.sentences == std::vector<std::string>{"Hi", "A b"});
  CHECK_FALSE(m.dct);
}

TEST_CASE("SemEval-2015 Task 4 test corpora: temporal awareness stays above the target", "[timeline][eval][shared]") {
  namespace fs = std::filesystem;
  const fs::path data = CHRONOGRAPH_SHARED_DIR "/corpus/semeval2015_timeline/SemEval_Task4_data";
  if (!fs::exists(data)) {
    WARN("../shared is absent: the SemEval-2015 timelines are not scored");
    return;
  }
  auto slurp = [](const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  };
  AwarenessCounts total;
  for (const char* corpus : {"corpus_1", "corpus_2", "corpus_3"}) {
    std::vector<TimelineDocument> docs;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(data / corpus / "corpus_trackA_TimeML")) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      const SentenceDocument d = read_task_timeml(slurp(f), f.string());
      docs.push_back(prepare_timeline_document(d.id, d.sentences, d.dct, "en"));
    }
    std::vector<EntityTimeline> golds;
    std::vector<std::string> targets;
    for (const auto& e : fs::directory_iterator(data / corpus / "TimeLines_Gold_Standard")) {
      golds.push_back(read_entity_timeline(slurp(e.path()), e.path().string()));
      targets.push_back(golds.back().entity);
    }
    for (const auto& g : golds) total.add(score_entity_timeline(g, entity_timeline(docs, g.entity, targets)));
  }
  // docs/EVALUATION.md: P 18.21, R 16.54, F1 17.33 (the task's best system: 7.85; our target: 15).
  CHECK(total.gold == 1276);
  CHECK(total.f1() >= 0.15);
}
