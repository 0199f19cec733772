#pragma once
// Stage: graph + question -> answer (the `query` command): actor lookup, neighbours, shortest paths,
// filtered chronology and actor rankings, with text and JSON reports.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/graph/graph.hpp"

namespace chronograph {

// Actors whose id, label, any language's label or any alias has the query's match key; if none does,
// those that match once Arabic clitics are stripped from both sides ("بالعراق" finds "العراق").
// Sorted by actor index. Several results mean the query is ambiguous.
std::vector<std::size_t> find_actors(const Graph& graph, std::string_view query);

struct NeighborRow {
  std::size_t actor = 0;     // the neighbour
  std::size_t relation = 0;  // into data().relations
  bool outgoing = false;     // for directed relations: the queried actor is the source
};
// Every relation of `actor`, heaviest first, then by neighbour label and relation id.
std::vector<NeighborRow> neighbors(const Graph& graph, std::size_t actor);

struct PathHop {
  std::size_t from = 0, to = 0;  // actor indexes
  std::size_t relation = 0;      // the heaviest relation joining them
  std::optional<std::size_t> event;  // its earliest event in the chronology, the hop's evidence
};
// A shortest connection (fewest hops) between two actors; nullopt when they are not connected.
// An actor's path to itself is empty.
std::optional<std::vector<PathHop>> shortest_path(const Graph& graph, std::size_t from, std::size_t to);

struct EventFilter {
  std::vector<std::size_t> actors;  // any of them takes part; empty = all
  std::optional<Day> from;          // the event's interval reaches this day or later
  std::optional<Day> to;            // the event's interval starts this day or earlier
  std::vector<std::string> types;   // any of them; empty = all
};
// Matching events in chronology order. With from/to, events without a calendar interval are left out.
std::vector<std::size_t> filter_events(const Graph& graph, const EventFilter& filter);

enum class Centrality { degree, betweenness, mentions };
std::optional<Centrality> centrality_from_string(std::string_view s);
struct ActorScore {
  std::size_t actor = 0;
  double score = 0;
};
// Actors by score, highest first, ties by label then id; at most `top` (0 = all).
// Degree counts distinct neighbours; betweenness is Brandes' (Boost), unweighted, on the actor graph.
std::vector<ActorScore> rank_actors(const Graph& graph, Centrality by, std::size_t top);

// Reports. Text is for people, JSON (ordered keys) for programs; both are documented in docs/QUERY.md.
std::string describe_date(const std::optional<DateRef>& date);
std::string neighbors_text(const Graph& graph, std::size_t actor, const std::vector<NeighborRow>& rows);
OrderedJson neighbors_json(const Graph& graph, std::size_t actor, const std::vector<NeighborRow>& rows);
std::string path_text(const Graph& graph, std::size_t from, std::size_t to, const std::vector<PathHop>& hops);
OrderedJson path_json(const Graph& graph, std::size_t from, std::size_t to, const std::vector<PathHop>& hops);
std::string events_text(const Graph& graph, const std::vector<std::size_t>& events);
OrderedJson events_json(const Graph& graph, const std::vector<std::size_t>& events);
std::string actors_text(const Graph& graph, const std::vector<ActorScore>& scores, Centrality by);
OrderedJson actors_json(const Graph& graph, const std::vector<ActorScore>& scores, Centrality by);
// "label (id, kind)" lines for an ambiguous lookup.
std::string candidates_text(const Graph& graph, const std::vector<std::size_t>& actors);

}  // namespace chronograph
