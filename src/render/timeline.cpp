// The timeline view: our own layout from the dates (linear in the number of events), pinned positions,
// Graphviz only draws (engine nop2, i.e. neato -n2).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <tuple>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "chronograph/error.hpp"
#include "chronograph/query/query.hpp"
#include "chronograph/render/render.hpp"
#include "chronograph/text/utf8.hpp"

namespace chronograph {
namespace {

constexpr double kLeftMargin = 180;    // room for lane titles
constexpr double kAxisY = 34;          // the axis line, from the top of the plot
constexpr double kRowHeight = 18;
constexpr double kLaneStrip = 10;      // a lane's top strip, where other lanes' events show as dots
constexpr double kBreakWidth = 44;
constexpr double kMinSegment = 110;
constexpr double kCharWidth = 0.56;    // average glyph width as a fraction of the font size
constexpr std::size_t kDefaultLanes = 8;
constexpr std::size_t kLabelChars = 44;

struct Segment {
  double d0, d1;  // days, padded
  double x0, x1;
};

struct Unit {
  enum Kind { day, week, month, quarter, year } kind;
  int step;
  double days;
};
constexpr Unit kUnits[] = {{Unit::day, 1, 1},       {Unit::week, 1, 7},      {Unit::month, 1, 30.44},
                           {Unit::quarter, 1, 91.3}, {Unit::year, 1, 365.25}, {Unit::year, 2, 730.5},
                           {Unit::year, 5, 1826},    {Unit::year, 10, 3652},  {Unit::year, 25, 9131},
                           {Unit::year, 50, 18262},  {Unit::year, 100, 36525}};

// Short month names and the abbreviated name of the era before 1 AD, from CLDR through ICU, loaded once per language.
struct CalendarNames {
  std::vector<std::string> months;
  std::string bc_era;
};
const CalendarNames& calendar_names(LabelLanguage language) {
  static std::map<LabelLanguage, CalendarNames> cache;
  auto& names = cache[language];
  if (names.months.empty()) {
    IcuError status("loading month and era names");
    icu::DateFormatSymbols symbols(icu::Locale(language == LabelLanguage::ar ? "ar" : "en"), status);
    status.assertSuccess();
    int32_t count = 0;
    const icu::UnicodeString* months = symbols.getShortMonths(count);
    for (int32_t i = 0; i < count && i < 12; ++i) {
      std::string s;
      months[i].toUTF8String(s);
      names.months.push_back(s);
    }
    const icu::UnicodeString* eras = symbols.getEras(count);
    if (count > 0) eras[0].toUTF8String(names.bc_era);
    if (names.bc_era.empty()) names.bc_era = "BC";
  }
  return names;
}
const std::vector<std::string>& month_names(LabelLanguage language) { return calendar_names(language).months; }

// A year as the axis writes it: 2024; a year before 1 AD (astronomical 0 is 1 BC) with CLDR's abbreviated era name
// ("586 BC", "586 ق.م").
std::string year_label(int year, LabelLanguage language) {
  return year >= 1 ? std::to_string(year) : std::to_string(1 - year) + " " + calendar_names(language).bc_era;
}

// A day for the title: "2024-01-27"; before 1 AD, its year alone ("586 BC").
std::string day_label(Day d, LabelLanguage language) {
  int y = 0, m = 0, dd = 0;
  civil_from_days(d, y, m, dd);
  return y >= 1 ? format_day(d) : year_label(y, language);
}

double label_width(const std::string& text, double font_size) {
  return static_cast<double>(count_code_points(text)) * font_size * kCharWidth + 8;
}

std::string years_text(double days) {
  const double years = days / 365.25;
  char buf[48];
  if (years >= 1.5)
    std::snprintf(buf, sizeof buf, "≈ %.0f years", years);
  else if (days >= 45)
    std::snprintf(buf, sizeof buf, "≈ %.0f months", days / 30.44);
  else
    std::snprintf(buf, sizeof buf, "%.0f days", days);
  return buf;
}

class Axis {
 public:
  // Groups the days into segments; gaps longer than the threshold become breaks.
  Axis(std::vector<Day> days, double target_width) {
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    const double span = days.empty() ? 0 : static_cast<double>(days.back() - days.front());
    const double gap = std::max(120.0, 0.1 * span);
    std::vector<std::pair<Day, Day>> groups;
    for (Day d : days) {
      if (groups.empty() || d - groups.back().second > gap)
        groups.emplace_back(d, d);
      else
        groups.back().second = d;
    }
    double total_weight = 0;
    for (auto [a, b] : groups) {
      const double pad = std::max(3.0, 0.04 * (b - a));
      segments_.push_back({a - pad, b + pad, 0, 0});
      total_weight += segments_.back().d1 - segments_.back().d0;
    }
    const double available = std::max(target_width - kBreakWidth * (static_cast<double>(groups.size()) - 1), 200.0);
    double x = kLeftMargin;
    for (auto& s : segments_) {
      const double w = std::max(kMinSegment, available * (s.d1 - s.d0) / total_weight);
      s.x0 = x;
      s.x1 = x + w;
      x = s.x1 + kBreakWidth;
    }
    end_x_ = segments_.empty() ? kLeftMargin : segments_.back().x1;
  }

