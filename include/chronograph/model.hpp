#pragma once
// The plain data types every stage shares, and their JSON form (docs/FORMATS.md, ../CONTRACT.md).
// JSON is written with ordered keys (nlohmann::ordered_json) in the documented order and read from
// nlohmann::json with at(), so a missing required key is an error and an unknown one is ignored.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "chronograph/temporal/calendar.hpp"

namespace chronograph {

using Json = nlohmann::json;                // read side
using OrderedJson = nlohmann::ordered_json;  // write side: keys in documented order

// [begin, end) in Unicode code points of the document text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  auto operator<=>(const Span&) const = default;
};

// TIMEX3 modifiers used by CONTRACT.md.
enum class Mod { since, until, start, mid, end, approx, before, after };
const char* to_string(Mod m);
std::optional<Mod> mod_from_string(std::string_view s);

// Where an event or timex sits in time. start/end are inclusive; a missing one is open ("since 2018"
// without DCT has no end) or unknown (an underspecified "XXXX-01-27" has neither).
struct DateRef {
  std::string text;                         // as written, may be empty for curated data
  std::string value;                        // TIMEX3 value, or "A/B" for a curated range
  std::optional<Day> start;
  std::optional<Day> end;
  std::optional<Granularity> granularity;   // nullopt when the value is underspecified
  std::optional<Mod> mod;

  bool has_interval() const { return start.has_value() || end.has_value(); }
  bool operator==(const DateRef&) const = default;
};

// Builds a DateRef from a TIMEX3 value (or "A/B", "A/", "/B" ranges, which set mod SINCE/UNTIL for
// open ends). Throws Error for malformed values and impossible dates.
DateRef date_from_value(std::string_view value, std::optional<Day> dct = {}, std::string text = {});

enum class TimexType { date, time, duration, set };
const char* to_string(TimexType t);
std::optional<TimexType> timex_type_from_string(std::string_view s);

struct Timex {
  Span span;
  TimexType type = TimexType::date;
  DateRef date;  // text, value, interval, mod
};

enum class ActorKind { person, organization, country, location, group, other };
const char* to_string(ActorKind k);
std::optional<ActorKind> actor_kind_from_string(std::string_view s);

struct Mention {
  std::string text;
  Span span;
  std::string actor;  // actor id
  ActorKind kind = ActorKind::other;
  // How the text names the actor: "name" (العراق, Iraq, Lloyd Austin, أوستن) or "adjective" (a nisba or
  // demonym: العراقية, Iraqi).
  std::string form = "name";
};

struct Document {
  std::string id;
  std::string title;
  std::optional<Day> published;  // the DCT
  std::string language;          // "ar", "en", … ; empty when unknown
  std::string source;            // path or URL
  std::string text;              // the analysed text; not part of the graph JSON
};

struct Actor {
  std::string id;
  std::map<std::string, std::string> labels;  // language -> label
  ActorKind kind = ActorKind::other;
  std::vector<std::string> aliases;            // sorted, unique
  std::map<std::string, int> mentions_by_doc;  // document id -> mentions there
  // What the text says of the actor: "role" (a title, in English), "affiliation" (an actor id), and
  // "label_source.<lang>" = "transliteration" for a label made by ICU transliteration rather than written.
  std::map<std::string, std::string> attributes;
  // Derived by the graph from the actor's events:
  std::optional<Day> first;
  std::optional<Day> last;

  // labels["en"], else the label of the smallest language code, else the id.
  std::string label() const;
  int mentions() const;
};

enum class Role { source, target, participant };
const char* to_string(Role r);
std::optional<Role> role_from_string(std::string_view s);

struct EventActor {
  std::string id;
  Role role = Role::participant;
  auto operator<=>(const EventActor&) const = default;
};

struct Evidence {
  std::string doc;                // document id, or "file#line" for curated rows
  std::string sentence;
  std::optional<Span> span;       // in the document text; none for curated rows
  std::string source;             // URL or citation given with curated rows; may be empty
  auto operator<=>(const Evidence&) const = default;
};

