// One self-contained HTML file: the viewer (viz/viewer), its libraries (Cytoscape.js, vis-timeline from npm,
// embedded at build time) and the graph JSON. Works offline from file://.
#include <sstream>

#include "chronograph/embedded.hpp"
#include "chronograph/error.hpp"
#include "chronograph/graph/graph_json.hpp"
#include "formats.hpp"

namespace chronograph {
namespace {

const char* asset(const char* name) {
  const char* content = embedded_file(name);
  if (!content)
    throw Error(std::string("the web viewer's libraries were not installed when chronograph was built (missing ") + name +
                "): run `npm ci` in viz/ (the README's set-up does) and rebuild");
  return content;
}

void replace_once(std::string& text, const std::string& placeholder, const std::string& content) {
  const auto at = text.find(placeholder);
  if (at == std::string::npos) throw Error("viewer template has no " + placeholder);
  text.replace(at, placeholder.size(), content);
}

class HtmlExporter : public Exporter {
 public:
  std::string name() const override { return "html"; }
  std::string extension() const override { return "html"; }
  void write(const Graph& graph, const ExportOptions&, std::ostream& out) const override {
    std::string page = asset("viewer/viewer.html");
    std::ostringstream json;
    write_graph_json(json, graph.data());
    // Inside <script>, "</" could close the element; "<\/" is the same JSON string.
    std::string data = json.str();
    for (std::size_t at = data.find("</"); at != std::string::npos; at = data.find("</", at + 3)) data.replace(at, 2, "<\\/");
    replace_once(page, "/*@LIBCSS@*/", asset("viewer/vis-timeline.min.css"));
    replace_once(page, "/*@CSS@*/", asset("viewer/viewer.css"));
    replace_once(page, "/*@LIBS@*/", std::string(asset("viewer/cytoscape.min.js")) + "\n" + asset("viewer/vis-timeline.min.js"));
    replace_once(page, "/*@DATA@*/", data);
    replace_once(page, "/*@APP@*/", asset("viewer/viewer.js"));
    out << page;
  }
};

}  // namespace

std::unique_ptr<Exporter> make_html_exporter() { return std::make_unique<HtmlExporter>(); }

}  // namespace chronograph
