#include "chronograph/graph/graph_json.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <ostream>
#include <sstream>

#include "chronograph/error.hpp"
#include "chronograph/output/json_writer.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {
namespace {

constexpr std::string_view kHeader = "{\"format\": \"chronograph-graph\", \"version\": 1,";

// One element per line (GraphFile's index relies on it), each written without a DOM (json_writer.hpp); the
// lines go out through one buffer flushed every 64 KiB.
template <typename T>
void write_array(std::ostream& out, const char* key, const std::vector<T>& items, bool last = false) {
  std::string buffer = std::string("\"") + key + "\": [";
  for (std::size_t i = 0; i < items.size(); ++i) {
    buffer += i ? ",\n  " : "\n  ";
    append_json(buffer, items[i]);
    if (buffer.size() >= 65536) {
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  }
  buffer += items.empty() ? "]" : "\n]";
  buffer += last ? "\n" : ",\n";
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot open graph file", path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

void write_graph_json(std::ostream& out, const GraphData& g) {
  static_assert(kGraphVersion == 1, "kHeader spells the version");
  out << kHeader << '\n';
  write_array(out, "documents", g.documents);
  write_array(out, "actors", g.actors);
  write_array(out, "events", g.events);
  write_array(out, "relations", g.relations);
  out << "\"chronology\": " << to_json_text(g.chronology) << ",\n";
  write_array(out, "skipped", g.skipped);
  write_array(out, "warnings", g.warnings, true);
  out << "}\n";
}

GraphData parse_graph_json(std::string_view content, const std::string& name) {
  Json j;
  try {
    j = Json::parse(content);
  } catch (const Json::parse_error& e) {
    throw Error("malformed JSON in graph file", name, line_of_byte(content, e.byte > 0 ? e.byte - 1 : 0));
  } catch (const Json::exception& e) {  // e.g. a number too large for any JSON number type
    throw Error(std::string("unreadable JSON in graph file: ") + e.what(), name);
  }
  try {
    return j.get<GraphData>();
  } catch (const Error& e) {
    throw Error(e.message(), name);
  } catch (const Json::exception& e) {
    throw Error(std::string("bad graph JSON: ") + e.what(), name);
  }
}


GraphFile::GraphFile(const std::string& path) : path_(path), content_(slurp(path)) { index(); }

GraphFile::GraphFile(std::string name, std::string content) : path_(std::move(name)), content_(std::move(content)) {
  index();
}

void GraphFile::index() {
  // Index the line layout of write_graph_json; anything unexpected means "parse it whole".
  const std::string_view c = content_;
  bool layout = c.substr(0, kHeader.size()) == kHeader && c.size() > kHeader.size() && c[kHeader.size()] == '\n';
  std::size_t pos = kHeader.size() + 1, line = 2;
  Section* open = nullptr;
  auto next_line = [&](std::string_view& out) {
    if (pos >= c.size()) return false;
    const auto nl = c.find('\n', pos);
    const std::size_t end = nl == std::string_view::npos ? c.size() : nl;
    out = c.substr(pos, end - pos);
    pos = end + 1;
    ++line;
    return true;
  };
  std::string_view l;
  bool closed = false;
  while (layout && next_line(l)) {
    const std::size_t this_line = line - 1, offset = static_cast<std::size_t>(l.data() - c.data());
    if (open) {
      if (l == "]," || l == "]") {
        open = nullptr;
        closed = l == "]";
        continue;
      }
      if (l.size() < 3 || l.substr(0, 2) != "  ") {
        layout = false;
        break;
      }
      const std::size_t len = l.back() == ',' ? l.size() - 3 : l.size() - 2;
      if (open->lines.empty()) open->first_line = this_line;
      open->lines.emplace_back(offset + 2, len);
      continue;
    }
    if (closed) {
      layout = l == "}";
      break;
    }
    static const std::pair<std::string_view, Section GraphFile::*> kSections[] = {
        {"\"documents\": [", &GraphFile::documents_}, {"\"actors\": [", &GraphFile::actors_},
        {"\"events\": [", &GraphFile::events_},       {"\"relations\": [", &GraphFile::relations_},
        {"\"skipped\": [", &GraphFile::skipped_},     {"\"warnings\": [", &GraphFile::warnings_}};
    bool matched = false;
    for (const auto& [prefix, member] : kSections) {
      if (l.substr(0, prefix.size()) != prefix) continue;
      matched = true;
      const std::string_view rest = l.substr(prefix.size());
      if (rest == "],") break;
      if (rest == "]") {
        closed = true;
        break;
      }
      if (!rest.empty()) layout = false;
      open = &(this->*member);
      break;
    }
    if (matched) continue;
    constexpr std::string_view kChronology = "\"chronology\": ";
    if (l.substr(0, kChronology.size()) == kChronology && l.size() > kChronology.size() + 1 && l.back() == ',') {
      chronology_ = {offset + kChronology.size(), l.size() - kChronology.size() - 1};
      chronology_line_ = this_line;
      continue;
    }
    layout = false;
  }
  if (!layout || !closed) {
    documents_ = actors_ = events_ = relations_ = skipped_ = warnings_ = Section{};
    whole_ = parse_graph_json(content_, path_);
    content_.clear();
    content_.shrink_to_fit();
  }
}

template <typename T, typename Keep>
std::vector<T> GraphFile::parse_section(const Section& s, Keep&& keep_line) const {
  std::vector<T> out;
  for (std::size_t i = 0; i < s.lines.size(); ++i) {
    const std::string_view text(content_.data() + s.lines[i].first, s.lines[i].second);
    if (!keep_line(text)) continue;
    try {
      out.push_back(Json::parse(text).get<T>());
    } catch (const Json::parse_error&) {
      throw Error("malformed JSON in graph file", path_, s.first_line + i);
    } catch (const Error& e) {
      throw Error(e.message(), path_, s.first_line + i);
    } catch (const Json::exception& e) {
      throw Error(std::string("bad graph JSON: ") + e.what(), path_, s.first_line + i);
    }
  }
  return out;
}

GraphData GraphFile::load(const GraphSections& want) const {
  if (whole_) {
    GraphData g = *whole_;
    if (!want.documents) g.documents.clear();
    if (!want.actors) g.actors.clear();
    if (!want.events) g.events.clear();
    if (!want.relations) g.relations.clear();
    if (!want.chronology) g.chronology.clear();
    if (!want.skipped) g.skipped.clear();
    return g;
  }
  auto all = [](std::string_view) { return true; };
  GraphData g;
  if (want.documents) g.documents = parse_section<Document>(documents_, all);
  if (want.actors) g.actors = parse_section<Actor>(actors_, all);
  if (want.events) g.events = parse_section<Event>(events_, all);
  if (want.relations) g.relations = parse_section<Relation>(relations_, all);
  if (want.skipped) g.skipped = parse_section<Skip>(skipped_, all);
  g.warnings = parse_section<std::string>(warnings_, all);
  if (want.chronology && chronology_.second > 0) {
    try {
      g.chronology = Json::parse(std::string_view(content_.data() + chronology_.first, chronology_.second))
                         .get<std::vector<std::string>>();
    } catch (const Json::exception&) {
      throw Error("malformed chronology in graph file", path_, chronology_line_);
    }
  }
  return g;
}

std::vector<Relation> GraphFile::relations_of(const std::string& actor_id) const {
  std::vector<Relation> out;
  if (whole_) {
    for (const auto& r : whole_->relations)
      if (r.source == actor_id || r.target == actor_id) out.push_back(r);
    return out;
  }
  // Only lines that hold the id as a JSON string can match; the parsed record decides.
  const std::string quoted = OrderedJson(actor_id).dump();
  for (auto& r : parse_section<Relation>(relations_, [&](std::string_view line) {
         return line.find(quoted) != std::string_view::npos;
       }))
    if (r.source == actor_id || r.target == actor_id) out.push_back(std::move(r));
  return out;
}

std::vector<Event> GraphFile::events_with_ids(const std::set<std::string>& ids) const {
  std::vector<Event> out;
  if (whole_) {
    for (const auto& e : whole_->events)
      if (ids.count(e.id)) out.push_back(e);
    return out;
  }
  std::set<std::string> prefixes;
  for (const auto& id : ids) prefixes.insert("{\"id\":" + OrderedJson(id).dump() + ",");
  for (auto& e : parse_section<Event>(events_, [&](std::string_view line) {
         const auto comma = line.find(',');
         return comma != std::string_view::npos && prefixes.count(std::string(line.substr(0, comma + 1)));
       }))
    if (ids.count(e.id)) out.push_back(std::move(e));
  return out;
}

GraphData read_graph_json(const std::string& path) {
  // Record by record where the layout allows: no document-wide DOM, several times the file's size.
  return GraphFile(path).load(GraphSections{});
}

}  // namespace chronograph
