#include <filesystem>
#include <iostream>

#include "chronograph/error.hpp"
#include "chronograph/graph/graph_json.hpp"
#include "chronograph/output/atomic_file.hpp"
#include "chronograph/query/query.hpp"
#include "chronograph/render/render.hpp"
#include "commands.hpp"

namespace chronograph::cli {

void setup_render(CLI::App& app, RenderCommandOptions& opt) {
  app.add_option("graph", opt.graph, "Graph JSON written by chronograph build")->required();
  app.add_option("--view", opt.view, "timeline or relations")->required()->check(CLI::IsMember({"timeline", "relations"}));
  app.add_option("-o,--output", opt.output, "Output file (written whole or not at all); stdout when absent");
  app.add_option("--format", opt.format, "svg, png, pdf or dot (default: from -o's extension, else svg)")
      ->check(CLI::IsMember({"svg", "png", "pdf", "dot"}));
  app.add_option("--from", opt.from, "Only what reaches this date or later (TIMEX3 date)");
  app.add_option("--to", opt.to, "Only what starts on or before this date");
  app.add_option("--actor", opt.actors, "Only events of this actor (timeline) / its ego network (relations); repeatable");
  app.add_option("--type", opt.types, "Only events of this type; repeatable");
  app.add_option("--top", opt.top, "Timeline: number of actor swimlanes (default 8); relations: most connected actors");
  app.add_option("--depth", opt.depth, "Relations: ego network depth around --actor (default 1)");
  app.add_option("--lang", opt.lang, "Labels: en, ar or both")->check(CLI::IsMember({"en", "ar", "both"}));
  app.add_option("--theme", opt.theme, "Theme JSON (see viz/themes/default.json)");
  app.add_option("--engine", opt.engine, "Relations: Graphviz layout engine (default by size: neato, sfdp)")
      ->check(CLI::IsMember({"dot", "neato", "fdp", "sfdp", "circo", "twopi"}));
}

int run_render(const RenderCommandOptions& opt, const GlobalOptions&) {
  RenderOptions options;
  options.view = opt.view == "relations" ? View::relations : View::timeline;
  options.format = opt.format;
  if (options.format.empty()) {
    std::string ext = std::filesystem::path(opt.output).extension().string();
    if (!ext.empty()) ext.erase(0, 1);
    if (ext == "svg" || ext == "png" || ext == "pdf" || ext == "dot" || ext == "gv")
      options.format = ext == "gv" ? "dot" : ext;
    else if (!opt.output.empty())
      throw Error("cannot tell the format from '" + opt.output + "': use --format svg|png|pdf|dot");
    else
      options.format = "svg";
  }
  options.language = opt.lang == "ar" ? LabelLanguage::ar : opt.lang == "both" ? LabelLanguage::both : LabelLanguage::en;
  options.filter.from = date_bound(opt.from, true, "--from");
  options.filter.to = date_bound(opt.to, false, "--to");
  options.filter.types = opt.types;
  options.filter.top = opt.top;
  if (opt.depth) options.filter.depth = *opt.depth;
  options.engine = opt.engine;
  Theme theme;
  if (!opt.theme.empty()) {
    theme = load_theme(opt.theme);
    options.theme = &theme;
  }
  const Graph graph(read_graph_json(opt.graph));
  int code = kExitOk;
  for (const auto& name : opt.actors) {
    auto a = resolve_actor(graph, name, code);
    if (!a) return code;
    options.filter.actors.push_back(*a);
  }
  RenderResult result;
  try {
    result = render(graph, options);
  } catch (const Error& e) {
    if (e.message().rfind("no ", 0) == 0) {  // the filters left nothing: a query that matched nothing
      report_error(e.message());
      return kExitNoMatch;
    }
    throw;
  }
  if (opt.output.empty()) {
    std::cout << result.bytes;
  } else {
    write_file_atomically(opt.output, [&](std::ostream& out) { out << result.bytes; });
  }
  return kExitOk;
}

}  // namespace chronograph::cli
