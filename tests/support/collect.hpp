#pragma once
// A RecordSink that keeps everything, for tests of the readers.

#include <sstream>
#include <string>
#include <vector>

#include "chronograph/ingest/ingest.hpp"

namespace chronograph::testing {

struct Collect : RecordSink {
  std::vector<Document> documents;
  std::vector<Annotation> annotations;
  std::vector<CuratedEvent> events;
  std::vector<GraphData> graphs;
  std::vector<Skip> skips;
  void document(Document&& d) override { documents.push_back(std::move(d)); }
  void annotation(Annotation&& a) override { annotations.push_back(std::move(a)); }
  void curated(CuratedEvent&& c) override { events.push_back(std::move(c)); }
  void graph(GraphData&& g) override { graphs.push_back(std::move(g)); }
  void skipped(const Skip& s) override { skips.push_back(s); }
};

inline Collect read_jsonl(const std::string& content, const IngestOptions& options = {}) {
  Collect c;
  std::istringstream in(content);
  read_json_lines(in, "in.jsonl", "in.jsonl", options, c);
  return c;
}

}  // namespace chronograph::testing
