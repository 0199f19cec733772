// Benchmark (not a test): a generated graph of 100,000 events and 10,000 actors.
// Measures build time and peak memory, graph JSON write/read throughput, loading a graph file and
// answering `neighbors`, `path` latency, and betweenness on the top-N subgraph, all in one run so the
// figures can be compared side by side. Usage: chronograph_bench [EVENTS] [ACTORS] [WORK_DIR] [CHRONOGRAPH]
// With CHRONOGRAPH (the built binary), also times the real `query ... neighbors` command end to end.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include <boost/graph/betweenness_centrality.hpp>
#include <sys/resource.h>

#include "chronograph/graph/graph_json.hpp"
#include "chronograph/output/atomic_file.hpp"
#include "chronograph/query/query.hpp"
#include "generate.hpp"

using namespace chronograph;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

long peak_rss_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t n_events = argc > 1 ? std::stoul(argv[1]) : 100'000;
  const std::size_t n_actors = argc > 2 ? std::stoul(argv[2]) : 10'000;
  const std::filesystem::path work = argc > 3 ? argv[3] : std::filesystem::temp_directory_path();
  const std::string binary = argc > 4 ? argv[4] : "";
  std::mt19937_64 rng(42);

  std::printf("chronograph bench: %zu events, %zu actors\n", n_events, n_actors);
  auto t = Clock::now();
  GraphBuilder builder = bench::generate(n_events, n_actors, rng);
  const double t_generate = seconds_since(t);

  t = Clock::now();
  GraphData data = builder.build();
  const double t_build = seconds_since(t);
  std::printf("%-44s %9.3f s\n", "generate (add actors and events)", t_generate);
  std::printf("%-44s %9.3f s   (%zu relations)\n", "build (chronology, relations, actor dates)", t_build,
              data.relations.size());
  std::printf("%-44s %9ld MiB\n", "peak RSS after build", peak_rss_mib());

  const std::string path = (work / "chronograph-bench-graph.json").string();
  t = Clock::now();
  write_file_atomically(path, [&](std::ostream& o) { write_graph_json(o, data); });
  const double t_write = seconds_since(t);
  const double mb = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
  std::printf("%-44s %9.3f s   %7.1f MB  %6.1f MB/s\n", "graph JSON write (file, atomic)", t_write, mb, mb / t_write);

  t = Clock::now();
  GraphData back = read_graph_json(path);
  const double t_read = seconds_since(t);
  std::printf("%-44s %9.3f s   %6.1f MB/s\n", "graph JSON read (file, record by record)", t_read, mb / t_read);
  std::printf("%-44s %9ld MiB\n", "peak RSS after write and read", peak_rss_mib());

  t = Clock::now();
  const Graph graph(std::move(back));
  std::printf("%-44s %9.3f s\n", "Boost views and id indexes", seconds_since(t));
  const std::size_t read_events = graph.data().events.size();

  // Answer `neighbors` as the query command does: parse the actors, then only the relation lines
  // that name the actor.
  t = Clock::now();
  {
    const GraphFile file(path);
    GraphSections only_actors;
    only_actors.documents = only_actors.events = only_actors.relations = only_actors.chronology = false;
    GraphData part = file.load(only_actors);
    const auto who = find_actors(Graph(part), "Actor 17");
    part.relations = file.relations_of(part.actors.at(who.at(0)).id);
    const Graph small(std::move(part));
    const auto rows = neighbors(small, who.at(0));
    const std::string report = neighbors_text(small, who.at(0), rows);
    std::printf("%-44s %9.3f s   (%zu relations listed)\n", "open file + lookup + neighbors + report", seconds_since(t),
                rows.size());
  }

  // Path latency over random pairs.
  const int pairs = 200;
  int connected = 0;
  std::size_t hops = 0;
  t = Clock::now();
  for (int i = 0; i < pairs; ++i) {
    const std::size_t a = rng() % n_actors, b = rng() % n_actors;
    if (auto p = shortest_path(graph, a, b)) {
      ++connected;
      hops += p->size();
    }
  }
  const double t_path = seconds_since(t);
  std::printf("%-44s %9.3f ms  (%d/%d connected, %.1f hops on average)\n", "path latency (mean over pairs)",
              1e3 * t_path / pairs, connected, pairs, connected ? static_cast<double>(hops) / connected : 0.0);

  // Betweenness on the subgraph induced by the top-N actors by degree.
  for (std::size_t top : {250u, 1000u}) {
    const auto ranked = rank_actors(graph, Centrality::degree, top);
    std::vector<long> slot(n_actors, -1);
    for (std::size_t i = 0; i < ranked.size(); ++i) slot[ranked[i].actor] = static_cast<long>(i);
    ActorGraph sub(ranked.size());
    const auto& g = graph.actors();
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
      const long s = slot[boost::source(*e, g)], d = slot[boost::target(*e, g)];
      if (s >= 0 && d >= 0 && s != d) boost::add_edge(static_cast<std::size_t>(s), static_cast<std::size_t>(d), sub);
    }
    std::vector<double> score(ranked.size());
    t = Clock::now();
    boost::brandes_betweenness_centrality(sub, boost::make_iterator_property_map(score.begin(), boost::get(boost::vertex_index, sub)));
    std::printf("%-44s %9.3f s   (%zu edges)\n", ("betweenness on top-" + std::to_string(top) + " subgraph").c_str(),
                seconds_since(t), boost::num_edges(sub));
  }
  std::printf("%-44s %9ld MiB\n", "peak RSS at end", peak_rss_mib());

  if (!binary.empty()) {
    const std::string cmd = binary + " query " + path + " neighbors actor-17 > /dev/null";
    t = Clock::now();
    const int rc = std::system(cmd.c_str());
    std::printf("%-44s %9.3f s   (exit %d)\n", "chronograph query FILE neighbors (process)", seconds_since(t), rc);
  }
  if (!std::getenv("CHRONOGRAPH_BENCH_KEEP")) std::filesystem::remove(path);
  return read_events == data.events.size() ? 0 : 1;
}
