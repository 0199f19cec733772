#include "chronograph/graph/graph.hpp"

#include <algorithm>
#include <string_view>
#include <tuple>

#include "chronograph/chronology/chronology.hpp"

namespace chronograph {
namespace {

// Merge rules: each picks by a total order or takes a union, which keeps merging associative,
// commutative and idempotent.

void pick_string(std::string& mine, const std::string& theirs) {
  if (mine.empty() || (!theirs.empty() && theirs < mine)) mine = theirs;
}

template <typename T>
void sort_unique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// mine (sorted, unique) ∪ theirs, sorted and unique. The values mine already has cost one binary search each: an
// actor named in thousands of articles gets its few aliases from each without its whole list sorted again.
template <typename T>
void sorted_union(std::vector<T>& mine, const std::vector<T>& theirs) {
  for (const T& x : theirs) {
    auto at = std::lower_bound(mine.begin(), mine.end(), x);
    if (at == mine.end() || *at != x) mine.insert(at, x);
  }
}

// The more precise date wins: a fixed interval over none, then the shorter interval, then finer
// granularity, then the smaller value; then a date with its text as written over one without, then the
// smaller text and modifier.
bool better_date(const DateRef& a, const DateRef& b) {
  auto rank = [](const DateRef& d) {
    const bool closed = d.start && d.end;
    const std::int64_t length = closed ? static_cast<std::int64_t>(*d.end) - *d.start : INT64_MAX;
    return std::make_tuple(closed ? 0 : d.has_interval() ? 1 : 2, length,
                           d.granularity ? static_cast<int>(*d.granularity) : 99, d.value, d.text.empty(), d.text,
                           d.mod ? static_cast<int>(*d.mod) : -1, d.start.value_or(0), d.end.value_or(0));
  };
  return rank(a) < rank(b);
}

// One actor may hold several roles in an event; a specific role (source/target) makes "participant"
// redundant for that actor.
void normalise_roles(std::vector<EventActor>& actors) {
  std::sort(actors.begin(), actors.end());
  actors.erase(std::unique(actors.begin(), actors.end()), actors.end());
  std::vector<EventActor> kept;
  for (std::size_t i = 0; i < actors.size(); ++i) {
    if (actors[i].role == Role::participant) {
      const bool specific = std::any_of(actors.begin(), actors.end(), [&](const EventActor& o) {
        return o.id == actors[i].id && o.role != Role::participant;
      });
      if (specific) continue;
    }
    kept.push_back(actors[i]);
  }
  actors = std::move(kept);
}

ActorKind better_kind(ActorKind a, ActorKind b) {
  if (a == ActorKind::other) return b;
  if (b == ActorKind::other) return a;
  return std::min(a, b);
}

}  // namespace

void GraphBuilder::add_document(const Document& doc) {
  auto [it, inserted] = documents_.try_emplace(doc.id);
  Document& d = it->second;
  if (inserted) {  // the graph keeps no article text: the rest is copied, the text never is
    d.id = doc.id;
    d.title = doc.title;
    d.published = doc.published;
    d.language = doc.language;
    d.source = doc.source;
    return;
  }
  pick_string(d.title, doc.title);
  pick_string(d.language, doc.language);
  pick_string(d.source, doc.source);
  if (!d.published || (doc.published && *doc.published < *d.published)) d.published = doc.published;
}

void GraphBuilder::add_actor(const Actor& actor) {
  if (auto it = actors_.find(actor.id); it != actors_.end()) return merge_actor(it->second, actor);
  insert_actor(Actor(actor));
}

void GraphBuilder::add_actor(Actor&& actor) {
  if (auto it = actors_.find(actor.id); it != actors_.end()) return merge_actor(it->second, actor);
  insert_actor(std::move(actor));
}

void GraphBuilder::insert_actor(Actor&& actor) {
  std::string id = actor.id;
  Actor& a = actors_.emplace(std::move(id), ActorAcc{std::move(actor), {}}).first->second.actor;
  sort_unique(a.aliases);
}

void GraphBuilder::merge_actor(ActorAcc& kept, const Actor& actor) {
  Actor& a = kept.actor;
  for (const auto& [lang, label] : actor.labels) pick_string(a.labels[lang], label);
  for (const auto& [key, value] : actor.attributes) pick_string(a.attributes[key], value);
  a.kind = better_kind(a.kind, actor.kind);
  sorted_union(a.aliases, actor.aliases);
  kept.counts.insert(kept.counts.end(), actor.mentions_by_doc.begin(), actor.mentions_by_doc.end());
}

void GraphBuilder::add_event(const Event& event) {
  if (auto it = events_.find(event.id); it != events_.end()) return merge_event_into(it->second, &event);
  add_event(Event(event));
}

void GraphBuilder::add_event(Event&& event) {
  if (auto it = events_.find(event.id); it != events_.end()) return merge_event_into(it->second, &event);
  std::string id = event.id;
  merge_event_into(events_.emplace(std::move(id), std::move(event)).first->second, nullptr);
}

// `other` (when given) merged into the event kept under its id; then the kept event's lists are put in order.
void GraphBuilder::merge_event_into(Event& e, const Event* other) {
  if (other) {
    const Event& event = *other;
    pick_string(e.type, event.type);
    pick_string(e.summary, event.summary);
    pick_string(e.trigger, event.trigger);
    if (event.date && (!e.date || better_date(*event.date, *e.date))) e.date = event.date;
    e.actors.insert(e.actors.end(), event.actors.begin(), event.actors.end());
    // The kept evidence is sorted and unique already: the new ones are merged into it (an event reported by many
    // articles is not sorted again for each).
    std::vector<Evidence> incoming = event.evidence;
    sort_unique(incoming);
    const auto kept = static_cast<std::ptrdiff_t>(e.evidence.size());
    e.evidence.insert(e.evidence.end(), std::make_move_iterator(incoming.begin()), std::make_move_iterator(incoming.end()));
    std::inplace_merge(e.evidence.begin(), e.evidence.begin() + kept, e.evidence.end());
    e.evidence.erase(std::unique(e.evidence.begin(), e.evidence.end()), e.evidence.end());
    e.after.insert(e.after.end(), event.after.begin(), event.after.end());
    e.before.insert(e.before.end(), event.before.begin(), event.before.end());
    merge_modality(e.modality, event.modality);
  } else {
    sort_unique(e.evidence);
  }
  normalise_roles(e.actors);
  sort_unique(e.after);
  sort_unique(e.before);
  // An actor named by an event but never described still gets a vertex.
  for (const auto& ea : e.actors)
    if (!actors_.count(ea.id)) {
      ActorAcc acc;
      acc.actor.id = ea.id;
      actors_.emplace(ea.id, std::move(acc));
    }
}

void GraphBuilder::add_skip(const Skip& skip) { skipped_.insert(skip); }

void GraphBuilder::add_graph(const GraphData& graph) {
  for (const auto& d : graph.documents) add_document(d);
  for (const auto& a : graph.actors) add_actor(a);
  for (const auto& e : graph.events) add_event(e);
  for (const auto& s : graph.skipped) add_skip(s);
}

namespace {

// An event found in article text: every evidence points into a document (curated rows have no span).
bool from_text(const Event& e) {
  return !e.evidence.empty() && std::all_of(e.evidence.begin(), e.evidence.end(), [](const Evidence& v) { return v.span.has_value(); });
}

}  // namespace

// Events read from several articles that are one event: the same type and date value, the same source (or none)
// and an actor in common — closed transitively. Each group becomes its smallest id with the union of actors and
// evidence. The result depends only on the set of events, so merging stays associative, commutative and idempotent.
std::vector<Event> merge_reported_events(std::vector<Event> events) {
  std::vector<std::size_t> parent(events.size());
  for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
  auto find = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  std::map<std::string, std::vector<std::size_t>> by_key;  // type|date|source -> events
  for (std::size_t i = 0; i < events.size(); ++i)
    if (from_text(events[i]) && events[i].date && events[i].type != "statement")  // two sayings of one day stay two
      by_key[events[i].type + "|" + events[i].date->value + "|" + source_of(events[i])].push_back(i);
  for (const auto& [key, members] : by_key) {
    std::map<std::string, std::size_t> first_with;  // actor id -> first event of the group naming it
    for (std::size_t i : members)
      for (const auto& a : events[i].actors) {
        auto [it, inserted] = first_with.emplace(a.id, i);
        if (!inserted) {
          const std::size_t x = find(i), y = find(it->second);
          if (x != y) parent[std::max(x, y)] = std::min(x, y);  // events are sorted by id: the smaller index keeps its id
        }
      }
  }
  std::map<std::string, std::string> renamed;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const std::size_t r = find(i);
    if (r == i) continue;
    renamed[events[i].id] = events[r].id;
    Event& keep = events[r];
    keep.actors.insert(keep.actors.end(), events[i].actors.begin(), events[i].actors.end());
    keep.evidence.insert(keep.evidence.end(), events[i].evidence.begin(), events[i].evidence.end());
    keep.after.insert(keep.after.end(), events[i].after.begin(), events[i].after.end());
    keep.before.insert(keep.before.end(), events[i].before.begin(), events[i].before.end());
    merge_modality(keep.modality, events[i].modality);
  }
  if (renamed.empty()) return events;
  std::vector<Event> out;
  out.reserve(events.size() - renamed.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (find(i) != i) continue;
    Event e = std::move(events[i]);
    normalise_roles(e.actors);
    for (auto* list : {&e.after, &e.before})
      for (auto& id : *list)
        if (auto it = renamed.find(id); it != renamed.end()) id = it->second;
    sort_unique(e.evidence);
    sort_unique(e.after);
    sort_unique(e.before);
    out.push_back(std::move(e));
  }
  return out;
}

