// libFuzzer target for every input reader, the temporal tagger and the actor recogniser, chosen by the first byte. A reader reports bad input
// through the sink and must neither throw nor crash; the graph JSON parser may throw only our Error,
// and what it accepts must survive write -> parse -> write unchanged.
#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <sstream>
#include <string>

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/chronology/entity_timeline.hpp"
#include "chronograph/error.hpp"
#include "chronograph/eval/event_eval.hpp"
#include "chronograph/eval/timeline_eval.hpp"
#include "chronograph/graph/graph_json.hpp"
#include "chronograph/ingest/flat_json.hpp"
#include "chronograph/ingest/ingest.hpp"
#include "chronograph/pipeline.hpp"
#include "chronograph/temporal/tagger.hpp"
#include "chronograph/text/normalize.hpp"
#include "chronograph/text/utf8.hpp"

using namespace chronograph;

namespace {
struct Discard : RecordSink {};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string input(reinterpret_cast<const char*>(data) + 1, size - 1);
  Discard sink;
  IngestOptions options;
  switch (data[0] % 13) {
    case 0: read_events_csv(input, "f.csv", "f.csv", options, sink); break;
    case 1: {
      // The flat-record fast path agrees with nlohmann wherever it gives a value.
      if (!find_invalid_utf8(input))
        if (auto flat = parse_flat_json_object(input)) {
          Json full;
          try {
            full = Json::parse(input);
          } catch (const Json::exception&) {
            __builtin_trap();
          }
          if (full != *flat || full.dump() != flat->dump()) __builtin_trap();
        }
      std::istringstream in(input);
      read_json_lines(in, "f.jsonl", "f.jsonl", options, sink);
      break;
    }
    case 2: read_json_file(input, "f.json", "f.json", options, sink); break;
    case 3: read_html_file(input, "f.html", "f.html", options, sink); break;
    case 4: read_timeml_file(input, "f.tml", "f.tml", options, sink); break;
    case 5: read_text_file(input, "f.txt", "f.txt", options, sink); break;
    case 10: read_sgml_file(input, "f.sgm", "f.sgm", options, sink); break;
    case 11: {
      // Timeline files and task documents: a clean Error or a result; an entity timeline of any text only lists
      // events of sentences that exist, and scores stay within their counts.
      try {
        const EntityTimeline t = read_entity_timeline(input, "f.txt");
        const AwarenessCounts c = score_entity_timeline(t, t);
        if (c.system_correct != c.system || c.gold_found != c.gold) __builtin_trap();
      } catch (const Error&) {
      }
      try {
        (void)read_task_timeml(input, "f.tml");
        (void)read_meantime_sentences(input, "f.xml");
      } catch (const Error&) {
      }
      try {
        const TripleDocument d = read_meantime_triples(input, "f.xml");
        for (const auto& g : d.gold)
          if (g.event_end > d.tokens.size() || g.entity_end > d.tokens.size()) __builtin_trap();
      } catch (const Error&) {
      }
      break;
    }
    case 12: {
      if (find_invalid_utf8(input)) break;
      std::vector<std::string> sentences;
      for (std::size_t b = 0; b <= input.size();) {
        const auto nl = std::min(input.find('\n', b), input.size());
        sentences.push_back(input.substr(b, nl - b));
        b = nl + 1;
      }
      const TimelineDocument d = prepare_timeline_document("1", sentences, 19000, "en");
      const EntityTimeline t = entity_timeline({d}, sentences.front(), {sentences.front(), "A"});
      for (const auto& l : t.lines)
        for (const auto& e : l.events)
          if (e.sentence >= sentences.size()) __builtin_trap();
      break;
    }
    case 6: {
      try {
        const GraphData g = parse_graph_json(input, "g.json");
        std::ostringstream a, b;
        write_graph_json(a, g);
        write_graph_json(b, parse_graph_json(a.str(), "again.json"));
        if (a.str() != b.str()) __builtin_trap();
      } catch (const Error&) {
      }
      break;
    }
    case 8: {
      // The temporal tagger on any text: spans inside the text, in order, on code-point boundaries.
      if (find_invalid_utf8(input)) break;
      const std::size_t length = count_code_points(input);
      for (const char* lang : {"ar", "en"}) {
        std::size_t previous = 0;
        for (const auto& t : temporal_tagger().tag(input, lang, size % 2 ? std::optional<Day>(19000) : std::nullopt)) {
          if (t.span.begin >= t.span.end || t.span.end > length || t.span.begin < previous) __builtin_trap();
          previous = t.span.end;
        }
      }
      break;
    }
    case 9: {
      // The actor recogniser on any text: mentions in order, inside the text, on code-point boundaries, their
      // text the text of their span, and every mentioned actor described once.
      if (find_invalid_utf8(input)) break;
      const std::size_t length = count_code_points(input);
      // The whole annotation too (timexes, actors, events): evidence spans inside the text, every event with an
      // actor and an id.
      for (const char* lang : {"ar", "en"}) {
        Annotation whole;
        whole.document.id = "f";
        whole.document.text = input;
        whole.document.language = lang;
        if (size % 2) whole.document.published = 19000;
        annotate(whole, actor_recognizer());
        for (const auto& e : whole.events) {
          if (e.actors.empty() || e.id.empty()) __builtin_trap();
          for (const auto& ev : e.evidence)
            if (!ev.span || ev.span->begin > ev.span->end || ev.span->end > length) __builtin_trap();
        }
      }
      const ActorAnalysis a = actor_recognizer().analyse(input, "ar");
      std::size_t previous = 0;
      for (const auto& m : a.mentions) {
        if (m.span.begin >= m.span.end || m.span.end > length || m.span.begin < previous) __builtin_trap();
        if (m.text != substr_code_points(input, m.span.begin, m.span.end)) __builtin_trap();
        previous = m.span.end;
        bool described = false;
        for (const auto& actor : a.actors) described = described || actor.id == m.actor;
        if (!described || m.actor.empty()) __builtin_trap();
      }
      break;
    }
    default: {
      try {
        (void)span_of_value(input);
      } catch (const Error&) {
      }
      if (!find_invalid_utf8(input)) {
        const auto n = normalize_for_match(input);
        if (n.to_original.size() != n.text.size() + 1 || n.to_original.back() != count_code_points(input))
          __builtin_trap();
        (void)strip_arabic_clitics(match_key(input));
      }
      break;
    }
  }
  return 0;
}
