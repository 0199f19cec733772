#pragma once
// Stage: input paths -> records (documents, curated events, annotate output, graphs), streamed to a sink.
// The formats and their fields are described in docs/FORMATS.md.

#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/model.hpp"

namespace chronograph {

struct IngestOptions {
  std::optional<Day> dct;      // --dct: used when a document carries no date of its own
  std::string lang = "auto";   // --lang: "auto" decides per document
  std::string text_field;      // --text-field (default: text, content, body)
  std::string date_field;      // --date-field (default: published, date, date_published)
  std::string id_field = "id";
  std::string title_field = "title";
};

// A curated event with the actors it names, ready for the graph.
struct CuratedEvent {
  Event event;
  std::vector<Actor> actors;
};

// Receives records in input order. Every handler has a default that does nothing, so a sink
// overrides only what its command uses.
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual void document(Document&&) {}
  // True when the sink finds the language of a document that has none itself (annotate() with detect_language,
  // from the letters its tokenisation counts): the readers then leave it empty rather than walk the text for it.
  virtual bool detects_language() const { return false; }
  virtual void annotation(Annotation&&) {}
  virtual void curated(CuratedEvent&&) {}
  virtual void graph(GraphData&&) {}
  // A record or file that was not processed. The reader has already moved on.
  virtual void skipped(const Skip&) {}
};

// Reads every input (files, directories walked recursively in sorted order, "-" for stdin) and feeds
// the sink. Bad records are reported to sink.skipped() and the run goes on; an input that does not
// exist or cannot be read is reported the same way. Never throws for bad content.
void ingest(const std::vector<std::string>& inputs, const IngestOptions& options, RecordSink& sink,
            std::istream* stdin_stream = nullptr);

// The readers behind ingest(), one per format, on in-memory content. `file` names the content in
// messages and `id_base` prefixes record ids ("id_base#N" for the Nth record without an id).
void read_text_file(std::string_view content, const std::string& file, const std::string& id_base,
                    const IngestOptions& options, RecordSink& sink);
// Reuters-21578-style SGML (.sgm): one document per <REUTERS> story, id "<file>#<NEWID>", DCT from <DATE>, text
// from <TITLE>, <DATELINE> and <BODY>. A story that cannot be read is skipped with its line.
void read_sgml_file(std::string_view content, const std::string& file, const std::string& id_base,
                    const IngestOptions& options, RecordSink& sink);
void read_json_lines(std::istream& in, const std::string& file, const std::string& id_base,
                     const IngestOptions& options, RecordSink& sink);
void read_json_file(std::string_view content, const std::string& file, const std::string& id_base,
                    const IngestOptions& options, RecordSink& sink);
void read_html_file(std::string_view content, const std::string& file, const std::string& id_base,
                    const IngestOptions& options, RecordSink& sink);
void read_timeml_file(std::string_view content, const std::string& file, const std::string& id_base,
                      const IngestOptions& options, RecordSink& sink);
void read_events_csv(std::string_view content, const std::string& file, const std::string& id_base,
                     const IngestOptions& options, RecordSink& sink);

// HTML to article text: markup, scripts, styles and navigation removed, entities decoded, blocks on
// their own lines. Also reports <title>/og:title, the publication time and <html lang>.
struct HtmlArticle {
  std::string title;
  std::string text;
  std::string published;  // raw attribute value, may be empty
  std::string lang;
};
HtmlArticle extract_html(std::string_view html);

// Decodes HTML/XML character references (&amp; &#x645; …); unknown ones are kept as written.
std::string decode_entities(std::string_view s);

// The value of attribute `name="…"` in an SGML/XML start tag (the text from '<' to '>'), "" when absent; the name
// must follow whitespace, so "id" does not match inside "tid".
std::string tag_attribute(std::string_view tag, std::string_view name);

// The id an actor named `name` gets when nothing else identifies it: its match key, spaces as '-'.
std::string actor_id_for_name(std::string_view name);

// A stable short hash (FNV-1a 64, hex) used for ids derived from content.
std::string stable_hash(std::string_view s);

}  // namespace chronograph
