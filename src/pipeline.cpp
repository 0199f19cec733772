#include "chronograph/pipeline.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <string_view>

#include "chronograph/actors/recognizer.hpp"
#include "chronograph/events/extractor.hpp"
#include "chronograph/graph/graph_json.hpp"
#include "chronograph/temporal/tagger.hpp"
#include "chronograph/text/language.hpp"
#include "text/phrases.hpp"

namespace chronograph {

void annotate(Annotation& a, const ActorRecognizer& actors, bool detect_language) {
  // One normalisation and tokenisation for the three stages.
  TokenizedText tokens = tokenize_text(a.document.text);
  if (detect_language && a.document.language.empty())
    a.document.language = tokens.letters_counted ? language_from_counts(tokens.letters) : chronograph::detect_language(a.document.text);
  a.timexes = temporal_tagger().tag(tokens, a.document.text, a.document.language, a.document.published);
  ActorAnalysis found = actors.analyse(tokens, a.document.text, a.document.language, &a.timexes);
  a.mentions = std::move(found.mentions);
  a.actors = std::move(found.actors);
  a.events = event_extractor().extract(a, tokens);
}

void add_annotation(GraphBuilder& builder, const Annotation& annotation) { add_annotation(builder, Annotation(annotation)); }

void add_annotation(GraphBuilder& builder, Annotation&& annotation) {
  const Document& doc = annotation.document;
  builder.add_document(doc);
  // Actors the stage found with low confidence (one weak pattern, one mention) stay out of the graph.
  std::vector<std::string_view> unsure;
  for (const auto& described : annotation.actors) {
    auto it = described.attributes.find("confidence");
    if (it != described.attributes.end() && it->second == "low") unsure.push_back(described.id);
  }
  std::sort(unsure.begin(), unsure.end());
  // The document's actors in id order, found through views of the mentions' ids (the annotation outlives them):
  // each mention adds its text as an alias and one to the count; the first gives the label in the document's language.
  struct Local {
    Actor actor;
    int mentions = 0;
  };
  std::map<std::string_view, Local> actors;
  for (auto& m : annotation.mentions) {
    if (std::binary_search(unsure.begin(), unsure.end(), std::string_view(m.actor))) continue;
    Local& l = actors[m.actor];
    Actor& a = l.actor;
    if (l.mentions++ == 0) a.id = m.actor;
    a.kind = m.kind;
    if (!m.text.empty()) {
      if (!doc.language.empty() && !a.labels.count(doc.language)) a.labels[doc.language] = m.text;
      a.aliases.push_back(std::move(m.text));
    }
  }
  // What the actor stage says of each actor (labels in both languages, kind, role, affiliation) comes first.
  for (const auto& described : annotation.actors) {
    auto it = actors.find(described.id);
    if (it == actors.end()) continue;  // described but never mentioned: not part of this document
    Actor& a = it->second.actor;
    for (const auto& [lang, label] : described.labels) a.labels[lang] = label;
    if (described.kind != ActorKind::other) a.kind = described.kind;
    a.attributes = described.attributes;
    a.attributes.erase("confidence");
  }
  for (auto& [id, l] : actors) {
    l.actor.mentions_by_doc.emplace(doc.id, l.mentions);
    builder.add_actor(std::move(l.actor));  // the builder sorts the aliases (one per mention)
  }
  for (auto& e : annotation.events) builder.add_event(std::move(e));
}

void add_curated(GraphBuilder& builder, const CuratedEvent& curated, const ActorRecognizer& actors) {
  for (Actor a : curated.actors) {
    if (const ActorEntry* known = actors.entry(a.id)) {
      for (const auto& [lang, label] : known->labels) a.labels.emplace(lang, label);
      if (a.kind == ActorKind::other) a.kind = known->kind;
      for (const auto& [key, value] : known->attributes) a.attributes.emplace(key, value);
    }
    builder.add_actor(a);
  }
  builder.add_event(curated.event);
}

namespace {

class BuildSink : public RecordSink {
 public:
  BuildSink(GraphBuilder& builder, BuildReport& report, const ActorRecognizer& actors,
            const std::function<void(const Skip&)>& on_skip, const std::function<void(const BuildReport&)>& on_progress)
      : builder_(builder), report_(report), actors_(actors), on_skip_(on_skip), on_progress_(on_progress) {}

  bool detects_language() const override { return true; }
  void document(Document&& doc) override {
    Annotation a;
    a.document = std::move(doc);
    annotate(a, actors_, true);
    annotation(std::move(a));
  }
  void annotation(Annotation&& a) override {
    ++report_.documents;
    report_.events += a.events.size();
    add_annotation(builder_, std::move(a));
    progress();
  }
  void curated(CuratedEvent&& c) override {
    add_curated(builder_, c, actors_);
    ++report_.events;
    progress();
  }
  void graph(GraphData&& g) override {
    builder_.add_graph(g);
    ++report_.graphs;
    progress();
  }
  void skipped(const Skip& skip) override {
    builder_.add_skip(skip);
    report_.skipped.push_back(skip);
    if (on_skip_) on_skip_(skip);
  }

 private:
  void progress() {
    if (on_progress_) on_progress_(report_);
  }
  GraphBuilder& builder_;
  BuildReport& report_;
  const ActorRecognizer& actors_;
  const std::function<void(const Skip&)>& on_skip_;
  const std::function<void(const BuildReport&)>& on_progress_;
};

}  // namespace

GraphData run_build(const BuildSettings& settings, BuildReport& report, const std::function<void(const Skip&)>& on_skip,
                    const std::function<void(const BuildReport&)>& on_progress, std::istream* stdin_stream) {
  GraphBuilder builder;
  if (settings.append_to && std::filesystem::exists(*settings.append_to))
    builder.add_graph(read_graph_json(*settings.append_to));
  BuildSink sink(builder, report, settings.actors ? *settings.actors : actor_recognizer(), on_skip, on_progress);
  ingest(settings.inputs, settings.ingest, sink, stdin_stream);
  return std::move(builder).build();
}

}  // namespace chronograph