  double x(double day) const {
    if (segments_.empty()) return kLeftMargin;
    if (day <= segments_.front().d0) return segments_.front().x0;
    for (std::size_t i = 0; i < segments_.size(); ++i) {
      const Segment& s = segments_[i];
      if (day <= s.d1) return s.x0 + (day - s.d0) / (s.d1 - s.d0) * (s.x1 - s.x0);
      if (i + 1 < segments_.size() && day < segments_[i + 1].d0) {
        const Segment& n = segments_[i + 1];
        return s.x1 + (day - s.d1) / (n.d0 - s.d1) * (n.x0 - s.x1);
      }
    }
    return segments_.back().x1;
  }

  double end_x() const { return end_x_; }

  std::vector<TimelineBreak> breaks() const {
    std::vector<TimelineBreak> out;
    for (std::size_t i = 0; i + 1 < segments_.size(); ++i)
      out.push_back({segments_[i].x1, segments_[i + 1].x0, years_text(segments_[i + 1].d0 - segments_[i].d1)});
    return out;
  }

  std::vector<TimelineTick> ticks(LabelLanguage language) const {
    std::vector<TimelineTick> out;
    const auto& months = month_names(language);
    for (const Segment& s : segments_) {
      const double per_day = (s.x1 - s.x0) / (s.d1 - s.d0);
      const Unit* unit = &kUnits[std::size(kUnits) - 1];
      for (const Unit& u : kUnits)
        if (u.days * per_day >= 62) {
          unit = &u;
          break;
        }
      const std::size_t first = out.size();
      int prev_year = INT32_MIN;
      auto add = [&](Day d) {
        int y = 0, m = 0, dd = 0;
        civil_from_days(d, y, m, dd);
        const bool new_year = y != prev_year;
        std::string label;
        switch (unit->kind) {
          case Unit::day:
          case Unit::week:
            label = std::to_string(dd) + " " + months[static_cast<std::size_t>(m - 1)] + (new_year ? " " + year_label(y, language) : "");
            break;
          case Unit::month:
          case Unit::quarter:
            label = months[static_cast<std::size_t>(m - 1)] + (new_year ? " " + year_label(y, language) : "");
            break;
          case Unit::year: label = year_label(y, language); break;
        }
        prev_year = y;
        out.push_back({x(d), label});
      };
      const Day lo = static_cast<Day>(std::ceil(s.d0)), hi = static_cast<Day>(std::floor(s.d1));
      int y = 0, m = 0, dd = 0;
      civil_from_days(lo, y, m, dd);
      switch (unit->kind) {
        case Unit::day:
          for (Day d = lo; d <= hi; ++d) add(d);
          break;
        case Unit::week:
          for (Day d = lo + (8 - iso_weekday(lo)) % 7; d <= hi; d += 7) add(d);
          break;
        case Unit::month:
        case Unit::quarter: {
          const int step = unit->kind == Unit::month ? 1 : 3;
          int yy = y, mm = m;
          if (dd != 1) ++mm;
          while (unit->kind == Unit::quarter && (mm - 1) % 3 != 0) ++mm;
          for (;; mm += step) {
            while (mm > 12) {
              mm -= 12;
              ++yy;
            }
            const Day d = days_from_civil(yy, mm, 1);
            if (d > hi) break;
            add(d);
          }
          break;
        }
        case Unit::year: {
          int yy = (m == 1 && dd == 1) ? y : y + 1;
          while (yy % unit->step != 0) ++yy;
          for (;; yy += unit->step) {
            const Day d = days_from_civil(yy, 1, 1);
            if (d > hi) break;
            add(d);
          }
          break;
        }
      }
      if (out.size() == first) {  // a short segment: label its middle day in full
        const Day mid = static_cast<Day>((s.d0 + s.d1) / 2);
        civil_from_days(mid, y, m, dd);
        out.push_back({x(mid), std::to_string(dd) + " " + months[static_cast<std::size_t>(m - 1)] + " " + year_label(y, language)});
      }
    }
    return out;
  }

