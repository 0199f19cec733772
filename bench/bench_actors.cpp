// Benchmark (not a test): the actor stage alone on a JSON Lines corpus (e.g. SaudiNewsNet), MB/s on one core,
// with the temporal stage on the same texts in the same run for comparison (the machine is noisy: compare ratios).
// Usage: chronograph_actors_bench CORPUS.jsonl

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/model.hpp"
#include "chronograph/temporal/tagger.hpp"
#include "corpus.hpp"

using namespace chronograph;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: chronograph_actors_bench CORPUS.jsonl\n");
    return 2;
  }
  std::size_t bytes = 0;
  std::vector<std::string> texts;
  for (auto& d : bench::read_corpus(argv[1], bytes)) texts.push_back(std::move(d.text));
  auto t = Clock::now();
  const ActorRecognizer& actors = actor_recognizer();  // gazetteers, CLDR names and ICU objects built once
  const double load = std::chrono::duration<double>(Clock::now() - t).count();
  const TemporalTagger& tagger = temporal_tagger();
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("%zu documents, %.1f MB; recogniser built in %.3f s\n", texts.size(), mb, load);
  for (int round = 0; round < 2; ++round) {
    t = Clock::now();
    std::size_t mentions = 0, people = 0;
    std::map<std::string, int> kinds;
    for (const auto& text : texts) {
      const ActorAnalysis a = actors.analyse(text, "ar");
      mentions += a.mentions.size();
      for (const auto& m : a.mentions) ++kinds[to_string(m.kind)];
    }
    const double s_actors = std::chrono::duration<double>(Clock::now() - t).count();
    t = Clock::now();
    std::size_t timexes = 0;
    for (const auto& text : texts) timexes += tagger.tag(text, "ar", std::nullopt).size();
    const double s_time = std::chrono::duration<double>(Clock::now() - t).count();
    people = static_cast<std::size_t>(kinds["person"]);
    std::printf("round %d: actors %.3f s = %.1f MB/s (%zu mentions, %zu of people); temporal %.3f s = %.1f MB/s; "
                "actors/temporal time %.2f\n",
                round + 1, s_actors, mb / s_actors, mentions, people, s_time, mb / s_time, s_actors / s_time);
  }
  return 0;
}
