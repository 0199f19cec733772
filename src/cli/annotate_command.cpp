#include <filesystem>
#include <iostream>

#include <unistd.h>

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/error.hpp"
#include "chronograph/ingest/ingest.hpp"
#include "chronograph/output/atomic_file.hpp"
#include "chronograph/output/json_writer.hpp"
#include "chronograph/output/timeml.hpp"
#include "chronograph/pipeline.hpp"
#include "commands.hpp"

namespace chronograph::cli {

void setup_annotate(CLI::App& app, AnnotateOptions& opt) {
  setup_inputs(app, opt.input);
  app.add_option("--format", opt.format, "json (JSON Lines, one object per document) or timeml")
      ->check(CLI::IsMember({"json", "timeml"}));
  app.add_option("--output-dir", opt.output_dir, "With --format timeml: write one .tml file per document here");
}

namespace {

// Annotates each document as it is read and writes it at once: a pure per-document mapper.
class AnnotateSink : public RecordSink {
 public:
  AnnotateSink(const AnnotateOptions& opt, const ActorRecognizer& actors) : opt_(opt), actors_(actors) {}
  bool detects_language() const override { return true; }
  void document(Document&& doc) override {
    Annotation a;
    a.document = std::move(doc);
    annotate(a, actors_, true);
    write(a);
  }
  void annotation(Annotation&& a) override {
    annotate(a, actors_);
    write(a);
  }
  void skipped(const Skip& s) override {
    report_error(s.source + ": " + s.reason);
    ++skips;
    unreadable = unreadable || unreadable_input(s);
  }
  std::size_t skips = 0;
  bool unreadable = false;

 private:
  std::string line_;  // reused for each record's JSON line
  void write(const Annotation& a) {
    if (opt_.format == "json") {
      line_.clear();
      append_json(line_, a);
      line_ += '\n';
      std::cout.write(line_.data(), static_cast<std::streamsize>(line_.size()));
      return;
    }
    const std::string tml = to_timeml(a);
    if (opt_.output_dir.empty()) {
      std::cout << tml;
      return;
    }
    std::string name = a.document.id;
    for (char& c : name)
      if (c == '/' || c == '#' || c == '\\' || c == ':') c = '_';
    if (name.size() < 4 || name.substr(name.size() - 4) != ".tml") name += ".tml";
    write_file_atomically((std::filesystem::path(opt_.output_dir) / name).string(), [&](std::ostream& out) { out << tml; });
  }
  const AnnotateOptions& opt_;
  const ActorRecognizer& actors_;
};

}  // namespace

int run_annotate(const AnnotateOptions& opt, const GlobalOptions& global) {
  const IngestOptions options = ingest_options(opt.input);
  if (!opt.output_dir.empty() && !std::filesystem::is_directory(opt.output_dir))
    throw Error("--output-dir: no such directory", opt.output_dir);
  std::ios::sync_with_stdio(false);
  std::unique_ptr<ActorRecognizer> own;
  AnnotateSink sink(opt, actor_recognizer_for(opt.input, own));
  ingest(opt.input.inputs, options, sink);
  std::cout.flush();
  if (global.strict && sink.skips > 0) return kExitError;
  return sink.unreadable ? kExitError : kExitOk;
}

}  // namespace chronograph::cli
