// Both views as Graphviz graphs, and the render entry point.
#include "chronograph/render/render.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <queue>
#include <set>

#include "chronograph/error.hpp"
#include "chronograph/query/query.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {
namespace {

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::string inches(double points) { return num(points / 72.0); }

// Graphviz colours take "#rrggbbaa" for transparency.
std::string alpha(const std::string& color, const char* aa) { return color.size() == 7 ? color + aa : color; }

std::string date_range_text(const std::optional<Day>& first, const std::optional<Day>& last) {
  if (!first) return {};
  const std::string a = format_day(*first).substr(0, 4), b = last ? format_day(*last).substr(0, 4) : a;
  return a == b ? a : a + "–" + b;
}

// --- timeline ---

void draw_timeline(GvGraph& g, const Graph& graph, const TimelineLayout& L, const Theme& theme) {
  const GraphData& data = graph.data();
  const double H = L.height;
  auto pos = [&](double x, double y) { return num(x) + "," + num(H - y) + "!"; };
  g.graph("bgcolor", theme.background);
  g.graph("fontname", theme.font);
  g.graph("fontsize", num(theme.title_font_size));
  g.graph("fontcolor", theme.text_color);
  g.graph("label", gv_clean(L.title));
  g.graph("labelloc", "t");
  g.graph("labeljust", "l");
  g.graph("splines", "line");
  g.graph("outputorder", "nodesfirst");
  g.graph("pad", "0.3");
  g.node_default("shape", "box");
  g.node_default("style", "filled");
  g.node_default("fixedsize", "true");
  g.node_default("label", "");
  g.node_default("penwidth", "0");
  g.node_default("fontname", theme.font);
  g.node_default("fontsize", num(theme.font_size));
  g.node_default("fontcolor", theme.text_color);
  g.edge_default("arrowhead", "none");

  std::size_t serial = 0;
  auto box = [&](const std::string& kind, double x0, double y0, double x1, double y1, const std::string& fill) {
    Agnode_t* n = g.node(kind + "-" + std::to_string(serial++));
    g.set(n, "pos", pos((x0 + x1) / 2, (y0 + y1) / 2));
    g.set(n, "width", inches(std::max(x1 - x0, 0.5)));
    g.set(n, "height", inches(std::max(y1 - y0, 0.5)));
    g.set(n, "fillcolor", fill);
    return n;
  };
  // Text anchored at its left (or right) edge, vertically centred on y.
  auto text = [&](const std::string& kind, double x, double y, const std::string& label, double size,
                  const std::string& color, bool right_aligned = false) {
    const double w = static_cast<double>(count_code_points(label)) * size * 0.56 + 8;
    const double cx = right_aligned ? x - w / 2 : x + w / 2;
    Agnode_t* n = box(kind, cx - w / 2, y - size * 0.8, cx + w / 2, y + size * 0.8, "none");
    g.set(n, "shape", "plaintext");
    g.set(n, "style", "");
    g.set(n, "margin", "0");
    g.set(n, "label", gv_clean(label) + (right_aligned ? "\\r" : "\\l"));
    g.set(n, "fontsize", num(size));
    g.set(n, "fontcolor", color);
    return n;
  };

  const double lanes_bottom = L.lanes.empty() ? L.axis_y + 10 : L.lanes.back().y1;
  for (std::size_t i = 0; i < L.lanes.size(); ++i) {
    const auto& lane = L.lanes[i];
    box("lane", 0, lane.y0, L.width, lane.y1, theme.lane_colors[i % theme.lane_colors.size()]);
    text("lanetitle", 172, (lane.y0 + lane.y1) / 2, shorten(lane.title, 28), theme.font_size + 1, theme.text_color, true);
  }
  for (const auto& tick : L.ticks) {
    box("grid", tick.x - 0.25, L.axis_y, tick.x + 0.25, lanes_bottom, theme.grid_color);
    text("tick", tick.x - 2, L.axis_y - 12, tick.label, theme.font_size - 1, theme.muted_color);
  }
  for (const auto& br : L.breaks) {
    Agnode_t* band = box("break", br.x0 + 4, L.axis_y - 4, br.x1 - 4, lanes_bottom, alpha(theme.break_color, "22"));
    g.set(band, "style", "filled,dashed");
    g.set(band, "penwidth", "0.8");
    g.set(band, "color", theme.break_color);
    g.set(band, "tooltip", br.label + " without events");
    Agnode_t* mark = text("breaklabel", (br.x0 + br.x1) / 2 - 8, L.axis_y, "≈", theme.font_size + 6, theme.break_color);
    g.set(mark, "tooltip", br.label + " without events");
  }
  const double axis_end = L.breaks.empty() && L.ticks.empty() ? L.width : L.width - 20;
  box("axis", 180, L.axis_y - 0.6, axis_end, L.axis_y + 0.6, theme.axis_color);

  for (std::size_t k = 0; k < L.marks.size(); ++k) {
    const auto& m = L.marks[k];
    const Event& ev = data.events[m.event];
    const std::string& color = theme.event_color(ev.type);
    const bool future = ev.modality == "future";  // announced or planned: drawn hollow
    const std::string tooltip =
        gv_clean(describe_date(ev.date) + " · " + ev.type + (future ? " (announced)" : "") + " · " + ev.summary);
    Agnode_t* mark;
    if (m.x1 - m.x0 >= 6 || m.open_end || m.open_start) {
      mark = box("span", m.x0, m.y - 4, std::max(m.x1, m.x0 + 6), m.y + 4, alpha(color, "66"));
      g.set(mark, "penwidth", "1");
      g.set(mark, "color", color);
      if (m.approx || m.open_end || m.open_start) g.set(mark, "style", "filled,dashed");
      if (future) g.set(mark, "fillcolor", "none");
      if (m.open_end) text("open", m.x1 - 2, m.y, "▸", theme.font_size + 2, color);
      if (m.open_start) text("open", m.x0 + 2, m.y, "◂", theme.font_size + 2, color, true);
      Agnode_t* dot = box("dot", m.x0 - 3.5, m.y - 3.5, m.x0 + 3.5, m.y + 3.5, color);
      g.set(dot, "shape", "circle");
    } else {
      mark = box("dot", m.x0 - 4, m.y - 4, m.x0 + 4, m.y + 4, color);
      g.set(mark, "shape", "circle");
      if (m.approx || future) {
        g.set(mark, "style", m.approx ? "dashed" : "solid");  // outline only: uncertain, or not yet happened
        g.set(mark, "penwidth", "1.2");
        g.set(mark, "color", color);
      }
    }
    g.set(mark, "tooltip", tooltip);
    Agnode_t* label = text("label", m.x0 + 8, m.y - 0.5, m.label, theme.font_size, theme.text_color);
    g.set(label, "tooltip", tooltip);
  }
  for (const auto& link : L.links) {
    const auto& m = L.marks[link.mark];
    const double y = link.y;
    Agnode_t* dot = box("also", m.x0 - 3, y - 3, m.x0 + 3, y + 3, theme.background);
    g.set(dot, "shape", "circle");
    g.set(dot, "penwidth", "1.2");
    g.set(dot, "color", theme.event_color(data.events[m.event].type));
    g.set(dot, "tooltip", gv_clean(m.label));
  }
  if (!L.undated.empty()) {
    const double top = L.undated_y;
    const double bottom = H - 4;
    Agnode_t* panel = box("undated", 6, top - 14, L.width - 6, bottom, theme.undated_panel_color);
    g.set(panel, "penwidth", "0.8");
    g.set(panel, "color", theme.grid_color);
    text("undatedtitle", 14, top, "Undated (" + std::to_string(L.undated.size()) + ")", theme.font_size + 1, theme.text_color);
    for (std::size_t i = 0; i < L.undated.size(); ++i) {
      const double x = 20 + static_cast<double>(i / 25) * 420;
      const double y = top + 20 + static_cast<double>(i % 25) * 16;
      text("undatedevent", x, y, "• " + L.undated[i], theme.font_size, theme.text_color);
    }
  }
}

// --- relations ---

struct PairLink {
  std::size_t a = 0, b = 0;                  // actor indexes, a < b by id
  std::map<std::string, int> weight_by_type;
  int forward = 0, backward = 0, undirected = 0;
  std::optional<Day> first, last;
  int weight = 0;
};

struct RelationsSelection {
  std::vector<std::size_t> actors;  // sorted by id
  std::vector<PairLink> links;
  std::map<std::size_t, double> degree;
};

RelationsSelection select_relations(const Graph& graph, const ViewFilter& filter) {
  const GraphData& data = graph.data();
  std::set<std::string> in_view;
  for (auto e : events_in_view(graph, filter)) in_view.insert(data.events[e].id);

  // Per pair, from the relations' events that are in view.
  std::map<std::pair<std::size_t, std::size_t>, PairLink> pairs;
  for (const auto& r : data.relations) {
    auto s = graph.actor_index(r.source), t = graph.actor_index(r.target);
    if (!s || !t || *s == *t) continue;
    int count = 0;
    std::optional<Day> first, last;
    for (const auto& id : r.events)
      if (in_view.count(id)) {
        ++count;
        if (auto e = graph.event_index(id); e && data.events[*e].date) widen_range(first, last, *data.events[*e].date);
      }
    if (count == 0) continue;
    const bool ordered = data.actors[*s].id < data.actors[*t].id;
    auto& p = pairs[{ordered ? *s : *t, ordered ? *t : *s}];
    p.a = ordered ? *s : *t;
    p.b = ordered ? *t : *s;
    p.weight_by_type[r.type] += count;
    p.weight += count;
    (r.directed ? (ordered ? p.forward : p.backward) : p.undirected) += count;
    if (first && (!p.first || *first < *p.first)) p.first = first;
    if (last && (!p.last || *last > *p.last)) p.last = last;
  }

  std::map<std::size_t, std::vector<std::size_t>> adjacent;
  for (const auto& [key, p] : pairs) {
    adjacent[p.a].push_back(p.b);
    adjacent[p.b].push_back(p.a);
  }
  std::set<std::size_t> keep;
  if (!filter.actors.empty()) {
    // The ego network: breadth-first to the requested depth.
    const std::size_t depth = filter.depth.value_or(1);
    std::map<std::size_t, std::size_t> dist;
    std::queue<std::size_t> q;
    for (auto a : filter.actors) {
      dist[a] = 0;
      q.push(a);
    }
    while (!q.empty()) {
      const auto u = q.front();
      q.pop();
      if (dist[u] == depth) continue;
      for (auto v : adjacent[u])
        if (!dist.count(v)) {
          dist[v] = dist[u] + 1;
          q.push(v);
        }
    }
    for (const auto& [a, d] : dist) keep.insert(a);
  } else {
    for (const auto& [a, list] : adjacent) keep.insert(a);
  }
  RelationsSelection sel;
  for (const auto& [key, p] : pairs)
    if (keep.count(p.a) && keep.count(p.b)) {
      sel.degree[p.a] += p.weight;
      sel.degree[p.b] += p.weight;
    }
  if (filter.top > 0 && keep.size() > filter.top) {
    std::vector<std::size_t> ranked(keep.begin(), keep.end());
    std::stable_sort(ranked.begin(), ranked.end(), [&](std::size_t x, std::size_t y) {
      const bool ex = std::count(filter.actors.begin(), filter.actors.end(), x) > 0;
      const bool ey = std::count(filter.actors.begin(), filter.actors.end(), y) > 0;
      if (ex != ey) return ex;  // the ego actors stay
      return sel.degree[x] > sel.degree[y];
    });
    ranked.resize(filter.top);
    keep = std::set<std::size_t>(ranked.begin(), ranked.end());
    sel.degree.clear();
    for (const auto& [key, p] : pairs)
      if (keep.count(p.a) && keep.count(p.b)) {
        sel.degree[p.a] += p.weight;
        sel.degree[p.b] += p.weight;
      }
  }
  for (auto a : keep) sel.actors.push_back(a);
  for (auto a : filter.actors)
    if (!keep.count(a)) sel.actors.push_back(a);  // an ego actor without relations in view still shows
  std::sort(sel.actors.begin(), sel.actors.end(),
            [&](std::size_t x, std::size_t y) { return data.actors[x].id < data.actors[y].id; });
  sel.actors.erase(std::unique(sel.actors.begin(), sel.actors.end()), sel.actors.end());
  for (auto& [key, p] : pairs)
    if (keep.count(p.a) && keep.count(p.b)) sel.links.push_back(std::move(p));
  return sel;
}

std::string engine_for(std::size_t actors) { return actors <= 300 ? "neato" : "sfdp"; }

void draw_relations(GvGraph& g, const Graph& graph, const RelationsSelection& sel, const Theme& theme,
                    LabelLanguage language, const std::string& engine) {
  const GraphData& data = graph.data();
  const bool small = sel.actors.size() <= 60;
  g.graph("bgcolor", theme.background);
  g.graph("fontname", theme.font);
  g.graph("fontsize", num(theme.title_font_size));
  g.graph("label", "Relations: " + std::to_string(sel.actors.size()) + " actors, " + std::to_string(sel.links.size()) + " links");
  g.graph("labelloc", "t");
  // Overlap removal by prism is the costly part of a large sfdp layout; past 2,000 actors, scaling the
  // layout apart keeps the drawing readable at a fraction of the time (docs/PERFORMANCE.md).
  g.graph("overlap", engine != "sfdp" ? "false" : sel.actors.size() > 2000 ? "scale" : "prism");
  g.graph("sep", "+10");
  g.graph("splines", small ? "true" : "line");
  g.graph("outputorder", "edgesfirst");
  g.graph("pad", "0.3");
  if (engine == "neato") {
    g.graph("mode", "major");
    g.graph("start", "7");  // a fixed seed: the same graph gives the same drawing
  }
  g.node_default("style", "filled");
  g.node_default("fontname", theme.font);
  g.node_default("fontcolor", theme.text_color);
  g.edge_default("fontname", theme.font);
  g.edge_default("fontcolor", theme.muted_color);
  g.edge_default("fontsize", num(theme.font_size - 1));
  std::map<std::size_t, Agnode_t*> nodes;
  for (auto a : sel.actors) {
    const Actor& actor = data.actors[a];
    const KindStyle& style = theme.kind_style(actor.kind);
    const double degree = sel.degree.count(a) ? sel.degree.at(a) : 0;
    Agnode_t* n = g.node(actor.id);
    g.set(n, "label", gv_clean(shorten(actor_label(actor, language), 32)));
    g.set(n, "shape", style.shape);
    g.set(n, "fillcolor", style.fill);
    g.set(n, "color", style.border);
    g.set(n, "fontsize", num(std::min(theme.font_size + 2.0 * std::log2(1.0 + degree), theme.font_size * 2.4)));
    g.set(n, "penwidth", num(1 + 0.4 * std::log2(1.0 + degree)));
    g.set(n, "tooltip", gv_clean(actor.label() + " (" + to_string(actor.kind) + ", " + num(degree) + " links)"));
    nodes[a] = n;
  }
  for (const auto& p : sel.links) {
    std::string dominant;
    int best = -1;
    for (const auto& [type, w] : p.weight_by_type)
      if (w > best) {
        best = w;
        dominant = type;
      }
    const bool forward = p.forward > 0 && p.backward == 0 && p.undirected == 0;
    const bool backward = p.backward > 0 && p.forward == 0 && p.undirected == 0;
    Agedge_t* e = backward ? g.edge(nodes[p.b], nodes[p.a]) : g.edge(nodes[p.a], nodes[p.b]);
    g.set(e, "dir", forward || backward ? "forward" : (p.forward && p.backward ? "both" : "none"));
    g.set(e, "color", alpha(theme.event_color(dominant), "cc"));
    g.set(e, "penwidth", num(1 + 1.5 * std::log2(static_cast<double>(p.weight))));
    g.set(e, "weight", std::to_string(p.weight));
    const std::string range = date_range_text(p.first, p.last);
    std::string label = dominant + (p.weight > 1 ? " ×" + std::to_string(p.weight) : "");
    if (!range.empty()) label += "\n" + range;
    if (small) g.set(e, "label", gv_clean(label));
    g.set(e, "tooltip", gv_clean(data.actors[p.a].label() + " – " + data.actors[p.b].label() + ": " + dominant +
                                 " ×" + std::to_string(p.weight) + (range.empty() ? "" : ", " + range)));
  }
}

}  // namespace

