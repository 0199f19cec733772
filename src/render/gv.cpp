#include "chronograph/render/gv.hpp"

#include <graphviz/gvc.h>

#include "chronograph/error.hpp"

namespace chronograph {
namespace {

int put_string(void* channel, const char* text) {
  static_cast<std::string*>(channel)->append(text);
  return 0;
}
int flush_nothing(void*) { return 0; }

Agiodisc_t string_io = {nullptr, put_string, flush_nothing};
Agdisc_t string_disc = {&AgMemDisc, &AgIdDisc, &string_io};

// One Graphviz context for the process: loading the plugins is the slow part.
GVC_t* context() {
  static GVC_t* gvc = [] {
    agseterr(AGERR);  // Graphviz warnings would go to stderr; errors still do
    return gvContext();
  }();
  return gvc;
}

// The cairo renderers draw text through pango, so Arabic is shaped and right to left.
std::string renderer(const std::string& format) {
  if (format == "png") return "png:cairo";
  if (format == "pdf") return "pdf:cairo";
  return format;
}

}  // namespace

GvGraph::GvGraph(const std::string& name, bool directed) : sink_(new std::string) {
  string_io.afread = AgIoDisc.afread;
  graph_ = agopen(const_cast<char*>(name.c_str()), directed ? Agdirected : Agundirected, &string_disc);
  if (!graph_) throw Error("Graphviz could not create a graph");
}

GvGraph::~GvGraph() {
  agclose(graph_);
  delete sink_;
}

Agnode_t* GvGraph::node(const std::string& id) { return agnode(graph_, const_cast<char*>(id.c_str()), 1); }

Agedge_t* GvGraph::edge(Agnode_t* tail, Agnode_t* head) { return agedge(graph_, tail, head, nullptr, 1); }

void GvGraph::set(void* object, const char* name, const std::string& value) {
  agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

void GvGraph::node_default(const char* name, const std::string& value) {
  agattr(graph_, AGNODE, const_cast<char*>(name), const_cast<char*>(value.c_str()));
}

void GvGraph::edge_default(const char* name, const std::string& value) {
  agattr(graph_, AGEDGE, const_cast<char*>(name), const_cast<char*>(value.c_str()));
}

std::size_t GvGraph::node_count() const { return static_cast<std::size_t>(agnnodes(graph_)); }
std::size_t GvGraph::edge_count() const { return static_cast<std::size_t>(agnedges(graph_)); }

std::string GvGraph::dot() const {
  sink_->clear();
  if (agwrite(graph_, sink_) != 0) throw Error("Graphviz could not write DOT");
  return *sink_;
}

std::string GvGraph::render(const std::string& engine, const std::string& format) const {
  GVC_t* gvc = context();
  if (gvLayout(gvc, graph_, engine.c_str()) != 0) throw Error("Graphviz layout with '" + engine + "' failed");
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(gvc, graph_, renderer(format).c_str(), &data, &length);
  std::string out;
  if (rc == 0 && data) out.assign(data, length);
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc, graph_);
  if (rc != 0 || out.empty()) throw Error("Graphviz could not render '" + format + "'");
  return out;
}

std::string gv_clean(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\') out += '\\';  // Graphviz reads \N, \G, \l … in labels as escapes
    out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
  }
  return out;
}

}  // namespace chronograph
