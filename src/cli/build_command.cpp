#include <iostream>

#include <unistd.h>

#include "chronograph/error.hpp"
#include "chronograph/graph/graph_json.hpp"
#include "chronograph/output/atomic_file.hpp"
#include "chronograph/pipeline.hpp"
#include "commands.hpp"

namespace chronograph::cli {

void report_error(const std::string& message) { std::cerr << "chronograph: " << message << '\n'; }

void setup_inputs(CLI::App& app, InputOptions& opt) {
  app.add_option("inputs", opt.inputs, "Files, directories (walked recursively) or - for JSON Lines on stdin")
      ->required();
  app.add_option("--dct", opt.dct, "Document creation time (YYYY-MM-DD) for inputs that carry none");
  app.add_option("--lang", opt.lang, "auto (per document), ar or en")->check(CLI::IsMember({"auto", "ar", "en"}));
  app.add_option("--text-field", opt.text_field, "JSON key of the article text (default: text, content, body)");
  app.add_option("--date-field", opt.date_field, "JSON key of the publication date (default: published, date, date_published)");
  app.add_option("--id-field", opt.id_field, "JSON key of the document id")->capture_default_str();
  app.add_option("--title-field", opt.title_field, "JSON key of the title")->capture_default_str();
  app.add_option("--lexicon", opt.lexicons, "Actor lexicon (JSON, docs/ACTORS.md) adding or overriding entries; repeatable");
}

const ActorRecognizer& actor_recognizer_for(const InputOptions& opt, std::unique_ptr<ActorRecognizer>& own) {
  if (opt.lexicons.empty()) return actor_recognizer();
  own = std::make_unique<ActorRecognizer>();
  for (const auto& path : opt.lexicons) own->add_lexicon_file(path);
  return *own;
}

IngestOptions ingest_options(const InputOptions& opt) {
  IngestOptions options;
  if (!opt.dct.empty()) {
    try {
      options.dct = parse_day(opt.dct);
    } catch (const Error& e) {
      throw Error("--dct: " + e.message());
    }
  }
  options.lang = opt.lang;
  options.text_field = opt.text_field;
  options.date_field = opt.date_field;
  options.id_field = opt.id_field;
  options.title_field = opt.title_field;
  return options;
}

void setup_build(CLI::App& app, BuildOptions& opt) {
  setup_inputs(app, opt.input);
  app.add_option("-o,--output", opt.output, "Write the graph JSON here (whole or not at all) instead of stdout");
  app.add_flag("--append", opt.append, "Merge into the graph already in --output");
}

int run_build(const BuildOptions& opt, const GlobalOptions& global) {
  BuildSettings settings;
  settings.inputs = opt.input.inputs;
  settings.ingest = ingest_options(opt.input);
  std::unique_ptr<ActorRecognizer> own;
  settings.actors = &actor_recognizer_for(opt.input, own);
  if (opt.append) {
    if (opt.output.empty()) throw Error("--append needs -o/--output naming the graph to merge into");
    settings.append_to = opt.output;
  }

  const bool show_progress = !global.quiet && ::isatty(STDERR_FILENO);
  bool unreadable = false;
  auto on_skip = [&](const Skip& s) {
    if (show_progress) std::cerr << "\r\033[K";
    report_error(s.source + ": " + s.reason);
    if (unreadable_input(s)) unreadable = true;
  };
  std::size_t last_shown = 0;
  auto on_progress = [&](const BuildReport& r) {
    const std::size_t n = r.documents + r.events + r.graphs;
    if (show_progress && n >= last_shown + 500) {
      last_shown = n;
      std::cerr << "\rread " << r.documents << " documents, " << r.events << " events" << std::flush;
    }
  };
  BuildReport report;
  GraphData graph = run_build(settings, report, on_skip, on_progress);
  if (show_progress && last_shown > 0) std::cerr << "\r\033[K";

  if (global.strict && !report.skipped.empty()) {
    report_error(std::to_string(report.skipped.size()) + " input record(s) skipped; --strict: no graph written");
    return kExitError;
  }
  if (opt.output.empty()) {
    write_graph_json(std::cout, graph);
    std::cout.flush();
  } else {
    write_file_atomically(opt.output, [&](std::ostream& out) { write_graph_json(out, graph); });
  }
  if (!global.quiet && !report.skipped.empty())
    report_error(std::to_string(report.skipped.size()) + " input record(s) skipped (listed under \"skipped\")");
  return unreadable ? kExitError : kExitOk;
}

}  // namespace chronograph::cli
