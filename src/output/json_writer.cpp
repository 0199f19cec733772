#include "chronograph/output/json_writer.hpp"

#include <map>

#include "chronograph/error.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {
namespace {

// A member's key and colon, after a comma unless it is the first member.
void key(std::string& out, std::string_view k, bool first = false) {
  if (!first) out += ',';
  out += '"';
  out += k;
  out += "\":";
}

void append_int(std::string& out, long long v) { out += std::to_string(v); }

void append_day(std::string& out, const std::optional<Day>& d) {
  if (d)
    append_json_string(out, format_day(*d));
  else
    out += "null";
}

void append_span(std::string& out, const Span& s) {
  out += '[';
  out += std::to_string(s.begin);
  out += ',';
  out += std::to_string(s.end);
  out += ']';
}

template <typename V>
void append_map(std::string& out, const std::map<std::string, V>& m) {
  out += '{';
  bool first = true;
  for (const auto& [k, v] : m) {
    if (!first) out += ',';
    first = false;
    append_json_string(out, k);
    out += ':';
    if constexpr (std::is_same_v<V, int>)
      append_int(out, v);
    else
      append_json_string(out, v);
  }
  out += '}';
}

void append_strings(std::string& out, const std::vector<std::string>& v) {
  out += '[';
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, v[i]);
  }
  out += ']';
}

void append_date(std::string& out, const DateRef& d) {
  key(out, "text", true);
  append_json_string(out, d.text);
  key(out, "value");
  append_json_string(out, d.value);
  key(out, "start");
  append_day(out, d.start);
  key(out, "end");
  append_day(out, d.end);
  key(out, "granularity");
  if (d.granularity)
    append_json_string(out, to_string(*d.granularity));
  else
    out += "null";
  key(out, "mod");
  if (d.mod)
    append_json_string(out, to_string(*d.mod));
  else
    out += "null";
}

