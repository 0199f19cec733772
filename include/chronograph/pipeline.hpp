#pragma once
// The pipeline in one place: ingest -> (extraction stages) -> graph -> chronology -> output.

#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "chronograph/graph/graph.hpp"
#include "chronograph/ingest/ingest.hpp"

namespace chronograph {

class ActorRecognizer;

// The extraction stages on one document: timexes (anchored to the document's DCT), actor mentions and the
// actors they name. Replaces what the annotation held.
// `detect_language`: a document without a language gets detect_language's answer first (from the letters the
// tokenisation counts, instead of a walk of its own; see RecordSink::detects_language).
void annotate(Annotation& annotation, const ActorRecognizer& actors, bool detect_language = false);

struct BuildSettings {
  std::vector<std::string> inputs;
  IngestOptions ingest;
  const ActorRecognizer* actors = nullptr;  // the built-in recogniser when null
  std::optional<std::string> append_to;  // an existing graph file to merge into
};

struct BuildReport {
  std::size_t documents = 0;  // documents and annotations read in this run
  std::size_t events = 0;     // events read in this run (curated or annotated)
  std::size_t graphs = 0;     // graph files merged
  std::vector<Skip> skipped;  // this run's skips, in input order
};

// Adds an `annotate` record to the graph: the document, an actor per mentioned id (its mention texts
// as aliases, counted per document) and the events.
void add_annotation(GraphBuilder& builder, const Annotation& annotation);
void add_annotation(GraphBuilder& builder, Annotation&& annotation);  // the same, moving the events into the builder

// Adds a curated event and its actors; an actor the lexicons know by its id gets their labels, kind and attributes.
void add_curated(GraphBuilder& builder, const CuratedEvent& curated, const ActorRecognizer& actors);

// Reads the inputs and builds the graph; articles go through annotate() first, annotate output is taken as it is. `on_skip` sees each skip as it happens, `on_progress` the
// running report after each record. Throws Error only when the --append graph cannot be read.
GraphData run_build(const BuildSettings& settings, BuildReport& report,
                    const std::function<void(const Skip&)>& on_skip = {},
                    const std::function<void(const BuildReport&)>& on_progress = {},
                    std::istream* stdin_stream = nullptr);

}  // namespace chronograph
