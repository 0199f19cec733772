#include "chronograph/query/query.hpp"

#include <algorithm>
#include <limits>
#include <queue>
#include <set>

#include <boost/graph/betweenness_centrality.hpp>

#include "chronograph/text/normalize.hpp"

namespace chronograph {

std::vector<std::size_t> find_actors(const Graph& graph, std::string_view query) {
  const auto& actors = graph.data().actors;
  const std::string key = match_key(query);
  if (key.empty()) return {};
  auto names_of = [](const Actor& a) {
    std::vector<std::string> names = {a.id};
    for (const auto& [lang, label] : a.labels) names.push_back(label);
    names.insert(names.end(), a.aliases.begin(), a.aliases.end());
    return names;
  };
  std::vector<std::size_t> exact;
  for (std::size_t i = 0; i < actors.size(); ++i)
    for (const auto& name : names_of(actors[i]))
      if (match_key(name) == key) {
        exact.push_back(i);
        break;
      }
  if (!exact.empty()) return exact;
  const std::string stripped = strip_arabic_clitics(key);
  std::vector<std::size_t> loose;
  for (std::size_t i = 0; i < actors.size(); ++i)
    for (const auto& name : names_of(actors[i]))
      if (strip_arabic_clitics(match_key(name)) == stripped) {
        loose.push_back(i);
        break;
      }
  return loose;
}

std::vector<NeighborRow> neighbors(const Graph& graph, std::size_t actor) {
  const auto& g = graph.actors();
  const auto& data = graph.data();
  std::vector<NeighborRow> rows;
  for (auto [e, end] = boost::out_edges(actor, g); e != end; ++e) {
    const std::size_t r = g[*e].relation;
    const Relation& rel = data.relations[r];
    const std::size_t other = boost::target(*e, g) == actor ? boost::source(*e, g) : boost::target(*e, g);
    rows.push_back({other, r, rel.directed && rel.source == data.actors[actor].id});
  }
  std::sort(rows.begin(), rows.end(), [&](const NeighborRow& a, const NeighborRow& b) {
    const auto& ra = data.relations[a.relation];
    const auto& rb = data.relations[b.relation];
    if (ra.weight != rb.weight) return ra.weight > rb.weight;
    const auto la = data.actors[a.actor].label(), lb = data.actors[b.actor].label();
    if (la != lb) return la < lb;
    return ra.id < rb.id;
  });
  return rows;
}

std::optional<std::vector<PathHop>> shortest_path(const Graph& graph, std::size_t from, std::size_t to) {
  const auto& g = graph.actors();
  const auto& data = graph.data();
  const std::size_t n = boost::num_vertices(g);
  constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> parent(n, kNone);
  // Breadth-first from `from`, neighbours in id order so the chosen path is deterministic.
  std::queue<std::size_t> frontier;
  parent[from] = from;
  frontier.push(from);
  std::vector<std::size_t> next;
  while (!frontier.empty() && parent[to] == kNone) {
    const std::size_t u = frontier.front();
    frontier.pop();
    next.clear();
    for (auto [v, end] = boost::adjacent_vertices(u, g); v != end; ++v) next.push_back(*v);
    std::sort(next.begin(), next.end(), [&](std::size_t a, std::size_t b) { return data.actors[a].id < data.actors[b].id; });
    for (std::size_t v : next)
      if (parent[v] == kNone) {
        parent[v] = u;
        frontier.push(v);
      }
  }
  if (parent[to] == kNone) return std::nullopt;
  std::vector<PathHop> hops;
  for (std::size_t v = to; v != from; v = parent[v]) {
    const std::size_t u = parent[v];
    PathHop hop{u, v, 0, std::nullopt};
    bool found = false;
    for (auto [e, end] = boost::out_edges(u, g); e != end; ++e) {
      const std::size_t other = boost::target(*e, g) == u ? boost::source(*e, g) : boost::target(*e, g);
      if (other != v) continue;
      const std::size_t r = g[*e].relation;
      const auto& cand = data.relations[r];
      const auto& best = data.relations[hop.relation];
      if (!found || cand.weight > best.weight || (cand.weight == best.weight && cand.id < best.id)) hop.relation = r;
      found = true;
    }
    for (const auto& id : data.relations[hop.relation].events)
      if (auto ev = graph.event_index(id); ev && (!hop.event || graph.chronology_rank(*ev) < graph.chronology_rank(*hop.event)))
        hop.event = ev;
    hops.push_back(hop);
  }
  std::reverse(hops.begin(), hops.end());
  return hops;
}

std::vector<std::size_t> filter_events(const Graph& graph, const EventFilter& filter) {
  const auto& data = graph.data();
  std::set<std::string> wanted_actors;
  for (auto a : filter.actors) wanted_actors.insert(data.actors[a].id);
  std::vector<std::size_t> out;
  for (const auto& id : data.chronology) {
    auto ev = graph.event_index(id);
    if (!ev) continue;
    const Event& e = data.events[*ev];
    if (!filter.types.empty() && std::find(filter.types.begin(), filter.types.end(), e.type) == filter.types.end())
      continue;
    if (!wanted_actors.empty() &&
        std::none_of(e.actors.begin(), e.actors.end(), [&](const EventActor& a) { return wanted_actors.count(a.id); }))
      continue;
    if (filter.from || filter.to) {
      if (!e.date || !e.date->has_interval()) continue;
      if (filter.from && e.date->end && *e.date->end < *filter.from) continue;
      if (filter.to && e.date->start && *e.date->start > *filter.to) continue;
    }
    out.push_back(*ev);
  }
  return out;
}

std::optional<Centrality> centrality_from_string(std::string_view s) {
  if (s == "degree") return Centrality::degree;
  if (s == "betweenness") return Centrality::betweenness;
  if (s == "mentions") return Centrality::mentions;
  return std::nullopt;
}

std::vector<ActorScore> rank_actors(const Graph& graph, Centrality by, std::size_t top) {
  const auto& g = graph.actors();
  const auto& data = graph.data();
  const std::size_t n = boost::num_vertices(g);
  std::vector<double> score(n, 0.0);
  if (by == Centrality::degree) {
    for (std::size_t v = 0; v < n; ++v) {
      std::set<std::size_t> distinct;
      for (auto [w, end] = boost::adjacent_vertices(v, g); w != end; ++w)
        if (*w != v) distinct.insert(*w);
      score[v] = static_cast<double>(distinct.size());
    }
  } else if (by == Centrality::mentions) {
    for (std::size_t v = 0; v < n; ++v) score[v] = data.actors[v].mentions();
  } else {
    boost::brandes_betweenness_centrality(
        g, boost::make_iterator_property_map(score.begin(), boost::get(boost::vertex_index, g)));
  }
  std::vector<ActorScore> out;
  for (std::size_t v = 0; v < n; ++v) out.push_back({v, score[v]});
  std::sort(out.begin(), out.end(), [&](const ActorScore& a, const ActorScore& b) {
    if (a.score != b.score) return a.score > b.score;
    const auto la = data.actors[a.actor].label(), lb = data.actors[b.actor].label();
    if (la != lb) return la < lb;
    return data.actors[a.actor].id < data.actors[b.actor].id;
  });
  if (top > 0 && out.size() > top) out.resize(top);
  return out;
}

}  // namespace chronograph
