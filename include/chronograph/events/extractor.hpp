#pragma once
// Stage: an annotated document (its text, timexes, actor mentions and actors) -> events: who did what to whom,
// when (docs/EVENTS.md). Sentences come from ICU's sentence break iterator within lines; each clause with a trigger
// (src/events/lang/<lang>.json) and at least one actor makes an event; mentions of the same event in one document
// (same type and date, shared actors) become one event with several evidence sentences.

#include <memory>
#include <vector>

#include "chronograph/model.hpp"

namespace chronograph {

struct TokenizedText;  // a text tokenised once for all stages (internal: src/text/phrases.hpp)

class EventExtractor {
 public:
  EventExtractor();
  ~EventExtractor();
  EventExtractor(const EventExtractor&) = delete;
  EventExtractor& operator=(const EventExtractor&) = delete;

  // Events of the annotation's document (language "ar" or "en"; none for others), sorted by id. Ids are
  // "ev-" + a hash of type, date value and actors with roles, so the same event found in two documents has one id
  // and merges in the graph. Thread-safe.
  std::vector<Event> extract(const Annotation& annotation) const;
  // The same on the document's text tokenised once for all stages (tokenize_text(annotation.document.text)); the
  // Arabic future prefix (ستدعم) is added to the tokens' variants, so call this after the other stages.
  std::vector<Event> extract(const Annotation& annotation, TokenizedText& tokens) const;

  // The sentences of a text as this stage cuts them: ICU's sentence breaks, and every line ends one. Spans in code
  // points; English rules for languages without a lexicon. Thread-safe.
  std::vector<Span> sentences(const std::string& text, const std::string& language) const;

 private:
  struct Lexicon;
  std::vector<std::unique_ptr<Lexicon>> lexicons_;  // ar, en
};

// The process-wide extractor (trigger lexicons built on first use).
const EventExtractor& event_extractor();

}  // namespace chronograph