void append_evidence(std::string& out, const Evidence& e) {
  out += '{';
  key(out, "doc", true);
  append_json_string(out, e.doc);
  key(out, "sentence");
  append_json_string(out, e.sentence);
  key(out, "span");
  if (e.span)
    append_span(out, *e.span);
  else
    out += "null";
  if (!e.source.empty()) {
    key(out, "source");
    append_json_string(out, e.source);
  }
  out += '}';
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  // Words of eight bytes without a byte to escape, and with only ASCII and whole two-byte sequences, are passed over
  // at once; the rest byte by byte.
  const auto to_escape = [](std::uint64_t w) { return has_byte_below(w, 0x20) | has_byte(w, '"') | has_byte(w, '\\'); };
  for (std::size_t i = skip_two_byte_utf8(s, 0, to_escape); i < s.size(); i = skip_two_byte_utf8(s, i + 1, to_escape)) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {  // every sequence is checked here, in the one pass
      const std::size_t len = utf8_sequence_length(reinterpret_cast<const unsigned char*>(s.data()), i, s.size());
      if (len == 0) throw Error("invalid UTF-8 in a string to be written as JSON");
      i += len - 1;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        out.append(esc, 6);
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void append_json(std::string& out, const std::string& s) { append_json_string(out, s); }

void append_json(std::string& out, const Document& d) {
  out += '{';
  key(out, "id", true);
  append_json_string(out, d.id);
  key(out, "title");
  append_json_string(out, d.title);
  key(out, "published");
  append_day(out, d.published);
  key(out, "language");
  append_json_string(out, d.language);
  key(out, "source");
  append_json_string(out, d.source);
  out += '}';
}

void append_json(std::string& out, const Actor& a) {
  out += '{';
  key(out, "id", true);
  append_json_string(out, a.id);
  key(out, "label");
  append_json_string(out, a.label());
  key(out, "labels");
  append_map(out, a.labels);
  key(out, "kind");
  append_json_string(out, to_string(a.kind));
  key(out, "aliases");
  append_strings(out, a.aliases);
  key(out, "mentions");
  append_int(out, a.mentions());
  key(out, "mentions_by_doc");
  append_map(out, a.mentions_by_doc);
  if (!a.attributes.empty()) {
    key(out, "attributes");
    append_map(out, a.attributes);
  }
  key(out, "first");
  append_day(out, a.first);
  key(out, "last");
  append_day(out, a.last);
  out += '}';
}

void append_json(std::string& out, const Event& e) {
  out += '{';
  key(out, "id", true);
  append_json_string(out, e.id);
  key(out, "type");
  append_json_string(out, e.type);
  key(out, "summary");
  append_json_string(out, e.summary);
  key(out, "trigger");
  append_json_string(out, e.trigger);
  key(out, "date");
  if (e.date) {
    out += '{';
    append_date(out, *e.date);
    out += '}';
  } else {
    out += "null";
  }
  key(out, "actors");
  out += '[';
  for (std::size_t i = 0; i < e.actors.size(); ++i) {
    if (i) out += ',';
    out += '{';
    key(out, "id", true);
    append_json_string(out, e.actors[i].id);
    key(out, "role");
    append_json_string(out, to_string(e.actors[i].role));
    out += '}';
  }
  out += ']';
  key(out, "evidence");
  out += '[';
  for (std::size_t i = 0; i < e.evidence.size(); ++i) {
    if (i) out += ',';
    append_evidence(out, e.evidence[i]);
  }
  out += ']';
  if (!e.after.empty()) {
    key(out, "after");
    append_strings(out, e.after);
  }
  if (!e.before.empty()) {
    key(out, "before");
    append_strings(out, e.before);
  }
  if (!e.modality.empty()) {
    key(out, "modality");
    append_json_string(out, e.modality);
  }
  out += '}';
}

void append_json(std::string& out, const Relation& r) {
  out += '{';
  key(out, "id", true);
  append_json_string(out, r.id);
  key(out, "source");
  append_json_string(out, r.source);
  key(out, "target");
  append_json_string(out, r.target);
  key(out, "type");
  append_json_string(out, r.type);
  key(out, "directed");
  out += r.directed ? "true" : "false";
  key(out, "weight");
  append_int(out, r.weight);
  key(out, "events");
  append_strings(out, r.events);
  key(out, "first");
  append_day(out, r.first);
  key(out, "last");
  append_day(out, r.last);
  out += '}';
}

void append_json(std::string& out, const Skip& s) {
  out += '{';
  key(out, "source", true);
  append_json_string(out, s.source);
  key(out, "reason");
  append_json_string(out, s.reason);
  out += '}';
}

void append_json(std::string& out, const Timex& t) {
  out += '{';
  key(out, "text", true);
  append_json_string(out, t.date.text);
  key(out, "span");
  append_span(out, t.span);
  key(out, "type");
  append_json_string(out, to_string(t.type));
  key(out, "value");
  append_json_string(out, t.date.value);
  key(out, "interval");
  if (t.date.has_interval()) {
    out += '{';
    key(out, "start", true);
    append_day(out, t.date.start);
    key(out, "end");
    append_day(out, t.date.end);
    out += '}';
  } else {
    out += "null";
  }
  if (t.date.granularity) {
    key(out, "granularity");
    append_json_string(out, to_string(*t.date.granularity));
  }
  if (t.date.mod) {
    key(out, "mod");
    append_json_string(out, to_string(*t.date.mod));
  }
  out += '}';
}

void append_json(std::string& out, const Mention& m) {
  out += '{';
  key(out, "text", true);
  append_json_string(out, m.text);
  key(out, "span");
  append_span(out, m.span);
  key(out, "actor");
  append_json_string(out, m.actor);
  key(out, "kind");
  append_json_string(out, to_string(m.kind));
  if (m.form != "name") {
    key(out, "form");
    append_json_string(out, m.form);
  }
  out += '}';
}

void append_json(std::string& out, const Annotation& a) {
  out += '{';
  key(out, "doc", true);
  append_json_string(out, a.document.id);
  key(out, "title");
  append_json_string(out, a.document.title);
  key(out, "language");
  append_json_string(out, a.document.language);
  key(out, "dct");
  append_day(out, a.document.published);
  key(out, "source");
  append_json_string(out, a.document.source);
  key(out, "text");
  append_json_string(out, a.document.text);
  key(out, "timexes");
  append_json(out, a.timexes);
  key(out, "mentions");
  append_json(out, a.mentions);
  key(out, "actors");
  out += '[';
  for (std::size_t i = 0; i < a.actors.size(); ++i) {  // what the text says of each actor (model.cpp's to_json)
    const Actor& actor = a.actors[i];
    if (i) out += ',';
    out += '{';
    key(out, "id", true);
    append_json_string(out, actor.id);
    key(out, "kind");
    append_json_string(out, to_string(actor.kind));
    key(out, "labels");
    append_map(out, actor.labels);
    if (!actor.attributes.empty()) {
      key(out, "attributes");
      append_map(out, actor.attributes);
    }
    out += '}';
  }
  out += ']';
  key(out, "events");
  append_json(out, a.events);
  out += '}';
}

}  // namespace chronograph
