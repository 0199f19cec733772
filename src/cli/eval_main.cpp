// chronograph-eval: scores chronograph against gold annotations (docs/EVALUATION.md).
//   chronograph-eval timex [--errors] [--lang en] FILE_OR_DIR...   TimeML gold: TempEval-3 Task A scores
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <CLI/CLI.hpp>

#include "chronograph/error.hpp"
#include "chronograph/eval/timex_eval.hpp"
#include "chronograph/temporal/tagger.hpp"

namespace fs = std::filesystem;
using namespace chronograph;

int main(int argc, char** argv) {
  CLI::App app{"chronograph-eval: scores chronograph's stages against gold annotations"};
  app.require_subcommand(1);
  std::vector<std::string> inputs;
  bool show_errors = false;
  std::string lang = "en";
  auto* timex = app.add_subcommand("timex", "Temporal expressions against TimeML gold (TempEval-3 Task A)");
  timex->add_option("inputs", inputs, "TimeML files or directories")->required();
  timex->add_flag("--errors", show_errors, "List every miss, spurious match and wrong value");
  timex->add_option("--lang", lang, "Language of the documents");
  CLI11_PARSE(app, argc, argv);
  try {
    std::vector<fs::path> files;
    for (const auto& in : inputs) {
      if (fs::is_directory(in)) {
        for (const auto& e : fs::recursive_directory_iterator(in))
          if (e.path().extension() == ".tml") files.push_back(e.path());
      } else {
        files.emplace_back(in);
      }
    }
    std::sort(files.begin(), files.end());
    TimexCounts total;
    std::map<std::string, int> error_kinds;
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream s;
      s << in.rdbuf();
      const GoldDocument gold = read_timeml_gold(s.str(), f.string());
      std::vector<TimexError> errors;
      total.add(compare_timexes(gold, temporal_tagger().tag(gold.text, lang, gold.dct), &errors));
      for (const auto& e : errors) {
        ++error_kinds[e.kind];
        if (show_errors)
          std::cout << f.filename().string() << "\t" << e.kind << "\tgold: " << e.gold_text << " [" << e.gold_value
                    << "]\tsystem: " << e.system_text << " [" << e.system_value << "]\n";
      }
    }
    const TimexScores sc = scores(total);
    std::printf("documents %zu, gold timexes %zu, system timexes %zu\n", files.size(), total.gold, total.system);
    std::printf("strict   P %.4f  R %.4f  F1 %.4f\n", sc.strict_p, sc.strict_r, sc.strict_f1);
    std::printf("relaxed  P %.4f  R %.4f  F1 %.4f\n", sc.relaxed_p, sc.relaxed_r, sc.relaxed_f1);
    std::printf("type     accuracy %.4f  F1 %.4f\n", sc.type_accuracy, sc.type_f1);
    std::printf("value    accuracy %.4f  F1 %.4f\n", sc.value_accuracy, sc.value_f1);
    std::printf("errors:");
    for (const auto& [k, n] : error_kinds) std::printf(" %s %d", k.c_str(), n);
    std::printf("\n");
  } catch (const Error& e) {
    std::cerr << "chronograph-eval: " << e.what() << '\n';
    return 2;
  }
  return 0;
}