GraphData GraphBuilder::build() const& {
  GraphBuilder copy = *this;
  return std::move(copy).build();
}

GraphData GraphBuilder::build() && {
  GraphData g;
  // Id order; the records are moved out of the builder.
  auto sorted = [](auto& map) {
    std::vector<typename std::decay_t<decltype(map)>::value_type*> out;
    out.reserve(map.size());
    for (auto& entry : map) out.push_back(&entry);
    std::sort(out.begin(), out.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    return out;
  };
  // (Each map is emptied once its records are moved out: the memory of the moved-from records goes back before
  // the next step needs more.)
  g.documents.reserve(documents_.size());
  for (auto* entry : sorted(documents_)) g.documents.push_back(std::move(entry->second));
  documents_ = decltype(documents_)();
  g.actors.reserve(actors_.size());
  for (auto* entry : sorted(actors_)) {
    ActorAcc& acc = entry->second;
    g.actors.push_back(std::move(acc.actor));
    Actor& a = g.actors.back();
    a.first.reset();
    a.last.reset();
    if (acc.counts.empty()) continue;
    // Each document's count is the largest any of its records gave: sorted by document, largest count first, the
    // first of each document is kept, and the map is filled in key order (linear).
    std::vector<std::pair<std::string, int>> counts(a.mentions_by_doc.begin(), a.mentions_by_doc.end());
    counts.insert(counts.end(), acc.counts.begin(), acc.counts.end());
    std::sort(counts.begin(), counts.end(), [](const auto& x, const auto& y) { return x.first != y.first ? x.first < y.first : x.second > y.second; });
    a.mentions_by_doc.clear();
    for (auto& [doc, count] : counts)
      if (a.mentions_by_doc.empty() || a.mentions_by_doc.rbegin()->first != doc) a.mentions_by_doc.emplace_hint(a.mentions_by_doc.end(), std::move(doc), count);
  }
  actors_ = decltype(actors_)();
  std::vector<Event> events;
  events.reserve(events_.size());
  for (auto* entry : sorted(events_)) events.push_back(std::move(entry->second));
  events_ = decltype(events_)();
  events = merge_reported_events(std::move(events));

  Chronology chronology = order_events(events);
  g.warnings = chronology.warnings;
  g.events.reserve(events.size());
  for (std::size_t i : chronology.order) g.events.push_back(std::move(events[i]));
  events = std::vector<Event>();
  for (const auto& e : g.events) g.chronology.push_back(e.id);
  g.skipped.assign(skipped_.begin(), skipped_.end());

  // Relations and actor dates come from the participation graph.
  Graph view(std::move(g));
  GraphData out = std::move(view).take_data();  // the participation graph keeps only indexes
  const auto& pg = view.participation();
  struct Acc {
    std::vector<std::size_t> events;
    std::optional<Day> first, last;
  };
  // The actors are in id order (sorted above, ids unique), so their indexes order them as their ids do: keyed by
  // (source, target) indexes and a view of the type (the events outlive the map), without copying three strings for
  // every pair of every event.
  const std::size_t actor_count = out.actors.size();
  std::map<std::tuple<std::size_t, std::size_t, std::string_view, bool>, Acc> relations;
  for (std::size_t ev = 0; ev < out.events.size(); ++ev) {
    const Event& e = out.events[ev];
    const auto v = actor_count + ev;  // event vertices follow actor vertices
    std::vector<std::pair<std::size_t, Role>> members;
    for (auto [edge, end] = boost::out_edges(v, pg); edge != end; ++edge)
      members.emplace_back(pg[boost::target(*edge, pg)].index, pg[*edge].role);
    for (const auto& [actor, role] : members)
      if (e.date) widen_range(out.actors[actor].first, out.actors[actor].last, *e.date);
    for (std::size_t i = 0; i < members.size(); ++i)
      for (std::size_t j = 0; j < members.size(); ++j) {
        const auto& [a, ra] = members[i];
        const auto& [b, rb] = members[j];
        if (a == b) continue;
        const bool directed = ra == Role::source && rb == Role::target;
        if (!directed) {
          // Undirected pairs are counted once, in id order, unless the reverse pair is directed.
          if (a > b) continue;
          if ((rb == Role::source && ra == Role::target)) continue;
        }
        auto& acc = relations[{a, b, std::string_view(e.type), directed}];
        if (acc.events.empty() || acc.events.back() != ev) {
          acc.events.push_back(ev);
          if (e.date) widen_range(acc.first, acc.last, *e.date);
        }
      }
  }
  out.relations.reserve(relations.size());
  for (auto& [key, acc] : relations) {
    const auto& [source_index, target_index, type, directed] = key;
    const std::string& source = out.actors[source_index].id;
    const std::string& target = out.actors[target_index].id;
    Relation r;
    r.source = source;
    r.target = target;
    r.type = std::string(type);
    r.directed = directed;
    r.id = source + (directed ? ">" : "~") + target + ":" + r.type;
    r.weight = static_cast<int>(acc.events.size());
    for (auto ev : acc.events) r.events.push_back(out.events[ev].id);
    r.first = acc.first;
    r.last = acc.last;
    out.relations.push_back(std::move(r));
  }
  return out;
}

Graph::Graph(GraphData data) : data_(std::move(data)) {
  const std::size_t na = data_.actors.size(), ne = data_.events.size();
  actor_index_.reserve(na);
  event_index_.reserve(ne);
  for (std::size_t i = 0; i < na; ++i) actor_index_.emplace(data_.actors[i].id, i);
  for (std::size_t i = 0; i < ne; ++i) event_index_.emplace(data_.events[i].id, i);

  participation_ = ParticipationGraph(na + ne);
  for (std::size_t i = 0; i < na; ++i) participation_[i] = {ParticipationNode::Kind::actor, i};
  for (std::size_t i = 0; i < ne; ++i) {
    participation_[na + i] = {ParticipationNode::Kind::event, i};
    for (const auto& ea : data_.events[i].actors) {
      auto it = actor_index_.find(ea.id);
      if (it != actor_index_.end()) boost::add_edge(na + i, it->second, ParticipationLink{ea.role}, participation_);
    }
  }

  actor_graph_ = ActorGraph(na);
  for (std::size_t i = 0; i < na; ++i) actor_graph_[i].actor = i;
  for (std::size_t r = 0; r < data_.relations.size(); ++r) {
    auto s = actor_index_.find(data_.relations[r].source), t = actor_index_.find(data_.relations[r].target);
    if (s != actor_index_.end() && t != actor_index_.end())
      boost::add_edge(s->second, t->second, RelationLink{r}, actor_graph_);
  }

  rank_.assign(ne, ne);
  for (std::size_t p = 0; p < data_.chronology.size(); ++p)
    if (auto it = event_index_.find(data_.chronology[p]); it != event_index_.end()) rank_[it->second] = p;
}

std::optional<std::size_t> Graph::actor_index(const std::string& id) const {
  auto it = actor_index_.find(id);
  if (it == actor_index_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::size_t> Graph::event_index(const std::string& id) const {
  auto it = event_index_.find(id);
  if (it == event_index_.end()) return std::nullopt;
  return it->second;
}

}  // namespace chronograph
