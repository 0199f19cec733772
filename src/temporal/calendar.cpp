#include "chronograph/temporal/calendar.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

#include "chronograph/error.hpp"

namespace chronograph {
namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

Day checked_day(int y, int m, int d, std::string_view value) {
  if (!is_valid_civil(y, m, d)) throw Error("impossible date '" + std::string(value) + "'");
  return days_from_civil(y, m, d);
}

[[noreturn]] void malformed(std::string_view value) {
  throw Error("not a TIMEX3 date value: '" + std::string(value) + "'");
}

// Monday of ISO week 1 of `year`: the week holding 4 January.
Day iso_week_one(int year) {
  Day jan4 = days_from_civil(year, 1, 4);
  return jan4 - (iso_weekday(jan4) - 1);
}

}  // namespace

// Days from civil date, after the well-known era-based algorithm (400-year cycles of 146097 days).
Day days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(Day z, int& y, int& m, int& d) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = yoe + era * 400 + (m <= 2);
}

int days_in_month(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && is_leap(y)) return 29;
  return kDays[static_cast<std::size_t>(m - 1)];
}

bool is_valid_civil(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

int iso_weekday(Day d) {
  // 1970-01-01 was a Thursday (4).
  int w = (d + 3) % 7;
  if (w < 0) w += 7;
  return w + 1;
}

std::string format_day(Day d) {
  int y = 0, m = 0, dd = 0;
  civil_from_days(d, y, m, dd);
  if (y >= 0 && y <= 9999) {  // by hand: every date written to JSON goes through here, and snprintf was a visible cost
    std::string s = "0000-00-00";
    for (int k = 3; k >= 0; --k, y /= 10) s[k] = static_cast<char>('0' + y % 10);
    s[5] = static_cast<char>('0' + m / 10), s[6] = static_cast<char>('0' + m % 10);
    s[8] = static_cast<char>('0' + dd / 10), s[9] = static_cast<char>('0' + dd % 10);
    return s;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+05d-%02d-%02d", y, m, dd);
  return buf;
}

Day parse_day(std::string_view s) {
  // An ISO 8601 expanded year, as format_day writes years outside 0000-9999: a sign and at least four digits
  // ("-0585-01-01" is 586 BC; astronomical numbering has a year 0).
  int sign = 1;
  std::string_view body = s;
  if (!body.empty() && (body.front() == '-' || body.front() == '+')) {
    sign = body.front() == '-' ? -1 : 1;
    body.remove_prefix(1);
  }
  const std::size_t year_digits = body.size() >= 6 ? body.size() - 6 : 0;
  const bool expanded = body.size() != s.size();
  if (year_digits < 4 || (!expanded && year_digits != 4) || year_digits > 6 || body[year_digits] != '-' ||
      body[year_digits + 3] != '-' || !all_digits(body.substr(0, year_digits)) ||
      !all_digits(body.substr(year_digits + 1, 2)) || !all_digits(body.substr(year_digits + 4, 2)))
    throw Error("not a date (expected YYYY-MM-DD): '" + std::string(s) + "'");
  return checked_day(sign * to_int(body.substr(0, year_digits)), to_int(body.substr(year_digits + 1, 2)),
                     to_int(body.substr(year_digits + 4, 2)), s);
}

std::optional<Day> parse_publication_date(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  if (s.size() < 10) return std::nullopt;
  std::string_view head = s.substr(0, 10);
  if (head[4] != '-' || head[7] != '-' || !all_digits(head.substr(0, 4)) || !all_digits(head.substr(5, 2)) ||
      !all_digits(head.substr(8, 2)))
    return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ' && s[10] != 't') return std::nullopt;
  return parse_day(head);
}

const char* to_string(Granularity g) {
  switch (g) {
    case Granularity::time: return "time";
    case Granularity::day: return "day";
    case Granularity::week: return "week";
    case Granularity::month: return "month";
    case Granularity::season: return "season";
    case Granularity::quarter: return "quarter";
    case Granularity::half: return "half";
    case Granularity::year: return "year";
    case Granularity::decade: return "decade";
    case Granularity::century: return "century";
  }
  return "day";
}

std::optional<Granularity> granularity_from_string(std::string_view s) {
  for (int i = 0; i <= static_cast<int>(Granularity::century); ++i) {
    auto g = static_cast<Granularity>(i);
    if (s == to_string(g)) return g;
  }
  return std::nullopt;
}

std::optional<ValueSpan> span_of_value(std::string_view v, std::optional<Day> dct) {
  if (v.empty()) malformed(v);
  if (v == "PRESENT_REF") {
    if (!dct) return std::nullopt;
    return ValueSpan{*dct, *dct, Granularity::day};
  }
  if (v == "PAST_REF" || v == "FUTURE_REF") return std::nullopt;
  if (v.front() == 'P') return std::nullopt;  // a duration covers no fixed span
  if (v.size() > 2 && v.substr(0, 2) == "FY") {  // fiscal years differ by country and company
    if (v.size() < 6 || !all_digits(v.substr(2, 4))) malformed(v);
    return std::nullopt;
  }
  if (v.find('X') != std::string_view::npos) {
    // Underspecified ("XXXX-01-27", "2014-XX"): well-formed if its shape is a date shape.
    for (char c : v)
      if (!(c == 'X' || c == '-' || c == 'T' || c == 'W' || c == ':' || (c >= '0' && c <= '9') ||
            (c >= 'A' && c <= 'Z')))
        malformed(v);
    return std::nullopt;
  }

  // Before the Common Era: a year "BC0586" (586 BC, astronomical year -585) or a century "BC05" (the years 599-500
  // BC, as "05" would be 500-599: TIMEX3 centuries are the leading digits of the year).
  if (v.size() > 2 && v.substr(0, 2) == "BC") {
    const std::string_view digits = v.substr(2);
    if (!all_digits(digits) || (digits.size() != 2 && digits.size() != 4)) malformed(v);
    const int n = to_int(digits);
    if (digits.size() == 4) {
      if (n < 1) malformed(v);
      return ValueSpan{days_from_civil(1 - n, 1, 1), days_from_civil(1 - n, 12, 31), Granularity::year};
    }
    return ValueSpan{days_from_civil(1 - (n * 100 + 99), 1, 1), days_from_civil(1 - std::max(n * 100, 1), 12, 31),
                     Granularity::century};
  }
  // Century "20", decade "201".
  if (all_digits(v) && v.size() == 2) {
    int c = to_int(v);
    return ValueSpan{days_from_civil(c * 100, 1, 1), days_from_civil(c * 100 + 99, 12, 31), Granularity::century};
  }
  if (all_digits(v) && v.size() == 3) {
    int dec = to_int(v);
    return ValueSpan{days_from_civil(dec * 10, 1, 1), days_from_civil(dec * 10 + 9, 12, 31), Granularity::decade};
  }
  if (v.size() < 4 || !all_digits(v.substr(0, 4))) malformed(v);
  const int year = to_int(v.substr(0, 4));
  if (v.size() == 4) return ValueSpan{days_from_civil(year, 1, 1), days_from_civil(year, 12, 31), Granularity::year};
  if (v[4] != '-') malformed(v);
  std::string_view rest = v.substr(5);

  if (rest.size() == 2 && (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI")) {
    if (rest == "SP") return ValueSpan{days_from_civil(year, 3, 1), days_from_civil(year, 5, 31), Granularity::season};
    if (rest == "SU") return ValueSpan{days_from_civil(year, 6, 1), days_from_civil(year, 8, 31), Granularity::season};
    if (rest == "FA")
      return ValueSpan{days_from_civil(year, 9, 1), days_from_civil(year, 11, 30), Granularity::season};
    return ValueSpan{days_from_civil(year, 12, 1), days_from_civil(year + 1, 3, 1) - 1, Granularity::season};
  }
  if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
    int q = rest[1] - '0';
    int m0 = (q - 1) * 3 + 1;
    return ValueSpan{days_from_civil(year, m0, 1), days_from_civil(year, m0 + 2, days_in_month(year, m0 + 2)),
                     Granularity::quarter};
  }
  if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2')) {
    return rest[1] == '1'
               ? ValueSpan{days_from_civil(year, 1, 1), days_from_civil(year, 6, 30), Granularity::half}
               : ValueSpan{days_from_civil(year, 7, 1), days_from_civil(year, 12, 31), Granularity::half};
  }
  if (rest.size() == 6 && rest[0] == 'W' && all_digits(rest.substr(1, 2)) && rest.substr(3) == "-WE") {
    const auto week = span_of_value(v.substr(0, 8));
    return ValueSpan{week->end - 1, week->end, Granularity::day};  // the weekend: Saturday and Sunday
  }
  if (rest.size() == 3 && rest[0] == 'W' && all_digits(rest.substr(1))) {
    int w = to_int(rest.substr(1));
    const int weeks = (iso_week_one(year + 1) - iso_week_one(year)) / 7;  // 52 or 53
    if (w < 1 || w > weeks) throw Error("impossible week '" + std::string(v) + "'");
    Day monday = iso_week_one(year) + (w - 1) * 7;
    return ValueSpan{monday, monday + 6, Granularity::week};
  }
  if (rest.size() < 2 || !all_digits(rest.substr(0, 2))) malformed(v);
  const int month = to_int(rest.substr(0, 2));
  if (month < 1 || month > 12) throw Error("impossible date '" + std::string(v) + "'");
  if (rest.size() == 2)
    return ValueSpan{days_from_civil(year, month, 1), days_from_civil(year, month, days_in_month(year, month)),
                     Granularity::month};
  if (rest[2] != '-' || rest.size() < 5 || !all_digits(rest.substr(3, 2))) malformed(v);
  const Day day = checked_day(year, month, to_int(rest.substr(3, 2)), v);
  if (rest.size() == 5) return ValueSpan{day, day, Granularity::day};
  std::string_view time = rest.substr(5);
  if (time.front() != 'T' || time.size() < 3) malformed(v);
  time.remove_prefix(1);
  if (time == "MO" || time == "AF" || time == "EV" || time == "NI" || time == "DT")
    return ValueSpan{day, day, Granularity::time};
  if (time.size() >= 2 && all_digits(time.substr(0, 2))) {
    int hour = to_int(time.substr(0, 2));
    int minute = 0;
    if (time.size() >= 5 && time[2] == ':' && all_digits(time.substr(3, 2))) minute = to_int(time.substr(3, 2));
    if (hour > 24 || minute > 59) throw Error("impossible time '" + std::string(v) + "'");
    return ValueSpan{day, day, Granularity::time};
  }
  malformed(v);
}

}  // namespace chronograph
