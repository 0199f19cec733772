#include "chronograph/export/export.hpp"

#include <functional>
#include <map>

#include "chronograph/error.hpp"
#include "formats.hpp"

namespace chronograph {
namespace {

using Factory = std::function<std::unique_ptr<Exporter>()>;

const std::map<std::string, Factory>& registry() {
  static const std::map<std::string, Factory> formats = {
      {"graphml", make_graphml_exporter},       {"gexf", make_gexf_exporter},
      {"jgf", make_jgf_exporter},               {"cytoscape", make_cytoscape_exporter},
      {"timelinejs", make_timelinejs_exporter}, {"visjs", make_visjs_exporter},
      {"dot", make_dot_exporter},               {"html", make_html_exporter},
  };
  return formats;
}

}  // namespace

std::vector<std::string> exporter_names() {
  std::vector<std::string> names;
  for (const auto& [name, factory] : registry()) names.push_back(name);
  return names;
}

std::unique_ptr<Exporter> make_exporter(std::string_view name) {
  auto it = registry().find(std::string(name));
  if (it != registry().end()) return it->second();
  std::string valid;
  for (const auto& n : exporter_names()) valid += (valid.empty() ? "" : ", ") + n;
  throw Error("unknown export format '" + std::string(name) + "' (expected: " + valid + ")");
}

std::optional<std::size_t> main_actor(const Graph& graph, const Event& event) {
  for (const auto& ea : event.actors)
    if (ea.role == Role::source)
      if (auto a = graph.actor_index(ea.id)) return a;
  for (const auto& ea : event.actors)
    if (auto a = graph.actor_index(ea.id)) return a;
  return std::nullopt;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 forbids most control characters even escaped.
        out += (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') ? ' ' : c;
    }
  }
  return out;
}

}  // namespace chronograph
