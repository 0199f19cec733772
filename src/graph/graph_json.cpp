#include "chronograph/graph/graph_json.hpp"

#include <algorithm>
#include <fstream>
#include <ostream>
#include <sstream>

#include "chronograph/error.hpp"

namespace chronograph {
namespace {

template <typename T>
void write_array(std::ostream& out, const char* key, const std::vector<T>& items, bool last = false) {
  out << '"' << key << "\": [";
  for (std::size_t i = 0; i < items.size(); ++i) {
    out << (i ? ",\n  " : "\n  ") << OrderedJson(items[i]).dump();
  }
  out << (items.empty() ? "]" : "\n]") << (last ? "\n" : ",\n");
}

}  // namespace

void write_graph_json(std::ostream& out, const GraphData& g) {
  out << "{\"format\": \"" << kGraphFormat << "\", \"version\": " << kGraphVersion << ",\n";
  write_array(out, "documents", g.documents);
  write_array(out, "actors", g.actors);
  write_array(out, "events", g.events);
  write_array(out, "relations", g.relations);
  out << "\"chronology\": " << OrderedJson(g.chronology).dump() << ",\n";
  write_array(out, "skipped", g.skipped);
  write_array(out, "warnings", g.warnings, true);
  out << "}\n";
}

GraphData parse_graph_json(std::string_view content, const std::string& name) {
  Json j;
  try {
    j = Json::parse(content);
  } catch (const Json::parse_error& e) {
    const std::size_t at = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, content.size());
    const auto line = static_cast<std::size_t>(std::count(content.begin(), content.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
    throw Error("malformed JSON in graph file", name, line);
  }
  try {
    return j.get<GraphData>();
  } catch (const Error& e) {
    throw Error(e.message(), name);
  } catch (const Json::exception& e) {
    throw Error(std::string("bad graph JSON: ") + e.what(), name);
  }
}

GraphData read_graph_json(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot open graph file", path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return parse_graph_json(buffer.str(), path);
}

}  // namespace chronograph
