#pragma once
// The graph built from samples/, once per test process.

#include "chronograph/pipeline.hpp"

namespace chronograph::testing {

inline const Graph& sample_graph() {
  static const Graph graph = [] {
    BuildSettings settings;
    settings.inputs = {CHRONOGRAPH_SAMPLES_DIR};
    BuildReport report;
    return Graph(run_build(settings, report));
  }();
  return graph;
}

}  // namespace chronograph::testing
