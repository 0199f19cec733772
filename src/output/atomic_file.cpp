#include "chronograph/output/atomic_file.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include <unistd.h>

#include "chronograph/error.hpp"

namespace fs = std::filesystem;

namespace chronograph {

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error("cannot write: no such directory", dir.string());
  const fs::path temp = dir / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()));
  try {
    {
      std::ofstream out(temp, std::ios::binary | std::ios::trunc);
      if (!out) throw Error("cannot create file", temp.string());
      write(out);
      out.flush();
      if (!out) throw Error("write failed", path);
    }
    fs::rename(temp, target, ec);
    if (ec) throw Error("cannot rename into place: " + ec.message(), path);
  } catch (...) {
    fs::remove(temp, ec);
    throw;
  }
}

}  // namespace chronograph
