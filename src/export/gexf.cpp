// GEXF 1.3, a dynamic graph: nodes and edges carry start/end dates for Gephi's timeline.
#include <algorithm>

#include "formats.hpp"

namespace chronograph {
namespace {

std::string hex_rgb(const std::string& color) {
  auto part = [&](std::size_t at) { return std::to_string(std::stoi(color.substr(at, 2), nullptr, 16)); };
  if (color.size() < 7 || color[0] != '#') return R"(r="128" g="128" b="128")";
  return "r=\"" + part(1) + "\" g=\"" + part(3) + "\" b=\"" + part(5) + "\"";
}

std::string spell(const std::optional<Day>& first, const std::optional<Day>& last) {
  std::string out;
  if (first) out += " start=\"" + format_day(*first) + "\"";
  if (last) out += " end=\"" + format_day(*last) + "\"";
  return out;
}

class GexfExporter : public Exporter {
 public:
  std::string name() const override { return "gexf"; }
  std::string extension() const override { return "gexf"; }

  void write(const Graph& graph, const ExportOptions& options, std::ostream& out) const override {
    const GraphData& data = graph.data();
    const Theme& theme = default_theme();
    // A deterministic "last modified": the newest publication date in the graph, not today.
    std::optional<Day> newest;
    for (const auto& d : data.documents)
      if (d.published && (!newest || *d.published > *newest)) newest = d.published;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        << "  <meta" << (newest ? " lastmodifieddate=\"" + format_day(*newest) + "\"" : "") << ">\n"
        << "    <creator>chronograph</creator>\n"
        << "    <description>Actors and relations: " << data.actors.size() << " actors, " << data.relations.size()
        << " relations from " << data.events.size() << " events</description>\n  </meta>\n"
        << "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n"
        << "    <attributes class=\"node\" mode=\"static\">\n"
        << "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
        << "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
        << "      <attribute id=\"label_ar\" title=\"label (ar)\" type=\"string\"/>\n"
        << "    </attributes>\n"
        << "    <attributes class=\"edge\" mode=\"static\">\n"
        << "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
        << "      <attribute id=\"events\" title=\"events\" type=\"string\"/>\n"
        << "    </attributes>\n    <nodes>\n";
    for (const auto& a : data.actors) {
      const auto ar = a.labels.count("ar") ? a.labels.at("ar") : std::string();
      out << "      <node id=\"" << xml_escape(a.id) << "\" label=\"" << xml_escape(actor_label(a, options.language)) << "\""
          << spell(a.first, a.last) << ">\n        <attvalues>\n"
          << "          <attvalue for=\"kind\" value=\"" << to_string(a.kind) << "\"/>\n"
          << "          <attvalue for=\"mentions\" value=\"" << a.mentions() << "\"/>\n";
      if (!ar.empty()) out << "          <attvalue for=\"label_ar\" value=\"" << xml_escape(ar) << "\"/>\n";
      out << "        </attvalues>\n        <viz:color " << hex_rgb(theme.kind_style(a.kind).fill) << "/>\n      </node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    for (const auto& r : data.relations) {
      std::string events;
      for (const auto& e : r.events) events += (events.empty() ? "" : " ") + e;
      out << "      <edge id=\"" << xml_escape(r.id) << "\" source=\"" << xml_escape(r.source) << "\" target=\""
          << xml_escape(r.target) << "\" type=\"" << (r.directed ? "directed" : "undirected") << "\" label=\""
          << xml_escape(r.type) << "\" weight=\"" << r.weight << "\"" << spell(r.first, r.last) << ">\n"
          << "        <attvalues>\n          <attvalue for=\"type\" value=\"" << xml_escape(r.type) << "\"/>\n"
          << "          <attvalue for=\"events\" value=\"" << xml_escape(events) << "\"/>\n        </attvalues>\n"
          << "        <viz:color " << hex_rgb(theme.event_color(r.type)) << "/>\n      </edge>\n";
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
  }
};

}  // namespace

std::unique_ptr<Exporter> make_gexf_exporter() { return std::make_unique<GexfExporter>(); }

}  // namespace chronograph
