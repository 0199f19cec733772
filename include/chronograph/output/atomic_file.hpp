#pragma once
// Output files are written whole or not at all: into a temporary file beside the target, then renamed.

#include <functional>
#include <ostream>
#include <string>

namespace chronograph {

// Calls write(stream) on a temporary file next to `path`, then renames it over `path`. If write throws
// or the stream fails, the temporary file is removed, `path` is left as it was, and an Error is thrown
// (the writer's own exception is rethrown unchanged).
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace chronograph
