#pragma once
// Stage: graph -> diagrams: the timeline and relationship views, drawn by Graphviz in-process
// (docs/RENDER.md describes both views and their filters).

#include <optional>
#include <string>
#include <vector>

#include "chronograph/graph/graph.hpp"
#include "chronograph/render/gv.hpp"
#include "chronograph/render/theme.hpp"

namespace chronograph {

enum class View { timeline, relations };
enum class LabelLanguage { en, ar, both };

// The filters of `render` (and of `export`).
struct ViewFilter {
  std::optional<Day> from;            // keep what reaches this day or later
  std::optional<Day> to;              // keep what starts on or before this day
  std::vector<std::size_t> actors;    // actor indexes; empty = all
  std::vector<std::string> types;     // event types; empty = all
  std::size_t top = 0;                // timeline: swimlanes (0 = 8); relations: most connected actors (0 = all)
  std::optional<std::size_t> depth;   // relations: ego network around `actors` (default 1 when actors are given)
};

struct RenderOptions {
  View view = View::timeline;
  std::string format = "svg";         // svg, png, pdf, dot
  ViewFilter filter;
  LabelLanguage language = LabelLanguage::en;
  const Theme* theme = nullptr;       // nullptr: the default theme
  std::string engine;                 // relations: override the engine chosen by size
};

struct RenderResult {
  std::string bytes;
  std::string engine;  // the Graphviz layout engine used
  std::size_t nodes = 0, edges = 0;
  std::size_t items = 0;  // events drawn (timeline) or actors drawn (relations)
};

// Throws Error when the filters leave nothing to draw ("no events match the filters") and for Graphviz
// failures.
RenderResult render(const Graph& graph, const RenderOptions& options);

// The label an actor shows in `language`: en → labels.en, ar → labels.ar, both → "en / ar"; each falls back
// to Actor::label().
std::string actor_label(const Actor& actor, LabelLanguage language);

// Shortens text to at most `max` code points at a word boundary, adding "…".
std::string shorten(const std::string& text, std::size_t max);

// Events kept by the date and type filters (actor filtering is the view's business), in chronology order.
std::vector<std::size_t> events_in_view(const Graph& graph, const ViewFilter& filter);

// --- The timeline view, laid out by us: positions are pinned and Graphviz only draws (engine nop2). ---

struct TimelineMark {
  std::size_t event = 0;
  std::size_t lane = 0;
  double x0 = 0, x1 = 0;  // x1 > x0 + 1 for an interval drawn as a bar
  double y = 0;           // from the top
  bool open_start = false, open_end = false, approx = false;
  std::string label;
};
struct TimelineTick {
  double x = 0;
  std::string label;
};
struct TimelineBreak {
  double x0 = 0, x1 = 0;
  std::string label;  // the time skipped, e.g. "≈ 3 years"
};
struct TimelineLane {
  std::string title;
  double y0 = 0, y1 = 0;
};
struct TimelineLink {  // an event's mark in another actor's lane
  std::size_t mark = 0;
  std::size_t lane = 0;
  double y = 0;
};
struct TimelineLayout {
  std::string title;
  double width = 0, height = 0;        // of the plot area, in points
  double axis_y = 0;
  std::vector<TimelineLane> lanes;
  std::vector<TimelineMark> marks;
  std::vector<TimelineLink> links;
  std::vector<TimelineTick> ticks;
  std::vector<TimelineBreak> breaks;
  std::vector<std::string> undated;    // labels of the events without a calendar interval
  double undated_y = 0;
};

TimelineLayout layout_timeline(const Graph& graph, const ViewFilter& filter, LabelLanguage language);

}  // namespace chronograph
