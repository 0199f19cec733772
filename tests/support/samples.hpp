#pragma once
// The graph built from the curated events of samples/ (events.csv, events.jsonl), once per test process: the
// query, render and export tests count its events and relations, which extraction from the sample articles
// would change whenever the event stage improves (the whole samples/ graph is covered by the golden files).

#include <string>

#include "chronograph/pipeline.hpp"

namespace chronograph::testing {

// The curated event files of samples/.
inline std::vector<std::string> curated_sample_inputs() {
  return {std::string(CHRONOGRAPH_SAMPLES_DIR) + "/events.csv", std::string(CHRONOGRAPH_SAMPLES_DIR) + "/events.jsonl"};
}

inline const Graph& sample_graph() {
  static const Graph graph = [] {
    BuildSettings settings;
    settings.inputs = curated_sample_inputs();
    BuildReport report;
    return Graph(run_build(settings, report));
  }();
  return graph;
}

}  // namespace chronograph::testing