std::string actor_label(const Actor& actor, LabelLanguage language) {
  auto get = [&](const char* lang) {
    auto it = actor.labels.find(lang);
    return it == actor.labels.end() ? std::string() : it->second;
  };
  const std::string en = get("en"), ar = get("ar");
  switch (language) {
    case LabelLanguage::en: return !en.empty() ? en : actor.label();
    case LabelLanguage::ar: return !ar.empty() ? ar : actor.label();
    case LabelLanguage::both:
      if (!en.empty() && !ar.empty()) return en + " / " + ar;
      return actor.label();
  }
  return actor.label();
}

std::string shorten(const std::string& text, std::size_t max) {
  if (count_code_points(text) <= max) return text;
  std::string cut(substr_code_points(text, 0, max - 1));
  const auto space = cut.rfind(' ');
  if (space != std::string::npos && space > cut.size() / 2) cut.resize(space);
  while (!cut.empty() && (cut.back() == ' ' || cut.back() == ',' || cut.back() == ';')) cut.pop_back();
  return cut + "…";
}

std::vector<std::size_t> events_in_view(const Graph& graph, const ViewFilter& filter) {
  EventFilter ef;
  ef.from = filter.from;
  ef.to = filter.to;
  ef.types = filter.types;
  return filter_events(graph, ef);
}

RenderResult render(const Graph& graph, const RenderOptions& options) {
  const Theme& theme = options.theme ? *options.theme : default_theme();
  RenderResult result;
  if (options.view == View::timeline) {
    const TimelineLayout layout = layout_timeline(graph, options.filter, options.language);
    GvGraph g("timeline", false);
    draw_timeline(g, graph, layout, theme);
    result.engine = "nop2";
    result.items = layout.marks.size() + layout.undated.size();
    result.nodes = g.node_count();
    result.edges = g.edge_count();
    result.bytes = options.format == "dot" ? g.dot() : g.render(result.engine, options.format);
    return result;
  }
  const RelationsSelection sel = select_relations(graph, options.filter);
  if (sel.actors.empty()) throw Error("no relations match the filters");
  result.engine = options.engine.empty() ? engine_for(sel.actors.size()) : options.engine;
  GvGraph g("relations", true);
  draw_relations(g, graph, sel, theme, options.language, result.engine);
  result.items = sel.actors.size();
  result.nodes = g.node_count();
  result.edges = g.edge_count();
  result.bytes = options.format == "dot" ? g.dot() : g.render(result.engine, options.format);
  return result;
}

}  // namespace chronograph
