// JSON exports: JSON Graph Format v2, Cytoscape.js elements, TimelineJS, vis-timeline.
#include <set>

#include "chronograph/query/query.hpp"
#include "formats.hpp"

namespace chronograph {

namespace {

OrderedJson actor_metadata(const Actor& a) {
  return OrderedJson{{"kind", to_string(a.kind)}, {"labels", a.labels},   {"aliases", a.aliases},
                     {"mentions", a.mentions()},  {"first", day_json(a.first)}, {"last", day_json(a.last)}};
}

class JgfExporter : public Exporter {
 public:
  std::string name() const override { return "jgf"; }
  std::string extension() const override { return "json"; }
  void write(const Graph& graph, const ExportOptions& options, std::ostream& out) const override {
    const GraphData& data = graph.data();
    OrderedJson nodes = OrderedJson::object();
    for (const auto& a : data.actors)
      nodes[a.id] = {{"label", actor_label(a, options.language)}, {"metadata", actor_metadata(a)}};
    OrderedJson edges = OrderedJson::array();
    for (const auto& r : data.relations)
      edges.push_back({{"id", r.id},
                       {"source", r.source},
                       {"target", r.target},
                       {"relation", r.type},
                       {"directed", r.directed},
                       {"label", r.type},
                       {"metadata", {{"weight", r.weight}, {"events", r.events}, {"first", day_json(r.first)}, {"last", day_json(r.last)}}}});
    OrderedJson doc = {{"graph",
                        {{"id", "chronograph"},
                         {"type", "chronograph-actors"},
                         {"label", "Actors and relations"},
                         {"directed", true},
                         {"metadata", {{"actors", data.actors.size()}, {"relations", data.relations.size()}, {"events", data.events.size()}}},
                         {"nodes", nodes},
                         {"edges", edges}}}};
    out << doc.dump(1) << '\n';
  }
};

class CytoscapeExporter : public Exporter {
 public:
  std::string name() const override { return "cytoscape"; }
  std::string extension() const override { return "json"; }
  void write(const Graph& graph, const ExportOptions& options, std::ostream& out) const override {
    const GraphData& data = graph.data();
    OrderedJson nodes = OrderedJson::array(), edges = OrderedJson::array();
    for (const auto& a : data.actors) {
      OrderedJson d = {{"id", a.id}, {"label", actor_label(a, options.language)}};
      const OrderedJson metadata = actor_metadata(a);  // named: items() of a temporary would dangle
      for (const auto& [k, v] : metadata.items()) d[k] = v;
      nodes.push_back({{"data", d}, {"classes", to_string(a.kind)}});
    }
    for (const auto& r : data.relations)
      edges.push_back({{"data",
                        {{"id", r.id},
                         {"source", r.source},
                         {"target", r.target},
                         {"type", r.type},
                         {"directed", r.directed},
                         {"weight", r.weight},
                         {"events", r.events},
                         {"first", day_json(r.first)},
                         {"last", day_json(r.last)}}},
                       {"classes", r.type + (r.directed ? " directed" : "")}});
    out << OrderedJson{{"elements", {{"nodes", nodes}, {"edges", edges}}}}.dump(1) << '\n';
  }
};

// TimelineJS date parts, only as precise as the date is known.
OrderedJson timeline_date(Day d, Granularity g) {
  int y = 0, m = 0, dd = 0;
  civil_from_days(d, y, m, dd);
  OrderedJson out = {{"year", y}};
  if (g == Granularity::year || g == Granularity::decade || g == Granularity::century) return out;
  out["month"] = m;
  if (g == Granularity::day || g == Granularity::time) out["day"] = dd;
  return out;
}

std::string evidence_text(const Event& e) {
  std::string text;
  for (const auto& ev : e.evidence) {
    if (!text.empty()) text += "<br>";
    text += ev.sentence + " <i>(" + ev.doc + ")</i>";
  }
  return text;
}

class TimelineJsExporter : public Exporter {
 public:
  std::string name() const override { return "timelinejs"; }
  std::string extension() const override { return "json"; }
  void write(const Graph& graph, const ExportOptions& options, std::ostream& out) const override {
    const GraphData& data = graph.data();
    OrderedJson events = OrderedJson::array();
    std::size_t unplaced = 0;
    for (const auto& e : data.events) {
      if (!e.date || !e.date->start) {  // TimelineJS needs a start date
        ++unplaced;
        continue;
      }
      const DateRef& d = *e.date;
      const Granularity g = d.granularity.value_or(Granularity::day);
      OrderedJson slide = {{"unique_id", e.id}, {"start_date", timeline_date(*d.start, g)}};
      const bool single = g == Granularity::day || g == Granularity::time || g == Granularity::month ||
                          g == Granularity::year;
      if (d.end && (!single || d.value.find('/') != std::string::npos)) slide["end_date"] = timeline_date(*d.end, g);
      if (!d.text.empty() || d.mod) slide["display_date"] = d.text.empty() ? describe_date(d) : d.text;
      slide["text"] = {{"headline", e.summary.empty() ? e.type : e.summary}, {"text", evidence_text(e)}};
      if (auto a = main_actor(graph, e)) slide["group"] = actor_label(data.actors[*a], options.language);
      events.push_back(std::move(slide));
    }
    OrderedJson doc = {{"title",
                        {{"text",
                          {{"headline", "Chronology"},
                           {"text", std::to_string(events.size()) + " dated events" +
                                        (unplaced ? ", " + std::to_string(unplaced) + " without a calendar date not shown" : "")}}}}},
                       {"events", events}};
    out << doc.dump(1) << '\n';
  }
};

class VisTimelineExporter : public Exporter {
 public:
  std::string name() const override { return "visjs"; }
  std::string extension() const override { return "json"; }
  void write(const Graph& graph, const ExportOptions& options, std::ostream& out) const override {
    const GraphData& data = graph.data();
    // Open-ended ranges run to the last day anything in the graph reaches.
    std::optional<Day> horizon;
    for (const auto& e : data.events)
      if (e.date)
        for (const auto& d : {e.date->start, e.date->end})
          if (d && (!horizon || *d > *horizon)) horizon = d;
    OrderedJson items = OrderedJson::array();
    std::set<std::size_t> used;
    bool other = false;
    for (const auto& e : data.events) {
      if (!e.date || !e.date->has_interval()) continue;
      const DateRef& d = *e.date;
      OrderedJson item = {{"id", e.id}, {"content", e.summary.empty() ? e.type : e.summary}};
      const Day start = d.start ? *d.start : *d.end;
      item["start"] = format_day(start);
      const bool point = d.start && d.end && *d.start == *d.end;
      const Day end = d.end ? *d.end : std::max(*horizon, start);
      if (!point) item["end"] = format_day(end + 1);  // vis-timeline ends are exclusive
      item["type"] = point ? "point" : "range";
      const auto a = main_actor(graph, e);
      if (a) used.insert(*a);
      other |= !a;
      item["group"] = a ? data.actors[*a].id : "other";
      item["title"] = describe_date(d) + " · " + e.type;
      item["className"] = "type-" + e.type + (d.mod ? std::string(" mod-") + to_string(*d.mod) : "");
      items.push_back(std::move(item));
    }
    OrderedJson groups = OrderedJson::array();
    for (auto a : used) groups.push_back({{"id", data.actors[a].id}, {"content", actor_label(data.actors[a], options.language)}});
    if (other) groups.push_back({{"id", "other"}, {"content", "Other"}});
    out << OrderedJson{{"items", items}, {"groups", groups}}.dump(1) << '\n';
  }
};

class DotExporter : public Exporter {
 public:
  std::string name() const override { return "dot"; }
  std::string extension() const override { return "dot"; }
  void write(const Graph& graph, const ExportOptions& options, std::ostream& out) const override {
    RenderOptions r;
    r.view = View::relations;
    r.format = "dot";
    r.language = options.language;
    out << render(graph, r).bytes;
  }
};

}  // namespace

std::unique_ptr<Exporter> make_jgf_exporter() { return std::make_unique<JgfExporter>(); }
std::unique_ptr<Exporter> make_cytoscape_exporter() { return std::make_unique<CytoscapeExporter>(); }
std::unique_ptr<Exporter> make_timelinejs_exporter() { return std::make_unique<TimelineJsExporter>(); }
std::unique_ptr<Exporter> make_visjs_exporter() { return std::make_unique<VisTimelineExporter>(); }
std::unique_ptr<Exporter> make_dot_exporter() { return std::make_unique<DotExporter>(); }

}  // namespace chronograph
