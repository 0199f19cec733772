#pragma once
// Evaluation: gold named-entity mentions -> mention-level PER/ORG/LOC precision, recall and F1 of our actor
// stage (CoNLL style: a mention counts when its token span and its type both match exactly; a second,
// "overlap" score counts a same-type mention that shares a token).

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace chronograph {

class ActorRecognizer;

struct NerMention {
  std::size_t begin = 0, end = 0;  // tokens [begin, end)
  std::string type;                // PER, ORG, LOC, MISC
  bool operator<(const NerMention& o) const {
    return begin != o.begin ? begin < o.begin : end != o.end ? end < o.end : type < o.type;
  }
};

struct NerDocument {
  std::string id;
  std::vector<std::string> tokens;
  std::vector<NerMention> gold;
};

// Token-per-line IOB files ("token TAG"): ANERcorp (B-PERS, B-LOC, B-ORG, B-MISC; no blank lines, sentences
// end with "."), AQMAR (B-PER …, MIS0–MIS3 counted as MISC; a blank line ends a sentence). Lines that do not
// split into a token and a tag are skipped and counted in `malformed`. A document is `sentences_per_document`
// sentences (ANERcorp has no document boundaries), or the whole file when 0.
std::vector<NerDocument> read_iob_documents(std::string_view content, const std::string& name,
                                            std::size_t sentences_per_document, std::size_t* malformed = nullptr);

// Gold tokens joined into the text the stages read: a space between tokens, a line break where the sentence
// changes (no sentence numbers: one line); starts[i] is token i's first code point.
struct JoinedTokens {
  std::string text;
  std::vector<std::size_t> starts;
  std::size_t token_at(std::size_t code_point) const;  // the token holding that code point
};
JoinedTokens join_tokens(const std::vector<std::string>& tokens, const std::vector<std::size_t>& sentence = {});

// MEANTIME (NewsReader XML): named mentions (syntactic_type NAM) of PER, ORG and LOC entities, typed through
// their REFERS_TO link.
NerDocument read_meantime_entities(std::string_view xml, const std::string& name);

struct NerCounts {
  std::size_t gold = 0, system = 0, exact = 0;
  std::size_t system_overlapping = 0, gold_overlapped = 0;  // same-type mentions sharing a token
  void add(const NerCounts& o) {
    gold += o.gold;
    system += o.system;
    exact += o.exact;
    system_overlapping += o.system_overlapping;
    gold_overlapped += o.gold_overlapped;
  }
};

struct NerError {
  std::string kind;  // "missed", "spurious", "type", "extent"
  std::string gold, system;
};

// Runs the recogniser on the document's tokens joined by spaces and compares PER/ORG/LOC mentions (gold MISC
// is left out of both sides: a system mention overlapping a MISC mention is not counted as spurious).
// Returns counts per type and under "all".
std::map<std::string, NerCounts> score_ner(const NerDocument& doc, const ActorRecognizer& recognizer,
                                           const std::string& language, std::vector<NerError>* errors = nullptr);

}  // namespace chronograph
