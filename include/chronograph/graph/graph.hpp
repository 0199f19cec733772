#pragma once
// Stage: documents, actors and events -> the graph: Boost.Graph views, derived relations, actor dates
// and the chronology. Merging is associative, commutative and idempotent (docs/GRAPH.md), so shards
// built apart and merged give the same graph as one build.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "chronograph/model.hpp"

namespace chronograph {

// Participation graph: actor and event vertices, edges event -> actor carrying the actor's role.
struct ParticipationNode {
  enum class Kind { actor, event } kind = Kind::actor;
  std::size_t index = 0;  // into GraphData::actors or GraphData::events
};
struct ParticipationLink {
  Role role = Role::participant;
};
using ParticipationGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, ParticipationNode, ParticipationLink>;

// Aggregated actor view: one vertex per actor (vertex i = GraphData::actors[i]), one edge per relation.
struct ActorNode {
  std::size_t actor = 0;
};
struct RelationLink {
  std::size_t relation = 0;  // into GraphData::relations
};
using ActorGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, ActorNode, RelationLink>;
using ActorVertex = boost::graph_traits<ActorGraph>::vertex_descriptor;

// Events read from several articles that are one event (same type, date value and source, an actor in common,
// closed transitively) merged into the smallest id; curated events and statements are left as they are. Used by
// GraphBuilder::build.
std::vector<Event> merge_reported_events(std::vector<Event> events);

// Accumulates documents, actors and events by id, merging repeated ids, then derives the rest.
class GraphBuilder {
 public:
  void add_document(const Document& doc);
  void add_actor(const Actor& actor);
  void add_actor(Actor&& actor);  // the same, taking the record when its id is new
  void add_event(const Event& event);
  void add_event(Event&& event);
  void add_skip(const Skip& skip);
  // Merges a whole graph (its derived parts are recomputed by build()).
  void add_graph(const GraphData& graph);

  // Relations, actor first/last dates and the chronology from what was added. Deterministic:
  // the result depends only on the set of things added, not on their order.
  GraphData build() const&;
  GraphData build() &&;  // the same, moving the records out of the builder (which is left empty)

  std::size_t event_count() const { return events_.size(); }

 private:
  // An actor as merged so far, with the mention counts of the documents that named it again, kept as a list and
  // folded into mentions_by_doc by build() (a map insertion per document and actor was the builder's main cost).
  struct ActorAcc {
    Actor actor;
    std::vector<std::pair<std::string, int>> counts;
  };
  void insert_actor(Actor&& actor);  // an id not seen yet
  void merge_actor(ActorAcc& kept, const Actor& actor);
  void merge_event_into(Event& kept, const Event* other);
  // By id, hashed (a sorted map's string compares were the builder's cost); build() puts them in id order.
  std::unordered_map<std::string, Document> documents_;
  std::unordered_map<std::string, ActorAcc> actors_;
  std::unordered_map<std::string, Event> events_;
  std::set<Skip> skipped_;
};

// A built graph with its Boost views and id indexes, for queries, rendering and export.
class Graph {
 public:
  explicit Graph(GraphData data);

  const GraphData& data() const { return data_; }
  // Moves the data out; the Boost views stay usable as index structures.
  GraphData take_data() && { return std::move(data_); }
  const ParticipationGraph& participation() const { return participation_; }
  const ActorGraph& actors() const { return actor_graph_; }

  std::optional<std::size_t> actor_index(const std::string& id) const;
  std::optional<std::size_t> event_index(const std::string& id) const;
  // Position of each event in the chronology (events missing from it come last, by id).
  std::size_t chronology_rank(std::size_t event) const { return rank_[event]; }

 private:
  GraphData data_;
  ParticipationGraph participation_;
  ActorGraph actor_graph_;
  std::unordered_map<std::string, std::size_t> actor_index_;
  std::unordered_map<std::string, std::size_t> event_index_;
  std::vector<std::size_t> rank_;
};

}  // namespace chronograph
