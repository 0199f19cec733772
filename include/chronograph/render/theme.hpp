#pragma once
// Colours, shapes and fonts of the diagrams, as data: viz/themes/*.json, the default embedded at build time.

#include <map>
#include <string>
#include <vector>

#include "chronograph/model.hpp"

namespace chronograph {

struct KindStyle {
  std::string shape = "ellipse";
  std::string fill = "#d7d7d7";
  std::string border = "#8c8c8c";
};

struct Theme {
  std::string name;
  std::string font;
  double font_size = 10;
  double title_font_size = 16;
  std::string background, text_color, muted_color, axis_color, grid_color, break_color, undated_panel_color;
  std::vector<std::string> lane_colors;
  std::map<std::string, KindStyle> actor_kinds;     // by ActorKind name; "other" must exist
  std::map<std::string, std::string> event_types;   // by event type; "other" must exist

  const KindStyle& kind_style(ActorKind kind) const;
  const std::string& event_color(const std::string& type) const;
};

// The embedded viz/themes/default.json.
const Theme& default_theme();
// A theme file; keys it leaves out keep the default's values. Throws Error naming the file.
Theme load_theme(const std::string& path);
Theme theme_from_json(const Json& j, const Theme& base);

}  // namespace chronograph
