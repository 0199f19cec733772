#include <iostream>
#include <set>

#include "chronograph/error.hpp"
#include "chronograph/graph/graph_json.hpp"
#include "chronograph/query/query.hpp"
#include "commands.hpp"

namespace chronograph::cli {

void setup_query(CLI::App& app, QueryOptions& opt) {
  app.add_option("graph", opt.graph, "Graph JSON written by chronograph build")->required();
  app.add_option("--format", opt.format, "text or json")->check(CLI::IsMember({"text", "json"}));
  app.require_subcommand(1);

  auto* neighbors = app.add_subcommand("neighbors", "Actors connected to ACTOR, with relation types, weights and dates");
  neighbors->add_option("actor", opt.names, "Actor id, label or alias")->required()->expected(1);
  auto* path = app.add_subcommand("path", "A shortest connection between two actors, each hop with its evidence");
  path->add_option("actors", opt.names, "Two actors")->required()->expected(2);
  auto* events = app.add_subcommand("events", "The chronology, filtered");
  events->add_option("--actor", opt.actors, "Only events of this actor (repeatable: any of them)");
  events->add_option("--from", opt.from, "Only events reaching this date or later (TIMEX3 date: 2024, 2024-01, 2024-01-27)");
  events->add_option("--to", opt.to, "Only events starting on or before this date");
  events->add_option("--type", opt.types, "Only events of this type (repeatable)");
  auto* actors = app.add_subcommand("actors", "Actors ranked by degree, betweenness or mentions");
  actors->add_option("--top", opt.top, "How many (0 = all)");
  actors->add_option("--by", opt.by, "degree, betweenness or mentions")
      ->check(CLI::IsMember({"degree", "betweenness", "mentions"}));
  for (auto* sub : {neighbors, path, events, actors}) {
    sub->fallthrough();
    sub->callback([&opt, sub] { opt.verb = sub->get_name(); });
  }
}

std::optional<std::size_t> resolve_actor(const Graph& graph, const std::string& name, int& exit_code) {
  const auto found = find_actors(graph, name);
  if (found.size() == 1) return found.front();
  if (found.empty()) {
    report_error("no actor matches '" + name + "'");
    exit_code = kExitNoMatch;
  } else {
    report_error("'" + name + "' is ambiguous; candidates:\n" + candidates_text(graph, found));
    exit_code = kExitError;
  }
  return std::nullopt;
}

std::optional<Day> date_bound(const std::string& text, bool start, const char* flag) {
  if (text.empty()) return std::nullopt;
  std::optional<ValueSpan> span;
  try {
    span = span_of_value(text);
  } catch (const Error& e) {
    throw Error(std::string(flag) + ": " + e.message());
  }
  if (!span) throw Error(std::string(flag) + ": '" + text + "' is not a calendar date");
  return start ? span->start : span->end;
}

int run_query(const QueryOptions& opt, const GlobalOptions&) {
  const bool json = opt.format == "json";
  const std::optional<Day> from = date_bound(opt.from, true, "--from");
  const std::optional<Day> to = date_bound(opt.to, false, "--to");
  // Each verb parses only the parts of the graph file it needs.
  const GraphFile file(opt.graph);
  GraphSections sections;
  sections.documents = sections.skipped = false;
  sections.events = opt.verb == "events";
  sections.relations = opt.verb == "path" || opt.verb == "actors";
  sections.chronology = opt.verb == "events" || opt.verb == "path";
  GraphData data = file.load(sections);
  int code = kExitOk;

  if (opt.verb == "neighbors") {
    auto a = resolve_actor(Graph(data), opt.names.at(0), code);
    if (!a) return code;
    data.relations = file.relations_of(data.actors[*a].id);
    const Graph graph(std::move(data));
    const auto rows = neighbors(graph, *a);
    if (json)
      std::cout << neighbors_json(graph, *a, rows).dump(2) << '\n';
    else
      std::cout << neighbors_text(graph, *a, rows);
    return rows.empty() ? kExitNoMatch : kExitOk;
  }
  if (opt.verb == "path") {
    std::optional<std::size_t> a, b;
    std::optional<std::vector<PathHop>> hops;
    {
      const Graph graph(data);
      if (!(a = resolve_actor(graph, opt.names.at(0), code)) || !(b = resolve_actor(graph, opt.names.at(1), code))) return code;
      hops = shortest_path(graph, *a, *b);
    }
    if (!hops) {
      report_error("no connection between '" + opt.names[0] + "' and '" + opt.names[1] + "'");
      return kExitNoMatch;
    }
    // The hops' evidence: load the events of the relations on the path, then ask again.
    std::set<std::string> ids;
    for (const auto& hop : *hops)
      for (const auto& id : data.relations[hop.relation].events) ids.insert(id);
    data.events = file.events_with_ids(ids);
    const Graph graph(std::move(data));
    hops = shortest_path(graph, *a, *b);
    if (json)
      std::cout << path_json(graph, *a, *b, *hops).dump(2) << '\n';
    else
      std::cout << path_text(graph, *a, *b, *hops);
    return kExitOk;
  }
  const Graph graph(std::move(data));
  if (opt.verb == "events") {
    EventFilter filter;
    for (const auto& name : opt.actors) {
      auto a = resolve_actor(graph, name, code);
      if (!a) return code;
      filter.actors.push_back(*a);
    }
    filter.from = from;
    filter.to = to;
    filter.types = opt.types;
    const auto events = filter_events(graph, filter);
    if (json)
      std::cout << events_json(graph, events).dump(2) << '\n';
    else
      std::cout << events_text(graph, events);
    return events.empty() ? kExitNoMatch : kExitOk;
  }
  if (opt.verb == "actors") {
    const auto by = centrality_from_string(opt.by).value_or(Centrality::degree);
    const auto scores = rank_actors(graph, by, opt.top);
    if (json)
      std::cout << actors_json(graph, scores, by).dump(2) << '\n';
    else
      std::cout << actors_text(graph, scores, by);
    return scores.empty() ? kExitNoMatch : kExitOk;
  }
  throw Error("query needs one of: neighbors, path, events, actors");
}

}  // namespace chronograph::cli
