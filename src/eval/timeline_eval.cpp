// Temporal awareness of entity timelines (include/chronograph/eval/timeline_eval.hpp).
#include "chronograph/eval/timeline_eval.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>
#include <vector>

#include "chronograph/error.hpp"
#include "chronograph/ingest/ingest.hpp"
#include "chronograph/temporal/calendar.hpp"

namespace chronograph {

void AwarenessCounts::add(const AwarenessCounts& o) {
  system += o.system;
  system_correct += o.system_correct;
  gold += o.gold;
  gold_found += o.gold_found;
}

double AwarenessCounts::precision() const { return system ? static_cast<double>(system_correct) / static_cast<double>(system) : 0.0; }
double AwarenessCounts::recall() const { return gold ? static_cast<double>(gold_found) / static_cast<double>(gold) : 0.0; }
double AwarenessCounts::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

namespace {

enum class Rel { none, simultaneous, before, after };

// The graph of one timeline: classes of SIMULTANEOUS nodes, their order, and the reduced relations.
class TimelineGraph {
 public:
  explicit TimelineGraph(const EntityTimeline& t) {
    // Union-find over node names; "s:<order>" are helper nodes joining a line's events, never members.
    std::map<std::string, std::string> parent;
    auto find = [&](std::string x) {
      parent.try_emplace(x, x);
      while (parent[x] != x) x = parent[x] = parent[parent[x]];
      return x;
    };
    auto unite = [&](const std::string& a, const std::string& b) {
      const std::string ra = find(a), rb = find(b);
      if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
    };
    std::map<std::string, std::vector<int>> orders;  // node -> orders of its lines (> 0)
    for (const auto& line : t.lines) {
      const std::string slot = "s:" + std::to_string(line.order);
      find(slot);
      const bool dated = line.date != "XXXX-XX-XX";
      if (dated) unite(slot, "t:" + line.date);
      if (line.order == 0) unite(slot, "u:");
      for (const auto& e : line.events) {
        const std::string node = "e:" + to_string(e);
        unite(slot, node);
        if (line.order > 0) orders[node].push_back(line.order);
      }
      if (dated && line.order > 0) orders["t:" + line.date].push_back(line.order);
    }
    std::map<std::string, std::size_t> class_of_root;
    for (const auto& [name, unused] : parent) {
      if (name.starts_with("s:")) continue;
      const std::string root = find(name);
      auto [it, fresh] = class_of_root.try_emplace(root, classes_.size());
      if (fresh) classes_.push_back({});
      Class& c = classes_[it->second];
      c.members.push_back(name);  // parent is a sorted map: members come sorted
      node_class_[name] = it->second;
      for (int o : orders[name]) {
        c.first = c.first < 0 ? o : std::min(c.first, o);
        c.last = std::max(c.last, o);
      }
    }
    for (Class& c : classes_) {
      // "e:" < "t:" < "u:": prefer a time node as the representative.
      auto time = std::find_if(c.members.begin(), c.members.end(), [](const std::string& m) { return !m.starts_with("e:"); });
      c.rep = time != c.members.end() ? *time : c.members.front();
      for (const auto& m : c.members)
        if (m != c.rep) reduced_.push_back({c.rep, m, Rel::simultaneous});
    }
    // Immediate successors among ordered classes.
    for (std::size_t a = 0; a < classes_.size(); ++a)
      for (std::size_t b = 0; b < classes_.size(); ++b) {
        if (!precedes(a, b)) continue;
        bool direct = true;
        for (std::size_t c = 0; c < classes_.size() && direct; ++c) direct = !(precedes(a, c) && precedes(c, b));
        if (direct) reduced_.push_back({classes_[a].rep, classes_[b].rep, Rel::before});
      }
  }

  struct Edge {
    std::string a, b;
    Rel rel;
  };
  const std::vector<Edge>& reduced() const { return reduced_; }

  // The relation the closure holds between two nodes.
  Rel relation(const std::string& a, const std::string& b) const {
    auto ia = node_class_.find(a), ib = node_class_.find(b);
    if (ia == node_class_.end() || ib == node_class_.end()) return Rel::none;
    if (ia->second == ib->second) return Rel::simultaneous;
    if (precedes(ia->second, ib->second)) return Rel::before;
    if (precedes(ib->second, ia->second)) return Rel::after;
    return Rel::none;
  }

