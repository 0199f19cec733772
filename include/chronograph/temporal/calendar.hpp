#pragma once
// Calendar days and TIMEX3 values: the arithmetic every stage needs to place a date on the time line.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chronograph {

// A proleptic Gregorian calendar day, counted from 1970-01-01 (day 0).
using Day = std::int32_t;

Day days_from_civil(int year, int month, int day);
void civil_from_days(Day d, int& year, int& month, int& day);
bool is_valid_civil(int year, int month, int day);
int days_in_month(int year, int month);
// ISO 8601 weekday, 1 = Monday … 7 = Sunday.
int iso_weekday(Day d);

// "YYYY-MM-DD"; years outside 0000–9999 are written with a sign as ISO 8601 expanded years.
std::string format_day(Day d);
// Parses exactly "YYYY-MM-DD", or an expanded year with its sign as format_day writes it ("-0585-01-01").
// Throws Error("impossible date …") for 2023-02-30 and friends,
// Error("not a date …") for anything else.
Day parse_day(std::string_view text);
// Reads a publication date: "2024-02-05", "2024-02-05T10:00:00Z", "2015-07-21 02:51:32".
// Returns nullopt when the text is not such a date; throws Error for an impossible one.
std::optional<Day> parse_publication_date(std::string_view text);

// How precisely a date is known, from finest to coarsest.
enum class Granularity { time, day, week, month, season, quarter, half, year, decade, century };
const char* to_string(Granularity g);
std::optional<Granularity> granularity_from_string(std::string_view s);

// The inclusive calendar span of a TIMEX3 DATE value with its granularity.
struct ValueSpan {
  Day start;
  Day end;
  Granularity granularity;
};

// Maps a TIMEX3 value to the days it covers:
//   "2014" year, "2014-09" month, "2014-09-10" day, "2014-09-10T14:30" / "2014-09-10TNI" time,
//   "2014-W37" ISO week, "2014-SU"/"SP"/"FA"/"WI" meteorological seasons (WI runs Dec–Feb),
//   "2014-Q3" quarter, "2014-H2" half, "201" decade (2010–2019), "20" century (2000–2099),
//   "PRESENT_REF" the DCT's day when a DCT is given, "BC0586" a year and "BC05" a century before the Common Era
//   (astronomical years: 586 BC is -0585).
// Returns nullopt for values that cover no fixed span: underspecified ("XXXX-01-27"), durations
// ("P3Y"), PAST_REF/FUTURE_REF, PRESENT_REF without DCT.
// Throws Error for malformed values and impossible dates ("2023-02-30").
std::optional<ValueSpan> span_of_value(std::string_view value, std::optional<Day> dct = {});

}  // namespace chronograph
