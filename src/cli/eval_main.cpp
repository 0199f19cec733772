// chronograph-eval: scores chronograph against gold annotations (docs/EVALUATION.md).
//   chronograph-eval timex [--errors] [--lang en] FILE_OR_DIR...   TimeML gold: TempEval-3 Task A scores
//   chronograph-eval timex-gold GOLD.jsonl [--shared DIR] [--lang ar] our reference gold (spans into corpus records)
//   chronograph-eval ner --format anercorp|aqmar|meantime [--split dev|test] [--errors] FILE_OR_DIR...
//                                                                    mention-level PER/ORG/LOC scores of the actor stage
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <CLI/CLI.hpp>

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/error.hpp"
#include "chronograph/eval/ner_eval.hpp"
#include "chronograph/eval/timex_eval.hpp"
#include "chronograph/temporal/tagger.hpp"

namespace fs = std::filesystem;
using namespace chronograph;

namespace {

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw Error("cannot open", p.string());
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<fs::path> files_in(const std::vector<std::string>& inputs, const std::string& extension) {
  std::vector<fs::path> files;
  for (const auto& in : inputs) {
    if (fs::is_directory(in)) {
      for (const auto& e : fs::recursive_directory_iterator(in))
        if (e.path().extension() == extension) files.push_back(e.path());
    } else {
      files.emplace_back(in);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// ANERcorp has no document boundaries and no official split in this copy: documents are runs of 25 sentences;
// the first two thirds of them are development data (rules were tuned looking at them), the last third test data.
// AQMAR and MEANTIME were never looked at while tuning: every document is test data.
int run_ner(const std::vector<std::string>& inputs, const std::string& format, const std::string& split, bool show_errors) {
  std::vector<NerDocument> docs;
  std::size_t malformed = 0;
  if (format == "meantime") {
    for (const auto& f : files_in(inputs, ".xml")) docs.push_back(read_meantime_entities(read_all(f), f.filename().string()));
  } else {
    for (const auto& f : files_in(inputs, ".txt")) {
      std::size_t bad = 0;
      auto part = read_iob_documents(read_all(f), f.filename().string(), format == "anercorp" ? 25 : 0, &bad);
      malformed += bad;
      if (format == "anercorp" && !split.empty()) {
        const std::size_t cut = part.size() * 2 / 3;
        if (split == "dev") part.resize(cut);
        else part.erase(part.begin(), part.begin() + static_cast<std::ptrdiff_t>(cut));
      }
      for (auto& d : part) docs.push_back(std::move(d));
    }
  }
  const std::string language = format == "meantime" ? "en" : "ar";
  std::map<std::string, NerCounts> total;
  std::map<std::string, int> error_kinds;
  std::size_t tokens = 0;
  for (const auto& d : docs) {
    tokens += d.tokens.size();
    std::vector<NerError> errors;
    for (const auto& [type, c] : score_ner(d, actor_recognizer(), language, &errors)) total[type].add(c);
    for (const auto& e : errors) {
      ++error_kinds[e.kind];
      if (show_errors) std::cout << d.id << "\t" << e.kind << "\tgold: " << e.gold << "\tsystem: " << e.system << "\n";
    }
  }
  auto f1 = [](double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; };
  auto ratio = [](std::size_t a, std::size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; };
  std::printf("documents %zu, tokens %zu, malformed lines skipped %zu\n", docs.size(), tokens, malformed);
  for (const char* type : {"PER", "ORG", "LOC", "all"}) {
    const NerCounts& c = total[type];
    const double p = ratio(c.exact, c.system), r = ratio(c.exact, c.gold);
    const double po = ratio(c.system_overlapping, c.system), ro = ratio(c.gold_overlapped, c.gold);
    std::printf("%-4s gold %5zu system %5zu  exact P %.4f R %.4f F1 %.4f   overlap P %.4f R %.4f F1 %.4f\n", type, c.gold,
                c.system, p, r, f1(p, r), po, ro, f1(po, ro));
  }
  std::printf("errors:");
  for (const auto& [k, n] : error_kinds) std::printf(" %s %d", k.c_str(), n);
  std::printf("\n");
  return 0;
}

}  // namespace

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
  std::string ner_format;
  auto* ner = app.add_subcommand("ner", "Actor mentions against named-entity gold (PER, ORG, LOC)");
  ner->add_option("inputs", inputs, "Gold files or directories")->required();
  ner->add_option("--format", ner_format, "anercorp, aqmar (token-per-line IOB) or meantime (NewsReader XML)")
      ->required()
      ->check(CLI::IsMember({"anercorp", "aqmar", "meantime"}));
  ner->add_option("--split", split, "ANERcorp: dev (first two thirds) or test (last third)")->check(CLI::IsMember({"dev", "test"}));
  ner->add_flag("--errors", show_errors, "List every miss, spurious mention and wrong extent or type");
  CLI11_PARSE(app, argc, argv);
  try {
    if (app.got_subcommand("ner")) return run_ner(inputs, ner_format, split, show_errors);
    std::vector<GoldDocument> golds;
    if (app.got_subcommand("timex-gold")) golds = load_reference_gold(gold_file, shared_dir, split);
    TimexCounts total;
    std::map<std::string, int> error_kinds;
    for (const auto& f : files_in(inputs, ".tml")) golds.push_back(read_timeml_gold(read_all(f), f.string()));
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