 private:
  struct Class {
    std::vector<std::string> members;
    std::string rep;
    int first = -1, last = -1;  // orders; -1: not ordered
  };
  bool precedes(std::size_t a, std::size_t b) const {
    const Class &x = classes_[a], &y = classes_[b];
    return a != b && x.first > 0 && y.first > 0 && x.last < y.first;
  }
  std::vector<Class> classes_;
  std::map<std::string, std::size_t> node_class_;
  std::vector<Edge> reduced_;
};

std::size_t held(const TimelineGraph& from, const TimelineGraph& closure) {
  return static_cast<std::size_t>(std::count_if(from.reduced().begin(), from.reduced().end(), [&](const TimelineGraph::Edge& e) {
    return closure.relation(e.a, e.b) == e.rel;
  }));
}

}  // namespace

AwarenessCounts score_entity_timeline(const EntityTimeline& gold, const EntityTimeline& system) {
  const TimelineGraph g(gold), s(system);
  AwarenessCounts c;
  c.system = s.reduced().size();
  c.system_correct = held(s, g);
  c.gold = g.reduced().size();
  c.gold_found = held(g, s);
  return c;
}

}  // namespace chronograph

// ---- readers ----

namespace chronograph {

namespace {

std::string strip_tags(std::string_view s) {
  std::string out;
  bool in_tag = false;
  for (char c : s) {
    if (c == '<') in_tag = true;
    else if (c == '>') in_tag = false;
    else if (!in_tag) out += c;
  }
  return decode_entities(out);
}

std::optional<Day> creation_time(std::string_view xml) {
  for (std::size_t pos = 0; (pos = xml.find("<TIMEX3", pos)) != std::string_view::npos; ++pos) {
    const std::string_view tag = xml.substr(pos, xml.find('>', pos) - pos);
    if (tag_attribute(tag, "functionInDocument") != "CREATION_TIME") continue;
    const std::string value = tag_attribute(tag, "value");
    if (value.size() >= 10) {
      try {
        return parse_day(std::string_view(value).substr(0, 10));
      } catch (const Error&) {
        return std::nullopt;
      }
    }
  }
  return std::nullopt;
}

}  // namespace

namespace {

// Calls f(n, content) for each <element …>content</element>, n being its numeric `attribute` (a sentence number).
template <class F>
void numbered_elements(std::string_view xml, const std::string& element, const char* attribute, const std::string& name, F f) {
  const std::string open = "<" + element + " ", close = "</" + element + ">";
  for (std::size_t pos = 0; (pos = xml.find(open, pos)) != std::string_view::npos;) {
    const auto tag_end = xml.find('>', pos);
    const auto end = xml.find(close, pos);
    if (tag_end == std::string_view::npos || end == std::string_view::npos || end < tag_end) throw Error("unterminated <" + element + ">", name);
    const std::string number = tag_attribute(xml.substr(pos, tag_end - pos), attribute);
    std::size_t n = 0;
    try {
      n = static_cast<std::size_t>(std::stoul(number));
    } catch (const std::exception&) {
      throw Error("a sentence number is not a number: " + number, name);
    }
    if (n > 100000) throw Error("a sentence number is out of range: " + number, name);
    f(n, xml.substr(tag_end + 1, end - tag_end - 1));
    pos = end;
  }
}

}  // namespace

SentenceDocument read_task_timeml(std::string_view xml, const std::string& name) {
  SentenceDocument d;
  const auto id = xml.find("<DOCID>");
  const auto id_end = xml.find("</DOCID>");
  if (id == std::string_view::npos || id_end == std::string_view::npos || id_end < id) throw Error("no <DOCID>", name);
  d.id = strip_tags(xml.substr(id + 7, id_end - id - 7));
  d.dct = creation_time(xml);
  numbered_elements(xml, "s", "id", name, [&](std::size_t n, std::string_view content) {
    if (d.sentences.size() <= n) d.sentences.resize(n + 1);
    d.sentences[n] = strip_tags(content);
  });
  return d;
}

SentenceDocument read_meantime_sentences(std::string_view xml, const std::string& name) {
  SentenceDocument d;
  const auto doc = xml.find("<Document");
  if (doc == std::string_view::npos) throw Error("no <Document>", name);
  d.id = tag_attribute(xml.substr(doc, xml.find('>', doc) - doc), "doc_id");
  if (d.id.empty()) throw Error("no doc_id", name);
  d.dct = creation_time(xml);
  numbered_elements(xml, "token", "sentence", name, [&](std::size_t n, std::string_view content) {
    if (d.sentences.size() <= n) d.sentences.resize(n + 1);
    if (!d.sentences[n].empty()) d.sentences[n] += ' ';
    d.sentences[n] += decode_entities(content);
  });
  return d;
}

}  // namespace chronograph
