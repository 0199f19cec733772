#pragma once
// A JSON Lines corpus (SaudiNewsNet's `content` and `date_extracted`, or `text` and `published`) read into memory
// before timing, for the stage benchmarks.

#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "chronograph/model.hpp"
#include "chronograph/temporal/calendar.hpp"

namespace chronograph::bench {

struct CorpusDoc {
  std::string text;
  std::optional<Day> dct;
};

inline std::vector<CorpusDoc> read_corpus(const char* path, std::size_t& bytes) {
  std::vector<CorpusDoc> docs;
  bytes = 0;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const Json j = Json::parse(line, nullptr, false);
    if (!j.is_object()) continue;
    CorpusDoc d;
    d.text = j.value("content", j.value("text", std::string()));
    d.dct = parse_publication_date(j.value("date_extracted", j.value("published", std::string())));
    bytes += d.text.size();
    docs.push_back(std::move(d));
  }
  return docs;
}

}  // namespace chronograph::bench
