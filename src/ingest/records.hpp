#pragma once
// Helpers shared by the readers of src/ingest (not installed).

#include <optional>
#include <string>
#include <string_view>

#include "chronograph/error.hpp"
#include "chronograph/ingest/ingest.hpp"

namespace chronograph::ingest_detail {

// Empty, binary or invalid UTF-8 content -> the reason to skip it (with its line), else nullopt. `utf8_known` skips
// the UTF-8 check for text decoded from a JSON string of a checked file (JSON decoding cannot make it invalid).
std::optional<Error> check_text(std::string_view content, const std::string& file,
                                std::optional<std::size_t> line = {}, bool utf8_known = false);

// Fills language (per --lang) and the DCT fallback, and reports the document to the sink.
void emit_document(Document&& doc, const IngestOptions& options, RecordSink& sink);

// The DCT from a raw date string: nullopt when empty; throws Error for an unrecognised or impossible one.
std::optional<Day> dct_from(std::string_view raw);

// One JSON record (a JSON Lines line or an element of a JSON array) -> the sink. Throws Error.
void read_json_record(const Json& record, const std::string& file, std::optional<std::size_t> line,
                      const std::string& default_id, const IngestOptions& options, RecordSink& sink);

// Builds a curated event from its parts; `actor_specs` are (name, role, kind, explicit id).
struct ActorSpec {
  std::string name;
  Role role = Role::participant;
  std::optional<ActorKind> kind;
  std::string id;
};
CuratedEvent make_curated(std::string id, const std::optional<DateRef>& date, std::vector<ActorSpec> actors,
                          std::string type, std::string summary, std::string trigger, std::string source,
                          std::string evidence_doc, std::vector<std::string> after,
                          std::vector<std::string> before);

// "Iraq (target)" -> {"Iraq", target}; a trailing "(source)", "(target)" or "(participant)" sets the role.
ActorSpec parse_actor_cell(std::string_view cell);

std::string trim(std::string_view s);
std::vector<std::string> split_list(std::string_view s, char sep);

}  // namespace chronograph::ingest_detail
