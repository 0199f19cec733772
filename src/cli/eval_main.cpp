// chronograph-eval: scores chronograph against gold annotations (docs/EVALUATION.md).
//   chronograph-eval timex [--errors] [--lang en] FILE_OR_DIR...   TimeML gold: TempEval-3 Task A scores
//   chronograph-eval timex-gold GOLD.jsonl [--shared DIR] [--lang ar] our reference gold (spans into corpus records)
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
  std::string gold_file, shared_dir = "../shared";
  auto* timex_ar = app.add_subcommand("timex-gold", "Temporal expressions against our reference gold (JSON Lines of spans)");
  timex_ar->add_option("gold", gold_file, "Gold file, e.g. tests/eval/arabic_timex_gold.jsonl")->required();
  timex_ar->add_option("--shared", shared_dir, "The shared folder holding seeds/ and corpus/")->capture_default_str();
  timex_ar->add_flag("--errors", show_errors, "List every miss, spurious match and wrong value");
  timex_ar->add_option("--lang", lang, "Language of the documents");
  std::string split;
  timex_ar->add_option("--split", split, "Only documents of this split (dev: tuned on; test: reported)");
  CLI11_PARSE(app, argc, argv);
  try {
    std::vector<GoldDocument> golds;
    if (app.got_subcommand("timex-gold")) golds = load_reference_gold(gold_file, shared_dir, split);
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
      golds.push_back(read_timeml_gold(s.str(), f.string()));
    }
    for (const auto& gold : golds) {
      std::vector<TimexError> errors;
      total.add(compare_timexes(gold, temporal_tagger().tag(gold.text, lang, gold.dct), &errors));
      for (const auto& e : errors) {
        ++error_kinds[e.kind];
        if (show_errors)
          std::cout << fs::path(gold.name).filename().string() << "\t" << e.kind << "\tgold: " << e.gold_text << " [" << e.gold_value
                    << "]\tsystem: " << e.system_text << " [" << e.system_value << "]\n";
      }
    }
    const TimexScores sc = scores(total);
    std::printf("documents %zu, gold timexes %zu, system timexes %zu\n", golds.size(), total.gold, total.system);
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
