#pragma once
// Stage: graph -> graph JSON and back (docs/FORMATS.md).

#include <iosfwd>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/model.hpp"

namespace chronograph {

// Writes the graph JSON: one top-level key a line and one array element a line, so the file diffs
// well, is written record by record (no document-wide DOM), and can be read section by section.
void write_graph_json(std::ostream& out, const GraphData& graph);

// Reads a whole graph JSON. Throws Error naming the file (and line for malformed JSON; format and
// version for a file that is not a chronograph graph).
GraphData read_graph_json(const std::string& path);
GraphData parse_graph_json(std::string_view content, const std::string& name);

// Which parts of a graph file to parse.
struct GraphSections {
  bool documents = true;
  bool actors = true;
  bool events = true;
  bool relations = true;
  bool chronology = true;
  bool skipped = true;
};

// A graph file read lazily: queries parse only the sections, or the records, they need. Files in the
// layout write_graph_json produces are indexed line by line; any other valid graph JSON (re-indented
// by another tool, say) is parsed whole on open, and the same calls answer from that.
class GraphFile {
 public:
  explicit GraphFile(const std::string& path);
  // The same over content already in memory; `name` is used in messages.
  GraphFile(std::string name, std::string content);

  // The chosen sections; the others are left empty.
  GraphData load(const GraphSections& sections) const;
  // Relations whose source or target is `actor_id`.
  std::vector<Relation> relations_of(const std::string& actor_id) const;
  // Events with these ids.
  std::vector<Event> events_with_ids(const std::set<std::string>& ids) const;

 private:
  struct Section {
    std::vector<std::pair<std::size_t, std::size_t>> lines;  // (byte offset, length) of each record
    std::size_t first_line = 0;                               // 1-based line number of the first record
  };
  template <typename T, typename Keep>
  std::vector<T> parse_section(const Section& s, Keep&& keep_line) const;
  void index();

  std::string path_;
  std::string content_;
  std::optional<GraphData> whole_;  // set when the file is not in the line layout
  Section documents_, actors_, events_, relations_, skipped_, warnings_;
  std::pair<std::size_t, std::size_t> chronology_{0, 0};
  std::size_t chronology_line_ = 0;
};

}  // namespace chronograph
