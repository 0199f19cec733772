#pragma once
// Stage: document text + language -> actor mentions with spans and actor ids (docs/ACTORS.md).
// Countries come from CLDR through ICU (names in Arabic and English, Arabic nisba adjectives derived from
// them), cities from CLDR's exemplar cities; organisations, groups, places and people from the embedded
// lexicons (src/actors/lang/*.json) and --lexicon files; people, organisations and places the lexicons do
// not know from name patterns (titles, given names, organisation and place heads); later short forms join
// the full name introduced earlier in the document.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chronograph/model.hpp"

namespace chronograph {

struct TokenizedText;  // a text tokenised once for all stages (internal: src/text/phrases.hpp)

struct ActorEntry {
  std::string id;
  ActorKind kind = ActorKind::other;
  std::map<std::string, std::string> labels;  // language -> label
  std::vector<std::string> names;             // every name it is known by, any language
  std::map<std::string, std::string> attributes;  // e.g. "affiliation" of a place: its country
};

// What the stage finds in one document.
struct ActorAnalysis {
  std::vector<Mention> mentions;  // text order, non-overlapping
  std::vector<Actor> actors;      // each mentioned actor once, by id: labels, kind, attributes (role, affiliation)
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

  // Mentions and the actors they name. Spans are code points of the text; an Arabic proclitic (و ب ل ك ف)
  // is left out of the span. English names need their capital letter, and an all-capital name ("US", "AFP")
  // needs all its capitals. Lexicon names win over patterns, the longest name first. Thread-safe.
  ActorAnalysis analyse(std::string_view text, const std::string& language) const;
  // The same on a text the pipeline has tokenised once for all stages (`tokens` made by tokenize_text(text)).
  // `timexes` (the temporal stage's, optional): a word inside a temporal expression does not continue a name
  // ("السفير روبرت غوديك مساء أول من أمس", "said John Smith Tuesday").
  ActorAnalysis analyse(const TokenizedText& tokens, std::string_view text, const std::string& language,
                        const std::vector<Timex>* timexes = nullptr) const;
  std::vector<Mention> find(std::string_view text, const std::string& language) const {
    return analyse(text, language).mentions;
  }

  const ActorEntry* entry(const std::string& id) const;
  // An Arabic name in Latin letters, by ICU's Arabic-Latin transliterator: the fallback English label of a name
  // no lexicon knows (marked as such in the actor's attributes). Thread-safe; results are cached.
  std::string romanise(const std::string& arabic) const;
  // The actor as the graph holds it: labels per language, kind, no mentions yet.
  Actor actor(const std::string& id) const;

 private:
  struct Tables;
  std::vector<ActorEntry> entries_;
  std::unordered_map<std::string, std::size_t> by_id_;  // id -> index in entries_ (looked up, never walked)
  std::unique_ptr<Tables> tables_;
  std::size_t add_entry(ActorEntry e);  // a new id; returns its index
  void add_name(std::size_t entry, const std::string& name, bool adjective = false, bool context_only = false);
  void add_word_data(const Json& data);
  void add_exemplar_cities(const std::map<std::string, std::string>& country_ids);
  std::string romanise_word(const std::string& arabic_word) const;  // (romanise's, under its lock)
  friend class ActorPass;
};

// The process-wide recogniser with the built-in data (no --lexicon files).
const ActorRecognizer& actor_recognizer();

}  // namespace chronograph
