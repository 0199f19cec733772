#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "chronograph/error.hpp"
#include "chronograph/output/atomic_file.hpp"

using namespace chronograph;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("output files are written whole or not at all", "[output]") {
  const fs::path dir = fs::temp_directory_path() / "chronograph-atomic-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path target = dir / "out.json";

  write_file_atomically(target.string(), [](std::ostream& out) { out << "first"; });
  CHECK(slurp(target) == "first");

  // A writer that fails half-way leaves the old file and no temporary behind.
  CHECK_THROWS_AS(write_file_atomically(target.string(),
                                        [](std::ostream& out) {
                                          out << "partial";
                                          throw Error("boom");
                                        }),
                  Error);
  CHECK(slurp(target) == "first");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);

  CHECK_THROWS_WITH(write_file_atomically((dir / "missing" / "x.json").string(), [](std::ostream&) {}),
                    (dir / "missing").string() + ": cannot write: no such directory");
  fs::remove_all(dir);
}
