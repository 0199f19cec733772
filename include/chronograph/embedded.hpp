#pragma once
// Data files embedded at build time (cmake/ChronographEmbed.cmake): lexicons and themes.

#include <string_view>

namespace chronograph {

// The content of an embedded file ("temporal/ar.json", "themes/default.json"), or nullptr.
const char* embedded_file(std::string_view name);

}  // namespace chronograph
