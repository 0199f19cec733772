// The chronograph executable: parses the command line and hands over to a subcommand.
#include <iostream>

#include "chronograph/error.hpp"
#include "commands.hpp"

int main(int argc, char** argv) {
  using namespace chronograph::cli;
  CLI::App app{"chronograph: dated chronologies and actor graphs from news articles"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "chronograph 0.1.0");
  GlobalOptions global;
  app.add_flag("-q,--quiet", global.quiet, "No progress on stderr");
  app.add_flag("--strict", global.strict, "Exit 2 when any input record is skipped");

  AnnotateOptions annotate;
  BuildOptions build;
  QueryOptions query;
  RenderCommandOptions render;
  ExportCommandOptions exporting;
  TimelineOptions timeline;
  setup_annotate(*app.add_subcommand("annotate", "Timexes, actor mentions and events of each document, as JSON Lines (or timexes as TimeML)"), annotate);
  setup_build(*app.add_subcommand("build", "Build the graph JSON from articles, curated events, annotations or graphs"), build);
  setup_query(*app.add_subcommand("query", "Ask a graph JSON about actors, paths and events"), query);
  setup_render(*app.add_subcommand("render", "Draw the timeline or the relationship diagram (SVG, PNG, PDF, DOT)"), render);
  setup_timeline(*app.add_subcommand("timeline", "Entity timelines from articles: the events each --entity takes part in, dated and ordered (SemEval-2015 Task 4 format)"), timeline);
  setup_export(*app.add_subcommand("export", "Write the graph for other tools: GraphML, GEXF, JGF, Cytoscape.js, TimelineJS, vis-timeline, DOT"), exporting);

  // --quiet and --strict may also follow the subcommand: `chronograph build … --strict`.
  for (auto* sub : app.get_subcommands({})) sub->fallthrough();
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    report_error(std::string(e.what()) + " (see chronograph --help)");
    return kExitError;
  }
  try {
    if (app.got_subcommand("annotate")) return run_annotate(annotate, global);
    if (app.got_subcommand("build")) return run_build(build, global);
    if (app.got_subcommand("query")) return run_query(query, global);
    if (app.got_subcommand("render")) return run_render(render, global);
    if (app.got_subcommand("export")) return run_export(exporting, global);
    if (app.got_subcommand("timeline")) return run_timeline(timeline, global);
  } catch (const chronograph::Error& e) {
    report_error(e.what());
    return kExitError;
  } catch (const std::exception& e) {
    report_error(std::string("internal error: ") + e.what());
    return kExitError;
  }
  return kExitError;
}
