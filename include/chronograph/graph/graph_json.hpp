#pragma once
// Stage: graph -> graph JSON and back (docs/FORMATS.md).

#include <iosfwd>
#include <string>

#include "chronograph/model.hpp"

namespace chronograph {

// Writes the graph JSON: one top-level key a line and one array element a line, so the file diffs
// well and is written record by record (no document-wide DOM).
void write_graph_json(std::ostream& out, const GraphData& graph);

// Reads a graph JSON file. Throws Error naming the file (and line for malformed JSON, format and
// version for a file that is not a chronograph graph).
GraphData read_graph_json(const std::string& path);
GraphData parse_graph_json(std::string_view content, const std::string& name);

}  // namespace chronograph
