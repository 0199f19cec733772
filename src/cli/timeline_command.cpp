// chronograph timeline: entity timelines (the events each named entity takes part in, dated and ordered) from
// articles, in the SemEval-2015 Task 4 format (docs/EVENTS.md, "Entity timelines").
#include <algorithm>
#include <iostream>
#include <sstream>

#include "chronograph/chronology/entity_timeline.hpp"
#include "chronograph/error.hpp"
#include "chronograph/ingest/ingest.hpp"
#include "chronograph/output/atomic_file.hpp"
#include "commands.hpp"

namespace chronograph::cli {

void setup_timeline(CLI::App& app, TimelineOptions& opt) {
  setup_inputs(app, opt.input);
  app.add_option("--entity", opt.entities, "An entity to follow (repeatable): a name as articles write it, e.g. \"Airbus A380\"")
      ->required();
  app.add_option("-o,--output", opt.output, "Write the timelines here instead of stdout");
  app.add_option("--format", opt.format, "tsv (the SemEval-2015 Task 4 format) or json (with each event's sentence)")
      ->check(CLI::IsMember({"tsv", "json"}))
      ->capture_default_str();
}

namespace {

// Prepares each article as it is read; only the words, dates and sentences are kept.
class TimelineSink : public RecordSink {
 public:
  void document(Document&& doc) override {
    docs.push_back(prepare_timeline_text(doc.id, doc.text, doc.published, doc.language));
  }
  void annotation(Annotation&& a) override { document(std::move(a.document)); }
  void curated(CuratedEvent&&) override { ++ignored; }
  void graph(GraphData&&) override { ++ignored; }
  void skipped(const Skip& s) override {
    report_error(s.source + ": " + s.reason);
    ++skips;
    unreadable = unreadable || unreadable_input(s);
  }
  std::vector<TimelineDocument> docs;
  std::size_t skips = 0, ignored = 0;
  bool unreadable = false;
};

}  // namespace

int run_timeline(const TimelineOptions& opt, const GlobalOptions& global) {
  const IngestOptions options = ingest_options(opt.input);
  for (const auto& e : opt.entities)
    if (e.find_first_not_of(" \t") == std::string::npos) throw Error("--entity: an empty name");
  TimelineSink sink;
  ingest(opt.input.inputs, options, sink);
  if (sink.ignored) report_error("curated events and graphs carry no article text: ignored by timeline");
  std::sort(sink.docs.begin(), sink.docs.end(), [](const TimelineDocument& a, const TimelineDocument& b) { return a.id < b.id; });
  std::string out;
  OrderedJson timelines = OrderedJson::array();
  for (std::size_t i = 0; i < opt.entities.size(); ++i) {
    const EntityTimeline t = entity_timeline(sink.docs, opt.entities[i], opt.entities);
    if (opt.format == "tsv") {
      if (i) out += "\n";
      out += write_entity_timeline(t);
      continue;
    }
    OrderedJson lines = OrderedJson::array();
    for (const auto& l : t.lines) {
      OrderedJson events = OrderedJson::array();
      for (const auto& e : l.events) {
        auto d = std::lower_bound(sink.docs.begin(), sink.docs.end(), e.doc,
                                  [](const TimelineDocument& x, const std::string& id) { return x.id < id; });
        const std::string sentence = d != sink.docs.end() && d->id == e.doc && e.sentence < d->texts.size() ? d->texts[e.sentence] : "";
        events.push_back({{"doc", e.doc}, {"sentence", e.sentence}, {"word", e.word}, {"text", sentence}});
      }
      lines.push_back({{"order", l.order}, {"date", l.date == "XXXX-XX-XX" ? OrderedJson(nullptr) : OrderedJson(l.date)}, {"events", events}});
    }
    timelines.push_back({{"entity", t.entity}, {"lines", lines}});
  }
  if (opt.format == "json")
    out = OrderedJson({{"format", "chronograph-timelines"}, {"version", 1}, {"timelines", timelines}}).dump(1) + "\n";
  if (opt.output.empty()) std::cout << out;
  else write_file_atomically(opt.output, [&](std::ostream& o) { o << out; });
  if (!global.quiet) std::cerr << "chronograph: " << sink.docs.size() << " documents, " << opt.entities.size() << " timelines\n";
  if (global.strict && sink.skips > 0) return kExitError;
  return sink.unreadable ? kExitError : kExitOk;
}

}  // namespace chronograph::cli
