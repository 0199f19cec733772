// The event stage: our own sentences row by row, and our gold reading of the seed article (needs ../shared).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/events/extractor.hpp"
#include "chronograph/pipeline.hpp"
#include "chronograph/temporal/calendar.hpp"

using namespace chronograph;

namespace {

std::vector<Event> events_of(const std::string& text, const std::string& lang, const char* dct = "2024-02-05") {
  Annotation a;
  a.document.id = "t";
  a.document.text = text;
  a.document.language = lang;
  a.document.published = parse_day(dct);
  annotate(a, actor_recognizer());
  return a.events;
}

// "type date actor:role,actor:role" for each event, sorted.
std::string summary(const std::vector<Event>& events) {
  std::vector<std::string> lines;
  for (const auto& e : events) {
    std::string s = e.type + " " + (e.date ? e.date->value : std::string("-"));
    std::string sep = " ";
    for (const auto& a : e.actors) {
      s += sep + a.id + ":" + to_string(a.role);
      sep = ",";
    }
    lines.push_back(s);
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

}  // namespace

TEST_CASE("events: who did what to whom, when, sentence by sentence", "[events]") {
  struct Row {
    const char* text;
    const char* lang;
    const char* expected;
  };
  const Row rows[] = {
      // Verb first: the subject after the verb is the source, the actor after a preposition the target.
      {"شنت الولايات المتحدة في 3 شباط/فبراير ضربات على مواقع في العراق.", "ar",
       "assault 2024-02-03 iraq:target,united-states:source\n"},
      // A title-introduced person speaks about the actors of what was said; the reported content is its own event.
      {"وفي 25 كانون الثاني/يناير، قال وزير الدفاع الأميركي لويد أوستن إن واشنطن ستدعم العراق.", "ar",
       "aid 2024-01-25 iraq:target,united-states:source\n"
       "statement 2024-01-25 iraq:participant,lloyd-austin:source,united-states:participant\n"},
      // Symmetric types make participants; the date comes from the clause.
      {"انطلقت في 27 كانون الثاني/يناير المحادثات بين العراق والولايات المتحدة.", "ar",
       "consult 2024-01-27 iraq:participant,united-states:participant\n"},
      // Passive cue: the actor after "من قبل" is the source.
      {"تعرضت قواعد أميركية لهجوم من قبل كتائب حزب الله في 28 كانون الثاني/يناير.", "ar",
       "assault 2024-01-28 kataib-hezbollah:source,united-states:target\n"},
      // An event noun takes the subject carried from an earlier clause, past an appositive one.
      {"وقالت الولايات المتحدة إن المقاومة الإسلامية في العراق، وهي ائتلاف يضم فصائل مدعومة من إيران، كانت وراء الهجوم "
       "على القوات الأميركية في 27 كانون الثاني/يناير.",
       "ar", "assault 2024-01-27 islamic-resistance-in-iraq:source,united-states:target\n"
             "statement 2024-01-27 iran:participant,islamic-resistance-in-iraq:participant,united-states:source\n"},
      // A range date is kept as a range (since).
      {"ومنذ العام 2018، يقدم التحالف الدولي التدريب للعراق.", "ar",
       "aid 2018 global-coalition-against-daesh:source,iraq:target\n"},
      // English: subject before the verb, "by" marks the source of a passive.
      {"On February 2, 2024, the United States struck targets in Iraq and Syria.", "en",
       "assault 2024-02-02 iraq:target,syria:target,united-states:source\n"},
      {"The base was attacked by Kataib Hezbollah on January 28.", "en", "assault 2024-01-28 kataib-hezbollah:source\n"},
      // A reporting verb without a date of its own is dated by the publication day.
      {"Iraq condemned the strikes.", "en", "protest 2024-02-05 iraq:source\n"},
      // No actor, no event; no trigger, no event.
      {"وقال مسؤولون إن الاجتماع كان مثمرا.", "ar", ""},
      {"العراق والولايات المتحدة بلدان.", "ar", ""},
      // What did not happen makes no event: a negation one or two words before the trigger.
      {"وأضاف أنه من المرجح ألا ينسحب الجيش الأميركي من العراق.", "ar", ""},
      {"ولم تعلن إيران عن اتفاق مع العراق.", "ar", ""},
      {"Iran did not attack Iraq.", "en", ""},
      {"Iran never met Iraq.", "en", ""},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    CHECK(summary(events_of(row.text, row.lang)) == row.expected);
  }
}

TEST_CASE("announced or planned events are marked future; merged mentions stay future only if all are", "[events]") {
  auto modality_of = [](const std::string& text, const std::string& lang) {
    std::string out;
    for (const auto& e : events_of(text, lang)) out += e.type + ":" + (e.modality.empty() ? "-" : e.modality) + " ";
    return out;
  };
  CHECK(modality_of("وقال وزير الدفاع الأميركي لويد أوستن إن واشنطن ستدعم العراق.", "ar") == "aid:future statement:- ");
  CHECK(modality_of("وسيزور الرئيس العراقي واشنطن.", "ar") == "consult:future ");
  CHECK(modality_of("وسوف تدعم واشنطن العراق.", "ar") == "aid:future ");
  CHECK(modality_of("ودعمت واشنطن العراق.", "ar") == "aid:- ");
  CHECK(modality_of("The United States will attack Iraq.", "en") == "assault:future ");
  CHECK(modality_of("The United States attacked Iraq.", "en") == "assault:- ");
  // The graph keeps "future" only while every mention of the event says so.
  Event a, b;
  a.modality = "future";
  merge_modality(a.modality, b.modality);
  CHECK(a.modality.empty());
  b.modality = a.modality = "future";
  merge_modality(a.modality, b.modality);
  CHECK(a.modality == "future");
}

TEST_CASE("the same event mentioned again in a document is one event with several evidence sentences", "[events]") {
  const auto events = events_of(
      "انطلقت في 27 كانون الثاني/يناير المحادثات بين العراق والولايات المتحدة.\n"
      "وبدأت المحادثات بين المسؤولين الأميركيين والعراقيين في 27 كانون الثاني/يناير.\n"
      "وانطلقت المحادثات بين العراق والولايات المتحدة في 27 كانون الثاني/يناير.\n",
      "ar");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "consult");
  CHECK(events[0].evidence.size() == 3);
  // A caption repeated word for word is counted once.
  const auto twice = events_of("شنت الولايات المتحدة ضربات على العراق في 3 شباط/فبراير.\n"
                               "شنت الولايات المتحدة ضربات على العراق في 3 شباط/فبراير.\n",
                               "ar");
  REQUIRE(twice.size() == 1);
  CHECK(twice[0].evidence.size() == 1);
}

TEST_CASE("narrative time carries a date to the next sentence of the paragraph, not to the next paragraph", "[events]") {
  const auto events = events_of(
      "في 3 شباط/فبراير ردت الولايات المتحدة على الهجوم. فشنت الولايات المتحدة ضربات على العراق.\n"
      "وشنت الولايات المتحدة ضربات على سوريا.",
      "ar");
  std::map<std::string, std::string> date_of_target;
  for (const auto& e : events)
    for (const auto& a : e.actors)
      if (a.role == Role::target) date_of_target[a.id] = e.date ? e.date->value : "-";
  CHECK(date_of_target["iraq"] == "2024-02-03");
  CHECK(date_of_target["syria"] == "-");
}

TEST_CASE("the seed article's chronology matches our reading of it", "[events][eval]") {
  const std::string seed = CHRONOGRAPH_SHARED_DIR "/seeds/000_989b01d71f21a984.txt";
  if (!std::filesystem::exists(seed)) {
    WARN("../shared is absent: the seed's events are not checked");
    return;
  }
  BuildSettings settings;
  settings.inputs = {seed};
  settings.ingest.dct = parse_day("2024-02-05");
  BuildReport report;
  const GraphData g = run_build(settings, report);
  std::ifstream in(CHRONOGRAPH_GOLD_DIR "/seed_events_gold.json");
  std::stringstream s;
  s << in.rdbuf();
  const Json gold = Json::parse(s.str());
  std::size_t found = 0, total = 0;
  for (const auto& want : gold.at("events")) {
    ++total;
    const std::string type = want.at("type").get<std::string>();
    const Json date = want.at("date");
    bool hit = false;
    for (const auto& e : g.events) {
      if (e.type != type) continue;
      if (!date.is_null() && (!e.date || e.date->value != date.get<std::string>())) continue;
      bool all = true;
      for (const auto& actor : want.at("actors")) {
        const std::string id = actor[0].get<std::string>();
        const bool any_role = actor[1].is_null();
        all = all && std::any_of(e.actors.begin(), e.actors.end(), [&](const EventActor& a) {
                return a.id == id && (any_role || to_string(a.role) == actor[1].get<std::string>());
              });
      }
      hit = hit || all;
    }
    found += hit;
    INFO(want.at("name").get<std::string>());
    if (want.at("required").get<bool>()) CHECK(hit);
  }
  const double recall = static_cast<double>(found) / static_cast<double>(total);
  INFO("seed events found: " << found << " of " << total);
  CHECK(recall >= 0.6);
}
