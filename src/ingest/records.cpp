#include "records.hpp"

#include <algorithm>
#include <set>

#include "chronograph/text/language.hpp"
#include "chronograph/text/normalize.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {

std::string stable_hash(std::string_view s) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  // Sixteen lower-case hex digits, written by hand (snprintf was most of the cost of an event's id).
  std::string out(16, '0');
  for (int k = 15; k >= 0; --k, h >>= 4) out[static_cast<std::size_t>(k)] = "0123456789abcdef"[h & 15];
  return out;
}

std::string actor_id_for_name(std::string_view name) {
  std::string id = match_key(name);
  std::replace(id.begin(), id.end(), ' ', '-');
  return id;
}

namespace ingest_detail {

std::string trim(std::string_view s) {
  const char* ws = " \t\r\n\f\v";
  const auto b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(ws);
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> split_list(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    auto next = s.find(sep, pos);
    if (next == std::string_view::npos) next = s.size();
    if (auto item = trim(s.substr(pos, next - pos)); !item.empty()) out.push_back(std::move(item));
    pos = next + 1;
  }
  return out;
}

std::optional<Error> check_text(std::string_view content, const std::string& file, std::optional<std::size_t> line,
                                bool utf8_known) {
  if (looks_binary(content)) return Error("binary content, not text", file, line);
  if (auto bad = utf8_known ? std::nullopt : find_invalid_utf8(content))
    return Error("invalid UTF-8 at byte " + std::to_string(bad->byte), file,
                 line ? line : std::optional<std::size_t>(bad->line));
  if (content.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) return Error(line ? "empty record" : "empty file", file, line);
  return std::nullopt;
}

std::optional<Day> dct_from(std::string_view raw) {
  const std::string s = trim(raw);
  if (s.empty()) return std::nullopt;
  if (auto d = parse_publication_date(s)) return d;
  throw Error("unrecognised publication date '" + s + "' (expected YYYY-MM-DD, optionally with a time)");
}

void emit_document(Document&& doc, const IngestOptions& options, RecordSink& sink) {
  if (!doc.published) doc.published = options.dct;
  if (options.lang != "auto") {
    doc.language = options.lang;
  } else if (doc.language.empty() && !sink.detects_language()) {
    doc.language = detect_language(doc.text);
  }
  sink.document(std::move(doc));
}

ActorSpec parse_actor_cell(std::string_view cell) {
  ActorSpec spec;
  std::string s = trim(cell);
  if (!s.empty() && s.back() == ')') {
    const auto open = s.rfind('(');
    if (open != std::string::npos) {
      if (auto role = role_from_string(trim(std::string_view(s).substr(open + 1, s.size() - open - 2)))) {
        spec.role = *role;
        s = trim(std::string_view(s).substr(0, open));
      }
    }
  }
  spec.name = s;
  return spec;
}

CuratedEvent make_curated(std::string id, const std::optional<DateRef>& date, std::vector<ActorSpec> specs,
                          std::string type, std::string summary, std::string trigger, std::string source,
                          std::string evidence_doc, std::vector<std::string> after,
                          std::vector<std::string> before) {
  CuratedEvent c;
  Event& e = c.event;
  e.date = date;
  e.type = type.empty() ? "other" : std::move(type);
  e.summary = std::move(summary);
  e.trigger = std::move(trigger);
  for (auto& spec : specs) {
    if (spec.name.empty() && spec.id.empty()) throw Error("an actor has no name");
    Actor a;
    a.id = spec.id.empty() ? actor_id_for_name(spec.name) : spec.id;
    if (a.id.empty()) throw Error("actor name '" + spec.name + "' has no letters or digits");
    if (!spec.name.empty()) {
      std::string lang = detect_language(spec.name);
      a.labels[lang.empty() ? "und" : lang] = spec.name;
      a.aliases.push_back(spec.name);
    }
    a.kind = spec.kind.value_or(ActorKind::other);
    a.mentions_by_doc[evidence_doc] = 1;
    e.actors.push_back({a.id, spec.role});
    c.actors.push_back(std::move(a));
  }
  std::sort(e.actors.begin(), e.actors.end());
  e.actors.erase(std::unique(e.actors.begin(), e.actors.end()), e.actors.end());
  e.evidence.push_back({evidence_doc, e.summary, std::nullopt, std::move(source)});
  e.after = std::move(after);
  e.before = std::move(before);
  if (id.empty()) {
    // Same content -> same id, so one event curated in two files merges into one with two evidences.
    std::string basis = (date ? date->value : std::string()) + '\x1f' + e.type + '\x1f' + e.summary;
    for (const auto& a : e.actors) basis += '\x1f' + a.id + ':' + to_string(a.role);
    id = "ev-" + stable_hash(basis);
  }
  e.id = std::move(id);
  return c;
}

namespace {

const std::set<std::string>& curated_keys() {
  static const std::set<std::string> keys = {"id",      "date",    "date_text", "actors", "type",
                                             "summary", "trigger", "source",    "after",  "before"};
  return keys;
}

std::string string_field(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  throw Error(std::string("field '") + key + "' must be a string");
}

std::vector<std::string> id_list(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (it->is_string()) return split_list(it->get<std::string>(), ';');
  return it->get<std::vector<std::string>>();
}

void read_curated(const Json& r, const std::string& evidence_doc, const IngestOptions& options, RecordSink& sink) {
  for (const auto& [key, value] : r.items())
    if (!curated_keys().count(key))
      throw Error("unknown field '" + key +
                  "' in event record (known: id, date, date_text, actors, type, summary, trigger, source, after, "
                  "before)");
  std::optional<DateRef> date;
  if (auto it = r.find("date"); it != r.end() && !it->is_null()) {
    if (it->is_string()) {
      if (auto v = trim(it->get<std::string>()); !v.empty()) date = date_from_value(v, options.dct, string_field(r, "date_text"));
    } else if (it->is_object()) {
      date = it->get<DateRef>();
    } else {
      throw Error("field 'date' must be a TIMEX3 value string or a date object");
    }
  }
  std::vector<ActorSpec> specs;
  const Json& actors = r.at("actors");
  if (!actors.is_array()) throw Error("field 'actors' must be an array");
  for (const auto& a : actors) {
    if (a.is_string()) {
      specs.push_back(parse_actor_cell(a.get<std::string>()));
      continue;
    }
    if (!a.is_object()) throw Error("an actor must be a name or an object with \"name\"");
    ActorSpec spec;
    for (const auto& [key, value] : a.items())
      if (key != "name" && key != "role" && key != "kind" && key != "id")
        throw Error("unknown field '" + key + "' in actor (known: name, role, kind, id)");
    spec.name = trim(string_field(a, "name"));
    spec.id = string_field(a, "id");
    if (auto role = string_field(a, "role"); !role.empty()) {
      auto r2 = role_from_string(role);
      if (!r2) throw Error("unknown role '" + role + "' (expected source, target or participant)");
      spec.role = *r2;
    }
    if (auto kind = string_field(a, "kind"); !kind.empty()) {
      spec.kind = actor_kind_from_string(kind);
      if (!spec.kind) throw Error("unknown actor kind '" + kind + "'");
    }
    specs.push_back(std::move(spec));
  }
  sink.curated(make_curated(string_field(r, "id"), date, std::move(specs), string_field(r, "type"),
                            string_field(r, "summary"), string_field(r, "trigger"), string_field(r, "source"),
                            evidence_doc, id_list(r, "after"), id_list(r, "before")));
}

}  // namespace

void read_json_record(const Json& r, const std::string& file, std::optional<std::size_t> line,
                      const std::string& default_id, const IngestOptions& options, RecordSink& sink) {
  if (!r.is_object()) throw Error("record is not a JSON object");
  if (r.contains("format")) {
    sink.graph(r.get<GraphData>());
    return;
  }
  if (r.contains("timexes") || r.contains("mentions")) {
    sink.annotation(r.get<Annotation>());
    return;
  }
  static const char* kTextFields[] = {"text", "content", "body"};
  const Json* text = nullptr;
  if (!options.text_field.empty()) {
    if (auto it = r.find(options.text_field); it != r.end()) text = &*it;
  } else {
    for (const char* f : kTextFields)
      if (auto it = r.find(f); it != r.end()) {
        text = &*it;
        break;
      }
  }
  if (!text && r.contains("actors")) {
    read_curated(r, default_id, options, sink);
    return;
  }
  if (!text)
    throw Error(options.text_field.empty() ? "record has no text (looked for text, content, body)"
                                           : "record has no field '" + options.text_field + "'");
  if (!text->is_string()) throw Error("the text field must be a string");
  Document doc;
  doc.id = string_field(r, options.id_field.c_str());
  if (doc.id.empty()) doc.id = default_id;
  doc.title = trim(string_field(r, options.title_field.c_str()));
  doc.text = doc.title.empty() ? text->get<std::string>() : doc.title + "\n\n" + text->get<std::string>();
  if (auto problem = check_text(doc.text, file, line, /*utf8_known=*/true)) throw *problem;  // the reader checked the file
  static const char* kDateFields[] = {"published", "date", "date_published"};
  if (!options.date_field.empty()) {
    doc.published = dct_from(string_field(r, options.date_field.c_str()));
  } else {
    for (const char* f : kDateFields)
      if (auto raw = string_field(r, f); !raw.empty()) {
        doc.published = dct_from(raw);
        break;
      }
  }
  doc.source = string_field(r, "url");
  if (doc.source.empty()) doc.source = file;
  emit_document(std::move(doc), options, sink);
}

}  // namespace ingest_detail
}  // namespace chronograph
