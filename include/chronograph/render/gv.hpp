#pragma once
// Graphviz in-process: a cgraph graph built attribute by attribute, laid out and rendered by libgvc.

#include <string>

#include <graphviz/cgraph.h>

namespace chronograph {

// Owns one cgraph graph. Objects are created in a fixed order, so its DOT is deterministic.
class GvGraph {
 public:
  GvGraph(const std::string& name, bool directed);
  ~GvGraph();
  GvGraph(const GvGraph&) = delete;
  GvGraph& operator=(const GvGraph&) = delete;

  Agnode_t* node(const std::string& id);
  Agedge_t* edge(Agnode_t* tail, Agnode_t* head);
  void set(void* object, const char* name, const std::string& value);
  void graph(const char* name, const std::string& value) { set(graph_, name, value); }
  // Declares a default attribute value for every node / edge.
  void node_default(const char* name, const std::string& value);
  void edge_default(const char* name, const std::string& value);

  std::size_t node_count() const;
  std::size_t edge_count() const;
  Agraph_t* raw() const { return graph_; }

  // The graph as DOT, before layout: what `--format dot` writes.
  std::string dot() const;
  // Lays out with `engine` (dot, neato, sfdp, nop2 …) and renders to `format` (svg, png, pdf) in memory.
  // Throws Error naming the engine or format when Graphviz fails.
  std::string render(const std::string& engine, const std::string& format) const;

 private:
  Agraph_t* graph_ = nullptr;
  std::string* sink_;  // agwrite's channel
};

// Label text as Graphviz should show it: backslashes doubled (Graphviz reads \N, \l … as escapes) and
// control characters turned into spaces. DOT quoting itself is done by cgraph.
std::string gv_clean(const std::string& text);

}  // namespace chronograph
