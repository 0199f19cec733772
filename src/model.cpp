#include "chronograph/model.hpp"

#include <algorithm>

#include "chronograph/error.hpp"

namespace chronograph {
namespace {

template <typename E, std::size_t N>
std::optional<E> enum_from(std::string_view s, const E (&all)[N]) {
  for (E e : all)
    if (s == to_string(e)) return e;
  return std::nullopt;
}

std::optional<Day> day_from(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return parse_day(it->get<std::string>());
}

std::string string_or_empty(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  return it->get<std::string>();
}

template <typename T>
std::vector<T> vector_or_empty(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  return it->get<std::vector<T>>();
}

}  // namespace

const char* to_string(Mod m) {
  switch (m) {
    case Mod::since: return "SINCE";
    case Mod::until: return "UNTIL";
    case Mod::start: return "START";
    case Mod::mid: return "MID";
    case Mod::end: return "END";
    case Mod::approx: return "APPROX";
    case Mod::before: return "BEFORE";
    case Mod::after: return "AFTER";
  }
  return "APPROX";
}

std::optional<Mod> mod_from_string(std::string_view s) {
  static constexpr Mod kAll[] = {Mod::since, Mod::until, Mod::start, Mod::mid,
                                 Mod::end,   Mod::approx, Mod::before, Mod::after};
  return enum_from(s, kAll);
}

const char* to_string(TimexType t) {
  switch (t) {
    case TimexType::date: return "DATE";
    case TimexType::time: return "TIME";
    case TimexType::duration: return "DURATION";
    case TimexType::set: return "SET";
  }
  return "DATE";
}

std::optional<TimexType> timex_type_from_string(std::string_view s) {
  static constexpr TimexType kAll[] = {TimexType::date, TimexType::time, TimexType::duration, TimexType::set};
  return enum_from(s, kAll);
}

const char* to_string(ActorKind k) {
  switch (k) {
    case ActorKind::person: return "person";
    case ActorKind::organization: return "organization";
    case ActorKind::country: return "country";
    case ActorKind::location: return "location";
    case ActorKind::group: return "group";
    case ActorKind::other: return "other";
  }
  return "other";
}

std::optional<ActorKind> actor_kind_from_string(std::string_view s) {
  static constexpr ActorKind kAll[] = {ActorKind::person, ActorKind::organization, ActorKind::country,
                                       ActorKind::location, ActorKind::group, ActorKind::other};
  return enum_from(s, kAll);
}

const char* to_string(Role r) {
  switch (r) {
    case Role::source: return "source";
    case Role::target: return "target";
    case Role::participant: return "participant";
  }
  return "participant";
}

std::optional<Role> role_from_string(std::string_view s) {
  static constexpr Role kAll[] = {Role::source, Role::target, Role::participant};
  return enum_from(s, kAll);
}

OrderedJson day_json(const std::optional<Day>& d) { return d ? OrderedJson(format_day(*d)) : OrderedJson(nullptr); }

void widen_range(std::optional<Day>& first, std::optional<Day>& last, const DateRef& d) {
  const auto lo = d.start ? d.start : d.end, hi = d.end ? d.end : d.start;
  if (lo && (!first || *lo < *first)) first = lo;
  if (hi && (!last || *hi > *last)) last = hi;
}

DateRef date_from_value(std::string_view value, std::optional<Day> dct, std::string text) {
  DateRef d;
  d.text = std::move(text);
  d.value = std::string(value);
  const auto slash = value.find('/');
  if (slash == std::string_view::npos) {
    if (auto span = span_of_value(value, dct)) {
      d.start = span->start;
      d.end = span->end;
      d.granularity = span->granularity;
    }
    return d;
  }
  // A curated range "A/B"; an empty or ".." side is open.
  std::string_view a = value.substr(0, slash), b = value.substr(slash + 1);
  if (a == "..") a = {};
  if (b == "..") b = {};
  if (a.empty() && b.empty()) throw Error("a date range needs at least one end: '" + std::string(value) + "'");
  std::optional<ValueSpan> sa, sb;
  if (!a.empty() && !(sa = span_of_value(a, dct)))
    throw Error("a range end must be a calendar date: '" + std::string(a) + "'");
  if (!b.empty() && !(sb = span_of_value(b, dct)))
    throw Error("a range end must be a calendar date: '" + std::string(b) + "'");
  if (sa && sb && sa->start > sb->end)
    throw Error("date range ends before it starts: '" + std::string(value) + "'");
  if (sa) d.start = sa->start;
  if (sb) d.end = sb->end;
  if (!sb) {
    d.mod = Mod::since;
    if (dct && *dct >= *d.start) d.end = *dct;
  }
  if (!sa) d.mod = Mod::until;
  d.granularity = sa && sb ? std::max(sa->granularity, sb->granularity) : (sa ? sa->granularity : sb->granularity);
  return d;
}

void to_json(OrderedJson& j, const Span& s) { j = OrderedJson::array({s.begin, s.end}); }

void from_json(const Json& j, Span& s) {
  if (!j.is_array() || j.size() != 2) throw Error("a span must be [begin, end]");
  s.begin = j.at(0).get<std::size_t>();
  s.end = j.at(1).get<std::size_t>();
  if (s.end < s.begin) throw Error("a span must not end before it begins");
}

void to_json(OrderedJson& j, const DateRef& d) {
  j = OrderedJson::object();
  j["text"] = d.text;
  j["value"] = d.value;
  j["start"] = day_json(d.start);
  j["end"] = day_json(d.end);
  j["granularity"] = d.granularity ? OrderedJson(to_string(*d.granularity)) : OrderedJson(nullptr);
  j["mod"] = d.mod ? OrderedJson(to_string(*d.mod)) : OrderedJson(nullptr);
}

void from_json(const Json& j, DateRef& d) {
  // start/end/granularity are derived from the value unless given.
  d = date_from_value(j.at("value").get<std::string>(), std::nullopt, string_or_empty(j, "text"));
  if (j.contains("start")) d.start = day_from(j, "start");
  if (j.contains("end")) d.end = day_from(j, "end");
  if (d.start && d.end && *d.start > *d.end) throw Error("date interval ends before it starts: '" + d.value + "'");
  if (auto g = string_or_empty(j, "granularity"); !g.empty()) {
    d.granularity = granularity_from_string(g);
    if (!d.granularity) throw Error("unknown granularity '" + g + "'");
  } else if (j.contains("granularity") && j.at("granularity").is_null()) {
    d.granularity.reset();  // written as unknown: stays unknown (a time of day without a calendar span)
  }
  if (auto m = string_or_empty(j, "mod"); !m.empty()) {
    d.mod = mod_from_string(m);
    if (!d.mod) throw Error("unknown date modifier '" + m + "'");
  }
}

void to_json(OrderedJson& j, const Timex& t) {
  j = OrderedJson::object();
  j["text"] = t.date.text;
  j["span"] = t.span;
  j["type"] = to_string(t.type);
  j["value"] = t.date.value;
  if (t.date.has_interval())
    j["interval"] = {{"start", day_json(t.date.start)}, {"end", day_json(t.date.end)}};
  else
    j["interval"] = nullptr;
  if (t.date.granularity) j["granularity"] = to_string(*t.date.granularity);
  if (t.date.mod) j["mod"] = to_string(*t.date.mod);
}

void from_json(const Json& j, Timex& t) {
  t.span = j.at("span").get<Span>();
  auto type = j.at("type").get<std::string>();
  auto tt = timex_type_from_string(type);
  if (!tt) throw Error("unknown TIMEX3 type '" + type + "'");
  t.type = *tt;
  Json date = {{"text", string_or_empty(j, "text")}, {"value", j.at("value")}};
  if (auto it = j.find("interval"); it != j.end() && it->is_object()) {
    date["start"] = it->value("start", Json());
    date["end"] = it->value("end", Json());
  }
  if (j.contains("mod")) date["mod"] = j.at("mod");
  if (j.contains("granularity")) date["granularity"] = j.at("granularity");
  t.date = date.get<DateRef>();
}

void to_json(OrderedJson& j, const Mention& m) {
  j = OrderedJson{{"text", m.text}, {"span", m.span}, {"actor", m.actor}, {"kind", to_string(m.kind)}};
  if (m.form != "name") j["form"] = m.form;
}

void from_json(const Json& j, Mention& m) {
  m.text = j.at("text").get<std::string>();
  m.span = j.at("span").get<Span>();
  m.actor = j.at("actor").get<std::string>();
  auto kind = j.value("kind", std::string("other"));
  auto k = actor_kind_from_string(kind);
  if (!k) throw Error("unknown actor kind '" + kind + "'");
  m.kind = *k;
  m.form = j.value("form", std::string("name"));
}

void to_json(OrderedJson& j, const Document& d) {
  j = OrderedJson{{"id", d.id},
                  {"title", d.title},
                  {"published", day_json(d.published)},
                  {"language", d.language},
                  {"source", d.source}};
}

void from_json(const Json& j, Document& d) {
  d.id = j.at("id").get<std::string>();
  d.title = string_or_empty(j, "title");
  d.published = day_from(j, "published");
  d.language = string_or_empty(j, "language");
  d.source = string_or_empty(j, "source");
}

std::string source_of(const Event& e) {
  for (const auto& a : e.actors)
    if (a.role == Role::source) return a.id;
  return {};
}

std::string Actor::label() const {
  if (auto it = labels.find("en"); it != labels.end()) return it->second;
  if (!labels.empty()) return labels.begin()->second;
  return id;
}

int Actor::mentions() const {
  int n = 0;
  for (const auto& [doc, count] : mentions_by_doc) n += count;
  return n;
}

void to_json(OrderedJson& j, const Actor& a) {
  j = OrderedJson::object();
  j["id"] = a.id;
  j["label"] = a.label();
  j["labels"] = a.labels;
  j["kind"] = to_string(a.kind);
  j["aliases"] = a.aliases;
  j["mentions"] = a.mentions();
  j["mentions_by_doc"] = a.mentions_by_doc;
  if (!a.attributes.empty()) j["attributes"] = a.attributes;
  j["first"] = day_json(a.first);
  j["last"] = day_json(a.last);
}

void from_json(const Json& j, Actor& a) {
  a.id = j.at("id").get<std::string>();
  a.labels = j.value("labels", std::map<std::string, std::string>{});
  if (a.labels.empty() && j.contains("label")) a.labels["und"] = j.at("label").get<std::string>();
  auto kind = j.value("kind", std::string("other"));
  auto k = actor_kind_from_string(kind);
  if (!k) throw Error("unknown actor kind '" + kind + "'");
  a.kind = *k;
  a.aliases = vector_or_empty<std::string>(j, "aliases");
  std::sort(a.aliases.begin(), a.aliases.end());
  a.aliases.erase(std::unique(a.aliases.begin(), a.aliases.end()), a.aliases.end());
  a.mentions_by_doc = j.value("mentions_by_doc", std::map<std::string, int>{});
  if (a.mentions_by_doc.empty() && j.value("mentions", 0) > 0) a.mentions_by_doc[""] = j.at("mentions").get<int>();
  a.attributes = j.value("attributes", std::map<std::string, std::string>{});
  a.first = day_from(j, "first");
  a.last = day_from(j, "last");
}

void to_json(OrderedJson& j, const EventActor& a) { j = OrderedJson{{"id", a.id}, {"role", to_string(a.role)}}; }

void from_json(const Json& j, EventActor& a) {
  a.id = j.at("id").get<std::string>();
  auto role = j.value("role", std::string("participant"));
  auto r = role_from_string(role);
  if (!r) throw Error("unknown role '" + role + "' (expected source, target or participant)");
  a.role = *r;
}

void to_json(OrderedJson& j, const Evidence& e) {
  j = OrderedJson{{"doc", e.doc}, {"sentence", e.sentence}, {"span", e.span ? OrderedJson(*e.span) : nullptr}};
  if (!e.source.empty()) j["source"] = e.source;
}

void from_json(const Json& j, Evidence& e) {
  e.doc = j.at("doc").get<std::string>();
  e.sentence = string_or_empty(j, "sentence");
  if (auto it = j.find("span"); it != j.end() && !it->is_null()) e.span = it->get<Span>();
  e.source = string_or_empty(j, "source");
}

void to_json(OrderedJson& j, const Event& e) {
  j = OrderedJson::object();
  j["id"] = e.id;
  j["type"] = e.type;
  j["summary"] = e.summary;
  j["trigger"] = e.trigger;
  j["date"] = e.date ? OrderedJson(*e.date) : OrderedJson(nullptr);
  j["actors"] = e.actors;
  j["evidence"] = e.evidence;
  if (!e.after.empty()) j["after"] = e.after;
  if (!e.before.empty()) j["before"] = e.before;
  if (!e.modality.empty()) j["modality"] = e.modality;
}

void from_json(const Json& j, Event& e) {
  e.id = j.at("id").get<std::string>();
  e.type = string_or_empty(j, "type");
  e.summary = string_or_empty(j, "summary");
  e.trigger = string_or_empty(j, "trigger");
  if (auto it = j.find("date"); it != j.end() && !it->is_null()) e.date = it->get<DateRef>();
  e.actors = vector_or_empty<EventActor>(j, "actors");
  e.evidence = vector_or_empty<Evidence>(j, "evidence");
  e.after = vector_or_empty<std::string>(j, "after");
  e.before = vector_or_empty<std::string>(j, "before");
  e.modality = string_or_empty(j, "modality");
  if (!e.modality.empty() && e.modality != "future") throw Error("unknown event modality '" + e.modality + "'");
}

void to_json(OrderedJson& j, const Relation& r) {
  j = OrderedJson::object();
  j["id"] = r.id;
  j["source"] = r.source;
  j["target"] = r.target;
  j["type"] = r.type;
  j["directed"] = r.directed;
  j["weight"] = r.weight;
  j["events"] = r.events;
  j["first"] = day_json(r.first);
  j["last"] = day_json(r.last);
}

void from_json(const Json& j, Relation& r) {
  r.id = j.at("id").get<std::string>();
  r.source = j.at("source").get<std::string>();
  r.target = j.at("target").get<std::string>();
  r.type = string_or_empty(j, "type");
  r.directed = j.value("directed", false);
  r.weight = j.value("weight", 0);
  r.events = vector_or_empty<std::string>(j, "events");
  r.first = day_from(j, "first");
  r.last = day_from(j, "last");
}

void to_json(OrderedJson& j, const Skip& s) { j = OrderedJson{{"source", s.source}, {"reason", s.reason}}; }

void from_json(const Json& j, Skip& s) {
  s.source = j.at("source").get<std::string>();
  s.reason = j.at("reason").get<std::string>();
}

void to_json(OrderedJson& j, const GraphData& g) {
  j = OrderedJson::object();
  j["format"] = kGraphFormat;
  j["version"] = kGraphVersion;
  j["documents"] = g.documents;
  j["actors"] = g.actors;
  j["events"] = g.events;
  j["relations"] = g.relations;
  j["chronology"] = g.chronology;
  j["skipped"] = g.skipped;
  j["warnings"] = g.warnings;
}

void from_json(const Json& j, GraphData& g) {
  if (!j.is_object()) throw Error("not a chronograph graph: the top level is not an object");
  auto format = j.find("format");
  if (format == j.end() || !format->is_string() || format->get<std::string>() != kGraphFormat)
    throw Error(std::string("not a chronograph graph: \"format\" is ") +
                (format == j.end() ? "missing" : format->dump()) + ", expected \"" + kGraphFormat + "\"");
  auto version = j.find("version");
  if (version == j.end() || !version->is_number_integer() || version->get<int>() != kGraphVersion)
    throw Error("unsupported graph version " + (version == j.end() ? std::string("(missing)") : version->dump()) +
                ", this chronograph reads version " + std::to_string(kGraphVersion));
  g.documents = vector_or_empty<Document>(j, "documents");
  g.actors = vector_or_empty<Actor>(j, "actors");
  g.events = vector_or_empty<Event>(j, "events");
  g.relations = vector_or_empty<Relation>(j, "relations");
  g.chronology = vector_or_empty<std::string>(j, "chronology");
  g.skipped = vector_or_empty<Skip>(j, "skipped");
  g.warnings = vector_or_empty<std::string>(j, "warnings");
}

void to_json(OrderedJson& j, const Annotation& a) {
  j = OrderedJson::object();
  j["doc"] = a.document.id;
  j["title"] = a.document.title;
  j["language"] = a.document.language;
  j["dct"] = day_json(a.document.published);
  j["source"] = a.document.source;
  j["text"] = a.document.text;
  j["timexes"] = a.timexes;
  j["mentions"] = a.mentions;
  j["actors"] = OrderedJson::array();
  for (const auto& actor : a.actors) {  // what the text says of each actor; mentions and dates come from the graph
    OrderedJson o{{"id", actor.id}, {"kind", to_string(actor.kind)}, {"labels", actor.labels}};
    if (!actor.attributes.empty()) o["attributes"] = actor.attributes;
    j["actors"].push_back(std::move(o));
  }
  j["events"] = a.events;
}

void from_json(const Json& j, Annotation& a) {
  a.document.id = j.at("doc").get<std::string>();
  a.document.title = string_or_empty(j, "title");
  a.document.language = string_or_empty(j, "language");
  a.document.published = day_from(j, "dct");
  a.document.source = string_or_empty(j, "source");
  a.document.text = j.at("text").get<std::string>();
  a.timexes = vector_or_empty<Timex>(j, "timexes");
  a.mentions = vector_or_empty<Mention>(j, "mentions");
  a.actors = vector_or_empty<Actor>(j, "actors");
  a.events = vector_or_empty<Event>(j, "events");
}

}  // namespace chronograph
