#pragma once
// The usual JSON Lines article record — one object whose values are strings, null or booleans — parsed without
// nlohmann's generic lexer (which took an eighth of `build`'s instructions on SaudiNewsNet). Anything else (numbers,
// nested values, any syntax error) gives nullopt, and the caller parses the line with nlohmann, which then also
// reports the error. Where this returns a value it equals Json::parse(line) (a fuzz target checks it).

#include <optional>
#include <string_view>

#include "chronograph/model.hpp"

namespace chronograph {

// `line` must be valid UTF-8 (the JSON Lines reader checks it first).
std::optional<Json> parse_flat_json_object(std::string_view line);

}  // namespace chronograph
