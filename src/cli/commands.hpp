#pragma once
// Subcommands of the chronograph executable: each has an options struct, a setup_ function that
// declares its options on the CLI11 app, and a run_ function that validates them and calls the library.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace chronograph::cli {

struct GlobalOptions {
  bool quiet = false;
  bool strict = false;
};

// Exit codes (CONTRACT.md): 0 success, 1 a query matched nothing, 2 usage error or unreadable input.
inline constexpr int kExitOk = 0;
inline constexpr int kExitNoMatch = 1;
inline constexpr int kExitError = 2;

// "chronograph: <message>" on stderr.
void report_error(const std::string& message);

}  // namespace chronograph::cli

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/graph/graph.hpp"
#include "chronograph/ingest/ingest.hpp"

namespace chronograph::cli {

// Resolves ACTOR to one actor; otherwise reports why (no match: exit 1; ambiguous: exit 2 with the
// candidates) and sets exit_code.
std::optional<std::size_t> resolve_actor(const Graph& graph, const std::string& name, int& exit_code);
// A --from/--to bound: the first (start) or last day of a TIMEX3 date; throws Error naming the flag.
std::optional<Day> date_bound(const std::string& text, bool start, const char* flag);

// Whether a skip means an input could not be read at all (exit 2 after the rest is processed, CONTRACT.md).
inline bool unreadable_input(const Skip& s) {
  return s.reason == "no such file or directory" || s.reason == "cannot open file";
}

// The options of every command that reads articles (CONTRACT.md "Inputs").
struct InputOptions {
  std::vector<std::string> inputs;
  std::string dct;
  std::string lang = "auto";
  std::string text_field, date_field, id_field = "id", title_field = "title";
  std::vector<std::string> lexicons;  // --lexicon: actor lexicons added to the built-in one
};
void setup_inputs(CLI::App& app, InputOptions& opt);
// The built-in actor recogniser, or — when --lexicon files add to it — one of our own, kept in `own`.
const ActorRecognizer& actor_recognizer_for(const InputOptions& opt, std::unique_ptr<ActorRecognizer>& own);
// Validated: --dct parsed (an Error names the flag).
IngestOptions ingest_options(const InputOptions& opt);

struct BuildOptions {
  InputOptions input;
  std::string output;
  bool append = false;
};
void setup_build(CLI::App& app, BuildOptions& opt);
int run_build(const BuildOptions& opt, const GlobalOptions& global);

struct QueryOptions {
  std::string graph;
  std::string format = "text";
  std::string verb;               // neighbors | path | events | actors
  std::vector<std::string> names;  // ACTOR or ACTOR ACTOR
  std::vector<std::string> actors; // events --actor
  std::string from, to;
  std::vector<std::string> types;
  std::size_t top = 0;
  std::string by = "degree";
};
void setup_query(CLI::App& app, QueryOptions& opt);
int run_query(const QueryOptions& opt, const GlobalOptions& global);

struct RenderCommandOptions {
  std::string graph, view, output, format, from, to, lang = "en", theme, engine;
  std::vector<std::string> actors, types;
  std::size_t top = 0;
  std::optional<std::size_t> depth;
};
void setup_render(CLI::App& app, RenderCommandOptions& opt);
int run_render(const RenderCommandOptions& opt, const GlobalOptions& global);

struct AnnotateOptions {
  InputOptions input;
  std::string format = "json", output_dir;
};
void setup_annotate(CLI::App& app, AnnotateOptions& opt);
int run_annotate(const AnnotateOptions& opt, const GlobalOptions& global);

struct TimelineOptions {
  InputOptions input;
  std::vector<std::string> entities;
  std::string output;
  std::string format = "tsv";
};
void setup_timeline(CLI::App& app, TimelineOptions& opt);
int run_timeline(const TimelineOptions& opt, const GlobalOptions& global);

struct ExportCommandOptions {
  std::string graph, to, output, lang = "en";
};
void setup_export(CLI::App& app, ExportCommandOptions& opt);
int run_export(const ExportCommandOptions& opt, const GlobalOptions& global);

}  // namespace chronograph::cli
