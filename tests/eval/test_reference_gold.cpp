// Our Arabic temporal gold set against the corpus it references (needs ../shared; skipped without it).
#include <catch2/catch.hpp>

#include <filesystem>

#include "chronograph/eval/timex_eval.hpp"
#include "chronograph/temporal/tagger.hpp"

using namespace chronograph;

namespace {

TimexScores score(const std::string& split) {
  TimexCounts total;
  for (const auto& doc : load_reference_gold(CHRONOGRAPH_GOLD_DIR "/arabic_timex_gold.jsonl", CHRONOGRAPH_SHARED_DIR, split))
    total.add(compare_timexes(doc, temporal_tagger().tag(doc.text, "ar", doc.dct)));
  return scores(total);
}

}  // namespace

TEST_CASE("the Arabic gold set matches its corpus and the tagger keeps its scores", "[eval][temporal]") {
  if (!std::filesystem::exists(CHRONOGRAPH_SHARED_DIR "/corpus/saudinewsnet")) {
    WARN("../shared is absent: the Arabic gold set is not checked");
    return;
  }
  // Every span holds the annotated expression (hash checked), and there are at least 150 of them.
  const auto all = load_reference_gold(CHRONOGRAPH_GOLD_DIR "/arabic_timex_gold.jsonl", CHRONOGRAPH_SHARED_DIR);
  std::size_t n = 0;
  for (const auto& d : all) n += d.timexes.size();
  CHECK(n >= 150);
  // Floors just under the figures in docs/EVALUATION.md: a drop is a regression.
  CHECK(score("dev").value_f1 >= 0.91);
  CHECK(score("test").value_f1 >= 0.78);
  CHECK(score("test").relaxed_f1 >= 0.88);
}

TEST_CASE("TimeML gold is read with spans over the text without tags", "[eval]") {
  const auto doc = read_timeml_gold(
      "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2013-03-22\">x</TIMEX3></DCT><TEXT>It fell <TIMEX3 tid=\"t1\" "
      "type=\"DATE\" value=\"2013-W11\">last week</TIMEX3> &amp; <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P1M\">a "
      "month</TIMEX3> ago.</TEXT></TimeML>",
      "x.tml");
  CHECK(doc.text == "It fell last week & a month ago.");
  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[0].span == Span{8, 17});
  CHECK(doc.timexes[1].span == Span{20, 27});
  CHECK(format_day(*doc.dct) == "2013-03-22");
  // Scoring: one exact match, one overlap with the wrong value, one spurious.
  std::vector<Timex> system(3);
  system[0].span = {8, 17};
  system[0].date = date_from_value("2013-W11");
  system[1].span = {20, 31};
  system[1].date.value = "2013-02";
  system[2].span = {0, 2};
  system[2].date.value = "PRESENT_REF";
  const auto c = compare_timexes(doc, system);
  CHECK(c.strict == 1);
  CHECK(c.relaxed == 2);
  CHECK(c.value_correct == 1);
  const auto s = scores(c);
  CHECK(s.relaxed_p == Approx(2.0 / 3));
  CHECK(s.relaxed_r == Approx(1.0));
  CHECK(s.value_f1 == Approx(0.5 * 0.8));
}