struct Event {
  std::string id;
  std::string type;
  std::string summary;
  std::string trigger;
  std::optional<DateRef> date;      // nullopt: undated
  std::vector<EventActor> actors;   // sorted by id, then role
  std::vector<Evidence> evidence;   // sorted, unique
  std::vector<std::string> after;   // ids of events this one follows
  std::vector<std::string> before;  // ids of events this one precedes
  // "" for what is reported as happening or having happened; "future" for what is announced or planned (a future
  // verb: سيزور، سوف، will). Merged mentions are "future" only when all of them are.
  std::string modality;
};

// Merges the modality of another mention of the same event into `into` (order-independent).
inline void merge_modality(std::string& into, const std::string& other) {
  if (into != other) into.clear();
}

// The id of the event's source actor, or "" when it has none.
std::string source_of(const Event& e);

struct Relation {
  std::string id;
  std::string source;
  std::string target;
  std::string type;
  bool directed = false;  // false: source/target are the two actors in id order
  int weight = 0;         // number of supporting events
  std::vector<std::string> events;
  std::optional<Day> first;
  std::optional<Day> last;
};

// A document or record that was not processed, and why.
struct Skip {
  std::string source;  // "file:line" or "file"
  std::string reason;
  auto operator<=>(const Skip&) const = default;
};

// The graph JSON document ("format": "chronograph-graph", "version": 1).
struct GraphData {
  std::vector<Document> documents;
  std::vector<Actor> actors;
  std::vector<Event> events;          // in chronology order
  std::vector<Relation> relations;
  std::vector<std::string> chronology;
  std::vector<Skip> skipped;
  std::vector<std::string> warnings;  // e.g. ordering constraints that form a cycle
};

// One line of `annotate` output.
struct Annotation {
  Document document;
  std::vector<Timex> timexes;
  std::vector<Mention> mentions;
  std::vector<Actor> actors;  // each mentioned actor once: labels, kind, attributes
  std::vector<Event> events;
};

inline constexpr const char* kGraphFormat = "chronograph-graph";
inline constexpr int kGraphVersion = 1;

// "YYYY-MM-DD", or null for an absent day.
OrderedJson day_json(const std::optional<Day>& d);

// Extends [first, last] to cover the date's interval (an open side counts as its other end).
void widen_range(std::optional<Day>& first, std::optional<Day>& last, const DateRef& d);

void to_json(OrderedJson& j, const Span& s);
void from_json(const Json& j, Span& s);
void to_json(OrderedJson& j, const DateRef& d);
void from_json(const Json& j, DateRef& d);
void to_json(OrderedJson& j, const Timex& t);
void from_json(const Json& j, Timex& t);
void to_json(OrderedJson& j, const Mention& m);
void from_json(const Json& j, Mention& m);
void to_json(OrderedJson& j, const Document& d);
void from_json(const Json& j, Document& d);
void to_json(OrderedJson& j, const Actor& a);
void from_json(const Json& j, Actor& a);
void to_json(OrderedJson& j, const EventActor& a);
void from_json(const Json& j, EventActor& a);
void to_json(OrderedJson& j, const Evidence& e);
void from_json(const Json& j, Evidence& e);
void to_json(OrderedJson& j, const Event& e);
void from_json(const Json& j, Event& e);
void to_json(OrderedJson& j, const Relation& r);
void from_json(const Json& j, Relation& r);
void to_json(OrderedJson& j, const Skip& s);
void from_json(const Json& j, Skip& s);
void to_json(OrderedJson& j, const GraphData& g);
// Checks "format" and "version"; throws Error naming what was found instead.
void from_json(const Json& j, GraphData& g);
void to_json(OrderedJson& j, const Annotation& a);
void from_json(const Json& j, Annotation& a);

}  // namespace chronograph
