#pragma once
// Entity timelines (docs/EVENTS.md, "Entity timelines"): for one target entity, the events it takes part in across
// a set of documents, each anchored to a date or left undated, and ordered. The format is the one of SemEval-2015
// Task 4 (TimeLine), so our output can be scored against its gold:
//
//   Airbus                                   <- the entity
//   0<TAB>XXXX-XX-XX<TAB>1173-12-owned       <- order 0: neither anchored nor ordered
//   3<TAB>2005-01-18<TAB>3307-0-launches<TAB>3307-2-unveiled
//
// Each line is one position ("order") with a date (YYYY, YYYY-MM, YYYY-MM-DD or XXXX-XX-XX) and the mentions of one
// event, written docid-sentence-word; several lines may share an order (simultaneous events).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/model.hpp"

namespace chronograph {

struct TimelineEvent {
  std::string doc;
  std::size_t sentence = 0;
  std::string word;  // the token as written; a multi-word event joins its tokens with '_'
  auto operator<=>(const TimelineEvent&) const = default;
};

struct TimelineLine {
  int order = 0;
  std::string date;  // "YYYY", "YYYY-MM", "YYYY-MM-DD" or "XXXX-XX-XX"
  std::vector<TimelineEvent> events;
};

struct EntityTimeline {
  std::string entity;
  std::vector<TimelineLine> lines;
};

// "docid-sentence-word" -> event: the sentence is the first all-digit part between dashes, so document ids may
// hold dashes unless a part of them is a number ("report-2024-x" is read as document "report", sentence 2024).
// nullopt when there is no such part.
std::optional<TimelineEvent> parse_timeline_event(std::string_view s);
std::string to_string(const TimelineEvent& e);

// Reads the tab-separated format. Throws Error naming `source` and the line for a malformed line (a bad order,
// date or event); an empty file is an error too.
EntityTimeline read_entity_timeline(std::string_view text, const std::string& source);
std::string write_entity_timeline(const EntityTimeline& timeline);

// A document prepared once for every entity: its sentences (one per line of the source; tokens separated by
// white space as in the task's TimeML), its DCT, its temporal expressions and its event words.
struct TimelineDocument {
  struct Token {
    std::string text;
    std::size_t begin = 0;  // code point offset of the token in its sentence line
  };
  struct Word {  // an event word
    std::size_t sentence = 0, token = 0;
    bool future = false;  // modal, infinitive or future: happens at no known time
  };
  struct Time {  // a date expression, resolved to the task's date format
    std::size_t sentence = 0, token = 0;
    std::string date;
  };
  struct Named {  // a mention the actor stage found, with its actor id
    std::size_t sentence = 0, begin = 0, end = 0;  // tokens [begin, end)
    std::string actor;
  };
  std::string id;
  std::string language;
  std::optional<Day> dct;
  std::vector<std::string> texts;  // the sentences as given
  std::vector<std::vector<Token>> sentences;
  std::vector<Word> words;
  std::vector<Time> times;
  std::vector<Named> named;
};

// Tokenises the sentences, tags their temporal expressions (anchored to the DCT), finds actor mentions (the actor
// stage) and event words: in English the verb forms and event nouns of src/chronology/lang/en.json, in Arabic the
// event stage's one-word triggers behind their proclitics. Other languages give none.
TimelineDocument prepare_timeline_document(std::string id, const std::vector<std::string>& sentences,
                                           std::optional<Day> dct, const std::string& language);

// The same for an article's text: sentences cut as the event stage cuts them (ICU, and every line), numbered from 0
// without the empty ones; punctuation is split off the words.
TimelineDocument prepare_timeline_text(std::string id, const std::string& text, std::optional<Day> dct,
                                       const std::string& language);

// Every (event word, actor mention) pair the timeline stage links — a word within the window of a mention the actor
// stage found in its sentence — with the word's date (YYYY[-MM[-DD]] or XXXX-XX-XX): the reading behind entity
// timelines, for all actors at once.
struct WordParticipation {
  std::size_t sentence = 0, token = 0;
  std::size_t mention_begin = 0, mention_end = 0;  // tokens [begin, end)
  std::string actor;
  std::string date;
};
std::vector<WordParticipation> word_participations(const TimelineDocument& doc);

// The timeline of `entity` over the documents. `targets` lists every entity being followed (the entity included):
// a mention is given to the longest matching name, so "Boeing 787" counts for "Boeing 787 Dreamliner", not for
// "Boeing". When the actor stage knows the entity's name ("US" and "Washington" are the United States, "العراق"
// is Iraq), its mentions of that actor count too. Deterministic: documents and events are ordered by id.
EntityTimeline entity_timeline(const std::vector<TimelineDocument>& documents, const std::string& entity,
                               const std::vector<std::string>& targets);

}  // namespace chronograph
