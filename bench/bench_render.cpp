// Benchmark (not a test): rendering timelines of 100, 1,000 and 10,000 events and relationship
// diagrams of 100, 1,000 and 5,000 actors to SVG, in one run so the figures compare side by side.
// Usage: chronograph_render_bench [MAX_EVENTS] [MAX_ACTORS]

#include <chrono>
#include <cstdio>
#include <string>

#include "chronograph/render/render.hpp"
#include "generate.hpp"

using namespace chronograph;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

}  // namespace

int main(int argc, char** argv) {
  const std::size_t max_events = argc > 1 ? std::stoul(argv[1]) : 10'000;
  const std::size_t max_actors = argc > 2 ? std::stoul(argv[2]) : 5'000;
  std::printf("%-34s %10s %10s %10s %8s %10s\n", "case", "layout s", "render s", "total s", "nodes", "SVG MB");
  for (std::size_t events : {100u, 1'000u, 10'000u}) {
    if (events > max_events) break;
    std::mt19937_64 rng(1);
    const Graph graph(bench::generate(events, std::max<std::size_t>(events / 10, 20), rng).build());
    auto t = Clock::now();
    const TimelineLayout layout = layout_timeline(graph, {}, LabelLanguage::en);
    const double t_layout = seconds_since(t);
    RenderOptions options;
    t = Clock::now();
    const RenderResult r = render(graph, options);
    const double t_total = seconds_since(t);
    std::printf("%-34s %10.3f %10.3f %10.3f %8zu %10.2f\n", ("timeline, " + std::to_string(events) + " events").c_str(),
                t_layout, t_total - t_layout, t_total, r.nodes, static_cast<double>(r.bytes.size()) / 1e6);
    (void)layout;
  }
  for (std::size_t actors : {100u, 1'000u, 5'000u}) {
    if (actors > max_actors) break;
    std::mt19937_64 rng(2);
    const Graph graph(bench::generate(actors * 2, actors, rng).build());
    RenderOptions options;
    options.view = View::relations;
    options.format = "dot";
    auto t = Clock::now();
    const RenderResult dot = render(graph, options);
    const double t_build = seconds_since(t);
    options.format = "svg";
    t = Clock::now();
    const RenderResult r = render(graph, options);
    const double t_total = seconds_since(t);
    std::printf("%-34s %10.3f %10.3f %10.3f %8zu %10.2f\n",
                ("relations, " + std::to_string(r.items) + " actors (" + r.engine + ")").c_str(), t_build,
                t_total - t_build, t_total, r.nodes, static_cast<double>(r.bytes.size()) / 1e6);
    (void)dot;
  }
  return 0;
}
