#include "chronograph/render/theme.hpp"

#include <fstream>
#include <sstream>

#include "chronograph/embedded.hpp"
#include "chronograph/error.hpp"

namespace chronograph {


namespace {

void read_string(const Json& j, const char* key, std::string& out) {
  if (auto it = j.find(key); it != j.end()) out = it->get<std::string>();
}

}  // namespace

const KindStyle& Theme::kind_style(ActorKind kind) const {
  auto it = actor_kinds.find(to_string(kind));
  return it != actor_kinds.end() ? it->second : actor_kinds.at("other");
}

const std::string& Theme::event_color(const std::string& type) const {
  auto it = event_types.find(type);
  return it != event_types.end() ? it->second : event_types.at("other");
}

Theme theme_from_json(const Json& j, const Theme& base) {
  Theme t = base;
  read_string(j, "name", t.name);
  read_string(j, "font", t.font);
  if (j.contains("font_size")) t.font_size = j.at("font_size").get<double>();
  if (j.contains("title_font_size")) t.title_font_size = j.at("title_font_size").get<double>();
  read_string(j, "background", t.background);
  read_string(j, "text_color", t.text_color);
  read_string(j, "muted_color", t.muted_color);
  read_string(j, "axis_color", t.axis_color);
  read_string(j, "grid_color", t.grid_color);
  read_string(j, "break_color", t.break_color);
  read_string(j, "undated_panel_color", t.undated_panel_color);
  if (j.contains("lane_colors")) t.lane_colors = j.at("lane_colors").get<std::vector<std::string>>();
  if (auto it = j.find("actor_kinds"); it != j.end())
    for (const auto& [kind, style] : it->items()) {
      KindStyle& k = t.actor_kinds[kind];
      read_string(style, "shape", k.shape);
      read_string(style, "fill", k.fill);
      read_string(style, "border", k.border);
    }
  if (auto it = j.find("event_types"); it != j.end())
    for (const auto& [type, color] : it->items()) t.event_types[type] = color.get<std::string>();
  if (!t.actor_kinds.count("other") || !t.event_types.count("other") || t.lane_colors.empty())
    throw Error("a theme needs actor_kinds.other, event_types.other and lane_colors");
  return t;
}

const Theme& default_theme() {
  static const Theme theme = theme_from_json(Json::parse(embedded_file("themes/default.json")), Theme{});
  return theme;
}

Theme load_theme(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error("cannot open theme file", path);
  std::stringstream s;
  s << in.rdbuf();
  try {
    return theme_from_json(Json::parse(s.str()), default_theme());
  } catch (const Json::exception& e) {
    throw Error(std::string("bad theme: ") + e.what(), path);
  } catch (const Error& e) {
    throw Error(e.message(), path);
  }
}

}  // namespace chronograph
