#pragma once
// Stage: document text -> language code, from the scripts of its letters.

#include <string>
#include <string_view>

namespace chronograph {

// "ar" when Arabic-script letters outnumber Latin ones, "en" when Latin letters do, "" when the text has
// no letters of either. Latin text is taken as English until more Latin-script languages are supported.
// Looks at the first 64 KiB only. Precondition: valid UTF-8.
std::string detect_language(std::string_view text);

}  // namespace chronograph