 private:
  std::vector<Segment> segments_;
  double end_x_ = kLeftMargin;
};

}  // namespace

TimelineLayout layout_timeline(const Graph& graph, const ViewFilter& filter, LabelLanguage language) {
  const GraphData& data = graph.data();
  const double font = default_theme().font_size;
  EventFilter ef;
  ef.actors = filter.actors;
  ef.from = filter.from;
  ef.to = filter.to;
  ef.types = filter.types;
  const std::vector<std::size_t> events = filter_events(graph, ef);
  if (events.empty()) throw Error("no events match the filters");

  // Swimlanes: the requested actors, else the actors with the most events in view.
  std::vector<std::size_t> lane_actors = filter.actors;
  if (lane_actors.empty()) {
    std::map<std::size_t, std::size_t> count;
    for (auto e : events)
      for (const auto& ea : data.events[e].actors)
        if (auto a = graph.actor_index(ea.id)) ++count[*a];
    std::vector<std::pair<std::size_t, std::size_t>> ranked(count.begin(), count.end());
    std::stable_sort(ranked.begin(), ranked.end(), [](auto& a, auto& b) { return a.second > b.second; });
    const std::size_t lanes = filter.top ? filter.top : kDefaultLanes;
    for (std::size_t i = 0; i < ranked.size() && i < lanes; ++i) lane_actors.push_back(ranked[i].first);
  }
  std::map<std::string, std::size_t> lane_of;
  for (std::size_t i = 0; i < lane_actors.size(); ++i) lane_of[data.actors[lane_actors[i]].id] = i;
  const std::size_t other_lane = lane_actors.size();

  // Dated events become marks; the others go to the undated panel.
  TimelineLayout out;
  std::vector<std::size_t> dated;
  std::vector<Day> days;
  for (auto e : events) {
    const Event& ev = data.events[e];
    if (ev.date && ev.date->has_interval()) {
      dated.push_back(e);
      if (ev.date->start) days.push_back(*ev.date->start);
      if (ev.date->end) days.push_back(*ev.date->end);
    } else {
      std::string label = shorten(ev.summary.empty() ? ev.type : ev.summary, 70);
      if (ev.date && !ev.date->value.empty()) label = ev.date->value + " · " + label;
      out.undated.push_back(label);
    }
  }
  const Axis axis(days, std::clamp(14.0 * static_cast<double>(dated.size()), 900.0, 30000.0));
  out.ticks = axis.ticks(language);
  out.breaks = axis.breaks();

  // Each event in the lane of its first source actor with a lane, else its first actor with a lane.
  bool uses_other_lane = false;
  struct Placed {
    std::size_t lane, row;
  };
  std::vector<std::vector<double>> rows(lane_actors.size() + 1);  // right edge of each row, per lane
  std::vector<Placed> placed;
  for (auto e : dated) {
    const Event& ev = data.events[e];
    std::optional<std::size_t> lane;
    for (int pass = 0; pass < 2 && !lane; ++pass)
      for (const auto& ea : ev.actors) {
        if (pass == 0 && ea.role != Role::source) continue;
        if (auto it = lane_of.find(ea.id); it != lane_of.end() && (!lane || it->second < *lane)) lane = it->second;
      }
    TimelineMark m;
    m.event = e;
    m.lane = lane.value_or(other_lane);
    uses_other_lane |= !lane;
    const DateRef& d = *ev.date;
    m.open_start = !d.start;
    m.open_end = !d.end;
    m.approx = d.mod == Mod::approx;
    const double start = d.start ? *d.start : (d.end ? *d.end : 0);
    m.x0 = axis.x(start);
    m.x1 = d.end ? axis.x(*d.end + 1) : axis.end_x();
    if (m.open_start) m.x0 = std::max(kLeftMargin, m.x0 - 40);
    m.label = shorten(ev.summary.empty() ? ev.type : ev.summary, kLabelChars);
    const double right = std::max(m.x1, m.x0 + 10 + label_width(m.label, font)) + 8;
    auto& lane_rows = rows[m.lane];
    std::size_t row = 0;
    while (row < lane_rows.size() && lane_rows[row] > m.x0) ++row;
    if (row == lane_rows.size()) lane_rows.push_back(0);
    lane_rows[row] = right;
    placed.push_back({m.lane, row});
    out.marks.push_back(std::move(m));
    for (const auto& ea : ev.actors)
      if (auto it = lane_of.find(ea.id); it != lane_of.end() && it->second != out.marks.back().lane)
        out.links.push_back({out.marks.size() - 1, it->second});
  }
  std::sort(out.links.begin(), out.links.end(),
            [](const TimelineLink& a, const TimelineLink& b) { return std::tie(a.mark, a.lane) < std::tie(b.mark, b.lane); });
  out.links.erase(std::unique(out.links.begin(), out.links.end(),
                              [](const TimelineLink& a, const TimelineLink& b) { return a.mark == b.mark && a.lane == b.lane; }),
                  out.links.end());

  // Lanes top to bottom under the axis.
  double y = kAxisY + 12;
  const std::size_t lane_count = lane_actors.size() + (uses_other_lane ? 1 : 0);
  for (std::size_t i = 0; i < lane_count; ++i) {
    TimelineLane lane;
    lane.title = i < lane_actors.size() ? actor_label(data.actors[lane_actors[i]], language) : "Other events";
    lane.y0 = y;
    lane.y1 = y + kLaneStrip + static_cast<double>(std::max<std::size_t>(rows[i].size(), 1)) * kRowHeight + 6;
    y = lane.y1;
    out.lanes.push_back(std::move(lane));
  }
  for (auto& link : out.links) link.y = out.lanes[link.lane].y0 + kLaneStrip / 2 + 1;
  for (std::size_t k = 0; k < out.marks.size(); ++k)
    out.marks[k].y = out.lanes[placed[k].lane].y0 + kLaneStrip + (static_cast<double>(placed[k].row) + 0.5) * kRowHeight;

  double right = axis.end_x();
  for (std::size_t i = 0; i < rows.size(); ++i)
    for (double r : rows[i]) right = std::max(right, r);
  out.width = right + 20;
  out.axis_y = kAxisY;
  out.undated_y = y + 30;
  const double undated_rows = std::min<double>(static_cast<double>(out.undated.size()), 25.0);
  const double undated_columns = std::ceil(static_cast<double>(out.undated.size()) / 25.0);
  out.height = out.undated.empty() ? y + 20 : out.undated_y + 24 + undated_rows * 16 + 10;
  out.width = std::max(out.width, kLeftMargin + undated_columns * 420);

  std::string first, last;
  if (!days.empty()) {
    first = day_label(*std::min_element(days.begin(), days.end()), language);
    last = day_label(*std::max_element(days.begin(), days.end()), language);
  }
  out.title = "Chronology: " + std::to_string(events.size()) + (events.size() == 1 ? " event" : " events");
  if (!first.empty()) out.title += ", " + first + " to " + last;
  if (!out.undated.empty()) out.title += " (" + std::to_string(out.undated.size()) + " undated)";
  return out;
}

}  // namespace chronograph
