#include <iostream>

#include "chronograph/error.hpp"
#include "chronograph/export/export.hpp"
#include "chronograph/graph/graph_json.hpp"
#include "chronograph/output/atomic_file.hpp"
#include "commands.hpp"

namespace chronograph::cli {

void setup_export(CLI::App& app, ExportCommandOptions& opt) {
  app.add_option("graph", opt.graph, "Graph JSON written by chronograph build")->required();
  std::string names;
  for (const auto& n : exporter_names()) names += (names.empty() ? "" : ", ") + n;
  app.add_option("--to", opt.to, "Format: " + names)->required();
  app.add_option("-o,--output", opt.output, "Output file (written whole or not at all); stdout when absent");
  app.add_option("--lang", opt.lang, "Labels: en, ar or both")->check(CLI::IsMember({"en", "ar", "both"}));
}

int run_export(const ExportCommandOptions& opt, const GlobalOptions&) {
  const auto exporter = make_exporter(opt.to);  // an unknown name fails before any reading
  ExportOptions options;
  options.language = opt.lang == "ar" ? LabelLanguage::ar : opt.lang == "both" ? LabelLanguage::both : LabelLanguage::en;
  const Graph graph(read_graph_json(opt.graph));
  if (opt.output.empty()) {
    exporter->write(graph, options, std::cout);
  } else {
    write_file_atomically(opt.output, [&](std::ostream& out) { exporter->write(graph, options, out); });
  }
  return kExitOk;
}

}  // namespace chronograph::cli
