#pragma once
// The exporters, one source file each (not installed).

#include <memory>

#include "chronograph/export/export.hpp"

namespace chronograph {

std::unique_ptr<Exporter> make_graphml_exporter();
std::unique_ptr<Exporter> make_gexf_exporter();
std::unique_ptr<Exporter> make_jgf_exporter();
std::unique_ptr<Exporter> make_cytoscape_exporter();
std::unique_ptr<Exporter> make_timelinejs_exporter();
std::unique_ptr<Exporter> make_visjs_exporter();
std::unique_ptr<Exporter> make_dot_exporter();
std::unique_ptr<Exporter> make_html_exporter();

}  // namespace chronograph
