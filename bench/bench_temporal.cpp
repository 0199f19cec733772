// Benchmark (not a test): the temporal tagger alone on a JSON Lines corpus (e.g. SaudiNewsNet), MB/s on one
// core, and — side by side, in the same run — a peer a user would otherwise pick, Debian's python3-dateparser
// `search_dates`, on the first PEER_MB of the same texts, as a ratio.
// Usage: chronograph_temporal_bench CORPUS.jsonl [PEER_MB] [PEER_SCRIPT]

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "chronograph/model.hpp"
#include "chronograph/temporal/tagger.hpp"
#include "corpus.hpp"

using namespace chronograph;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: chronograph_temporal_bench CORPUS.jsonl [PEER_MB] [PEER_SCRIPT]\n");
    return 2;
  }
  const double peer_mb = argc > 2 ? std::stod(argv[2]) : 0.25;
  std::size_t bytes = 0;
  const std::vector<bench::CorpusDoc> docs = bench::read_corpus(argv[1], bytes);
  const TemporalTagger& tagger = temporal_tagger();  // lexicons and ICU objects built once, before timing
  auto t = Clock::now();
  std::size_t timexes = 0;
  for (const auto& d : docs) timexes += tagger.tag(d.text, "ar", d.dct).size();
  const double seconds = std::chrono::duration<double>(Clock::now() - t).count();
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("chronograph tagger: %zu documents, %.1f MB, %zu timexes, %.3f s, %.1f MB/s (one core)\n", docs.size(), mb,
              timexes, seconds, mb / seconds);

  // The same measure on the first PEER_MB, for both.
  std::size_t n = 0, sub = 0;
  while (n < docs.size() && static_cast<double>(sub) < peer_mb * 1e6) sub += docs[n++].text.size();
  t = Clock::now();
  std::size_t sub_timexes = 0;
  for (std::size_t k = 0; k < n; ++k) sub_timexes += tagger.tag(docs[k].text, "ar", docs[k].dct).size();
  const double ours = std::chrono::duration<double>(Clock::now() - t).count();
  std::printf("chronograph tagger on the first %zu documents (%.2f MB): %.4f s, %.1f MB/s, %zu timexes\n", n,
              static_cast<double>(sub) / 1e6, ours, static_cast<double>(sub) / 1e6 / ours, sub_timexes);
  if (argc > 3) {
    const std::string cmd = std::string("/usr/bin/python3 ") + argv[3] + " " + argv[1] + " " + std::to_string(n);
    std::fflush(stdout);
    t = Clock::now();
    const int rc = std::system(cmd.c_str());
    const double theirs = std::chrono::duration<double>(Clock::now() - t).count();
    std::printf("peer process wall time %.2f s (exit %d); ratio chronograph/peer throughput (peer's own timing above)\n",
                theirs, rc);
  }
  return 0;
}
