#pragma once
// Stage: graph -> exchange formats for graph tools and web viewers, behind one interface and a factory
// keyed by name (docs/EXPORT.md lists each format's fields).

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/graph/graph.hpp"
#include "chronograph/render/render.hpp"

namespace chronograph {

struct ExportOptions {
  LabelLanguage language = LabelLanguage::en;
};

class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual std::string name() const = 0;
  virtual std::string extension() const = 0;
  virtual void write(const Graph& graph, const ExportOptions& options, std::ostream& out) const = 0;
};

// The exporter called `name`; throws Error("unknown export format 'x' (expected: a, b, …)").
std::unique_ptr<Exporter> make_exporter(std::string_view name);
std::vector<std::string> exporter_names();

// The actor an event is filed under in grouped views (TimelineJS groups, vis-timeline groups):
// its first source actor, else its first actor; nullopt for an event without actors.
std::optional<std::size_t> main_actor(const Graph& graph, const Event& event);

// XML text and attribute escaping (&, <, >, ", ').
std::string xml_escape(std::string_view text);

}  // namespace chronograph
