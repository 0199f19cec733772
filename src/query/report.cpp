// Text and JSON reports of query results.
#include <cstdio>
#include <sstream>

#include "chronograph/query/query.hpp"

namespace chronograph {
namespace {

std::string actor_name(const Graph& graph, std::size_t a) {
  const Actor& actor = graph.data().actors[a];
  const std::string label = actor.label();
  return label == actor.id ? label : label + " (" + actor.id + ")";
}

std::string day_range(const std::optional<Day>& first, const std::optional<Day>& last) {
  if (!first && !last) return "undated";
  const std::string a = first ? format_day(*first) : "…", b = last ? format_day(*last) : "…";
  return a == b ? a : a + " … " + b;
}

OrderedJson actor_ref(const Graph& graph, std::size_t a) {
  const Actor& actor = graph.data().actors[a];
  return OrderedJson{{"id", actor.id}, {"label", actor.label()}, {"kind", to_string(actor.kind)}};
}

std::string actors_of(const Graph& graph, const Event& e) {
  std::string out;
  for (const auto& ea : e.actors) {
    auto idx = graph.actor_index(ea.id);
    if (!out.empty()) out += ", ";
    out += idx ? graph.data().actors[*idx].label() : ea.id;
    if (ea.role != Role::participant) out += std::string(" [") + to_string(ea.role) + "]";
  }
  return out;
}

std::string score_text(double score) {
  char buf[32];
  if (score == static_cast<double>(static_cast<long long>(score)))
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(score));
  else
    std::snprintf(buf, sizeof buf, "%.3f", score);
  return buf;
}

}  // namespace

std::string describe_date(const std::optional<DateRef>& date) {
  if (!date) return "undated";
  std::string out;
  if (date->mod == Mod::since && date->start) {
    out = "since " + format_day(*date->start);
    if (date->end) out += " (to " + format_day(*date->end) + ")";
  } else if (date->mod == Mod::until && date->end) {
    out = "until " + format_day(*date->end);
  } else {
    out = date->value;
    if (date->mod) out += std::string(" [") + to_string(*date->mod) + "]";
  }
  return out;
}

std::string neighbors_text(const Graph& graph, std::size_t actor, const std::vector<NeighborRow>& rows) {
  const auto& data = graph.data();
  std::ostringstream out;
  out << actor_name(graph, actor) << ": " << rows.size() << (rows.size() == 1 ? " relation\n" : " relations\n");
  for (const auto& row : rows) {
    const Relation& r = data.relations[row.relation];
    const char* arrow = !r.directed ? "--" : row.outgoing ? "->" : "<-";
    out << "  " << arrow << ' ' << actor_name(graph, row.actor) << "  " << r.type << "  weight " << r.weight << "  "
        << day_range(r.first, r.last) << '\n';
  }
  return out.str();
}

OrderedJson neighbors_json(const Graph& graph, std::size_t actor, const std::vector<NeighborRow>& rows) {
  const auto& data = graph.data();
  OrderedJson list = OrderedJson::array();
  for (const auto& row : rows) {
    const Relation& r = data.relations[row.relation];
    list.push_back({{"actor", actor_ref(graph, row.actor)},
                    {"relation", r.id},
                    {"type", r.type},
                    {"direction", !r.directed ? "none" : row.outgoing ? "out" : "in"},
                    {"weight", r.weight},
                    {"first", day_json(r.first)},
                    {"last", day_json(r.last)},
                    {"events", r.events}});
  }
  return OrderedJson{{"actor", actor_ref(graph, actor)}, {"neighbors", list}};
}

