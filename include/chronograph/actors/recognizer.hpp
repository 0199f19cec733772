#pragma once
// Stage: document text + language -> actor mentions with spans and actor ids (docs/ACTORS.md).
// Countries come from CLDR through ICU (names in Arabic and English, Arabic nisba adjectives derived from
// them); organisations, groups and people from the embedded lexicon (src/actors/lang/organizations.json)
// and from --lexicon files.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/model.hpp"

namespace chronograph {

struct ActorEntry {
  std::string id;
  ActorKind kind = ActorKind::other;
  std::map<std::string, std::string> labels;  // language -> label
  std::vector<std::string> names;             // every name it is known by, any language
};

class ActorRecognizer {
 public:
  ActorRecognizer();
  ~ActorRecognizer();
  ActorRecognizer(const ActorRecognizer&) = delete;
  ActorRecognizer& operator=(const ActorRecognizer&) = delete;

  // Adds a lexicon ({"actors": [{"id", "kind", "labels", "names"}]}): new ids are added, known ids get the
  // new kind and labels and the extra names. Throws Error naming `source` for a malformed file.
  void add_lexicon(const Json& lexicon, const std::string& source);
  void add_lexicon_file(const std::string& path);

  // Mentions in text order, non-overlapping, longest name first. Spans are code points of the text; an
  // Arabic proclitic (و ب ل ك ف) is left out of the span. English names need their capital letter, and an
  // all-capital name ("US", "AFP") needs all its capitals.
  std::vector<Mention> find(std::string_view text, const std::string& language) const;

  const ActorEntry* entry(const std::string& id) const;
  // The actor as the graph holds it: labels per language, kind, no mentions yet.
  Actor actor(const std::string& id) const;

 private:
  struct Tables;
  std::vector<ActorEntry> entries_;
  std::map<std::string, std::size_t> by_id_;
  std::unique_ptr<Tables> tables_;
  void add_name(std::size_t entry, const std::string& name);
};

// The process-wide recogniser with the built-in data (no --lexicon files).
const ActorRecognizer& actor_recognizer();

}  // namespace chronograph
