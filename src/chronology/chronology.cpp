#include "chronograph/chronology/chronology.hpp"

#include <algorithm>
#include <limits>
#include <compare>
#include <queue>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>

namespace chronograph {
namespace {

using ConstraintGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

constexpr Day kOpenStart = std::numeric_limits<Day>::min();
constexpr Day kOpenEnd = std::numeric_limits<Day>::max();

// The sort key of rule 1–3 for a date alone.
struct DateKey {
  int group = 2;               // 0 interval, 1 underspecified, 2 undated
  Day anchor = 0;              // interval start, or its end when the start is open
  std::int64_t minus_length = 0;  // longer intervals first
  Day end = 0;
  std::string value;           // for group 1

  auto tie() const { return std::tie(group, anchor, minus_length, end, value); }
};

DateKey key_of(const std::optional<DateRef>& d) {
  DateKey k;
  if (!d) return k;
  if (!d->has_interval()) {
    k.group = 1;
    k.value = d->value;
    return k;
  }
  k.group = 0;
  const Day start = d->start.value_or(kOpenStart);
  const Day end = d->end.value_or(kOpenEnd);
  k.anchor = d->start ? start : end;
  k.minus_length = -(static_cast<std::int64_t>(end) - static_cast<std::int64_t>(start));
  k.end = end;
  return k;
}

// Document order of the first evidence: doc id, then span start (curated rows have no span). Views into the event:
// the sort below compares them n log n times.
std::tuple<std::string_view, std::size_t> evidence_key(const Event& e) {
  if (e.evidence.empty()) return {std::string_view(), 0};
  const auto& ev = e.evidence.front();
  return {ev.doc, ev.span ? ev.span->begin : 0};
}

}  // namespace

bool date_precedes(const std::optional<DateRef>& a, const std::optional<DateRef>& b) {
  return key_of(a).tie() < key_of(b).tie();
}

Chronology order_events(const std::vector<Event>& events) {
  const std::size_t n = events.size();
  Chronology result;
  std::unordered_map<std::string, std::size_t> index;
  index.reserve(n);
  for (std::size_t i = 0; i < n; ++i) index.emplace(events[i].id, i);

  // Priority: the date key, then document order, then id.
  std::vector<DateKey> keys(n);
  for (std::size_t i = 0; i < n; ++i) keys[i] = key_of(events[i].date);
  std::vector<std::size_t> by_priority(n);
  for (std::size_t i = 0; i < n; ++i) by_priority[i] = i;
  std::sort(by_priority.begin(), by_priority.end(), [&](std::size_t a, std::size_t b) {
    if (const auto c = keys[a].tie() <=> keys[b].tie(); c != 0) return c < 0;
    if (const auto c = evidence_key(events[a]) <=> evidence_key(events[b]); c != 0) return c < 0;
    return events[a].id < events[b].id;
  });
  std::vector<std::size_t> priority(n);
  for (std::size_t p = 0; p < n; ++p) priority[by_priority[p]] = p;

  // Constraint edges u -> v: u comes before v.
  ConstraintGraph constraints(n);
  bool any_constraint = false;
  auto constrain = [&](std::size_t from_event, const std::string& other, bool other_first) {
    auto it = index.find(other);
    if (it == index.end()) {
      result.warnings.push_back("event " + events[from_event].id + ": " + (other_first ? "'after'" : "'before'") +
                                " names unknown event " + other);
      return;
    }
    any_constraint = true;
    if (other_first)
      boost::add_edge(it->second, from_event, constraints);
    else
      boost::add_edge(from_event, it->second, constraints);
  };
  for (std::size_t i = 0; i < n; ++i) {
    for (const auto& a : events[i].after) constrain(i, a, true);
    for (const auto& b : events[i].before) constrain(i, b, false);
  }
  if (!any_constraint) {
    result.order = std::move(by_priority);
    return result;
  }

  // A cycle makes topological_sort throw without naming it; strong components name its events.
  std::vector<int> component(n, -1);
  std::vector<bool> in_cycle_component;
  try {
    std::vector<std::size_t> reverse_order;
    boost::topological_sort(constraints, std::back_inserter(reverse_order));
  } catch (const boost::not_a_dag&) {
    const int count = boost::strong_components(
        constraints, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, constraints)));
    std::vector<std::vector<std::size_t>> members(static_cast<std::size_t>(count));
    for (std::size_t v = 0; v < n; ++v) members[static_cast<std::size_t>(component[v])].push_back(v);
    in_cycle_component.assign(static_cast<std::size_t>(count), false);
    for (auto [e, end] = boost::edges(constraints); e != end; ++e) {
      const auto u = boost::source(*e, constraints), v = boost::target(*e, constraints);
      if (component[u] == component[v]) in_cycle_component[static_cast<std::size_t>(component[u])] = true;
    }
    for (std::size_t c = 0; c < members.size(); ++c) {
      if (!in_cycle_component[c]) continue;
      std::vector<std::string> ids;
      for (auto v : members[c]) ids.push_back(events[v].id);
      std::sort(ids.begin(), ids.end());
      std::string words;
      for (const auto& id : ids) words += (words.empty() ? "" : ", ") + id;
      result.warnings.push_back("before/after constraints form a cycle among events " + words +
                                "; those constraints are ignored");
      result.cycles.push_back(std::move(ids));
    }
  }
  auto ignored = [&](std::size_t u, std::size_t v) {
    return !in_cycle_component.empty() && component[u] == component[v] &&
           in_cycle_component[static_cast<std::size_t>(component[u])];
  };

  // Kahn's algorithm taking the highest-priority ready event each time. An event that must precede
  // another inherits that one's priority when it is higher ("effective" priority), so an undated event
  // constrained to come before a 2021 event lands just before it rather than after everything dated.
  auto kahn = [&](const std::vector<std::size_t>& effective) {
    std::vector<std::size_t> indegree(n, 0), order;
    for (auto [e, end] = boost::edges(constraints); e != end; ++e) {
      const auto u = boost::source(*e, constraints), v = boost::target(*e, constraints);
      if (!ignored(u, v)) ++indegree[v];
    }
    using Entry = std::pair<std::size_t, std::size_t>;  // (effective, own priority)
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> ready;
    for (std::size_t v = 0; v < n; ++v)
      if (indegree[v] == 0) ready.push({effective[v], priority[v]});
    order.reserve(n);
    while (!ready.empty()) {
      const std::size_t v = by_priority[ready.top().second];
      ready.pop();
      order.push_back(v);
      for (auto [e, end] = boost::out_edges(v, constraints); e != end; ++e) {
        const auto w = boost::target(*e, constraints);
        if (ignored(v, w)) continue;
        if (--indegree[w] == 0) ready.push({effective[w], priority[w]});
      }
    }
    return order;
  };
  const std::vector<std::size_t> first_pass = kahn(priority);
  std::vector<std::size_t> effective = priority;
  for (auto it = first_pass.rbegin(); it != first_pass.rend(); ++it)
    for (auto [e, end] = boost::out_edges(*it, constraints); e != end; ++e) {
      const auto w = boost::target(*e, constraints);
      if (!ignored(*it, w)) effective[*it] = std::min(effective[*it], effective[w]);
    }
  result.order = kahn(effective);
  return result;
}

}  // namespace chronograph