std::string path_text(const Graph& graph, std::size_t from, std::size_t to, const std::vector<PathHop>& hops) {
  const auto& data = graph.data();
  std::ostringstream out;
  out << actor_name(graph, from) << " to " << actor_name(graph, to) << ": " << hops.size()
      << (hops.size() == 1 ? " hop\n" : " hops\n");
  for (std::size_t i = 0; i < hops.size(); ++i) {
    const auto& hop = hops[i];
    const Relation& r = data.relations[hop.relation];
    // The arrow shows the relation's own direction, which may run against the hop.
    const bool forward = r.source == data.actors[hop.from].id;
    const std::string link = !r.directed ? " --" + r.type + "-- " : forward ? " --" + r.type + "--> " : " <--" + r.type + "-- ";
    out << "  " << (i + 1) << ". " << data.actors[hop.from].label() << link << data.actors[hop.to].label()
        << "  (weight " << r.weight << ", " << day_range(r.first, r.last) << ")\n";
    if (hop.event) {
      const Event& e = data.events[*hop.event];
      out << "     " << describe_date(e.date) << ": " << e.summary << '\n';
      if (!e.evidence.empty()) {
        const auto& ev = e.evidence.front();
        out << "     evidence [" << ev.doc << "]: " << ev.sentence << '\n';
        if (!ev.source.empty()) out << "     source: " << ev.source << '\n';
      }
    }
  }
  return out.str();
}

OrderedJson path_json(const Graph& graph, std::size_t from, std::size_t to, const std::vector<PathHop>& hops) {
  const auto& data = graph.data();
  OrderedJson list = OrderedJson::array();
  for (const auto& hop : hops) {
    const Relation& r = data.relations[hop.relation];
    OrderedJson h = {{"from", actor_ref(graph, hop.from)}, {"to", actor_ref(graph, hop.to)}, {"relation", r}};
    h["event"] = hop.event ? OrderedJson(data.events[*hop.event]) : OrderedJson(nullptr);
    list.push_back(std::move(h));
  }
  return OrderedJson{{"from", actor_ref(graph, from)}, {"to", actor_ref(graph, to)}, {"hops", list}};
}

std::string events_text(const Graph& graph, const std::vector<std::size_t>& events) {
  std::ostringstream out;
  for (auto i : events) {
    const Event& e = graph.data().events[i];
    out << describe_date(e.date) << "  " << e.type << "  " << (e.summary.empty() ? e.trigger : e.summary);
    const std::string who = actors_of(graph, e);
    if (!who.empty()) out << "  {" << who << "}";
    out << "  <" << e.id << ">\n";
  }
  return out.str();
}

OrderedJson events_json(const Graph& graph, const std::vector<std::size_t>& events) {
  OrderedJson list = OrderedJson::array();
  for (auto i : events) list.push_back(graph.data().events[i]);
  return OrderedJson{{"events", list}};
}

std::string actors_text(const Graph& graph, const std::vector<ActorScore>& scores, Centrality by) {
  std::ostringstream out;
  const char* name = by == Centrality::degree ? "degree" : by == Centrality::mentions ? "mentions" : "betweenness";
  std::size_t rank = 0;
  for (const auto& s : scores) {
    const Actor& a = graph.data().actors[s.actor];
    out << ++rank << ". " << actor_name(graph, s.actor) << "  " << to_string(a.kind) << "  " << name << ' '
        << score_text(s.score) << '\n';
  }
  return out.str();
}

OrderedJson actors_json(const Graph& graph, const std::vector<ActorScore>& scores, Centrality by) {
  OrderedJson list = OrderedJson::array();
  for (const auto& s : scores) {
    OrderedJson row = actor_ref(graph, s.actor);
    row["score"] = s.score;
    list.push_back(std::move(row));
  }
  const char* name = by == Centrality::degree ? "degree" : by == Centrality::mentions ? "mentions" : "betweenness";
  return OrderedJson{{"by", name}, {"actors", list}};
}

std::string candidates_text(const Graph& graph, const std::vector<std::size_t>& actors) {
  std::ostringstream out;
  for (auto a : actors)
    out << "  " << graph.data().actors[a].label() << " (" << graph.data().actors[a].id << ", "
        << to_string(graph.data().actors[a].kind) << ")\n";
  return out.str();
}

}  // namespace chronograph
