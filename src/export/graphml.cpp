// GraphML through Boost's write_graphml: actors as nodes, relations as edges (opens in Gephi and yEd).
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>

#include "formats.hpp"

namespace chronograph {
namespace {

using ExportGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, std::size_t, std::size_t>;

class GraphmlExporter : public Exporter {
 public:
  std::string name() const override { return "graphml"; }
  std::string extension() const override { return "graphml"; }

  void write(const Graph& graph, const ExportOptions& options, std::ostream& out) const override {
    const GraphData& data = graph.data();
    ExportGraph g(data.actors.size());
    for (std::size_t i = 0; i < data.actors.size(); ++i) g[i] = i;
    for (std::size_t r = 0; r < data.relations.size(); ++r) {
      auto s = graph.actor_index(data.relations[r].source), t = graph.actor_index(data.relations[r].target);
      if (s && t) boost::add_edge(*s, *t, r, g);
    }
    using V = boost::graph_traits<ExportGraph>::vertex_descriptor;
    using E = boost::graph_traits<ExportGraph>::edge_descriptor;
    auto actor = [&](V v) -> const Actor& { return data.actors[g[v]]; };
    auto relation = [&](E e) -> const Relation& { return data.relations[g[e]]; };
    auto day = [](const std::optional<Day>& d) { return d ? format_day(*d) : std::string(); };
    const LabelLanguage language = options.language;
    boost::dynamic_properties dp;
    dp.property("actor_id", boost::make_function_property_map<V, std::string>([&](V v) { return actor(v).id; }));
    dp.property("label", boost::make_function_property_map<V, std::string>([&, language](V v) { return actor_label(actor(v), language); }));
    dp.property("kind", boost::make_function_property_map<V, std::string>([&](V v) { return std::string(to_string(actor(v).kind)); }));
    dp.property("mentions", boost::make_function_property_map<V, int>([&](V v) { return actor(v).mentions(); }));
    dp.property("first", boost::make_function_property_map<V, std::string>([&](V v) { return day(actor(v).first); }));
    dp.property("last", boost::make_function_property_map<V, std::string>([&](V v) { return day(actor(v).last); }));
    dp.property("relation_id", boost::make_function_property_map<E, std::string>([&](E e) { return relation(e).id; }));
    dp.property("type", boost::make_function_property_map<E, std::string>([&](E e) { return relation(e).type; }));
    dp.property("directed", boost::make_function_property_map<E, bool>([&](E e) { return relation(e).directed; }));
    dp.property("weight", boost::make_function_property_map<E, int>([&](E e) { return relation(e).weight; }));
    dp.property("first", boost::make_function_property_map<E, std::string>([&](E e) { return day(relation(e).first); }));
    dp.property("last", boost::make_function_property_map<E, std::string>([&](E e) { return day(relation(e).last); }));
    boost::write_graphml(out, g, boost::get(boost::vertex_index, g), dp, true);
  }
};

}  // namespace

std::unique_ptr<Exporter> make_graphml_exporter() { return std::make_unique<GraphmlExporter>(); }

}  // namespace chronograph
