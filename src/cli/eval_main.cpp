// chronograph-eval: scores chronograph against gold annotations (docs/EVALUATION.md).
//   chronograph-eval timex [--errors] [--lang en] FILE_OR_DIR...   TimeML gold: TempEval-3 Task A scores
//   chronograph-eval timex-gold GOLD.jsonl [--shared DIR] [--lang ar] our reference gold (spans into corpus records)
//   chronograph-eval ner --format anercorp|aqmar|meantime [--split dev|test] [--errors] FILE_OR_DIR...
//                                                                    mention-level PER/ORG/LOC scores of the actor stage
//   chronograph-eval timeline --gold DIR --docs DIR [--docs-format tml|meantime] [--out DIR]
//                                                                    entity timelines from raw text (SemEval-2015 Task 4 A)
//   chronograph-eval triples FILE_OR_DIR...                         MEANTIME event–participant–time triples
//   chronograph-eval timeline-score GOLD_DIR SYSTEM_DIR              temporal awareness of any timelines in the task format
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include <CLI/CLI.hpp>

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/error.hpp"
#include "chronograph/eval/event_eval.hpp"
#include "chronograph/eval/ner_eval.hpp"
#include "chronograph/eval/timeline_eval.hpp"
#include "chronograph/eval/timex_eval.hpp"
#include "chronograph/output/atomic_file.hpp"
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

