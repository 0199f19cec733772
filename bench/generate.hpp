#pragma once
// A generated graph for the benchmarks: actors with a heavy-tailed share of events, dates over 1990–2024
// at day, month and year granularity, 2% undated.

#include <cstdio>
#include <random>
#include <string>

#include "chronograph/graph/graph.hpp"

namespace chronograph::bench {

// Actors are drawn with a heavy tail (a few actors in many events), as in news.
inline GraphBuilder generate(std::size_t n_events, std::size_t n_actors, std::mt19937_64& rng) {
  static const char* kTypes[] = {"statement", "consult", "agree", "aid", "demand", "protest", "reduce", "coerce",
                                 "assault", "fight", "establish"};
  GraphBuilder b;
  for (std::size_t i = 0; i < n_actors; ++i) {
    Actor a;
    a.id = "actor-" + std::to_string(i);
    a.labels["en"] = "Actor " + std::to_string(i);
    a.aliases = {"Actor " + std::to_string(i), "A" + std::to_string(i)};
    a.kind = static_cast<ActorKind>(i % 6);
    b.add_actor(a);
  }
  std::uniform_real_distribution<double> u(0.0, 1.0);
  auto pick_actor = [&] {
    // Inverse of a Pareto-like CDF: index ~ n * u^3 puts most mass on low indexes.
    const double x = u(rng);
    return static_cast<std::size_t>(static_cast<double>(n_actors) * x * x * x) % n_actors;
  };
  const Day base = days_from_civil(1990, 1, 1);
  for (std::size_t i = 0; i < n_events; ++i) {
    Event e;
    e.id = "ev-" + std::to_string(i);
    e.type = kTypes[rng() % 11];
    e.summary = "Generated event number " + std::to_string(i) + " of type " + e.type;
    e.trigger = e.type;
    const int kind = static_cast<int>(rng() % 10);
    const Day d = base + static_cast<Day>(rng() % 12'500);
    int y = 0, m = 0, dd = 0;
    civil_from_days(d, y, m, dd);
    char value[16];
    if (kind < 7)
      std::snprintf(value, sizeof value, "%04d-%02d-%02d", y, m, dd);
    else if (kind < 9)
      std::snprintf(value, sizeof value, "%04d-%02d", y, m);
    else
      std::snprintf(value, sizeof value, "%04d", y);
    if (rng() % 50 != 0) e.date = date_from_value(value);  // 2% undated
    const std::size_t n = 2 + rng() % 2;
    for (std::size_t k = 0; k < n; ++k)
      e.actors.push_back({"actor-" + std::to_string(pick_actor()), k == 0 ? Role::source : Role::target});
    e.evidence.push_back({"doc-" + std::to_string(i / 20), "A sentence that mentions the actors of event " + std::to_string(i) + ".",
                          Span{(i % 20) * 100, (i % 20) * 100 + 60}, ""});
    b.add_event(e);
  }
  return b;
}

}  // namespace chronograph::bench