// MEANTIME was never used for tuning the event stage: every document is test data.
int run_triples(const std::vector<std::string>& inputs) {
  TripleCounts total, words;
  std::size_t documents = 0;
  for (const auto& f : files_in(inputs, ".xml")) {
    const TripleDocument doc = read_meantime_triples(read_all(f), f.string());
    total.add(score_triples(doc, actor_recognizer()));
    words.add(score_word_triples(doc));
    ++documents;
  }
  auto line = [](const char* label, std::size_t gold, std::size_t system, std::size_t correct, std::size_t found) {
    const double p = system ? static_cast<double>(correct) / static_cast<double>(system) : 0.0;
    const double r = gold ? static_cast<double>(found) / static_cast<double>(gold) : 0.0;
    std::printf("%-30s gold %5zu system %5zu  P %.4f  R %.4f  F1 %.4f\n", label, gold, system, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
  };
  std::printf("documents %zu\n", documents);
  std::printf("typed events (annotate):\n");
  line("event-participant-time", total.gold, total.system, total.system_correct, total.gold_found);
  line("event-participant", total.pair_gold, total.pair_system, total.pair_system_correct, total.pair_gold_found);
  std::printf("event words (the entity-timeline stage):\n");
  line("event-participant-time", words.gold, words.system, words.system_correct, words.gold_found);
  line("event-participant", words.pair_gold, words.pair_system, words.pair_system_correct, words.pair_gold_found);
  return 0;
}

// The gold timelines of a folder, by file name.
std::map<std::string, EntityTimeline> read_timelines(const std::string& dir) {
  std::map<std::string, EntityTimeline> out;
  for (const auto& f : files_in({dir}, ".txt")) out[f.filename().string()] = read_entity_timeline(read_all(f), f.string());
  return out;
}

void print_awareness(const std::string& label, const AwarenessCounts& c) {
  std::printf("%-28s gold %4zu system %4zu  P %6.2f  R %6.2f  F1 %6.2f\n", label.c_str(), c.gold, c.system, 100 * c.precision(),
              100 * c.recall(), 100 * c.f1());
}

int run_timeline_score(const std::string& gold_dir, const std::string& system_dir) {
  AwarenessCounts total;
  const auto system = read_timelines(system_dir);
  for (const auto& [file, gold] : read_timelines(gold_dir)) {
    auto it = system.find(file);
    const AwarenessCounts c = score_entity_timeline(gold, it == system.end() ? EntityTimeline{gold.entity, {}} : it->second);
    print_awareness(gold.entity, c);
    total.add(c);
  }
  print_awareness("micro-average", total);
  return 0;
}

// The trial timelines name their documents by the ids of an earlier Wikinews release, MEANTIME by others. A gold
// document id is mapped to the MEANTIME document holding the most of its event words at their sentences, when that
// is at least two thirds of them and no other document holds as many; otherwise it stays (and cannot be found).
void align_gold_documents(std::map<std::string, EntityTimeline>& golds, const std::vector<TimelineDocument>& docs) {
  std::map<std::string, std::set<std::pair<std::size_t, std::string>>> wanted;
  for (const auto& [file, g] : golds)
    for (const auto& l : g.lines)
      for (const auto& e : l.events) wanted[e.doc].insert({e.sentence, e.word.substr(0, e.word.find('_'))});
  std::map<std::string, std::string> mapped;
  for (const auto& [id, words] : wanted) {
    std::size_t best = 0, second = 0;
    std::string best_id;
    for (const auto& d : docs) {
      std::size_t n = 0;
      for (const auto& word : words) {
        const std::size_t s = word.first;
        const std::string& w = word.second;
        if (s < d.sentences.size() &&
            std::any_of(d.sentences[s].begin(), d.sentences[s].end(), [&](const TimelineDocument::Token& t) { return t.text == w; }))
          ++n;
      }
      if (n > best) {
        second = best;
        best = n;
        best_id = d.id;
      } else if (n > second) {
        second = n;
      }
    }
    if (best * 3 >= words.size() * 2 && best > second) mapped[id] = best_id;
    else std::fprintf(stderr, "gold document %s matches no document\n", id.c_str());
  }
  for (auto& [file, g] : golds)
    for (auto& l : g.lines)
      for (auto& e : l.events)
        if (auto it = mapped.find(e.doc); it != mapped.end()) e.doc = it->second;
}

// Track A: timelines from the raw documents for every entity of the gold folder (named on each file's first line).
int run_timeline(const std::string& gold_dir, const std::vector<std::string>& doc_dirs, const std::string& format,
                 const std::string& out_dir) {
  std::vector<TimelineDocument> docs;
  for (const auto& f : files_in(doc_dirs, format == "meantime" ? ".xml" : ".tml")) {
    const std::string xml = read_all(f);
    SentenceDocument d = format == "meantime" ? read_meantime_sentences(xml, f.string()) : read_task_timeml(xml, f.string());
    docs.push_back(prepare_timeline_document(d.id, d.sentences, d.dct, "en"));
  }
  std::sort(docs.begin(), docs.end(), [](const TimelineDocument& a, const TimelineDocument& b) { return a.id < b.id; });
  auto golds = read_timelines(gold_dir);
  if (format == "meantime") align_gold_documents(golds, docs);
  std::vector<std::string> targets;
  for (const auto& [file, g] : golds) targets.push_back(g.entity);
  AwarenessCounts total;
  std::size_t events = 0;
  for (const auto& [file, gold] : golds) {
    const EntityTimeline system = entity_timeline(docs, gold.entity, targets);
    for (const auto& l : system.lines) events += l.events.size();
    if (!out_dir.empty()) {
      fs::create_directories(out_dir);
      write_file_atomically((fs::path(out_dir) / file).string(), [&](std::ostream& o) { o << write_entity_timeline(system); });
    }
    const AwarenessCounts c = score_entity_timeline(gold, system);
    print_awareness(gold.entity, c);
    total.add(c);
  }
  std::printf("documents %zu, timelines %zu, system events %zu\n", docs.size(), golds.size(), events);
  print_awareness("micro-average", total);
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
  std::string timeline_gold, system_dir, docs_format = "tml", out_dir;
  std::vector<std::string> doc_dirs;
  auto* timeline = app.add_subcommand("timeline", "Entity timelines from raw text against SemEval-2015 Task 4 gold (Track A)");
  timeline->add_option("--gold", timeline_gold, "Folder of gold timelines; each file's first line names its entity")->required();
  timeline->add_option("--docs", doc_dirs, "Folders or files of the documents")->required();
  timeline->add_option("--docs-format", docs_format, "tml (the task's TimeML) or meantime (NewsReader XML)")
      ->check(CLI::IsMember({"tml", "meantime"}))
      ->capture_default_str();
  timeline->add_option("--out", out_dir, "Write the system timelines here, one file per gold file");
  auto* triples = app.add_subcommand("triples", "Event-participant-time triples against MEANTIME gold");
  triples->add_option("inputs", inputs, "MEANTIME XML files or directories")->required();
  auto* timeline_score = app.add_subcommand("timeline-score", "Temporal awareness of timelines against gold timelines");
  timeline_score->add_option("gold", timeline_gold, "Folder of gold timelines")->required();
  timeline_score->add_option("system", system_dir, "Folder of system timelines (same file names)")->required();
  CLI11_PARSE(app, argc, argv);
  try {
    if (app.got_subcommand("timeline")) return run_timeline(timeline_gold, doc_dirs, docs_format, out_dir);
    if (app.got_subcommand("triples")) return run_triples(inputs);
    if (app.got_subcommand("timeline-score")) return run_timeline_score(timeline_gold, system_dir);
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
